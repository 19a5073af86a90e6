//! The ontology and the shapes are valid Turtle, and every term the graph uses is defined.

use asnkg::article::{Article, SuppliedMeta};
use asnkg::lexicon::Lexicon;
use asnkg::pipeline::{Config, process};
use asnkg::rdf::{Iris, ONTOLOGY, SHAPES};
use rio_api::model::{Subject, Term};
use rio_api::parser::TriplesParser;
use std::collections::BTreeSet;

const ASN: &str = "https://w3id.org/asnkg/ontology#";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const RDFS_COMMENT: &str = "http://www.w3.org/2000/01/rdf-schema#comment";
const SKOS_PREF: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";

/// (subject, predicate, object, language) of every triple of a Turtle document.
fn triples(ttl: &str) -> Vec<(String, String, String, Option<String>)> {
    let mut out = Vec::new();
    rio_turtle::TurtleParser::new(ttl.as_bytes(), None)
        .parse_all(&mut |t| -> Result<(), rio_turtle::TurtleError> {
            let s = match t.subject {
                Subject::NamedNode(n) => n.iri.to_string(),
                other => other.to_string(),
            };
            let (o, lang) = match t.object {
                Term::NamedNode(n) => (n.iri.to_string(), None),
                Term::Literal(rio_api::model::Literal::LanguageTaggedString {
                    value,
                    language,
                }) => (value.to_string(), Some(language.to_string())),
                Term::Literal(rio_api::model::Literal::Simple { value }) => {
                    (value.to_string(), None)
                }
                other => (other.to_string(), None),
            };
            out.push((s, t.predicate.iri.to_string(), o, lang));
            Ok(())
        })
        .expect("valid Turtle");
    out
}

#[test]
fn ontology_and_shapes_parse_and_define_every_asn_term_in_both_languages() {
    let onto = triples(ONTOLOGY);
    let shapes = triples(SHAPES);
    assert!(onto.len() > 200 && shapes.len() > 100);
    let mut used: BTreeSet<String> = BTreeSet::new();
    for (s, p, o, _) in onto.iter().chain(&shapes) {
        for x in [s, p, o] {
            if x.starts_with(ASN) && x.len() > ASN.len() {
                used.insert(x.clone());
            }
        }
    }
    for term in &used {
        for prop in [RDFS_LABEL, RDFS_COMMENT] {
            let langs: BTreeSet<&str> = onto
                .iter()
                .filter(|(s, p, _, _)| s == term && p == prop)
                .filter_map(|(_, _, _, l)| l.as_deref())
                .collect();
            let is_concept = onto.iter().any(|(s, p, _, _)| s == term && p == SKOS_PREF);
            if is_concept {
                continue;
            }
            assert!(
                langs.contains("en") && langs.contains("id"),
                "{term} lacks an English or Indonesian {prop}"
            );
        }
    }
}

#[test]
fn every_term_in_extracted_graphs_is_defined_by_the_ontology() {
    let cfg = Config {
        lex: Lexicon::builtin().unwrap(),
        iris: Iris::default(),
    };
    let onto = triples(ONTOLOGY);
    let defined: BTreeSet<&str> = onto.iter().map(|(s, _, _, _)| s.as_str()).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut used: BTreeSet<String> = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let article = Article {
            id: "x".into(),
            source: path.display().to_string(),
            text: std::fs::read_to_string(&path).unwrap(),
            supplied: SuppliedMeta::default(),
        };
        for q in process(&article, &cfg).unwrap().quads.to_quads() {
            used.insert(q.predicate.as_str().to_string());
            if let oxigraph::model::Term::NamedNode(n) = &q.object
                && q.predicate.as_str().ends_with("#type")
            {
                used.insert(n.as_str().to_string());
            }
        }
    }
    let asn_terms: Vec<&String> = used.iter().filter(|t| t.starts_with(ASN)).collect();
    assert!(asn_terms.len() > 15, "{asn_terms:?}");
    for t in asn_terms {
        assert!(
            defined.contains(t.as_str()),
            "{t} is used but not defined in ontology/asnkg.ttl"
        );
    }
}
