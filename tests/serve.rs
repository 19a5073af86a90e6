//! `asnkg serve` used by real clients: curl, rdflib's SPARQLStore, and headless Chromium
//! (all installed by .ci/run). Screenshots go to target/tmp/ as test artifacts.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let o = Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(["build", examples.to_str().unwrap(), "--store"])
        .arg(&store)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut child = Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(&store)
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    stderr.read_line(&mut first).unwrap();
    // Keep draining the request log so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in stderr.lines() {});
    let base = first
        .split_whitespace()
        .find(|w| w.starts_with("http://") && w.ends_with('/'))
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .trim_end_matches('/')
        .to_string();
    Server {
        child,
        base,
        _dir: dir,
    }
}

fn curl(args: &[&str]) -> Output {
    Command::new("curl")
        .args(["-s", "-S", "--max-time", "30"])
        .args(args)
        .output()
        .expect("curl runs")
}

fn body(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `curl -w` status code and content type appended after the body.
fn status_and_type(args: &[&str]) -> (String, String, String) {
    let mut all = args.to_vec();
    all.extend(["-w", "\n%{http_code} %{content_type}"]);
    let out = body(&curl(&all));
    let (b, tail) = out.rsplit_once('\n').unwrap();
    let (code, ctype) = tail.split_once(' ').unwrap_or((tail, ""));
    (b.to_string(), code.to_string(), ctype.to_string())
}

#[test]
fn sparql_protocol_and_graph_store_with_curl() {
    let s = start(&[]);
    let q = format!("{}/query", s.base);
    let select = "query=SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n";
    // Results negotiated by Accept: CSV, TSV, JSON, XML.
    let (csv, code, ctype) =
        status_and_type(&["-H", "Accept: text/csv", "--data-urlencode", select, &q]);
    assert_eq!(code, "200");
    assert!(ctype.starts_with("text/csv"), "{ctype}");
    assert!(
        csv.starts_with("n\r\n") && csv.contains("Ratna Kusumawati"),
        "{csv}"
    );
    let (tsv, _, ctype) = status_and_type(&[
        "-H",
        "Accept: text/tab-separated-values",
        "--data-urlencode",
        select,
        &q,
    ]);
    assert!(
        ctype.starts_with("text/tab-separated-values") && tsv.starts_with("?n"),
        "{tsv}"
    );
    let (json, _, ctype) = status_and_type(&["--data-urlencode", select, &q]);
    assert_eq!(ctype, "application/sparql-results+json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["results"]["bindings"].as_array().unwrap().len() > 20);
    let (xml, _, ctype) = status_and_type(&[
        "-H",
        "Accept: application/sparql-results+xml",
        "--data-urlencode",
        select,
        &q,
    ]);
    assert_eq!(ctype, "application/sparql-results+xml");
    assert!(xml.contains("<sparql") && xml.contains("Ratna Kusumawati"));
    // GET with the query in the URL, and POST application/sparql-query.
    let (ask, code, _) = status_and_type(&["-G", "--data-urlencode", "query=ASK { ?s ?p ?o }", &q]);
    assert_eq!(
        (code.as_str(), ask.contains("true")),
        ("200", true),
        "{ask}"
    );
    let (ask, code, _) = status_and_type(&[
        "-H",
        "Content-Type: application/sparql-query",
        "--data-binary",
        "ASK { ?e a asn:Inauguration }",
        &q,
    ]);
    assert_eq!(
        (code.as_str(), ask.contains("true")),
        ("200", true),
        "{ask}"
    );
    // CONSTRUCT: graphs negotiated (Turtle by default, N-Triples on request).
    let construct =
        "query=CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }";
    let (ttl, _, ctype) = status_and_type(&["--data-urlencode", construct, &q]);
    assert!(
        ctype.starts_with("text/turtle") && ttl.contains("schema:name"),
        "{ctype}"
    );
    let (nt, _, ctype) = status_and_type(&[
        "-H",
        "Accept: application/n-triples",
        "--data-urlencode",
        construct,
        &q,
    ]);
    assert_eq!(ctype, "application/n-triples");
    assert!(nt.lines().all(|l| l.ends_with(" .")));
    // Errors: syntax 400, unacceptable 406, updates 403.
    let (msg, code, _) = status_and_type(&["--data-urlencode", "query=SELECT WHERE {", &q]);
    assert_eq!(code, "400", "{msg}");
    assert!(msg.contains("syntax"), "{msg}");
    let (_, code, _) =
        status_and_type(&["-H", "Accept: image/png", "--data-urlencode", select, &q]);
    assert_eq!(code, "406");
    let (_, code, _) = status_and_type(&["--data-urlencode", "update=DROP ALL", &q]);
    assert_eq!(code, "403");
    // Graph Store Protocol, read side.
    let store = format!("{}/store", s.base);
    let graph = "https://w3id.org/asnkg/id/article/01_pelantikan-pemkab-lahat";
    let (ttl, code, ctype) =
        status_and_type(&["-G", "--data-urlencode", &format!("graph={graph}"), &store]);
    assert_eq!(code, "200");
    assert!(ctype.starts_with("text/turtle") && ttl.contains("Sudarto Wibisono"));
    let (_, code, _) = status_and_type(&[
        "-G",
        "--data-urlencode",
        "graph=https://example.org/none",
        &store,
    ]);
    assert_eq!(code, "404");
    let (nq, code, ctype) = status_and_type(&["-H", "Accept: application/n-quads", &store]);
    assert_eq!(
        (code.as_str(), ctype.as_str()),
        ("200", "application/n-quads")
    );
    assert!(nq.lines().count() > 2000, "the whole dataset");
    let (default, code, _) = status_and_type(&[&format!("{store}?default")]);
    assert_eq!(code, "200");
    assert!(default.contains("Ratna Kusumawati"));
    let (_, code, _) = status_and_type(&["-X", "PUT", "--data-binary", "<a> <b> <c> .", &store]);
    assert_eq!(code, "403", "read-only");
    // The published JSON-LD context.
    let (ctx, code, _) = status_and_type(&[&format!("{}/context.jsonld", s.base)]);
    assert_eq!(code, "200");
    assert!(ctx.contains("\"holds\""));
}

#[test]
fn queries_past_the_timeout_are_cancelled() {
    let s = start(&["--timeout", "0.2", "--threads", "2"]);
    let q = format!("{}/query", s.base);
    let (msg, code, _) = status_and_type(&[
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        &q,
    ]);
    assert_eq!(code, "503", "{msg}");
    assert!(msg.contains("timeout"), "{msg}");
    // The server still answers afterwards.
    let (ask, code, _) = status_and_type(&["--data-urlencode", "query=ASK { ?s ?p ?o }", &q]);
    assert_eq!((code.as_str(), ask.contains("true")), ("200", true));
}

#[test]
fn rdflib_sparqlstore_queries_the_endpoint() {
    let s = start(&[]);
    let script = r#"
import sys, rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
g = rdflib.Graph(store=SPARQLStore(query_endpoint=sys.argv[1] + "/query"))
rows = list(g.query("PREFIX schema: <https://schema.org/> SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"))
print(len(rows))
print("|".join(str(r[0]) for r in rows))
print(list(g.query("ASK { ?s ?p ?o }"))[0])
"#;
    let o = Command::new("python3")
        .args(["-c", script, &s.base])
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = body(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].parse::<usize>().unwrap() > 20, "{out}");
    assert!(lines[1].contains("Ratna Kusumawati"), "{out}");
    assert_eq!(lines[2], "True");
}

/// Headless Chromium loads the explorer, runs an example query with the page's own
/// JavaScript, and renders an entity page; the DOM is checked and screenshots kept.
#[test]
fn the_explorer_works_in_headless_chromium() {
    let s = start(&[]);
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect("chromium is installed (.ci/run installs it)");
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&artifacts).unwrap();
    let browse = |url: &str, extra: &[&str]| -> Output {
        Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--virtual-time-budget=10000",
                "--window-size=1280,1400",
            ])
            .args(extra)
            .arg(url)
            .output()
            .unwrap()
    };
    let explorer = format!("{}/?example=holdings", s.base);
    let dom = body(&browse(&explorer, &["--dump-dom"]));
    assert!(
        dom.contains("id=\"result-table\""),
        "the query ran in the page: {dom}"
    );
    assert!(dom.contains("Sudarto Wibisono") && dom.contains("Penjabat Bupati Lahat"));
    let entity = format!("{}/entity?name=Ratna%20Kusumawati", s.base);
    let dom = body(&browse(&entity, &["--dump-dom"]));
    assert!(dom.contains("Posts over time") && dom.contains("Sekretaris Daerah Kendal"));
    assert!(
        dom.contains("[chars "),
        "facts carry their evidence offsets"
    );
    for (name, url) in [("explorer.png", &explorer), ("entity.png", &entity)] {
        let shot = artifacts.join(name);
        let _ = std::fs::remove_file(&shot);
        let o = browse(url, &[&format!("--screenshot={}", shot.display())]);
        let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
        assert!(
            size > 10_000,
            "screenshot {name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // The neighbourhood picture the entity page embeds.
    let svg = body(&curl(&[&format!(
        "{}/entity.svg?iri=https%3A%2F%2Fw3id.org%2Fasnkg%2Fid%2Fperson%2Fratna-kusumawati",
        s.base
    )]));
    assert!(svg.contains("<svg") && svg.contains("Ratna Kusumawati"));
}
