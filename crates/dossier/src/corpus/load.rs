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

fn list(json: String) -> Vec<String> {
    serde_json::from_str(&json).unwrap_or_default()
}

fn offset(row: &Row, i: usize) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(i)? as usize)
}

fn opt_offset(row: &Row, i: usize) -> rusqlite::Result<Option<usize>> {
    Ok(row.get::<_, Option<i64>>(i)?.map(|v| v as usize))
}

impl Store {
    fn rows<T>(
        &self,
        sql: &str,
        map: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, CorpusError> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map([], map)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        Ok(rows)
    }

    /// Every stored record, in document and id order.
    pub fn records(&self) -> Result<Records, CorpusError> {
        Ok(Records {
            docs: self.rows(
                "SELECT id, title, url, outlet, published, origin, tokens FROM documents ORDER BY id",
                |r| {
                    Ok(DocRow {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        url: r.get(2)?,
                        outlet: r.get(3)?,
                        published: r.get(4)?,
                        origin: r.get(5)?,
                        tokens: offset(r, 6)?,
                    })
                },
            )?,
            entities: self.rows(
                "SELECT doc_id, id, name, type, aliases, country, sector, kb_id FROM entities
                 ORDER BY doc_id, id",
                |r| {
                    Ok(EntityRow {
                        doc_id: r.get(0)?,
                        id: r.get(1)?,
                        name: r.get(2)?,
                        etype: r.get(3)?,
                        aliases: list(r.get(4)?),
                        country: r.get(5)?,
                        sector: r.get(6)?,
                        kb_id: r.get(7)?,
                    })
                },
            )?,
            mentions: self.rows(
                "SELECT doc_id, entity_id, text, start, end, label FROM mentions
                 ORDER BY doc_id, start, rowid",
                |r| {
                    Ok(MentionRow {
                        doc_id: r.get(0)?,
                        entity_id: r.get(1)?,
                        text: r.get(2)?,
                        start: offset(r, 3)?,
                        end: offset(r, 4)?,
                        label: r.get(5)?,
                    })
                },
            )?,
            roles: self.rows(
                "SELECT doc_id, entity_id, title, of, former, evidence, start, end FROM roles
                 ORDER BY doc_id, rowid",
                |r| {
                    Ok(RoleRow {
                        doc_id: r.get(0)?,
                        entity_id: r.get(1)?,
                        title: r.get(2)?,
                        of: r.get(3)?,
                        former: r.get(4)?,
                        evidence: r.get(5)?,
                        start: offset(r, 6)?,
                        end: offset(r, 7)?,
                    })
                },
            )?,
            relations: self.rows(
                "SELECT doc_id, subject, predicate, object, claim, evidence, start, end
                 FROM relations ORDER BY doc_id, rowid",
                |r| {
                    Ok(RelationRow {
                        doc_id: r.get(0)?,
                        subject: r.get(1)?,
                        predicate: r.get(2)?,
                        object: r.get(3)?,
                        claim: r.get(4)?,
                        evidence: r.get(5)?,
                        start: offset(r, 6)?,
                        end: offset(r, 7)?,
                    })
                },
            )?,
            claims: self.rows(
                "SELECT doc_id, id, source_kind, source_text, source_entity, source_affiliation,
                        cue, content, content_start, content_end, stance, hedged
                 FROM claims ORDER BY doc_id, id",
                |r| {
                    Ok(ClaimRow {
                        doc_id: r.get(0)?,
                        id: r.get(1)?,
                        source_kind: r.get(2)?,
                        source_text: r.get(3)?,
                        source_entity: r.get(4)?,
                        source_affiliation: r.get(5)?,
                        cue: r.get(6)?,
                        content: r.get(7)?,
                        content_start: opt_offset(r, 8)?,
                        content_end: opt_offset(r, 9)?,
                        stance: r.get(10)?,
                        hedged: r.get(11)?,
                    })
                },
            )?,
            events: self.rows(
                "SELECT doc_id, id, type, mode, cameo, sources, targets, trigger, modality, claim,
                        date_text, date_value, place, country, lat, lon
                 FROM events ORDER BY doc_id, id",
                |r| {
                    Ok(EventRow {
                        doc_id: r.get(0)?,
                        id: r.get(1)?,
                        etype: r.get(2)?,
                        mode: r.get(3)?,
                        cameo: r.get(4)?,
                        sources: list(r.get(5)?),
                        targets: list(r.get(6)?),
                        trigger: r.get(7)?,
                        modality: r.get(8)?,
                        claim: r.get(9)?,
                        date_text: r.get(10)?,
                        date_value: r.get(11)?,
                        place: r.get(12)?,
                        country: r.get(13)?,
                        lat: r.get(14)?,
                        lon: r.get(15)?,
                    })
                },
            )?,
        })
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

    /// Documents matching an FTS5 query over headlines and texts, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>, CorpusError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT doc_id, title, snippet(documents_fts, 2, '[', ']', '…', 12),
                        bm25(documents_fts)
                 FROM documents_fts WHERE documents_fts MATCH ?1
                 ORDER BY bm25(documents_fts) LIMIT ?2",
            )
            .map_err(|e| self.error(e))?;
        let hits = stmt
            .query_map(rusqlite::params![fts_query(query), limit as i64], |r| {
                Ok(Hit {
                    doc_id: r.get(0)?,
                    title: r.get(1)?,
                    snippet: r.get(2)?,
                    rank: r.get(3)?,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        Ok(hits)
    }
}

/// Plain words (possessive `'s` dropped) become an AND of quoted terms, so
/// punctuation never breaks the FTS5 syntax; a query already using FTS5
/// syntax (quotes, AND, OR, NOT, NEAR, `*`) is passed as it is.
fn fts_query(query: &str) -> String {
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
    use crate::corpus::fixtures::{claim, document, entity, event, relation};

    #[test]
    fn records_read_back_as_written() {
        let mut doc = document(
            "d1",
            "Reuters",
            "Jalal Talabani leads the PUK, officials said.",
        );
        entity(
            &mut doc,
            "e1",
            "Jalal Talabani",
            "PERSON",
            &["Jalal Talabani"],
            Some("Q1"),
        );
        entity(&mut doc, "e2", "PUK", "ORG", &["PUK"], None);
        relation(&mut doc, "e1", "leader_of", "e2");
        claim(
            &mut doc,
            "c1",
            "anonymous",
            None,
            "assert",
            "Jalal Talabani leads the PUK",
        );
        event(
            &mut doc,
            "v1",
            "CONSULT",
            Some("e1"),
            Some("e2"),
            Some("2024-05-01"),
        );
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
        let hits = store.search("Kobani villages", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc_id, "d1");
        assert!(hits[0].snippet.contains("[Kobani]"), "{}", hits[0].snippet);
        assert_eq!(
            store.search("geneva's \"talks", 10).err().map(|_| ()),
            Some(())
        );
        assert_eq!(store.search("Geneva's", 10).unwrap().len(), 1);
        assert!(store.search("Baghdad", 10).unwrap().is_empty());
    }
}
