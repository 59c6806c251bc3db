//! Where a corpus lives: an SQLite file or a PostgreSQL database, chosen by
//! the `--db` value, behind one interface for the commands.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use super::ingest::{BatchOutcome, Failure};
use super::load::Found;
use super::postgres::{parse_url, redact, PgStore};
use super::records::Records;
use super::store::{CorpusError, Store};
use crate::output::DocumentJson;

/// A `--db` value: a `postgres://` or `postgresql://` URL, else a file path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database URL.
    Postgres(String),
}

impl FromStr for Location {
    type Err = String;

    /// Reads a `--db` value; a PostgreSQL URL must parse.
    fn from_str(s: &str) -> Result<Location, String> {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            parse_url(s)?;
            Ok(Location::Postgres(s.to_string()))
        } else if s.is_empty() {
            Err("give a database file or a postgres:// URL".into())
        } else {
            Ok(Location::Sqlite(PathBuf::from(s)))
        }
    }
}

impl fmt::Display for Location {
    /// The path, or the URL without its password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(path) => write!(f, "{}", path.display()),
            Location::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

/// An open corpus of either backend.
pub enum Backend {
    /// An SQLite file.
    Sqlite(Store),
    /// A PostgreSQL database.
    Postgres(Box<PgStore>),
}

impl Backend {
    /// Opens the corpus at `location`, creating an SQLite file or the tables
    /// of an empty PostgreSQL database when needed.
    pub fn open(location: &Location, busy_timeout: Duration) -> Result<Backend, CorpusError> {
        match location {
            Location::Sqlite(path) => Store::open(path, busy_timeout).map(Backend::Sqlite),
            Location::Postgres(url) => {
                PgStore::open(url, busy_timeout).map(|store| Backend::Postgres(Box::new(store)))
            }
        }
    }

    /// Opens an existing corpus: an SQLite file must exist, a PostgreSQL
    /// database must hold Dossier's tables.
    pub fn open_existing(
        location: &Location,
        busy_timeout: Duration,
    ) -> Result<Backend, CorpusError> {
        match location {
            Location::Sqlite(path) => Store::open_existing(path, busy_timeout).map(Backend::Sqlite),
            Location::Postgres(url) => PgStore::open_existing(url, busy_timeout)
                .map(|store| Backend::Postgres(Box::new(store))),
        }
    }

    /// Stores a batch of documents and failures in one transaction.
    pub fn ingest(
        &mut self,
        docs: &[DocumentJson],
        failures: &[Failure],
    ) -> Result<BatchOutcome, CorpusError> {
        match self {
            Backend::Sqlite(store) => store.ingest(docs, failures),
            Backend::Postgres(store) => store.ingest(docs, failures),
        }
    }

    /// Every stored record, in document and id order.
    pub fn records(&mut self) -> Result<Records, CorpusError> {
        match self {
            Backend::Sqlite(store) => store.records(),
            Backend::Postgres(store) => store.records(),
        }
    }

    /// The `limit` documents best matching a full-text query, best first,
    /// and how many match in all.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Found, CorpusError> {
        match self {
            Backend::Sqlite(store) => store.search(query, limit),
            Backend::Postgres(store) => store.search(query, limit),
        }
    }

    /// The corpus, for messages: the file, or the URL without its password.
    pub fn name(&self) -> String {
        match self {
            Backend::Sqlite(store) => store.path().display().to_string(),
            Backend::Postgres(store) => store.name().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_postgres_and_anything_else_a_file() {
        assert_eq!(
            "corpus.db".parse::<Location>(),
            Ok(Location::Sqlite("corpus.db".into()))
        );
        let url = "postgresql://me:secret@db.example:5433/news";
        let location: Location = url.parse().unwrap();
        assert_eq!(location, Location::Postgres(url.into()));
        assert_eq!(
            location.to_string(),
            "postgresql://me:***@db.example:5433/news"
        );
        assert_eq!(
            redact("postgres://db.example/news?user=me&password=secret&sslmode=disable"),
            "postgres://db.example/news?user=me&password=***&sslmode=disable"
        );
        let bad = "postgres://me@host:notaport/db".parse::<Location>();
        assert!(
            bad.as_ref()
                .is_err_and(|e| e.contains("not a valid PostgreSQL URL")),
            "{bad:?}"
        );
    }
}
