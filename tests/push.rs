//! `asnkg push` against Graph Store Protocol servers: a scripted server in this process
//! (every request recorded, failures on demand) and a real Virtuoso started by the test
//! (Debian package virtuoso-opensource, installed by .ci/run).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn asnkg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(args)
        .env_remove("ASNKG_PUSH_PASSWORD")
        .output()
        .expect("asnkg runs")
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A copy of the bundled articles (so a test can edit one) and a store built from them.
struct Built {
    dir: tempfile::TempDir,
}

impl Built {
    fn new() -> Built {
        let dir = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
        let dst = dir.path().join("articles");
        std::fs::create_dir(&dst).unwrap();
        for e in std::fs::read_dir(src).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
        }
        let b = Built { dir };
        b.build();
        b
    }
    fn articles(&self) -> PathBuf {
        self.dir.path().join("articles")
    }
    fn store(&self) -> String {
        self.dir.path().join("store").display().to_string()
    }
    fn build(&self) {
        ok(&asnkg(&[
            "build",
            self.articles().to_str().unwrap(),
            "--store",
            &self.store(),
            "--quiet",
        ]));
    }
    fn graphs(&self) -> BTreeSet<String> {
        let csv = ok(&asnkg(&[
            "query",
            "--store",
            &self.store(),
            "--format",
            "tsv",
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        ]));
        csv.lines()
            .skip(1)
            .map(|l| l.trim_matches(|c| c == '<' || c == '>').to_string())
            .collect()
    }
    /// The graph's triples as canonical N-Triples lines.
    fn triples(&self, graph: &str) -> BTreeSet<String> {
        let nt = ok(&asnkg(&[
            "export",
            "--store",
            &self.store(),
            "--graph",
            graph,
            "--format",
            "ntriples",
        ]));
        parse_turtle(&nt)
    }
    fn push(&self, endpoint: &str, extra: &[&str]) -> Output {
        let store = self.store();
        let mut args = vec!["push", "--store", &store, "--endpoint", endpoint];
        args.extend(extra);
        asnkg(&args)
    }
}

/// Parses Turtle or N-Triples with rio into canonical N-Triples lines.
fn parse_turtle(text: &str) -> BTreeSet<String> {
    use rio_api::parser::TriplesParser;
    let mut out = BTreeSet::new();
    rio_turtle::TurtleParser::new(text.as_bytes(), None)
        .parse_all(&mut |t| -> Result<(), rio_turtle::TurtleError> {
            out.insert(t.to_string());
            Ok(())
        })
        .unwrap_or_else(|e| panic!("payload is not Turtle: {e}\n{text}"));
    out
}

#[derive(Clone, Debug)]
struct Recorded {
    method: String,
    graph: String,
    content_type: String,
    authorization: String,
    body: String,
}

type Script = Box<dyn FnMut(usize, &Recorded) -> u16 + Send>;

/// A Graph Store Protocol server in this process: records every request and answers
/// with the status the script gives for (request number, request).
struct ScriptedServer {
    url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    server: Arc<tiny_http::Server>,
}

impl ScriptedServer {
    fn start(mut script: Script) -> ScriptedServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (server.clone(), requests.clone());
        std::thread::spawn(move || {
            for mut req in s.incoming_requests() {
                let mut body = String::new();
                let _ = req.as_reader().read_to_string(&mut body);
                let header = |name: &'static str| {
                    req.headers()
                        .iter()
                        .find(|h| h.field.equiv(name))
                        .map(|h| h.value.to_string())
                        .unwrap_or_default()
                };
                let graph = req
                    .url()
                    .split_once("graph=")
                    .map(|(_, g)| asnkg::serve::percent_decode(g))
                    .unwrap_or_default();
                let rec = Recorded {
                    method: req.method().to_string(),
                    graph,
                    content_type: header("Content-Type"),
                    authorization: header("Authorization"),
                    body,
                };
                let n = {
                    let mut all = r.lock().unwrap();
                    all.push(rec.clone());
                    all.len()
                };
                let status = script(n, &rec);
                let text = if status >= 400 {
                    "<html><body><h1>Refused</h1><p>no write access for this user</p></body></html>"
                } else {
                    ""
                };
                let _ =
                    req.respond(tiny_http::Response::from_string(text).with_status_code(status));
            }
        });
        ScriptedServer {
            url: format!("http://127.0.0.1:{port}/store"),
            requests,
            server,
        }
    }
    fn take(&self) -> Vec<Recorded> {
        std::mem::take(&mut *self.requests.lock().unwrap())
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

#[test]
fn push_puts_every_graph_once_then_only_what_changed() {
    let built = Built::new();
    let server = ScriptedServer::start(Box::new(|_, _| 201));
    let graphs = built.graphs();
    assert!(graphs.len() >= 9, "{graphs:?}");

    ok(&built.push(&server.url, &[]));
    let first = server.take();
    assert!(first.iter().all(|r| r.method == "PUT"), "{first:?}");
    let sent: Vec<&str> = first.iter().map(|r| r.graph.as_str()).collect();
    assert_eq!(
        sent.iter().copied().collect::<BTreeSet<_>>(),
        graphs.iter().map(String::as_str).collect(),
        "every graph, by its IRI"
    );
    assert_eq!(sent.len(), graphs.len(), "each graph once");
    for r in &first {
        assert!(
            r.content_type.starts_with("text/turtle"),
            "{}",
            r.content_type
        );
        assert_eq!(
            parse_turtle(&r.body),
            built.triples(&r.graph),
            "{}",
            r.graph
        );
    }

    // Nothing changed: nothing is sent.
    let again = built.push(&server.url, &[]);
    ok(&again);
    assert!(server.take().is_empty());
    assert!(String::from_utf8_lossy(&again.stderr).contains("unchanged"));

    // One article changes: only its graph goes.
    let mut files: Vec<_> = std::fs::read_dir(built.articles())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let edited = &files[0];
    let mut text = std::fs::read_to_string(edited).unwrap();
    text.push_str(
        "\n\n\"Seluruh pejabat yang dilantik wajib menandatangani pakta integritas,\" kata Kepala BKPSDM, Drs. Wiratama Sasongko, M.Si.\n",
    );
    std::fs::write(edited, text).unwrap();
    built.build();
    ok(&built.push(&server.url, &[]));
    let changed = server.take();
    let stem = edited.file_stem().unwrap().to_str().unwrap();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].graph.ends_with(stem), "{}", changed[0].graph);
    assert!(changed[0].body.contains("Wiratama Sasongko"));

    // --all sends everything again; a dry run sends nothing and lists what would go.
    ok(&built.push(&server.url, &["--all"]));
    assert_eq!(server.take().len(), graphs.len());
    let dry = ok(&built.push(&server.url, &["--all", "--dry-run"]));
    assert!(server.take().is_empty());
    assert_eq!(dry.lines().count(), graphs.len());
}

#[test]
fn push_retries_server_errors_and_stops_on_a_refusal() {
    let built = Built::new();
    let graphs = built.graphs();

    // The first two answers are 503: retried, and every graph arrives.
    let flaky = ScriptedServer::start(Box::new(|n, _| if n <= 2 { 503 } else { 201 }));
    let o = built.push(&flaky.url, &["--jobs", "1"]);
    ok(&o);
    let got: BTreeSet<String> = flaky.take().into_iter().map(|r| r.graph).collect();
    assert_eq!(got, graphs);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("2 requests retried"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // A 403 is not retried: the push stops with the status, the graph and the server's words.
    let refusing = ScriptedServer::start(Box::new(|_, _| 403));
    let o = built.push(&refusing.url, &["--jobs", "1"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("403"), "{err}");
    assert!(err.contains("no write access for this user"), "{err}");
    assert!(err.contains("<https://"), "{err}");
    assert_eq!(refusing.take().len(), 1, "stops at the first refusal");

    // A server that keeps failing: retried --retries times, then a clear error.
    let down = ScriptedServer::start(Box::new(|_, _| 500));
    let o = built.push(&down.url, &["--jobs", "1", "--retries", "2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("after 3 attempts"));
    assert_eq!(down.take().len(), 3);

    // Nobody listening at all.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let o = built.push(
        &format!("http://127.0.0.1:{closed}/store"),
        &["--retries", "0"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("could not send graph"));

    // The refused push recorded nothing (a dry run would send every graph), while the
    // endpoint that accepted everything has nothing new to receive.
    let dry = ok(&built.push(&refusing.url, &["--dry-run"]));
    assert_eq!(dry.lines().count(), graphs.len());
    assert!(refusing.take().is_empty());
    ok(&built.push(&flaky.url, &[]));
    assert!(flaky.take().is_empty());
}

#[test]
fn push_authenticates_with_basic_or_any_header() {
    let built = Built::new();
    let server = ScriptedServer::start(Box::new(|_, _| 204));
    let o = Command::new(env!("CARGO_BIN_EXE_asnkg"))
        .args(["push", "--store", &built.store(), "--endpoint", &server.url])
        .args(["--user", "admin", "--graph"])
        .arg("https://w3id.org/asnkg/graph/reference")
        .env("ASNKG_PUSH_PASSWORD", "s3cret")
        .output()
        .unwrap();
    ok(&o);
    let reqs = server.take();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].authorization, "Basic YWRtaW46czNjcmV0");

    ok(&built.push(
        &server.url,
        &[
            "--all",
            "--header",
            "Authorization: Bearer t0ken",
            "--format",
            "ntriples",
        ],
    ));
    let reqs = server.take();
    assert!(reqs.iter().all(|r| r.authorization == "Bearer t0ken"));
    assert!(
        reqs.iter()
            .all(|r| r.content_type.starts_with("application/n-triples"))
    );

    // Without the password the command says where it should be.
    let o = built.push(&server.url, &["--user", "admin"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("ASNKG_PUSH_PASSWORD"));
}

/// A Virtuoso server in a temporary directory, stopped when dropped.
struct Virtuoso {
    child: std::process::Child,
    http: u16,
    sql: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_virtuoso() -> Option<Virtuoso> {
    let have = |bin: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {bin}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !have("virtuoso-t") || !have("isql-vt") {
        if std::env::var_os("CI").is_some() {
            panic!("virtuoso-t and isql-vt must be installed in CI (Debian virtuoso-opensource)");
        }
        eprintln!(
            "skipped: virtuoso-t/isql-vt not installed (apt-get install virtuoso-opensource)"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let (http, sql) = (free_port(), free_port());
    let d = dir.path().display();
    let ini = format!(
        "[Database]\nDatabaseFile = {d}/v.db\nErrorLogFile = {d}/v.log\nLockFile = {d}/v.lck\n\
TransactionFile = {d}/v.trx\nxa_persistent_file = {d}/v.pxa\nTempStorage = TempDatabase\n\
[TempDatabase]\nDatabaseFile = {d}/v-temp.db\nTransactionFile = {d}/v-temp.trx\n\
[Parameters]\nServerPort = {sql}\nDisableUnixSocket = 1\nDirsAllowed = ., {d}\n\
NumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\n\
[HTTPServer]\nServerPort = {http}\nServerRoot = {d}\nServerThreads = 4\nMaxKeepAlives = 10\nKeepAliveTimeout = 10\n"
    );
    std::fs::write(dir.path().join("v.ini"), ini).unwrap();
    let child = Command::new("virtuoso-t")
        .args(["+foreground", "+configfile"])
        .arg(dir.path().join("v.ini"))
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let v = Virtuoso {
        child,
        http,
        sql,
        _dir: dir,
    };
    // A fresh database takes a few seconds to create; grant the anonymous SPARQL user
    // write access so the Graph Store endpoint accepts PUT (the way a site would).
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let g = Command::new("isql-vt")
            .arg(v.sql.to_string())
            .args(["dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"])
            .output()
            .unwrap();
        if g.status.success() && !String::from_utf8_lossy(&g.stdout).contains("Connect failed") {
            break;
        }
        assert!(Instant::now() < deadline, "virtuoso did not start");
        std::thread::sleep(Duration::from_millis(500));
    }
    Some(v)
}

/// Triple counts per asnkg graph, asked from Virtuoso's SPARQL endpoint.
fn virtuoso_counts(v: &Virtuoso) -> BTreeMap<String, usize> {
    let q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
FILTER(STRSTARTS(STR(?g), \"https://w3id.org/asnkg/\")) } GROUP BY ?g";
    let o = Command::new("curl")
        .args(["-s", "-S", "--max-time", "30", "-H", "Accept: text/csv"])
        .arg(format!("http://127.0.0.1:{}/sparql", v.http))
        .args(["--data-urlencode", &format!("query={q}")])
        .output()
        .unwrap();
    let csv = ok(&o);
    csv.lines()
        .skip(1)
        .filter_map(|l| {
            let (g, n) = l.rsplit_once(',')?;
            Some((g.trim_matches('"').to_string(), n.trim().parse().ok()?))
        })
        .collect()
}

/// Triples with blank node labels erased (stores relabel them), sorted, duplicates kept.
fn blank_nodes_unlabelled(triples: &BTreeSet<String>) -> Vec<String> {
    let label = regex::Regex::new(r"_:[A-Za-z0-9]+").unwrap();
    let mut v: Vec<String> = triples
        .iter()
        .map(|t| label.replace_all(t, "_:b").into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn push_to_virtuoso_replaces_graphs_and_never_duplicates() {
    let Some(v) = start_virtuoso() else { return };
    let built = Built::new();
    let endpoint = format!("http://127.0.0.1:{}/sparql-graph-crud", v.http);
    ok(&built.push(&endpoint, &[]));

    let local: BTreeMap<String, usize> = built
        .graphs()
        .into_iter()
        .map(|g| {
            let n = built.triples(&g).len();
            (g, n)
        })
        .collect();
    assert_eq!(virtuoso_counts(&v), local);

    // Each graph read back through Virtuoso's Graph Store endpoint is the same graph.
    for g in local.keys() {
        let o = Command::new("curl")
            .args(["-s", "-S", "--max-time", "30", "-G"])
            .args(["-H", "Accept: text/turtle"])
            .arg(&endpoint)
            .args(["--data-urlencode", &format!("graph={g}")])
            .output()
            .unwrap();
        let back = parse_turtle(&ok(&o));
        assert_eq!(
            blank_nodes_unlabelled(&back),
            blank_nodes_unlabelled(&built.triples(g)),
            "{g}"
        );
    }

    // Pushing everything again replaces: the counts stay the same.
    ok(&built.push(&endpoint, &["--all"]));
    assert_eq!(virtuoso_counts(&v), local);
}
