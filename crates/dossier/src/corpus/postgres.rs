//! The PostgreSQL backend: the same tables as SQLite (see
//! [`PG_MIGRATIONS`](super::schema::PG_MIGRATIONS)), the same write and read
//! logic ([`write_batch`], [`read_records`]); only the dialect differs.
//! Sharing inputs among ingest processes is in `work`.

use std::collections::HashMap;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, Config, NoTls, Statement, Transaction};

use super::ingest::{write_batch, BatchOutcome, Failure, Value, Writer};
use super::load::{fts_query, read_records, Found, Hit, Reader};
use super::records::Records;
use super::schema::{current_version, PG_MIGRATIONS};
use super::store::CorpusError;
use crate::output::DocumentJson;

/// Advisory lock key taken while migrating and while writing documents
/// ("DOSS" in ASCII): writers take turns, as SQLite's do, so the idempotence
/// checks see every committed document.
pub(super) const WRITE_LOCK: i64 = 0x444f_5353;

/// Whether the schema's version table exists. A scan of the catalog, not
/// `to_regclass`, whose cached answer would miss a table another process
/// created while this one waited for the lock.
const META_EXISTS: &str = "SELECT EXISTS (SELECT 1 FROM pg_tables
     WHERE schemaname = current_schema() AND tablename = 'dossier_meta')";

/// A corpus in a PostgreSQL database.
pub struct PgStore {
    pub(super) client: Client,
    /// The database, as its errors name it.
    pub(super) id: StoreId,
    pub(super) statements: HashMap<&'static str, Statement>,
}

/// What the errors of a store say about it: its name, and how long its
/// statements wait for a lock.
#[derive(Clone, Debug)]
pub(super) struct StoreId {
    /// The URL without its password, for messages.
    pub(super) name: String,
    /// How long a statement waits for a lock before it gives up.
    pub(super) lock_wait: Duration,
}

impl StoreId {
    /// Names a PostgreSQL error of this store: a lock not had within
    /// `lock_wait` is [`CorpusError::Locked`], as in SQLite.
    pub(super) fn error(&self, e: postgres::Error) -> CorpusError {
        let detail = match e.as_db_error() {
            Some(db) if *db.code() == SqlState::LOCK_NOT_AVAILABLE => {
                return CorpusError::Locked(self.name.clone(), self.lock_wait);
            }
            Some(db) if *db.code() == SqlState::DISK_FULL => {
                "database or disk is full: the current batch was rolled back; free space and re-run"
                    .into()
            }
            Some(db) => format!("{}: {}", db.severity(), db.message()),
            None if e.is_closed() => "the connection to the server was lost".into(),
            None => e.to_string(),
        };
        CorpusError::Server(self.name.clone(), detail)
    }
}

/// A PostgreSQL URL without its password (in the user part or as a
/// `password=` parameter).
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            let user = user.split(':').next().unwrap_or_default();
            format!("{user}:***@{host}")
        }
        _ => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some(("password", _)) => "password=***".to_string(),
                    _ => p.to_string(),
                })
                .collect();
            format!("{path}?{}", params.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Parses a `postgres://` or `postgresql://` URL, naming what is wrong.
pub fn parse_url(url: &str) -> Result<Config, String> {
    url.parse::<Config>()
        .map_err(|e| format!("{}: not a valid PostgreSQL URL ({e})", redact(url)))
}

impl PgStore {
    /// Connects to the database at `url` and brings its schema up to date,
    /// creating the tables in an empty database. Lock waits give up after
    /// `busy_timeout`.
    pub fn open(url: &str, busy_timeout: Duration) -> Result<PgStore, CorpusError> {
        let mut store = PgStore::connect(url, busy_timeout)?;
        store.migrate()?;
        Ok(store)
    }

    /// Connects to a database that already holds a corpus, migrating it if
    /// it is older than this build.
    pub fn open_existing(url: &str, busy_timeout: Duration) -> Result<PgStore, CorpusError> {
        let mut store = PgStore::connect(url, busy_timeout)?;
        if store.version()?.is_none() {
            return Err(CorpusError::Server(
                store.id.name.clone(),
                "no Dossier corpus in this database; create it with dossier ingest --db".into(),
            ));
        }
        store.migrate()?;
        Ok(store)
    }

    fn connect(url: &str, busy_timeout: Duration) -> Result<PgStore, CorpusError> {
        let name = redact(url);
        let server = |detail: String| CorpusError::Server(name.clone(), detail);
        let mut config = parse_url(url).map_err(CorpusError::Url)?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("dossier");
        let client = config.connect(NoTls).map_err(|e| {
            let cause = std::error::Error::source(&e).map_or(String::new(), |c| format!(" ({c})"));
            server(format!(
                "cannot connect to the PostgreSQL server: {e}{cause}"
            ))
        })?;
        let mut store = PgStore {
            client,
            id: StoreId {
                name: name.clone(),
                lock_wait: busy_timeout,
            },
            statements: HashMap::new(),
        };
        let millis = busy_timeout.as_millis().max(1);
        store
            .client
            .batch_execute(&format!("SET lock_timeout = {millis}"))
            .map_err(|e| store.error(e))?;
        Ok(store)
    }

    /// The database, for messages (the URL without its password).
    pub fn name(&self) -> &str {
        &self.id.name
    }

    /// Names a PostgreSQL error of this store.
    pub(super) fn error(&self, e: postgres::Error) -> CorpusError {
        self.id.error(e)
    }

    fn migrate(&mut self) -> Result<(), CorpusError> {
        if self.version()? == Some(current_version()) {
            return Ok(());
        }
        let id = self.id.clone();
        let mut tx = self.client.transaction().map_err(|e| id.error(e))?;
        let outcome = (|| {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
            let meta = tx.query_one(META_EXISTS, &[])?;
            let version: i32 = if meta.get(0) {
                tx.query_one("SELECT version FROM dossier_meta", &[])?
                    .get(0)
            } else {
                let tables: i64 = tx
                    .query_one(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                        &[],
                    )?
                    .get(0);
                if tables > 0 {
                    return Ok(Err(CorpusError::Server(
                        id.name.clone(),
                        "not a Dossier database (it holds tables of another application); \
                         give a new database or schema"
                            .into(),
                    )));
                }
                tx.batch_execute(
                    "CREATE TABLE dossier_meta (version INTEGER NOT NULL);
                     INSERT INTO dossier_meta VALUES (0);",
                )?;
                0
            };
            if version > current_version() {
                return Ok(Err(too_new(&id.name, version)));
            }
            for step in &PG_MIGRATIONS[version as usize..] {
                tx.batch_execute(step)?;
            }
            tx.execute(
                "UPDATE dossier_meta SET version = $1",
                &[&current_version()],
            )?;
            Ok(Ok(()))
        })();
        match outcome {
            Ok(Ok(())) => tx.commit().map_err(|e| id.error(e)),
            Ok(Err(e)) => Err(e),
            Err(e) => Err(id.error(e)),
        }
    }

    /// The schema version, `None` for a database without Dossier's tables.
    fn version(&mut self) -> Result<Option<i32>, CorpusError> {
        let row = self
            .client
            .query_one(META_EXISTS, &[])
            .map_err(|e| self.error(e))?;
        if !row.get::<_, bool>(0) {
            return Ok(None);
        }
        let version: i32 = self
            .client
            .query_one("SELECT version FROM dossier_meta", &[])
            .map_err(|e| self.error(e))?
            .get(0);
        if version > current_version() {
            return Err(too_new(&self.id.name, version));
        }
        Ok(Some(version))
    }

    /// Stores a batch of documents and failures in one transaction.
    pub fn ingest(
        &mut self,
        docs: &[DocumentJson],
        failures: &[Failure],
    ) -> Result<BatchOutcome, CorpusError> {
        let mut tx = self.client.transaction().map_err(|e| self.id.error(e))?;
        let outcome = store_batch(&mut tx, &mut self.statements, docs, failures)
            .and_then(|o| tx.commit().map(|()| o));
        outcome.map_err(|e| self.id.error(e))
    }

    /// Every stored record, in document and id order.
    pub fn records(&mut self) -> Result<Records, CorpusError> {
        read_records(self)
    }

    /// The `limit` documents best matching a search over headlines and
    /// texts, best first, and the number of all matching documents. The
    /// query is read as by [`Store::search`](super::Store::search); prefix
    /// searches (`word*`) match the whole word here.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Found, CorpusError> {
        let rows = self
            .client
            .query(
                "SELECT doc_id, title,
                        ts_headline('simple', text, q,
                            'StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1,
                             FragmentDelimiter=…'),
                        (-ts_rank_cd(tsv, q))::float8,
                        (SELECT count(*) FROM documents_fts
                         WHERE tsv @@ websearch_to_tsquery('simple', $1))
                 FROM documents_fts, websearch_to_tsquery('simple', $1) q
                 WHERE tsv @@ q ORDER BY 4, doc_id LIMIT $2",
                &[
                    &websearch(&fts_query(query)),
                    &(i64::try_from(limit.max(1)).unwrap_or(i64::MAX)),
                ],
            )
            .map_err(|e| self.error(e))?;
        let rows = rows
            .iter()
            .map(|r| {
                let hit = Hit {
                    doc_id: r.get(0),
                    title: r.get(1),
                    snippet: r.get(2),
                    rank: r.get(3),
                };
                (hit, r.get::<_, i64>(4))
            })
            .collect();
        Ok(Found::from_rows(rows, limit))
    }
}

fn too_new(name: &str, found: i32) -> CorpusError {
    CorpusError::Server(
        name.into(),
        format!(
            "written by a newer Dossier (schema {found}; this one knows {})",
            current_version()
        ),
    )
}

/// Writes a batch into an open transaction after taking the write lock.
pub(super) fn store_batch(
    tx: &mut Transaction,
    statements: &mut HashMap<&'static str, Statement>,
    docs: &[DocumentJson],
    failures: &[Failure],
) -> Result<BatchOutcome, postgres::Error> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    write_batch(&mut PgWriter { tx, statements }, docs, failures)
}

/// The search query in `websearch_to_tsquery` syntax: words and quoted
/// phrases as they are, `OR` as it is, `NOT x` as `-x`, `AND` dropped.
fn websearch(query: &str) -> String {
    let mut out = Vec::new();
    let mut negate = false;
    for word in query.split_whitespace() {
        match word {
            "AND" => {}
            "NOT" => negate = true,
            _ => {
                let word = word.trim_end_matches('*');
                out.push(if std::mem::take(&mut negate) {
                    format!("-{word}")
                } else {
                    word.to_string()
                });
            }
        }
    }
    out.join(" ")
}

/// PostgreSQL's side of [`Writer`]: statements are prepared once per connection.
struct PgWriter<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    statements: &'t mut HashMap<&'static str, Statement>,
}

impl PgWriter<'_, '_> {
    fn statement(&mut self, sql: &'static str) -> Result<Statement, postgres::Error> {
        if let Some(stmt) = self.statements.get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.tx.prepare(&sql.replace('?', "$"))?;
        self.statements.insert(sql, stmt.clone());
        Ok(stmt)
    }
}

fn pg_params<'a>(values: &'a [Value<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    values
        .iter()
        .map(|v| match v {
            Value::Text(s) => s as &(dyn ToSql + Sync),
            Value::OptText(s) => s,
            Value::Int(i) => i,
            Value::OptInt(i) => i,
            Value::OptReal(f) => f,
            Value::Flag(b) => b,
        })
        .collect()
}

impl Writer for PgWriter<'_, '_> {
    type Error = postgres::Error;

    fn execute(&mut self, sql: &'static str, values: &[Value]) -> Result<(), postgres::Error> {
        let stmt = self.statement(sql)?;
        self.tx.execute(&stmt, &pg_params(values)).map(drop)
    }

    /// One statement per batch of rows (`VALUES (...), (...), ...` and the
    /// statement's conflict clause), within
    /// PostgreSQL's limit of 65,535 parameters: a round trip per table, not per row.
    fn insert_many(
        &mut self,
        sql: &'static str,
        rows: &[Vec<Value>],
    ) -> Result<(), postgres::Error> {
        let tuple_end = sql
            .find("VALUES")
            .and_then(|at| Some((at, at + sql[at..].find(')')?)));
        let (Some((at, end)), Some(width)) = (tuple_end, rows.first().map(Vec::len)) else {
            return rows.iter().try_for_each(|row| self.execute(sql, row));
        };
        for chunk in rows.chunks(usize::from(u16::MAX) / width.max(1)) {
            let tuples: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let params: Vec<String> =
                        (1..=width).map(|j| format!("${}", i * width + j)).collect();
                    format!("({})", params.join(", "))
                })
                .collect();
            let text = format!(
                "{}VALUES {}{}",
                &sql[..at],
                tuples.join(", "),
                &sql[end + 1..]
            );
            let values: Vec<Value> = chunk.iter().flatten().copied().collect();
            self.tx.execute(&text, &pg_params(&values))?;
        }
        Ok(())
    }

    fn first_text(
        &mut self,
        sql: &'static str,
        values: &[Value],
    ) -> Result<Option<String>, postgres::Error> {
        let stmt = self.statement(sql)?;
        Ok(self
            .tx
            .query_opt(&stmt, &pg_params(values))?
            .map(|r| r.get(0)))
    }
}

impl Reader for PgStore {
    type Row<'r> = postgres::Row;

    fn rows<T>(
        &mut self,
        sql: &str,
        mut map: impl FnMut(&postgres::Row) -> Result<T, String>,
    ) -> Result<Vec<T>, CorpusError> {
        let rows = self.client.query(sql, &[]).map_err(|e| self.error(e))?;
        rows.iter()
            .map(|r| map(r).map_err(|e| CorpusError::Server(self.id.name.clone(), e)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{document, talabani};
    use crate::corpus::test_db::pg_database;
    use crate::corpus::Store;

    fn open(url: &str) -> PgStore {
        PgStore::open(url, Duration::from_secs(5)).unwrap()
    }

    #[test]
    fn ingest_is_idempotent_as_in_sqlite() {
        let Some(db) = pg_database("idempotent") else {
            return;
        };
        let mut store = open(&db.url);
        let docs = [
            document("d1", "Reuters", "One."),
            document("d2", "AP", "Two."),
        ];
        assert_eq!(store.ingest(&docs, &[]).unwrap().added, 2);
        assert_eq!(store.ingest(&docs, &[]).unwrap().unchanged, 2);
        let dup = store.ingest(&[document("d9", "AP", "One.")], &[]).unwrap();
        assert_eq!(dup.duplicates, 1);
        let upd = store
            .ingest(&[document("d1", "Reuters", "Changed.")], &[])
            .unwrap();
        assert_eq!(upd.updated, 1);
        let ids: Vec<String> = store
            .records()
            .unwrap()
            .docs
            .into_iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(ids, ["d1", "d2"]);
        // A second connection finds the schema current and the data there.
        assert_eq!(open(&db.url).records().unwrap().docs.len(), 2);
    }

    #[test]
    fn a_writer_that_waits_too_long_is_told_the_store_is_locked() {
        let Some(db) = pg_database("locked") else {
            return;
        };
        let mut holder = open(&db.url);
        holder.ingest(&[document("d1", "AP", "One.")], &[]).unwrap();
        let mut tx = holder.client.transaction().unwrap();
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .unwrap();
        let wait = Duration::from_millis(200);
        let mut writer = PgStore::open_existing(&db.url, wait).unwrap();
        let error = writer
            .ingest(&[document("d2", "AP", "Two.")], &[])
            .unwrap_err();
        assert!(
            matches!(&error, CorpusError::Locked(_, waited) if *waited == wait),
            "{error}"
        );
        assert!(error
            .to_string()
            .contains("locked by another writer (waited 0.2 s)"));
        tx.rollback().unwrap();
        assert_eq!(
            writer
                .ingest(&[document("d2", "AP", "Two.")], &[])
                .unwrap()
                .added,
            1
        );
    }

    #[test]
    fn records_and_search_match_sqlite() {
        let Some(db) = pg_database("records") else {
            return;
        };
        // A repeated id: the later entity replaces the earlier, in both backends.
        let doc = talabani(&[("e2", "Patriotic Union")]);
        let other = document("d2", "AP", "Talks in Geneva will resume in June.");
        let mut pg = open(&db.url);
        let mut lite = Store::in_memory().unwrap();
        for docs in [&[doc.clone()][..], &[other.clone()][..]] {
            pg.ingest(docs, &[]).unwrap();
            lite.ingest(docs, &[]).unwrap();
        }
        let records = pg.records().unwrap();
        assert_eq!(records, lite.records().unwrap());
        assert_eq!(records.entities[1].name, "Patriotic Union");
        let hits = pg.search("Talabani's PUK", 10).unwrap().hits;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc_id, "d1");
        assert!(
            hits[0].snippet.contains("[Talabani]"),
            "{}",
            hits[0].snippet
        );
        assert_eq!(pg.search("Geneva OR Talabani", 10).unwrap().hits.len(), 2);
        assert_eq!(pg.search("Geneva NOT June", 10).unwrap(), Found::default());
        let first = pg.search("Geneva OR Talabani", 1).unwrap();
        assert_eq!((first.hits.len(), first.total), (1, 2));
        let none = pg.search("Geneva OR Talabani", 0).unwrap();
        assert_eq!((none.hits.len(), none.total), (0, 2));
    }

    #[test]
    fn a_database_of_another_application_is_refused() {
        let Some(db) = pg_database("foreign") else {
            return;
        };
        let mut client = Client::connect(&db.url, NoTls).unwrap();
        client
            .batch_execute("CREATE TABLE invoices (n INTEGER)")
            .unwrap();
        let err = PgStore::open(&db.url, Duration::from_secs(5))
            .err()
            .unwrap();
        assert!(err.to_string().contains("not a Dossier database"), "{err}");
    }
}
