//! The `asnkg` command line: argument parsing and dispatch. Data goes to stdout,
//! messages to stderr.
//!
//! Exit codes: 0 success; 1 failure; 2 usage error; 3 finished, but some inputs were
//! skipped (each reported on stderr); 4 `validate` found violations.

mod build;
mod dot;
mod explain;
mod export;
mod extract;
mod optimize;
mod push;
mod query;
mod serve;
mod stats;
mod validate;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_PARTIAL: u8 = 3;

#[derive(Parser, Debug)]
#[command(
    name = "asnkg",
    version,
    about = "Knowledge graph of Indonesian civil-service (ASN) news: extract, store, query, export, draw",
    long_about = "asnkg reads Indonesian news articles about the civil service (pelantikan, mutasi, \
rotasi, netralitas ASN, ...), extracts persons, organizations, regions, posts, legal instruments, \
events and quotations with transparent rules, stores them as RDF (one named graph per article) in an \
embedded oxigraph store, and answers SPARQL queries.",
    after_help = "Examples:\n  asnkg build examples/articles\n  asnkg query 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'\n  asnkg export --format turtle > graph.ttl\n  asnkg dot --focus \"Asmar Wijaya\" --depth 2 > asmar.dot\n  asnkg serve                      # SPARQL endpoint and explorer on http://127.0.0.1:7878/\n  asnkg push --endpoint http://localhost:8890/sparql-graph-crud\n\nExit codes: 0 ok, 1 failure, 2 usage error, 3 some inputs skipped, 4 validate found violations."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract facts from articles and load them into the store
    #[command(
        after_help = "Examples:\n  asnkg build examples/articles\n  asnkg build news/ more.jsonl --store /data/asnkg\n  asnkg build archive.jsonl --store /data/asnkg && asnkg optimize --store /data/asnkg   # a large first load\n  cat article.txt | asnkg build - --memory\n\nInputs: files (.txt .md .html .htm .jsonl), directories (searched recursively), - for stdin.\nRe-building an article replaces its graph and nothing else."
    )]
    Build(build::BuildArgs),
    /// Run a SPARQL query (prefixes asn: schema: org: eli: prov: skos: rdfs: xsd: are declared)
    #[command(
        after_help = "Examples:\n  asnkg query 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'\n  asnkg query --file examples/reports/holdings.rq --format csv\n  echo 'ASK { ?e a asn:Inauguration }' | asnkg query\n\nThe default graph is the union of all article graphs unless the query names its own dataset."
    )]
    Query(query::QueryArgs),
    /// Write the graph as Turtle, TriG, N-Quads or N-Triples
    #[command(
        after_help = "Examples:\n  asnkg export --format turtle > graph.ttl\n  asnkg export --format nquads -o graph.nq\n  asnkg export --format trig --graph https://w3id.org/asnkg/id/article/01_pelantikan-pemkab-lahat\n  asnkg export --format jsonld -o graph.jsonld\n\nTriG, N-Quads and JSON-LD keep one named graph per article; Turtle, N-Triples and RDF/XML merge them.\nJSON-LD uses the published context ontology/context.jsonld (short terms such as \"name\", \"holds\")."
    )]
    Export(export::ExportArgs),
    /// Draw the graph (or one entity's neighbourhood) as Graphviz DOT
    #[command(
        after_help = "Examples:\n  asnkg dot --svg -o graph.svg\n  asnkg dot > graph.dot && dot -Tpdf graph.dot > graph.pdf\n  asnkg dot --focus \"Asmar Wijaya\" --depth 2 > asmar.dot\n  asnkg dot --focus https://w3id.org/asnkg/id/org/bkn"
    )]
    Dot(dot::DotArgs),
    /// Count entities per class and facts per article
    #[command(after_help = "Example:\n  asnkg stats --store asnkg-store")]
    Stats(stats::StatsArgs),
    /// Compact the store (once after a large first load: later updates and queries get faster)
    #[command(
        after_help = "Example:\n  asnkg build archive.jsonl --store /data/asnkg && asnkg optimize --store /data/asnkg\n\nA large first load sorts its quads in big batches and leaves RocksDB's compaction for later;\noptimize does it now, in one go (about a minute for 100k articles). Needs the store alone, like build."
    )]
    Optimize(optimize::OptimizeArgs),
    /// Print the quads of articles without a store (N-Quads or TriG)
    #[command(
        after_help = "Examples:\n  asnkg extract some-article.txt\n  asnkg extract part-1/ --format trig > part-1.trig\n\nShards extracted separately concatenate to exactly the output of one run."
    )]
    Extract(extract::ExtractArgs),
    /// Show what the graph says about an entity, fact by fact, with the article and sentence
    #[command(
        after_help = "Examples:\n  asnkg explain \"Asmar Wijaya\"\n  asnkg explain BKN\n  asnkg explain https://w3id.org/asnkg/id/person/asmar-wijaya"
    )]
    Explain(explain::ExplainArgs),
    /// Check the graph against the SHACL shapes (ontology/shapes.ttl); exit 4 on violations
    #[command(
        after_help = "Examples:\n  asnkg validate --store asnkg-store\n  asnkg validate graph.nq --format json\n  asnkg validate --shapes my-shapes.ttl\n\nEach named graph (article) is validated on its own. Exit codes: 0 conforms, 4 violations, 1 error."
    )]
    Validate(validate::ValidateArgs),
    /// Serve the store over HTTP: SPARQL endpoint, Graph Store Protocol (read), browser explorer
    #[command(
        after_help = "Examples:\n  asnkg serve --store asnkg-store\n  asnkg serve --bind 0.0.0.0:8080 --threads 8 --timeout 10\n  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/query\n\nEndpoints: / (explorer), /query (SPARQL 1.1 Protocol), /store?graph=IRI | ?default (Graph Store Protocol, read),\n/entity?name=NAME | ?iri=IRI (entity page), /context.jsonld. Read-only: updates get 403."
    )]
    Serve(serve::ServeArgs),
    /// Send the graphs to another RDF store (SPARQL 1.1 Graph Store Protocol, PUT per graph)
    #[command(
        after_help = "Examples:\n  asnkg push --endpoint http://localhost:8890/sparql-graph-crud            # Virtuoso\n  asnkg push --endpoint http://localhost:3030/asn/data --user admin          # Fuseki (password in ASNKG_PUSH_PASSWORD)\n  asnkg push --endpoint http://localhost:7200/repositories/asn/rdf-graphs/service   # GraphDB\n  asnkg push --endpoint https://example.org/store --header 'Authorization: Bearer TOKEN' --all\n\nEach article graph is PUT to ENDPOINT?graph=IRI, replacing what the endpoint had under that name.\nOnly graphs changed since the last push to the same endpoint are sent (remembered in STORE/asnkg-push.json);\n--all sends every graph. Connection errors, 408, 429 and 5xx are retried; any other 4xx stops the push."
    )]
    Push(push::PushArgs),
}

/// Where the store lives.
#[derive(Args, Debug, Clone)]
pub struct StoreArgs {
    /// Store directory (embedded oxigraph/RocksDB)
    #[arg(long, value_name = "DIR", default_value = "asnkg-store")]
    pub store: PathBuf,
}

/// Options that shape extraction.
#[derive(Args, Debug, Clone)]
pub struct ExtractOptions {
    /// Base of resource IRIs (must end with / or #)
    #[arg(long, value_name = "IRI", default_value = crate::vocab::DEFAULT_BASE)]
    pub base: String,
    /// Directory with extra lexicon files (same names as under ontology/) to add to the built-in ones
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// Skip articles larger than this many bytes
    #[arg(long, value_name = "N", default_value_t = crate::ingest::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: usize,
}

impl ExtractOptions {
    pub fn config(&self) -> Result<crate::pipeline::Config, String> {
        let lex = crate::lexicon::Lexicon::load(self.lexicon.as_deref())
            .map_err(|e| format!("lexicon: {e}"))?;
        let iris = crate::rdf::Iris::new(&self.base)?;
        Ok(crate::pipeline::Config { lex, iris })
    }
    pub fn ingest(&self) -> crate::ingest::IngestOptions {
        crate::ingest::IngestOptions {
            max_article_bytes: self.max_article_bytes,
        }
    }
}

/// Prints an error to stderr the way every command does.
pub fn report(msg: impl std::fmt::Display) {
    eprintln!("asnkg: {msg}");
}

/// Runs the command line; returns the process exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(a) => build::run(a),
        Command::Query(a) => query::run(a),
        Command::Export(a) => export::run(a),
        Command::Dot(a) => dot::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Optimize(a) => optimize::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Validate(a) => validate::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Push(a) => push::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            report(e);
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Writes to stdout, treating a closed pipe (`| head`) as success.
pub fn stdout_result(r: std::io::Result<()>) -> Result<(), String> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("writing output: {e}")),
    }
}
