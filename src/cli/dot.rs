//! `asnkg dot`: the entity graph, or one entity's neighbourhood, as Graphviz DOT.

use super::{StoreArgs, report, stdout_result};
use crate::dot::EntityGraph;
use crate::store::GraphStore;
use clap::Args;
use oxigraph::model::GraphName;
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct DotArgs {
    /// Draw only the neighbourhood of this entity (a name or an IRI)
    #[arg(long, value_name = "NAME|IRI")]
    pub focus: Option<String>,
    /// With --focus: how many edges away to go
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub depth: usize,
    /// Draw at most this many nodes (the most connected are kept)
    #[arg(long, value_name = "N", default_value_t = 250)]
    pub max_nodes: usize,
    /// Write to this file instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: DotArgs) -> Result<u8, String> {
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let reference = GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
        crate::vocab::REFERENCE_GRAPH,
    ));
    let quads = store
        .inner()
        .iter()
        .filter_map(Result::ok)
        .filter(|q| q.graph_name != reference);
    let full = EntityGraph::from_quads(quads);
    let (graph, title) = match &args.focus {
        Some(name) => {
            let start = full.find(name);
            if start.is_empty() {
                return Err(format!(
                    "nothing in the graph is named {name:?} (try `asnkg explain` or a shorter name)"
                ));
            }
            (
                full.neighbourhood(&start, args.depth),
                format!("asnkg: {name} (depth {})", args.depth),
            )
        }
        None => (full, "asnkg".to_string()),
    };
    let graph = if graph.node_count() > args.max_nodes {
        report(format!(
            "the graph has {} nodes; drawing the {} most connected (use --focus NAME or --max-nodes N)",
            graph.node_count(),
            args.max_nodes
        ));
        graph.capped(args.max_nodes)
    } else {
        graph
    };
    let dot = graph.to_dot(&title);
    match &args.output {
        Some(p) => std::fs::write(p, dot).map_err(|e| format!("{}: {e}", p.display()))?,
        None => stdout_result(std::io::stdout().lock().write_all(dot.as_bytes()))?,
    }
    Ok(0)
}
