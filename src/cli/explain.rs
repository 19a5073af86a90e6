//! `asnkg explain NAME|IRI`: what the graph says about an entity, fact by fact, each with
//! the article and the sentence (with character offsets) it came from.

use super::{StoreArgs, stdout_result};
use crate::store::GraphStore;
use clap::Args;
use oxigraph::model::{Literal, NamedNode, Term};
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A name ("Asmar Wijaya", "BKN", "Ogan Komering Ilir") or an entity IRI
    #[arg(value_name = "NAME|IRI")]
    pub entity: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

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

/// One explained fact.
struct Fact {
    article: String,
    what: String,
    sentence: String,
    offsets: String,
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

pub fn run(args: ExplainArgs) -> Result<u8, String> {
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let entities = find_entities(&store, &args.entity)?;
    if entities.is_empty() {
        return Err(format!("nothing in the graph is named {:?}", args.entity));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write = |s: String| writeln!(out, "{s}");
    for e in &entities {
        let node: Term = NamedNode::new_unchecked(e.as_str()).into();
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
        stdout_result(write(e.to_string()))?;
        for (p, vs) in &props {
            stdout_result(write(format!("  {p}: {}", vs.join(" | "))))?;
        }
        let rows = store
            .select(FACTS, &[("e", node.clone())])
            .map_err(|x| x.to_string())?;
        let facts: Vec<Fact> = rows
            .iter()
            .map(|r| Fact {
                article: val(&r[0]),
                what: if val(&r[2]).is_empty() {
                    val(&r[1])
                } else {
                    format!("{} {}", val(&r[1]), val(&r[2]))
                },
                sentence: val(&r[3]),
                offsets: format!("{}-{}", val(&r[4]), val(&r[5])),
            })
            .collect();
        let mentions = store
            .select("SELECT DISTINCT ?id WHERE { GRAPH ?a { ?a schema:mentions $e ; schema:identifier ?id } } ORDER BY ?id", &[("e", node)])
            .map_err(|x| x.to_string())?;
        let mut current = String::new();
        let mut last_fact = String::new();
        for f in &facts {
            if f.article != current {
                current = f.article.clone();
                last_fact.clear();
                stdout_result(write(format!("  in article {current}:")))?;
            }
            if f.what != last_fact {
                last_fact = f.what.clone();
                stdout_result(write(format!("    {}", f.what)))?;
            }
            stdout_result(write(format!(
                "      ← “{}” [chars {}]",
                f.sentence, f.offsets
            )))?;
        }
        let ids: Vec<String> = mentions.iter().map(|r| val(&r[0])).collect();
        if !ids.is_empty() {
            stdout_result(write(format!(
                "  mentioned in {} article(s): {}",
                ids.len(),
                ids.join(", ")
            )))?;
        }
        stdout_result(write(String::new()))?;
    }
    stdout_result(out.flush())?;
    Ok(0)
}
