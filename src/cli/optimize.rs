//! `asnkg optimize`: compacts a store, typically once after a large first load.

use super::StoreArgs;
use crate::store::GraphStore;
use clap::Args;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct OptimizeArgs {
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: OptimizeArgs) -> Result<u8, String> {
    let started = Instant::now();
    let store =
        GraphStore::open_existing_for_update(&args.store.store).map_err(|e| e.to_string())?;
    store.optimize().map_err(|e| e.to_string())?;
    eprintln!(
        "asnkg: optimized store {} in {:.1} s",
        args.store.store.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(0)
}
