//! `asnkg extract`: articles → quads on stdout, no store. Output is sorted per article
//! and articles come in input order, so disjoint shards concatenate to one run's output.

use super::{EXIT_PARTIAL, ExtractOptions, report, stdout_result};
use crate::ingest::{expand_inputs, read_inputs};
use crate::pipeline::{batches, process_batch};
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
    let mut seen = std::collections::HashSet::new();
    for batch in batches(read_inputs(inputs, args.opts.ingest()), 256) {
        for item in process_batch(batch, &cfg) {
            match item {
                Err(e) => {
                    report(&e);
                    skipped += 1;
                }
                Ok(p) => {
                    if !seen.insert(p.id.clone()) {
                        report(format!(
                            "{}: article id {:?} already extracted; skipped",
                            p.source, p.id
                        ));
                        skipped += 1;
                        continue;
                    }
                    let r = if matches!(format, RdfFormat::NQuads) {
                        p.quads.iter().try_for_each(|q| writeln!(out, "{q} ."))
                    } else {
                        write_trig(&mut out, &p.quads)
                    };
                    if let Err(e) = r {
                        return stdout_result(Err(e)).map(|_| 0);
                    }
                }
            }
        }
    }
    stdout_result(out.flush())?;
    Ok(if skipped > 0 { EXIT_PARTIAL } else { 0 })
}

fn write_trig(out: &mut impl Write, quads: &[oxigraph::model::Quad]) -> std::io::Result<()> {
    let mut ser = RdfSerializer::from_format(RdfFormat::TriG);
    for (p, iri) in crate::vocab::PREFIXES {
        ser = ser.with_prefix(*p, *iri).map_err(std::io::Error::other)?;
    }
    let mut w = ser.for_writer(&mut *out);
    for q in quads {
        w.serialize_quad(q)?;
    }
    w.finish()?;
    Ok(())
}
