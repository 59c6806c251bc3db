//! Hand-made `dossier/1` documents for the corpus unit tests.

use crate::output::json::{
    ClaimJson, DocJson, DocumentJson, EntityJson, EventJson, MentionJson, RelationJson, SourceJson,
    SpanJson,
};

/// A document with id `id`, outlet `outlet` and text `text`, no layers.
pub fn document(id: &str, outlet: &str, text: &str) -> DocumentJson {
    DocumentJson {
        schema: crate::output::SCHEMA.into(),
        doc: DocJson {
            id: id.into(),
            title: Some(format!("Title {id}")),
            url: None,
            outlet: (!outlet.is_empty()).then(|| outlet.into()),
            published: Some("2024-05-01".into()),
            origin: format!("{id}.txt"),
            format: "text".into(),
            dateline: None,
            warnings: Vec::new(),
        },
        text: text.into(),
        sentences: Vec::new(),
        tokens: Vec::new(),
        entities: Vec::new(),
        relations: Vec::new(),
        claims: Vec::new(),
        events: Vec::new(),
    }
}

/// A span of `text` at `start`.
pub fn span(text: &str, start: usize) -> SpanJson {
    SpanJson {
        text: text.into(),
        start,
        end: start + text.chars().count(),
    }
}

/// Adds an entity with mentions at the offsets where each alias first occurs.
pub fn entity(
    doc: &mut DocumentJson,
    id: &str,
    name: &str,
    etype: &str,
    aliases: &[&str],
    kb_id: Option<&str>,
) {
    let mentions = aliases
        .iter()
        .filter_map(|a| {
            let byte = doc.text.find(a)?;
            let start = doc.text[..byte].chars().count();
            Some(MentionJson {
                text: a.to_string(),
                start,
                end: start + a.chars().count(),
                label: etype.into(),
            })
        })
        .collect();
    doc.entities.push(EntityJson {
        id: id.into(),
        name: name.into(),
        etype: etype.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions,
        roles: Vec::new(),
        country: None,
        sector: None,
        kb_id: kb_id.map(str::to_string),
    });
}

/// Adds a claim whose content is the first occurrence of `content` in the text.
pub fn claim(
    doc: &mut DocumentJson,
    id: &str,
    kind: &str,
    source: Option<&str>,
    stance: &str,
    content: &str,
) {
    let byte = doc.text.find(content).expect("content in text");
    let start = doc.text[..byte].chars().count();
    doc.claims.push(ClaimJson {
        id: id.into(),
        source: SourceJson {
            text: None,
            start: None,
            end: None,
            kind: kind.into(),
            entity: source.map(str::to_string),
            affiliation: None,
        },
        cue: span("said", 0),
        content: Some(span(content, start)),
        stance: stance.into(),
        hedged: false,
    });
}

/// Adds an event.
pub fn event(
    doc: &mut DocumentJson,
    id: &str,
    etype: &str,
    source: Option<&str>,
    target: Option<&str>,
    date: Option<&str>,
) {
    doc.events.push(EventJson {
        id: id.into(),
        etype: etype.into(),
        mode: None,
        cameo: None,
        source: source.map(str::to_string),
        target: target.map(str::to_string),
        sources: source.iter().map(|s| s.to_string()).collect(),
        targets: target.iter().map(|s| s.to_string()).collect(),
        trigger: span("met", 0),
        modality: "asserted".into(),
        claim: None,
        date: date.map(|d| crate::output::json::DateJson {
            text: d.into(),
            start: 0,
            end: 0,
            value: Some(d.into()),
        }),
        location: None,
    });
}

/// Adds a relation.
pub fn relation(doc: &mut DocumentJson, subject: &str, predicate: &str, object: &str) {
    doc.relations.push(RelationJson {
        subject: subject.into(),
        predicate: predicate.into(),
        object: object.into(),
        evidence: span("leads", 0),
        claim: None,
    });
}

/// A fresh database on the PostgreSQL test server, dropped when this is.
pub struct PgDatabase {
    admin: String,
    name: String,
    /// Its URL.
    pub url: String,
}

/// The test server's URL (`DOSSIER_TEST_POSTGRES`). Without it the caller is
/// skipped with a message, unless `DOSSIER_REQUIRE_POSTGRES=1` demands a server.
pub fn pg_server() -> Option<String> {
    match std::env::var("DOSSIER_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("DOSSIER_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "DOSSIER_REQUIRE_POSTGRES=1 but DOSSIER_TEST_POSTGRES is not set"
            );
            eprintln!(
                "SKIPPED: DOSSIER_TEST_POSTGRES not set (run the tests under .ci/postgres.sh)"
            );
            None
        }
    }
}

/// A new empty database called after `tag` on the test server, if there is one.
pub fn pg_database(tag: &str) -> Option<PgDatabase> {
    let admin = pg_server()?;
    let name = format!("dossier_unit_{tag}_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        client.batch_execute(&sql).unwrap();
    }
    let (head, tail) = admin.split_at(admin.find("://").unwrap() + 3);
    let host_end = tail.find('/').unwrap_or(tail.len());
    let query = tail.find('?').map_or("", |q| &tail[q..]);
    let url = format!("{head}{}/{name}{query}", &tail[..host_end]);
    Some(PgDatabase { admin, name, url })
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A Reuters document: Jalal Talabani (e1) leads the PUK (e2), with a claim
/// and a CONSULT event between them; `extra` adds ORG entities after e2 (a
/// repeated id replaces the earlier entity when stored).
pub fn talabani(extra: &[(&str, &str)]) -> DocumentJson {
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
    for (id, name) in extra {
        entity(&mut doc, id, name, "ORG", &["PUK"], None);
    }
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
    doc
}
