//! Writing documents into the store: one transaction per batch, idempotent by
//! document id and by content hash.

use rusqlite::{params, Transaction, TransactionBehavior};
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
    Sha256::digest(text.as_bytes())
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
        let outcome = write_batch(&tx, docs, failures).and_then(|o| tx.commit().map(|()| o));
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

fn write_batch(
    tx: &Transaction,
    docs: &[DocumentJson],
    failures: &[Failure],
) -> rusqlite::Result<BatchOutcome> {
    let now = chrono::Utc::now().to_rfc3339();
    let mut outcome = BatchOutcome::default();
    for doc in docs {
        let hash = content_hash(&doc.text);
        let stored: Option<String> = tx
            .query_row(
                "SELECT content_hash FROM documents WHERE id = ?1",
                [&doc.doc.id],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(none_if_no_rows)?;
        let action = match stored {
            Some(h) if h == hash => Action::Unchanged,
            Some(_) => Action::Update,
            None => {
                let twin: Option<String> = tx
                    .query_row(
                        "SELECT id FROM documents WHERE content_hash = ?1 LIMIT 1",
                        [&hash],
                        |r| r.get(0),
                    )
                    .map(Some)
                    .or_else(none_if_no_rows)?;
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
        tx.execute("DELETE FROM failures WHERE origin = ?1", [&doc.doc.origin])?;
    }
    for failure in failures {
        tx.execute(
            "INSERT OR REPLACE INTO failures (origin, error, failed_at) VALUES (?1, ?2, ?3)",
            params![failure.origin, failure.error, now],
        )?;
        outcome.failed += 1;
    }
    Ok(outcome)
}

fn none_if_no_rows<T>(e: rusqlite::Error) -> rusqlite::Result<Option<T>> {
    match e {
        rusqlite::Error::QueryReturnedNoRows => Ok(None),
        e => Err(e),
    }
}

fn delete_document(tx: &Transaction, id: &str) -> rusqlite::Result<()> {
    for table in [
        "entities",
        "mentions",
        "roles",
        "relations",
        "claims",
        "events",
        "documents_fts",
    ] {
        tx.execute(&format!("DELETE FROM {table} WHERE doc_id = ?1"), [id])?;
    }
    tx.execute("DELETE FROM documents WHERE id = ?1", [id])?;
    Ok(())
}

fn insert_document(
    tx: &Transaction,
    doc: &DocumentJson,
    hash: &str,
    now: &str,
) -> rusqlite::Result<()> {
    let json = serde_json::to_string(doc)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let records = Records::from_documents([doc]);
    let d = &records.docs[0];
    tx.prepare_cached(
        "INSERT INTO documents (id, content_hash, title, url, outlet, published, origin, format,
                                tokens, ingested_at, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        d.id,
        hash,
        d.title,
        d.url,
        d.outlet,
        d.published,
        d.origin,
        doc.doc.format,
        d.tokens as i64,
        now,
        json
    ])?;
    tx.prepare_cached("INSERT INTO documents_fts (doc_id, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![d.id, d.title.clone().unwrap_or_default(), doc.text])?;
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO entities (doc_id, id, name, type, aliases, country, sector, kb_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for e in &records.entities {
        stmt.execute(params![
            e.doc_id,
            e.id,
            e.name,
            e.etype,
            to_json(&e.aliases),
            e.country,
            e.sector,
            e.kb_id
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO mentions (doc_id, entity_id, text, start, end, label)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for m in &records.mentions {
        stmt.execute(params![
            m.doc_id,
            m.entity_id,
            m.text,
            m.start as i64,
            m.end as i64,
            m.label
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO roles (doc_id, entity_id, title, of, former, evidence, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for r in &records.roles {
        stmt.execute(params![
            r.doc_id,
            r.entity_id,
            r.title,
            r.of,
            r.former,
            r.evidence,
            r.start as i64,
            r.end as i64
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO relations (doc_id, subject, predicate, object, claim, evidence, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for r in &records.relations {
        stmt.execute(params![
            r.doc_id,
            r.subject,
            r.predicate,
            r.object,
            r.claim,
            r.evidence,
            r.start as i64,
            r.end as i64
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO claims (doc_id, id, source_kind, source_text, source_entity,
            source_affiliation, cue, content, content_start, content_end, stance, hedged)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for c in &records.claims {
        stmt.execute(params![
            c.doc_id,
            c.id,
            c.source_kind,
            c.source_text,
            c.source_entity,
            c.source_affiliation,
            c.cue,
            c.content,
            c.content_start.map(|v| v as i64),
            c.content_end.map(|v| v as i64),
            c.stance,
            c.hedged
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO events (doc_id, id, type, mode, cameo, sources, targets, trigger,
            modality, claim, date_text, date_value, place, country, lat, lon)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for v in &records.events {
        stmt.execute(params![
            v.doc_id,
            v.id,
            v.etype,
            v.mode,
            v.cameo,
            to_json(&v.sources),
            to_json(&v.targets),
            v.trigger,
            v.modality,
            v.claim,
            v.date_text,
            v.date_value,
            v.place,
            v.country,
            v.lat,
            v.lon
        ])?;
    }
    Ok(())
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
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
