//! Reading stored records back, and full-text search.

use rusqlite::Row;

use super::records::{
    ClaimRow, DocRow, EntityRow, EventRow, MentionRow, Records, RelationRow, RoleRow,
};
use super::store::{CorpusError, Store};
use crate::output::DocumentJson;

/// A full-text search hit.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Document id.
    pub doc_id: String,
    /// Headline.
    pub title: String,
    /// The matching passage, matches in `[brackets]`.
    pub snippet: String,
    /// BM25 rank (lower is better).
    pub rank: f64,
}

/// The best hits of a full-text search and how many documents match in all,
/// both read by one statement, so they always agree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// How many documents match (at least `hits.len()`).
    pub total: usize,
}

impl Found {
    /// Keeps the first `limit` of `rows`, each a hit and the number of all
    /// matches: fetch at least one row, as no rows means no match at all.
    pub(super) fn from_rows(rows: Vec<(Hit, i64)>, limit: usize) -> Self {
        let total = rows.first().map_or(0, |(_, n)| *n as usize);
        let hits = rows.into_iter().take(limit).map(|(hit, _)| hit).collect();
        Found { hits, total }
    }
}

fn list(json: String) -> Vec<String> {
    serde_json::from_str(&json).unwrap_or_default()
}

/// A column type both backends can read.
pub(super) trait Cell:
    rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>
{
}

impl<T: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>> Cell for T {}

/// A result row of either backend.
pub(super) trait Cells {
    /// Column `i`, or why it cannot be read.
    fn cell<T: Cell>(&self, i: usize) -> Result<T, String>;

    /// Column `i` as an offset or count.
    fn offset(&self, i: usize) -> Result<usize, String> {
        Ok(self.cell::<i64>(i)? as usize)
    }

    /// Column `i` as an optional offset.
    fn opt_offset(&self, i: usize) -> Result<Option<usize>, String> {
        Ok(self.cell::<Option<i64>>(i)?.map(|v| v as usize))
    }
}

impl Cells for Row<'_> {
    fn cell<T: Cell>(&self, i: usize) -> Result<T, String> {
        self.get(i).map_err(|e| e.to_string())
    }
}

impl Cells for postgres::Row {
    fn cell<T: Cell>(&self, i: usize) -> Result<T, String> {
        self.try_get(i).map_err(|e| e.to_string())
    }
}

/// A backend that runs a query and maps its rows.
pub(super) trait Reader {
    /// A result row.
    type Row<'r>: Cells;

    /// Every row `sql` gives, mapped by `map`.
    fn rows<T>(
        &mut self,
        sql: &str,
        map: impl FnMut(&Self::Row<'_>) -> Result<T, String>,
    ) -> Result<Vec<T>, CorpusError>;
}

/// Every stored record, in document and id order: the same queries on both
/// backends (PostgreSQL's tables carry an explicit `rowid`).
pub(super) fn read_records(reader: &mut impl Reader) -> Result<Records, CorpusError> {
    Ok(Records {
        docs: reader.rows(
            "SELECT id, title, url, outlet, published, origin, tokens FROM documents ORDER BY id",
            |r| {
                Ok(DocRow {
                    id: r.cell(0)?,
                    title: r.cell(1)?,
                    url: r.cell(2)?,
                    outlet: r.cell(3)?,
                    published: r.cell(4)?,
                    origin: r.cell(5)?,
                    tokens: r.offset(6)?,
                })
            },
        )?,
        entities: reader.rows(
            "SELECT doc_id, id, name, type, aliases, country, sector, kb_id FROM entities
             ORDER BY doc_id, id",
            |r| {
                Ok(EntityRow {
                    doc_id: r.cell(0)?,
                    id: r.cell(1)?,
                    name: r.cell(2)?,
                    etype: r.cell(3)?,
                    aliases: list(r.cell(4)?),
                    country: r.cell(5)?,
                    sector: r.cell(6)?,
                    kb_id: r.cell(7)?,
                })
            },
        )?,
        mentions: reader.rows(
            "SELECT doc_id, entity_id, text, start, \"end\", label FROM mentions
             ORDER BY doc_id, start, rowid",
            |r| {
                Ok(MentionRow {
                    doc_id: r.cell(0)?,
                    entity_id: r.cell(1)?,
                    text: r.cell(2)?,
                    start: r.offset(3)?,
                    end: r.offset(4)?,
                    label: r.cell(5)?,
                })
            },
        )?,
        roles: reader.rows(
            "SELECT doc_id, entity_id, title, of, former, evidence, start, \"end\" FROM roles
             ORDER BY doc_id, rowid",
            |r| {
                Ok(RoleRow {
                    doc_id: r.cell(0)?,
                    entity_id: r.cell(1)?,
                    title: r.cell(2)?,
                    of: r.cell(3)?,
                    former: r.cell(4)?,
                    evidence: r.cell(5)?,
                    start: r.offset(6)?,
                    end: r.offset(7)?,
                })
            },
        )?,
        relations: reader.rows(
            "SELECT doc_id, subject, predicate, object, claim, evidence, start, \"end\"
             FROM relations ORDER BY doc_id, rowid",
            |r| {
                Ok(RelationRow {
                    doc_id: r.cell(0)?,
                    subject: r.cell(1)?,
                    predicate: r.cell(2)?,
                    object: r.cell(3)?,
                    claim: r.cell(4)?,
                    evidence: r.cell(5)?,
                    start: r.offset(6)?,
                    end: r.offset(7)?,
                })
            },
        )?,
        claims: reader.rows(
            "SELECT doc_id, id, source_kind, source_text, source_entity, source_affiliation,
                    cue, content, content_start, content_end, stance, hedged
             FROM claims ORDER BY doc_id, id",
            |r| {
                Ok(ClaimRow {
                    doc_id: r.cell(0)?,
                    id: r.cell(1)?,
                    source_kind: r.cell(2)?,
                    source_text: r.cell(3)?,
                    source_entity: r.cell(4)?,
                    source_affiliation: r.cell(5)?,
                    cue: r.cell(6)?,
                    content: r.cell(7)?,
                    content_start: r.opt_offset(8)?,
                    content_end: r.opt_offset(9)?,
                    stance: r.cell(10)?,
                    hedged: r.cell(11)?,
                })
            },
        )?,
        events: reader.rows(
            "SELECT doc_id, id, type, mode, cameo, sources, targets, trigger, modality, claim,
                    date_text, date_value, place, country, lat, lon
             FROM events ORDER BY doc_id, id",
            |r| {
                Ok(EventRow {
                    doc_id: r.cell(0)?,
                    id: r.cell(1)?,
                    etype: r.cell(2)?,
                    mode: r.cell(3)?,
                    cameo: r.cell(4)?,
                    sources: list(r.cell(5)?),
                    targets: list(r.cell(6)?),
                    trigger: r.cell(7)?,
                    modality: r.cell(8)?,
                    claim: r.cell(9)?,
                    date_text: r.cell(10)?,
                    date_value: r.cell(11)?,
                    place: r.cell(12)?,
                    country: r.cell(13)?,
                    lat: r.cell(14)?,
                    lon: r.cell(15)?,
                })
            },
        )?,
    })
}

/// SQLite's side of [`Reader`].
struct SqliteReader<'a>(&'a Store);

impl Reader for SqliteReader<'_> {
    type Row<'r> = Row<'r>;

    fn rows<T>(
        &mut self,
        sql: &str,
        mut map: impl FnMut(&Row<'_>) -> Result<T, String>,
    ) -> Result<Vec<T>, CorpusError> {
        let store = self.0;
        let mut stmt = store.conn.prepare(sql).map_err(|e| store.error(e))?;
        let mut rows = stmt.query([]).map_err(|e| store.error(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| store.error(e))? {
            out.push(map(row).map_err(|e| CorpusError::Other(store.path.clone(), e))?);
        }
        Ok(out)
    }
}

impl Store {
    /// Every stored record, in document and id order.
    pub fn records(&self) -> Result<Records, CorpusError> {
        read_records(&mut SqliteReader(self))
    }

    /// Calls `each` with every stored document, in id order.
    pub fn for_each_document(
        &self,
        mut each: impl FnMut(DocumentJson) -> Result<(), String>,
    ) -> Result<(), String> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, json FROM documents ORDER BY id")
            .map_err(|e| self.error(e).to_string())?;
        let mut rows = stmt.query([]).map_err(|e| self.error(e).to_string())?;
        while let Some(row) = rows.next().map_err(|e| self.error(e).to_string())? {
            let id: String = row.get(0).map_err(|e| self.error(e).to_string())?;
            let json: String = row.get(1).map_err(|e| self.error(e).to_string())?;
            let doc = serde_json::from_str(&json)
                .map_err(|e| format!("{}: document {id}: {e}", self.path.display()))?;
            each(doc)?;
        }
        Ok(())
    }

    /// One stored document's `dossier/1` JSON, as stored; `None` when no
    /// document has this id.
    pub fn document_json(&self, id: &str) -> Result<Option<String>, CorpusError> {
        let mut stmt = self
            .conn
            .prepare("SELECT json FROM documents WHERE id = ?1")
            .map_err(|e| self.error(e))?;
        let mut rows = stmt.query([id]).map_err(|e| self.error(e))?;
        match rows.next().map_err(|e| self.error(e))? {
            Some(row) => Ok(Some(row.get(0).map_err(|e| self.error(e))?)),
            None => Ok(None),
        }
    }

    /// The `limit` documents best matching an FTS5 query over headlines and
    /// texts, best first, and the number of all matching documents.
    pub fn search(&self, query: &str, limit: usize) -> Result<Found, CorpusError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT doc_id, title, snippet(documents_fts, 2, '[', ']', '…', 12),
                        bm25(documents_fts),
                        (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?1)
                 FROM documents_fts WHERE documents_fts MATCH ?1
                 ORDER BY bm25(documents_fts) LIMIT ?2",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(
                rusqlite::params![
                    fts_query(query),
                    i64::try_from(limit.max(1)).unwrap_or(i64::MAX)
                ],
                |r| {
                    let hit = Hit {
                        doc_id: r.get(0)?,
                        title: r.get(1)?,
                        snippet: r.get(2)?,
                        rank: r.get(3)?,
                    };
                    Ok((hit, r.get(4)?))
                },
            )
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        Ok(Found::from_rows(rows, limit))
    }
}

/// Plain words (possessive `'s` dropped) become an AND of quoted terms, so
/// punctuation never breaks the FTS5 syntax; a query already using FTS5
/// syntax (quotes, AND, OR, NOT, NEAR, `*`) is passed as it is.
pub(super) fn fts_query(query: &str) -> String {
    let advanced = query.contains('"')
        || query.contains('*')
        || query
            .split_whitespace()
            .any(|w| matches!(w, "AND" | "OR" | "NOT") || w.starts_with("NEAR"));
    if advanced {
        return query.to_string();
    }
    query
        .replace("'s", " ")
        .replace("’s", " ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{document, talabani};

    #[test]
    fn records_read_back_as_written() {
        let doc = talabani(&[]);
        let mut store = Store::in_memory().unwrap();
        store.ingest(std::slice::from_ref(&doc), &[]).unwrap();
        let records = store.records().unwrap();
        let mut expected = Records::from_documents([&doc]);
        expected.mentions.sort_by_key(|m| m.start);
        assert_eq!(records, expected);
        let mut seen = Vec::new();
        store
            .for_each_document(|d| {
                seen.push(d);
                Ok(())
            })
            .unwrap();
        assert_eq!(seen, [doc]);
    }

    #[test]
    fn search_finds_words_and_tolerates_punctuation() {
        let mut store = Store::in_memory().unwrap();
        let docs = [
            document(
                "d1",
                "Reuters",
                "Turkish forces shelled villages near Kobani.",
            ),
            document("d2", "AP", "Talks in Geneva will resume in June."),
        ];
        store.ingest(&docs, &[]).unwrap();
        let hits = store.search("Kobani villages", 10).unwrap().hits;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc_id, "d1");
        assert!(hits[0].snippet.contains("[Kobani]"), "{}", hits[0].snippet);
        assert_eq!(
            store.search("geneva's \"talks", 10).err().map(|_| ()),
            Some(())
        );
        assert_eq!(store.search("Geneva's", 10).unwrap().hits.len(), 1);
        assert_eq!(store.search("Baghdad", 10).unwrap(), Found::default());
        let first = store.search("Kobani OR Geneva", 1).unwrap();
        assert_eq!((first.hits.len(), first.total), (1, 2));
        let none = store.search("Kobani OR Geneva", 0).unwrap();
        assert_eq!((none.hits.len(), none.total), (0, 2));
    }
}
