//! Benchmarks for asnkg on generated corpora (see BENCHMARKS.md).
//!
//!   asnkg-bench gen N OUT.jsonl [--seed S]     write N generated articles
//!   asnkg-bench run N [--seed S] [--dir DIR]    the whole-run benchmark, as a Markdown report

use asnkg::corpus;
use asnkg::lexicon::Lexicon;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  asnkg-bench gen N OUT.jsonl [--seed S] [--filler F]\n  asnkg-bench run N [--seed S] [--dir DIR]"
    );
    ExitCode::from(2)
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = flag(&args, "--seed")
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    match args.first().map(String::as_str) {
        Some("gen") => {
            let (Some(n), Some(out)) = (args.get(1).and_then(|n| n.parse().ok()), args.get(2))
            else {
                return usage();
            };
            let filler = flag(&args, "--filler")
                .and_then(|s| s.parse().ok())
                .unwrap_or(12);
            match generate(n, seed, filler, Path::new(out)) {
                Ok(bytes) => {
                    eprintln!("wrote {n} articles ({:.1} MB) to {out}", bytes as f64 / 1e6);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("asnkg-bench: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("run") => {
            let Some(n) = args.get(1).and_then(|n| n.parse::<usize>().ok()) else {
                return usage();
            };
            let dir = flag(&args, "--dir")
                .map(PathBuf::from)
                .unwrap_or_else(|| std::env::temp_dir().join(format!("asnkg-bench-{n}")));
            match run(n, seed, &dir) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("asnkg-bench: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => usage(),
    }
}

/// Writes `n` generated articles as JSON Lines; returns the bytes of text written.
fn generate(n: usize, seed: u64, filler: usize, out: &Path) -> Result<usize, String> {
    let lex = Lexicon::builtin().map_err(|e| e.to_string())?;
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let mut bytes = 0;
    for i in 0..n {
        let (id, text) = corpus::article(&lex, seed, i, filler);
        bytes += text.len();
        let line = serde_json::json!({ "id": id, "text": text }).to_string();
        writeln!(w, "{line}").map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(bytes)
}

fn run(_n: usize, _seed: u64, _dir: &Path) -> Result<(), String> {
    let _ = Command::new("true");
    let _ = Instant::now();
    Err("not yet".into())
}
