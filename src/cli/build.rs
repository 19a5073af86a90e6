//! `asnkg build`: inputs → articles → quads → store, with extraction (parallel, in
//! batches, on a producer thread) overlapped with loading (this thread).

use super::{EXIT_PARTIAL, ExtractOptions, StoreArgs, report};
use crate::ingest::{Input, InputError, expand_inputs, read_inputs};
use crate::pipeline::{Processed, batches, process_batch_then};
use crate::rdf::GraphQuads;
use crate::store::GraphStore;
use clap::Args;
use oxigraph::model::Quad;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, sync_channel};
use std::time::Instant;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Articles: files, directories (searched recursively), or - for stdin
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Build in memory only (nothing is written) and print a summary
    #[arg(long)]
    pub memory: bool,
    #[command(flatten)]
    pub opts: ExtractOptions,
    /// Articles extracted per parallel batch; updating an existing store commits every 16
    /// articles at most (each article is always replaced whole)
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub batch: usize,
    /// Memory for loading a fresh store, in MB (a rough budget). By default it grows with
    /// the input: 256 for up to about 30 MB of text, then 8 MB per MB of text, at most
    /// 1600 or a quarter of the memory available, so a large corpus loads in about 20
    /// sorted batches (see BENCHMARKS.md)
    #[arg(long, value_name = "MB", value_parser = clap::value_parser!(u64).range(16..))]
    pub loader_memory: Option<u64>,
    /// Do not show progress
    #[arg(long)]
    pub quiet: bool,
}

/// The loader's budget when `--loader-memory` is not given, for `input_bytes` of articles
/// and `available_mb` of free memory (if known). Oxigraph's default targets 2 GB per
/// thread. 256 MB loaded 10k generated articles (22 MB) as fast as 2 GB (10.7-15.7 s
/// against 14.9-15.9 s) at a third of the peak (431 MiB against 1.4 GiB); 128 MB was
/// slower and left a store 70% larger. At 100k articles (216 MB), 256 MB writes about 115
/// sorted batches that RocksDB must then compact on one thread (65 s of a 168 s load);
/// 1600 MB writes 19, under its compaction triggers, and loads in 110-122 s at a 1.6 GiB
/// peak. So the budget follows the input at 8 MB per MB of text (about 18 batches)
/// between those two, and never takes more than a quarter of the free memory. Input of
/// unknown size (stdin) gets the floor.
pub fn loader_budget_mb(input_bytes: u64, available_mb: Option<u64>) -> u64 {
    const CEILING: u64 = 1600;
    const PER_MB_OF_TEXT: u64 = 8;
    let wanted = (input_bytes / 1_000_000)
        .saturating_mul(PER_MB_OF_TEXT)
        .clamp(LOADER_FLOOR_MB, CEILING);
    match available_mb {
        Some(free) => wanted.min((free / 4).max(LOADER_FLOOR_MB)),
        None => wanted,
    }
}

/// Free memory in MB as the kernel estimates it (Linux), if known.
fn available_memory_mb() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// The smallest loader budget (the whole default for small inputs).
const LOADER_FLOOR_MB: u64 = 256;

/// A processed batch; for a fresh store each article also comes with its quads as owned
/// oxigraph quads (what the bulk loader takes), made on the extraction threads rather
/// than on the loading thread.
type Batch = Vec<Result<(Processed, Vec<Quad>), InputError>>;

/// Counts for the summary.
#[derive(Default)]
struct Tally {
    articles: usize,
    quads: usize,
    bytes: usize,
    skipped: usize,
}

pub fn run(args: BuildArgs) -> Result<u8, String> {
    let started = Instant::now();
    let cfg = Arc::new(args.opts.config()?);
    let (inputs, input_errors) = expand_inputs(&args.inputs);
    let mut tally = Tally::default();
    for e in &input_errors {
        report(e);
        tally.skipped += 1;
    }
    let store = if args.memory {
        GraphStore::memory()
    } else {
        GraphStore::open(&args.store.store)
    }
    .map_err(|e| e.to_string())?;
    let fresh = store.is_empty().map_err(|e| e.to_string())?;
    let total_bytes: u64 = inputs
        .iter()
        .map(|i| match i {
            Input::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Input::Stdin => 0,
        })
        .sum();
    let progress =
        (!args.quiet && std::io::stderr().is_terminal()).then(|| Progress::new(total_bytes));

    // Producer: read and extract in parallel batches; at most two batches wait.
    let (tx, rx) = sync_channel::<Batch>(2);
    let producer = {
        let cfg = Arc::clone(&cfg);
        let ingest = args.opts.ingest();
        let batch = args.batch;
        std::thread::spawn(move || {
            for b in batches(read_inputs(inputs, ingest), batch) {
                let ready: Batch = process_batch_then(b, &cfg, |p| {
                    let owned = if fresh {
                        p.quads.to_quads()
                    } else {
                        Vec::new()
                    };
                    (p, owned)
                });
                if tx.send(ready).is_err() {
                    break;
                }
            }
        })
    };
    let reference = crate::rdf::reference_quads(&cfg.lex, &cfg.iris)?;
    let loader_mb = args
        .loader_memory
        .unwrap_or_else(|| loader_budget_mb(total_bytes, available_memory_mb()));
    let mut seen: HashMap<String, String> = HashMap::new();
    let result = if fresh {
        load_fresh(
            &store,
            loader_mb as usize,
            rx,
            reference,
            &mut seen,
            &mut tally,
            progress.as_ref(),
        )
    } else {
        load_update(
            &store,
            rx,
            reference,
            &mut seen,
            &mut tally,
            progress.as_ref(),
        )
    };
    if producer.join().is_err() {
        return Err("internal error in the extraction thread".into());
    }
    if let Some(p) = &progress {
        p.finish();
    }
    result?;
    store.flush().map_err(|e| e.to_string())?;
    if fresh && !args.memory && loader_mb > LOADER_FLOOR_MB && !args.quiet {
        report(format!(
            "a large first load leaves RocksDB's compaction for later; `asnkg optimize --store {}` does it now (about 65 s per 100k articles) and makes later updates about twice as fast",
            args.store.store.display()
        ));
    }
    let secs = started.elapsed().as_secs_f64();
    let target = match store.path() {
        Some(p) => format!("store {}", p.display()),
        None => "memory".to_string(),
    };
    eprintln!(
        "asnkg: built {} article{} ({} quads, {:.1} MB of text) into {target} in {secs:.1} s{}",
        tally.articles,
        if tally.articles == 1 { "" } else { "s" },
        tally.quads,
        tally.bytes as f64 / 1e6,
        if tally.skipped > 0 {
            format!("; {} input(s) skipped", tally.skipped)
        } else {
            String::new()
        }
    );
    Ok(if tally.skipped > 0 { EXIT_PARTIAL } else { 0 })
}

/// Keeps the first article of each id; reports the others.
fn accept<T>(
    item: Result<(Processed, T), InputError>,
    seen: &mut HashMap<String, String>,
    tally: &mut Tally,
) -> Option<(Processed, T)> {
    match item {
        Err(e) => {
            report(&e);
            tally.skipped += 1;
            None
        }
        Ok((p, extra)) => {
            if let Some(first) = seen.get(&p.id) {
                report(format!(
                    "{}: article id {:?} already read from {first}; skipped (ids come from file stems or the JSONL \"id\")",
                    p.source, p.id
                ));
                tally.skipped += 1;
                return None;
            }
            if let Some(note) = &p.note {
                report(note);
            }
            seen.insert(p.id.clone(), p.source.clone());
            tally.articles += 1;
            tally.quads += p.quads.len();
            tally.bytes += p.bytes;
            Some((p, extra))
        }
    }
}

/// A fresh store: one bulk load (atomic at commit) streaming from the producer.
fn load_fresh(
    store: &GraphStore,
    memory_mb: usize,
    rx: Receiver<Batch>,
    reference: GraphQuads,
    seen: &mut HashMap<String, String>,
    tally: &mut Tally,
    progress: Option<&Progress>,
) -> Result<(), String> {
    let mut error = None;
    let stream = reference
        .to_quads()
        .into_iter()
        .chain(rx.into_iter().flat_map(|batch| {
            let mut quads = Vec::new();
            for item in batch {
                if let Some((p, owned)) = accept(item, seen, tally) {
                    if let Some(pr) = progress {
                        pr.advance(p.bytes, tally.articles);
                    }
                    quads.extend(owned);
                }
            }
            quads
        }));
    if let Err(e) = store.bulk_load(stream, memory_mb) {
        error = Some(e.to_string());
    }
    error.map_or(Ok(()), Err)
}

/// Articles per transaction when updating: RocksDB applies a transaction through a
/// sorted index of all its writes, which grows costly; replacing 1000 articles of a
/// 100k store took 11.3-12.6 s in transactions of 16 against 14.8-15.7 s in 256.
const UPDATE_TRANSACTION_ARTICLES: usize = 16;

/// An existing store: each article's graph is replaced in a transaction of at most
/// [`UPDATE_TRANSACTION_ARTICLES`] articles. Transactions run on one thread per core:
/// each is mostly RocksDB indexing its own writes, which one thread alone cannot keep up
/// with. They never touch the same article (ids are deduplicated here, in input order),
/// so the order they commit in does not matter.
fn load_update(
    store: &GraphStore,
    rx: Receiver<Batch>,
    reference: GraphQuads,
    seen: &mut HashMap<String, String>,
    tally: &mut Tally,
    progress: Option<&Progress>,
) -> Result<(), String> {
    store
        .replace_graphs(&[reference])
        .map_err(|e| e.to_string())?;
    let failure = std::sync::Mutex::new(None::<String>);
    std::thread::scope(|scope| {
        let appliers = rayon::current_num_threads().max(1);
        let (to_apply, chunks) = sync_channel::<Vec<GraphQuads>>(appliers);
        // Only the appliers hold the receiver, so sending fails once they have all stopped.
        let chunks = Arc::new(std::sync::Mutex::new(chunks));
        for _ in 0..appliers {
            let (chunks, failure) = (Arc::clone(&chunks), &failure);
            scope.spawn(move || {
                loop {
                    let next = match chunks.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(chunk) = next else { return };
                    // After one applier fails, the others stop too.
                    if failure.lock().map_or(true, |f| f.is_some()) {
                        return;
                    }
                    if let Err(e) = store.replace_graphs(&chunk) {
                        if let Ok(mut f) = failure.lock() {
                            f.get_or_insert(e.to_string());
                        }
                        return;
                    }
                }
            });
        }
        drop(chunks);
        let mut pending = Vec::with_capacity(UPDATE_TRANSACTION_ARTICLES);
        'batches: for batch in rx {
            for item in batch {
                if let Some((p, _)) = accept(item, seen, tally) {
                    if let Some(pr) = progress {
                        pr.advance(p.bytes, tally.articles);
                    }
                    pending.push(p.quads);
                    if pending.len() == UPDATE_TRANSACTION_ARTICLES
                        && to_apply.send(std::mem::take(&mut pending)).is_err()
                    {
                        break 'batches;
                    }
                }
            }
        }
        if !pending.is_empty() {
            let _ = to_apply.send(pending);
        }
    });
    match failure.into_inner() {
        Ok(Some(e)) => Err(e),
        _ => Ok(()),
    }
}

/// A one-line progress display on stderr: bar, articles, rate, ETA.
struct Progress {
    total: u64,
    done: std::sync::atomic::AtomicU64,
    started: Instant,
    last: std::sync::Mutex<Instant>,
}

impl Progress {
    fn new(total: u64) -> Progress {
        Progress {
            total,
            done: 0.into(),
            started: Instant::now(),
            last: std::sync::Mutex::new(Instant::now()),
        }
    }
    fn advance(&self, bytes: usize, articles: usize) {
        use std::sync::atomic::Ordering;
        let done = self.done.fetch_add(bytes as u64, Ordering::Relaxed) + bytes as u64;
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        if last.elapsed().as_millis() < 200 {
            return;
        }
        *last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = done as f64 / secs;
        let frac = if self.total > 0 {
            (done as f64 / self.total as f64).min(1.0)
        } else {
            0.0
        };
        let width = 30;
        let filled = (frac * width as f64) as usize;
        let eta = if rate > 0.0 && self.total > done {
            (self.total - done) as f64 / rate
        } else {
            0.0
        };
        eprint!(
            "\r[{}{}] {:>3.0}% {} articles {:.1} MB/s ETA {}:{:02}  ",
            "=".repeat(filled),
            " ".repeat(width - filled),
            frac * 100.0,
            articles,
            rate / 1e6,
            (eta as u64) / 60,
            (eta as u64) % 60
        );
    }
    fn finish(&self) {
        eprint!("\r{}\r", " ".repeat(80));
    }
}

#[cfg(test)]
mod tests {
    use super::loader_budget_mb;

    #[test]
    fn the_loader_budget_follows_the_input_between_its_bounds() {
        // Small and unknown inputs get the floor.
        assert_eq!(loader_budget_mb(0, None), 256);
        assert_eq!(loader_budget_mb(22_000_000, Some(20_000)), 256);
        // In between, 8 MB per MB of text.
        assert_eq!(loader_budget_mb(100_000_000, Some(20_000)), 800);
        // Large inputs stop at the ceiling...
        assert_eq!(loader_budget_mb(216_000_000, Some(20_000)), 1600);
        assert_eq!(loader_budget_mb(u64::MAX, None), 1600);
        // ...and never take more than a quarter of the free memory, nor less than the floor.
        assert_eq!(loader_budget_mb(216_000_000, Some(4_000)), 1000);
        assert_eq!(loader_budget_mb(216_000_000, Some(500)), 256);
    }
}
