//! Properties over generated and arbitrary input: extraction is deterministic and never
//! panics, its output is valid N-Quads, loading is idempotent, and exports round-trip.

use asnkg::article::{Article, SuppliedMeta};
use asnkg::ingest::{IngestOptions, expand_inputs, read_inputs};
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

/// Cases per fuzz target: 64 in CI; `PROPTEST_CASES=20000 cargo test --release --test
/// properties` for a long run (see README, "Fuzzing").
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// Runs one article through every stage and checks the quads are valid N-Quads.
fn check_pipeline(text: String) -> Result<(), TestCaseError> {
    let a = article("hostile id/with spaces?&#".into(), text);
    match process(&a, config()) {
        Ok(p) => {
            // asnkg's own N-Quads writer (what `extract` prints) and oxrdf's, for the same
            // quads: both parse, to the same quads, byte for byte the same text.
            let mut own = Vec::new();
            p.quads.write_nquads(&mut own);
            let quads = p.quads.to_quads();
            let doc = nquads(&quads);
            prop_assert_eq!(String::from_utf8_lossy(&own), doc.as_str());
            let parsed: Result<Vec<_>, _> = oxigraph::io::RdfParser::from_format(RdfFormat::NQuads)
                .for_slice(&own)
                .collect();
            prop_assert!(parsed.is_ok(), "invalid N-Quads: {:?}", parsed.err());
            prop_assert_eq!(parsed.unwrap(), quads);
            Ok(())
        }
        Err(e) => Err(TestCaseError::fail(format!("extraction failed: {e}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn extraction_is_deterministic(seed in 0u64..1_000_000, index in 0usize..1000) {
        let a = generated(seed, index);
        let once = process(&a, config()).unwrap().quads.to_quads();
        let twice = process(&a, config()).unwrap().quads.to_quads();
        prop_assert_eq!(&once, &twice);
        // In a parallel batch, with other articles around it: the same quads.
        let batch = vec![Ok(generated(seed, index + 1)), Ok(a.clone()), Ok(generated(seed + 1, index))];
        let in_batch = process_batch(batch, config()).into_iter().nth(1).unwrap().unwrap().quads.to_quads();
        prop_assert_eq!(&once, &in_batch);
        prop_assert!(once.len() > 40, "generated articles carry facts");
    }

    #[test]
    fn hostile_text_never_panics_and_yields_valid_nquads(text in hostile_text()) {
        check_pipeline(text)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check_pipeline(text)?;
    }

    #[test]
    fn article_shaped_text_with_noise_never_panics(
        seed in 0u64..1_000_000,
        cut in 0usize..4000,
        noise in hostile_text(),
    ) {
        // A real-looking article with hostile pieces spliced in at a char boundary.
        let mut text = generated(seed, 0).text;
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.insert_str(at, &noise);
        check_pipeline(text)?;
    }

    #[test]
    fn readers_never_panic_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        ext in prop::sample::select(vec!["txt", "html", "jsonl", "md"]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("input.{ext}"));
        std::fs::write(&path, &bytes).unwrap();
        let (inputs, errors) = expand_inputs(&[path]);
        prop_assert!(errors.is_empty());
        for item in read_inputs(inputs, IngestOptions::default()) {
            match item {
                // Whatever was read goes through the pipeline too.
                Ok(a) => prop_assert!(process(&a, config()).is_ok()),
                // A refusal names the file.
                Err(e) => prop_assert!(e.to_string().contains("input."), "{}", e),
            }
        }
    }
}

fn quad_set(store: &GraphStore) -> BTreeSet<String> {
    store
        .inner()
        .iter()
        .map(|q| q.unwrap().to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases().min(24)))]

    /// Loading is idempotent, and every export format re-imports to exactly what was
    /// exported: all quads (N-Quads, TriG), or the union's triples (Turtle, N-Triples,
    /// RDF/XML), names and quotes with hostile characters included.
    #[test]
    fn loading_twice_is_idempotent_and_every_export_round_trips(
        seed in 0u64..1_000_000,
        noise in hostile_text(),
    ) {
        let mut articles: Vec<Article> = (0..4).map(|i| generated(seed, i)).collect();
        articles.push(article("noise".into(), format!(
            "Kepala BKPSDM, Andi \"Kecil\" Pratama, menegaskan: \"{noise}\", ujarnya.\n\n{noise}"
        )));
        let store = GraphStore::memory().unwrap();
        let load = || {
            let graphs: Vec<_> = articles
                .iter()
                .map(|a| process(a, config()).unwrap().quads)
                .collect();
            store.replace_graphs(&graphs).unwrap();
        };
        load();
        let first = quad_set(&store);
        load();
        prop_assert_eq!(&first, &quad_set(&store), "re-loading the same articles changes nothing");
        let triples: BTreeSet<String> = store
            .inner()
            .iter()
            .map(|q| oxigraph::model::Triple::from(q.unwrap()).to_string())
            .collect();
        for format in [
            RdfFormat::NQuads,
            RdfFormat::TriG,
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            RdfFormat::RdfXml,
        ] {
            let mut out = Vec::new();
            store.dump(format, None, &mut out).unwrap();
            let fresh = GraphStore::memory().unwrap();
            let loaded = fresh.inner().load_from_slice(format, out.as_slice());
            prop_assert!(loaded.is_ok(), "{:?} export does not re-import: {:?}", format, loaded.err());
            if format.supports_datasets() {
                prop_assert_eq!(&first, &quad_set(&fresh), "{:?} export re-imports to the same quads", format);
            } else {
                let got: BTreeSet<String> = fresh
                    .inner()
                    .iter()
                    .map(|q| oxigraph::model::Triple::from(q.unwrap()).to_string())
                    .collect();
                prop_assert_eq!(&triples, &got, "{:?} export re-imports to the same triples", format);
            }
        }
    }
}

#[test]
fn a_graph_never_repeats_a_statement() {
    for i in 0..10 {
        let quads = process(&generated(9, i), config())
            .unwrap()
            .quads
            .to_quads();
        let distinct: BTreeSet<String> = quads.iter().map(|q| q.to_string()).collect();
        assert_eq!(distinct.len(), quads.len());
    }
}
