//! The token ranges the claims stage reads one at a time: the document's
//! sentences, with a sentence that opens in lower case joined to the one
//! before it ("Rep. Trey Gowdy (R-S.C.)" / "said that ..." is one sentence
//! the segmenter cut after an abbreviation).

use std::ops::Range;

use crate::document::Document;

/// Token ranges of the sentences of `doc`, a sentence whose first word
/// starts with a lower-case letter joined to the previous one.
pub fn claim_units(doc: &Document) -> Vec<Range<usize>> {
    let mut units: Vec<Range<usize>> = Vec::with_capacity(doc.sentences.len());
    for sentence in &doc.sentences {
        let range = sentence.tokens.clone();
        let lower_start = range.start < range.end
            && doc
                .slice(doc.tokens[range.start].span)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        match units.last_mut() {
            Some(last) if lower_start && last.end == range.start => last.end = range.end,
            _ => units.push(range),
        }
    }
    units
}
