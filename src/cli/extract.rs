//! `asnkg extract`: articles → quads on stdout, no store. Output order is fixed per article
//! and articles come in input order, so disjoint shards concatenate to one run's output.

use super::{EXIT_PARTIAL, ExtractOptions, report, stdout_result};
use crate::ingest::{expand_inputs, read_inputs};
use crate::pipeline::{ordered_map, process};
use crate::rdf::GraphQuads;
use clap::{Args, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Articles: files, directories, or - for stdin
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value = "nquads")]
    pub format: QuadFormat,
    #[command(flatten)]
    pub opts: ExtractOptions,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum QuadFormat {
    Nquads,
    Trig,
    /// The extracted facts before RDF (for developers)
    #[value(hide = true)]
    Debug,
}

pub fn run(args: ExtractArgs) -> Result<u8, String> {
    let cfg = args.opts.config()?;
    let (inputs, errors) = expand_inputs(&args.inputs);
    let mut skipped = errors.len();
    for e in &errors {
        report(e);
    }
    let format = match args.format {
        QuadFormat::Nquads => RdfFormat::NQuads,
        QuadFormat::Trig => RdfFormat::TriG,
        QuadFormat::Debug => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for item in read_inputs(inputs, args.opts.ingest()) {
                match item {
                    Ok(a) => {
                        let (doc, x) = crate::pipeline::analyse(&a, &cfg);
                        stdout_result(writeln!(out, "== {}\n{:#?}\n{x:#?}", a.id, doc.meta))?;
                    }
                    Err(e) => report(e),
                }
            }
            stdout_result(out.flush())?;
            return Ok(0);
        }
    };
    let ingest = args.opts.ingest();
    // Workers extract and render articles as soon as they are free; the sink prints them
    // in input order.
    let mut sink = Sink::new();
    let outcome = ordered_map(
        read_inputs(inputs, ingest),
        rayon::current_num_threads(),
        |item| {
            item.and_then(|a| process(&a, &cfg))
                .map(|p| (render(&p.quads, format), p))
        },
        |item| sink.write(item),
    );
    let (skipped_by_sink, failed) = sink.finish(outcome);
    skipped += skipped_by_sink;
    failed?;
    Ok(if skipped > 0 { EXIT_PARTIAL } else { 0 })
}

/// An article rendered with what it came from, or why it failed.
type RenderedArticle = Result<(Vec<u8>, crate::pipeline::Processed), crate::ingest::InputError>;

/// Writes rendered articles to stdout in order: reports failures and notes, skips an id
/// seen before, and counts what it skipped.
struct Sink {
    out: std::io::BufWriter<std::io::Stdout>,
    skipped: usize,
    seen: std::collections::HashSet<String>,
}

impl Sink {
    fn new() -> Self {
        Sink {
            out: std::io::BufWriter::with_capacity(1 << 20, std::io::stdout()),
            skipped: 0,
            seen: std::collections::HashSet::new(),
        }
    }

    /// Fails only when stdout does.
    fn write(&mut self, item: RenderedArticle) -> Result<(), std::io::Error> {
        match item {
            Err(e) => {
                report(&e);
                self.skipped += 1;
            }
            Ok((text, p)) => {
                if !self.seen.insert(p.id.clone()) {
                    report(format!(
                        "{}: article id {:?} already extracted; skipped",
                        p.source, p.id
                    ));
                    self.skipped += 1;
                    return Ok(());
                }
                if let Some(note) = &p.note {
                    report(note);
                }
                self.out.write_all(&text)?;
            }
        }
        Ok(())
    }

    /// The number of skipped articles, and whether stdout took everything.
    fn finish(mut self, outcome: Result<(), std::io::Error>) -> (usize, Result<(), String>) {
        let flushed = outcome.and_then(|()| self.out.flush());
        (self.skipped, stdout_result(flushed))
    }
}

/// One article's quads as N-Quads or as a self-contained TriG document.
fn render(quads: &GraphQuads, format: RdfFormat) -> Vec<u8> {
    let mut buf = Vec::with_capacity(quads.len() * 200);
    if matches!(format, RdfFormat::NQuads) {
        quads.write_nquads(&mut buf);
        return buf;
    }
    let mut ser = RdfSerializer::from_format(RdfFormat::TriG);
    for (p, iri) in crate::vocab::PREFIXES {
        // The prefixes are constants known to be valid IRIs.
        if let Ok(s) = ser.clone().with_prefix(*p, *iri) {
            ser = s;
        }
    }
    let mut w = ser.for_writer(&mut buf);
    for q in quads.iter() {
        let _ = w.serialize_quad(q);
    }
    let _ = w.finish();
    buf
}
