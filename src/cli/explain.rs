//! `asnkg explain NAME|IRI`: what the graph says about an entity, fact by fact, each with
//! the article and the sentence (with character offsets) it came from.

use super::{StoreArgs, stdout_result};
use crate::explain::{find_entities, report};
use crate::store::GraphStore;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A name ("Asmar Wijaya", "BKN", "Ogan Komering Ilir") or an entity IRI
    #[arg(value_name = "NAME|IRI")]
    pub entity: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: ExplainArgs) -> Result<u8, String> {
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| e.to_string())?;
    let entities = find_entities(&store, &args.entity)?;
    if entities.is_empty() {
        return Err(format!("nothing in the graph is named {:?}", args.entity));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write = |s: String| writeln!(out, "{s}");
    for e in &entities {
        let r = report(&store, e)?;
        stdout_result(write(e.to_string()))?;
        for (p, vs) in &r.props {
            stdout_result(write(format!("  {p}: {}", vs.join(" | "))))?;
        }
        let mut current = String::new();
        let mut last_fact = String::new();
        for f in &r.facts {
            if f.article != current {
                current = f.article.clone();
                last_fact.clear();
                stdout_result(write(format!("  in article {current}:")))?;
            }
            if f.what != last_fact {
                last_fact = f.what.clone();
                stdout_result(write(format!("    {}", f.what)))?;
            }
            stdout_result(write(format!(
                "      ← {} [chars {}-{}]",
                crate::explain::quoted(&f.sentence),
                f.start,
                f.end
            )))?;
        }
        if !r.mentioned_in.is_empty() {
            stdout_result(write(format!(
                "  mentioned in {} article(s): {}",
                r.mentioned_in.len(),
                r.mentioned_in.join(", ")
            )))?;
        }
        stdout_result(write(String::new()))?;
    }
    stdout_result(out.flush())?;
    Ok(0)
}
