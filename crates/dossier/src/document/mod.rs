//! The typed document that every pipeline stage reads and extends.
//!
//! Spans inside the pipeline are UTF-8 byte offsets into [`Document::text`]; the
//! [`crate::output`] stage converts them to the Unicode code-point offsets of the
//! `dossier/1` contract.

use std::ops::Range;

mod layers;
mod meta;
mod vocab;

pub use layers::{
    Claim, ClaimSource, Entity, EntityMention, Event, EventDate, EventLocation, Mention, Relation,
    Role, Sentence, Token,
};
pub use meta::{Dateline, DocMeta, InputFormat};
pub use vocab::{EntityType, EventType, Modality, Predicate, SourceKind, Stance, Upos};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// An article as it moves through the pipeline: metadata, text, and the layers
/// that the stages fill in.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Identity and provenance.
    pub meta: DocMeta,
    /// The text all spans refer to (for HTML: the extracted article text).
    pub text: String,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; sentences index into this list.
    pub tokens: Vec<Token>,
    /// Named-entity mentions found by the recogniser, in text order.
    pub mentions: Vec<Mention>,
    /// Entities: mentions resolved into one record per actor or place.
    pub entities: Vec<Entity>,
    /// Typed relations between entities.
    pub relations: Vec<Relation>,
    /// Attributed statements.
    pub claims: Vec<Claim>,
    /// Coded events.
    pub events: Vec<Event>,
}

impl Document {
    /// A document holding `text` and `meta`, with every layer empty.
    pub fn new(meta: DocMeta, text: String) -> Self {
        Document {
            meta,
            text,
            ..Default::default()
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// The indices of the tokens `span` covers (in part or whole).
    pub fn tokens_covering(&self, span: Span) -> Range<usize> {
        let start = self.tokens.partition_point(|t| t.span.end <= span.start);
        let end = self.tokens.partition_point(|t| t.span.start < span.end);
        start..end
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }

    /// A mention of type `label` over the tokens `tokens` (not empty).
    pub fn mention_over(&self, tokens: Range<usize>, label: EntityType) -> Mention {
        let span = self.tokens[tokens.start]
            .span
            .cover(&self.tokens[tokens.end - 1].span);
        Mention {
            span,
            tokens,
            label,
        }
    }

    /// Adds `mention` to the mentions, which stay in token order.
    pub fn insert_mention(&mut self, mention: Mention) {
        let at = self
            .mentions
            .partition_point(|m| m.tokens.start < mention.tokens.start);
        self.mentions.insert(at, mention);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_geometry() {
        let a = Span::new(2, 6);
        let b = Span::new(5, 9);
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&Span::new(6, 8)));
        assert_eq!(a.cover(&b), Span::new(2, 9));
        assert!(a.contains(&Span::new(3, 6)));
        assert_eq!(Span::new(0, 5).of("Hello world"), "Hello");
    }
}
