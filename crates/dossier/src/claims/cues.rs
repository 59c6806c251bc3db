//! Finding attribution cues in a sentence: reporting verbs, "according to",
//! refusals and hearsay.

use std::ops::Range;

use super::lexicon::{reporting_lemma, verb, HEARSAY, REFUSALS};
use crate::document::{Stance, Upos};

/// What kind of cue was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb ("said", "denied"); `takes_object` when what is said is its object.
    Verb {
        /// Lemma of the verb.
        lemma: &'static str,
        /// The verb introduces content through its object ("urged X to").
        takes_object: bool,
    },
    /// "according to".
    AccordingTo,
    /// A refusal to say anything ("declined to comment").
    Refusal,
    /// Hearsay with no source ("reportedly", "is believed to").
    Hearsay,
    /// The colon of a headline that quotes a name: "Graham: Trump Is Wrong".
    Colon,
}

/// A cue: its tokens (indices into the document), kind and stance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Kind.
    pub kind: CueKind,
    /// Stance it expresses.
    pub stance: Stance,
}

/// Reporting verbs whose bare and -s forms are also common nouns ("a call",
/// "the reports"); those forms count only when tagged as verbs.
const AMBIGUOUS: &[&str] = &[
    "report", "call", "claim", "charge", "note", "demand", "promise", "pledge", "estimate",
    "forecast", "quote", "appeal", "counter", "reply", "state", "vow", "hint", "add", "warn",
    "comment", "remark", "threaten", "ask", "observe", "maintain", "caution", "recall", "show",
    "find", "question", "attack", "blast", "tweet", "echo", "plan", "fear", "doubt", "worry",
    "label", "brand", "point", "feel", "know", "think", "hope", "want", "guess", "continue",
    "respond", "mention", "praise", "blame", "cite", "agree", "dub", "found", "expect",
];

/// Words before a verb that negate it.
const NEGATIONS: &[&str] = &["not", "n't", "never", "neither", "nor"];

/// Lower-cased words of a sentence, with their parts of speech when tagged.
pub struct Words<'a> {
    /// Document index of the sentence's first token.
    pub base: usize,
    /// Lower-cased token texts.
    pub lower: Vec<String>,
    /// Parts of speech (None before the syntax stage).
    pub upos: Vec<Option<Upos>>,
    /// Original token texts.
    pub text: Vec<&'a str>,
    /// Dependency relations to the heads ("" before the syntax stage).
    pub deprel: Vec<&'a str>,
}

impl Words<'_> {
    /// Number of tokens.
    pub(super) fn len(&self) -> usize {
        self.lower.len()
    }

    /// The space-separated words of `sentence`, untagged (for tests).
    #[cfg(test)]
    pub(super) fn untagged(sentence: &str) -> Words<'_> {
        let text: Vec<&str> = sentence.split(' ').collect();
        Words {
            base: 0,
            lower: text.iter().map(|t| t.to_lowercase()).collect(),
            upos: vec![None; text.len()],
            deprel: vec![""; text.len()],
            text,
        }
    }

    /// True when the words at local index `at` spell `phrase`.
    pub fn matches(&self, at: usize, phrase: &[&str]) -> bool {
        at + phrase.len() <= self.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.lower[at + k] == *w)
    }
}

/// Words that open a headline-like "X: Y" without naming who speaks.
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "updated",
    "editor",
    "photo",
    "photos",
    "related",
    "watch",
    "read",
    "video",
    "source",
    "sources",
    "q",
    "a",
    "question",
    "answer",
    "listen",
    "see",
    "also",
    "correction",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "comment",
    "transcript",
    "live",
    "by",
    "via",
];

/// The colon of "Graham: Trump Is Wrong" or "Trump: 'I Am ...'": one to four
/// capitalised names opening the sentence, then a colon and at least three
/// words. Only with parts of speech (the names must be tagged nouns).
fn colon_cue(words: &Words) -> Option<usize> {
    let colon = (1..words.len().min(5)).find(|&k| words.lower[k] == ":")?;
    if words.len() < colon + 4 {
        return None;
    }
    let name = |k: usize| {
        let w = words.text[k];
        matches!(words.upos[k], Some(Upos::Propn | Upos::Noun))
            && w.chars().next().is_some_and(char::is_uppercase)
            && !(w.len() > 1 && w.chars().all(|c| !c.is_lowercase()))
            && !NOT_SPEAKERS.contains(&words.lower[k].as_str())
    };
    let opens = |k: usize| {
        let w = words.text[k];
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || "\"“‘'".contains(c))
    };
    ((0..colon).all(name) && opens(colon + 1)).then_some(colon)
}

/// Finds the cues of one sentence, left to right, without overlaps.
pub fn find_cues(words: &Words) -> Vec<Cue> {
    let mut cues = Vec::new();
    if let Some(colon) = colon_cue(words) {
        cues.push(Cue {
            tokens: words.base + colon..words.base + colon + 1,
            kind: CueKind::Colon,
            stance: Stance::Assert,
        });
    }
    let mut i = 0;
    while i < words.len() {
        let global = |a: usize, b: usize| words.base + a..words.base + b;
        if let Some((phrase, stance)) = REFUSALS.iter().find(|(p, _)| words.matches(i, p)) {
            cues.push(Cue {
                tokens: global(i, i + phrase.len()),
                kind: CueKind::Refusal,
                stance: *stance,
            });
            i += phrase.len();
            continue;
        }
        if words.matches(i, &["according", "to"]) {
            cues.push(Cue {
                tokens: global(i, i + 2),
                kind: CueKind::AccordingTo,
                stance: Stance::Assert,
            });
            i += 2;
            continue;
        }
        if let Some(phrase) = HEARSAY.iter().find(|p| words.matches(i, p)) {
            cues.push(Cue {
                tokens: global(i, i + phrase.len()),
                kind: CueKind::Hearsay,
                stance: Stance::Assert,
            });
            i += phrase.len();
            continue;
        }
        if let Some(cue) = verb_cue(words, i) {
            cues.push(cue);
        }
        i += 1;
    }
    cues
}

/// A reporting-verb cue at local index `i`, if the word there is one.
fn verb_cue(words: &Words, i: usize) -> Option<Cue> {
    let lemma = reporting_lemma(&words.lower[i])?;
    let entry = verb(lemma)?;
    let tagged = words.upos[i];
    if matches!(tagged, Some(u) if u != Upos::Verb) {
        return None;
    }
    let form = &words.lower[i];
    let inflected =
        form.ends_with("ed") || form.ends_with("ing") || form == "said" || form == "told";
    if AMBIGUOUS.contains(&lemma) && tagged.is_none() && !inflected {
        return None;
    }
    // "call" reports as "call on" / "call for", and, when parsed, as the
    // main verb of "called X a Y" (not "a group called X").
    let parsed_call = tagged.is_some() && !matches!(words.deprel[i], "acl" | "amod" | "compound");
    if lemma == "call"
        && !parsed_call
        && !matches!(
            words.lower.get(i + 1).map(String::as_str),
            Some("on" | "for")
        )
    {
        return None;
    }
    let next = words.lower.get(i + 1).map(String::as_str);
    // "continued" reports only as "..., he continued." or "he continued: ..."
    // ("continues to fight" does not).
    if lemma == "continue"
        && !matches!(
            next,
            None | Some("," | "." | ":" | "\"" | "“" | "''" | "!" | "?" | ";")
        )
    {
        return None;
    }
    // "the United States", "known as", "pledged delegates", "in three states".
    let prev_is_modifier = i > 0
        && (matches!(
            words.upos[i - 1],
            Some(Upos::Det | Upos::Num | Upos::Adj | Upos::Adp)
        ) || matches!(
            words.lower[i - 1].as_str(),
            "the" | "in" | "other" | "some" | "many" | "several" | "all" | "both" | "key"
        ));
    if (form == "states" && i > 0 && (words.text[i].starts_with('S') || prev_is_modifier))
        || (lemma == "know" && next == Some("as"))
        || (form == "pledged" && matches!(next, Some("delegate" | "delegates")))
    {
        return None;
    }
    // "saying" after "as" belongs to "quoted X as saying".
    if form == "saying" && i > 0 && words.lower[i - 1] == "as" {
        return None;
    }
    let negated = (i.saturating_sub(3)..i).any(|k| NEGATIONS.contains(&words.lower[k].as_str()));
    let stance = match (entry.stance, negated) {
        (Stance::Confirm, true) => Stance::DeclineComment,
        (Stance::Deny, true) => Stance::Assert,
        (stance, _) => stance,
    };
    let mut end = i + 1;
    let particle = matches!(
        words.lower.get(i + 1).map(String::as_str),
        Some("on" | "for" | "out")
    );
    if matches!(lemma, "call" | "appeal" | "point") && particle {
        end += 1; // "called on", "appealed for", "pointed out"
    }
    Some(Cue {
        tokens: words.base + i..words.base + end,
        kind: CueKind::Verb {
            lemma,
            takes_object: entry.takes_object,
        },
        stance,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(sentence: &str) -> Words<'_> {
        Words::untagged(sentence)
    }

    fn cues(sentence: &str) -> Vec<(String, Stance)> {
        let w = words(sentence);
        find_cues(&w)
            .into_iter()
            .map(|c| (w.text[c.tokens.clone()].join(" "), c.stance))
            .collect()
    }

    #[test]
    fn finds_cues_with_stance() {
        assert_eq!(
            cues("He said it rained ."),
            vec![("said".into(), Stance::Assert)]
        );
        assert_eq!(
            cues("The ministry declined to comment ."),
            vec![("declined to comment".into(), Stance::DeclineComment)]
        );
        assert_eq!(
            cues("The office could not confirm the call ."),
            vec![("could not confirm".into(), Stance::DeclineComment)]
        );
        assert_eq!(
            cues("Iran denies the allegations ."),
            vec![("denies".into(), Stance::Deny)]
        );
        assert_eq!(
            cues("She did not deny it ."),
            vec![("deny".into(), Stance::Assert)]
        );
        assert_eq!(
            cues("The Front is reportedly divided ."),
            vec![("reportedly".into(), Stance::Assert)]
        );
        assert_eq!(
            cues("Talks ended , according to diplomats ."),
            vec![("according to".into(), Stance::Assert)]
        );
        assert_eq!(
            cues("Bonn called on Israel to stop ."),
            vec![("called on".into(), Stance::Assert)]
        );
        assert!(cues("He made a call to the reports .").is_empty());
        assert_eq!(
            cues("Interfax quoted him as saying no ."),
            vec![("quoted".into(), Stance::Assert)]
        );
    }
}
