//! The corpus: a store of processed documents (an SQLite file or a PostgreSQL
//! database), and what can be learnt across articles.
//!
//! - [`backend`]: choosing the backend from `--db`; [`schema`]: tables and
//!   migrations of both; [`store`]: opening and validating an SQLite file;
//!   [`postgres`]: the PostgreSQL backend and [`work`]: sharing ingest work
//!   among processes; [`ingest`]: storing batches idempotently, one
//!   transaction each, the same logic for both backends;
//! - [`records`]: the flat rows of the normalised tables, and [`load`] to read
//!   them back; [`extract`]: running the pipeline on what was read;
//! - [`resolve`]: cross-article actors; [`claims`]: claim groups and their
//!   standing; [`model`]: the whole cross-article model with its timeline.

pub mod backend;
pub mod claims;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod load;
pub mod model;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod postgres;
pub mod query;
pub mod records;
pub mod resolve;
pub mod schema;
pub mod store;
pub mod work;

#[cfg(test)]
mod fixtures;
#[cfg(any(test, feature = "test-support"))]
pub mod test_db;

pub use backend::{Backend, Location};
pub use claims::{ClaimGroup, Standing};
pub use ingest::{bytes_hash, content_hash, BatchOutcome, Failure};
pub use load::{Found, Hit};
pub use model::{Corpus, Entry, Item};
pub use postgres::PgStore;
pub use records::Records;
pub use resolve::{Actor, Actors};
pub use store::{CorpusError, Store, DEFAULT_BUSY_TIMEOUT};
pub use work::{Claimed, InputResult, Registered, WorkItem};
