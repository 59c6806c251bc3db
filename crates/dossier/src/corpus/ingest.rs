//! Writing documents into the store: one transaction per batch, idempotent by
//! document id and by content hash. The logic is shared by both backends
//! through [`Writer`]; SQLite's side is here, PostgreSQL's in `postgres`.

use rusqlite::{OptionalExtension, ToSql, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::records::Records;
use super::store::{classify, CorpusError, Store};
use crate::output::DocumentJson;

/// An input that could not be read or extracted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The input: a path, `path:line`, `path#entry`.
    pub origin: String,
    /// What went wrong.
    pub error: String,
}

/// What storing one batch did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// New documents stored.
    pub added: usize,
    /// Documents whose id was stored with other content, replaced.
    pub updated: usize,
    /// Documents already stored with the same id and content.
    pub unchanged: usize,
    /// Documents whose text is already stored under another id.
    pub duplicates: usize,
    /// Failures recorded.
    pub failed: usize,
}

impl BatchOutcome {
    /// Adds another batch's counts to these.
    pub fn absorb(&mut self, other: &BatchOutcome) {
        self.added += other.added;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
        self.duplicates += other.duplicates;
        self.failed += other.failed;
    }
}

/// The SHA-256 of a document's text, in hex.
pub fn content_hash(text: &str) -> String {
    bytes_hash(text.as_bytes())
}

/// The SHA-256 of some bytes, in hex.
pub fn bytes_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

enum Action {
    Add,
    Update,
    Unchanged,
    Duplicate,
}

/// A statement parameter, in a form both backends can bind.
#[derive(Clone, Copy, Debug)]
pub(super) enum Value<'a> {
    Text(&'a str),
    OptText(Option<&'a str>),
    Int(i64),
    OptInt(Option<i64>),
    OptReal(Option<f64>),
    Flag(bool),
}

/// One open write transaction of a backend. The statements are written once,
/// in the SQL both SQLite and PostgreSQL accept, with `?N` placeholders.
pub(super) trait Writer {
    /// The backend's error.
    type Error;
    /// Runs a statement.
    fn execute(&mut self, sql: &'static str, values: &[Value]) -> Result<(), Self::Error>;
    /// Runs an `INSERT ... VALUES (...)` statement written for one row (and
    /// maybe a conflict clause) for each of `rows`, which never repeat a key;
    /// a backend may send them at once.
    fn insert_many(&mut self, sql: &'static str, rows: &[Vec<Value>]) -> Result<(), Self::Error> {
        rows.iter().try_for_each(|row| self.execute(sql, row))
    }

    /// The first column of the first row a query gives, if any.
    fn first_text(
        &mut self,
        sql: &'static str,
        values: &[Value],
    ) -> Result<Option<String>, Self::Error>;
}

/// Writes a batch through `tx`: the shared idempotence logic of every backend.
pub(super) fn write_batch<W: Writer>(
    tx: &mut W,
    docs: &[DocumentJson],
    failures: &[Failure],
) -> Result<BatchOutcome, W::Error> {
    use Value::Text;
    let now = chrono::Utc::now().to_rfc3339();
    let mut outcome = BatchOutcome::default();
    for doc in docs {
        let hash = content_hash(&doc.text);
        let stored = tx.first_text(
            "SELECT content_hash FROM documents WHERE id = ?1",
            &[Text(&doc.doc.id)],
        )?;
        let action = match stored {
            Some(h) if h == hash => Action::Unchanged,
            Some(_) => Action::Update,
            None => {
                let twin = tx.first_text(
                    "SELECT id FROM documents WHERE content_hash = ?1 LIMIT 1",
                    &[Text(&hash)],
                )?;
                if twin.is_some() {
                    Action::Duplicate
                } else {
                    Action::Add
                }
            }
        };
        match action {
            Action::Unchanged => outcome.unchanged += 1,
            Action::Duplicate => outcome.duplicates += 1,
            Action::Update => {
                delete_document(tx, &doc.doc.id)?;
                insert_document(tx, doc, &hash, &now)?;
                outcome.updated += 1;
            }
            Action::Add => {
                insert_document(tx, doc, &hash, &now)?;
                outcome.added += 1;
            }
        }
        tx.execute(
            "DELETE FROM failures WHERE origin = ?1",
            &[Text(&doc.doc.origin)],
        )?;
    }
    for failure in failures {
        tx.execute(
            "INSERT INTO failures (origin, error, failed_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (origin) DO UPDATE SET error = excluded.error,
                                                failed_at = excluded.failed_at",
            &[Text(&failure.origin), Text(&failure.error), Text(&now)],
        )?;
        outcome.failed += 1;
    }
    Ok(outcome)
}

fn delete_document<W: Writer>(tx: &mut W, id: &str) -> Result<(), W::Error> {
    for sql in [
        "DELETE FROM entities WHERE doc_id = ?1",
        "DELETE FROM mentions WHERE doc_id = ?1",
        "DELETE FROM roles WHERE doc_id = ?1",
        "DELETE FROM relations WHERE doc_id = ?1",
        "DELETE FROM claims WHERE doc_id = ?1",
        "DELETE FROM events WHERE doc_id = ?1",
        "DELETE FROM documents_fts WHERE doc_id = ?1",
        "DELETE FROM documents WHERE id = ?1",
    ] {
        tx.execute(sql, &[Value::Text(id)])?;
    }
    Ok(())
}

fn offset(v: usize) -> Value<'static> {
    Value::Int(v as i64)
}

fn insert_document<W: Writer>(
    tx: &mut W,
    doc: &DocumentJson,
    hash: &str,
    now: &str,
) -> Result<(), W::Error> {
    use Value::{Flag, OptInt, OptReal, OptText, Text};
    let json = serde_json::to_string(doc).unwrap_or_default();
    let records = Records::from_documents([doc]);
    let d = &records.docs[0];
    tx.execute(
        "INSERT INTO documents (id, content_hash, title, url, outlet, published, origin, format,
                                tokens, ingested_at, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        &[
            Text(&d.id),
            Text(hash),
            OptText(d.title.as_deref()),
            OptText(d.url.as_deref()),
            OptText(d.outlet.as_deref()),
            OptText(d.published.as_deref()),
            Text(&d.origin),
            Text(&doc.doc.format),
            offset(d.tokens),
            Text(now),
            Text(&json),
        ],
    )?;
    tx.execute(
        "INSERT INTO documents_fts (doc_id, title, text) VALUES (?1, ?2, ?3)",
        &[
            Text(&d.id),
            Text(d.title.as_deref().unwrap_or_default()),
            Text(&doc.text),
        ],
    )?;
    let entities = last_per_id(&records.entities, |e| &e.id);
    let aliases: Vec<String> = entities.iter().map(|e| to_json(&e.aliases)).collect();
    let rows: Vec<Vec<Value>> = entities
        .iter()
        .zip(&aliases)
        .map(|(e, aliases)| {
            vec![
                Text(&e.doc_id),
                Text(&e.id),
                Text(&e.name),
                Text(&e.etype),
                Text(aliases),
                OptText(e.country.as_deref()),
                OptText(e.sector.as_deref()),
                OptText(e.kb_id.as_deref()),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO entities (doc_id, id, name, type, aliases, country, sector, kb_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (doc_id, id) DO UPDATE SET name = excluded.name, type = excluded.type,
                 aliases = excluded.aliases, country = excluded.country,
                 sector = excluded.sector, kb_id = excluded.kb_id",
        &rows,
    )?;
    let rows: Vec<Vec<Value>> = records
        .mentions
        .iter()
        .map(|m| {
            vec![
                Text(&m.doc_id),
                Text(&m.entity_id),
                Text(&m.text),
                offset(m.start),
                offset(m.end),
                Text(&m.label),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO mentions (doc_id, entity_id, text, start, \"end\", label)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &rows,
    )?;
    let rows: Vec<Vec<Value>> = records
        .roles
        .iter()
        .map(|r| {
            vec![
                Text(&r.doc_id),
                Text(&r.entity_id),
                Text(&r.title),
                OptText(r.of.as_deref()),
                Flag(r.former),
                Text(&r.evidence),
                offset(r.start),
                offset(r.end),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO roles (doc_id, entity_id, title, of, former, evidence, start, \"end\")
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        &rows,
    )?;
    let rows: Vec<Vec<Value>> = records
        .relations
        .iter()
        .map(|r| {
            vec![
                Text(&r.doc_id),
                Text(&r.subject),
                Text(&r.predicate),
                Text(&r.object),
                OptText(r.claim.as_deref()),
                Text(&r.evidence),
                offset(r.start),
                offset(r.end),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO relations (doc_id, subject, predicate, object, claim, evidence, start,
                                    \"end\")
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        &rows,
    )?;
    let rows: Vec<Vec<Value>> = last_per_id(&records.claims, |c| &c.id)
        .into_iter()
        .map(|c| {
            vec![
                Text(&c.doc_id),
                Text(&c.id),
                Text(&c.source_kind),
                OptText(c.source_text.as_deref()),
                OptText(c.source_entity.as_deref()),
                OptText(c.source_affiliation.as_deref()),
                Text(&c.cue),
                OptText(c.content.as_deref()),
                OptInt(c.content_start.map(|v| v as i64)),
                OptInt(c.content_end.map(|v| v as i64)),
                Text(&c.stance),
                Flag(c.hedged),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO claims (doc_id, id, source_kind, source_text, source_entity,
                source_affiliation, cue, content, content_start, content_end, stance, hedged)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT (doc_id, id) DO UPDATE SET source_kind = excluded.source_kind,
                 source_text = excluded.source_text, source_entity = excluded.source_entity,
                 source_affiliation = excluded.source_affiliation, cue = excluded.cue,
                 content = excluded.content, content_start = excluded.content_start,
                 content_end = excluded.content_end, stance = excluded.stance,
                 hedged = excluded.hedged",
        &rows,
    )?;
    let events = last_per_id(&records.events, |v| &v.id);
    let lists: Vec<(String, String)> = events
        .iter()
        .map(|v| (to_json(&v.sources), to_json(&v.targets)))
        .collect();
    let rows: Vec<Vec<Value>> = events
        .iter()
        .zip(&lists)
        .map(|(v, (sources, targets))| {
            vec![
                Text(&v.doc_id),
                Text(&v.id),
                Text(&v.etype),
                OptText(v.mode.as_deref()),
                OptText(v.cameo.as_deref()),
                Text(sources),
                Text(targets),
                Text(&v.trigger),
                Text(&v.modality),
                OptText(v.claim.as_deref()),
                OptText(v.date_text.as_deref()),
                OptText(v.date_value.as_deref()),
                OptText(v.place.as_deref()),
                OptText(v.country.as_deref()),
                OptReal(v.lat),
                OptReal(v.lon),
            ]
        })
        .collect();
    tx.insert_many(
        "INSERT INTO events (doc_id, id, type, mode, cameo, sources, targets, trigger,
                modality, claim, date_text, date_value, place, country, lat, lon)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (doc_id, id) DO UPDATE SET type = excluded.type, mode = excluded.mode,
                 cameo = excluded.cameo, sources = excluded.sources, targets = excluded.targets,
                 trigger = excluded.trigger, modality = excluded.modality,
                 claim = excluded.claim, date_text = excluded.date_text,
                 date_value = excluded.date_value, place = excluded.place,
                 country = excluded.country, lat = excluded.lat, lon = excluded.lon",
        &rows,
    )?;
    Ok(())
}

/// The last of the items sharing an id (a later one replaces an earlier one),
/// so that one multi-row upsert never meets the same key twice.
fn last_per_id<T>(items: &[T], id: impl Fn(&T) -> &String) -> Vec<&T> {
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<&T> = items.iter().rev().filter(|x| seen.insert(id(x))).collect();
    kept.reverse();
    kept
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

impl Store {
    /// Stores a batch of documents and records a batch of failures, all in one
    /// transaction: either the whole batch is stored or none of it.
    pub fn ingest(
        &mut self,
        docs: &[DocumentJson],
        failures: &[Failure],
    ) -> Result<BatchOutcome, CorpusError> {
        let (path, waited) = (self.path.clone(), self.busy_timeout);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, waited, e))?;
        let outcome = write_batch(&mut SqliteWriter(&tx), docs, failures)
            .and_then(|o| tx.commit().map(|()| o));
        outcome.map_err(|e| classify(&path, waited, e))
    }

    /// Ids of the stored documents, in id order.
    pub fn document_ids(&self) -> Result<Vec<String>, CorpusError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents ORDER BY id")
            .map_err(|e| self.error(e))?;
        let ids = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        Ok(ids)
    }

    /// The recorded failures, by origin.
    pub fn failures(&self) -> Result<Vec<Failure>, CorpusError> {
        let mut stmt = self
            .conn
            .prepare("SELECT origin, error FROM failures ORDER BY origin")
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Failure {
                    origin: r.get(0)?,
                    error: r.get(1)?,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        Ok(rows)
    }
}

/// SQLite's side of [`Writer`].
struct SqliteWriter<'a>(&'a Transaction<'a>);

fn sqlite_params<'a>(values: &'a [Value<'a>]) -> Vec<&'a dyn ToSql> {
    values
        .iter()
        .map(|v| match v {
            Value::Text(s) => s as &dyn ToSql,
            Value::OptText(s) => s,
            Value::Int(i) => i,
            Value::OptInt(i) => i,
            Value::OptReal(f) => f,
            Value::Flag(b) => b,
        })
        .collect()
}

impl Writer for SqliteWriter<'_> {
    type Error = rusqlite::Error;

    fn execute(&mut self, sql: &'static str, values: &[Value]) -> rusqlite::Result<()> {
        self.0
            .prepare_cached(sql)?
            .execute(sqlite_params(values).as_slice())
            .map(drop)
    }

    fn first_text(
        &mut self,
        sql: &'static str,
        values: &[Value],
    ) -> rusqlite::Result<Option<String>> {
        self.0
            .prepare_cached(sql)?
            .query_row(sqlite_params(values).as_slice(), |r| r.get(0))
            .optional()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::document;

    #[test]
    fn ingesting_twice_stores_each_document_once() {
        let mut store = Store::in_memory().unwrap();
        let docs = vec![
            document("d1", "Reuters", "One."),
            document("d2", "AP", "Two."),
        ];
        let first = store.ingest(&docs, &[]).unwrap();
        assert_eq!(first.added, 2);
        let second = store.ingest(&docs, &[]).unwrap();
        assert_eq!(second.unchanged, 2);
        assert_eq!(store.document_ids().unwrap(), ["d1", "d2"]);
    }

    #[test]
    fn same_text_under_another_id_is_a_duplicate_and_new_text_an_update() {
        let mut store = Store::in_memory().unwrap();
        store
            .ingest(&[document("d1", "Reuters", "Same.")], &[])
            .unwrap();
        let dup = store.ingest(&[document("d9", "AP", "Same.")], &[]).unwrap();
        assert_eq!(dup.duplicates, 1);
        let upd = store
            .ingest(&[document("d1", "Reuters", "Changed.")], &[])
            .unwrap();
        assert_eq!(upd.updated, 1);
        assert_eq!(store.document_ids().unwrap(), ["d1"]);
        let text: String = store
            .conn
            .query_row(
                "SELECT text FROM documents_fts WHERE doc_id = 'd1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(text, "Changed.");
    }

    #[test]
    fn failures_are_recorded_and_cleared_by_a_later_success() {
        let mut store = Store::in_memory().unwrap();
        let failure = Failure {
            origin: "a.txt".into(),
            error: "empty input".into(),
        };
        store.ingest(&[], std::slice::from_ref(&failure)).unwrap();
        assert_eq!(store.failures().unwrap(), [failure]);
        let mut doc = document("d1", "Reuters", "Now readable.");
        doc.doc.origin = "a.txt".into();
        store.ingest(&[doc], &[]).unwrap();
        assert!(store.failures().unwrap().is_empty());
    }
}
