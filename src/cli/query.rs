//! `asnkg query`: SPARQL from an argument, a file or stdin; results as a table, CSV, TSV,
//! SPARQL JSON or XML; CONSTRUCT/DESCRIBE as Turtle.

use super::{StoreArgs, stdout_result};
use crate::store::GraphStore;
use clap::{Args, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// The query (omit to read --file or stdin)
    #[arg(value_name = "SPARQL")]
    pub query: Option<String>,
    /// Read the query from this file
    #[arg(long, short, value_name = "FILE", conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// Output format (default: table on a terminal, csv otherwise)
    #[arg(long, value_enum)]
    pub format: Option<ResultFormat>,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

pub fn run(args: QueryArgs) -> Result<u8, String> {
    let sparql = match (&args.query, &args.file) {
        (Some(q), _) => q.clone(),
        (None, Some(f)) => {
            std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?
        }
        (None, None) => {
            if std::io::stdin().is_terminal() {
                return Err("no query: give it as an argument, with --file, or on stdin".into());
            }
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("<stdin>: {e}"))?;
            s
        }
    };
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let results = store.query(&sparql).map_err(|e| e.to_string())?;
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        ResultFormat::Table
    } else {
        ResultFormat::Csv
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    stdout_result(write_results(results, format, &mut out).and_then(|_| out.flush()))?;
    Ok(0)
}

/// Writes query results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    out: &mut impl Write,
) -> std::io::Result<()> {
    match results {
        QueryResults::Boolean(b) => match format {
            ResultFormat::Table => writeln!(out, "{b}"),
            f => {
                QueryResultsSerializer::from_format(results_format(f))
                    .serialize_boolean_to_writer(&mut *out, b)?;
                Ok(())
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            if format == ResultFormat::Table {
                let mut rows: Vec<Vec<String>> = Vec::new();
                for s in solutions {
                    let s = s.map_err(std::io::Error::other)?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v).map(display_term).unwrap_or_default())
                            .collect(),
                    );
                }
                let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                return write_table(out, &header, &rows);
            }
            let mut ser = QueryResultsSerializer::from_format(results_format(format))
                .serialize_solutions_to_writer(&mut *out, vars)?;
            for s in solutions {
                let s = s.map_err(std::io::Error::other)?;
                ser.serialize(s.iter().map(|(v, t)| (v.as_ref(), t.as_ref())))?;
            }
            ser.finish()?;
            Ok(())
        }
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, iri) in crate::vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri).map_err(std::io::Error::other)?;
            }
            let mut w = ser.for_writer(&mut *out);
            for t in triples {
                let t = t.map_err(std::io::Error::other)?;
                w.serialize_triple(&t)?;
            }
            w.finish()?;
            Ok(())
        }
    }
}

fn results_format(f: ResultFormat) -> QueryResultsFormat {
    match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml | ResultFormat::Table => QueryResultsFormat::Xml,
    }
}

/// A term as a person reads it: literals bare, IRIs shortened with the prefixes.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => crate::vocab::compact(n.as_str()),
        Term::Literal(l) => l.value().replace(['\n', '\t'], " "),
        other => other.to_string(),
    }
}

fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c)).min(80);
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = if width(c) > *w {
                    c.chars().take(w - 1).chain(['…']).collect()
                } else {
                    c.clone()
                };
                format!("{c}{}", " ".repeat(w - width(&c)))
            })
            .collect();
        writeln!(out, "{}", parts.join(" │ ").trim_end())
    };
    line(out, header)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("─┼─")
    )?;
    for r in rows {
        line(out, r)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
