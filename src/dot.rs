//! The entity graph (persons, organizations, regions, venues, posts, legal instruments,
//! events) as a petgraph graph, its neighbourhoods, and its Graphviz DOT rendering.
//! Literals are node details, never nodes; every string is escaped.

use crate::store::GraphStore;
use crate::vocab::{ASN, ELI, ORG, RDF, RDFS, SCHEMA};
use oxigraph::model::GraphName;
use oxigraph::model::{Quad, Term};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeClass {
    Person,
    Government,
    Organization,
    Region,
    Place,
    Post,
    Law,
    Event,
}

impl NodeClass {
    pub const ALL: [NodeClass; 8] = [
        NodeClass::Person,
        NodeClass::Government,
        NodeClass::Organization,
        NodeClass::Region,
        NodeClass::Place,
        NodeClass::Post,
        NodeClass::Law,
        NodeClass::Event,
    ];
    fn name(self) -> &'static str {
        match self {
            NodeClass::Person => "Person",
            NodeClass::Government => "Government body",
            NodeClass::Organization => "Organization",
            NodeClass::Region => "Region",
            NodeClass::Place => "Venue",
            NodeClass::Post => "Post",
            NodeClass::Law => "Legal instrument",
            NodeClass::Event => "Event",
        }
    }
    fn style(self) -> (&'static str, &'static str) {
        match self {
            NodeClass::Person => ("ellipse", "#fde2c6"),
            NodeClass::Government => ("box", "#c6dbef"),
            NodeClass::Organization => ("box", "#dadaeb"),
            NodeClass::Region => ("hexagon", "#c7e9c0"),
            NodeClass::Place => ("house", "#e5f5e0"),
            NodeClass::Post => ("note", "#fff7bc"),
            NodeClass::Law => ("folder", "#f2f0f7"),
            NodeClass::Event => ("octagon", "#fcbba1"),
        }
    }
    fn from_type(t: &str) -> Option<(NodeClass, u8)> {
        // Priority decides a node typed twice.
        Some(match t {
            _ if t.starts_with(ASN)
                && t != format!("{ASN}Holding")
                && t != format!("{ASN}Evidence") =>
            {
                (NodeClass::Event, 0)
            }
            _ if t == format!("{SCHEMA}Person") => (NodeClass::Person, 1),
            _ if t == format!("{SCHEMA}GovernmentOrganization") => (NodeClass::Government, 2),
            _ if t == format!("{SCHEMA}Organization") => (NodeClass::Organization, 3),
            _ if t == format!("{SCHEMA}AdministrativeArea") => (NodeClass::Region, 4),
            _ if t == format!("{SCHEMA}Place") => (NodeClass::Place, 5),
            _ if t == format!("{ORG}Post") => (NodeClass::Post, 6),
            _ if t == format!("{ELI}LegalResource") => (NodeClass::Law, 7),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub iri: String,
    pub class: NodeClass,
    pub label: String,
    pub details: Vec<String>,
}

/// The entity graph; edges carry the property's local name.
#[derive(Debug, Clone, Default)]
pub struct EntityGraph {
    pub graph: DiGraph<Node, String>,
}

fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

impl EntityGraph {
    /// Builds the graph from quads (the reference graph is skipped by the caller).
    pub fn from_quads(quads: impl IntoIterator<Item = Quad>) -> EntityGraph {
        let rdf_type = format!("{RDF}type");
        let mut class: HashMap<String, (NodeClass, u8)> = HashMap::new();
        let mut labels: HashMap<String, String> = HashMap::new();
        let mut details: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut kinds: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut doc_types: HashMap<String, String> = HashMap::new();
        let mut numbers: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut edges: BTreeSet<(String, String, String)> = BTreeSet::new();
        for q in quads {
            let s = match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                _ => continue,
            };
            let p = q.predicate.as_str();
            match &q.object {
                Term::NamedNode(o) if p == rdf_type => {
                    if let Some(c) = NodeClass::from_type(o.as_str()) {
                        let e = class.entry(s.clone()).or_insert(c);
                        if c.1 < e.1 {
                            *e = c;
                        }
                        if c.0 == NodeClass::Event && o.as_str() != format!("{ASN}Event") {
                            kinds
                                .entry(s)
                                .or_default()
                                .insert(local_name(o.as_str()).to_string());
                        }
                    }
                }
                Term::NamedNode(o) if p == format!("{ELI}type_document") => {
                    doc_types.insert(s, local_name(o.as_str()).to_string());
                }
                Term::NamedNode(o) => {
                    edges.insert((s, p.to_string(), o.as_str().to_string()));
                }
                Term::Literal(l) => {
                    let v = l.value().to_string();
                    if p == format!("{SCHEMA}name") || p == format!("{RDFS}label") {
                        labels.entry(s).or_insert(v);
                    } else if p == format!("{ELI}id_local") {
                        numbers.entry(s).or_default().insert(v);
                    } else if [
                        format!("{SCHEMA}startDate"),
                        format!("{ASN}participantCount"),
                        format!("{ASN}year"),
                        format!("{SCHEMA}honorificPrefix"),
                        format!("{SCHEMA}honorificSuffix"),
                        format!("{ASN}regionKind"),
                    ]
                    .iter()
                    .any(|x| x == p)
                    {
                        let v = if p.ends_with("participantCount") {
                            format!("{v} orang")
                        } else {
                            v
                        };
                        details.entry(s).or_default().insert(v);
                    }
                }
                _ => {}
            }
        }
        let mut g = EntityGraph::default();
        let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let mut iris: Vec<&String> = class.keys().collect();
        iris.sort();
        for iri in iris {
            let c = class[iri].0;
            // Events and instruments have no name: kinds, or type and numbers, label them.
            let label = labels.get(iri).cloned().unwrap_or_else(|| {
                match (kinds.get(iri), numbers.get(iri)) {
                    (Some(k), _) => k.iter().cloned().collect::<Vec<_>>().join(" + "),
                    (None, Some(n)) => format!(
                        "{} {}",
                        doc_types.get(iri).map_or("", String::as_str),
                        n.iter().cloned().collect::<Vec<_>>().join(", ")
                    )
                    .trim()
                    .to_string(),
                    (None, None) => local_name(iri).to_string(),
                }
            });
            let d = details
                .get(iri)
                .map(|d| d.iter().cloned().collect())
                .unwrap_or_default();
            let ix = g.graph.add_node(Node {
                iri: iri.clone(),
                class: c,
                label,
                details: d,
            });
            index.insert(iri.clone(), ix);
        }
        for (s, p, o) in edges {
            if let (Some(&a), Some(&b)) = (index.get(&s), index.get(&o))
                && a != b
            {
                g.graph.add_edge(a, b, local_name(&p).to_string());
            }
        }
        g
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Nodes named `name` (label, case-insensitive) or with that IRI.
    pub fn find(&self, name: &str) -> Vec<NodeIndex> {
        let lower = name.to_lowercase();
        let exact: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&i| self.graph[i].iri == name || self.graph[i].label.to_lowercase() == lower)
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        self.graph
            .node_indices()
            .filter(|&i| self.graph[i].label.to_lowercase().contains(&lower))
            .collect()
    }

    /// The subgraph within `depth` edges (either direction) of `start`.
    pub fn neighbourhood(&self, start: &[NodeIndex], depth: usize) -> EntityGraph {
        let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
        let mut queue: VecDeque<NodeIndex> = VecDeque::new();
        for &s in start {
            dist.insert(s, 0);
            queue.push_back(s);
        }
        while let Some(n) = queue.pop_front() {
            let d = dist[&n];
            if d == depth {
                continue;
            }
            for m in self.graph.neighbors_undirected(n) {
                if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(m) {
                    e.insert(d + 1);
                    queue.push_back(m);
                }
            }
        }
        let keep: BTreeSet<NodeIndex> = dist.keys().copied().collect();
        self.subgraph(&keep)
    }

    /// Keeps at most `max` nodes: the most connected ones.
    pub fn capped(&self, max: usize) -> EntityGraph {
        if self.node_count() <= max {
            return self.clone();
        }
        let mut by_degree: Vec<NodeIndex> = self.graph.node_indices().collect();
        by_degree.sort_by_key(|&i| {
            (
                std::cmp::Reverse(self.graph.neighbors_undirected(i).count()),
                self.graph[i].iri.clone(),
            )
        });
        let keep: BTreeSet<NodeIndex> = by_degree.into_iter().take(max).collect();
        self.subgraph(&keep)
    }

    fn subgraph(&self, keep: &BTreeSet<NodeIndex>) -> EntityGraph {
        let mut g = EntityGraph::default();
        let mut map = HashMap::new();
        for &i in keep {
            map.insert(i, g.graph.add_node(self.graph[i].clone()));
        }
        for e in self.graph.edge_references() {
            if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
                g.graph.add_edge(a, b, e.weight().clone());
            }
        }
        g
    }

    /// Graphviz DOT with a legend of the classes present.
    pub fn to_dot(&self, title: &str) -> String {
        let mut out = String::new();
        out.push_str("digraph asnkg {\n");
        out.push_str(&format!(
            "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, label={}, overlap=false];\n",
            quote(title)
        ));
        out.push_str(
            "  node [fontname=\"Helvetica\", fontsize=10, style=filled, color=\"#555555\"];\n",
        );
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\", fontcolor=\"#444444\"];\n");
        let present: BTreeSet<NodeClass> = self.graph.node_weights().map(|n| n.class).collect();
        if !present.is_empty() {
            out.push_str("  subgraph cluster_legend {\n    label=\"Legend\"; style=dashed; color=\"#999999\";\n");
            for c in NodeClass::ALL.iter().filter(|c| present.contains(c)) {
                let (shape, fill) = c.style();
                out.push_str(&format!(
                    "    legend_{:?} [label={}, shape={shape}, fillcolor=\"{fill}\"];\n",
                    c,
                    quote(c.name())
                ));
            }
            out.push_str("  }\n");
        }
        for i in self.graph.node_indices() {
            let n = &self.graph[i];
            let (shape, fill) = n.class.style();
            let mut label = n.label.clone();
            if !n.details.is_empty() {
                label.push('\n');
                label.push_str(&n.details.join(", "));
            }
            out.push_str(&format!(
                "  n{} [label={}, shape={shape}, fillcolor=\"{fill}\", tooltip={}];\n",
                i.index(),
                quote(&label),
                quote(&n.iri)
            ));
        }
        for e in self.graph.edge_references() {
            out.push_str(&format!(
                "  n{} -> n{} [label={}];\n",
                e.source().index(),
                e.target().index(),
                quote(e.weight())
            ));
        }
        out.push_str("}\n");
        out
    }
}

/// A DOT double-quoted string: backslashes, quotes and line breaks escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Every article graph (not the reference graph).
pub fn whole_graph(store: &GraphStore) -> EntityGraph {
    let reference = GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
        crate::vocab::REFERENCE_GRAPH,
    ));
    EntityGraph::from_quads(
        store
            .inner()
            .iter()
            .filter_map(Result::ok)
            .filter(|q| q.graph_name != reference),
    )
}

/// The neighbourhood of the entity named (or identified) `name`. An exact name or IRI is
/// looked up in the indexes, so this stays fast on large stores; a partial name falls
/// back to searching every label.
pub fn focus_graph(store: &GraphStore, name: &str, depth: usize) -> Result<EntityGraph, String> {
    let exact: Vec<oxigraph::model::NamedNode> = crate::explain::find_entities(store, name)?
        .iter()
        .filter_map(|e| oxigraph::model::NamedNode::new(e.as_str()).ok())
        .collect();
    let full = if exact.is_empty() {
        whole_graph(store)
    } else {
        EntityGraph::from_quads(
            store
                .around(&exact, depth, 500)
                .map_err(|e| e.to_string())?,
        )
    };
    let start = if exact.is_empty() {
        full.find(name)
    } else {
        exact.iter().flat_map(|e| full.find(e.as_str())).collect()
    };
    if start.is_empty() {
        return Err(format!(
            "nothing in the graph is named {name:?} (try `asnkg explain` or a shorter name)"
        ));
    }
    Ok(full.neighbourhood(&start, depth))
}

/// Runs Graphviz `dot -T<format>` on the DOT text.
pub fn render(dot: &str, format: &str) -> Result<Vec<u8>, String> {
    use std::process::{Command, Stdio};
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "cannot run Graphviz `dot` ({e}); install Graphviz (apt-get install graphviz) or drop --{format} to get DOT text"
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("cannot write to Graphviz `dot`")?;
    let text = dot.to_string();
    // Write from another thread so a large picture cannot deadlock the pipes.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("Graphviz `dot`: {e}"))?;
    let _ = writer.join();
    if !out.status.success() {
        return Err(format!(
            "Graphviz `dot -T{format}` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_dot_cares_about() {
        assert_eq!(
            quote("a \"b\" \\ c\nd {e} <f>"),
            "\"a \\\"b\\\" \\\\ c\\nd {e} <f>\""
        );
    }
}
