//! One module per subcommand.

pub mod demo;
pub mod eval;
pub mod eval_syntax;
pub mod extract;
pub mod ner;
mod progress;
mod sink;
pub mod train;
