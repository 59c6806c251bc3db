//! The cross-article model of a corpus: its records, actors, claim groups
//! and timeline, built from stored records by pure functions.

use std::collections::HashMap;

use super::claims::{group_claims, ClaimGroup};
use super::records::{DocRow, Records};
use super::resolve::{resolve, Actors};

/// One item of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An event: index into [`Records::events`].
    Event(usize),
    /// A claim: index into [`Records::claims`].
    Claim(usize),
}

/// A dated item of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The event's own date, else its document's publication date; `None`
    /// when neither is known (such entries come last).
    pub date: Option<String>,
    /// What happened or was said.
    pub item: Item,
}

/// Everything known across the articles of a corpus.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// The stored records.
    pub records: Records,
    /// Canonical actors.
    pub actors: Actors,
    /// Groups of claims stating the same thing.
    pub groups: Vec<ClaimGroup>,
    /// The group of each claim, by claim index.
    pub group_of: Vec<usize>,
    docs: HashMap<String, usize>,
    by_doc: HashMap<String, DocIndex>,
}

/// Where a document's rows are in [`Records`].
#[derive(Clone, Debug, Default)]
pub struct DocIndex {
    /// Indices into [`Records::entities`].
    pub entities: Vec<usize>,
    /// Indices into [`Records::mentions`].
    pub mentions: Vec<usize>,
    /// Indices into [`Records::relations`].
    pub relations: Vec<usize>,
    /// Indices into [`Records::events`].
    pub events: Vec<usize>,
}

impl Corpus {
    /// Resolves actors, groups claims.
    pub fn build(records: Records) -> Corpus {
        let actors = resolve(&records.entities);
        let groups = group_claims(&records, &actors);
        let mut group_of = vec![0; records.claims.len()];
        for (g, group) in groups.iter().enumerate() {
            for &c in &group.claims {
                group_of[c] = g;
            }
        }
        let docs = records
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        let mut by_doc: HashMap<String, DocIndex> = HashMap::new();
        fn at<'a>(map: &'a mut HashMap<String, DocIndex>, doc: &str) -> &'a mut DocIndex {
            map.entry(doc.to_string()).or_default()
        }
        for (i, x) in records.entities.iter().enumerate() {
            at(&mut by_doc, &x.doc_id).entities.push(i);
        }
        for (i, x) in records.mentions.iter().enumerate() {
            at(&mut by_doc, &x.doc_id).mentions.push(i);
        }
        for (i, x) in records.relations.iter().enumerate() {
            at(&mut by_doc, &x.doc_id).relations.push(i);
        }
        for (i, x) in records.events.iter().enumerate() {
            at(&mut by_doc, &x.doc_id).events.push(i);
        }
        Corpus {
            records,
            actors,
            groups,
            group_of,
            docs,
            by_doc,
        }
    }

    /// Where the rows of document `id` are (empty for an unknown document).
    pub fn rows_of(&self, id: &str) -> &DocIndex {
        static EMPTY: DocIndex = DocIndex {
            entities: Vec::new(),
            mentions: Vec::new(),
            relations: Vec::new(),
            events: Vec::new(),
        };
        self.by_doc.get(id).unwrap_or(&EMPTY)
    }

    /// The document with id `id`.
    pub fn doc(&self, id: &str) -> Option<&DocRow> {
        self.docs.get(id).map(|&i| &self.records.docs[i])
    }

    /// The actor id of a document's entity, else `doc_id/entity_id`.
    pub fn actor_id(&self, doc_id: &str, entity_id: &str) -> String {
        self.actors.of(doc_id, entity_id).map_or_else(
            || format!("{doc_id}/{entity_id}"),
            |a| self.actors.list[a].id.clone(),
        )
    }

    /// The actor name of a document's entity, else the entity id.
    pub fn actor_name(&self, doc_id: &str, entity_id: &str) -> String {
        self.actors.of(doc_id, entity_id).map_or_else(
            || entity_id.to_string(),
            |a| self.actors.list[a].name.clone(),
        )
    }

    /// Events and claims ordered by date, then document and id.
    pub fn timeline(&self) -> Vec<Entry> {
        let published = |doc: &str| self.doc(doc).and_then(|d| d.published.clone());
        let r = &self.records;
        let mut entries: Vec<(Entry, &str, &str)> = r
            .events
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let date = v.date_value.clone().or_else(|| published(&v.doc_id));
                (
                    Entry {
                        date,
                        item: Item::Event(i),
                    },
                    v.doc_id.as_str(),
                    v.id.as_str(),
                )
            })
            .chain(r.claims.iter().enumerate().map(|(i, c)| {
                let entry = Entry {
                    date: published(&c.doc_id),
                    item: Item::Claim(i),
                };
                (entry, c.doc_id.as_str(), c.id.as_str())
            }))
            .collect();
        entries.sort_by(|a, b| {
            let key = |e: &(Entry, &str, &str)| {
                (
                    e.0.date.is_none(),
                    e.0.date.clone(),
                    e.1.to_string(),
                    e.2.to_string(),
                )
            };
            key(a).cmp(&key(b))
        });
        entries.into_iter().map(|e| e.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{claim, document, entity, event};

    #[test]
    fn the_timeline_orders_events_and_claims_by_date() {
        let mut a = document("d1", "Reuters", "Officials said the talks failed.");
        a.doc.published = Some("2024-05-03".into());
        claim(
            &mut a,
            "c1",
            "anonymous",
            None,
            "assert",
            "the talks failed",
        );
        entity(&mut a, "e1", "Iran", "GPE", &[], None);
        event(
            &mut a,
            "v1",
            "CONSULT",
            Some("e1"),
            None,
            Some("2024-05-01"),
        );
        let mut b = document("d2", "AP", "No date here.");
        b.doc.published = None;
        event(&mut b, "v1", "PROTEST", None, None, None);
        let corpus = Corpus::build(Records::from_documents([&a, &b]));
        let timeline = corpus.timeline();
        let items: Vec<(Option<&str>, Item)> = timeline
            .iter()
            .map(|e| (e.date.as_deref(), e.item))
            .collect();
        assert_eq!(
            items,
            [
                (Some("2024-05-01"), Item::Event(0)),
                (Some("2024-05-03"), Item::Claim(0)),
                (None, Item::Event(1)),
            ]
        );
        assert_eq!(corpus.actor_name("d1", "e1"), "Iran");
        assert_eq!(corpus.actor_id("d1", "e9"), "d1/e9");
    }
}
