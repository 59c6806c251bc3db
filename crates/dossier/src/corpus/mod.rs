//! The corpus: an embedded SQLite store of processed documents, and what can
//! be learnt across articles.
//!
//! - [`schema`]: tables and migrations; [`store`]: opening and validating a
//!   database; [`ingest`]: storing batches idempotently, one transaction each;
//! - [`records`]: the flat rows of the normalised tables, and [`load`] to read
//!   them back; [`extract`]: running the pipeline on what was read;
//! - [`resolve`]: cross-article actors; [`claims`]: claim groups and their
//!   standing; [`model`]: the whole cross-article model with its timeline.

pub mod claims;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod load;
pub mod model;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod query;
pub mod records;
pub mod resolve;
pub mod schema;
pub mod store;

#[cfg(test)]
mod fixtures;

pub use claims::{ClaimGroup, Standing};
pub use ingest::{content_hash, BatchOutcome, Failure};
pub use model::{Corpus, Entry, Item};
pub use records::Records;
pub use resolve::{Actor, Actors};
pub use store::{CorpusError, Store, DEFAULT_BUSY_TIMEOUT};
