//! One module per subcommand.

pub mod bench;
pub mod corpus;
pub mod demo;
pub mod eval;
pub mod extract;
mod ingest;
mod render;
mod sink;
