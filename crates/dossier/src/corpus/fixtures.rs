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
