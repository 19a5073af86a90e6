//! SHACL validation of the store against `ontology/shapes.ttl`: the SHACL Core subset the
//! shapes use (targetClass, targetSubjectsOf; property shapes with a predicate path and
//! minCount, maxCount, datatype, nodeKind, in, or, minInclusive, lessThan), each named
//! graph validated on its own, as the shapes are written to be.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Term,
};
use oxigraph::store::Store;
use serde::Serialize;
use std::collections::HashMap;

/// The shapes shipped with asnkg.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");

const SH: &str = "http://www.w3.org/ns/shacl#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_FIRST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
const RDF_REST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
const RDF_NIL: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// What a value node must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NodeKind {
    Iri,
    Literal,
    BlankNode,
    BlankNodeOrIri,
    BlankNodeOrLiteral,
    IriOrLiteral,
}

impl NodeKind {
    fn from_iri(iri: &str) -> Option<NodeKind> {
        Some(match iri.strip_prefix(SH)? {
            "IRI" => NodeKind::Iri,
            "Literal" => NodeKind::Literal,
            "BlankNode" => NodeKind::BlankNode,
            "BlankNodeOrIRI" => NodeKind::BlankNodeOrIri,
            "BlankNodeOrLiteral" => NodeKind::BlankNodeOrLiteral,
            "IRIOrLiteral" => NodeKind::IriOrLiteral,
            _ => return None,
        })
    }
    fn fits(self, t: &Term) -> bool {
        let (iri, lit, blank) = (
            matches!(t, Term::NamedNode(_)),
            matches!(t, Term::Literal(_)),
            matches!(t, Term::BlankNode(_)),
        );
        match self {
            NodeKind::Iri => iri,
            NodeKind::Literal => lit,
            NodeKind::BlankNode => blank,
            NodeKind::BlankNodeOrIri => blank || iri,
            NodeKind::BlankNodeOrLiteral => blank || lit,
            NodeKind::IriOrLiteral => iri || lit,
        }
    }
}

/// Constraints on each value node (also the members of `sh:or`).
#[derive(Debug, Clone, Default)]
struct ValueConstraints {
    datatype: Option<NamedNode>,
    node_kind: Option<NodeKind>,
    one_of: Option<Vec<Term>>,
    min_inclusive: Option<f64>,
    any_of: Vec<ValueConstraints>,
}

#[derive(Debug, Clone)]
struct PropertyShape {
    path: NamedNode,
    min_count: Option<usize>,
    max_count: Option<usize>,
    values: ValueConstraints,
    less_than: Option<NamedNode>,
    message: Option<String>,
}

#[derive(Debug, Clone)]
struct NodeShape {
    id: String,
    target_classes: Vec<NamedNode>,
    target_subjects_of: Vec<NamedNode>,
    properties: Vec<PropertyShape>,
}

/// A set of shapes, ready to validate.
pub struct Shapes {
    shapes: Vec<NodeShape>,
}

/// One violation, with what a user needs to find and fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Violation {
    /// The named graph (article) the violation is in.
    pub graph: String,
    pub focus: String,
    pub path: String,
    /// The offending value, if the violation is about one value.
    pub value: Option<String>,
    /// The SHACL constraint component, e.g. `sh:MinCountConstraintComponent`.
    pub component: String,
    pub shape: String,
    pub message: String,
}

/// The shapes graph, indexed by subject.
struct ShapesGraph {
    by_subject: HashMap<NamedOrBlankNode, Vec<(NamedNode, Term)>>,
}

impl ShapesGraph {
    fn objects(&self, s: &NamedOrBlankNode, p: &str) -> Vec<Term> {
        self.by_subject
            .get(s)
            .into_iter()
            .flatten()
            .filter(|(pp, _)| pp.as_str() == p)
            .map(|(_, o)| o.clone())
            .collect()
    }
    fn object(&self, s: &NamedOrBlankNode, p: &str) -> Option<Term> {
        self.objects(s, p).into_iter().next()
    }
    fn list(&self, head: &Term) -> Vec<Term> {
        let mut out = Vec::new();
        let mut node = head.clone();
        // Bounded, so a malformed (cyclic) list cannot loop.
        for _ in 0..10_000 {
            let Some(s) = as_subject(&node) else { break };
            if matches!(&node, Term::NamedNode(n) if n.as_str() == RDF_NIL) {
                break;
            }
            match self.object(&s, RDF_FIRST) {
                Some(first) => out.push(first),
                None => break,
            }
            match self.object(&s, RDF_REST) {
                Some(rest) => node = rest,
                None => break,
            }
        }
        out
    }
}

fn as_subject(t: &Term) -> Option<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Some(NamedOrBlankNode::NamedNode(n.clone())),
        Term::BlankNode(b) => Some(NamedOrBlankNode::BlankNode(b.clone())),
        _ => None,
    }
}

fn number(l: &Literal) -> Option<f64> {
    l.value().trim().parse::<f64>().ok()
}

fn sh(local: &str) -> String {
    format!("{SH}{local}")
}

impl Shapes {
    /// The shapes shipped with asnkg.
    pub fn builtin() -> Result<Shapes, String> {
        Shapes::parse(SHAPES, "ontology/shapes.ttl")
    }

    /// Parses a Turtle shapes graph; `name` names it in errors.
    pub fn parse(turtle: &str, name: &str) -> Result<Shapes, String> {
        let mut by_subject: HashMap<NamedOrBlankNode, Vec<(NamedNode, Term)>> = HashMap::new();
        for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let t = t.map_err(|e| format!("{name}: {e}"))?;
            by_subject
                .entry(t.subject)
                .or_default()
                .push((t.predicate, t.object));
        }
        let g = ShapesGraph { by_subject };
        let node_shape = Term::NamedNode(NamedNode::new_unchecked(sh("NodeShape")));
        let mut ids: Vec<&NamedOrBlankNode> = g
            .by_subject
            .iter()
            .filter(|(_, po)| {
                po.iter()
                    .any(|(p, o)| p.as_str() == RDF_TYPE && *o == node_shape)
            })
            .map(|(s, _)| s)
            .collect();
        ids.sort_by_key(|s| s.to_string());
        let mut shapes = Vec::new();
        for s in ids {
            let iris = |p: &str| -> Vec<NamedNode> {
                g.objects(s, p)
                    .into_iter()
                    .filter_map(|o| match o {
                        Term::NamedNode(n) => Some(n),
                        _ => None,
                    })
                    .collect()
            };
            let mut properties = Vec::new();
            for p in g.objects(s, &sh("property")) {
                let Some(ps) = as_subject(&p) else { continue };
                let Some(Term::NamedNode(path)) = g.object(&ps, &sh("path")) else {
                    return Err(format!(
                        "{name}: property shape {ps} has no predicate sh:path (other paths are not supported)"
                    ));
                };
                let count = |p: &str| -> Option<usize> {
                    match g.object(&ps, p) {
                        Some(Term::Literal(l)) => l.value().parse().ok(),
                        _ => None,
                    }
                };
                properties.push(PropertyShape {
                    path,
                    min_count: count(&sh("minCount")),
                    max_count: count(&sh("maxCount")),
                    values: value_constraints(&g, &ps),
                    less_than: match g.object(&ps, &sh("lessThan")) {
                        Some(Term::NamedNode(n)) => Some(n),
                        _ => None,
                    },
                    message: match g.object(&ps, &sh("message")) {
                        Some(Term::Literal(l)) => Some(l.value().to_string()),
                        _ => None,
                    },
                });
            }
            shapes.push(NodeShape {
                id: s.to_string(),
                target_classes: iris(&sh("targetClass")),
                target_subjects_of: iris(&sh("targetSubjectsOf")),
                properties,
            });
        }
        Ok(Shapes { shapes })
    }

    /// Validates every named graph of the store on its own.
    pub fn validate_store(&self, store: &Store) -> Result<Vec<Violation>, String> {
        let mut out = Vec::new();
        for g in store.named_graphs() {
            let g = g.map_err(|e| e.to_string())?;
            if let NamedOrBlankNode::NamedNode(n) = g {
                out.extend(self.validate_graph(store, n.as_ref())?);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Validates one named graph.
    pub fn validate_graph(
        &self,
        store: &Store,
        graph: NamedNodeRef<'_>,
    ) -> Result<Vec<Violation>, String> {
        let gname = GraphNameRef::NamedNode(graph);
        let objects =
            |s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>| -> Result<Vec<Term>, String> {
                store
                    .quads_for_pattern(Some(s), Some(p), None, Some(gname))
                    .map(|q| q.map(|q| q.object).map_err(|e| e.to_string()))
                    .collect()
            };
        let rdf_type = NamedNode::new_unchecked(RDF_TYPE);
        let mut out = Vec::new();
        for shape in &self.shapes {
            // Keyed by text so focus nodes come in a fixed order.
            let mut focus: std::collections::BTreeMap<String, NamedOrBlankNode> =
                std::collections::BTreeMap::new();
            for c in &shape.target_classes {
                for q in store.quads_for_pattern(
                    None,
                    Some(rdf_type.as_ref()),
                    Some(c.as_ref().into()),
                    Some(gname),
                ) {
                    let s = q.map_err(|e| e.to_string())?.subject;
                    focus.insert(s.to_string(), s);
                }
            }
            for p in &shape.target_subjects_of {
                for q in store.quads_for_pattern(None, Some(p.as_ref()), None, Some(gname)) {
                    let s = q.map_err(|e| e.to_string())?.subject;
                    focus.insert(s.to_string(), s);
                }
            }
            for f in focus.values() {
                for ps in &shape.properties {
                    let values = objects(f.as_ref(), ps.path.as_ref())?;
                    let mut report = |component: &str, value: Option<&Term>| {
                        out.push(Violation {
                            graph: graph.as_str().to_string(),
                            focus: f.to_string(),
                            path: ps.path.to_string(),
                            value: value.map(Term::to_string),
                            component: format!("sh:{component}ConstraintComponent"),
                            shape: shape.id.clone(),
                            message: ps.message.clone().unwrap_or_default(),
                        });
                    };
                    if let Some(min) = ps.min_count
                        && values.len() < min
                    {
                        report("MinCount", None);
                    }
                    if let Some(max) = ps.max_count
                        && values.len() > max
                    {
                        report("MaxCount", None);
                    }
                    for v in &values {
                        for component in failed(&ps.values, v) {
                            report(component, Some(v));
                        }
                    }
                    if let Some(other) = &ps.less_than {
                        let others = objects(f.as_ref(), other.as_ref())?;
                        for v in &values {
                            for w in &others {
                                if !less_than(v, w) {
                                    report("LessThan", Some(v));
                                }
                            }
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}

fn value_constraints(g: &ShapesGraph, s: &NamedOrBlankNode) -> ValueConstraints {
    ValueConstraints {
        datatype: match g.object(s, &sh("datatype")) {
            Some(Term::NamedNode(n)) => Some(n),
            _ => None,
        },
        node_kind: match g.object(s, &sh("nodeKind")) {
            Some(Term::NamedNode(n)) => NodeKind::from_iri(n.as_str()),
            _ => None,
        },
        one_of: g.object(s, &sh("in")).map(|head| g.list(&head)),
        min_inclusive: match g.object(s, &sh("minInclusive")) {
            Some(Term::Literal(l)) => number(&l),
            _ => None,
        },
        any_of: g
            .object(s, &sh("or"))
            .map(|head| {
                g.list(&head)
                    .iter()
                    .filter_map(as_subject)
                    .map(|m| value_constraints(g, &m))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The constraint components a value fails (empty if it conforms).
fn failed(c: &ValueConstraints, v: &Term) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some(dt) = &c.datatype {
        let ok = match v {
            Term::Literal(l) => {
                l.datatype() == dt.as_ref() && (dt.as_str() != XSD_STRING || l.language().is_none())
            }
            _ => false,
        };
        if !ok {
            out.push("Datatype");
        }
    }
    if let Some(k) = c.node_kind
        && !k.fits(v)
    {
        out.push("NodeKind");
    }
    if let Some(allowed) = &c.one_of
        && !allowed.contains(v)
    {
        out.push("In");
    }
    if let Some(min) = c.min_inclusive {
        let ok = matches!(v, Term::Literal(l) if number(l).is_some_and(|n| n >= min));
        if !ok {
            out.push("MinInclusive");
        }
    }
    if !c.any_of.is_empty() && !c.any_of.iter().any(|m| failed(m, v).is_empty()) {
        out.push("Or");
    }
    out
}

/// SPARQL `<` on two values: numbers by value, other literals of one datatype by text.
fn less_than(a: &Term, b: &Term) -> bool {
    match (a, b) {
        (Term::Literal(x), Term::Literal(y)) => match (number(x), number(y)) {
            (Some(m), Some(n)) => m < n,
            _ => x.datatype() == y.datatype() && x.value() < y.value(),
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn store(nquads: &str) -> Store {
        let s = Store::new().unwrap();
        s.load_from_slice(RdfFormat::NQuads, nquads.as_bytes())
            .unwrap();
        s
    }

    #[test]
    fn builtin_shapes_parse_with_their_constraints() {
        let s = Shapes::builtin().unwrap();
        assert!(s.shapes.len() >= 14, "{}", s.shapes.len());
        let all: Vec<&PropertyShape> = s.shapes.iter().flat_map(|n| &n.properties).collect();
        assert!(all.iter().any(|p| p.less_than.is_some()));
        assert!(all.iter().any(|p| !p.values.any_of.is_empty()));
        assert!(
            all.iter()
                .any(|p| p.values.one_of.as_ref().is_some_and(|v| v.len() >= 5))
        );
    }

    #[test]
    fn planted_errors_are_found_and_clean_data_passes() {
        let shapes = Shapes::builtin().unwrap();
        let g = "<http://e/g>";
        let good = format!(
            "<http://e/p> <{RDF_TYPE}> <https://schema.org/Person> {g} .\n\
             <http://e/p> <https://schema.org/name> \"Andi\" {g} .\n"
        );
        assert!(shapes.validate_store(&store(&good)).unwrap().is_empty());
        let bad = format!(
            "<http://e/p> <{RDF_TYPE}> <https://schema.org/Person> {g} .\n\
             <http://e/v> <{RDF_TYPE}> <https://w3id.org/asnkg/ontology#Evidence> {g} .\n\
             <http://e/v> <https://w3id.org/asnkg/ontology#startOffset> \"9\"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .\n\
             <http://e/v> <https://w3id.org/asnkg/ontology#endOffset> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .\n"
        );
        let found = shapes.validate_store(&store(&bad)).unwrap();
        let components: BTreeSet<&str> = found.iter().map(|v| v.component.as_str()).collect();
        assert!(
            components.contains("sh:MinCountConstraintComponent"),
            "{found:#?}"
        );
        assert!(
            components.contains("sh:LessThanConstraintComponent"),
            "{found:#?}"
        );
        assert!(found.iter().all(|v| v.graph == "http://e/g"));
    }
}
