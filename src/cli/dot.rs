//! `asnkg dot`: the entity graph, or one entity's neighbourhood, as Graphviz DOT (or
//! rendered to SVG/PNG by Graphviz).

use super::{StoreArgs, report, stdout_result};
use crate::dot::{focus_graph, render, whole_graph};
use crate::store::GraphStore;
use clap::Args;
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
    /// Render to SVG with Graphviz (`dot` must be installed)
    #[arg(long, conflicts_with = "png")]
    pub svg: bool,
    /// Render to PNG with Graphviz (`dot` must be installed)
    #[arg(long)]
    pub png: bool,
    /// Write to this file instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: DotArgs) -> Result<u8, String> {
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let (graph, title) = match &args.focus {
        Some(name) => (
            focus_graph(&store, name, args.depth)?,
            format!("asnkg: {name} (depth {})", args.depth),
        ),
        None => (whole_graph(&store), "asnkg".to_string()),
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
    let bytes = match (args.svg, args.png) {
        (true, _) => render(&dot, "svg")?,
        (_, true) => render(&dot, "png")?,
        _ => dot.into_bytes(),
    };
    match &args.output {
        Some(p) => std::fs::write(p, bytes).map_err(|e| format!("{}: {e}", p.display()))?,
        None => stdout_result(std::io::stdout().lock().write_all(&bytes))?,
    }
    Ok(0)
}
