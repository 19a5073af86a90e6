//! The `asnkg` binary run on real files, as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn asnkg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(args)
        .output()
        .expect("the asnkg binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles")
}

/// Builds the examples into `dir/stores/examples` (a parent that does not exist yet, as
/// users often type).
fn built_examples(dir: &Path) -> String {
    let store = dir.join("stores").join("examples");
    let s = store.to_str().unwrap().to_string();
    let o = asnkg(&[
        "build",
        examples().to_str().unwrap(),
        "--store",
        &s,
        "--quiet",
    ]);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    assert!(stderr(&o).contains("built 10 articles"), "{}", stderr(&o));
    s
}

#[test]
fn build_then_query_answers_who_holds_which_post() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let q = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports/holdings.rq");
    let o = asnkg(&[
        "query",
        "--store",
        &store,
        "--file",
        q.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("person,post,article"), "{out}");
    assert!(
        out.contains("Sudarto Wibisono,Penjabat Bupati Lahat,01_pelantikan-pemkab-lahat"),
        "{out}"
    );
    // A query from the command line, with the contract's prefixes predeclared.
    let o = asnkg(&[
        "query",
        "--store",
        &store,
        "--format",
        "tsv",
        "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name",
    ]);
    let out = stdout(&o);
    assert!(out.lines().any(|l| l == "\"Ratna Kusumawati\""), "{out}");
    // JSON results parse as JSON.
    let o = asnkg(&[
        "query",
        "--store",
        &store,
        "--format",
        "json",
        "ASK { ?e a asn:Inauguration }",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("SPARQL JSON");
    assert_eq!(v["boolean"], serde_json::Value::Bool(true));
}

#[test]
fn every_example_query_runs() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let mut n = 0;
    for sub in ["examples/queries", "examples/reports"] {
        let queries = Path::new(env!("CARGO_MANIFEST_DIR")).join(sub);
        for entry in std::fs::read_dir(queries).unwrap() {
            let path = entry.unwrap().path();
            let o = asnkg(&[
                "query",
                "--store",
                &store,
                "--file",
                path.to_str().unwrap(),
                "--format",
                "csv",
            ]);
            assert!(o.status.success(), "{}: {}", path.display(), stderr(&o));
            assert!(
                stdout(&o).lines().count() > 1,
                "{} returned no rows",
                path.display()
            );
            n += 1;
        }
    }
    assert!(n >= 12);
}

#[test]
fn syntax_errors_name_the_position_and_fail() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let o = asnkg(&["query", "--store", &store, "SELECT ?x WHERE { ?x a }"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("SPARQL syntax error") && err.contains("1:"),
        "{err}"
    );
}

#[test]
fn turtle_and_ntriples_exports_reparse_with_rio() {
    use rio_api::parser::{QuadsParser, TriplesParser};
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let ttl = asnkg(&["export", "--store", &store, "--format", "turtle"]);
    assert!(ttl.status.success());
    let mut triples = 0;
    rio_turtle::TurtleParser::new(ttl.stdout.as_slice(), None)
        .parse_all(&mut |_| -> Result<(), rio_turtle::TurtleError> {
            triples += 1;
            Ok(())
        })
        .expect("Turtle export parses");
    let nt = asnkg(&["export", "--store", &store, "--format", "ntriples"]);
    let mut nt_triples = 0;
    rio_turtle::NTriplesParser::new(nt.stdout.as_slice())
        .parse_all(&mut |_| -> Result<(), rio_turtle::TurtleError> {
            nt_triples += 1;
            Ok(())
        })
        .expect("N-Triples export parses");
    assert!(triples > 1000);
    assert_eq!(
        triples, nt_triples,
        "Turtle and N-Triples hold the same merged graph"
    );
    let nq = asnkg(&["export", "--store", &store, "--format", "nquads"]);
    let mut quads = 0;
    rio_turtle::NQuadsParser::new(nq.stdout.as_slice())
        .parse_all(&mut |_| -> Result<(), rio_turtle::TurtleError> {
            quads += 1;
            Ok(())
        })
        .expect("N-Quads export parses");
    let trig = asnkg(&["export", "--store", &store, "--format", "trig"]);
    let mut trig_quads = 0;
    rio_turtle::TriGParser::new(trig.stdout.as_slice(), None)
        .parse_all(&mut |_| -> Result<(), rio_turtle::TurtleError> {
            trig_quads += 1;
            Ok(())
        })
        .expect("TriG export parses");
    assert_eq!(quads, trig_quads);
    assert!(
        quads > triples,
        "the same triple sits in several article graphs"
    );
}

#[test]
fn jsonld_export_expands_to_the_same_quads_in_rdflib() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let jsonld = dir.path().join("graph.jsonld");
    let nq = dir.path().join("graph.nq");
    for (format, path) in [("jsonld", &jsonld), ("nquads", &nq)] {
        let o = asnkg(&[
            "export",
            "--store",
            &store,
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&jsonld).unwrap()).unwrap();
    // The published context, inline; short terms in the nodes.
    let published: serde_json::Value = serde_json::from_str(asnkg::jsonld::CONTEXT).unwrap();
    assert_eq!(doc["@context"], published["@context"]);
    assert!(
        std::fs::read_to_string(&jsonld)
            .unwrap()
            .contains("\"holds\"")
    );
    // An independent JSON-LD processor (rdflib, installed by .ci/run) reads the same
    // quads as the N-Quads export (blank nodes of the ontology compared by count).
    let script = r#"
import sys, rdflib
def load(path, fmt):
    d = rdflib.Dataset(); d.parse(path, format=fmt)
    named, blank = set(), 0
    for s, p, o, g in d.quads((None, None, None, None)):
        if isinstance(s, rdflib.BNode) or isinstance(o, rdflib.BNode):
            blank += 1
        else:
            named.add((s, p, o, getattr(g, "identifier", g)))
    return named, blank
a = load(sys.argv[1], "json-ld"); b = load(sys.argv[2], "nquads")
print(len(a[0]), a[1], len(b[0]), b[1], len(a[0] ^ b[0]))
"#;
    let o = Command::new("python3")
        .args(["-c", script, jsonld.to_str().unwrap(), nq.to_str().unwrap()])
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "rdflib: {}", stderr(&o));
    let counts: Vec<usize> = stdout(&o)
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(counts[0] > 1000, "{counts:?}");
    assert_eq!(
        counts[0], counts[2],
        "same quads without blank nodes: {counts:?}"
    );
    assert_eq!(
        counts[1], counts[3],
        "same number with blank nodes: {counts:?}"
    );
    assert_eq!(counts[4], 0, "no quad only on one side: {counts:?}");
}

#[test]
fn validate_finds_planted_errors_exactly_as_pyshacl_does() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let o = asnkg(&["validate", "--store", &store]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "extracted graphs conform: {}",
        stdout(&o)
    );
    // Plant one error per kind of constraint into an export.
    let nq = dir.path().join("planted.nq");
    let o = asnkg(&[
        "export",
        "--store",
        &store,
        "--format",
        "nquads",
        "-o",
        nq.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let g = "<https://w3id.org/asnkg/id/article/01_pelantikan-pemkab-lahat>";
    let id = "https://w3id.org/asnkg/id";
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    let planted = [
        format!(
            "<{id}/person/tanpa-nama> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> {g} ."
        ),
        format!(
            "<{id}/region/kabupaten-lahat> <https://w3id.org/asnkg/ontology#regionKind> \"Desa\" {g} ."
        ),
        format!(
            "<{id}/article/01_pelantikan-pemkab-lahat/event/1> <https://w3id.org/asnkg/ontology#participantCount> \"0\"^^<{xsd}integer> {g} ."
        ),
        format!(
            "<{id}/article/01_pelantikan-pemkab-lahat/event/1> <https://schema.org/startDate> \"kemarin\" {g} ."
        ),
        format!(
            "<{id}/article/01_pelantikan-pemkab-lahat/sentence/62-165> <https://w3id.org/asnkg/ontology#endOffset> \"10\"^^<{xsd}integer> {g} ."
        ),
        format!(
            "<{id}/article/01_pelantikan-pemkab-lahat> <https://schema.org/author> \"Budi\" {g} ."
        ),
        format!(
            "<{id}/law/100-2-2-6-6214-otda> <http://data.europa.eu/eli/ontology#type_document> <https://w3id.org/asnkg/ontology#Tweet> {g} ."
        ),
        format!("<{id}/org/bkn> <https://schema.org/name> \"BKN\"@id {g} ."),
    ];
    let mut text = std::fs::read_to_string(&nq).unwrap();
    for line in &planted {
        text.push_str(line);
        text.push('\n');
    }
    std::fs::write(&nq, text).unwrap();
    let o = asnkg(&["validate", nq.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let ours: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut ours: Vec<String> = ours
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let component = v["component"].as_str().unwrap().trim_start_matches("sh:");
            format!(
                "{} {} {component}",
                v["focus"].as_str().unwrap(),
                v["path"].as_str().unwrap()
            )
        })
        .collect();
    ours.sort();
    assert!(ours.len() >= planted.len(), "{ours:#?}");
    // pySHACL (installed by .ci/run), on the same file and shapes.
    let script = r##"
import sys, rdflib, pyshacl
ds = rdflib.Dataset(); ds.parse(sys.argv[1], format="nquads")
shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
conforms, results, _ = pyshacl.validate(ds, shacl_graph=shapes, inference="none")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
    c = str(results.value(r, SH.sourceConstraintComponent)).split("#")[1]
    print(results.value(r, SH.focusNode).n3(), results.value(r, SH.resultPath).n3(), c)
"##;
    let shapes = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/shapes.ttl");
    let o = Command::new("python3")
        .args(["-c", script, nq.to_str().unwrap(), shapes.to_str().unwrap()])
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "pyshacl: {}", stderr(&o));
    let mut theirs: Vec<String> = stdout(&o).lines().map(String::from).collect();
    theirs.sort();
    assert_eq!(ours, theirs, "asnkg and pySHACL report the same violations");
    // The text report names the article.
    let o = asnkg(&["validate", nq.to_str().unwrap()]);
    assert!(
        stdout(&o)
            .lines()
            .all(|l| l.starts_with("01_pelantikan-pemkab-lahat\t")),
        "{}",
        stdout(&o)
    );
}

#[test]
fn export_of_one_graph_and_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let graph = "https://w3id.org/asnkg/id/article/01_pelantikan-pemkab-lahat";
    let out = dir.path().join("one.nq");
    let o = asnkg(&[
        "export",
        "--store",
        &store,
        "--format",
        "nquads",
        "--graph",
        graph,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.is_empty());
    assert!(
        text.lines().all(|l| l.ends_with(&format!("<{graph}> ."))),
        "only that graph"
    );
    let o = asnkg(&[
        "export",
        "--store",
        &store,
        "--graph",
        "https://example.org/none",
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("no graph"), "{}", stderr(&o));
}

#[test]
fn dot_output_renders_with_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let all = asnkg(&["dot", "--store", &store]);
    assert!(all.status.success(), "{}", stderr(&all));
    let focus = asnkg(&[
        "dot",
        "--store",
        &store,
        "--focus",
        "Ratna Kusumawati",
        "--depth",
        "1",
    ]);
    assert!(focus.status.success(), "{}", stderr(&focus));
    let text = stdout(&focus);
    assert!(
        text.starts_with("digraph asnkg {")
            && text.contains("Ratna Kusumawati")
            && text.contains("cluster_legend")
    );
    assert!(
        text.lines().count() < stdout(&all).lines().count(),
        "focus draws fewer nodes"
    );
    let missing = asnkg(&["dot", "--store", &store, "--focus", "Nobody Here"]);
    assert!(!missing.status.success());
    // Hostile --focus text is a name to look for, nothing more.
    let hostile = asnkg(&[
        "dot",
        "--store",
        &store,
        "--focus",
        "x\" } ; DROP ALL ; { \\ <y>",
    ]);
    assert_eq!(hostile.status.code(), Some(1));
    assert!(
        stderr(&hostile).contains("nothing in the graph is named"),
        "{}",
        stderr(&hostile)
    );
    // Rendered by Graphviz (installed by .ci/run and scripts/quickstart.sh).
    let svg = dir.path().join("ratna.svg");
    let o = asnkg(&[
        "dot",
        "--store",
        &store,
        "--focus",
        "Ratna Kusumawati",
        "--svg",
        "-o",
        svg.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Ratna Kusumawati"));
    let o = asnkg(&["dot", "--store", &store, "--png"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"\x89PNG"), "a PNG image");
}

#[test]
fn stats_and_explain_report_facts_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let o = asnkg(&["stats", "--store", &store]);
    let out = stdout(&o);
    assert!(
        out.contains("10 articles")
            && out.contains("schema:Person")
            && out.contains("01_pelantikan-pemkab-lahat"),
        "{out}"
    );
    // --articles N lists the first N articles by id, and counts the rest.
    let o = asnkg(&["stats", "--store", &store, "--articles", "2"]);
    let out = stdout(&o);
    assert!(
        out.contains("10 articles")
            && out.contains("01_pelantikan-pemkab-lahat")
            && !out.contains("04_rakor-netralitas-asn-sumsel")
            && out.contains("... and 8 more"),
        "{out}"
    );
    let o = asnkg(&["explain", "Sudarto Wibisono", "--store", &store]);
    let out = stdout(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.contains("holds Penjabat Bupati Lahat"), "{out}");
    assert!(
        out.contains("in article 04_rakor-netralitas-asn-sumsel"),
        "joins articles: {out}"
    );
    assert!(
        out.contains("← “") && out.contains("[chars "),
        "evidence with offsets: {out}"
    );
    // Hostile input is data, not query syntax.
    let o = asnkg(&["explain", "x\" } DROP ALL { \"", "--store", &store]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("nothing in the graph is named"));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(
        examples().join("01_pelantikan-pemkab-lahat.txt"),
        input.join("good.txt"),
    )
    .unwrap();
    std::fs::write(input.join("binary.txt"), b"\x7fELF\x00\x00\x01binary").unwrap();
    std::fs::write(input.join("latin1.txt"), b"Pelantikan di Caf\xe9 Kendal").unwrap();
    std::fs::write(input.join("koi8.txt"), b"\x81\x82\x83 bukan teks").unwrap();
    std::fs::write(input.join("empty.txt"), b"  \n").unwrap();
    std::fs::write(input.join("huge.txt"), "Pelantikan pejabat. ".repeat(400)).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(input.join("missing.txt"), input.join("dangling.txt")).unwrap();
        std::fs::create_dir(input.join("sub")).unwrap();
        std::os::unix::fs::symlink(&input, input.join("sub").join("loop")).unwrap();
    }
    std::fs::write(
        input.join("feed.jsonl"),
        b"{\"id\":\"j1\",\"text\":\"Bupati Kendal melantik 5 pejabat.\"}\n{broken\n",
    )
    .unwrap();
    let store = dir.path().join("store");
    let o = asnkg(&[
        "build",
        input.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
        "--max-article-bytes",
        "6000",
        "--quiet",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "partial success exit code: {err}");
    assert!(
        err.contains("koi8.txt: neither UTF-8 nor Windows-1252"),
        "{err}"
    );
    assert!(
        err.contains("huge.txt: file is 8000 bytes, over the --max-article-bytes"),
        "{err}"
    );
    #[cfg(unix)]
    {
        assert!(err.contains("dangling.txt: broken symbolic link"), "{err}");
        assert!(err.contains("symbolic link loop"), "{err}");
    }
    // One line per problem.
    assert_eq!(
        err.lines().filter(|l| l.starts_with("asnkg: ")).count(),
        9,
        "{err}"
    );
    assert!(err.contains("binary.txt: binary file"), "{err}");
    assert!(
        err.contains("latin1.txt: not UTF-8; read as Windows-1252"),
        "{err}"
    );
    assert!(err.contains("empty.txt: empty article"), "{err}");
    assert!(err.contains("feed.jsonl:2: malformed JSON line"), "{err}");
    assert!(err.contains("built 3 articles"), "{err}");
    let o = asnkg(&[
        "query",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "csv",
        "SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id",
    ]);
    assert_eq!(stdout(&o).replace("\r\n", "\n"), "id\ngood\nj1\nlatin1\n");
}

#[test]
fn a_second_process_gets_a_clear_store_in_use_error() {
    let dir = tempfile::tempdir().unwrap();
    let store = built_examples(dir.path());
    let store_path = PathBuf::from(&store);
    let held = asnkg::store::GraphStore::open(&store_path).expect("this test holds the store");
    let o = asnkg(&["query", "--store", &store, "ASK { ?s ?p ?o }"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is in use by another asnkg process"),
        "{}",
        stderr(&o)
    );
    drop(held);
    let o = asnkg(&[
        "query",
        "--store",
        &store,
        "--format",
        "csv",
        "ASK { ?s ?p ?o }",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn rebuilding_an_article_replaces_its_graph_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for f in [
        "01_pelantikan-pemkab-lahat.txt",
        "02_rotasi-pemkot-kediri.txt",
    ] {
        std::fs::copy(examples().join(f), input.join(f)).unwrap();
    }
    let store = dir.path().join("store");
    let s = store.to_str().unwrap();
    let build = || asnkg(&["build", input.to_str().unwrap(), "--store", s, "--quiet"]);
    assert!(build().status.success());
    let dump = || stdout(&asnkg(&["export", "--store", s, "--format", "nquads"]));
    let first = dump();
    assert!(build().status.success());
    assert_eq!(
        first,
        dump(),
        "building the same input twice gives the same quads"
    );
    // Change one article: the other's graph stays byte for byte.
    let text = std::fs::read_to_string(input.join("01_pelantikan-pemkab-lahat.txt")).unwrap();
    std::fs::write(
        input.join("01_pelantikan-pemkab-lahat.txt"),
        text.replace("Sudarto Wibisono", "Hendra Saputra")
            .replace("Sudarto", "Hendra"),
    )
    .unwrap();
    assert!(build().status.success());
    let second = dump();
    let graph = |dump: &str, id: &str| -> Vec<String> {
        let mut v: Vec<String> = dump
            .lines()
            .filter(|l| l.ends_with(&format!("/article/{id}> .")))
            .map(String::from)
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        graph(&first, "02_rotasi-pemkot-kediri"),
        graph(&second, "02_rotasi-pemkot-kediri")
    );
    let changed = graph(&second, "01_pelantikan-pemkab-lahat").join("\n");
    assert!(
        changed.contains("Hendra Saputra") && !changed.contains("Sudarto"),
        "old facts are gone"
    );
}

#[test]
fn shards_extracted_apart_concatenate_to_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (i, p) in names.iter().enumerate() {
        let target = if i < 4 { &a } else { &b };
        std::fs::copy(p, target.join(p.file_name().unwrap())).unwrap();
    }
    let whole = asnkg(&["extract", examples().to_str().unwrap()]);
    let part_a = asnkg(&["extract", a.to_str().unwrap()]);
    let part_b = asnkg(&["extract", b.to_str().unwrap()]);
    assert!(whole.status.success() && part_a.status.success() && part_b.status.success());
    let mut joined = part_a.stdout.clone();
    joined.extend_from_slice(&part_b.stdout);
    assert_eq!(String::from_utf8(joined).unwrap(), stdout(&whole));
}

#[test]
fn stdin_and_memory_builds_work() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(["build", "-", "--memory"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            std::fs::read(examples().join("03_pengukuhan-dan-sosialisasi-kendal.txt"))
                .unwrap()
                .as_slice(),
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("built 1 article") && stderr(&o).contains("into memory"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in [
        "build", "query", "export", "dot", "stats", "extract", "explain",
    ] {
        let o = asnkg(&[cmd, "--help"]);
        assert!(o.status.success());
        let out = stdout(&o);
        assert!(
            out.contains("Example") && out.contains("asnkg "),
            "{cmd} --help lacks an example:\n{out}"
        );
    }
}

/// The store's quads as N-Quads lines, sorted.
fn sorted_nquads(store: &str) -> Vec<String> {
    let mut lines: Vec<String> =
        stdout(&asnkg(&["export", "--store", store, "--format", "nquads"]))
            .lines()
            .map(String::from)
            .collect();
    lines.sort();
    lines
}

#[test]
fn the_loader_memory_changes_speed_not_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let sorted_export = |memory: &str| {
        let store = dir.path().join(format!("store-{memory}"));
        let s = store.to_str().unwrap();
        let o = asnkg(&[
            "build",
            examples().to_str().unwrap(),
            "--store",
            s,
            "--quiet",
            "--loader-memory",
            memory,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        sorted_nquads(s)
    };
    let small = sorted_export("16");
    assert!(small.len() > 1000, "{} quads", small.len());
    assert_eq!(small, sorted_export("1600"));
    let o = asnkg(&[
        "build",
        examples().to_str().unwrap(),
        "--memory",
        "--loader-memory",
        "4",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--loader-memory"), "{}", stderr(&o));
}

#[test]
fn optimize_compacts_without_changing_the_graph_and_needs_an_existing_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let s = store.to_str().unwrap();
    // A load above the smallest budget suggests optimize; the default small one does not.
    let o = asnkg(&[
        "build",
        examples().to_str().unwrap(),
        "--store",
        s,
        "--loader-memory",
        "400",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("asnkg optimize --store"),
        "{}",
        stderr(&o)
    );
    let before = sorted_nquads(s);
    assert!(before.len() > 1000, "{} quads", before.len());
    let o = asnkg(&["optimize", "--store", s]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("optimized store"), "{}", stderr(&o));
    assert_eq!(before, sorted_nquads(s));
    // No store there: an error naming the directory, and nothing created.
    let missing = dir.path().join("nothing-here");
    let o = asnkg(&["optimize", "--store", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing-here"), "{}", stderr(&o));
    assert!(!missing.exists());
    let small = dir.path().join("small");
    let o = asnkg(&[
        "build",
        examples().to_str().unwrap(),
        "--store",
        small.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("optimize"), "{}", stderr(&o));
}
