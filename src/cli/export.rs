//! `asnkg export`: the dataset (TriG, N-Quads) or the merged graph (Turtle, N-Triples),
//! through oxigraph's serializers, to stdout or a file.

use super::{StoreArgs, stdout_result};
use crate::store::GraphStore;
use clap::{Args, ValueEnum};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value = "turtle")]
    pub format: ExportFormat,
    /// Only this named graph (an article IRI)
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to this file instead of stdout (written whole, then renamed into place)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ExportFormat {
    Turtle,
    Trig,
    Nquads,
    Ntriples,
    /// JSON-LD 1.1, one `@graph` per article, with the prefixes of ontology/context.jsonld
    Jsonld,
    /// RDF/XML (the merged graph), for Protégé and older tools
    Rdfxml,
}

impl ExportFormat {
    pub fn rdf(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::Trig => RdfFormat::TriG,
            ExportFormat::Nquads => RdfFormat::NQuads,
            ExportFormat::Ntriples => RdfFormat::NTriples,
            ExportFormat::Jsonld => RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            ExportFormat::Rdfxml => RdfFormat::RdfXml,
        }
    }
}

pub fn run(args: ExportArgs) -> Result<u8, String> {
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let graph = match &args.graph {
        Some(g) => {
            let n = NamedNode::new(g.as_str())
                .map_err(|e| format!("--graph {g:?} is not an IRI: {e}"))?;
            if !store.has_graph(n.as_ref()).map_err(|e| e.to_string())? {
                return Err(format!(
                    "no graph {g} in the store (see `asnkg stats` for the articles)"
                ));
            }
            Some(n)
        }
        None => None,
    };
    let format = args.format.rdf();
    match &args.output {
        Some(path) => {
            let tmp = path.with_extension(format!("{}.part", format.file_extension()));
            let file =
                std::fs::File::create(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
            let mut w = std::io::BufWriter::new(file);
            write_export(&store, args.format, graph.as_ref(), &mut w).map_err(|e| e.to_string())?;
            w.flush().map_err(|e| format!("{}: {e}", tmp.display()))?;
            drop(w);
            std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            match write_export(&store, args.format, graph.as_ref(), &mut w) {
                Err(crate::store::StoreError::Output(e)) => {
                    return stdout_result(Err(e)).map(|_| 0);
                }
                r => r.map_err(|e| e.to_string())?,
            }
            stdout_result(w.flush())?;
        }
    }
    Ok(0)
}

/// JSON-LD goes through asnkg's own writer (short terms from the published context);
/// every other format through oxigraph's serializers.
fn write_export(
    store: &GraphStore,
    format: ExportFormat,
    graph: Option<&NamedNode>,
    out: impl Write,
) -> Result<(), crate::store::StoreError> {
    match format {
        ExportFormat::Jsonld => store.dump_jsonld(graph.map(|g| g.as_ref()), out),
        f => store.dump(f.rdf(), graph.map(|g| g.as_ref()), out),
    }
}
