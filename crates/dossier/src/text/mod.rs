//! Stage 2, text: segmentation into sentences and tokens with exact offsets.

mod boundary;
mod lexicon;
mod sentences;
mod tokenize;

pub use boundary::BoundaryModel;
pub use sentences::split_sentences;
pub use tokenize::tokenize;

use crate::document::{Document, Sentence, Token};

/// Fills `doc.tokens` and `doc.sentences` from `doc.text`. A dateline, when the
/// document has one, becomes a sentence of its own.
pub fn segment(doc: &mut Document) {
    let spans = tokenize(&doc.text);
    let breaks: Vec<usize> = doc.meta.dateline.iter().map(|d| d.span.end).collect();
    let ranges = split_sentences(&doc.text, &spans, &breaks);
    doc.sentences = ranges
        .into_iter()
        .map(|r| Sentence {
            span: spans[r.start].cover(&spans[r.end - 1]),
            tokens: r,
        })
        .collect();
    doc.tokens = spans.into_iter().map(Token::new).collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Dateline, DocMeta, Span};

    #[test]
    fn segments_a_wire_story() {
        let text = "Talks end\n\nANKARA 1996-08-31 - Turkey's Prime Minister said on Friday \
                    that talks would resume. \"We are ready,\" he said."
            .to_string();
        let meta = DocMeta {
            dateline: Some(Dateline {
                span: Span::new(11, 31),
                place: "ANKARA".into(),
                date: Some("1996-08-31".into()),
                agency: None,
            }),
            ..Default::default()
        };
        let mut doc = Document::new(meta, text);
        segment(&mut doc);
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(
            sentences,
            vec![
                "Talks end",
                "ANKARA 1996-08-31 -",
                "Turkey's Prime Minister said on Friday that talks would resume.",
                "\"We are ready,\" he said."
            ]
        );
        assert_eq!(doc.sentences.last().unwrap().tokens.end, doc.tokens.len());
    }
}
