//! Quotations that run on after their attribution: in "“It is over,” Cruz
//! said. “We lost the vote.”" the second quotation, with no cue of its own,
//! is more of what Cruz said, so his claim's content runs on to its end.

use super::quotes::Quote;
use crate::document::{Claim, Document, Sentence, Span};

/// Extends the content of each quoting claim over the quotations that open
/// the sentences right after it and hold no cue of their own.
pub fn run_on(doc: &Document, quotes: &[Quote], claims: &mut [Claim]) {
    for quote in quotes {
        let Some(opened) = Sentence::holding(&doc.sentences, quote.open) else {
            continue;
        };
        if opened.tokens.start != quote.open {
            continue; // not a quotation that opens its sentence
        }
        let Some(closed) = Sentence::holding(&doc.sentences, quote.close) else {
            continue;
        };
        // The quotation fills its sentences: not "“It is a sham,” countered
        // Jones" nor "“Operation Dawn” began".
        let closes = (quote.close + 1..closed.tokens.end).all(|k| {
            doc.slice(doc.tokens[k].span)
                .chars()
                .all(|c| !c.is_alphanumeric())
        });
        if !closes {
            continue;
        }
        let region = opened.span.cover(&closed.span);
        if claims.iter().any(|c| region.contains(&c.cue)) {
            continue; // "“We lost,” he added.": a claim of its own
        }
        let before = doc.tokens[quote.open].span.start;
        let Some(claim) = claims
            .iter_mut()
            .filter(|c| c.cue.end <= before)
            .max_by_key(|c| c.cue.start)
        else {
            continue;
        };
        let Some(content) = claim.content else {
            continue;
        };
        // The claim quotes, and what it says reaches the sentence before.
        let quoting = quotes.iter().any(|q| q.inner.overlaps(&content));
        let previous = doc.sentences.iter().rfind(|s| s.span.end <= before);
        // In the same paragraph: wire copy reopens a quotation at each new
        // paragraph, and a new paragraph may be a new claim.
        let words = doc
            .tokens
            .get(quote.open + 1)
            .map_or(before, |t| t.span.start);
        let adjacent = previous.is_some_and(|s| {
            content.end > s.span.start && !doc.text[s.span.end..words].contains('\n')
        });
        if quoting && adjacent && content.end < quote.inner.end {
            claim.content = Some(Span::new(content.start, quote.inner.end));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{DocMeta, Document};

    fn claims(text: &str) -> Vec<(String, String)> {
        let mut doc = Document::new(DocMeta::default(), text.into());
        crate::text::segment(&mut doc);
        super::super::extract(&mut doc);
        doc.claims
            .iter()
            .map(|c| {
                let content = c.content.map_or("", |s| doc.slice(s));
                (doc.slice(c.cue).to_string(), content.to_string())
            })
            .collect()
    }

    #[test]
    fn a_quotation_after_its_attribution_is_more_of_the_same_claim() {
        let found = claims("“It is over,” Cruz said. “We lost the vote. We move on.”\n\nHe left.");
        assert_eq!(
            found,
            vec![(
                "said".to_string(),
                "It is over,” Cruz said. “We lost the vote. We move on".to_string()
            )]
        );
        // A quotation with its own cue, or after a claim that quotes nothing,
        // stays apart.
        let found = claims("“It is over,” Cruz said. “We lost,” he added.");
        assert_eq!(found[0].1, "It is over");
        let found = claims("“We won,” Smith said. “It is a sham,” scoffed Jones.");
        assert_eq!(found[0].1, "We won");
        let found = claims("“It is over,” Cruz said. “\n\nWe lost the vote.”");
        assert_eq!(found[0].1, "It is over");
        let found = claims("Cruz said the vote was lost. “We move on.”");
        assert_eq!(found, vec![("said".into(), "the vote was lost".into())]);
    }
}
