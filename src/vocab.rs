//! IRIs of the contract's vocabularies and the prefixes users get for free.

pub const ASN: &str = "https://w3id.org/asnkg/ontology#";
pub const SCHEMA: &str = "https://schema.org/";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const ELI: &str = "http://data.europa.eu/eli/ontology#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";

/// Default base of resource IRIs.
pub const DEFAULT_BASE: &str = "https://w3id.org/asnkg/id/";

/// The named graph holding the ontology, the gazetteer and the national institutions.
pub const REFERENCE_GRAPH: &str = "https://w3id.org/asnkg/graph/reference";

/// The contract's prefixes, predeclared in queries and used by exports.
pub const PREFIXES: &[(&str, &str)] = &[
    ("asn", ASN),
    ("schema", SCHEMA),
    ("org", ORG),
    ("eli", ELI),
    ("prov", PROV),
    ("skos", SKOS),
    ("rdfs", RDFS),
    ("rdf", RDF),
    ("xsd", XSD),
    ("owl", OWL),
];

/// The prefixes as a SPARQL prologue.
pub fn sparql_prologue() -> String {
    PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}

/// Shortens an IRI with the contract's prefixes (for display).
pub fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns)
            && !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return format!("{p}:{local}");
        }
    }
    iri.to_string()
}
