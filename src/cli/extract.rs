//! `asnkg extract`: articles → quads on stdout, no store. Output order is fixed per article
//! and articles come in input order, so disjoint shards concatenate to one run's output.

use super::{EXIT_PARTIAL, ExtractOptions, report, stdout_result};
use crate::ingest::{expand_inputs, read_inputs};
use crate::pipeline::{batches, process_batch_then};
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
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let format = match args.format {
        QuadFormat::Nquads => RdfFormat::NQuads,
        QuadFormat::Trig => RdfFormat::TriG,
        QuadFormat::Debug => {
            for item in read_inputs(inputs, args.opts.ingest()) {
                match item {
                    Ok(a) => {
                        let (doc, x) = crate::pipeline::analyse(&a, &cfg);
                        stdout_result(writeln!(out, "== {}\n{:#?}\n{x:#?}", a.id, doc.meta))?;
                    }
                    Err(e) => report(e),
                }
            }
            return Ok(0);
        }
    };
    // Three stages overlap: a reader thread reads and parses the next batch, rayon
    // extracts and renders the current one, and a writer thread prints the previous one
    // (reading and writing were a serial quarter of the run). Channels hold at most two
    // batches, so memory stays bounded by the batch size.
    let ingest = args.opts.ingest();
    // The writer thread takes its own lock on stdout.
    drop(out);
    let (written, failed) = std::thread::scope(|scope| {
        let (to_extract, batches_in) = std::sync::mpsc::sync_channel(2);
        let (to_write, rendered_in) = std::sync::mpsc::sync_channel::<Rendered>(2);
        scope.spawn(move || {
            for batch in batches(read_inputs(inputs, ingest), 256) {
                if to_extract.send(batch).is_err() {
                    break;
                }
            }
        });
        let writer = scope.spawn(move || -> (usize, Result<(), String>) {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            let mut skipped = 0;
            let mut seen = std::collections::HashSet::new();
            for rendered in rendered_in {
                for item in rendered {
                    match item {
                        Err(e) => {
                            report(&e);
                            skipped += 1;
                        }
                        Ok((text, p)) => {
                            if !seen.insert(p.id.clone()) {
                                report(format!(
                                    "{}: article id {:?} already extracted; skipped",
                                    p.source, p.id
                                ));
                                skipped += 1;
                                continue;
                            }
                            if let Some(note) = &p.note {
                                report(note);
                            }
                            if let Err(e) = out.write_all(&text) {
                                return (skipped, stdout_result(Err(e)));
                            }
                        }
                    }
                }
            }
            (skipped, stdout_result(out.flush()))
        });
        for batch in batches_in {
            let rendered = process_batch_then(batch, &cfg, |p| (render(&p.quads, format), p));
            // The writer stops early only when stdout is gone.
            if to_write.send(rendered).is_err() {
                break;
            }
        }
        drop(to_write);
        writer
            .join()
            .unwrap_or((0, Err("internal error in the output thread".into())))
    });
    skipped += written;
    failed?;
    Ok(if skipped > 0 { EXIT_PARTIAL } else { 0 })
}

/// A batch's articles, each rendered or failed, in input order.
type Rendered = Vec<Result<(Vec<u8>, crate::pipeline::Processed), crate::ingest::InputError>>;

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
