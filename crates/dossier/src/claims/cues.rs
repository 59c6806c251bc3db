//! Finding attribution cues in a sentence: reporting verbs, "according to",
//! refusals and hearsay.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

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
    /// The colon of a headline that quotes a name ("Graham: Trump Is
    /// Wrong"), of a transcript ("PENCE: Well, ..."), or of a name before a
    /// quotation ("pollster Daron Shaw: “Historically ...”").
    Colon,
    /// The dash that signs a quotation: "“A real disgrace.” ― Azucena Gonzàlez".
    Dash,
    /// "in" before a poll: "In a CNN poll, 50 percent chose Clinton",
    /// "Trump leads in the latest polls".
    Poll,
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
#[rustfmt::skip]
const AMBIGUOUS: &[&str] = &[
    "report", "call", "claim", "charge", "note", "demand", "promise", "pledge", "estimate",
    "forecast", "quote", "appeal", "counter", "reply", "state", "vow", "hint", "add", "warn",
    "comment", "remark", "threaten", "ask", "observe", "maintain", "caution", "recall", "show",
    "voice", "rail", "reference", "dispute",
    "find", "question", "attack", "blast", "tweet", "echo", "plan", "fear", "doubt", "worry",
    "label", "brand", "point", "feel", "know", "think", "hope", "want", "guess", "continue",
    "respond", "mention", "praise", "blame", "cite", "agree", "dub", "found", "expect", "list",
    "highlight", "joke", "quip", "muse", "lament", "ridicule", "rebuke", "express", "repeat",
    "mock", "retort", "boast", "slam", "thank", "chant", "shout", "yell", "signal", "talk",
    "offer", "wonder", "write", "bark", "fume", "whisper",
];

/// What police and crews "respond to", which is no statement ("responded
/// to the crash").
const ATTENDED: &[&str] = &[
    "crash",
    "scene",
    "fire",
    "accident",
    "incident",
    "emergency",
    "shooting",
    "alarm",
    "disturbance",
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
            && phrase.iter().enumerate().all(|(k, w)| {
                let word = self.lower[at + k].as_str();
                // "wouldn't say", tokenised "would n't say".
                word == *w || (*w == "not" && word == "n't") || (k == 0 && other_tense(w, word))
            })
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
    // A transcript line may open with a quote mark: "\"PENCE: Well, ...".
    let first = usize::from(words.len() > 0 && is_quote(&words.lower[0]));
    let colon = (first + 1..words.len().min(first + 5)).find(|&k| words.lower[k] == ":")?;
    if words.len() < colon + 4 {
        return None;
    }
    let name = |k: usize| {
        let w = words.text[k];
        matches!(words.upos[k], Some(Upos::Propn | Upos::Noun))
            && w.chars().next().is_some_and(char::is_uppercase)
            && !NOT_SPEAKERS.contains(&words.lower[k].as_str())
    };
    let opens = |k: usize| {
        let w = words.text[k];
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || "\"“‘'".contains(c))
    };
    ((first..colon).all(name) && opens(colon + 1)).then_some(colon)
}

/// True for quotation marks.
fn is_quote(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "‘" | "'" | "''" | "``")
}

/// True for dashes.
fn is_dash(token: &str) -> bool {
    matches!(token, "―" | "—" | "–" | "--" | "-")
}

/// The colon of "pollster Daron Shaw: “Historically ...”": a colon after a
/// word that reports nothing itself, right before an opening quote mark.
fn quote_colon(words: &Words, k: usize) -> bool {
    k > 0
        && words.lower[k] == ":"
        && words
            .lower
            .get(k + 1)
            .is_some_and(|w| is_quote(w) && w != "”")
        && reporting_lemma(&words.lower[k - 1]).is_none()
        && !is_quote(&words.lower[k - 1])
}

/// The end (local, exclusive) of the name that follows a signing dash at
/// `k`: one to six capitalised words closing the sentence after a
/// quotation ("” ― Sonya Herridge", "”― Carla Sanchez.").
fn dash_signature(words: &Words, k: usize) -> Option<usize> {
    if !is_dash(&words.lower[k]) || (k > 0 && !is_quote(&words.lower[k - 1])) {
        return None;
    }
    let mut end = words.len();
    while end > k + 1 && matches!(words.lower[end - 1].as_str(), "." | ",") {
        end -= 1;
    }
    let name = &words.text[k + 1..end];
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || *w == ".";
    (!name.is_empty() && name.len() <= 6 && name.iter().all(capitalised)).then_some(end)
}

/// Local index one past the poll noun of "in a CNN national poll" when "in"
/// is at `k`: "poll(s)" or "survey(s)" within eight words, heading the phrase.
pub fn poll_end(words: &Words, k: usize) -> Option<usize> {
    if words.lower[k] != "in" {
        return None;
    }
    let j = (k + 1..(k + 9).min(words.len())).find(|&j| {
        matches!(
            words.lower[j].as_str(),
            "poll" | "polls" | "survey" | "surveys"
        )
    })?;
    let modifier = |m: usize| {
        let w = words.lower[m].as_str();
        match words.upos[m] {
            Some(u) => {
                matches!(
                    u,
                    Upos::Det | Upos::Adj | Upos::Propn | Upos::Num | Upos::Noun | Upos::Punct
                ) && !matches!(w, "," | "." | ";" | ":")
            }
            None => !matches!(w, "," | "." | ";" | ":" | "that" | "which" | "who"),
        }
    };
    let noun_follows = words
        .upos
        .get(j + 1)
        .is_some_and(|u| matches!(u, Some(Upos::Noun)));
    ((k + 1..j).all(modifier) && !noun_follows).then_some(j + 1)
}

/// The other forms of the refusing verbs the refusal phrases open with in
/// the past tense ("decline to say", "refusing to answer").
const REFUSING_FORMS: &[(&str, &[&str])] = &[
    ("declined", &["decline", "declines", "declining"]),
    ("refused", &["refuse", "refuses", "refusing"]),
];

/// Whether `word` is another form of the refusing verb `listed`.
fn other_tense(listed: &str, word: &str) -> bool {
    REFUSING_FORMS
        .iter()
        .any(|(past, forms)| *past == listed && forms.contains(&word))
}

/// First words of the refusal and hearsay phrases: any other word starts
/// neither, which one lookup tells instead of a pass over both tables.
static PHRASE_STARTS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let refusals = REFUSALS.iter().map(|(phrase, _)| phrase[0]);
    let other_forms = REFUSING_FORMS
        .iter()
        .flat_map(|(_, forms)| forms.iter().copied());
    refusals
        .chain(other_forms)
        .chain(HEARSAY.iter().map(|phrase| phrase[0]))
        .collect()
});

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
        let may_start_phrase = PHRASE_STARTS.contains(words.lower[i].as_str());
        let refusal = may_start_phrase
            .then(|| REFUSALS.iter().find(|(p, _)| words.matches(i, p)))
            .flatten();
        if let Some((phrase, stance)) = refusal {
            cues.push(Cue {
                tokens: global(i, i + phrase.len()),
                kind: CueKind::Refusal,
                stance: *stance,
            });
            i += phrase.len();
            continue;
        }
        let mark = if quote_colon(words, i)
            && !cues.iter().any(|c| matches!(c.kind, CueKind::Verb { .. }))
        {
            Some(CueKind::Colon)
        } else if dash_signature(words, i).is_some() {
            Some(CueKind::Dash)
        } else if poll_end(words, i).is_some() {
            Some(CueKind::Poll)
        } else {
            None
        };
        if let Some(kind) = mark {
            cues.push(Cue {
                tokens: global(i, i + 1),
                kind,
                stance: Stance::Assert,
            });
            i += 1;
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
        // A headline's "Kenya said to be preparing sanctions": "is said to"
        // without its "is" (not "He said to reporters"; another verb than
        // "be" or "have" only in the first sentence: "Okoro said to expect
        // delays" in a story is an instruction).
        let headline_hearsay = i > 0
            && words.matches(i, &["said", "to"])
            && words.upos[i - 1] != Some(Upos::Aux)
            && words.lower.get(i + 2).is_some_and(|w| {
                matches!(w.as_str(), "be" | "have")
                    || (words.base == 0 && words.upos[i + 2] == Some(Upos::Verb))
            });
        // "There was speculation that X", "fuelled speculation that X": what
        // is speculated, with nobody named (not "speculation about").
        let speculation = matches!(words.lower[i].as_str(), "speculation" | "conjecture")
            && words.lower.get(i + 1).is_some_and(|w| w == "that")
            // Not the relative "speculation that Mr. Trump has generated".
            && words.upos[i + 1] != Some(Upos::Pron);
        let hearsay = if headline_hearsay {
            Some(2)
        } else if speculation {
            Some(1)
        } else {
            may_start_phrase
                .then(|| HEARSAY.iter().find(|p| words.matches(i, p)))
                .flatten()
                .map(|phrase| phrase.len())
        };
        if let Some(len) = hearsay {
            cues.push(Cue {
                tokens: global(i, i + len),
                kind: CueKind::Hearsay,
                stance: Stance::Assert,
            });
            i += len;
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
    let next = words.lower.get(i + 1).map(String::as_str);
    // "the United States", "known as", "pledged delegates", "in three states".
    let prev_is_modifier = i > 0
        && (matches!(
            words.upos[i - 1],
            Some(Upos::Det | Upos::Num | Upos::Adj | Upos::Adp)
        ) || matches!(
            words.lower[i - 1].as_str(),
            "the" | "in" | "other" | "some" | "many" | "several" | "all" | "both" | "key"
        ));
    // The tagger reads "but argues", headline "Says" and "chairman calls
    // for" as nouns; forms of verbs that are never nouns still count, and
    // "call for" / "call on" after no determiner or adjective.
    let noun_tag = matches!(tagged, Some(Upos::Noun | Upos::Propn));
    let call_for = lemma == "call" && matches!(next, Some("for" | "on")) && !prev_is_modifier;
    // "..., the Chicago Tribune reports.", "..., prosecutors charge.": a
    // present tense closing the sentence after a comma and a name or a
    // plural noun.
    let plural_before =
        i > 0 && words.upos[i - 1] == Some(Upos::Noun) && words.lower[i - 1].ends_with('s');
    let closing_report = (words.lower[i].ends_with('s') || plural_before)
        && matches!(next, None | Some("." | "!"))
        && i > 0
        && matches!(words.upos[i - 1], Some(Upos::Propn | Upos::Noun))
        && (i.saturating_sub(7)..i).any(|k| words.lower[k] == ",");
    let verb_anyway = noun_tag && (!AMBIGUOUS.contains(&lemma) || call_for || closing_report);
    if matches!(tagged, Some(u) if u != Upos::Verb) && !verb_anyway {
        return None;
    }
    let form = &words.lower[i];
    // "Nairobi-listed", "independence-seeking", "much-praised": a word of
    // a compound; "the proposed merger", "listed engineering firm": a
    // participle before its noun.
    let compound = i > 0 && words.lower[i - 1] == "-";
    let prenominal = words.deprel[i] == "amod"
        && (form.ends_with("ed") || form.ends_with("ing"))
        && i > 0
        && matches!(words.upos[i - 1], Some(Upos::Det | Upos::Num | Upos::Adj))
        && matches!(
            words.upos.get(i + 1),
            Some(Some(Upos::Noun | Upos::Adj | Upos::Propn))
        );
    if compound || prenominal {
        return None;
    }
    // "An estimated 2,000 people", "The accused": a participle after an
    // article describes a noun.
    if i > 0 && matches!(words.lower[i - 1].as_str(), "a" | "an" | "the") && form.ends_with("ed") {
        return None;
    }
    // "a book by Edward Said, a scholar", "Said's books": a surname (not a
    // headline's "..., Lindsey Graham Says.").
    let name_like = matches!(next, Some("'s" | "’s" | "," | ")" | ";"));
    if i > 0 && words.text[i] == "Said" && tagged == Some(Upos::Propn) && name_like {
        return None;
    }
    let inflected =
        form.ends_with("ed") || form.ends_with("ing") || form == "said" || form == "told";
    // "the African states", "the Kisumu copper find": a noun after its
    // modifier, whatever the tagger said.
    if AMBIGUOUS.contains(&lemma)
        && !inflected
        && i > 0
        && (matches!(words.upos[i - 1], Some(Upos::Det | Upos::Adj))
            || (form == "find" && words.upos[i - 1] == Some(Upos::Noun))
            || (form == "states" && matches!(words.upos[i - 1], Some(Upos::Propn | Upos::Adj))))
        && !call_for
    {
        return None;
    }
    // "reporting higher earnings": figures reported, not a claim.
    let figures = (i + 1..(i + 4).min(words.len())).any(|k| {
        matches!(
            words.lower[k].as_str(),
            "earnings" | "profit" | "profits" | "loss" | "losses" | "results" | "sales" | "revenue"
        )
    });
    if lemma == "report" && figures {
        return None;
    }
    if AMBIGUOUS.contains(&lemma) && tagged.is_none() && !inflected {
        return None;
    }
    // "call" reports as "call on" / "call for", and, when parsed, as the
    // main verb of "called X a Y" (not "a group called X").
    let parsed_call =
        tagged == Some(Upos::Verb) && !matches!(words.deprel[i], "acl" | "amod" | "compound");
    if lemma == "call"
        && !parsed_call
        && !matches!(
            words.lower.get(i + 1).map(String::as_str),
            Some("on" | "for")
        )
    {
        return None;
    }
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
    // "read" reports only a text quoted beside it: "\"...,\" read the
    // statement", "the sign read: ..." (not "she read the report", nor
    // "she read \"War and Peace\"").
    if lemma == "read" {
        // Also "\"...,\" the letter read": a short subject between.
        let quote_before = (i.saturating_sub(5)..i).any(|q| {
            q > 0
                && super::is_quote_mark(&words.lower[q])
                && matches!(words.lower[q - 1].as_str(), "," | "?" | "!")
                && (q + 1..i).all(|k| {
                    matches!(
                        words.upos[k],
                        Some(Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj) | None
                    ) && words.lower[k].chars().any(char::is_alphanumeric)
                })
        });
        if !quote_before && next != Some(":") {
            return None;
        }
    }
    // "charged that ...", "..., he charged.": not "charged him with murder",
    // a charge laid. "calls seeking comment": a request, not a claim.
    let ahead = |w: &str| (i + 1..(i + 9).min(words.len())).any(|k| words.lower[k] == w);
    let laid = matches!(next, Some("him" | "her" | "them" | "me" | "us"))
        || ((ahead("with") || ahead("for")) && !ahead("that"));
    if lemma == "charge" && laid {
        return None;
    }
    if lemma == "seek" && matches!(next, Some("comment" | "comments")) {
        return None;
    }
    // "responded to the crash", "pointed a gun at", "wrote under the
    // pseudonym", "are defending a number of seats": acts, not words.
    let object_within = |list: &[&str]| {
        (i + 1..(i + 5).min(words.len())).any(|k| list.contains(&words.lower[k].as_str()))
    };
    let act = match lemma {
        "respond" => next == Some("to") && object_within(ATTENDED),
        "point" => object_within(&[
            "gun", "weapon", "rifle", "pistol", "handgun", "firearm", "knife",
        ]),
        "write" => next == Some("under"),
        "defend" => object_within(&["seat", "seats", "title", "championship", "crown"]),
        _ => false,
    };
    if act {
        return None;
    }
    // "adding three years to his sentence": a sum, not a remark.
    if lemma == "add"
        && words.upos.get(i + 1) == Some(&Some(Upos::Num))
        && (i + 2..(i + 6).min(words.len())).any(|k| words.lower[k] == "to")
    {
        return None;
    }
    // "talked about": not "talks with" or "peace talks".
    if lemma == "talk" && next != Some("about") {
        return None;
    }
    // "appeared to imply", "seems like": not "appeared on a show".
    if matches!(lemma, "appear" | "seem") && !matches!(next, Some("to" | "that" | "like" | "as")) {
        return None;
    }
    if (form == "states" && i > 0 && (words.text[i].starts_with('S') || prev_is_modifier))
        || (lemma == "know" && next == Some("as"))
        || (form == "pledged" && matches!(next, Some("delegate" | "delegates")))
    {
        return None;
    }
    // "saying" or "telling" after "as" belongs to "quoted X as saying",
    // "quoted X as telling Y".
    if matches!(form.as_str(), "saying" | "telling") && i > 0 && words.lower[i - 1] == "as" {
        return None;
    }
    let negated = (i.saturating_sub(3)..i).any(|k| NEGATIONS.contains(&words.lower[k].as_str()));
    // "did not say whether", "would not disclose how": a question left
    // unanswered.
    let withheld = negated
        && matches!(
            lemma,
            "say" | "tell" | "disclose" | "specify" | "reveal" | "elaborate" | "explain"
        )
        && matches!(
            next,
            Some("whether" | "if" | "what" | "how" | "when" | "who" | "why" | "where" | "which")
        );
    let stance = match (entry.stance, negated) {
        _ if withheld => Stance::DeclineComment,
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
    if lemma == "talk" {
        end += 1; // "talked about"
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
    fn read_reports_only_a_quoted_text() {
        assert!(cues("She read the report aloud .").is_empty());
        assert!(cues("She read \" War and Peace \" aloud .").is_empty());
        let read = vec![("read".to_string(), Stance::Assert)];
        assert_eq!(cues("\" No deal , \" read the statement ."), read);
        assert_eq!(cues("The sign read : \" Closed \" ."), read);
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
            cues("The embassy declined to be interviewed ."),
            vec![("declined to be interviewed".into(), Stance::DeclineComment)]
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
