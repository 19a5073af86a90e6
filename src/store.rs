//! The embedded oxigraph store. Nothing else opens the database.
//!
//! Who may open it at once is settled by `asnkg.lock` in the store directory: a writer
//! (`build`) holds it exclusively, readers (`query`, `export`, `dot`, ...) share it and
//! open the database read-only. So any number of readers run side by side, and a reader
//! and a writer never meet (RocksDB does not support reading while another process
//! writes): whichever comes second fails at once with a clear message.
//!
//! Writes are atomic per batch of articles: each article's graph is cleared and refilled
//! in one transaction, so a crash leaves every article fully old or fully new. A fresh
//! store is filled with oxigraph's bulk loader instead (atomic at commit).

use crate::rdf::GraphQuads;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Store errors, phrased for users.
#[derive(Debug)]
pub enum StoreError {
    /// Another process holds the store.
    InUse(PathBuf),
    /// No store at the path (for commands that only read).
    Missing(PathBuf),
    Storage(String),
    Query(String),
    /// Writing the output failed (a closed pipe, a full disk).
    Output(std::io::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::InUse(p) => write!(
                f,
                "store {} is in use by another asnkg process (a build excludes everything else, and queries exclude builds); try again when it has finished",
                p.display()
            ),
            StoreError::Missing(p) => write!(
                f,
                "no store at {}; build one first with `asnkg build DIR --store {}`",
                p.display(),
                p.display()
            ),
            StoreError::Storage(m) => write!(f, "store error: {m}"),
            StoreError::Query(m) => write!(f, "{m}"),
            StoreError::Output(e) => write!(f, "writing output: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

fn storage(e: StorageError, path: Option<&Path>) -> StoreError {
    let msg = e.to_string();
    let lower = msg.to_lowercase();
    if let Some(p) = path
        && (lower.contains("lock") || lower.contains("resource temporarily unavailable"))
    {
        return StoreError::InUse(p.to_path_buf());
    }
    StoreError::Storage(msg)
}

/// Replaces `$name` placeholders (followed by a non-identifier character) with terms.
pub fn fill_template(template: &str, bindings: &[(&str, oxigraph::model::Term)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        match bindings.iter().find(|(n, _)| *n == name) {
            Some((_, term)) => out.push_str(&term.to_string()),
            None => {
                out.push('$');
                out.push_str(name);
            }
        }
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

/// An opened store.
pub struct GraphStore {
    store: Store,
    path: Option<PathBuf>,
    /// Held (shared or exclusive) as long as the store is open.
    _lock: Option<std::fs::File>,
}

const LOCK_FILE: &str = "asnkg.lock";

/// Why a lock file could not be taken.
pub enum LockError {
    /// Another process holds it.
    Busy,
    /// The file could not be created (read-only media, permissions).
    Open(String),
    /// The file exists but could not be locked.
    Lock(String),
}

/// Opens (creating if needed) the lock file at `path` and takes its lock, exclusive or
/// shared, without waiting. The lock lasts as long as the returned file is open.
pub fn try_lock_file(path: &Path, exclusive: bool) -> Result<std::fs::File, LockError> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| LockError::Open(format!("cannot create {}: {e}", path.display())))?;
    let taken = if exclusive {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    match taken {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::Busy),
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Lock(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

/// Takes the store's lock, exclusive for writers and shared for readers. A store on
/// read-only media cannot hold the lock file; readers then go ahead without it.
fn lock(path: &Path, exclusive: bool) -> Result<Option<std::fs::File>, StoreError> {
    match try_lock_file(&path.join(LOCK_FILE), exclusive) {
        Ok(f) => Ok(Some(f)),
        Err(LockError::Busy) => Err(StoreError::InUse(path.to_path_buf())),
        Err(LockError::Open(_)) if !exclusive => Ok(None),
        Err(LockError::Open(e) | LockError::Lock(e)) => Err(StoreError::Storage(e)),
    }
}

impl GraphStore {
    /// Opens (creating if needed) the store at `path` for writing, alone.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        std::fs::create_dir_all(path)
            .map_err(|e| StoreError::Storage(format!("cannot create {}: {e}", path.display())))?;
        let lock = lock(path, true)?;
        let store = Store::open(path).map_err(|e| storage(e, Some(path)))?;
        Ok(GraphStore {
            store,
            path: Some(path.to_path_buf()),
            _lock: lock,
        })
    }

    /// Opens an existing store for reading, alongside other readers; a missing store is
    /// an error, not an empty store.
    pub fn open_existing(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let lock = lock(path, false)?;
        let store = Store::open_read_only(path).map_err(|e| storage(e, Some(path)))?;
        Ok(GraphStore {
            store,
            path: Some(path.to_path_buf()),
            _lock: lock,
        })
    }

    /// A throwaway in-memory store.
    pub fn memory() -> Result<GraphStore, StoreError> {
        Ok(GraphStore {
            store: Store::new().map_err(|e| storage(e, None))?,
            path: None,
            _lock: None,
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn inner(&self) -> &Store {
        &self.store
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store.is_empty().map_err(|e| storage(e, None))
    }

    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| storage(e, None))
    }

    /// Replaces the graphs of a batch of articles (and nothing else) in one transaction.
    pub fn replace_graphs(&self, batch: &[GraphQuads]) -> Result<(), StoreError> {
        let mut tx = self
            .store
            .start_transaction()
            .map_err(|e| storage(e, None))?;
        for quads in batch {
            // Write only the difference: re-building an unchanged article writes nothing,
            // and a changed one keeps the statements it shares with its old version.
            // Removals come first, so a quad in both (stored in another lexical form)
            // ends up present.
            let graph = quads.graph().as_ref();
            let name = GraphNameRef::NamedNode(graph);
            let old = tx
                .quads_for_pattern(None, None, None, Some(name))
                .collect::<Result<Vec<Quad>, _>>()
                .map_err(|e| storage(e, None))?;
            let old_set: foldhash::HashSet<QuadRef<'_>> = old.iter().map(Quad::as_ref).collect();
            let new: foldhash::HashSet<QuadRef<'_>> = quads.iter().collect();
            for q in old_set.iter().filter(|q| !new.contains(*q)) {
                tx.remove(*q);
            }
            tx.insert_named_graph(NamedOrBlankNodeRef::NamedNode(graph));
            tx.extend(quads.iter().filter(|q| !old_set.contains(q)));
        }
        tx.commit().map_err(|e| storage(e, None))
    }

    /// Loads quads into a store known to hold none of their graphs, with the bulk loader,
    /// which sorts about `memory_mb` (a rough budget) of quads at a time into files that
    /// RocksDB takes in whole at commit.
    pub fn bulk_load(
        &self,
        quads: impl IntoIterator<Item = Quad>,
        memory_mb: usize,
    ) -> Result<(), StoreError> {
        let mut loader = self
            .store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(memory_mb);
        loader
            .load_quads(quads)
            .map_err(|e| StoreError::Storage(e.to_string()))?;
        loader.commit().map_err(|e| storage(e, None))
    }

    /// Graph names in the store (articles and the reference graph).
    pub fn graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.store.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) =
                g.map_err(|e| storage(e, None))?
            {
                out.push(n);
            }
        }
        Ok(out)
    }

    pub fn has_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        self.store
            .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph))
            .map_err(|e| storage(e, None))
    }

    /// Runs a SPARQL query with the contract's prefixes; the default graph is the union of
    /// all graphs unless the query names its own dataset.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, &[])
    }

    /// Like [`GraphStore::query`], with each `$name` placeholder of a trusted template
    /// replaced by a term. Terms are written in their N-Triples form (oxigraph escapes
    /// literals; IRIs were validated when built), so user input never becomes query syntax.
    pub fn query_with(
        &self,
        template: &str,
        bindings: &[(&str, oxigraph::model::Term)],
    ) -> Result<QueryResults<'static>, StoreError> {
        self.query_cancellable(&fill_template(template, bindings), None)
    }

    /// Runs a query that `token` can stop (a server's timeout).
    pub fn query_cancellable(
        &self,
        sparql: &str,
        token: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
        if let Some(t) = token {
            evaluator = evaluator.with_cancellation_token(t);
        }
        for (p, iri) in crate::vocab::PREFIXES {
            evaluator = evaluator
                .with_prefix(*p, *iri)
                .map_err(|e| StoreError::Query(e.to_string()))?;
        }
        let mut prepared = evaluator
            .parse_query(sparql)
            .map_err(|e| StoreError::Query(format!("SPARQL syntax error: {e}")))?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Query(format!("query failed: {e}")))
    }

    /// Writes the whole dataset (`graph` None) or one graph in `format`. Triple formats get
    /// the union of all graphs.
    pub fn dump(
        &self,
        format: RdfFormat,
        graph: Option<NamedNodeRef<'_>>,
        out: impl Write,
    ) -> Result<(), StoreError> {
        let mut serializer = RdfSerializer::from_format(format);
        for (p, iri) in crate::vocab::PREFIXES {
            serializer = serializer
                .with_prefix(*p, *iri)
                .map_err(|e| StoreError::Storage(e.to_string()))?;
        }
        let mut writer = serializer.for_writer(out);
        let quads = match graph {
            Some(g) => {
                self.store
                    .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g)))
            }
            None => self.store.quads_for_pattern(None, None, None, None),
        };
        if format.supports_datasets() {
            for q in quads {
                let q = q.map_err(|e| storage(e, None))?;
                writer.serialize_quad(&q).map_err(StoreError::Output)?;
            }
        } else {
            // Triples of the union, each once.
            let mut seen = std::collections::HashSet::new();
            for q in quads {
                let q = q.map_err(|e| storage(e, None))?;
                let t = oxigraph::model::Triple::from(q);
                if seen.insert(t.clone()) {
                    writer.serialize_triple(&t).map_err(StoreError::Output)?;
                }
            }
        }
        writer.finish().map_err(StoreError::Output)?;
        Ok(())
    }

    /// Writes the dataset (or one graph) as JSON-LD with the published context: one named
    /// graph object per graph, read and written one graph at a time.
    pub fn dump_jsonld(
        &self,
        graph: Option<NamedNodeRef<'_>>,
        mut out: impl Write,
    ) -> Result<(), StoreError> {
        let compactor = crate::jsonld::Compactor::new().map_err(StoreError::Storage)?;
        let graphs = match graph {
            Some(g) => vec![g.into_owned()],
            None => self.graphs()?,
        };
        let context = serde_json::to_string(compactor.context())
            .map_err(|e| StoreError::Storage(e.to_string()))?;
        write!(out, "{{\"@context\":{context},\"@graph\":[").map_err(StoreError::Output)?;
        let mut first = true;
        if graph.is_none() {
            // Triples in the default graph, if a user loaded any, go at the top level.
            let quads: Vec<Quad> = self
                .store
                .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
                .collect::<Result<_, _>>()
                .map_err(|e| storage(e, None))?;
            for node in compactor.nodes(&quads) {
                if !first {
                    out.write_all(b",\n").map_err(StoreError::Output)?;
                }
                first = false;
                serde_json::to_writer(&mut out, &node).map_err(|e| StoreError::Output(e.into()))?;
            }
        }
        for g in &graphs {
            let quads: Vec<Quad> = self
                .store
                .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref())))
                .collect::<Result<_, _>>()
                .map_err(|e| storage(e, None))?;
            let object =
                serde_json::json!({ "@id": g.as_str(), "@graph": compactor.nodes(&quads) });
            if !first {
                out.write_all(b",\n").map_err(StoreError::Output)?;
            }
            first = false;
            serde_json::to_writer(&mut out, &object).map_err(|e| StoreError::Output(e.into()))?;
        }
        out.write_all(b"]}\n").map_err(StoreError::Output)?;
        Ok(())
    }

    /// The quads around some entities, `depth` edges out in either direction, outside the
    /// reference graph: what a neighbourhood picture needs, read by index lookups rather
    /// than a scan. At most `per_node` quads point at any one node (a national body is
    /// mentioned by thousands of articles).
    pub fn around(
        &self,
        start: &[NamedNode],
        depth: usize,
        per_node: usize,
    ) -> Result<Vec<Quad>, StoreError> {
        use oxigraph::model::{GraphName, Term};
        let reference =
            GraphName::NamedNode(NamedNode::new_unchecked(crate::vocab::REFERENCE_GRAPH));
        let mut seen: std::collections::HashSet<NamedNode> = start.iter().cloned().collect();
        let mut frontier: Vec<NamedNode> = start.to_vec();
        let mut quads = Vec::new();
        for level in 0..=depth {
            let mut next = Vec::new();
            for node in &frontier {
                let as_subject = self.store.quads_for_pattern(
                    Some(NamedOrBlankNodeRef::NamedNode(node.as_ref())),
                    None,
                    None,
                    None,
                );
                let as_object = self
                    .store
                    .quads_for_pattern(None, None, Some(node.as_ref().into()), None)
                    .take(if level < depth { per_node } else { 0 });
                for q in as_subject.chain(as_object) {
                    let q = q.map_err(|e| storage(e, None))?;
                    if q.graph_name == reference {
                        continue;
                    }
                    if level < depth {
                        let other = match (&q.subject, &q.object) {
                            (NamedOrBlankNode::NamedNode(s), _) if s != node => Some(s.clone()),
                            (_, Term::NamedNode(o)) if o != node => Some(o.clone()),
                            _ => None,
                        };
                        if let Some(o) = other
                            && seen.insert(o.clone())
                        {
                            next.push(o);
                        }
                    }
                    quads.push(q);
                }
            }
            frontier = next;
        }
        Ok(quads)
    }

    /// Checks the store's internal consistency.
    pub fn validate(&self) -> Result<(), StoreError> {
        self.store.validate().map_err(|e| storage(e, None))
    }

    /// Rows of a SELECT query as strings (IRIs and literal values), for reports.
    pub fn select(
        &self,
        sparql: &str,
        bindings: &[(&str, oxigraph::model::Term)],
    ) -> Result<Vec<Vec<Option<oxigraph::model::Term>>>, StoreError> {
        match self.query_with(sparql, bindings)? {
            QueryResults::Solutions(solutions) => {
                let vars = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| StoreError::Query(e.to_string()))?;
                    rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
                }
                Ok(rows)
            }
            _ => Err(StoreError::Query("expected a SELECT query".into())),
        }
    }

    /// Opens an existing store for writing; a missing store is an error, not a new store.
    pub fn open_existing_for_update(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        GraphStore::open(path)
    }

    /// Compacts the whole store (RocksDB), then flushes it.
    pub fn optimize(&self) -> Result<(), StoreError> {
        if self.path.is_some() {
            self.store.optimize().map_err(|e| storage(e, None))?;
        }
        self.flush()
    }

    pub fn flush(&self) -> Result<(), StoreError> {
        if self.path.is_some() {
            self.store.flush().map_err(|e| storage(e, None))?;
        }
        Ok(())
    }
}
