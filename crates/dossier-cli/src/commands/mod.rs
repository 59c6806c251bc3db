//! One module per subcommand.

pub mod bench;
pub mod bench_serve;
pub mod corpus;
pub mod demo;
pub mod eval;
pub mod eval_syntax;
pub mod extract;
mod ingest;
mod ingest_shared;
pub mod ner;
mod progress;
mod render;
pub mod serve;
mod sink;
pub mod train;
