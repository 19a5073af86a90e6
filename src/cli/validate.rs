//! `asnkg validate`: the store (or RDF files) against the SHACL shapes, one line per
//! violation with the article, the focus node, the path and the message.

use super::{StoreArgs, report, stdout_result};
use crate::shacl::{Shapes, Violation};
use crate::store::GraphStore;
use clap::{Args, ValueEnum};
use oxigraph::io::RdfFormat;
use std::io::Write;
use std::path::PathBuf;

/// Exit code when the data does not conform.
pub const EXIT_VIOLATIONS: u8 = 4;

#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// RDF files to validate instead of the store (.nq .trig .ttl .nt .jsonld .rdf)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Shapes to validate against (Turtle) instead of the built-in ontology/shapes.ttl
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ReportFormat {
    /// One line per violation: article, focus node, path, value, message
    Text,
    /// A JSON array of violations (graph, focus, path, value, component, shape, message)
    Json,
}

fn format_of(path: &std::path::Path) -> Result<RdfFormat, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    RdfFormat::from_extension(&ext).ok_or_else(|| {
        format!(
            "{}: unknown RDF file extension {ext:?} (use .nq, .trig, .ttl, .nt, .jsonld or .rdf)",
            path.display()
        )
    })
}

pub fn run(args: ValidateArgs) -> Result<u8, String> {
    let shapes = match &args.shapes {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Shapes::parse(&text, &p.display().to_string())?
        }
        None => Shapes::builtin()?,
    };
    let store = if args.files.is_empty() {
        GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?
    } else {
        let store = GraphStore::memory().map_err(|e| e.to_string())?;
        for f in &args.files {
            let format = format_of(f)?;
            let file = std::fs::File::open(f).map_err(|e| format!("{}: {e}", f.display()))?;
            store
                .inner()
                .load_from_reader(format, std::io::BufReader::new(file))
                .map_err(|e| format!("{}: {e}", f.display()))?;
        }
        store
    };
    let violations = shapes.validate_store(store.inner())?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            let text = serde_json::to_string_pretty(&violations).map_err(|e| e.to_string())?;
            stdout_result(writeln!(out, "{text}"))?;
        }
        ReportFormat::Text => {
            for v in &violations {
                stdout_result(writeln!(out, "{}", line(v)))?;
            }
        }
    }
    stdout_result(out.flush())?;
    let graphs: std::collections::BTreeSet<&str> =
        violations.iter().map(|v| v.graph.as_str()).collect();
    if violations.is_empty() {
        report("the graph conforms to the shapes");
        Ok(0)
    } else {
        report(format!(
            "{} violation{} in {} graph{}",
            violations.len(),
            if violations.len() == 1 { "" } else { "s" },
            graphs.len(),
            if graphs.len() == 1 { "" } else { "s" }
        ));
        Ok(EXIT_VIOLATIONS)
    }
}

/// `article  focus  path  [value]  message`: the article by its id when it is one of ours.
fn line(v: &Violation) -> String {
    let article = v
        .graph
        .rsplit_once("/article/")
        .map_or(v.graph.as_str(), |(_, id)| id);
    let value = v
        .value
        .as_ref()
        .map(|x| format!(" value {x}"))
        .unwrap_or_default();
    format!(
        "{article}\t{}\t{}{value}\t{} ({})",
        v.focus, v.path, v.message, v.component
    )
}
