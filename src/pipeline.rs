//! One article through every stage: clean → extract → quads. Batches run in parallel
//! (rayon) and come back in input order, so output never depends on scheduling.

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
