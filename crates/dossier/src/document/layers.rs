//! The layers the stages add to a document: tokens and sentences, mentions and
//! entities, relations, claims and events.

use std::ops::Range;

use super::{EntityType, EventType, Modality, Predicate, SourceKind, Span, Stance, Upos};

/// One token. Syntax fields stay at their defaults until the syntax stage runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// Universal part of speech.
    pub upos: Option<Upos>,
    /// Penn Treebank tag.
    pub xpos: String,
    /// Dictionary form.
    pub lemma: String,
    /// Index (into the document's tokens) of the syntactic head; `None` for the root.
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head.
    pub deprel: String,
}

impl Token {
    /// A token covering `span`, with no syntax yet.
    pub fn new(span: Span) -> Self {
        Token {
            span,
            upos: None,
            xpos: String::new(),
            lemma: String::new(),
            head: None,
            deprel: String::new(),
        }
    }
}

/// One sentence: its extent and its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
}

impl Sentence {
    /// The sentence of `sentences` (in text order) that holds token `token`.
    pub fn holding(sentences: &[Sentence], token: usize) -> Option<&Sentence> {
        sentences
            .get(sentences.partition_point(|s| s.tokens.end <= token))
            .filter(|s| s.tokens.contains(&token))
    }
}

/// A named-entity mention as the recogniser found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where the mention is.
    pub span: Span,
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
    /// The type the recogniser gave it.
    pub label: EntityType,
}

/// A mention of an entity, with the type given to that mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityMention {
    /// Where the mention is.
    pub span: Span,
    /// The mention's own type (the adjective "Iranian" is NORP in an entity of type GPE).
    pub label: EntityType,
}

/// A title or office an entity holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// The title as written ("Deputy Prime Minister").
    pub title: String,
    /// The organisation or country of the office, as an entity id.
    pub of: Option<String>,
    /// True for former roles ("a former cabinet minister").
    pub former: bool,
    /// The text the role was read from.
    pub evidence: Span,
}

/// One actor, organisation or place: all its mentions resolved into one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Document-local id (`e1`, `e2`, ...).
    pub id: String,
    /// Canonical name (the longest proper form used).
    pub name: String,
    /// Entity type.
    pub etype: EntityType,
    /// Every surface form used for it.
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<EntityMention>,
    /// Titles and offices.
    pub roles: Vec<Role>,
    /// ISO 3166-1 alpha-3 code of the entity's country, where known.
    pub country: Option<String>,
    /// PLOVER-style actor sector (GOV, MIL, REB, OPP, PTY, MED, ...), where known.
    pub sector: Option<String>,
    /// Knowledge-base id, where the entity is in Dossier's knowledge base.
    pub kb_id: Option<String>,
}

/// A typed relation between two entities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Subject entity id.
    pub subject: String,
    /// Predicate.
    pub predicate: Predicate,
    /// Object entity id.
    pub object: String,
    /// The text that states it.
    pub evidence: Span,
    /// The claim it comes from, when a source rather than the author states it.
    pub claim: Option<String>,
}

/// Who a claim comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimSource {
    /// The source's text span (`None` for unattributed hearsay).
    pub span: Option<Span>,
    /// Kind of source.
    pub kind: SourceKind,
    /// The entity that is the source, for named sources.
    pub entity: Option<String>,
    /// The body an anonymous source belongs to.
    pub affiliation: Option<String>,
}

/// An attributed statement: who says what, how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Document-local id (`c1`, ...).
    pub id: String,
    /// Who says it.
    pub source: ClaimSource,
    /// The reporting verb or phrase.
    pub cue: Span,
    /// What is claimed (`None` for refusals with no object).
    pub content: Option<Span>,
    /// Stance.
    pub stance: Stance,
    /// Marked as uncertain.
    pub hedged: bool,
}

/// An event's normalised date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDate {
    /// The expression as written.
    pub span: Span,
    /// ISO 8601 date (or month / year) it resolves to, if it could be resolved.
    pub value: Option<String>,
}

/// Where an event took place.
#[derive(Clone, Debug, PartialEq)]
pub struct EventLocation {
    /// The place phrase.
    pub span: Span,
    /// Resolved place name.
    pub name: Option<String>,
    /// ISO 3166-1 alpha-3 country code.
    pub country: Option<String>,
    /// Latitude and longitude, where the gazetteer knows the place.
    pub coordinates: Option<(f64, f64)>,
}

/// A PLOVER-coded event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Document-local id (`v1`, ...).
    pub id: String,
    /// PLOVER event type.
    pub etype: EventType,
    /// PLOVER mode, where the text makes it clear.
    pub mode: Option<String>,
    /// CAMEO code, for users of older event data.
    pub cameo: Option<String>,
    /// Source actors (entity ids).
    pub sources: Vec<String>,
    /// Target actors (entity ids).
    pub targets: Vec<String>,
    /// The words that express the event.
    pub trigger: Span,
    /// How the event is presented.
    pub modality: Modality,
    /// The claim a reported or denied event rests on.
    pub claim: Option<String>,
    /// When it happened.
    pub date: Option<EventDate>,
    /// Where it happened.
    pub location: Option<EventLocation>,
}
