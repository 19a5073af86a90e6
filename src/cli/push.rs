//! `asnkg push`: send the store's graphs to another RDF store through the SPARQL 1.1
//! Graph Store Protocol (one PUT per named graph), only those changed since the last push.

use super::StoreArgs;
use crate::push::{PayloadFormat, PushOptions, push, state_path};
use crate::store::GraphStore;
use clap::{Args, ValueEnum};
use oxigraph::model::NamedNode;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

#[derive(Args, Debug)]
pub struct PushArgs {
    /// Graph Store Protocol endpoint (Virtuoso /sparql-graph-crud, Fuseki /DATASET/data,
    /// GraphDB /repositories/REPO/rdf-graphs/service, oxigraph server /store)
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Send every graph, not only those changed since the last push to this endpoint
    #[arg(long)]
    pub all: bool,
    /// Only this graph (an article IRI); repeat for more
    #[arg(long, value_name = "IRI")]
    pub graph: Vec<String>,
    /// User for HTTP Basic authentication (password from ASNKG_PUSH_PASSWORD)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Extra request header, e.g. 'Authorization: Bearer TOKEN'; repeat for more
    #[arg(long, value_name = "NAME: VALUE")]
    pub header: Vec<String>,
    /// Payload format
    #[arg(long, value_enum, default_value = "turtle")]
    pub format: PushFormat,
    /// Requests in flight at once
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub jobs: usize,
    /// Further attempts after a connection error, 408, 429 or 5xx (waiting 0.5 s, 1 s, 2 s, ...)
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retries: u32,
    /// Time limit of one request, in seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
    /// Say what would be sent, send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not show progress
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum PushFormat {
    Turtle,
    Ntriples,
}

pub fn run(args: PushArgs) -> Result<u8, String> {
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        return Err(format!(
            "--timeout {} must be a positive number of seconds",
            args.timeout
        ));
    }
    let mut headers = Vec::new();
    for h in &args.header {
        let Some((name, value)) = h.split_once(':') else {
            return Err(format!("--header {h:?} must look like 'Name: value'"));
        };
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    if let Some(user) = &args.user {
        let password = std::env::var("ASNKG_PUSH_PASSWORD").map_err(|_| {
            "--user needs the password in the environment variable ASNKG_PUSH_PASSWORD".to_owned()
        })?;
        let token = base64(format!("{user}:{password}").as_bytes());
        headers.push(("Authorization".to_owned(), format!("Basic {token}")));
    }
    let only = args
        .graph
        .iter()
        .map(|g| {
            NamedNode::new(g.as_str()).map_err(|e| format!("--graph {g:?} is not an IRI: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let opts = PushOptions {
        endpoint: args.endpoint.clone(),
        all: args.all,
        jobs: args.jobs.max(1),
        retries: args.retries,
        backoff: Duration::from_millis(500),
        timeout: Duration::from_secs_f64(args.timeout),
        format: match args.format {
            PushFormat::Turtle => PayloadFormat::Turtle,
            PushFormat::Ntriples => PayloadFormat::NTriples,
        },
        headers,
        only,
        dry_run: args.dry_run,
    };

    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let state = state_path(&args.store.store);
    let started = Instant::now();
    let show = !args.quiet && std::io::stderr().is_terminal();
    let last = std::sync::Mutex::new(Instant::now());
    let progress = |done: usize, total: usize, bytes: u64| {
        if !show {
            return;
        }
        let Ok(mut last) = last.lock() else { return };
        if done < total && last.elapsed().as_millis() < 200 {
            return;
        }
        *last = Instant::now();
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        let rate = done as f64 / secs;
        let eta = if rate > 0.0 {
            (total - done) as f64 / rate
        } else {
            0.0
        };
        eprint!(
            "\rpushed {done}/{total} graphs, {:.1} MB, {rate:.0} graphs/s, ETA {}:{:02}  ",
            bytes as f64 / 1e6,
            (eta as u64) / 60,
            (eta as u64) % 60
        );
    };
    let result = push(&store, &opts, &state, &progress);
    if show {
        eprint!("\r{}\r", " ".repeat(78));
    }
    let report = result.map_err(|e| e.to_string())?;
    if args.dry_run {
        for g in &report.sent {
            println!("{}", g.as_str());
        }
    }
    if !args.quiet {
        let verb = if args.dry_run { "would push" } else { "pushed" };
        let mut line = format!(
            "asnkg: {verb} {} graphs ({:.1} MB) to {} in {:.1} s; {} unchanged since the last push",
            report.sent.len(),
            report.bytes as f64 / 1e6,
            args.endpoint,
            started.elapsed().as_secs_f64(),
            report.unchanged
        );
        if report.unchanged > 0 {
            line.push_str(" (--all sends them too)");
        }
        if report.retried > 0 {
            line.push_str(&format!("; {} requests retried", report.retried));
        }
        eprintln!("{line}");
        for why in &report.retry_reasons {
            eprintln!("asnkg: retried {why}");
        }
    }
    Ok(0)
}

/// Standard base64 with padding (RFC 4648), for the Basic authentication header.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ABC[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("dba:dba", "ZGJhOmRiYQ=="),
        ] {
            assert_eq!(super::base64(plain.as_bytes()), coded, "{plain}");
        }
    }
}
