//! The token ranges the claims stage reads one at a time: the document's
//! sentences, with a sentence that opens in lower case joined to the one
//! before it ("Rep. Trey Gowdy (R-S.C.)" / "said that ..." is one sentence
//! the segmenter cut after an abbreviation), and a sentence cut after a
//! colon joined to what follows on the same line ("Insiders:" / "Trump will
//! rebound").

use std::ops::Range;

use crate::document::Document;

/// Token ranges of the sentences of `doc`, a sentence whose first word
/// starts with a lower-case letter, or that follows a colon on the same
/// line, joined to the previous one.
pub fn claim_units(doc: &Document) -> Vec<Range<usize>> {
    let mut units: Vec<Range<usize>> = Vec::with_capacity(doc.sentences.len());
    for sentence in &doc.sentences {
        let range = sentence.tokens.clone();
        if range.is_empty() {
            continue;
        }
        let first = doc.tokens[range.start].span;
        let lower_start = doc
            .slice(first)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let after_colon = |last: &Range<usize>| {
            let end = doc.tokens[last.end - 1].span;
            doc.slice(end) == ":" && !doc.text[end.end..first.start].contains('\n')
        };
        match units.last_mut() {
            Some(last) if last.end == range.start && (lower_start || after_colon(last)) => {
                last.end = range.end
            }
            _ => units.push(range),
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, Sentence};

    /// The claim units of `text` when its sentences end after each of `cuts`.
    fn units(text: &str, cuts: &[&str]) -> Vec<String> {
        let mut doc = Document::new(DocMeta::default(), text.to_string());
        crate::text::segment(&mut doc);
        let mut ends: Vec<usize> = cuts
            .iter()
            .map(|cut| {
                let at = text.find(cut).expect("cut in text") + cut.len();
                doc.tokens.iter().position(|t| t.span.start >= at).unwrap()
            })
            .collect();
        ends.push(doc.tokens.len());
        let mut start = 0;
        doc.sentences = ends
            .into_iter()
            .map(|end| {
                let tokens = std::mem::replace(&mut start, end)..end;
                let span = doc.tokens[tokens.start]
                    .span
                    .cover(&doc.tokens[end - 1].span);
                Sentence { span, tokens }
            })
            .collect();
        claim_units(&doc)
            .into_iter()
            .map(|r| {
                let span = doc.tokens[r.start].span.cover(&doc.tokens[r.end - 1].span);
                doc.slice(span).to_string()
            })
            .collect()
    }

    #[test]
    fn colon_and_lower_case_openings_join_the_sentence_before() {
        assert_eq!(
            units(
                "Insiders: Trump will rebound. Gowdy (R-S.C.) said so. He left.",
                &["Insiders:", "rebound.", "(R-S.C.)", "said so."]
            ),
            [
                "Insiders: Trump will rebound.",
                "Gowdy (R-S.C.) said so.",
                "He left."
            ]
        );
        assert_eq!(
            units("Agenda:\nTalks resume.", &["Agenda:"]),
            ["Agenda:", "Talks resume."]
        );
    }
}
