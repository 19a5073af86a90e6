//! `asnkg dot`: the entity graph, or one entity's neighbourhood, as Graphviz DOT (or
//! rendered to SVG/PNG by Graphviz).

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

/// Runs Graphviz `dot -T<format>` on the DOT text.
fn render(dot: &str, format: &str) -> Result<Vec<u8>, String> {
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
