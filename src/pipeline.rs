//! One article through every stage: clean → extract → quads. Articles run in parallel and
//! come back in input order, so output never depends on scheduling: `ordered_map` (worker
//! threads over a stream, for `extract`) and `process_batch_then` (rayon over a batch, for
//! `build`, whose loader takes batches; the worker pool measured 5-15% slower there).

use crate::article::Article;
use crate::clean::clean;
use crate::extract::{Extraction, extract};
use crate::ingest::InputError;
use crate::lexicon::Lexicon;
use crate::rdf::{GraphQuads, Iris, article_quads};
use rayon::prelude::*;

/// What every stage needs: the lexicons and the IRI scheme.
pub struct Config {
    pub lex: Lexicon,
    pub iris: Iris,
}

/// One article's result.
pub struct Processed {
    pub id: String,
    pub source: String,
    pub quads: GraphQuads,
    pub bytes: usize,
    /// Something the user should know though nothing was lost (an encoding guessed).
    pub note: Option<String>,
}

/// Runs the stages on one cleaned-and-extracted article (for `explain`-like uses).
pub fn analyse(article: &Article, cfg: &Config) -> (crate::clean::Document, Extraction) {
    let doc = clean(article, &cfg.lex);
    let x = extract(&doc, &cfg.lex);
    (doc, x)
}

/// Processes one article. A panic inside an extractor is caught and reported as an error
/// for this article only.
pub fn process(article: &Article, cfg: &Config) -> Result<Processed, InputError> {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let (doc, x) = analyse(article, cfg);
        article_quads(&doc, &x, &cfg.lex, &cfg.iris)
    }));
    match run {
        Ok(quads) => Ok(Processed {
            id: article.id.clone(),
            source: article.source.clone(),
            quads,
            bytes: article.text.len(),
            note: article
                .supplied
                .encoding
                .map(|e| format!("{}: not UTF-8; read as {e}", article.source)),
        }),
        Err(_) => Err(InputError {
            source: article.source.clone(),
            message: "internal error while extracting this article (please report it); skipped"
                .into(),
        }),
    }
}

/// Processes a batch in parallel, keeping input order.
pub fn process_batch(
    batch: Vec<Result<Article, InputError>>,
    cfg: &Config,
) -> Vec<Result<Processed, InputError>> {
    process_batch_then(batch, cfg, |p| p)
}

/// Like [`process_batch`], with `then` applied to each processed article in the same
/// parallel pass (rendering, conversion), so a batch waits for its slowest article once.
pub fn process_batch_then<R: Send>(
    batch: Vec<Result<Article, InputError>>,
    cfg: &Config,
    then: impl Fn(Processed) -> R + Sync,
) -> Vec<Result<R, InputError>> {
    batch
        .into_par_iter()
        .map(|item| item.and_then(|a| process(&a, cfg)).map(&then))
        .collect()
}

/// Splits an input stream into batches of at most `size` items.
pub fn batches<I: Iterator>(mut items: I, size: usize) -> impl Iterator<Item = Vec<I::Item>> {
    let size = size.max(1);
    std::iter::from_fn(move || {
        let batch: Vec<I::Item> = items.by_ref().take(size).collect();
        (!batch.is_empty()).then_some(batch)
    })
}

/// Maps a stream on `workers` threads and hands the results to `sink` in input order.
/// Workers take the next item as soon as they are free (no batch to wait for); the worker
/// that finishes the oldest outstanding item passes it, and any later ones already done,
/// to the sink, so no thread is woken per item. Workers run at most `workers * 64` items
/// ahead of the sink, so memory stays bounded whatever the stream's length. With one
/// worker everything runs on the calling thread. Stops at the sink's first error and
/// returns it.
pub fn ordered_map<T: Send, R: Send, E: Send>(
    items: impl Iterator<Item = T> + Send,
    workers: usize,
    f: impl Fn(T) -> R + Sync,
    sink: impl FnMut(R) -> Result<(), E> + Send,
) -> Result<(), E> {
    use std::sync::{Condvar, Mutex, PoisonError};
    let mut sink = sink;
    if workers <= 1 {
        return items.map(f).try_for_each(sink);
    }
    struct Output<R, E, S> {
        /// The sequence number the sink takes next.
        next: usize,
        /// Results finished ahead of `next`.
        done: std::collections::BTreeMap<usize, R>,
        sink: S,
        outcome: Result<(), E>,
        /// Workers waiting for `next` to move (so a notification is sent only then).
        waiting: usize,
        /// A worker panicked: its item will never come, so nobody waits for `next`.
        abandoned: bool,
    }
    /// Marks the output abandoned when its worker unwinds, so the others stop instead of
    /// waiting for an item that will never come (the scope then re-raises the panic).
    struct Unwinding<'a, R, E, S>(&'a Mutex<Output<R, E, S>>, &'a Condvar);
    impl<R, E, S> Drop for Unwinding<'_, R, E, S> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .abandoned = true;
                self.1.notify_all();
            }
        }
    }
    let window = workers * 64;
    // The next sequence number lives with the stream, so numbers follow the input order.
    let source = Mutex::new((0usize, items));
    let output = Mutex::new(Output {
        next: 0,
        done: std::collections::BTreeMap::new(),
        sink: &mut sink,
        outcome: Ok(()),
        waiting: 0,
        abandoned: false,
    });
    let moved = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let _unwinding = Unwinding(&output, &moved);
                loop {
                    let taken = {
                        let mut guard = source.lock().unwrap_or_else(PoisonError::into_inner);
                        let (seq, items) = &mut *guard;
                        items.next().map(|item| {
                            *seq += 1;
                            (*seq - 1, item)
                        })
                    };
                    let Some((seq, item)) = taken else { break };
                    {
                        let mut out = output.lock().unwrap_or_else(PoisonError::into_inner);
                        while seq >= out.next + window && out.outcome.is_ok() && !out.abandoned {
                            out.waiting += 1;
                            out = moved.wait(out).unwrap_or_else(PoisonError::into_inner);
                            out.waiting -= 1;
                        }
                        if out.outcome.is_err() || out.abandoned {
                            break;
                        }
                    }
                    let result = f(item);
                    let mut out = output.lock().unwrap_or_else(PoisonError::into_inner);
                    let out = &mut *out;
                    if out.outcome.is_err() {
                        break;
                    }
                    out.done.insert(seq, result);
                    while let Some(result) = out.done.remove(&out.next) {
                        out.next += 1;
                        out.outcome = (out.sink)(result);
                        if out.outcome.is_err() {
                            out.done.clear();
                            break;
                        }
                    }
                    if out.waiting > 0 {
                        moved.notify_all();
                    }
                }
            });
        }
    });
    output
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .outcome
}

#[cfg(test)]
mod tests {
    use super::ordered_map;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Uneven work, so later items often finish before earlier ones.
    fn work(i: usize) -> usize {
        let spins = (i * 7919) % 5000;
        (0..spins).fold(i, |acc, x| acc.wrapping_mul(31).wrapping_add(x)) % 3 + i * 3
    }

    #[test]
    fn results_reach_the_sink_in_input_order() {
        for workers in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            let outcome: Result<(), ()> = ordered_map(0..2000usize, workers, work, |r| {
                seen.push(r);
                Ok(())
            });
            assert_eq!(outcome, Ok(()));
            let expected: Vec<usize> = (0..2000).map(work).collect();
            assert_eq!(seen, expected, "{workers} workers");
        }
    }

    #[test]
    fn a_panicking_worker_ends_the_map_instead_of_hanging_the_others() {
        let run = std::panic::catch_unwind(|| {
            ordered_map(
                0..100_000usize,
                2,
                |i| if i == 3 { panic!("item 3") } else { work(i) },
                |_| Ok::<(), ()>(()),
            )
        });
        assert!(run.is_err(), "the worker's panic reaches the caller");
    }

    #[test]
    fn workers_stay_within_the_window_and_stop_at_the_sinks_error() {
        let workers = 3;
        let started = AtomicUsize::new(0);
        let mut sunk = 0;
        let mut ahead = 0;
        let outcome = ordered_map(
            0..100_000usize,
            workers,
            |i| {
                started.fetch_add(1, Ordering::SeqCst);
                work(i)
            },
            |_| {
                sunk += 1;
                ahead = ahead.max(started.load(Ordering::SeqCst) - sunk);
                if sunk == 500 {
                    Err("disk full")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(outcome, Err("disk full"));
        assert_eq!(sunk, 500, "nothing is sunk after an error");
        // Items started but not yet sunk never exceed the window plus one per worker.
        assert!(ahead <= workers * 64 + workers, "{ahead} items ahead");
        let started = started.load(Ordering::SeqCst);
        assert!(
            started <= 500 + workers * 64 + workers,
            "{started} items started"
        );
    }
}
