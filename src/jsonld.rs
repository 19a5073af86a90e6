//! JSON-LD 1.1 output with the published context (`ontology/context.jsonld`): one named
//! graph object per article, node objects keyed by the context's short terms, so web
//! developers read `"name"` and `"holds"` instead of full IRIs. The context is inlined,
//! so the document expands to exactly the dataset without fetching anything.

use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The published context, as shipped in `ontology/context.jsonld`.
pub const CONTEXT: &str = include_str!("../ontology/context.jsonld");

/// How predicates and classes are written: short terms, prefixes, or full IRIs.
pub struct Compactor {
    context: Value,
    /// Predicate IRI → (term, values are IRIs written as plain strings).
    terms: BTreeMap<String, (String, bool)>,
    /// Prefix IRI → prefix, longest first.
    prefixes: Vec<(String, String)>,
}

impl Compactor {
    pub fn new() -> Result<Compactor, String> {
        let doc: Value =
            serde_json::from_str(CONTEXT).map_err(|e| format!("ontology/context.jsonld: {e}"))?;
        let ctx = doc
            .get("@context")
            .and_then(Value::as_object)
            .ok_or("ontology/context.jsonld: no @context object")?;
        let mut prefixes = Vec::new();
        for (k, v) in ctx {
            if let Some(iri) = v.as_str()
                && (iri.ends_with('#') || iri.ends_with('/'))
            {
                prefixes.push((iri.to_string(), k.clone()));
            }
        }
        prefixes.sort_by_key(|(iri, _)| std::cmp::Reverse(iri.len()));
        let expand = |s: &str| -> String {
            match s.split_once(':') {
                Some((p, local)) => match ctx.get(p).and_then(Value::as_str) {
                    Some(base) => format!("{base}{local}"),
                    None => s.to_string(),
                },
                None => s.to_string(),
            }
        };
        let mut terms = BTreeMap::new();
        for (k, v) in ctx {
            if k.starts_with('@') {
                continue;
            }
            match v {
                Value::String(s) if !(s.ends_with('#') || s.ends_with('/')) => {
                    terms.insert(expand(s), (k.clone(), false));
                }
                Value::Object(o) => {
                    if let Some(id) = o.get("@id").and_then(Value::as_str) {
                        let is_id = o.get("@type").and_then(Value::as_str) == Some("@id");
                        terms.insert(expand(id), (k.clone(), is_id));
                    }
                }
                _ => {}
            }
        }
        Ok(Compactor {
            context: Value::Object(ctx.clone()),
            terms,
            prefixes,
        })
    }

    /// `prefix:local` when a prefix covers the IRI and the rest is a plain name.
    fn prefixed(&self, iri: &str) -> String {
        for (base, p) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(base.as_str())
                && !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return format!("{p}:{local}");
            }
        }
        iri.to_string()
    }

    fn key(&self, predicate: &str) -> (String, bool) {
        match self.terms.get(predicate) {
            Some((t, is_id)) => (t.clone(), *is_id),
            None => (self.prefixed(predicate), false),
        }
    }

    fn value(&self, o: &Term, coerced_id: bool) -> Value {
        match o {
            Term::NamedNode(n) if coerced_id => Value::String(n.as_str().to_string()),
            Term::NamedNode(n) => json!({ "@id": n.as_str() }),
            Term::BlankNode(b) if coerced_id => Value::String(format!("_:{}", b.as_str())),
            Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
            Term::Literal(l) => {
                if let Some(lang) = l.language() {
                    json!({ "@value": l.value(), "@language": lang })
                } else if l.datatype().as_str() == "http://www.w3.org/2001/XMLSchema#string" {
                    if coerced_id {
                        json!({ "@value": l.value() })
                    } else {
                        Value::String(l.value().to_string())
                    }
                } else {
                    json!({ "@value": l.value(), "@type": self.prefixed(l.datatype().as_str()) })
                }
            }
            #[allow(unreachable_patterns)]
            _ => Value::Null,
        }
    }

    /// Node objects for the quads of one graph, subjects in first-seen order.
    pub fn nodes(&self, quads: &[Quad]) -> Vec<Value> {
        let mut order: Vec<String> = Vec::new();
        let mut nodes: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        for q in quads {
            let id = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
            };
            let node = nodes.entry(id.clone()).or_insert_with(|| {
                order.push(id.clone());
                let mut m = Map::new();
                m.insert("@id".into(), Value::String(id.clone()));
                m
            });
            let is_type = q.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
            let (key, value) = match (&q.object, is_type) {
                (Term::NamedNode(c), true) => (
                    "@type".to_string(),
                    Value::String(self.prefixed(c.as_str())),
                ),
                _ => {
                    let (key, coerced) = self.key(q.predicate.as_str());
                    (key, self.value(&q.object, coerced))
                }
            };
            match node.get_mut(&key) {
                Some(Value::Array(values)) => values.push(value),
                _ => {
                    node.insert(key, Value::Array(vec![value]));
                }
            }
        }
        // A single value is written as itself, as JSON-LD compaction does.
        order
            .into_iter()
            .filter_map(|id| nodes.remove(&id))
            .map(|mut node| {
                for v in node.values_mut() {
                    if let Value::Array(a) = v
                        && a.len() == 1
                    {
                        *v = a.pop().unwrap_or(Value::Null);
                    }
                }
                Value::Object(node)
            })
            .collect()
    }

    /// The inline `@context` object.
    pub fn context(&self) -> &Value {
        &self.context
    }
}
