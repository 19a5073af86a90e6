//! Criterion benchmarks of the hot functions, one stage at a time, on generated articles
//! (the same generator as `asnkg-bench`). Run with `cargo bench --bench hot`; whole-run
//! numbers (throughput, build, store, queries) come from `asnkg-bench run N` (BENCHMARKS.md).

use asnkg::article::{Article, SuppliedMeta};
use asnkg::clean::clean;
use asnkg::corpus;
use asnkg::extract::extract;
use asnkg::lexicon::Lexicon;
use asnkg::rdf::{Iris, article_quads};
use asnkg::text::Tokens;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

// The allocator of the `asnkg` binary, so stage timings add up to what it does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 64 generated articles: enough variety that no one article decides the result.
fn articles(lex: &Lexicon) -> Vec<Article> {
    (0..64)
        .map(|i| {
            let (id, text) = corpus::article(lex, 7, i, 12);
            Article {
                id,
                source: "generated".into(),
                text,
                supplied: SuppliedMeta::default(),
            }
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let lex = match Lexicon::builtin() {
        Ok(l) => l,
        Err(e) => panic!("the built-in lexicons do not load: {e}"),
    };
    let iris = Iris::default();
    let articles = articles(&lex);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let docs: Vec<_> = articles.iter().map(|a| clean(a, &lex)).collect();
    let extractions: Vec<_> = docs.iter().map(|d| extract(d, &lex)).collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clean", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| clean(a, &lex).body.len())
                .sum::<usize>()
        })
    });
    g.bench_function("tokenise", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    Tokens::new(&d.body, |w| lex.is_abbreviation(w))
                        .tokens
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("lexicon_scan", |b| {
        let tokens: Vec<_> = docs
            .iter()
            .map(|d| Tokens::new(&d.body, |w| lex.is_abbreviation(w)))
            .collect();
        b.iter(|| {
            tokens
                .iter()
                .zip(&docs)
                .map(|(t, d)| lex.find_hits(t, &d.body).cues.len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extract(d, &lex).persons.len())
                .sum::<usize>()
        })
    });
    g.bench_function("article_quads", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&extractions)
                .map(|(d, x)| article_quads(d, x, &lex, &iris).len())
                .sum::<usize>()
        })
    });
    g.bench_function("write_nquads", |b| {
        let graphs: Vec<_> = docs
            .iter()
            .zip(&extractions)
            .map(|(d, x)| article_quads(d, x, &lex, &iris))
            .collect();
        b.iter_batched_ref(
            || Vec::with_capacity(1 << 22),
            |out: &mut Vec<u8>| {
                for q in &graphs {
                    q.write_nquads(out);
                }
                black_box(out.len())
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("whole_article", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let doc = clean(a, &lex);
                    let x = extract(&doc, &lex);
                    let mut out = Vec::new();
                    article_quads(&doc, &x, &lex, &iris).write_nquads(&mut out);
                    out.len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
