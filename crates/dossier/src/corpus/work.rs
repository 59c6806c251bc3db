//! Sharing ingest work among processes, possibly on several machines, over one
//! PostgreSQL database.
//!
//! The `work` table lists inputs by origin and content hash. Each process
//! registers the inputs it found, then repeatedly claims a batch of pending
//! ones (`SELECT ... FOR UPDATE SKIP LOCKED`, so two processes never claim the
//! same input), extracts it, and in the same transaction stores what it gave
//! and marks it done. A process killed mid-batch holds its claim only as long
//! as its transaction: the server rolls it back and the inputs are pending
//! again, with nothing half stored. A process that hangs holding a claim is
//! cut off after the claim timeout (`idle_in_transaction_session_timeout`),
//! which releases its claim the same way.

use std::time::Duration;

use postgres::Transaction;

use super::ingest::{BatchOutcome, Failure};
use super::postgres::{store_batch, PgStore, StoreId};
use super::store::CorpusError;
use crate::output::DocumentJson;

/// An input: where it comes from and the SHA-256 of its bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WorkItem {
    /// The input's origin (its path as given).
    pub origin: String,
    /// SHA-256 of its bytes, in hex.
    pub content_hash: String,
}

/// What registering the inputs found already done by earlier runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Registered {
    /// Inputs already done (unchanged since), not to be extracted again.
    pub inputs_done: usize,
    /// Documents those inputs gave.
    pub documents_done: usize,
}

/// A batch of claimed inputs, held in an open transaction until
/// [`Claimed::complete`] commits it (dropping it gives the inputs back).
pub struct Claimed<'a> {
    tx: Transaction<'a>,
    store: StoreParts<'a>,
    /// The claimed inputs, in origin order.
    pub inputs: Vec<WorkItem>,
}

struct StoreParts<'a> {
    id: &'a StoreId,
    statements: &'a mut std::collections::HashMap<&'static str, postgres::Statement>,
}

/// What each claimed input gave: documents stored and failures recorded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InputResult {
    /// Documents it gave.
    pub documents: usize,
    /// Failures it gave.
    pub failures: usize,
}

impl PgStore {
    /// Registers this process's inputs in the shared work table. An input done
    /// before with failures is made pending again (retried, as SQLite ingest
    /// retries it); one done cleanly is left alone. A claim held longer than
    /// `claim_timeout` without a word from its process is released.
    pub fn register(
        &mut self,
        items: &[WorkItem],
        claim_timeout: Duration,
    ) -> Result<Registered, CorpusError> {
        let id = self.id.clone();
        let origins: Vec<&str> = items.iter().map(|i| i.origin.as_str()).collect();
        let hashes: Vec<&str> = items.iter().map(|i| i.content_hash.as_str()).collect();
        let millis = claim_timeout.as_millis().max(1);
        let outcome = (|| {
            self.client.batch_execute(&format!(
                "SET idle_in_transaction_session_timeout = {millis};
                 CREATE TEMP TABLE IF NOT EXISTS mine (
                     origin TEXT COLLATE \"C\", content_hash TEXT,
                     PRIMARY KEY (origin, content_hash));
                 TRUNCATE mine;"
            ))?;
            let mut tx = self.client.transaction()?;
            tx.execute(
                "INSERT INTO mine SELECT * FROM unnest($1::text[], $2::text[])
                 ON CONFLICT DO NOTHING",
                &[&origins, &hashes],
            )?;
            tx.execute(
                "INSERT INTO work (origin, content_hash) SELECT origin, content_hash FROM mine
                 ORDER BY origin ON CONFLICT DO NOTHING",
                &[],
            )?;
            tx.execute(
                "UPDATE work w SET done_at = NULL, claimed_by = NULL, claimed_at = NULL
                 FROM mine m WHERE w.origin = m.origin AND w.content_hash = m.content_hash
                   AND w.done_at IS NOT NULL AND w.failures > 0",
                &[],
            )?;
            let row = tx.query_one(
                "SELECT count(*), coalesce(sum(w.documents), 0)::bigint
                 FROM work w JOIN mine m USING (origin, content_hash)
                 WHERE w.done_at IS NOT NULL",
                &[],
            )?;
            let registered = Registered {
                inputs_done: row.get::<_, i64>(0) as usize,
                documents_done: row.get::<_, i64>(1) as usize,
            };
            tx.commit()?;
            Ok(registered)
        })();
        outcome.map_err(|e| id.error(e))
    }

    /// Claims up to `n` pending inputs among those this process registered,
    /// skipping those other processes hold. `None` when none is left.
    pub fn claim(&mut self, worker: &str, n: usize) -> Result<Option<Claimed<'_>>, CorpusError> {
        let PgStore {
            client,
            id,
            statements,
        } = self;
        let mut tx = client.transaction().map_err(|e| id.error(e))?;
        let rows = tx
            .query(
                "WITH picked AS (
                     SELECT w.origin, w.content_hash FROM work w
                     JOIN mine m USING (origin, content_hash)
                     WHERE w.done_at IS NULL
                     ORDER BY w.origin LIMIT $2
                     FOR UPDATE OF w SKIP LOCKED)
                 UPDATE work w SET claimed_by = $1, claimed_at = now() FROM picked p
                 WHERE w.origin = p.origin AND w.content_hash = p.content_hash
                 RETURNING w.origin, w.content_hash",
                &[&worker, &(n as i64)],
            )
            .map_err(|e| id.error(e))?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut inputs: Vec<WorkItem> = rows
            .iter()
            .map(|r| WorkItem {
                origin: r.get(0),
                content_hash: r.get(1),
            })
            .collect();
        inputs.sort_by(|a, b| a.origin.cmp(&b.origin));
        Ok(Some(Claimed {
            tx,
            store: StoreParts { id, statements },
            inputs,
        }))
    }
}

impl Claimed<'_> {
    /// Stores what the claimed inputs gave, marks them done (`results` in the
    /// order of [`Claimed::inputs`]) and commits: all of it or nothing.
    pub fn complete(
        mut self,
        docs: &[DocumentJson],
        failures: &[Failure],
        results: &[InputResult],
    ) -> Result<BatchOutcome, CorpusError> {
        let id = self.store.id;
        let outcome = (|| {
            let outcome = store_batch(&mut self.tx, self.store.statements, docs, failures)?;
            for (item, result) in self.inputs.iter().zip(results) {
                self.tx.execute(
                    "UPDATE work SET done_at = now(), documents = $3, failures = $4
                     WHERE origin = $1 AND content_hash = $2",
                    &[
                        &item.origin,
                        &item.content_hash,
                        &(result.documents as i64),
                        &(result.failures as i64),
                    ],
                )?;
            }
            self.tx.commit()?;
            Ok(outcome)
        })();
        outcome.map_err(|e| id.error(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::test_db::pg_database;

    fn open(url: &str) -> PgStore {
        PgStore::open(url, Duration::from_secs(5)).unwrap()
    }

    #[test]
    fn two_workers_never_claim_the_same_input() {
        let Some(db) = pg_database("claims") else {
            return;
        };
        let items: Vec<WorkItem> = (0..10)
            .map(|i| WorkItem {
                origin: format!("a{i}.txt"),
                content_hash: format!("h{i}"),
            })
            .collect();
        let (mut a, mut b) = (open(&db.url), open(&db.url));
        let timeout = Duration::from_secs(60);
        assert_eq!(a.register(&items, timeout).unwrap().inputs_done, 0);
        b.register(&items, timeout).unwrap();
        let first = a.claim("a", 4).unwrap().unwrap();
        let second = b.claim("b", 100).unwrap().unwrap();
        assert_eq!(first.inputs.len(), 4);
        assert_eq!(second.inputs.len(), 6);
        assert!(first.inputs.iter().all(|i| !second.inputs.contains(i)));
        // Dropping a claim gives its inputs back; completing one marks them done.
        drop(first);
        second
            .complete(&[], &[], &[InputResult::default(); 6])
            .unwrap();
        let again = a.claim("a", 100).unwrap().unwrap();
        assert_eq!(again.inputs.len(), 4);
        again
            .complete(&[], &[], &[InputResult::default(); 4])
            .unwrap();
        assert!(a.claim("a", 100).unwrap().is_none());
        assert_eq!(b.register(&items, timeout).unwrap().inputs_done, 10);
    }

    #[test]
    fn a_claim_held_past_the_timeout_is_released_to_others() {
        let Some(db) = pg_database("stale") else {
            return;
        };
        let items = [WorkItem {
            origin: "a.txt".into(),
            content_hash: "h".into(),
        }];
        let (mut hung, mut other) = (open(&db.url), open(&db.url));
        hung.register(&items, Duration::from_millis(300)).unwrap();
        other.register(&items, Duration::from_secs(60)).unwrap();
        let held = hung.claim("hung", 10).unwrap().unwrap();
        assert!(other.claim("other", 10).unwrap().is_none());
        std::thread::sleep(Duration::from_millis(1000));
        let taken = other.claim("other", 10).unwrap().unwrap();
        assert_eq!(taken.inputs, items);
        taken.complete(&[], &[], &[InputResult::default()]).unwrap();
        let err = held.complete(&[], &[], &[InputResult::default()]);
        assert!(err.is_err(), "the hung process's batch is gone");
        assert!(other.claim("other", 10).unwrap().is_none());
    }
}
