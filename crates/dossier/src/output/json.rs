//! The `dossier/1` document JSON: the contract of `../shared/spec/extraction.md`
//! plus segmentation, syntax and provenance. Offsets are Unicode code-point
//! offsets into `text`, end exclusive.

use serde::{Deserialize, Serialize};

use crate::document::{Claim, Document, Entity, Event, Relation, Span};

/// The schema tag every document carries.
pub const SCHEMA: &str = "dossier/1";

/// A document in the `dossier/1` format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentJson {
    /// Always `dossier/1`.
    pub schema: String,
    /// Identity and provenance.
    pub doc: DocJson,
    /// The text all offsets refer to.
    pub text: String,
    /// Sentences.
    pub sentences: Vec<SentenceJson>,
    /// Tokens.
    pub tokens: Vec<TokenJson>,
    /// Entities.
    pub entities: Vec<EntityJson>,
    /// Relations.
    pub relations: Vec<RelationJson>,
    /// Claims.
    pub claims: Vec<ClaimJson>,
    /// Events.
    pub events: Vec<EventJson>,
}

/// Identity and provenance of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocJson {
    /// Stable id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Where it was read from.
    pub origin: String,
    /// Input format.
    pub format: String,
    /// Dateline, when the story has one.
    pub dateline: Option<DatelineJson>,
    /// Problems met while reading that did not stop it.
    pub warnings: Vec<String>,
}

/// A dateline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatelineJson {
    /// Place as written.
    pub place: String,
    /// ISO date, if given.
    pub date: Option<String>,
    /// Agency, if given.
    pub agency: Option<String>,
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
}

/// A text span with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanJson {
    /// The covered text.
    pub text: String,
    /// Start offset (code points).
    pub start: usize,
    /// End offset (code points, exclusive).
    pub end: usize,
}

/// A sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceJson {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index one past its last token.
    pub end_token: usize,
}

/// A token with its syntax.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenJson {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Universal POS tag.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub upos: Option<String>,
    /// Penn Treebank tag.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub xpos: String,
    /// Lemma.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub lemma: String,
    /// Index of the head token (absent for roots and unparsed text).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub head: Option<usize>,
    /// Dependency relation.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub deprel: String,
}

/// An entity mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionJson {
    /// The mention text.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The type given to this mention.
    pub label: String,
}

/// A role held by an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleJson {
    /// Title.
    pub title: String,
    /// Entity id of the organisation or country.
    pub of: Option<String>,
    /// A former role.
    pub former: bool,
    /// Evidence.
    pub evidence: SpanJson,
}

/// An entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityJson {
    /// Id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub etype: String,
    /// Surface forms.
    pub aliases: Vec<String>,
    /// Mentions.
    pub mentions: Vec<MentionJson>,
    /// Roles.
    pub roles: Vec<RoleJson>,
    /// Country (ISO alpha-3).
    pub country: Option<String>,
    /// Actor sector.
    pub sector: Option<String>,
    /// Knowledge-base id.
    pub kb_id: Option<String>,
}

/// A relation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationJson {
    /// Subject entity id.
    pub subject: String,
    /// Predicate.
    pub predicate: String,
    /// Object entity id.
    pub object: String,
    /// Evidence.
    pub evidence: SpanJson,
    /// The claim it comes from.
    pub claim: Option<String>,
}

/// A claim's source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceJson {
    /// Source text, if any.
    pub text: Option<String>,
    /// Start offset, if any.
    pub start: Option<usize>,
    /// End offset, if any.
    pub end: Option<usize>,
    /// Kind.
    pub kind: String,
    /// Source entity id.
    pub entity: Option<String>,
    /// Affiliation entity id.
    pub affiliation: Option<String>,
}

/// A claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimJson {
    /// Id.
    pub id: String,
    /// Source.
    pub source: SourceJson,
    /// Cue.
    pub cue: SpanJson,
    /// Content.
    pub content: Option<SpanJson>,
    /// Stance.
    pub stance: String,
    /// Hedged.
    pub hedged: bool,
}

/// An event's date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateJson {
    /// Expression as written.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Normalised ISO value.
    pub value: Option<String>,
}

/// An event's place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationJson {
    /// Place phrase.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Resolved name.
    pub name: Option<String>,
    /// Country (ISO alpha-3).
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// An event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventJson {
    /// Id.
    pub id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub etype: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// First source actor.
    pub source: Option<String>,
    /// First target actor.
    pub target: Option<String>,
    /// All source actors.
    pub sources: Vec<String>,
    /// All target actors.
    pub targets: Vec<String>,
    /// Trigger.
    pub trigger: SpanJson,
    /// Modality.
    pub modality: String,
    /// The claim it rests on.
    pub claim: Option<String>,
    /// Date.
    pub date: Option<DateJson>,
    /// Place.
    pub location: Option<LocationJson>,
}

/// Converts byte offsets of one text to code-point offsets.
pub struct CharOffsets {
    /// Code-point index of each byte position (empty when the text is ASCII).
    table: Vec<usize>,
}

impl CharOffsets {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharOffsets { table: Vec::new() };
        }
        let mut table = vec![0; text.len() + 1];
        let mut count = 0;
        for (i, c) in text.char_indices() {
            table[i..i + c.len_utf8()].fill(count);
            count += 1;
        }
        table[text.len()] = count;
        CharOffsets { table }
    }

    /// The code-point offset of byte offset `byte`.
    pub fn at(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            byte
        } else {
            self.table[byte]
        }
    }
}

struct Converter<'a> {
    text: &'a str,
    offsets: CharOffsets,
}

impl Converter<'_> {
    fn span(&self, span: Span) -> SpanJson {
        SpanJson {
            text: span.of(self.text).to_string(),
            start: self.offsets.at(span.start),
            end: self.offsets.at(span.end),
        }
    }

    fn entity(&self, e: &Entity) -> EntityJson {
        EntityJson {
            id: e.id.clone(),
            name: e.name.clone(),
            etype: e.etype.name().to_string(),
            aliases: e.aliases.clone(),
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let s = self.span(m.span);
                    MentionJson {
                        text: s.text,
                        start: s.start,
                        end: s.end,
                        label: m.label.name().to_string(),
                    }
                })
                .collect(),
            roles: e
                .roles
                .iter()
                .map(|r| RoleJson {
                    title: r.title.clone(),
                    of: r.of.clone(),
                    former: r.former,
                    evidence: self.span(r.evidence),
                })
                .collect(),
            country: e.country.clone(),
            sector: e.sector.clone(),
            kb_id: e.kb_id.clone(),
        }
    }

    fn relation(&self, r: &Relation) -> RelationJson {
        RelationJson {
            subject: r.subject.clone(),
            predicate: r.predicate.name().to_string(),
            object: r.object.clone(),
            evidence: self.span(r.evidence),
            claim: r.claim.clone(),
        }
    }

    fn claim(&self, c: &Claim) -> ClaimJson {
        let source = c.source.span.map(|s| self.span(s));
        ClaimJson {
            id: c.id.clone(),
            source: SourceJson {
                text: source.as_ref().map(|s| s.text.clone()),
                start: source.as_ref().map(|s| s.start),
                end: source.as_ref().map(|s| s.end),
                kind: c.source.kind.name().to_string(),
                entity: c.source.entity.clone(),
                affiliation: c.source.affiliation.clone(),
            },
            cue: self.span(c.cue),
            content: c.content.map(|s| self.span(s)),
            stance: c.stance.name().to_string(),
            hedged: c.hedged,
        }
    }

    fn event(&self, v: &Event) -> EventJson {
        EventJson {
            id: v.id.clone(),
            etype: v.etype.name().to_string(),
            mode: v.mode.clone(),
            cameo: v.cameo.clone(),
            source: v.sources.first().cloned(),
            target: v.targets.first().cloned(),
            sources: v.sources.clone(),
            targets: v.targets.clone(),
            trigger: self.span(v.trigger),
            modality: v.modality.name().to_string(),
            claim: v.claim.clone(),
            date: v.date.as_ref().map(|d| {
                let s = self.span(d.span);
                DateJson {
                    text: s.text,
                    start: s.start,
                    end: s.end,
                    value: d.value.clone(),
                }
            }),
            location: v.location.as_ref().map(|l| {
                let s = self.span(l.span);
                LocationJson {
                    text: s.text,
                    start: s.start,
                    end: s.end,
                    name: l.name.clone(),
                    country: l.country.clone(),
                    lat: l.coordinates.map(|c| c.0),
                    lon: l.coordinates.map(|c| c.1),
                }
            }),
        }
    }
}

/// Converts a processed document into its `dossier/1` form.
pub fn to_json(doc: &Document) -> DocumentJson {
    let conv = Converter {
        text: &doc.text,
        offsets: CharOffsets::new(&doc.text),
    };
    let m = &doc.meta;
    DocumentJson {
        schema: SCHEMA.to_string(),
        doc: DocJson {
            id: m.id.clone(),
            title: m.title.clone(),
            url: m.url.clone(),
            outlet: m.outlet.clone(),
            published: m.published.clone(),
            origin: m.origin.clone(),
            format: serde_json::to_value(m.format)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            dateline: m.dateline.as_ref().map(|d| DatelineJson {
                place: d.place.clone(),
                date: d.date.clone(),
                agency: d.agency.clone(),
                start: conv.offsets.at(d.span.start),
                end: conv.offsets.at(d.span.end),
            }),
            warnings: m.warnings.clone(),
        },
        text: doc.text.clone(),
        sentences: doc
            .sentences
            .iter()
            .map(|s| SentenceJson {
                start: conv.offsets.at(s.span.start),
                end: conv.offsets.at(s.span.end),
                first_token: s.tokens.start,
                end_token: s.tokens.end,
            })
            .collect(),
        tokens: doc
            .tokens
            .iter()
            .map(|t| TokenJson {
                start: conv.offsets.at(t.span.start),
                end: conv.offsets.at(t.span.end),
                upos: t.upos.map(|u| u.name().to_string()),
                xpos: t.xpos.clone(),
                lemma: t.lemma.clone(),
                head: t.head,
                deprel: t.deprel.clone(),
            })
            .collect(),
        entities: doc.entities.iter().map(|e| conv.entity(e)).collect(),
        relations: doc.relations.iter().map(|r| conv.relation(r)).collect(),
        claims: doc.claims.iter().map(|c| conv.claim(c)).collect(),
        events: doc.events.iter().map(|v| conv.event(v)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Zürich – “Bürger”";
        let offsets = CharOffsets::new(text);
        let start = text.find("Bürger").unwrap();
        assert_eq!(offsets.at(start), 10);
        assert_eq!(offsets.at(text.len()), text.chars().count());
        assert_eq!(CharOffsets::new("abc").at(2), 2);
    }

    #[test]
    fn serialises_the_contract_fields() {
        let mut doc = Document::new(
            DocMeta {
                id: "h1".into(),
                origin: "a.txt".into(),
                ..Default::default()
            },
            "Ça va. Oui.".into(),
        );
        crate::text::segment(&mut doc);
        let json = serde_json::to_value(to_json(&doc)).unwrap();
        assert_eq!(json["schema"], "dossier/1");
        assert_eq!(json["doc"]["id"], "h1");
        assert_eq!(json["doc"]["format"], "text");
        assert_eq!(json["sentences"][1]["start"], 7);
        assert_eq!(json["tokens"][0]["end"], 2);
        assert!(json["entities"].as_array().unwrap().is_empty());
        assert!(json["events"].as_array().unwrap().is_empty());
    }
}
