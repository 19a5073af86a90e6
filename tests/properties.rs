//! Properties over generated and arbitrary input: extraction is deterministic and never
//! panics, its output is valid N-Quads, loading is idempotent, and exports round-trip.

use asnkg::article::{Article, SuppliedMeta};
use asnkg::lexicon::Lexicon;
use asnkg::pipeline::{Config, process, process_batch};
use asnkg::rdf::Iris;
use asnkg::store::GraphStore;
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn config() -> &'static Config {
    static CFG: OnceLock<Config> = OnceLock::new();
    CFG.get_or_init(|| Config {
        lex: Lexicon::builtin().expect("lexicons load"),
        iris: Iris::default(),
    })
}

fn article(id: String, text: String) -> Article {
    Article {
        id,
        source: "generated".into(),
        text,
        supplied: SuppliedMeta::default(),
    }
}

fn generated(seed: u64, index: usize) -> Article {
    let (id, text) = asnkg::corpus::article(&config().lex, seed, index, 6);
    article(id, text)
}

fn nquads(quads: &[Quad]) -> String {
    quads.iter().map(|q| format!("{q} .\n")).collect()
}

/// Text that stresses the extractors: quotes, brackets, numbers, honorifics, hostile
/// characters, mixed scripts, emoji and control characters.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "'",
        "(",
        ")",
        "Nomor",
        "No.",
        "100.2.2.6/",
        "Tahun 2024",
        "UU",
        "PP",
        "Kepala",
        "BKPSDM",
        "Kabupaten",
        "Ogan Komering Ilir",
        "Pj Bupati",
        "H.",
        "Ir.",
        "M.Si",
        ",",
        ".",
        "\n",
        " ",
        "tegasnya",
        "melantik",
        "20 orang",
        "Senin (17/1/2022)",
        "\\",
        "<",
        ">",
        "{",
        "}",
        "Ǳ",
        "مرحبا",
        "😀",
        "\u{202E}",
        "\t",
        "di Aula",
        "Baca juga:",
        "tidak ada",
        "Asmar Wijaya",
        "kata",
        "Nomor 1/2/3/4/5/6/7/8/9",
        "Keputusan Bersama",
        "dan Nomor 2",
        "\u{0}",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn extraction_is_deterministic(seed in 0u64..1_000_000, index in 0usize..1000) {
        let a = generated(seed, index);
        let once = process(&a, config()).unwrap().quads;
        let twice = process(&a, config()).unwrap().quads;
        prop_assert_eq!(&once, &twice);
        // In a parallel batch, with other articles around it: the same quads.
        let batch = vec![Ok(generated(seed, index + 1)), Ok(a.clone()), Ok(generated(seed + 1, index))];
        let in_batch = process_batch(batch, config()).into_iter().nth(1).unwrap().unwrap().quads;
        prop_assert_eq!(&once, &in_batch);
        prop_assert!(once.len() > 40, "generated articles carry facts");
    }

    #[test]
    fn hostile_text_never_panics_and_yields_valid_nquads(text in hostile_text()) {
        let a = article("hostile id/with spaces?&#".into(), text);
        match process(&a, config()) {
            Ok(p) => {
                let doc = nquads(&p.quads);
                let parsed: Result<Vec<_>, _> = oxigraph::io::RdfParser::from_format(RdfFormat::NQuads).for_slice(doc.as_bytes()).collect();
                prop_assert!(parsed.is_ok(), "invalid N-Quads: {:?}", parsed.err());
                prop_assert_eq!(parsed.unwrap().len(), p.quads.len());
            }
            Err(e) => prop_assert!(false, "extraction failed: {}", e),
        }
    }
}

#[test]
fn loading_twice_is_idempotent_and_exports_round_trip() {
    let articles: Vec<Article> = (0..20).map(|i| generated(42, i)).collect();
    let store = GraphStore::memory().unwrap();
    let load = || {
        let graphs: Vec<_> = articles
            .iter()
            .map(|a| {
                let p = process(a, config()).unwrap();
                (p.graph, p.quads)
            })
            .collect();
        store.replace_graphs(&graphs).unwrap();
    };
    load();
    let first: BTreeSet<String> = store
        .inner()
        .iter()
        .map(|q| q.unwrap().to_string())
        .collect();
    load();
    let second: BTreeSet<String> = store
        .inner()
        .iter()
        .map(|q| q.unwrap().to_string())
        .collect();
    assert_eq!(
        first, second,
        "re-loading the same articles changes nothing"
    );
    for format in [RdfFormat::NQuads, RdfFormat::TriG] {
        let mut out = Vec::new();
        store.dump(format, None, &mut out).unwrap();
        let fresh = GraphStore::memory().unwrap();
        fresh
            .inner()
            .load_from_slice(format, out.as_slice())
            .unwrap();
        let back: BTreeSet<String> = fresh
            .inner()
            .iter()
            .map(|q| q.unwrap().to_string())
            .collect();
        assert_eq!(
            first, back,
            "{format:?} export re-imports to the same quads"
        );
    }
}

#[test]
fn a_graph_never_repeats_a_statement() {
    for i in 0..10 {
        let quads = process(&generated(9, i), config()).unwrap().quads;
        let distinct: BTreeSet<String> = quads.iter().map(|q| q.to_string()).collect();
        assert_eq!(distinct.len(), quads.len());
    }
}
