//! Where a cue's source and content are: the noun phrase before the cue, the
//! clause or quotation after it, or — for "Y, X said" — the text before the
//! attribution.

use std::ops::Range;

use super::cues::Words;
use super::lexicon::{is_media_word, is_source_noun, AUTHORED, OCCASIONS};
use super::quotes::{self, Quote};
use crate::document::Upos;

/// Words skipped between a subject and its verb ("has", "also", "could not").
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "did",
    "does",
    "do",
    "also",
    "later",
    "earlier",
    "then",
    "again",
    "further",
    "not",
    "n't",
    "never",
    "repeatedly",
    "immediately",
    "publicly",
    "only",
    "still",
    "already",
    "however",
    "previously",
    "firmly",
    "flatly",
    "strongly",
    "angrily",
    "formally",
    "officially",
    "separately",
    "privately",
];

/// Words that end a noun phrase when scanning left from a verb.
const NP_STOPS: &[&str] = &[
    "that", "who", "whom", "which", "when", "while", "as", "because", "after", "before", "if",
    "but", "than", "where", "since", "until", "so", "said", "says", "told", "and", "or", "to",
    "by", "with", "into", "on", "over", "under", "about", "against", "during", "it's", "what",
    "whether", "though", "although", "unless", "once", "nor",
];

/// Pronouns that can be a whole source.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Words that open a time or manner phrase between a verb and its content.
const ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "late",
    "early",
    "earlier",
    "later",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "in",
    "at",
    "by",
    "from",
    "after",
    "during",
    "again",
    "also",
    "repeatedly",
    "publicly",
    "privately",
    "separately",
    "recently",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Nouns of the audience of "told" ("told reporters", "told a news conference").
const RECIPIENT_NOUNS: &[&str] = &[
    "reporters",
    "journalists",
    "delegates",
    "parliament",
    "lawmakers",
    "supporters",
    "us",
    "me",
    "him",
    "her",
    "them",
    "television",
    "radio",
    "news",
    "conference",
    "briefing",
    "crowd",
    "rally",
    "state",
    "agency",
    "newspaper",
    "interviewer",
    "audience",
    "court",
    "jury",
    "tribunal",
    "hearing",
    "committee",
    "commission",
    "council",
    "assembly",
    "congress",
    "senate",
    "meeting",
    "gathering",
    "session",
    "seminar",
    "students",
    "soldiers",
    "troops",
    "residents",
    "diplomats",
    "visitors",
    "correspondents",
    "legislators",
    "mourners",
    "magazine",
    "daily",
    "weekly",
    "broadcaster",
    "station",
    "police",
    "officers",
    "investigators",
    "officials",
    "refugees",
    "voters",
    "villagers",
    "listeners",
    "viewers",
    "readers",
    "workers",
    "nation",
    "protesters",
    "demonstrators",
    "relatives",
];

/// Lower-case words inside a name of a foreign outlet ("Bild am Sonntag",
/// "Corriere della Sera"); not "de" or "le", which open French surnames
/// ("told Le Figaro de Charette would ...").
const NAME_PARTICLES: &[&str] = &["am", "der", "die", "das", "della"];

/// Nouns that make a compound with the audience noun after them ("state
/// radio", "news conference", "police officers").
const AUDIENCE_MODIFIERS: &[&str] = &["state", "news", "police", "press", "national"];

/// Length of an audience phrase at local index `k`: "reporters", "a news
/// conference", "Reuters", "Meridian Wire"; 0 when there is none.
fn recipient_len(words: &Words, k: usize) -> usize {
    let Some(first) = words.lower.get(k) else {
        return 0;
    };
    // Capitalised words from `from` on, with a possessed noun after them
    // ("Radio Red", "Wang's family").
    let names_from = |from: usize| {
        let rest = &words.text[from.min(words.len())..];
        let mut names = 0;
        while names < rest.len() {
            let particle = NAME_PARTICLES.contains(&rest[names])
                && names > 0
                && rest.get(names + 1).is_some_and(|w| capitalized(w));
            if !capitalized(rest[names]) && !particle {
                break;
            }
            names += 1;
        }
        let possessive = names > 0
            && words
                .lower
                .get(from + names)
                .is_some_and(|w| is_possessive_mark(w))
            && words.upos.get(from + names + 1) == Some(&Some(Upos::Noun));
        names + if possessive { 2 } else { 0 }
    };
    // The outlet's nouns after its name from `from` on.
    let outlet_nouns = |from: usize| {
        words.lower[from.min(words.len())..]
            .iter()
            .take_while(|w| matches!(w.as_str(), "news" | "agency") || is_media_word(w))
            .count()
    };
    if RECIPIENT_NOUNS.contains(&first.as_str()) {
        // "state radio", "police officers", "a news conference".
        let nouns = audience_nouns(words, k);
        // "Radio Red" is one name; "reporters Bonn supported" is not.
        let name = capitalized(words.text[k]) && nouns == 1;
        return nouns + if name { names_from(k + 1) } else { 0 };
    }
    if matches!(first.as_str(), "a" | "an" | "the") {
        let nouns = words
            .lower
            .get(k + 1)
            .filter(|w| RECIPIENT_NOUNS.contains(&w.as_str()))
            .map_or(0, |_| audience_nouns(words, k + 1));
        if nouns > 0 {
            return 1 + nouns;
        }
        // "told the BBC the plan failed", "told the French news agency
        // the talks would resume".
        let names = names_from(k + 1);
        return if names > 0 {
            1 + names + outlet_nouns(k + 1 + names)
        } else {
            0
        };
    }
    if PRONOUNS.contains(&first.as_str()) {
        return 0;
    }
    // "told Interfax news agency the patrols would begin": the outlet's
    // nouns after its name belong to it.
    let names = names_from(k);
    let outlet = if names > 0 {
        outlet_nouns(k + names)
    } else {
        0
    };
    names + outlet
}

/// How many audience nouns from local index `k` on (at least one there):
/// one, or a modifier and its noun ("state radio", "news conference"), not
/// the subject of what was told after it ("told reporters police had ...").
fn audience_nouns(words: &Words, k: usize) -> usize {
    let pronoun = |w: &str| matches!(w, "us" | "me" | "him" | "her" | "them");
    let compound = AUDIENCE_MODIFIERS.contains(&words.lower[k].as_str())
        && words
            .lower
            .get(k + 1)
            .is_some_and(|w| RECIPIENT_NOUNS.contains(&w.as_str()) && !pronoun(w));
    1 + usize::from(compound)
}

fn is_punct(w: &str) -> bool {
    w.chars().all(|c| !c.is_alphanumeric())
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Sentence adverbials set off by commas between a subject and its verb:
/// "Rogers, for example, said", "The ministry, for its part, denied".
const PARENTHETICALS: &[&[&str]] = &[
    &["however"],
    &["meanwhile"],
    &["too"],
    &["though"],
    &["also"],
    &["instead"],
    &["likewise"],
    &["similarly"],
    &["in", "turn"],
    &["in", "fact"],
    &["in", "response"],
    &["in", "contrast"],
    &["by", "contrast"],
    &["for", "example"],
    &["for", "instance"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["for", "our", "part"],
    &["on", "the", "other", "hand"],
];

/// Local index of the opening comma of a comma-enclosed sentence adverbial
/// that ends just before local index `end` (", for example ,").
fn parenthetical_before(words: &Words, end: usize) -> Option<usize> {
    if end == 0 || words.lower[end - 1] != "," {
        return None;
    }
    let fixed = PARENTHETICALS.iter().find_map(|phrase| {
        let open = (end - 1).checked_sub(phrase.len() + 1)?;
        (open > 0 && words.lower[open] == "," && words.matches(open + 1, phrase)).then_some(open)
    });
    // "The ministry, in a brief statement, denied".
    fixed.or_else(|| {
        let open = (end.saturating_sub(9)..end - 1)
            .rev()
            .find(|&k| words.lower[k] == ",")?;
        let inner = &words.lower[open + 1..end - 1];
        let told = inner.first().is_some_and(|w| w == "in")
            && inner.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "statement" | "interview" | "speech" | "letter" | "communique" | "broadcast"
                )
            });
        (open > 0 && told).then_some(open)
    })
}

/// Local index where the verb group of a cue at `cue` begins (auxiliaries,
/// adverbs and comma-enclosed sentence adverbials before it skipped).
pub fn verb_group_start(words: &Words, cue: usize) -> usize {
    let mut j = cue;
    loop {
        // "had consistently said": any adverb of manner too.
        let manner = |k: usize| {
            words.upos[k] == Some(Upos::Adv)
                && words.lower[k].ends_with("ly")
                && !is_media_word(&words.lower[k])
                && !matches!(
                    words.lower[k].as_str(),
                    "reportedly" | "allegedly" | "apparently" | "reputedly" | "purportedly"
                )
        };
        if j > 0 && (AUXILIARIES.contains(&words.lower[j - 1].as_str()) || manner(j - 1)) {
            j -= 1;
        } else if let Some(open) = parenthetical_before(words, j) {
            j = open;
        } else if let Some(from) = period_before(words, j) {
            // "The ruling party last week accused", "A Xinhua commentary
            // earlier this year said".
            j = from;
        } else if j > 0 && DAYS.contains(&words.lower[j - 1].as_str()) {
            // "Syria on Friday condemned": a time phrase between subject and verb.
            j -= 1;
            if j > 0 && words.lower[j - 1] == "on" {
                j -= 1;
            }
        } else {
            return j;
        }
    }
}

/// Local index where a time phrase ending just before local index `end`
/// starts: "last week", "this year", "earlier this month", "last Friday".
pub fn period_before(words: &Words, end: usize) -> Option<usize> {
    if end < 2 {
        return None;
    }
    let unit = words.lower[end - 1].as_str();
    let unit_word =
        matches!(unit, "week" | "month" | "year" | "weekend" | "night") || DAYS.contains(&unit);
    if !unit_word || !matches!(words.lower[end - 2].as_str(), "last" | "this") {
        return None;
    }
    let from = end - 2;
    // "spent the last month urging", "over the last week": a phrase of its own.
    let governed = from > 0
        && matches!(
            words.lower[from - 1].as_str(),
            "the" | "a" | "an" | "that" | "for" | "in" | "over" | "during" | "of" | "since"
        );
    if governed {
        return None;
    }
    Some(
        if from > 0 && matches!(words.lower[from - 1].as_str(), "earlier" | "later") {
            from - 1
        } else {
            from
        },
    )
}

/// Local index one past the "that" after an addressee and a time ("warned
/// Korvath Corp on Friday that ..."): at most eight words of noun phrases and
/// prepositions before it, no verb.
pub fn that_after_addressee(words: &Words, after: usize) -> Option<usize> {
    let end = (after + 9).min(words.len());
    let that = (after..end).find(|&k| words.lower[k] == "that")?;
    let addressee = that > after
        && (after..that).all(|k| {
            np_word(words, k) || matches!(words.lower[k].as_str(), "on" | "in" | "at" | "last")
        });
    addressee.then_some(that + 1)
}

/// Whether the word at `k` may belong to a noun phrase.
fn np_word(words: &Words, k: usize) -> bool {
    let w = words.lower[k].as_str();
    if let Some(upos) = words.upos[k] {
        return match upos {
            Upos::Pron => !matches!(w, "which" | "who" | "whom" | "that" | "what" | "whose"),
            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num => true,
            Upos::Part => is_possessive_mark(w),
            // "a report by the International Crisis Group".
            Upos::Adp => {
                matches!(w, "of" | "for" | "from" | "in" | "at")
                    || (w == "by" && k > 0 && AUTHORED.contains(&words.lower[k - 1].as_str()))
                    // "sources close to the talks".
                    || (w == "to" && k > 0 && words.lower[k - 1] == "close")
            }
            Upos::Punct => w == "-",
            // "a diplomat in Beijing": a place in "-ing" that the tagger read
            // as a verb, its preposition as a subordinator.
            Upos::Sconj => {
                matches!(w, "in" | "at" | "from")
                    && words.upos.get(k + 1) == Some(&Some(Upos::Propn))
            }
            // "the Okafor daily", "the news weekly": an outlet the tagger
            // read as an adverb.
            Upos::Adv => {
                is_media_word(w)
                    && k > 0
                    && matches!(
                        words.upos[k - 1],
                        Some(Upos::Propn | Upos::Noun | Upos::Adj)
                    )
            }
            // "the New York-based group": a participle hyphenated to a name;
            // "Human Rights Watch": a capitalised word inside a name.
            // "a leading advocate": a participle before the noun it modifies
            // (not "those detained").
            Upos::Verb => {
                (words.deprel[k] == "amod"
                    && matches!(
                        words.upos.get(k + 1),
                        Some(Some(Upos::Noun | Upos::Propn | Upos::Adj))
                    ))
                    || (k > 0 && (words.lower[k - 1] == "-" || capitalized(words.text[k])))
                    // "Trump this week said": a name opening the sentence
                    // that the tagger took for an imperative.
                    || (k == 0
                        && capitalized(words.text[k])
                        && super::lexicon::reporting_lemma(w).is_none()
                        && !matches!(w, "let" | "imagine" | "consider" | "take" | "look")
                        && !w.ends_with("ed")
                        // "Faulding Inc said": a name in "-ing" before
                        // another (not "Citing security concerns").
                        && (!w.ends_with("ing")
                            || words.text.get(k + 1).is_some_and(|n| capitalized(n)))
                        && !matches!(words.upos.get(k + 1), Some(Some(Upos::Verb | Upos::Aux))))
                    // "one metals source": a plural noun the tagger read as
                    // a verb, between a number or article and a noun.
                    || (k > 0
                        && words.text[k].ends_with('s')
                        && matches!(words.upos[k - 1], Some(Upos::Num | Upos::Det))
                        && matches!(words.upos.get(k + 1), Some(Some(Upos::Noun))))
                    // "sources close to the talks", tagged a verb.
                    || (w == "close"
                        && words.lower.get(k + 1).is_some_and(|n| n == "to"))
                    // "An Iranian exile group based in Iraq".
                    || (w == "based"
                        && matches!(words.lower.get(k + 1).map(String::as_str), Some("in" | "at")))
                    // "The accused": a participle as a noun.
                    || (k > 0
                        && matches!(words.lower[k - 1].as_str(), "the" | "a" | "an")
                        && w.ends_with("ed"))
            }
            Upos::Cconj => {
                // "Lebed and Maskhadov": only between names, or between
                // adjectives ("official and diplomatic sources").
                let between =
                    |upos: Upos| words.upos[k - 1] == Some(upos) && words.upos[k + 1] == Some(upos);
                // "refugees and officials said": two kinds of people.
                let people = |j: usize| {
                    let w = words.lower[j].as_str();
                    is_source_noun(w)
                };
                // "Peter Okello and other witnesses".
                let others = words.lower.get(k + 1).is_some_and(|w| w == "other")
                    && k + 2 < words.len()
                    && people(k + 2);
                // Only opening the phrase: not "evacuated the refugees and
                // officials said".
                let opens = k == 1 || (k >= 2 && is_punct(&words.lower[k - 2]));
                w == "and"
                    && k > 0
                    && k + 1 < words.len()
                    && (between(Upos::Propn)
                        || (between(Upos::Adj) && words.deprel[k - 1] == "amod")
                        || (people(k - 1) && people(k + 1) && opens)
                        || (others && words.upos[k - 1] == Some(Upos::Propn))
                        || two_offices(words, k)
                        || two_sources(words, k))
            }
            _ => false,
        };
    }
    if NP_STOPS.contains(&w) && w != "and" {
        return false;
    }
    if w == "and" {
        // "Lebed and Maskhadov": only between capitalised words.
        return k > 0
            && k + 1 < words.len()
            && capitalized(words.text[k - 1])
            && capitalized(words.text[k + 1]);
    }
    w == "-" || is_possessive_mark(w) || !is_punct(w)
}

/// Whether "and" at local index `k` joins two speakers that open their
/// clause: "Saudi television and the Saudi Press Agency reported", "The
/// president and the prime minister said" (not "arrested the man and the
/// ministry said").
fn two_sources(words: &Words, k: usize) -> bool {
    let speaker = |j: usize| {
        let w = words.lower[j].as_str();
        is_source_noun(w)
            || is_media_word(w)
            || words.upos[j] == Some(Upos::Propn)
            || crate::kb::Kb::get().role(w).is_some()
    };
    let nominal = |j: usize| {
        matches!(
            words.upos[j],
            Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det)
        )
    };
    // The phrase before "and": up to four words, opening the sentence or
    // following a punctuation mark.
    let opens = (1..=4.min(k))
        .any(|n| (k - n..k).all(nominal) && (k == n || is_punct(&words.lower[k - n - 1])));
    let next_named = words.lower.get(k + 1).is_some_and(|w| w == "the")
        && (k + 2..(k + 6).min(words.len())).any(speaker);
    speaker(k - 1) && opens && next_named
}

/// The noun phrase ending just before local index `end`: at most 16 words,
/// not starting with a preposition or conjunction.
pub fn np_before(words: &Words, end: usize) -> Option<Range<usize>> {
    let mut start = end;
    while start > 0 && end - start < 16 {
        // "Rep. Trey Gowdy (R-S.C.)": a short parenthesis inside the phrase.
        if let Some(open) = paren_open(words, start - 1).filter(|&o| o > 0 && o < end) {
            start = open;
            continue;
        }
        if !np_word(words, start - 1) {
            break;
        }
        // "a probe the law enforcement agency said", "In finding Kamau
        // guilty the jury recommended": an article after a noun, adjective
        // or number opens a phrase of its own.
        // Not "at least a dozen members", nor a name with "the" inside it
        // ("Rock the Vote", "Bend the Arc").
        let inside_name = capitalized(words.text[start - 1])
            && !DAYS.contains(&words.lower[start - 1].as_str())
            && words.text.get(start + 1).is_some_and(|w| capitalized(w));
        let opens_phrase = start < end
            && matches!(words.lower[start].as_str(), "the" | "a" | "an")
            && matches!(
                words.upos[start - 1],
                Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num)
            )
            && !matches!(
                words.lower[start - 1].as_str(),
                "least" | "most" | "half" | "all" | "both" | "such" | "quite" | "rather"
            )
            && !inside_name;
        if opens_phrase {
            break;
        }
        start -= 1;
        // "Lebed himself said": the phrase before the intensifier.
        let intensifier = start + 1 == end
            && matches!(
                words.lower[start].as_str(),
                "himself" | "herself" | "themselves" | "itself"
            );
        if PRONOUNS.contains(&words.lower[start].as_str()) && !intensifier {
            break; // a pronoun is a whole phrase
        }
    }
    // "at least a dozen members" keeps its "at".
    let at_least = |k: usize| {
        words.lower[k] == "at"
            && words
                .lower
                .get(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "least" | "most"))
    };
    // "On Monday the Kenyan government said": the day dates the saying.
    while start < end
        && ((matches!(
            words.lower[start].as_str(),
            "of" | "for" | "from" | "in" | "at" | "and" | "-" | "'s" | "’s"
        ) && !at_least(start))
            || (DAYS.contains(&words.lower[start].as_str())
                && words
                    .lower
                    .get(start + 1)
                    .is_some_and(|w| !is_possessive_mark(w))
                && start + 1 < end))
    {
        start += 1;
    }
    (start < end).then_some(start..end)
}

/// Local index of the "(" of a short parenthesis ("(D-N.C.)", "(R)") whose
/// ")" is at local index `close`.
fn paren_open(words: &Words, close: usize) -> Option<usize> {
    if words.lower[close] != ")" {
        return None;
    }
    (close.saturating_sub(6)..close)
        .rev()
        .take_while(|&k| !matches!(words.lower[k].as_str(), ")" | "," | ";"))
        .find(|&k| words.lower[k] == "(")
}

/// Local index one past the ")" of a short parenthesis opening at local
/// index `open`.
pub fn paren_end(words: &Words, open: usize) -> Option<usize> {
    if words.lower[open] != "(" {
        return None;
    }
    (open + 1..(open + 7).min(words.len()))
        .take_while(|&k| !matches!(words.lower[k].as_str(), "(" | "," | ";"))
        .find(|&k| words.lower[k] == ")")
        .map(|k| k + 1)
}

/// The subject of a cue whose first token is at local index `cue`: the noun
/// phrase before its verb group, with an apposition ("Its chief executive,
/// Oskar Lind, said") taken whole.
pub fn subject_before(words: &Words, cue: usize) -> Option<Range<usize>> {
    let start = verb_group_start(words, cue);
    // "condemned the policy and said ...": the earlier verb's subject, not a phrase here.
    if start > 0 && matches!(words.lower[start - 1].as_str(), "and" | "but") {
        return None;
    }
    if start > 0 && words.lower[start - 1] == "," {
        // "X, Name, said": an apposition closed by a comma.
        let name = np_before(words, start - 1)?;
        if name.start > 0 && words.lower[name.start - 1] == "," {
            if let Some(head) = np_before(words, name.start - 1) {
                // "The crowd cheered as the opposition leader, Kem Sokha,
                // told ...": a clause of its own after a subordinator.
                let opens_clause = head.start == 0
                    || is_punct(&words.lower[head.start - 1])
                    || matches!(
                        words.lower[head.start - 1].as_str(),
                        "as" | "when" | "while" | "because"
                    );
                if opens_clause {
                    return Some(head.start..name.end);
                }
            }
        }
        return None;
    }
    let phrase = np_before(words, start)?;
    // "People familiar with the discussions said", "Officials briefed on
    // the plan said": the people, not what they know of.
    let k = phrase.start;
    let knowing = k >= 2
        && matches!(
            (words.lower[k - 2].as_str(), words.lower[k - 1].as_str()),
            ("familiar", "with")
                | ("briefed", "on")
                | ("close", "to")
                | ("knowledgeable", "about")
                | ("privy", "to")
                | ("involved", "in")
                | ("informed", "about" | "of")
        );
    if knowing {
        if let Some(people) = np_before(words, k - 2) {
            return Some(people.start..phrase.end);
        }
    }
    Some(phrase)
}

/// The noun phrase right after local index `from` (for "said X" and "according to X").
pub fn np_after(words: &Words, from: usize) -> Option<Range<usize>> {
    let mut end = from;
    while end < words.len() && end - from < 16 {
        if let Some(close) = paren_end(words, end).filter(|_| end > from) {
            end = close;
            continue;
        }
        let w = words.lower[end].as_str();
        // np_word keeps "and" and "by" only where they join a phrase.
        if !np_word(words, end) || (NP_STOPS.contains(&w) && !matches!(w, "and" | "by")) {
            break;
        }
        end += 1;
    }
    (end > from).then_some(from..end)
}

/// Listeners a statement is made to ("indicated to reporters that").
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "press",
    "lawmakers",
    "voters",
    "supporters",
    "students",
    "staff",
    "employees",
    "members",
    "colleagues",
    "friends",
    "audience",
    "crowd",
    "forum",
    "committee",
    "panel",
    "jury",
    "jurors",
    "court",
    "congress",
    "parliament",
    "delegates",
];

/// Local index where the content after a cue ending at `after` begins:
/// recipients, time phrases and "that" skipped.
pub fn content_start(words: &Words, after: usize, told: bool) -> usize {
    // Not a relative "that" after whom he told ("told the committee that
    // investigated the bombing he had ..."): a verb right after it.
    let relative_that = |k: usize| {
        told && words.lower[k] == "that"
            && matches!(words.upos.get(k + 1), Some(Some(Upos::Verb | Upos::Aux)))
    };
    // "referring to studies that seek": a relative "that", a verb next.
    let verb_after = |j: usize| matches!(words.upos.get(j + 1), Some(Some(Upos::Verb | Upos::Aux)));
    let mut k = after;
    if told {
        k += recipient_len(words, k);
        // "told a crowd of about 300 people in Harlem, \"Keep ...\"": the
        // quotation after a long audience.
        let quote_after = (k..(k + 16).min(words.len().saturating_sub(1))).find(|&j| {
            matches!(words.lower[j].as_str(), "," | ":")
                && super::is_quote_mark(&words.lower[j + 1])
        });
        // The audience must go on ("a crowd of ...", "reporters in ..."),
        // not a clause start ("told reporters the Serbs, \"who ...\"").
        let goes_on = words
            .lower
            .get(k)
            .is_some_and(|w| matches!(w.as_str(), "," | ":" | "of" | "in" | "at" | "from" | "on"));
        let plain_audience = goes_on
            && quote_after.is_some_and(|j| {
                (k..j).all(|t| !matches!(words.upos[t], Some(Upos::Verb | Upos::Aux)))
            });
        if let (Some(j), true) = (quote_after, plain_audience) {
            return j + 1;
        }
    }
    // "that" within reach, with no quotation or clause break before it.
    let limit = (k + 25).min(words.len());
    // "wrote on a forum: ...", "indicates to reporters that ...": a short
    // phrase of place or address, no verb in it.
    let short_phrase = |j: usize| {
        j > k
            && j - k <= 8
            && matches!(
                words.lower[k].as_str(),
                "to" | "on" | "in" | "at" | "during"
            )
            && (k..j).all(|t| !matches!(words.upos[t], Some(Upos::Verb | Upos::Aux)))
    };
    // Whom it was said to or where: a name, a pronoun or an audience ("to
    // reporters", "on Twitter", "on a forum"), not "to reports" nor "in a
    // president".
    let said_to_or_at = |j: usize| {
        let listener = |t: usize| {
            capitalized(words.text[t])
                || words.upos[t] == Some(Upos::Pron)
                || AUDIENCES.contains(&words.lower[t].as_str())
                || OCCASIONS.contains(&words.lower[t].as_str())
        };
        // Its last word names them: not "Trump's debate interjection".
        j > k + 1 && listener(j - 1)
    };
    for j in k..limit {
        let w = words.lower[j].as_str();
        if w == ":" && short_phrase(j) && said_to_or_at(j) {
            return j + 1;
        }
        if matches!(w, "\"" | "“" | "”" | ":" | ";") {
            break;
        }
        if w == "that" {
            // "said on Friday in a statement that", "said in a statement
            // released by the agency that", "said after a meeting with
            // officials, who discussed it, that"; not "denied on Thursday he
            // had ... with that of": no verb on the way but a participle
            // or one in a relative clause.
            // Not "told visiting Foreign Minister David Levy that": a
            // participle before a name describes the one told.
            let describes_name = |t: usize| {
                words.lower[t].ends_with("ing")
                    && words.text.get(t + 1).is_some_and(|w| capitalized(w))
            };
            let verb = (k..j).any(|t| {
                matches!(words.upos[t], Some(Upos::Verb | Upos::Aux))
                    && !matches!(words.deprel[t], "acl" | "amod")
                    && !describes_name(t)
                    && !(k..t).any(|r| matches!(words.lower[r].as_str(), "who" | "which" | "whom"))
            });
            // "told a group of engineers in Dhaka on Sunday that": whom
            // he told, however long.
            let relative = relative_that(j);
            // "said, however, that".
            let asides =
                j > k && (k..j).all(|t| words.lower[t] == "," || words.upos[t] == Some(Upos::Adv));
            let between_adverbial = (j == k && !relative)
                || asides
                || (words.lower[k] == "to"
                    && short_phrase(j)
                    && said_to_or_at(j)
                    && !verb_after(j))
                || (ADVERBIAL_OPENERS.contains(&words.lower[k].as_str()) && !verb)
                || (told && !verb && !relative);
            if between_adverbial {
                return j + 1;
            }
            break;
        }
    }
    // Leading time or manner phrases: "on Friday", "in a statement,".
    while k < words.len() && ADVERBIAL_OPENERS.contains(&words.lower[k].as_str()) {
        // "praised Thursday's protests": the day names what was praised.
        if words
            .lower
            .get(k + 1)
            .is_some_and(|w| is_possessive_mark(w))
        {
            break;
        }
        let mut j = k + 1;
        // "said on Saturday Iraqi troops were fighting", "said on Thursday
        // talks would resume": a word after the day, other than a part of
        // the day, starts what was said.
        let name_after_day = |j: usize| {
            DAYS.contains(&words.lower[j - 1].as_str())
                && !is_possessive_mark(&words.lower[j])
                && !matches!(
                    words.lower[j].as_str(),
                    "morning" | "afternoon" | "evening" | "night"
                )
        };
        while j < words.len()
            && j - k < 5
            && !is_punct(&words.lower[j])
            && !is_clause_word(words, j)
            && !name_after_day(j)
        {
            j += 1;
        }
        if j < words.len() && words.lower[j] == "," {
            j += 1;
        }
        if !phrase_is_adverbial(words, k, j) {
            break;
        }
        k = j;
    }
    while k < words.len()
        && matches!(words.lower[k].as_str(), ":" | "," | "that")
        && !relative_that(k)
    {
        k += 1;
    }
    k
}

/// Whether the token `w` is the possessive "'s" (straight or curly).
pub fn is_possessive_mark(w: &str) -> bool {
    matches!(w, "'s" | "’s")
}

/// Days, as news copy dates what was said ("said on Friday", "said
/// yesterday").
pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
];

/// True for words that start a clause (a likely content start).
fn is_clause_word(words: &Words, k: usize) -> bool {
    let w = words.lower[k].as_str();
    PRONOUNS.contains(&w) || matches!(w, "the" | "a" | "an") && k > 0 && words.lower[k - 1] != "in"
}

/// True when words `from..to` look like "on Friday", "in a statement", "late on Thursday".
fn phrase_is_adverbial(words: &Words, from: usize, to: usize) -> bool {
    let phrase = &words.lower[from..to];
    let times = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "statement",
        "interview",
        "speech",
        "address",
        "letter",
        "conference",
        "briefing",
        "telephone",
        "phone",
        "today",
        "yesterday",
        "tonight",
        "later",
        "earlier",
        "again",
        "also",
        "publicly",
        "recently",
        "separately",
        "privately",
        "repeatedly",
    ];
    phrase.iter().any(|w| times.contains(&w.as_str()))
}

/// Local index one past the end of the content that starts at `start`
/// (`quotes`: the document's quotations):
/// the sentence end, a semicolon (the writer's next clause: "State media
/// reported a strike; the ministry declined to comment"; not one inside a
/// quotation or of a series, "Kabul, Afghanistan; Baghdad, Iraq; and
/// Mogadishu"), or a comma that opens a trailing attribution (", X said",
/// ", according to X"), given as `tails`.
pub fn content_end(words: &Words, quotes: &[Quote], start: usize, tails: &[usize]) -> usize {
    let lower = |k: usize| words.lower.get(k).map_or("", String::as_str);
    let series =
        (start..words.len()).any(|k| lower(k) == ";" && matches!(lower(k + 1), "and" | "or"));
    let semicolon = (!series)
        .then(|| {
            (start..words.len())
                .find(|&k| lower(k) == ";" && !quotes::inside(quotes, words.base + k))
        })
        .flatten();
    let end = tails
        .iter()
        .copied()
        .filter(|&t| t > start)
        .chain(semicolon)
        .min()
        .unwrap_or(words.len());
    trim_end(words, start, end)
}

/// Punctuation that never begins or ends a content span (currency and
/// percent signs do).
fn is_edge_punct(w: &str) -> bool {
    is_punct(w) && !w.contains(['$', '£', '€', '¥', '%', '#', '(', ')'])
}

/// Drops trailing punctuation and quote marks.
pub fn trim_end(words: &Words, start: usize, mut end: usize) -> usize {
    while end > start && is_edge_punct(&words.lower[end - 1]) {
        end -= 1;
    }
    end
}

/// Drops leading punctuation and quote marks.
pub fn trim_start(words: &Words, mut start: usize, end: usize) -> usize {
    while start < end && is_edge_punct(&words.lower[start]) {
        start += 1;
    }
    start
}

/// True when only an audience, time or manner phrases and punctuation follow
/// local index `from`: the cue closes the sentence ("..., he told reporters on Friday.").
pub fn nothing_after(words: &Words, from: usize) -> bool {
    let opens_quote = |k: usize| {
        matches!(
            words.lower.get(k).map(String::as_str),
            Some("\"" | "“" | "``" | "''")
        )
    };
    if matches!(words.lower.get(from).map(String::as_str), Some(":")) || opens_quote(from) {
        return false; // "said: \"...\""
    }
    if words.lower.get(from).is_some_and(|w| w == ",") && opens_quote(from + 1) {
        return false; // "said, \"...\""
    }
    // Only the words before the next comma or semicolon count: ", pointing
    // out ..." and ", Kang Young-hoon" are not what is said, nor is the
    // writer's next clause ("..., witnesses say; army denies involvement").
    // "..., she said when asked about it." and "... while campaigning".
    let rest: Vec<usize> = (from..words.len())
        .take_while(|&k| !matches!(words.lower[k].as_str(), "," | ";" | "when" | "while"))
        .filter(|&k| !is_punct(&words.lower[k]))
        .collect();
    let Some(&first) = rest.first() else {
        return true;
    };
    if rest.len() > 10 || rest.iter().any(|&k| words.lower[k] == "that") {
        return false;
    }
    // "told reporters", "told Reuters by telephone from Ankara"
    let audience = recipient_len(words, first);
    let rest = &rest[audience.min(rest.len())..];
    let Some(&first) = rest.first() else {
        return true;
    };
    let places = rest[1..].iter().all(|&k| capitalized(words.text[k]));
    // "as saying during a committee debate", "at a rally in Ohio".
    let occasion = rest
        .iter()
        .any(|&k| OCCASIONS.contains(&words.lower[k].as_str()));
    ADVERBIAL_OPENERS.contains(&words.lower[first].as_str())
        && (places || occasion || phrase_is_adverbial(words, first, first + rest.len()))
}

/// Whether only adjuncts or an addressee follow the cue at `after`, while
/// a main clause closed by a comma comes before its source at
/// `source_start`, so that the clause is what was said: "Ten suits were
/// dismissed, Okello said on the call", "..., the bank said in its annual
/// report", "..., a spokesman told Austrian news agency APA". What follows
/// holds no verb before a subordinate clause ("said after a committee
/// met"), no "that", colon or quotation.
pub fn only_adjuncts_after(words: &Words, source_start: usize, after: usize) -> bool {
    let verb = |k: usize| matches!(words.upos[k], Some(Upos::Verb | Upos::Aux));
    // A clause the parse hangs on the cue or makes the root (its head may
    // be a predicate: "traffic was down"), not "In a statement released on
    // Friday," or "But when Congress cut funding,".
    let main_verb = |k: usize| matches!(words.deprel[k], "root" | "ccomp" | "parataxis");
    // With a subject of its own, and no subordinator before its verb ("A
    // year after the war ended,", "Having lost the vote,", "To curb
    // inflation, which ...").
    let fronted_clause = source_start > 1
        && words.lower[source_start - 1] == ","
        && (0..source_start - 1)
            .find(|&k| main_verb(k))
            .is_some_and(|v| {
                let subject = (0..source_start - 1).any(|j| {
                    matches!(words.deprel[j], "nsubj" | "nsubj:pass" | "expl")
                        && !matches!(words.lower[j].as_str(), "which" | "who" | "where")
                });
                // "Ten of the suits have been dismissed" with "Ten" read as
                // the root; not "Having lost the vote".
                let finite = (0..source_start - 1).any(|j| words.upos[j] == Some(Upos::Aux))
                    && !words.lower[0].ends_with("ing")
                    && words.lower[0] != "to";
                (0..v).all(|j| !SUBORDINATORS.contains(&words.lower[j].as_str()))
                    && (subject || finite)
            });
    fronted_clause
        && (after..words.len())
            .take_while(|&k| !SUBORDINATORS.contains(&words.lower[k].as_str()))
            .all(|k| {
                let word = words.lower[k].as_str();
                !verb(k) && !matches!(word, "that" | ":") && !super::is_quote_mark(word)
            })
}

/// Whether the "and" at `k` joins two offices of one person: "Korvath
/// chairman and chief executive Peter Okello".
fn two_offices(words: &Words, k: usize) -> bool {
    OFFICES.contains(&words.lower[k - 1].as_str())
        && words
            .lower
            .get(k + 1)
            .is_some_and(|n| OFFICES.contains(&n.as_str()) || OFFICE_OPENERS.contains(&n.as_str()))
}

/// Offices one person may hold together ("chairman and chief executive").
const OFFICES: &[&str] = &[
    "chairman",
    "chairwoman",
    "president",
    "director",
    "founder",
    "owner",
    "editor",
    "secretary",
    "treasurer",
    "officer",
    "executive",
    "manager",
    "publisher",
    "ceo",
];

/// Words that open the name of an office ("chief executive", "managing
/// director", "vice president").
const OFFICE_OPENERS: &[&str] = &[
    "chief",
    "managing",
    "deputy",
    "vice",
    "general",
    "executive",
];

/// Words that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "where",
    "which",
    "after",
    "before",
    "when",
    "while",
    "as",
    "because",
    "since",
    "until",
    "following",
    "if",
    "though",
    "although",
    "once",
];

/// The subject of a cue whose verb group is preceded by a comma-closed
/// interruption: "Banisadr, who received asylum in 1981, told", "Iran,
/// which denies the allegations, urged", "Frowick, representing the OSCE,
/// told". The sentence must open with the
/// subject, closed by the first comma.
pub fn interrupted_subject(words: &Words, verb_start: usize) -> Option<Range<usize>> {
    let first_comma = (0..verb_start).find(|&k| words.lower[k] == ",")?;
    if first_comma == 0 || first_comma + 1 >= verb_start || first_comma > 10 {
        return None;
    }
    let opener = words.lower[first_comma + 1].as_str();
    // "Robert Frowick, representing the OSCE, told", "One official,
    // speaking on condition of anonymity, said".
    let participle = words.upos[first_comma + 1] == Some(Upos::Verb)
        && (opener.ends_with("ing") || opener.ends_with("ed"));
    // "Fields, along with reporter Ben Terris, say", "A third of
    // independents, 33%, say", "X, one of the few co-authors, said".
    let aside = matches!(opener, "along" | "together" | "one")
        || (words.upos[first_comma + 1] == Some(Upos::Num)
            && words.lower.get(first_comma + 2).is_some_and(|w| w == "%"));
    if !participle
        && !aside
        && !matches!(
            opener,
            "who" | "which" | "whose" | "whom" | "a" | "an" | "the" | "its" | "his" | "her"
        )
    {
        return None;
    }
    // Every word a noun phrase's, a short parenthesis too ("Sen. Johnny
    // Isakson (R-Ga.)").
    let mut k = 0;
    while k < first_comma {
        if let Some(end) = paren_end(words, k).filter(|&e| e <= first_comma) {
            k = end;
        } else if np_word(words, k) {
            k += 1;
        } else {
            return None;
        }
    }
    Some(0..first_comma)
}

/// The subject of a cue after a relative clause set off by no commas: "A
/// diplomat who asked not to be named said" gives "A diplomat".
pub fn subject_before_relative(words: &Words, verb_start: usize) -> Option<Range<usize>> {
    let who = (verb_start.saturating_sub(10)..verb_start)
        .rev()
        .take_while(|&k| !is_punct(&words.lower[k]))
        .find(|&k| words.lower[k] == "who")?;
    if who + 1 >= verb_start || who == 0 {
        return None;
    }
    np_before(words, who)
}

/// The antecedent of "which" or "who" right before a cue: "a report in the
/// weekly Der Spiegel, which said ..." gives "the weekly Der Spiegel".
pub fn relative_antecedent(words: &Words, verb_start: usize) -> Option<Range<usize>> {
    if verb_start < 3 || !matches!(words.lower[verb_start - 1].as_str(), "which" | "who") {
        return None;
    }
    if words.lower[verb_start - 2] != "," {
        return None;
    }
    let np = np_before(words, verb_start - 2)?;
    let link = |k: &usize| matches!(words.lower[*k].as_str(), "in" | "of" | "from" | "by");
    // "Senator Bernie Sanders of Vermont, who": a person named before "of"
    // (not "the rise of Donald Trump, who"), without a verb before the name
    // ("said Meenakshi Ganguly of Human Rights Watch, who").
    let head_end = (np.start..np.end).find(link).unwrap_or(np.end);
    let named = head_end > np.start && words.upos[head_end - 1] == Some(Upos::Propn);
    if words.lower[verb_start - 1] == "who" && named {
        let start = (np.start..head_end)
            .find(|&k| words.upos[k] != Some(Upos::Verb))
            .unwrap_or(head_end);
        return (start < head_end).then_some(start..head_end);
    }
    // "a report in the news weekly Der Spiegel": the last phrase after "in"/"of".
    let inner = (np.start..np.end)
        .rev()
        .find(link)
        .map_or(np.start, |k| k + 1);
    (inner < np.end).then_some(inner..np.end)
}

/// True when the verb at local index `cue` is a passive participle ("was
/// threatened with", "were urged to"): its subject is not a source.
pub fn is_passive(words: &Words, cue: usize) -> bool {
    let be = [
        "was", "were", "been", "be", "is", "are", "being", "get", "got",
    ];
    // "is telling reporters": a progressive, not a passive.
    if words.lower[cue].ends_with("ing") {
        return false;
    }
    let before = verb_group_start(words, cue);
    // "was quoted as saying", "was quoted by IRNA as saying": its subject speaks.
    let quoted_saying = words.lower[cue] == "quoted"
        && (cue + 1..(cue + 8).min(words.len())).any(|k| words.matches(k, &["as", "saying"]));
    (before..cue).any(|k| be.contains(&words.lower[k].as_str()))
        && !words.matches(cue + 1, &["as", "saying"])
        && !quoted_saying
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(sentence: &str) -> Words<'_> {
        Words::untagged(sentence)
    }

    fn join(w: &Words, r: Option<Range<usize>>) -> String {
        r.map(|r| w.text[r].join(" ")).unwrap_or_default()
    }

    #[test]
    fn subjects() {
        let w = words("Russian Prime Minister Viktor Chernomyrdin said on Friday that");
        assert_eq!(
            join(&w, subject_before(&w, 5)),
            "Russian Prime Minister Viktor Chernomyrdin"
        );
        let w = words("Yeltsin 's press office could not confirm the call .");
        assert_eq!(join(&w, subject_before(&w, 4)), "Yeltsin 's press office");
        let w = words("Its chief executive , Oskar Lind , said the firm");
        assert_eq!(
            join(&w, subject_before(&w, 7)),
            "Its chief executive , Oskar Lind"
        );
        let w = words("Another official from the Freedom Party confirmed that");
        assert_eq!(
            join(&w, subject_before(&w, 6)),
            "Another official from the Freedom Party"
        );
        let w = words("The crowd cheered as the opposition leader , Kem Sokha , told reporters");
        assert_eq!(
            join(&w, subject_before(&w, 11)),
            "the opposition leader , Kem Sokha"
        );
        let w = words("Lebed said he had a call");
        assert_eq!(join(&w, subject_before(&w, 1)), "Lebed");
        let w = words("On Monday the Kenyan government said the border");
        assert_eq!(join(&w, subject_before(&w, 5)), "the Kenyan government");
        let w = words("the ministry asked the police , he said .");
        assert_eq!(join(&w, subject_before(&w, 7)), "he");
        let w = words("Will Rogers , for example , said the visit helped");
        assert_eq!(join(&w, subject_before(&w, 6)), "Will Rogers");
        let w = words("The ministry , for its part , denied it");
        assert_eq!(join(&w, subject_before(&w, 7)), "The ministry");
        let w = words("A diplomat who asked not to be named said the talks failed");
        assert_eq!(join(&w, subject_before_relative(&w, 8)), "A diplomat");
        let w = words("The Kremlin , in a brief statement , denied it");
        assert_eq!(join(&w, subject_before(&w, 8)), "The Kremlin");
        // An apposition is not an adverbial.
        let w = words("Its chief , Oskar Lind , said the firm");
        assert_eq!(join(&w, subject_before(&w, 6)), "Its chief , Oskar Lind");
    }

    #[test]
    fn content_starts() {
        let w = words("X said on Friday that President Yeltsin had backed");
        assert_eq!(content_start(&w, 2, false), 5);
        let w = words("X said he hoped");
        assert_eq!(content_start(&w, 2, false), 2);
        let w = words("X told reporters in Vienna the talks failed");
        assert_eq!(content_start(&w, 2, true), 3);
        let w = words("X said in a statement the talks failed");
        assert_eq!(content_start(&w, 2, false), 5);
        let w = words("X told Reuters he did not plan");
        assert_eq!(content_start(&w, 2, true), 3);
        let w = words("X told a group of engineers in Dhaka on Sunday that the plan failed");
        assert_eq!(content_start(&w, 2, true), 11);
        let w = words("X told the French news agency the talks would resume");
        assert_eq!(content_start(&w, 2, true), 6);
        let w = words("X told the court he was innocent");
        assert_eq!(content_start(&w, 2, true), 4);
        let w = words("X told a crowd of about 300 people in Harlem , \" Keep out . \"");
        assert_eq!(content_start(&w, 2, true), 11);
        let w = words("X said on Thursday talks would resume next week");
        assert_eq!(content_start(&w, 2, false), 4);
        let w = words("X praised Thursday 's protests for being calm");
        assert_eq!(content_start(&w, 2, false), 2);
        let w = words("X said on Tuesday 's television address he would run");
        assert_eq!(content_start(&w, 2, false), 7);
        let w = words("X said on Thursday night the talks failed");
        assert_eq!(content_start(&w, 2, false), 5);
        let w = words("Y , he said on Friday .");
        assert!(nothing_after(&w, 4));
        let w = words("he said the talks had failed .");
        assert!(!nothing_after(&w, 2));
    }
}
