//! asnkg: a knowledge graph of Indonesian civil-service (ASN) news.
//!
//! Data flows one way: [`ingest`] (files, JSONL, stdin → [`article::Article`]) →
//! [`clean`] (chrome out, dateline/byline in) → [`text`] (tokens and sentences) →
//! [`extract`] (typed facts with evidence, never RDF) → [`rdf`] (facts → quads with
//! deterministic IRIs) → [`store`] (embedded oxigraph) → the commands in [`cli`].
//! See ARCHITECTURE.md.

pub mod article;
pub mod clean;
pub mod cli;
pub mod corpus;
pub mod dot;
pub mod explain;
pub mod extract;
pub mod ingest;
pub mod jsonld;
pub mod lexicon;
pub mod pipeline;
pub mod push;
pub mod rdf;
pub mod serve;
pub mod shacl;
pub mod store;
pub mod text;
pub mod vocab;
