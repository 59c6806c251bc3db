//! Questions asked of the cross-article model: the lists behind `dossier
//! actors`, `claims` and `events`, and an actor's profile. Each answer is a
//! [`Table`] of JSON values that the front end renders as a table, CSV or JSON.

use std::collections::{BTreeSet, HashMap};

use serde_json::{json, Value};

use super::claims::Standing;
use super::load::Hit;
use super::model::{Corpus, Item};

/// Rows with named columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column names.
    pub columns: Vec<&'static str>,
    /// Rows, one value per column.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    fn new(columns: &[&'static str]) -> Table {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The rows as JSON objects, keys in column order.
    pub fn to_json(&self) -> Value {
        Value::Array(
            self.rows
                .iter()
                .map(|row| {
                    Value::Object(
                        self.columns
                            .iter()
                            .zip(row)
                            .map(|(c, v)| (c.to_string(), v.clone()))
                            .collect(),
                    )
                })
                .collect(),
        )
    }
}

/// Which claims to list.
#[derive(Clone, Debug, Default)]
pub struct ClaimFilter {
    /// Claims whose content, event or relation involves this actor.
    pub about: Option<usize>,
    /// Claims this actor made (as speaker or as the body a source speaks for).
    pub by: Option<usize>,
    /// Claims of groups with this standing.
    pub standing: Option<Standing>,
}

/// Which events to list.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// PLOVER type.
    pub etype: Option<String>,
    /// Events with this actor as a source or target.
    pub actor: Option<usize>,
    /// Dated on or after this ISO date.
    pub since: Option<String>,
    /// Dated on or before this ISO date (a prefix: `2024-05` is all of May).
    pub until: Option<String>,
}

/// Whether an ISO date lies on or after `since` and on or before `until`
/// (a prefix: `2024-05` is all of May). An unknown date lies within no bound.
pub fn within(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    let date = date.unwrap_or("");
    let after = since.is_none_or(|s| !date.is_empty() && date >= s);
    let before = until.is_none_or(|u| !date.is_empty() && (date <= u || date.starts_with(u)));
    after && before
}

fn opt(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
}

/// Full-text search hits as rows: doc, title, rank (to 3 decimals), snippet.
pub fn hits(hits: Vec<Hit>) -> Table {
    let mut table = Table::new(&["doc", "title", "rank", "snippet"]);
    for h in hits {
        table.rows.push(vec![
            h.doc_id.into(),
            h.title.into(),
            json!((h.rank * 1000.0).round() / 1000.0),
            h.snippet.into(),
        ]);
    }
    table
}

/// Why a name picks no single actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActorLookup {
    /// No actor has this id, name or alias.
    Unknown(String),
    /// Several actors answer to it; their ids.
    Ambiguous(String, Vec<String>),
}

impl std::fmt::Display for ActorLookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ActorLookup::Unknown(name) => write!(f, "no actor called {name:?}; see dossier actors"),
            ActorLookup::Ambiguous(name, ids) => write!(
                f,
                "{name:?} names {} actors ({}); give an id",
                ids.len(),
                ids.join(", ")
            ),
        }
    }
}

/// The one actor with this id, name or alias.
pub fn find_actor(corpus: &Corpus, name: &str) -> Result<usize, ActorLookup> {
    let found = corpus.actors.find(name);
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(ActorLookup::Unknown(name.to_string())),
        many => Err(ActorLookup::Ambiguous(
            name.to_string(),
            many.iter()
                .map(|&i| corpus.actors.list[i].id.clone())
                .collect(),
        )),
    }
}

/// Every actor with the number of documents and mentions behind it.
pub fn actors(corpus: &Corpus) -> Table {
    let mut table = Table::new(&[
        "id",
        "name",
        "type",
        "kb_id",
        "country",
        "documents",
        "mentions",
        "aliases",
    ]);
    let mut mention_counts: HashMap<usize, usize> = HashMap::new();
    for m in &corpus.records.mentions {
        if let Some(a) = corpus.actors.of(&m.doc_id, &m.entity_id) {
            *mention_counts.entry(a).or_default() += 1;
        }
    }
    for (i, a) in corpus.actors.list.iter().enumerate() {
        let docs: BTreeSet<&str> = a.members.iter().map(|m| m.0.as_str()).collect();
        let mentions = mention_counts.get(&i).copied().unwrap_or(0);
        table.rows.push(vec![
            json!(a.id),
            json!(a.name),
            json!(a.etype),
            opt(&a.kb_id),
            opt(&a.country),
            json!(docs.len()),
            json!(mentions),
            json!(a.aliases.join("; ")),
        ]);
    }
    table
}

impl Corpus {
    /// Actors a claim is about: those named in its content, and the actors of
    /// the events and relations resting on it.
    pub fn claim_about(&self, claim: usize) -> BTreeSet<usize> {
        let c = &self.records.claims[claim];
        let r = &self.records;
        let mut out = BTreeSet::new();
        let mut add = |entity: &str| {
            if let Some(a) = self.actors.of(&c.doc_id, entity) {
                out.insert(a);
            }
        };
        let rows = self.rows_of(&c.doc_id);
        if let (Some(s), Some(e)) = (c.content_start, c.content_end) {
            for m in rows.mentions.iter().map(|&i| &r.mentions[i]) {
                if m.start >= s && m.end <= e {
                    add(&m.entity_id);
                }
            }
        }
        let rests = |id: &Option<String>| id.as_ref() == Some(&c.id);
        for v in rows.events.iter().map(|&i| &r.events[i]) {
            if rests(&v.claim) {
                v.sources.iter().chain(&v.targets).for_each(|e| add(e));
            }
        }
        for x in rows.relations.iter().map(|&i| &r.relations[i]) {
            if rests(&x.claim) {
                add(&x.subject);
                add(&x.object);
            }
        }
        out
    }

    /// Actors a claim is made by: its speaker and the body it speaks for.
    pub fn claim_by(&self, claim: usize) -> BTreeSet<usize> {
        let c = &self.records.claims[claim];
        [&c.source_entity, &c.source_affiliation]
            .into_iter()
            .flatten()
            .filter_map(|e| self.actors.of(&c.doc_id, e))
            .collect()
    }
}

/// Claims with their group and standing, in timeline order.
pub fn claims(corpus: &Corpus, filter: &ClaimFilter) -> Table {
    let mut table = Table::new(&[
        "group",
        "standing",
        "doc",
        "claim",
        "outlet",
        "published",
        "source",
        "source_kind",
        "stance",
        "hedged",
        "content",
    ]);
    for entry in corpus.timeline() {
        let Item::Claim(i) = entry.item else { continue };
        let group = &corpus.groups[corpus.group_of[i]];
        if filter.standing.is_some_and(|s| s != group.standing)
            || filter
                .about
                .is_some_and(|a| !corpus.claim_about(i).contains(&a))
            || filter.by.is_some_and(|a| !corpus.claim_by(i).contains(&a))
        {
            continue;
        }
        table.rows.push(claim_row(corpus, i));
    }
    table
}

fn claim_row(corpus: &Corpus, i: usize) -> Vec<Value> {
    let c = &corpus.records.claims[i];
    let group = &corpus.groups[corpus.group_of[i]];
    let doc = corpus.doc(&c.doc_id);
    let source = c
        .source_entity
        .as_ref()
        .map(|e| corpus.actor_name(&c.doc_id, e))
        .or_else(|| c.source_text.clone())
        .or_else(|| {
            c.source_affiliation
                .as_ref()
                .map(|e| corpus.actor_name(&c.doc_id, e))
        });
    vec![
        json!(group.id),
        json!(group.standing.name()),
        json!(c.doc_id),
        json!(c.id),
        opt(&doc.and_then(|d| d.outlet.clone())),
        opt(&doc.and_then(|d| d.published.clone())),
        opt(&source),
        json!(c.source_kind),
        json!(c.stance),
        json!(c.hedged),
        opt(&c.content),
    ]
}

/// Events in timeline order.
pub fn events(corpus: &Corpus, filter: &EventFilter) -> Table {
    let mut table = Table::new(&[
        "date", "type", "mode", "source", "target", "modality", "place", "doc", "event", "trigger",
    ]);
    for entry in corpus.timeline() {
        let Item::Event(i) = entry.item else { continue };
        let v = &corpus.records.events[i];
        let involved = |a: usize| {
            v.sources
                .iter()
                .chain(&v.targets)
                .any(|e| corpus.actors.of(&v.doc_id, e) == Some(a))
        };
        if filter
            .etype
            .as_ref()
            .is_some_and(|t| !t.eq_ignore_ascii_case(&v.etype))
            || filter.actor.is_some_and(|a| !involved(a))
            || !within(
                entry.date.as_deref(),
                filter.since.as_deref(),
                filter.until.as_deref(),
            )
        {
            continue;
        }
        let names = |ids: &[String]| {
            ids.iter()
                .map(|e| corpus.actor_name(&v.doc_id, e))
                .collect::<Vec<_>>()
                .join("; ")
        };
        table.rows.push(vec![
            opt(&entry.date),
            json!(v.etype),
            opt(&v.mode),
            json!(names(&v.sources)),
            json!(names(&v.targets)),
            json!(v.modality),
            opt(&v.place),
            json!(v.doc_id),
            json!(v.id),
            json!(v.trigger),
        ]);
    }
    table
}

/// Events and claims together, by date: what happened and what was said.
pub fn timeline(corpus: &Corpus) -> Table {
    let mut table = Table::new(&[
        "date", "kind", "what", "who", "whom", "standing", "doc", "id", "text",
    ]);
    let r = &corpus.records;
    for entry in corpus.timeline() {
        let row = match entry.item {
            Item::Event(i) => {
                let v = &r.events[i];
                let names = |ids: &[String]| {
                    ids.iter()
                        .map(|e| corpus.actor_name(&v.doc_id, e))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                vec![
                    opt(&entry.date),
                    json!("event"),
                    json!(v.etype),
                    json!(names(&v.sources)),
                    json!(names(&v.targets)),
                    Value::Null,
                    json!(v.doc_id),
                    json!(v.id),
                    json!(v.trigger),
                ]
            }
            Item::Claim(i) => {
                let c = &r.claims[i];
                let claim = claim_row(corpus, i);
                vec![
                    opt(&entry.date),
                    json!("claim"),
                    json!(c.stance),
                    claim[6].clone(),
                    Value::Null,
                    claim[1].clone(),
                    json!(c.doc_id),
                    json!(c.id),
                    opt(&c.content),
                ]
            }
        };
        table.rows.push(row);
    }
    table
}

/// An actor's profile: named sections of rows.
pub fn profile(corpus: &Corpus, actor: usize) -> Vec<(&'static str, Table)> {
    let a = &corpus.actors.list[actor];
    let r = &corpus.records;
    let is = |doc: &str, e: &str| corpus.actors.of(doc, e) == Some(actor);
    let mut summary = Table::new(&["id", "name", "type", "kb_id", "country", "aliases"]);
    summary.rows.push(vec![
        json!(a.id),
        json!(a.name),
        json!(a.etype),
        opt(&a.kb_id),
        opt(&a.country),
        json!(a.aliases.join("; ")),
    ]);
    let mut roles = Table::new(&["title", "of", "former", "doc", "evidence"]);
    for x in r.roles.iter().filter(|x| is(&x.doc_id, &x.entity_id)) {
        roles.rows.push(vec![
            json!(x.title),
            opt(&x.of.as_ref().map(|o| corpus.actor_name(&x.doc_id, o))),
            json!(x.former),
            json!(x.doc_id),
            json!(x.evidence),
        ]);
    }
    let mut relations = Table::new(&["subject", "predicate", "object", "doc", "evidence"]);
    for x in r
        .relations
        .iter()
        .filter(|x| is(&x.doc_id, &x.subject) || is(&x.doc_id, &x.object))
    {
        relations.rows.push(vec![
            json!(corpus.actor_name(&x.doc_id, &x.subject)),
            json!(x.predicate),
            json!(corpus.actor_name(&x.doc_id, &x.object)),
            json!(x.doc_id),
            json!(x.evidence),
        ]);
    }
    let mut made = Table::new(&[]);
    let mut about = Table::new(&[]);
    for i in 0..r.claims.len() {
        if corpus.claim_by(i).contains(&actor) {
            made.rows.push(claim_row(corpus, i));
        }
        if corpus.claim_about(i).contains(&actor) {
            about.rows.push(claim_row(corpus, i));
        }
    }
    let claim_columns = claims(corpus, &ClaimFilter::default()).columns;
    made.columns = claim_columns.clone();
    about.columns = claim_columns;
    let all_events = events(corpus, &EventFilter::default());
    let mut as_source = Table::new(&all_events.columns);
    let mut as_target = Table::new(&all_events.columns);
    for (row, entry) in all_events.rows.iter().zip(
        corpus
            .timeline()
            .into_iter()
            .filter(|e| matches!(e.item, Item::Event(_))),
    ) {
        let Item::Event(i) = entry.item else { continue };
        let v = &r.events[i];
        if v.sources.iter().any(|e| is(&v.doc_id, e)) {
            as_source.rows.push(row.clone());
        }
        if v.targets.iter().any(|e| is(&v.doc_id, e)) {
            as_target.rows.push(row.clone());
        }
    }
    let mut mentions = Table::new(&["doc", "text", "start", "end", "label"]);
    for m in r.mentions.iter().filter(|m| is(&m.doc_id, &m.entity_id)) {
        mentions.rows.push(vec![
            json!(m.doc_id),
            json!(m.text),
            json!(m.start),
            json!(m.end),
            json!(m.label),
        ]);
    }
    let mut documents = Table::new(&["doc", "title", "outlet", "published", "mentions"]);
    let docs: BTreeSet<&str> = a.members.iter().map(|m| m.0.as_str()).collect();
    for id in docs {
        let d = corpus.doc(id);
        documents.rows.push(vec![
            json!(id),
            opt(&d.and_then(|d| d.title.clone())),
            opt(&d.and_then(|d| d.outlet.clone())),
            opt(&d.and_then(|d| d.published.clone())),
            json!(mentions.rows.iter().filter(|m| m[0] == json!(id)).count()),
        ]);
    }
    vec![
        ("actor", summary),
        ("roles", roles),
        ("relations", relations),
        ("claims made", made),
        ("claims about", about),
        ("events as source", as_source),
        ("events as target", as_target),
        ("documents", documents),
        ("mentions", mentions),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{claim, document, entity, event, relation};
    use crate::corpus::Records;

    fn corpus() -> Corpus {
        let text = "Jalal Talabani said the PUK met Iran on Monday.";
        let mut a = document("d1", "Reuters", text);
        entity(
            &mut a,
            "e1",
            "Jalal Talabani",
            "PERSON",
            &["Jalal Talabani"],
            None,
        );
        entity(&mut a, "e2", "PUK", "ORG", &["PUK"], None);
        entity(&mut a, "e3", "Iran", "GPE", &["Iran"], None);
        claim(
            &mut a,
            "c1",
            "named_person",
            Some("e1"),
            "assert",
            "the PUK met Iran on Monday",
        );
        relation(&mut a, "e1", "leader_of", "e2");
        event(
            &mut a,
            "v1",
            "CONSULT",
            Some("e2"),
            Some("e3"),
            Some("2024-04-29"),
        );
        let mut b = document("d2", "AP", "Iran protested on Friday.");
        b.doc.published = Some("2024-05-10".into());
        entity(&mut b, "e1", "Iran", "GPE", &["Iran"], None);
        event(
            &mut b,
            "v1",
            "PROTEST",
            Some("e1"),
            None,
            Some("2024-05-03"),
        );
        Corpus::build(Records::from_documents([&a, &b]))
    }

    #[test]
    fn lists_actors_with_their_documents() {
        let c = corpus();
        let t = actors(&c);
        let iran = t.rows.iter().find(|r| r[1] == "Iran").unwrap();
        assert_eq!(iran[5], 2);
        assert_eq!(iran[6], 2);
        assert_eq!(t.to_json()[0]["id"], "iran");
    }

    #[test]
    fn filters_claims_by_speaker_subject_and_standing() {
        let c = corpus();
        let iran = c.actors.find("Iran")[0];
        let talabani = c.actors.find("Jalal Talabani")[0];
        let about = |a| {
            claims(
                &c,
                &ClaimFilter {
                    about: Some(a),
                    ..Default::default()
                },
            )
        };
        assert_eq!(about(iran).rows.len(), 1);
        assert_eq!(about(talabani).rows.len(), 0);
        let by = claims(
            &c,
            &ClaimFilter {
                by: Some(talabani),
                ..Default::default()
            },
        );
        assert_eq!(by.rows.len(), 1);
        let disputed = ClaimFilter {
            standing: Some(Standing::Disputed),
            ..Default::default()
        };
        assert!(claims(&c, &disputed).rows.is_empty());
    }

    #[test]
    fn filters_events_by_type_actor_and_dates() {
        let c = corpus();
        let all = events(&c, &EventFilter::default());
        assert_eq!(all.rows.len(), 2);
        assert_eq!(all.rows[0][1], "CONSULT");
        let f = |f: EventFilter| events(&c, &f).rows.len();
        assert_eq!(
            f(EventFilter {
                etype: Some("protest".into()),
                ..Default::default()
            }),
            1
        );
        let puk = c.actors.find("PUK")[0];
        assert_eq!(
            f(EventFilter {
                actor: Some(puk),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            f(EventFilter {
                since: Some("2024-05-01".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            f(EventFilter {
                until: Some("2024-04".into()),
                ..Default::default()
            }),
            1
        );
    }

    #[test]
    fn the_timeline_mixes_events_and_claims_by_date() {
        let t = timeline(&corpus());
        let kinds: Vec<(&str, &str)> = t
            .rows
            .iter()
            .map(|r| (r[0].as_str().unwrap(), r[1].as_str().unwrap()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("2024-04-29", "event"),
                ("2024-05-01", "claim"),
                ("2024-05-03", "event")
            ]
        );
        assert_eq!(t.rows[1][3], "Jalal Talabani");
        assert_eq!(t.rows[1][5], "single-source");
    }

    #[test]
    fn a_profile_gathers_relations_claims_and_events() {
        let c = corpus();
        let sections = profile(&c, c.actors.find("PUK")[0]);
        let rows = |name: &str| sections.iter().find(|s| s.0 == name).unwrap().1.rows.len();
        assert_eq!(rows("relations"), 1);
        assert_eq!(rows("claims about"), 1);
        assert_eq!(rows("claims made"), 0);
        assert_eq!(rows("events as source"), 1);
        assert_eq!(rows("events as target"), 0);
        assert_eq!(rows("documents"), 1);
        assert_eq!(rows("mentions"), 1);
    }
}
