//! Pushing graphs to another RDF store through the SPARQL 1.1 Graph Store Protocol:
//! one `PUT ?graph=IRI` per named graph, so a re-push replaces a graph and never
//! duplicates it. What was pushed where is remembered (a content digest per graph and
//! endpoint, in the store directory), so the next push sends only what changed.
//!
//! Nothing here writes to the store; the push state is a separate file written whole and
//! renamed into place after every batch, so an interrupted push loses at most one batch
//! of bookkeeping (those graphs are simply sent again).

use crate::store::{GraphStore, LockError, StoreError};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// File in the store directory that remembers what was pushed where.
pub const STATE_FILE: &str = "asnkg-push.json";
/// Graphs pushed between two saves of the push state.
const SAVE_EVERY: usize = 256;

/// How to push.
#[derive(Clone, Debug)]
pub struct PushOptions {
    /// The Graph Store Protocol endpoint (`http://host:8890/sparql-graph-crud`,
    /// `http://host:3030/ds/data`, `http://host:7878/store`, ...).
    pub endpoint: String,
    /// Send every graph, not only those changed since the last push to this endpoint.
    pub all: bool,
    /// Requests in flight at once.
    pub jobs: usize,
    /// Further attempts after a failed request (connection errors, 408, 429, 5xx).
    pub retries: u32,
    /// Wait before the first retry; doubled for each further one.
    pub backoff: Duration,
    /// Time limit of one request.
    pub timeout: Duration,
    /// Payload format: Turtle (every GSP server reads it) or N-Triples.
    pub format: PayloadFormat,
    /// Extra request headers (`Authorization: Bearer ...`).
    pub headers: Vec<(String, String)>,
    /// Only these graphs (empty: all).
    pub only: Vec<NamedNode>,
    /// Decide and report, send nothing.
    pub dry_run: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayloadFormat {
    Turtle,
    NTriples,
}

impl PayloadFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            PayloadFormat::Turtle => RdfFormat::Turtle,
            PayloadFormat::NTriples => RdfFormat::NTriples,
        }
    }
}

/// What a push did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushReport {
    /// Graphs sent (or, in a dry run, that would be sent).
    pub sent: Vec<NamedNode>,
    /// Graphs left out because the endpoint already has this version.
    pub unchanged: usize,
    /// Payload bytes sent.
    pub bytes: u64,
    /// Requests that were tried again.
    pub retried: u64,
    /// Why, for the first few of them.
    pub retry_reasons: Vec<String>,
}

#[derive(Debug)]
pub enum PushError {
    Store(StoreError),
    /// The endpoint refused a graph (4xx) or kept failing (5xx, network) after retries.
    Endpoint {
        endpoint: String,
        graph: String,
        status: Option<u16>,
        message: String,
        /// Graphs pushed before the failure (their state is saved).
        pushed: usize,
    },
    Usage(String),
    State(String),
}

impl fmt::Display for PushError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PushError::Store(e) => write!(f, "{e}"),
            PushError::Endpoint {
                endpoint,
                graph,
                status,
                message,
                pushed,
            } => {
                match status {
                    Some(s) => write!(f, "push: {endpoint} answered {s} for graph <{graph}>")?,
                    None => write!(f, "push: could not send graph <{graph}> to {endpoint}")?,
                }
                if !message.is_empty() {
                    write!(f, ": {message}")?;
                }
                write!(
                    f,
                    " ({pushed} graphs were pushed before this; a new push sends the rest)"
                )
            }
            PushError::Usage(m) | PushError::State(m) => write!(f, "push: {m}"),
        }
    }
}

impl std::error::Error for PushError {}

impl From<StoreError> for PushError {
    fn from(e: StoreError) -> Self {
        PushError::Store(e)
    }
}

/// Digests of the graphs last pushed to each endpoint.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PushState {
    pub version: u32,
    /// endpoint → graph IRI → digest of the payload last accepted.
    pub endpoints: BTreeMap<String, BTreeMap<String, String>>,
}

impl PushState {
    /// Reads the state file; a missing file is an empty state.
    pub fn load(path: &Path) -> Result<PushState, PushError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                PushError::State(format!(
                    "{} is not a push state file ({e}); delete it to push everything again",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(PushState {
                version: 1,
                ..PushState::default()
            }),
            Err(e) => Err(PushError::State(format!("{}: {e}", path.display()))),
        }
    }

    /// Writes the state whole and renames it into place.
    pub fn save(&self, path: &Path) -> Result<(), PushError> {
        let tmp = path.with_extension("json.part");
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| PushError::State(format!("{}: {e}", path.display())))?;
        std::fs::write(&tmp, bytes)
            .and_then(|()| std::fs::rename(&tmp, path))
            .map_err(|e| PushError::State(format!("{}: {e}", path.display())))
    }
}

/// Where a store keeps its push state.
pub fn state_path(store_dir: &Path) -> PathBuf {
    store_dir.join(STATE_FILE)
}

/// A 128-bit FNV-1a digest, hex: stable across runs, machines and versions of asnkg.
pub fn digest(bytes: &[u8]) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for &b in bytes {
        h ^= u128::from(b);
        h = h.wrapping_mul(PRIME);
    }
    format!("{h:032x}")
}

/// The URL of one graph at a Graph Store Protocol endpoint.
pub fn graph_url(endpoint: &str, graph: &str) -> String {
    let sep = if endpoint.contains('?') { '&' } else { '?' };
    format!(
        "{endpoint}{sep}graph={}",
        crate::serve::percent_encode(graph)
    )
}

/// Called after each graph is sent: (graphs done, graphs to send, payload bytes so far).
pub type ProgressFn<'a> = &'a (dyn Fn(usize, usize, u64) + Sync);

/// Pushes the store's named graphs to `opts.endpoint`, updating the state at `state_file`.
pub fn push(
    store: &GraphStore,
    opts: &PushOptions,
    state_file: &Path,
    progress: ProgressFn<'_>,
) -> Result<PushReport, PushError> {
    if !(opts.endpoint.starts_with("http://") || opts.endpoint.starts_with("https://")) {
        return Err(PushError::Usage(format!(
            "--endpoint {:?} must be an http:// or https:// URL of a Graph Store Protocol endpoint",
            opts.endpoint
        )));
    }
    // One push per state file at a time; a second one stops at once.
    let _lock = match crate::store::try_lock_file(&state_file.with_extension("lock"), true) {
        Ok(f) => f,
        Err(LockError::Busy) => {
            return Err(PushError::Usage(format!(
                "another push is using {} (one push per store at a time)",
                state_file.display()
            )));
        }
        Err(LockError::Open(e) | LockError::Lock(e)) => return Err(PushError::State(e)),
    };
    let state = PushState::load(state_file)?;
    let known = state
        .endpoints
        .get(&opts.endpoint)
        .cloned()
        .unwrap_or_default();

    let mut graphs = store.graphs()?;
    if !opts.only.is_empty() {
        for g in &opts.only {
            if !graphs.contains(g) {
                return Err(PushError::Usage(format!(
                    "no graph {g} in the store (see `asnkg stats` for the articles)"
                )));
            }
        }
        graphs.retain(|g| opts.only.contains(g));
    }
    graphs.sort_by(|a, b| a.as_str().cmp(b.as_str()));

    // Serialise each graph once: its digest decides whether it goes, and it is the payload.
    let format = opts.format.rdf();
    let mut todo: Vec<(NamedNode, Vec<u8>, String)> = Vec::new();
    let mut unchanged = 0;
    for g in graphs {
        let mut payload = Vec::new();
        store.dump(format, Some(g.as_ref()), &mut payload)?;
        let d = digest(&payload);
        if !opts.all && known.get(g.as_str()) == Some(&d) {
            unchanged += 1;
            continue;
        }
        todo.push((g, payload, d));
    }
    let mut report = PushReport {
        unchanged,
        ..PushReport::default()
    };
    if opts.dry_run {
        report.bytes = todo.iter().map(|(_, p, _)| p.len() as u64).sum();
        report.sent = todo.into_iter().map(|(g, _, _)| g).collect();
        return Ok(report);
    }

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .http_status_as_error(false)
        .max_idle_connections_per_host(opts.jobs.max(1))
        .build()
        .into();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let retried = AtomicU64::new(0);
    let reasons: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let failure: Mutex<Option<PushError>> = Mutex::new(None);
    // Digests accepted by the endpoint, saved every SAVE_EVERY graphs and at the end.
    let accepted: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    let state_error: Mutex<Option<PushError>> = Mutex::new(None);
    let save = |state: &mut PushState, accepted: &mut Vec<(usize, String)>| {
        let entry = state.endpoints.entry(opts.endpoint.clone()).or_default();
        for (i, d) in accepted.drain(..) {
            entry.insert(todo[i].0.as_str().to_owned(), d);
        }
        state.save(state_file)
    };
    let state = Mutex::new(state);

    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((graph, payload, d)) = todo.get(i) else {
                        return;
                    };
                    match put_graph(&agent, opts, graph, payload, &retried, &reasons) {
                        Ok(()) => {
                            bytes.fetch_add(payload.len() as u64, Ordering::Relaxed);
                            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                            progress(n, todo.len(), bytes.load(Ordering::Relaxed));
                            let mut acc = lock(&accepted);
                            acc.push((i, d.clone()));
                            if acc.len() >= SAVE_EVERY
                                && let Err(e) = save(&mut lock(&state), &mut acc)
                            {
                                *lock(&state_error) = Some(e);
                                stop.store(true, Ordering::Relaxed);
                            }
                        }
                        Err((status, message)) => {
                            stop.store(true, Ordering::Relaxed);
                            let mut f = lock(&failure);
                            if f.is_none() {
                                *f = Some(PushError::Endpoint {
                                    endpoint: opts.endpoint.clone(),
                                    graph: graph.as_str().to_owned(),
                                    status,
                                    message,
                                    pushed: 0,
                                });
                            }
                        }
                    }
                }
            });
        }
    });

    // Remember what the endpoint accepted, even when something else failed.
    save(&mut lock(&state), &mut lock(&accepted))?;
    if let Some(e) = lock(&state_error).take() {
        return Err(e);
    }
    let pushed = done.load(Ordering::Relaxed);
    if let Some(mut e) = lock(&failure).take() {
        if let PushError::Endpoint { pushed: p, .. } = &mut e {
            *p = pushed;
        }
        return Err(e);
    }
    report.sent = todo.into_iter().map(|(g, _, _)| g).collect();
    report.bytes = bytes.load(Ordering::Relaxed);
    report.retried = retried.load(Ordering::Relaxed);
    report.retry_reasons = std::mem::take(&mut *lock(&reasons));
    Ok(report)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// PUTs one graph, retrying what may pass on a second try. Err: (status, message).
fn put_graph(
    agent: &ureq::Agent,
    opts: &PushOptions,
    graph: &NamedNode,
    payload: &[u8],
    retried: &AtomicU64,
    reasons: &Mutex<Vec<String>>,
) -> Result<(), (Option<u16>, String)> {
    let url = graph_url(&opts.endpoint, graph.as_str());
    let content_type = opts.format.rdf().media_type();
    let mut attempt = 0;
    loop {
        let mut request = agent
            .put(url.as_str())
            .header("Content-Type", format!("{content_type}; charset=utf-8"));
        for (k, v) in &opts.headers {
            request = request.header(k.as_str(), v.as_str());
        }
        let outcome = match request.send(payload) {
            Ok(mut response) => {
                let status = response.status().as_u16();
                if (200..300).contains(&status) {
                    return Ok(());
                }
                let mut body = Vec::new();
                let _ = response
                    .body_mut()
                    .as_reader()
                    .take(64 * 1024)
                    .read_to_end(&mut body);
                let message = summarize_body(&body);
                let again = status == 408 || status == 429 || status >= 500;
                (Some(status), message, again)
            }
            Err(e) => (None, e.to_string(), true),
        };
        let (status, message, again) = outcome;
        if !again || attempt >= opts.retries {
            let tried = if attempt > 0 {
                format!(" (after {} attempts)", attempt + 1)
            } else {
                String::new()
            };
            return Err((status, format!("{message}{tried}")));
        }
        attempt += 1;
        retried.fetch_add(1, Ordering::Relaxed);
        let mut r = lock(reasons);
        if r.len() < 3 {
            let why = match status {
                Some(s) => format!("{s} {message}"),
                None => message,
            };
            r.push(format!("<{}>: {}", graph.as_str(), why.trim()));
        }
        drop(r);
        std::thread::sleep(opts.backoff * 2u32.saturating_pow(attempt - 1));
    }
}

/// The first words of an error body, tags stripped (servers answer in HTML, JSON, text).
fn summarize_body(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut short = words.join(" ");
    if short.chars().count() > 300 {
        short = short.chars().take(300).collect::<String>() + "…";
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_urls_encode_the_iri_and_keep_existing_parameters() {
        assert_eq!(
            graph_url("http://h/store", "https://w3id.org/a b#c"),
            "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fa%20b%23c"
        );
        assert_eq!(
            graph_url("http://h/rdf-graphs/service?x=1", "urn:g"),
            "http://h/rdf-graphs/service?x=1&graph=urn%3Ag"
        );
    }

    #[test]
    fn digests_differ_for_different_payloads_and_repeat_for_equal_ones() {
        assert_eq!(digest(b"<a> <b> <c> ."), digest(b"<a> <b> <c> ."));
        assert_ne!(digest(b"<a> <b> <c> ."), digest(b"<a> <b> <d> ."));
        assert_eq!(digest(b"").len(), 32);
    }

    #[test]
    fn error_bodies_are_shortened_to_their_text() {
        let html = b"<html><head><title>Failed</title></head><body><h1>403</h1>\n<xmp>Permission denied</xmp></body></html>";
        assert_eq!(summarize_body(html), "Failed 403 Permission denied");
        let long = "x ".repeat(400);
        assert!(summarize_body(long.as_bytes()).ends_with('…'));
    }

    #[test]
    fn a_corrupt_state_file_is_reported_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STATE_FILE);
        std::fs::write(&path, b"{not json").unwrap();
        let err = PushState::load(&path).unwrap_err().to_string();
        assert!(err.contains(STATE_FILE), "{err}");
        assert!(PushState::load(&dir.path().join("missing.json")).is_ok());
    }
}
