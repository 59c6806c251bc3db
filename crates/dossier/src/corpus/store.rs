//! Opening a corpus database: refusing files that are not Dossier databases,
//! migrating older ones, and naming every database failure clearly.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::schema::{current_version, APPLICATION_ID, MIGRATIONS};

/// How long a writer waits for another one before giving up, by default.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// What went wrong with a corpus database.
#[derive(Debug)]
pub enum CorpusError {
    /// There is no database at this path.
    Missing(PathBuf),
    /// The file is not an SQLite database at all.
    NotADatabase(PathBuf),
    /// The file is an SQLite database of some other application.
    Foreign(PathBuf),
    /// The database was written by a newer Dossier.
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i32,
    },
    /// The file is damaged.
    Corrupt(PathBuf, String),
    /// Another process holds the write lock and did not release it in time:
    /// the database (a file, or a PostgreSQL URL without its password) and
    /// how long this one waited.
    Locked(String, Duration),
    /// The disk (or the database's size limit) is full.
    Full(PathBuf),
    /// Any other database error.
    Other(PathBuf, String),
    /// A PostgreSQL URL that cannot be read (the message names the problem).
    Url(String),
    /// A PostgreSQL server error: the database (URL without password) and what went wrong.
    Server(String, String),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Missing(p) => write!(
                f,
                "{}: no such corpus database; create it with dossier ingest --db",
                p.display()
            ),
            CorpusError::NotADatabase(p) => {
                write!(
                    f,
                    "{}: not a Dossier database (not an SQLite file)",
                    p.display()
                )
            }
            CorpusError::Foreign(p) => write!(
                f,
                "{}: not a Dossier database (an SQLite file of another application); \
                 give another --db path",
                p.display()
            ),
            CorpusError::TooNew { path, found } => write!(
                f,
                "{}: written by a newer Dossier (schema {found}; this one knows {})",
                path.display(),
                current_version()
            ),
            CorpusError::Corrupt(p, detail) => {
                write!(f, "{}: database file is corrupt: {detail}", p.display())
            }
            CorpusError::Locked(name, waited) => write!(
                f,
                "{name}: database is locked by another writer (waited {:.1} s); \
                 try again when it has finished",
                waited.as_secs_f64()
            ),
            CorpusError::Full(p) => write!(
                f,
                "{}: database or disk is full: the current batch was rolled back; \
                 free space and re-run",
                p.display()
            ),
            CorpusError::Other(p, detail) => write!(f, "{}: {detail}", p.display()),
            CorpusError::Url(message) => f.write_str(message),
            CorpusError::Server(name, detail) => write!(f, "{name}: {detail}"),
        }
    }
}

impl std::error::Error for CorpusError {}

/// A corpus database.
pub struct Store {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    pub(super) busy_timeout: Duration,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, waiting up to
    /// `busy_timeout` for other writers.
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Store, CorpusError> {
        Store::open_with(path, busy_timeout, true)
    }

    /// Opens the database at `path`, which must exist.
    pub fn open_existing(path: &Path, busy_timeout: Duration) -> Result<Store, CorpusError> {
        Store::open_with(path, busy_timeout, false)
    }

    fn open_with(path: &Path, busy_timeout: Duration, create: bool) -> Result<Store, CorpusError> {
        if !create && !path.exists() {
            return Err(CorpusError::Missing(path.to_path_buf()));
        }
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| classify(path, busy_timeout, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            busy_timeout,
        };
        store.settle()?;
        Ok(store)
    }

    /// Prepares and migrates the connection. SQLite answers "busy" at once,
    /// without waiting, where waiting could deadlock (two processes switching
    /// a new file to WAL, or both creating the schema), so this retries until
    /// `busy_timeout` has passed.
    fn settle(&mut self) -> Result<(), CorpusError> {
        let deadline = Instant::now() + self.busy_timeout;
        loop {
            let attempt = self
                .prepare()
                .map_err(|e| self.error(e))
                .and_then(|()| self.migrate());
            match attempt {
                Err(CorpusError::Locked(..)) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    /// An in-memory database, for tests.
    pub fn in_memory() -> Result<Store, CorpusError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(&path, Duration::ZERO, e))?;
        let mut store = Store {
            conn,
            path,
            busy_timeout: Duration::ZERO,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Refuses to let the database grow beyond about `bytes`: a batch that
    /// would pass the limit fails as if the disk were full.
    pub fn limit_size(&self, bytes: u64) -> Result<(), CorpusError> {
        let page: i64 = self
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .map_err(|e| self.error(e))?;
        let pages = (bytes / page.max(1) as u64).max(1);
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| self.error(e))?;
        Ok(())
    }

    /// A number that changes whenever another connection commits to the
    /// database (SQLite's `data_version`): a cache of what was read can be
    /// kept until it changes.
    pub fn data_version(&self) -> Result<i64, CorpusError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.error(e))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn prepare(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(self.busy_timeout)?;
        // Reading the schema fails at once on a damaged or encrypted file.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })?;
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        self.conn.execute_batch("PRAGMA synchronous = FULL;")
    }

    /// Names a database error of this store.
    pub(super) fn error(&self, e: rusqlite::Error) -> CorpusError {
        classify(&self.path, self.busy_timeout, e)
    }

    fn migrate(&mut self) -> Result<(), CorpusError> {
        // An up-to-date database needs no write lock: readers never wait for writers.
        let read = |sql: &str| self.conn.query_row(sql, [], |r| r.get::<_, i32>(0));
        if let (Ok(APPLICATION_ID), Ok(version)) =
            (read("PRAGMA application_id"), read("PRAGMA user_version"))
        {
            if version == current_version() {
                return Ok(());
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&self.path, self.busy_timeout, e))?;
        let read = |sql: &str| tx.query_row(sql, [], |r| r.get::<_, i32>(0));
        let outcome = (|| {
            let app = read("PRAGMA application_id")?;
            let version = read("PRAGMA user_version")?;
            let tables = read("SELECT count(*) FROM sqlite_master")?;
            Ok::<_, rusqlite::Error>((app, version, tables))
        })();
        let (app, version, tables) =
            outcome.map_err(|e| classify(&self.path, self.busy_timeout, e))?;
        if app != APPLICATION_ID && (app != 0 || tables > 0) {
            return Err(CorpusError::Foreign(self.path.clone()));
        }
        if version > current_version() {
            return Err(CorpusError::TooNew {
                path: self.path.clone(),
                found: version,
            });
        }
        let steps = (|| {
            for step in &MIGRATIONS[version as usize..] {
                tx.execute_batch(step)?;
            }
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                current_version()
            ))?;
            tx.commit()
        })();
        steps.map_err(|e| classify(&self.path, self.busy_timeout, e))
    }
}

/// Refuses, before SQLite touches it, a non-empty file that is not SQLite.
fn check_header(path: &Path) -> Result<(), CorpusError> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(CorpusError::Other(path.to_path_buf(), e.to_string())),
    };
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(|e| CorpusError::Other(path.to_path_buf(), e.to_string()))?;
    if header.is_empty() || header == b"SQLite format 3\0" {
        Ok(())
    } else {
        Err(CorpusError::NotADatabase(path.to_path_buf()))
    }
}

/// Turns an SQLite error into a [`CorpusError`].
pub(super) fn classify(path: &Path, waited: Duration, e: rusqlite::Error) -> CorpusError {
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            CorpusError::Locked(path.display().to_string(), waited)
        }
        Some(ErrorCode::DiskFull) => CorpusError::Full(path),
        Some(ErrorCode::NotADatabase) => CorpusError::NotADatabase(path),
        Some(ErrorCode::DatabaseCorrupt) => CorpusError::Corrupt(path, e.to_string()),
        _ => CorpusError::Other(path, e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_then_reopens_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        drop(Store::open(&path, DEFAULT_BUSY_TIMEOUT).unwrap());
        let store = Store::open(&path, DEFAULT_BUSY_TIMEOUT).unwrap();
        let version: i32 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, current_version());
    }

    #[test]
    fn refuses_a_file_that_is_not_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "just some notes, not a database\n").unwrap();
        let err = Store::open(&path, DEFAULT_BUSY_TIMEOUT).err().unwrap();
        assert!(matches!(err, CorpusError::NotADatabase(_)), "{err}");
        assert!(err.to_string().contains("not a Dossier database"));
    }

    #[test]
    fn refuses_a_database_of_another_application() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let other = Connection::open(&path).unwrap();
        other.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
        drop(other);
        let err = Store::open(&path, DEFAULT_BUSY_TIMEOUT).err().unwrap();
        assert!(matches!(err, CorpusError::Foreign(_)), "{err}");
    }

    #[test]
    fn refuses_a_damaged_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        drop(Store::open(&path, DEFAULT_BUSY_TIMEOUT).unwrap());
        let mut bytes = std::fs::read(&path).unwrap();
        // Keep the header magic, wreck the rest of the first page and beyond.
        for b in bytes.iter_mut().skip(16) {
            *b = 0xA5;
        }
        std::fs::write(&path, bytes).unwrap();
        let err = Store::open(&path, DEFAULT_BUSY_TIMEOUT).err().unwrap();
        assert!(
            matches!(err, CorpusError::Corrupt(..) | CorpusError::NotADatabase(_)),
            "{err}"
        );
    }
}
