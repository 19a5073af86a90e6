//! `asnkg serve`: the store over HTTP, read-only. The SPARQL 1.1 Protocol on `/query`
//! (GET, POST form, POST `application/sparql-query`; results negotiated), read access to
//! the SPARQL 1.1 Graph Store Protocol on `/store`, a browser explorer on `/` and entity
//! pages on `/entity`. A fixed pool of worker threads bounds concurrent requests; a
//! watchdog cancels queries that run past the timeout.

use crate::explain::{EntityReport, find_entities, report};
use crate::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::NamedNode;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

/// The explorer page (editor, examples, results table).
const EXPLORER: &str = include_str!("serve/explorer.html");

/// The example queries offered one click away.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "posts-of-person",
        include_str!("../examples/queries/posts-of-person.rq"),
    ),
    (
        "holdings-in-region",
        include_str!("../examples/queries/holdings-in-region.rq"),
    ),
    (
        "events-in-region",
        include_str!("../examples/queries/events-in-region.rq"),
    ),
    (
        "events-on-instrument",
        include_str!("../examples/queries/events-on-instrument.rq"),
    ),
    (
        "quotes-of-person",
        include_str!("../examples/queries/quotes-of-person.rq"),
    ),
    (
        "persons-in-most-articles",
        include_str!("../examples/queries/persons-in-most-articles.rq"),
    ),
    (
        "most-cited-instruments",
        include_str!("../examples/queries/most-cited-instruments.rq"),
    ),
    ("holdings", include_str!("../examples/reports/holdings.rq")),
];

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Worker threads: at most this many requests are served at once.
    pub threads: usize,
    /// Queries running longer are cancelled (503).
    pub timeout: Duration,
    /// Largest request body accepted (a POSTed query).
    pub max_body: usize,
}

/// Queries under way, with their deadlines; a watchdog thread cancels the late ones.
#[derive(Clone, Default)]
struct Watchdog {
    running: Arc<Mutex<Vec<(Instant, CancellationToken)>>>,
}

impl Watchdog {
    fn start(&self) {
        let running = Arc::clone(&self.running);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(50));
                let now = Instant::now();
                if let Ok(mut r) = running.lock() {
                    r.retain(|(deadline, token)| {
                        if *deadline <= now {
                            token.cancel();
                            false
                        } else {
                            true
                        }
                    });
                }
            }
        });
    }
    fn watch(&self, timeout: Duration) -> CancellationToken {
        let token = CancellationToken::new();
        if let Ok(mut r) = self.running.lock() {
            r.push((Instant::now() + timeout, token.clone()));
        }
        token
    }
}

struct App {
    store: Arc<GraphStore>,
    options: ServeOptions,
    watchdog: Watchdog,
}

/// Serves until the process is stopped. `ready` is called with the bound address (the
/// port may have been chosen by the system) before the first request is taken.
pub fn serve(
    store: GraphStore,
    bind: &str,
    options: ServeOptions,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), String> {
    let server = Server::http(bind).map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| format!("cannot listen on {bind}: not an IP address"))?;
    let server = Arc::new(server);
    let app = Arc::new(App {
        store: Arc::new(store),
        options: options.clone(),
        watchdog: Watchdog::default(),
    });
    app.watchdog.start();
    ready(addr);
    let workers: Vec<_> = (0..options.threads.max(1))
        .map(|_| {
            let server = Arc::clone(&server);
            let app = Arc::clone(&app);
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    // A panic in one request must not take the worker down.
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        app.handle(request)
                    }));
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Ok(())
}

/// A response before it is sent.
struct Reply {
    status: u16,
    content_type: String,
    body: Body,
    extra: Vec<(String, String)>,
}

enum Body {
    Bytes(Vec<u8>),
    /// Streamed (chunked), written by another thread.
    Stream(std::io::PipeReader),
}

impl Reply {
    fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type: content_type.to_string(),
            body: Body::Bytes(body.into()),
            extra: Vec::new(),
        }
    }
    fn text(status: u16, message: impl std::fmt::Display) -> Reply {
        Reply::new(status, "text/plain; charset=utf-8", format!("{message}\n"))
    }
    fn html(body: String) -> Reply {
        Reply::new(200, "text/html; charset=utf-8", body)
    }
    fn with(mut self, name: &str, value: &str) -> Reply {
        self.extra.push((name.to_string(), value.to_string()));
        self
    }
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// Decodes `application/x-www-form-urlencoded` (also URL query strings).
pub fn parse_form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes a URL query value (`%XX` and `+`).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Facts shown on an entity page: a national body cited by every article would otherwise
/// make a page of hundreds of thousands of lines.
const MAX_FACTS_ON_PAGE: usize = 1000;

/// Percent-encodes a string for a URL query value.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// HTML-escapes text for element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Picks the offer the `Accept` header likes best (by q, then by the offer's order);
/// `None` when the header accepts none of them.
pub fn negotiate<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return offers.first().map(|(_, t)| *t);
    };
    let mut best: Option<(f32, usize, T)> = None;
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q: f32 = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|v| v.trim().parse().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        for (i, (mime, t)) in offers.iter().enumerate() {
            let fits = media == "*/*"
                || media == *mime
                || media
                    .strip_suffix("/*")
                    .is_some_and(|ty| mime.split('/').next() == Some(ty));
            if fits && best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i, *t));
            }
        }
    }
    best.map(|(_, _, t)| t)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ResultsAs {
    Json,
    Xml,
    Csv,
    Tsv,
}

const RESULT_OFFERS: &[(&str, ResultsAs)] = &[
    ("application/sparql-results+json", ResultsAs::Json),
    ("application/json", ResultsAs::Json),
    ("application/sparql-results+xml", ResultsAs::Xml),
    ("application/xml", ResultsAs::Xml),
    ("text/xml", ResultsAs::Xml),
    ("text/csv", ResultsAs::Csv),
    ("text/tab-separated-values", ResultsAs::Tsv),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GraphAs {
    Turtle,
    NTriples,
    RdfXml,
    JsonLd,
    TriG,
    NQuads,
}

const GRAPH_OFFERS: &[(&str, GraphAs)] = &[
    ("text/turtle", GraphAs::Turtle),
    ("application/n-triples", GraphAs::NTriples),
    ("text/plain", GraphAs::NTriples),
    ("application/rdf+xml", GraphAs::RdfXml),
    ("application/ld+json", GraphAs::JsonLd),
];

const DATASET_OFFERS: &[(&str, GraphAs)] = &[
    ("application/trig", GraphAs::TriG),
    ("application/n-quads", GraphAs::NQuads),
    ("application/ld+json", GraphAs::JsonLd),
];

impl GraphAs {
    fn mime(self) -> &'static str {
        match self {
            GraphAs::Turtle => "text/turtle; charset=utf-8",
            GraphAs::NTriples => "application/n-triples",
            GraphAs::RdfXml => "application/rdf+xml",
            GraphAs::JsonLd => "application/ld+json",
            GraphAs::TriG => "application/trig",
            GraphAs::NQuads => "application/n-quads",
        }
    }
    fn rdf(self) -> RdfFormat {
        match self {
            GraphAs::Turtle => RdfFormat::Turtle,
            GraphAs::NTriples => RdfFormat::NTriples,
            GraphAs::RdfXml => RdfFormat::RdfXml,
            GraphAs::JsonLd => RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            GraphAs::TriG => RdfFormat::TriG,
            GraphAs::NQuads => RdfFormat::NQuads,
        }
    }
    fn from_name(s: &str) -> Option<GraphAs> {
        Some(match s {
            "turtle" | "ttl" => GraphAs::Turtle,
            "ntriples" | "nt" => GraphAs::NTriples,
            "rdfxml" | "xml" => GraphAs::RdfXml,
            "jsonld" | "json" => GraphAs::JsonLd,
            "trig" => GraphAs::TriG,
            "nquads" | "nq" => GraphAs::NQuads,
            _ => return None,
        })
    }
}

impl App {
    fn handle(&self, mut request: Request) {
        let started = Instant::now();
        let reply = self.route(&mut request);
        let status = reply.status;
        let mut headers = vec![
            header("Content-Type", &reply.content_type),
            header("Access-Control-Allow-Origin", "*"),
            header("Vary", "Accept"),
        ];
        for (k, v) in &reply.extra {
            headers.push(header(k, v));
        }
        let headers: Vec<Header> = headers.into_iter().flatten().collect();
        let method = request.method().clone();
        let url = request.url().to_string();
        let result = match reply.body {
            Body::Bytes(b) => {
                let len = b.len();
                request.respond(Response::new(
                    StatusCode(status),
                    headers,
                    std::io::Cursor::new(b),
                    Some(len),
                    None,
                ))
            }
            Body::Stream(r) => {
                request.respond(Response::new(StatusCode(status), headers, r, None, None))
            }
        };
        let short: String = url.chars().take(120).collect();
        eprintln!(
            "asnkg serve: {method} {short} → {status} in {:.0} ms{}",
            started.elapsed().as_secs_f64() * 1000.0,
            if result.is_err() {
                " (client went away)"
            } else {
                ""
            }
        );
    }

    fn route(&self, request: &mut Request) -> Reply {
        let url = request.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
        let params = parse_form(query);
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let accept = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Accept"))
            .map(|h| h.value.as_str().to_string());
        let method = request.method().clone();
        match (method, path) {
            (Method::Options, _) => Reply::new(204, "text/plain", "")
                .with("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
                .with("Access-Control-Allow-Headers", "Content-Type, Accept"),
            (Method::Get | Method::Head, "/") => Reply::html(explorer_page()),
            (Method::Get | Method::Head, "/query" | "/sparql") => match param("query") {
                Some(q) => self.query(&q, param("format").as_deref(), accept.as_deref()),
                None if param("update").is_some() => read_only(),
                // A bare GET on the endpoint from a browser: the explorer.
                None => Reply::html(explorer_page()),
            },
            (Method::Post, "/query" | "/sparql") => {
                let content_type = request
                    .headers()
                    .iter()
                    .find(|h| h.field.equiv("Content-Type"))
                    .map(|h| h.value.as_str().to_ascii_lowercase())
                    .unwrap_or_default();
                let body = match self.read_body(request) {
                    Ok(b) => b,
                    Err(r) => return r,
                };
                if content_type.starts_with("application/sparql-query") {
                    self.query(&body, param("format").as_deref(), accept.as_deref())
                } else if content_type.starts_with("application/x-www-form-urlencoded") {
                    let form = parse_form(&body);
                    let get = |n: &str| form.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
                    match get("query") {
                        Some(q) => self.query(
                            &q,
                            get("format").or(param("format")).as_deref(),
                            accept.as_deref(),
                        ),
                        None if get("update").is_some() => read_only(),
                        None => Reply::text(400, "missing query parameter"),
                    }
                } else if content_type.starts_with("application/sparql-update") {
                    read_only()
                } else {
                    Reply::text(
                        415,
                        "POST a query as application/sparql-query or application/x-www-form-urlencoded",
                    )
                }
            }
            (Method::Get | Method::Head, "/store") => self.graph_store(
                param("graph").as_deref(),
                params.iter().any(|(k, _)| k == "default"),
                param("format").as_deref(),
                accept.as_deref(),
            ),
            (Method::Put | Method::Post | Method::Delete | Method::Patch, "/store") => {
                read_only().with("Allow", "GET, HEAD, OPTIONS")
            }
            (Method::Get | Method::Head, "/entity") => {
                self.entity_page(param("iri").as_deref(), param("name").as_deref())
            }
            (Method::Get | Method::Head, "/entity.svg") => {
                self.entity_svg(param("iri").as_deref(), param("depth").as_deref())
            }
            (Method::Get | Method::Head, "/context.jsonld") => {
                Reply::new(200, "application/ld+json", crate::jsonld::CONTEXT)
            }
            (_, "/query" | "/sparql" | "/" | "/entity" | "/entity.svg" | "/context.jsonld") => {
                Reply::text(405, "method not allowed").with("Allow", "GET, POST, HEAD, OPTIONS")
            }
            _ => Reply::text(
                404,
                "not found: try / (explorer), /query, /store, /entity?iri=",
            ),
        }
    }

    fn read_body(&self, request: &mut Request) -> Result<String, Reply> {
        let mut body = Vec::new();
        let limit = self.options.max_body as u64;
        request
            .as_reader()
            .take(limit + 1)
            .read_to_end(&mut body)
            .map_err(|e| Reply::text(400, format!("cannot read the request body: {e}")))?;
        if body.len() as u64 > limit {
            return Err(Reply::text(
                413,
                format!("request body over {} bytes", self.options.max_body),
            ));
        }
        String::from_utf8(body).map_err(|_| Reply::text(400, "request body is not UTF-8"))
    }

    fn query(&self, sparql: &str, format: Option<&str>, accept: Option<&str>) -> Reply {
        let token = self.watchdog.watch(self.options.timeout);
        let timed_out = || token.is_cancelled();
        let results = match self.store.query_cancellable(sparql, Some(token.clone())) {
            Ok(r) => r,
            Err(e) if timed_out() => return self.timeout_reply(e),
            Err(e) => return Reply::text(400, e),
        };
        let mut out = Vec::new();
        let (mime, written) = match results {
            QueryResults::Graph(triples) => {
                let choice = match format.and_then(GraphAs::from_name) {
                    Some(f) => Some(f),
                    None => negotiate(accept, GRAPH_OFFERS),
                };
                let Some(choice) = choice.filter(|c| !matches!(c, GraphAs::TriG | GraphAs::NQuads))
                else {
                    return not_acceptable(GRAPH_OFFERS);
                };
                let written = (|| -> Result<(), String> {
                    let mut ser = RdfSerializer::from_format(choice.rdf());
                    for (p, iri) in crate::vocab::PREFIXES {
                        ser = ser.with_prefix(*p, *iri).map_err(|e| e.to_string())?;
                    }
                    let mut w = ser.for_writer(&mut out);
                    for t in triples {
                        w.serialize_triple(&t.map_err(|e| e.to_string())?)
                            .map_err(|e| e.to_string())?;
                    }
                    w.finish().map_err(|e| e.to_string())?;
                    Ok(())
                })();
                (choice.mime(), written)
            }
            results => {
                let choice = match format {
                    Some("json") => Some(ResultsAs::Json),
                    Some("xml") => Some(ResultsAs::Xml),
                    Some("csv") => Some(ResultsAs::Csv),
                    Some("tsv") => Some(ResultsAs::Tsv),
                    _ => negotiate(accept, RESULT_OFFERS),
                };
                let Some(choice) = choice else {
                    return not_acceptable(RESULT_OFFERS);
                };
                let (rf, mime) = match choice {
                    ResultsAs::Json => {
                        (QueryResultsFormat::Json, "application/sparql-results+json")
                    }
                    ResultsAs::Xml => (QueryResultsFormat::Xml, "application/sparql-results+xml"),
                    ResultsAs::Csv => (QueryResultsFormat::Csv, "text/csv; charset=utf-8"),
                    ResultsAs::Tsv => (
                        QueryResultsFormat::Tsv,
                        "text/tab-separated-values; charset=utf-8",
                    ),
                };
                let written = (|| -> Result<(), String> {
                    let ser = QueryResultsSerializer::from_format(rf);
                    match results {
                        QueryResults::Boolean(b) => {
                            ser.serialize_boolean_to_writer(&mut out, b)
                                .map_err(|e| e.to_string())?;
                        }
                        QueryResults::Solutions(solutions) => {
                            let vars = solutions.variables().to_vec();
                            let mut w = ser
                                .serialize_solutions_to_writer(&mut out, vars)
                                .map_err(|e| e.to_string())?;
                            for s in solutions {
                                let s = s.map_err(|e| e.to_string())?;
                                w.serialize(s.iter().map(|(v, t)| (v.as_ref(), t.as_ref())))
                                    .map_err(|e| e.to_string())?;
                            }
                            w.finish().map_err(|e| e.to_string())?;
                        }
                        QueryResults::Graph(_) => {}
                    }
                    Ok(())
                })();
                (mime, written)
            }
        };
        match written {
            Ok(()) => Reply::new(200, mime, out),
            Err(e) if timed_out() => self.timeout_reply(e),
            Err(e) => Reply::text(500, format!("query failed: {e}")),
        }
    }

    fn timeout_reply(&self, e: impl std::fmt::Display) -> Reply {
        Reply::text(
            503,
            format!(
                "query cancelled after the {} s timeout (asnkg serve --timeout): {e}",
                self.options.timeout.as_secs_f64()
            ),
        )
    }

    /// SPARQL 1.1 Graph Store Protocol, read side: `?graph=IRI`, `?default` (the union of
    /// all graphs, as queries see it), or nothing (the whole dataset).
    fn graph_store(
        &self,
        graph: Option<&str>,
        default: bool,
        format: Option<&str>,
        accept: Option<&str>,
    ) -> Reply {
        let dataset = graph.is_none() && !default;
        let offers = if dataset {
            DATASET_OFFERS
        } else {
            GRAPH_OFFERS
        };
        let choice = match format.and_then(GraphAs::from_name) {
            Some(f) => Some(f),
            None => negotiate(accept, offers),
        };
        let Some(choice) = choice.filter(|c| offers.iter().any(|(_, o)| o == c)) else {
            return not_acceptable(offers);
        };
        let named = match graph {
            Some(g) => match NamedNode::new(g) {
                Ok(n) => match self.store.has_graph(n.as_ref()) {
                    Ok(true) => Some(n),
                    Ok(false) => return Reply::text(404, format!("no graph <{g}> in the store")),
                    Err(e) => return Reply::text(500, e),
                },
                Err(e) => return Reply::text(400, format!("graph={g:?} is not an IRI: {e}")),
            },
            None => None,
        };
        // Stream: a whole dataset does not fit in memory.
        let (reader, mut writer) = match std::io::pipe() {
            Ok(p) => p,
            Err(e) => return Reply::text(500, e),
        };
        let store = Arc::clone(&self.store);
        std::thread::spawn(move || {
            let g = named.as_ref().map(|n| n.as_ref());
            let _ = match choice {
                GraphAs::JsonLd => store.dump_jsonld(g, &mut writer),
                f => store.dump(f.rdf(), g, &mut writer),
            };
        });
        Reply {
            status: 200,
            content_type: choice.mime().to_string(),
            body: Body::Stream(reader),
            extra: Vec::new(),
        }
    }

    fn resolve(&self, iri: Option<&str>, name: Option<&str>) -> Result<String, Reply> {
        match (iri, name) {
            (Some(i), _) => Ok(i.to_string()),
            (None, Some(n)) => {
                let found = find_entities(&self.store, n).map_err(|e| Reply::text(500, e))?;
                match found.as_slice() {
                    [one] => Ok(one.clone()),
                    [] => Err(Reply::text(
                        404,
                        format!("nothing in the graph is named {n:?}"),
                    )),
                    many => Err(Reply::html(page(
                        &format!("“{n}”"),
                        &format!(
                            "<p>Several entities are named “{}”:</p><ul>{}</ul>",
                            esc(n),
                            many.iter()
                                .map(|e| format!("<li>{}</li>", entity_link(e, e)))
                                .collect::<String>()
                        ),
                    ))),
                }
            }
            (None, None) => Err(Reply::text(400, "give ?iri=IRI or ?name=NAME")),
        }
    }

    fn entity_page(&self, iri: Option<&str>, name: Option<&str>) -> Reply {
        let iri = match self.resolve(iri, name) {
            Ok(i) => i,
            Err(r) => return r,
        };
        match report(&self.store, &iri) {
            Ok(r) if r.props.is_empty() && r.facts.is_empty() && r.mentioned_in.is_empty() => {
                Reply::text(404, format!("nothing in the graph about <{iri}>"))
            }
            Ok(r) => Reply::html(entity_html(&r)),
            Err(e) => Reply::text(400, e),
        }
    }

    fn entity_svg(&self, iri: Option<&str>, depth: Option<&str>) -> Reply {
        let Some(iri) = iri else {
            return Reply::text(400, "give ?iri=IRI");
        };
        let depth = depth.and_then(|d| d.parse().ok()).unwrap_or(1usize).min(3);
        let graph = match crate::dot::focus_graph(&self.store, iri, depth) {
            Ok(g) => g.capped(60),
            Err(e) => return Reply::text(404, e),
        };
        match crate::dot::render(&graph.to_dot(iri), "svg") {
            Ok(svg) => Reply::new(200, "image/svg+xml", svg),
            Err(e) => Reply::text(501, e),
        }
    }
}

fn read_only() -> Reply {
    Reply::text(
        403,
        "this endpoint is read-only: asnkg serve answers queries; change the graph with `asnkg build`",
    )
}

fn not_acceptable<T>(offers: &[(&str, T)]) -> Reply {
    let list: Vec<&str> = offers.iter().map(|(m, _)| *m).collect();
    Reply::text(
        406,
        format!(
            "not acceptable; this resource is available as {}",
            list.join(", ")
        ),
    )
}

fn entity_link(iri: &str, text: &str) -> String {
    format!(
        "<a href=\"/entity?iri={}\">{}</a>",
        esc(&percent_encode(iri)),
        esc(text)
    )
}

/// A page with the common head and navigation.
fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{} · asnkg</title><style>{}</style></head><body><nav><a href=\"/\">asnkg explorer</a></nav><main>{}</main></body></html>",
        esc(title),
        STYLE,
        body
    )
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}nav{background:#16324f;padding:.6em 1.2em}nav a{color:#fff;font-weight:600;text-decoration:none}main{padding:1em 1.5em;max-width:72em}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #d5d9e0;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eef1f5}blockquote{margin:.2em 0 .6em 1em;color:#444;border-left:3px solid #9ab;padding-left:.6em}.muted{color:#667}img.graph{max-width:100%;border:1px solid #d5d9e0;background:#fff}";

fn entity_html(r: &EntityReport) -> String {
    let title = r
        .props
        .get("schema:name")
        .or_else(|| r.props.get("rdfs:label"))
        .and_then(|v| v.first())
        .cloned()
        .unwrap_or_else(|| r.iri.clone());
    let mut b = format!(
        "<h1>{}</h1><p class=\"muted\"><code>{}</code></p>",
        esc(&title),
        esc(&r.iri)
    );
    b.push_str("<table>");
    for (p, vs) in &r.props {
        b.push_str(&format!(
            "<tr><th>{}</th><td>{}</td></tr>",
            esc(p),
            esc(&vs.join(" · "))
        ));
    }
    b.push_str("</table>");
    if !r.posts.is_empty() {
        b.push_str("<h2>Posts over time</h2><table><tr><th>article date</th><th>post</th><th>article</th></tr>");
        for p in &r.posts {
            b.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(if p.date.is_empty() {
                    "(undated)"
                } else {
                    &p.date
                }),
                entity_link(&p.post_iri, &p.post),
                esc(&p.article)
            ));
        }
        b.push_str("</table>");
    }
    b.push_str(&format!(
        "<h2>Neighbourhood</h2><p><img class=\"graph\" alt=\"neighbourhood of {0} (needs Graphviz on the server)\" src=\"/entity.svg?iri={1}&amp;depth=1\"></p>",
        esc(&title),
        esc(&percent_encode(&r.iri))
    ));
    if !r.facts.is_empty() {
        b.push_str("<h2>Facts, with their evidence</h2>");
        if r.facts.len() > MAX_FACTS_ON_PAGE {
            b.push_str(&format!(
                "<p class=\"muted\">The first {MAX_FACTS_ON_PAGE} of {} facts; <code>asnkg explain</code> or a SPARQL query gives all of them.</p>",
                r.facts.len()
            ));
        }
        let mut current = "";
        let mut last = String::new();
        for f in r.facts.iter().take(MAX_FACTS_ON_PAGE) {
            if f.article != current {
                if !current.is_empty() {
                    b.push_str("</ul>");
                }
                current = &f.article;
                last.clear();
                b.push_str(&format!("<h3>article {}</h3><ul>", esc(current)));
            }
            if f.what != last {
                last = f.what.clone();
                b.push_str(&format!("<li>{}</li>", esc(&f.what)));
            }
            b.push_str(&format!(
                "<blockquote>{} <span class=\"muted\">[chars {}–{}]</span></blockquote>",
                esc(&crate::explain::quoted(&f.sentence)),
                esc(&f.start),
                esc(&f.end)
            ));
        }
        b.push_str("</ul>");
    }
    if !r.mentioned_in.is_empty() {
        b.push_str(&format!(
            "<h2>Mentioned in {} article(s)</h2><p>{}</p>",
            r.mentioned_in.len(),
            esc(&r.mentioned_in.join(", "))
        ));
    }
    page(&title, &b)
}

fn explorer_page() -> String {
    let examples: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(name, q)| serde_json::json!({ "name": name, "query": q }))
        .collect();
    let prefixes: String = crate::vocab::PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect();
    // JSON inside a <script>: "</" must not close the element.
    let examples = serde_json::to_string(&examples)
        .unwrap_or_else(|_| "[]".into())
        .replace("</", "<\\/");
    EXPLORER
        .replace("{{EXAMPLES}}", &examples)
        .replace("{{PREFIXES}}", &esc(&prefixes))
        .replace("{{STYLE}}", STYLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode_and_values_encode() {
        assert_eq!(
            parse_form("query=SELECT+%3Fs+WHERE+%7B%7D&x=%E2%80%9C&bad=%zz%"),
            vec![
                ("query".to_string(), "SELECT ?s WHERE {}".to_string()),
                ("x".to_string(), "“".to_string()),
                ("bad".to_string(), "%zz%".to_string()),
            ]
        );
        let iri = "https://w3id.org/asnkg/id/person/andi pratama?&#";
        assert_eq!(percent_decode(&percent_encode(iri)), iri);
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn negotiation_follows_q_values_and_order() {
        let offers = RESULT_OFFERS;
        assert_eq!(negotiate(None, offers), Some(ResultsAs::Json));
        assert_eq!(negotiate(Some("text/csv"), offers), Some(ResultsAs::Csv));
        assert_eq!(
            negotiate(
                Some("text/csv;q=0.5, application/sparql-results+xml"),
                offers
            ),
            Some(ResultsAs::Xml)
        );
        assert_eq!(negotiate(Some("*/*"), offers), Some(ResultsAs::Json));
        assert_eq!(negotiate(Some("text/*"), offers), Some(ResultsAs::Xml));
        assert_eq!(negotiate(Some("image/png"), offers), None);
        assert_eq!(negotiate(Some("text/csv;q=0"), offers), None);
    }
}
