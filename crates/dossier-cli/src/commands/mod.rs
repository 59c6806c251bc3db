//! One module per subcommand.

pub mod demo;
pub mod eval;
pub mod extract;
pub mod ner;
mod sink;
pub mod train;
