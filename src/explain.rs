//! What the graph says about one entity, fact by fact, each with the article and the
//! evidence sentence (and its character offsets): shared by `asnkg explain` and the
//! entity pages of `asnkg serve`.

use crate::store::GraphStore;
use oxigraph::model::{Literal, NamedNode, Term};
use std::collections::BTreeMap;

fn val(t: &Option<Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// Entities named (or identified) by `entity`.
pub fn find_entities(store: &GraphStore, entity: &str) -> Result<Vec<String>, String> {
    if entity.contains("://")
        && let Ok(n) = NamedNode::new(entity)
    {
        let rows = store
            .select(
                "SELECT ?p WHERE { { $s ?p ?o } UNION { ?o ?p $s } } LIMIT 1",
                &[("s", n.clone().into())],
            )
            .map_err(|e| e.to_string())?;
        return Ok(if rows.is_empty() {
            vec![]
        } else {
            vec![n.as_str().to_string()]
        });
    }
    let rows = store
        .select(
            &format!(
                "SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e schema:name|schema:alternateName|rdfs:label ?n }}
                 FILTER(?g != <{}>) FILTER(LCASE(STR(?n)) = LCASE(STR($q))) }} ORDER BY ?e",
                crate::vocab::REFERENCE_GRAPH
            ),
            &[("q", Literal::new_simple_literal(entity).into())],
        )
        .map_err(|e| e.to_string())?;
    Ok(rows.iter().map(|r| val(&r[0])).collect())
}

/// One fact about the entity, with its evidence.
#[derive(Debug, Clone)]
pub struct Fact {
    pub article: String,
    pub what: String,
    pub sentence: String,
    pub start: String,
    pub end: String,
}

/// A post the entity holds according to one article, with the article's date.
#[derive(Debug, Clone)]
pub struct PostInTime {
    pub date: String,
    pub post: String,
    pub post_iri: String,
    pub article: String,
}

/// Everything asnkg can say about one entity.
#[derive(Debug, Clone, Default)]
pub struct EntityReport {
    pub iri: String,
    /// Literal properties and classes, by compact predicate name.
    pub props: BTreeMap<String, Vec<String>>,
    pub facts: Vec<Fact>,
    pub posts: Vec<PostInTime>,
    pub mentioned_in: Vec<String>,
}

const FACTS: &str = r##"
SELECT ?id ?kind ?detail ?sentence ?start ?end WHERE {
  GRAPH ?a {
    ?a schema:identifier ?id .
    {
      ?h asn:holder $e ; asn:heldPost ?post ; asn:evidence ?ev . ?post rdfs:label ?detail . BIND("holds" AS ?kind)
    } UNION {
      ?h asn:heldPost ?post ; asn:holder ?who ; asn:evidence ?ev . ?post org:postIn $e ; rdfs:label ?pl . ?who schema:name ?wn .
      BIND(CONCAT(?wn, " holds ", ?pl) AS ?detail) BIND("post in it" AS ?kind)
    } UNION {
      ?x ?role $e ; asn:evidence ?ev . ?x a asn:Event .
      VALUES (?role ?kind) { (asn:officiant "officiant of") (schema:organizer "organizer of") (asn:inOrganization "staff concerned by") (schema:location "venue of") (asn:legalBasis "legal basis of") }
      { SELECT ?x (GROUP_CONCAT(DISTINCT STRAFTER(STR(?c), "#"); separator=", ") AS ?classes) WHERE { ?x a ?c FILTER(?c != asn:Event && STRSTARTS(STR(?c), STR(asn:))) } GROUP BY ?x }
      OPTIONAL { ?x schema:startDate ?date }
      BIND(CONCAT(?classes, IF(BOUND(?date), CONCAT(" on ", STR(?date)), "")) AS ?detail)
    } UNION {
      ?q schema:creator $e ; schema:text ?detail ; asn:evidence ?ev . BIND("said" AS ?kind)
    } UNION {
      ?law eli:passed_by $e ; eli:id_local ?detail ; asn:evidence ?ev . BIND("issued" AS ?kind)
    } UNION {
      $e a eli:LegalResource ; asn:evidence ?ev . BIND("cited" AS ?kind) BIND("" AS ?detail)
    }
    ?ev schema:text ?sentence ; asn:startOffset ?start ; asn:endOffset ?end .
  }
} ORDER BY ?id ?kind ?detail ?start
"##;

const POSTS: &str = r##"
SELECT DISTINCT ?date ?label ?post ?id WHERE {
  GRAPH ?a {
    $e org:holds ?post . ?post rdfs:label ?label .
    ?a schema:identifier ?id .
    OPTIONAL { ?a schema:datePublished ?published }
  }
  BIND(COALESCE(STR(?published), "") AS ?date)
} ORDER BY ?date ?id ?label
"##;

/// The report on the entity with IRI `iri`.
pub fn report(store: &GraphStore, iri: &str) -> Result<EntityReport, String> {
    let node: Term = NamedNode::new(iri)
        .map_err(|e| format!("{iri:?} is not an IRI: {e}"))?
        .into();
    let about = store
        .select(
            &format!(
                "SELECT DISTINCT ?p ?o WHERE {{ GRAPH ?g {{ $e ?p ?o }} FILTER(?g != <{}>) FILTER(isLiteral(?o) || ?p = rdf:type) }} ORDER BY ?p ?o",
                crate::vocab::REFERENCE_GRAPH
            ),
            &[("e", node.clone())],
        )
        .map_err(|x| x.to_string())?;
    let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &about {
        props
            .entry(crate::vocab::compact(&val(&r[0])))
            .or_default()
            .push(match &r[1] {
                Some(Term::NamedNode(n)) => crate::vocab::compact(n.as_str()),
                other => val(other),
            });
    }
    let facts = store
        .select(FACTS, &[("e", node.clone())])
        .map_err(|x| x.to_string())?
        .iter()
        .map(|r| Fact {
            article: val(&r[0]),
            what: if val(&r[2]).is_empty() {
                val(&r[1])
            } else {
                format!("{} {}", val(&r[1]), val(&r[2]))
            },
            sentence: val(&r[3]),
            start: val(&r[4]),
            end: val(&r[5]),
        })
        .collect();
    let posts = store
        .select(POSTS, &[("e", node.clone())])
        .map_err(|x| x.to_string())?
        .iter()
        .map(|r| PostInTime {
            date: val(&r[0]),
            post: val(&r[1]),
            post_iri: val(&r[2]),
            article: val(&r[3]),
        })
        .collect();
    let mentioned_in = store
        .select(
            "SELECT DISTINCT ?id WHERE { GRAPH ?a { ?a schema:mentions $e ; schema:identifier ?id } } ORDER BY ?id",
            &[("e", node)],
        )
        .map_err(|x| x.to_string())?
        .iter()
        .map(|r| val(&r[0]))
        .collect();
    Ok(EntityReport {
        iri: iri.to_string(),
        props,
        facts,
        posts,
        mentioned_in,
    })
}
