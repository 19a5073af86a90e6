//! `asnkg serve`: the store over HTTP (SPARQL Protocol, Graph Store Protocol read side,
//! browser explorer), read-only.

use super::StoreArgs;
use crate::serve::{ServeOptions, serve};
use crate::store::GraphStore;
use clap::Args;
use std::time::Duration;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0: any free port)
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:7878")]
    pub bind: String,
    /// Requests served at once (the rest wait their turn)
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub threads: usize,
    /// Cancel queries running longer than this many seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub timeout: f64,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: ServeArgs) -> Result<u8, String> {
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        return Err(format!(
            "--timeout {} must be a positive number of seconds",
            args.timeout
        ));
    }
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let options = ServeOptions {
        threads: args.threads.max(1),
        timeout: Duration::from_secs_f64(args.timeout),
        max_body: 1 << 20,
    };
    let store_path = args.store.store.display().to_string();
    serve(store, &args.bind, options, |addr| {
        eprintln!(
            "asnkg serve: store {store_path} on http://{addr}/ (explorer), http://{addr}/query (SPARQL), http://{addr}/store (graphs); read-only; Ctrl+C stops"
        );
    })?;
    Ok(0)
}
