//! Flat records of the normalised tables: what the store writes for each
//! document and reads back for cross-article analysis.

use crate::output::DocumentJson;

/// A document's identity and provenance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocRow {
    /// Document id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Outlet as given by the input.
    pub outlet: Option<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Where it was read from.
    pub origin: String,
    /// Number of tokens.
    pub tokens: usize,
}

impl DocRow {
    /// The publisher the document is credited to: the outlet, else the URL's
    /// host. `None` when the document does not say.
    pub fn publisher(&self) -> Option<String> {
        if let Some(outlet) = self.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
            return Some(outlet.trim().to_lowercase());
        }
        let url = self.url.as_deref()?;
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest.split('/').next()?.trim_start_matches("www.");
        (!host.is_empty()).then(|| host.to_lowercase())
    }
}

/// An entity of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityRow {
    /// Document id.
    pub doc_id: String,
    /// Entity id within the document.
    pub id: String,
    /// Canonical name in that document.
    pub name: String,
    /// Entity type.
    pub etype: String,
    /// Surface forms.
    pub aliases: Vec<String>,
    /// Country (ISO alpha-3).
    pub country: Option<String>,
    /// Actor sector.
    pub sector: Option<String>,
    /// Knowledge-base id.
    pub kb_id: Option<String>,
}

/// One mention of an entity: the evidence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MentionRow {
    /// Document id.
    pub doc_id: String,
    /// Entity id within the document.
    pub entity_id: String,
    /// Mention text.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Label the recogniser gave.
    pub label: String,
}

/// A role held by an entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleRow {
    /// Document id.
    pub doc_id: String,
    /// Entity id within the document.
    pub entity_id: String,
    /// Title.
    pub title: String,
    /// Entity id of the organisation or country.
    pub of: Option<String>,
    /// A former role.
    pub former: bool,
    /// Evidence text.
    pub evidence: String,
    /// Evidence start offset.
    pub start: usize,
    /// Evidence end offset.
    pub end: usize,
}

/// A relation between two entities of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelationRow {
    /// Document id.
    pub doc_id: String,
    /// Subject entity id.
    pub subject: String,
    /// Predicate.
    pub predicate: String,
    /// Object entity id.
    pub object: String,
    /// Claim it comes from.
    pub claim: Option<String>,
    /// Evidence text.
    pub evidence: String,
    /// Evidence start offset.
    pub start: usize,
    /// Evidence end offset.
    pub end: usize,
}

/// A claim of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimRow {
    /// Document id.
    pub doc_id: String,
    /// Claim id within the document.
    pub id: String,
    /// Source kind.
    pub source_kind: String,
    /// Source text.
    pub source_text: Option<String>,
    /// Source entity id.
    pub source_entity: Option<String>,
    /// Source affiliation entity id.
    pub source_affiliation: Option<String>,
    /// Cue text.
    pub cue: String,
    /// Content text.
    pub content: Option<String>,
    /// Content start offset.
    pub content_start: Option<usize>,
    /// Content end offset.
    pub content_end: Option<usize>,
    /// Stance.
    pub stance: String,
    /// Hedged.
    pub hedged: bool,
}

/// An event of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventRow {
    /// Document id.
    pub doc_id: String,
    /// Event id within the document.
    pub id: String,
    /// PLOVER type.
    pub etype: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Source entity ids.
    pub sources: Vec<String>,
    /// Target entity ids.
    pub targets: Vec<String>,
    /// Trigger text.
    pub trigger: String,
    /// Modality.
    pub modality: String,
    /// Claim it rests on.
    pub claim: Option<String>,
    /// Date as written.
    pub date_text: Option<String>,
    /// Normalised date.
    pub date_value: Option<String>,
    /// Place, resolved name else as written.
    pub place: Option<String>,
    /// Country of the place (ISO alpha-3).
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// The normalised records of a set of documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    /// Documents.
    pub docs: Vec<DocRow>,
    /// Entities.
    pub entities: Vec<EntityRow>,
    /// Mentions.
    pub mentions: Vec<MentionRow>,
    /// Roles.
    pub roles: Vec<RoleRow>,
    /// Relations.
    pub relations: Vec<RelationRow>,
    /// Claims.
    pub claims: Vec<ClaimRow>,
    /// Events.
    pub events: Vec<EventRow>,
}

impl Records {
    /// The records of `docs`.
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = &'a DocumentJson>) -> Records {
        let mut records = Records::default();
        for doc in docs {
            records.add(doc);
        }
        records
    }

    /// Adds the records of one document.
    pub fn add(&mut self, doc: &DocumentJson) {
        let d = &doc.doc;
        let id = || d.id.clone();
        self.docs.push(DocRow {
            id: id(),
            title: d.title.clone(),
            url: d.url.clone(),
            outlet: d.outlet.clone(),
            published: d.published.clone(),
            origin: d.origin.clone(),
            tokens: doc.tokens.len(),
        });
        for e in &doc.entities {
            self.entities.push(EntityRow {
                doc_id: id(),
                id: e.id.clone(),
                name: e.name.clone(),
                etype: e.etype.clone(),
                aliases: e.aliases.clone(),
                country: e.country.clone(),
                sector: e.sector.clone(),
                kb_id: e.kb_id.clone(),
            });
            self.mentions.extend(e.mentions.iter().map(|m| MentionRow {
                doc_id: id(),
                entity_id: e.id.clone(),
                text: m.text.clone(),
                start: m.start,
                end: m.end,
                label: m.label.clone(),
            }));
            self.roles.extend(e.roles.iter().map(|r| RoleRow {
                doc_id: id(),
                entity_id: e.id.clone(),
                title: r.title.clone(),
                of: r.of.clone(),
                former: r.former,
                evidence: r.evidence.text.clone(),
                start: r.evidence.start,
                end: r.evidence.end,
            }));
        }
        self.relations
            .extend(doc.relations.iter().map(|r| RelationRow {
                doc_id: id(),
                subject: r.subject.clone(),
                predicate: r.predicate.clone(),
                object: r.object.clone(),
                claim: r.claim.clone(),
                evidence: r.evidence.text.clone(),
                start: r.evidence.start,
                end: r.evidence.end,
            }));
        self.claims.extend(doc.claims.iter().map(|c| ClaimRow {
            doc_id: id(),
            id: c.id.clone(),
            source_kind: c.source.kind.clone(),
            source_text: c.source.text.clone(),
            source_entity: c.source.entity.clone(),
            source_affiliation: c.source.affiliation.clone(),
            cue: c.cue.text.clone(),
            content: c.content.as_ref().map(|s| s.text.clone()),
            content_start: c.content.as_ref().map(|s| s.start),
            content_end: c.content.as_ref().map(|s| s.end),
            stance: c.stance.clone(),
            hedged: c.hedged,
        }));
        self.events.extend(doc.events.iter().map(|v| {
            EventRow {
                doc_id: id(),
                id: v.id.clone(),
                etype: v.etype.clone(),
                mode: v.mode.clone(),
                cameo: v.cameo.clone(),
                sources: event_actors(&v.sources, &v.source),
                targets: event_actors(&v.targets, &v.target),
                trigger: v.trigger.text.clone(),
                modality: v.modality.clone(),
                claim: v.claim.clone(),
                date_text: v.date.as_ref().map(|x| x.text.clone()),
                date_value: v.date.as_ref().and_then(|x| x.value.clone()),
                place: v
                    .location
                    .as_ref()
                    .map(|l| l.name.clone().unwrap_or_else(|| l.text.clone())),
                country: v.location.as_ref().and_then(|l| l.country.clone()),
                lat: v.location.as_ref().and_then(|l| l.lat),
                lon: v.location.as_ref().and_then(|l| l.lon),
            }
        }));
    }
}

/// All actors of one side of an event: the list, else the single field.
fn event_actors(all: &[String], first: &Option<String>) -> Vec<String> {
    if all.is_empty() {
        first.iter().cloned().collect()
    } else {
        all.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publisher_falls_back_to_the_url_host() {
        let mut doc = DocRow {
            url: Some("https://www.Reuters.com/world/x".into()),
            ..Default::default()
        };
        assert_eq!(doc.publisher().as_deref(), Some("reuters.com"));
        doc.outlet = Some("The Guardian".into());
        assert_eq!(doc.publisher().as_deref(), Some("the guardian"));
        assert_eq!(DocRow::default().publisher(), None);
    }
}
