//! Test support: documents with hand-placed recogniser mentions.

use crate::document::{DocMeta, Document, EntityType, Mention, Span};

/// Segments `text` and adds a mention for each `(name, type)`, found in
/// order in the text (each after the previous one).
pub fn with_mentions(text: &str, names: &[(&str, EntityType)]) -> Document {
    let mut doc = Document::new(DocMeta::default(), text.to_string());
    crate::text::segment(&mut doc);
    let mut from = 0;
    for (name, label) in names {
        let start = from + doc.text[from..].find(name).expect("mention in text");
        let end = start + name.len();
        let first = doc.tokens.iter().position(|t| t.span.start == start);
        let last = doc.tokens.iter().position(|t| t.span.end == end);
        let (Some(first), Some(last)) = (first, last) else {
            panic!("{name:?} does not start and end on token boundaries");
        };
        doc.mentions.push(Mention {
            span: Span::new(start, end),
            tokens: first..last + 1,
            label: *label,
        });
        from = end;
    }
    doc
}

/// The text and type of each of `doc`'s mentions.
pub fn mention_texts(doc: &Document) -> Vec<(String, EntityType)> {
    doc.mentions
        .iter()
        .map(|m| (doc.slice(m.span).to_string(), m.label))
        .collect()
}

/// `expected` with owned strings, to compare with [`mention_texts`].
pub fn owned(expected: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
    expected.iter().map(|(s, t)| (s.to_string(), *t)).collect()
}
