//! Completes personal names whose last part is hyphenated with a lower-case
//! syllable, as Korean given names are written in news copy ("Kim Jong-un",
//! "Moon Jae-in", "Ban Ki-moon"). The recogniser reads such a name to the
//! hyphen and stops at the lower-case word after it; this puts the rest back.

use crate::document::{Document, EntityType, Sentence};

/// Lower-case words that follow a name with a hyphen to make an adjective
/// ("Trump-led", "Biden-era"), never a syllable of the name.
const COMPOUND_WORDS: &[&str] = &[
    "aged", "based", "born", "era", "esque", "free", "heavy", "held", "ian", "ish", "ism", "ist",
    "ite", "led", "like", "lite", "made", "owned", "proof", "ready", "run", "size", "style",
    "type", "wide",
];

/// The longest syllable on either side of the hyphen.
const SYLLABLE: usize = 5;

/// Extends each person mention of two or more words that ends with a short
/// capitalised syllable over `-` and a short lower-case syllable written
/// against it ("Kim Jong" + "-un").
pub fn complete_hyphenated_names(doc: &mut Document) {
    let Document {
        text,
        tokens,
        mentions,
        sentences,
        ..
    } = doc;
    let word = |i: usize| &text[tokens[i].span.start..tokens[i].span.end];
    // The end of the sentence holding token `i`.
    let sentence_end = |i: usize| Sentence::holding(sentences, i).map_or(i + 1, |s| s.tokens.end);
    for mention in mentions.iter_mut() {
        let (first, end) = (mention.tokens.start, mention.tokens.end);
        if mention.label != EntityType::Person || end - first < 2 || end + 2 > sentence_end(end - 1)
        {
            continue;
        }
        let (last, hyphen, rest) = (end - 1, end, end + 1);
        let touching = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
        let syllable = word(rest);
        let name_part = word(last);
        if matches!(word(hyphen), "-" | "\u{2010}")
            && touching(last, hyphen)
            && touching(hyphen, rest)
            && is_capitalised_syllable(name_part)
            && (1..=SYLLABLE).contains(&syllable.len())
            && syllable.bytes().all(|b| b.is_ascii_lowercase())
            && !COMPOUND_WORDS.contains(&syllable)
        {
            mention.tokens = first..rest + 1;
            mention.span = mention.span.cover(&tokens[rest].span);
        }
    }
}

/// "Jong", "Ki": an upper-case ASCII letter and at most four lower-case ones.
fn is_capitalised_syllable(word: &str) -> bool {
    let mut bytes = word.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && word.len() <= SYLLABLE
        && bytes.all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::with_mentions;

    fn completed(text: &str, names: &[&str]) -> Vec<String> {
        let people: Vec<(&str, EntityType)> =
            names.iter().map(|n| (*n, EntityType::Person)).collect();
        let mut doc = with_mentions(text, &people);
        complete_hyphenated_names(&mut doc);
        doc.mentions
            .iter()
            .map(|m| doc.slice(m.span).to_string())
            .collect()
    }

    #[test]
    fn korean_given_names_are_completed() {
        assert_eq!(
            completed(
                "Kim Jong-un met Moon Jae-in and Ban Ki-moon in Seoul.",
                &["Kim Jong", "Moon Jae", "Ban Ki"]
            ),
            ["Kim Jong-un", "Moon Jae-in", "Ban Ki-moon"]
        );
    }

    #[test]
    fn compounds_and_spaced_hyphens_are_left_alone() {
        let text = "A Donald Trump-led group and Kim Jong-led units met Lee Ho - un and Kim Jong.";
        assert_eq!(
            completed(text, &["Donald Trump", "Kim Jong", "Lee Ho", "Kim Jong"]),
            ["Donald Trump", "Kim Jong", "Lee Ho", "Kim Jong"]
        );
        assert_eq!(
            completed("A Will Smith-esque turn.", &["Will Smith"]),
            ["Will Smith"]
        );
        // One word, or another kind of entity: not a Korean personal name.
        let mut doc = with_mentions(
            "Park-un and Kia Mo-ti shares rose.",
            &[("Park", EntityType::Person), ("Kia Mo", EntityType::Org)],
        );
        complete_hyphenated_names(&mut doc);
        let spans: Vec<&str> = doc.mentions.iter().map(|m| doc.slice(m.span)).collect();
        assert_eq!(spans, ["Park", "Kia Mo"]);
    }
}
