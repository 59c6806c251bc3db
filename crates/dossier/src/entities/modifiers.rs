//! Names inside hyphenated modifiers: "Iran-backed", "Vienna-based",
//! "Saudi-led", "pro-Moscow", "anti-Western". The recogniser reads such a
//! word as one miscellaneous name ("Iran-backed" MISC) or folds it into the
//! name it modifies ("Iran-backed Hezbollah" ORG); this cuts each mention down
//! to the name it holds, typed as that name, so that the actor (Iran) is found
//! and the relations stage can read what the modifier says of it. Two names
//! joined by a hyphen before a word for what passes between them ("the
//! Arab-Israeli talks", "PLO-Israel relations") are two mentions.

use std::ops::Range;

use crate::document::{Document, EntityType, Mention};
use crate::entities::recognize::lexicon::refine;
use crate::kb::Kb;

/// Participles that make a modifier of the name before the hyphen besides
/// those ending in "-ed" ("Hamas-run", "rebel-held", "Paris-born").
const OTHER_PARTICIPLES: &[&str] = &["led", "run", "held", "born", "built", "made", "owned"];

/// The fewest people a city named in a modifier must have ("Vienna-based"),
/// unless another mention of the document names it.
const MIN_PLACE_POPULATION: u64 = 100_000;

/// The fewest people a city must have to be known by another of its names
/// ("New York" for New York City).
const MIN_OTHER_NAME_POPULATION: u64 = 1_000_000;

/// Participles after a hyphen that make the name before it a place
/// ("Vienna-based", "London-born"), which entity linking reads as the city
/// rather than the government a capital may stand for.
pub const PLACE_PARTICIPLES: &[&str] = &["based", "headquartered", "born"];

/// Prefixes that make a modifier of the name after the hyphen
/// ("pro-Moscow", "anti-Western").
const PREFIXES: &[&str] = &["pro", "anti"];

/// Nouns for what passes between two parties, which make a hyphenated pair
/// of names before them two names ("Arab-Israeli talks", "US-Iraq relations",
/// "Russian-Chechen fighting"), where a pair before other words is often one
/// people ("Greek-Cypriot leader", "Bosnian-Serb army").
const BILATERAL_NOUNS: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "alliance",
    "border",
    "ceasefire",
    "clashes",
    "commission",
    "committee",
    "conflict",
    "cooperation",
    "crisis",
    "deal",
    "dialogue",
    "dispute",
    "fighting",
    "frontier",
    "hostilities",
    "meeting",
    "negotiations",
    "pact",
    "peace",
    "rapprochement",
    "reconciliation",
    "relations",
    "rift",
    "row",
    "standoff",
    "summit",
    "talks",
    "tension",
    "tensions",
    "ties",
    "trade",
    "treaty",
    "truce",
    "war",
];

/// Whether `word`, written after a hyphen, makes the name before it a
/// modifier: a lower-case participle ("backed", "based", "led", "run").
fn is_modifier_participle(word: &str) -> bool {
    let lower_case = !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
    lower_case && ((word.len() >= 4 && word.ends_with("ed")) || OTHER_PARTICIPLES.contains(&word))
}

/// The name in a word made of a prefix, a hyphen and a name ("pro-Moscow"
/// gives "Moscow", "Anti-Western" gives "Western"), which the tokeniser keeps
/// as one token.
pub fn prefixed_name(word: &str) -> Option<&str> {
    let (prefix, name) = word.split_once('-')?;
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    (capitalised && PREFIXES.iter().any(|p| prefix.eq_ignore_ascii_case(p))).then_some(name)
}

/// Replaces each mention that holds a hyphenated modifier with the name in
/// it, and the name it modifies when the mention runs on ("Iran-backed
/// Hezbollah" gives Iran and Hezbollah). A prefixed word ("pro-Moscow") is
/// one token, which a mention cannot split: it names an attitude rather
/// than an entity, so its mention is dropped (the relations stage still
/// reads it). A name whose type cannot be told (not a place, people,
/// organisation or another mention of the document) is left as the
/// recogniser found it.
pub fn trim_hyphenated_modifiers(doc: &mut Document) {
    let mut trimmed = Vec::with_capacity(doc.mentions.len());
    for mention in &doc.mentions {
        match split(doc, mention) {
            Some(parts) => trimmed.extend(parts),
            None => trimmed.push(mention.clone()),
        }
    }
    doc.mentions = trimmed;
}

/// The mentions a modifier mention splits into, or `None` to keep it.
fn split(doc: &Document, mention: &Mention) -> Option<Vec<Mention>> {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let glued = |a: usize, b: usize| doc.tokens[a].span.end == doc.tokens[b].span.start;
    if mention.tokens.len() == 1 {
        let name = prefixed_name(word(mention.tokens.start))?;
        let words: Vec<&str> = name.split(' ').collect();
        return type_of(doc, mention, &words).map(|_| Vec::new());
    }
    let hyphen = mention.tokens.clone().skip(1).find(|&k| {
        word(k) == "-" && k + 1 < mention.tokens.end && glued(k - 1, k) && glued(k, k + 1)
    })?;
    let part = |tokens, label| doc.mention_over(tokens, label);
    if !is_modifier_participle(word(hyphen + 1)) {
        return pair(doc, mention, hyphen).map(|[a, b]| vec![part(a.0, a.1), part(b.0, b.1)]);
    }
    let (name, rest) = (mention.tokens.start..hyphen, hyphen + 2..mention.tokens.end);
    let words: Vec<&str> = name.clone().map(word).collect();
    let label = type_of(doc, mention, &words)?;
    let mut parts = vec![part(name, label)];
    if !rest.is_empty() {
        parts.push(part(rest, mention.label));
    }
    Some(parts)
}

/// The two names, with their types, of a mention that is a hyphenated pair
/// of known names before a word for what passes between them ("Arab-Israeli
/// talks"); `None` when the whole is itself a known name
/// ("Bosnia-Herzegovina", "Guinea-Bissau").
fn pair(
    doc: &Document,
    mention: &Mention,
    hyphen: usize,
) -> Option<[(Range<usize>, EntityType); 2]> {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let next = doc
        .tokens
        .get(mention.tokens.end)
        .map(|t| doc.slice(t.span))?;
    if !BILATERAL_NOUNS.contains(&next.to_lowercase().as_str()) {
        return None;
    }
    let kb = Kb::get();
    let whole = doc.slice(mention.span);
    if kb.resolve(whole).is_some() || !kb.place(whole, None).is_empty() {
        return None;
    }
    let typed = |tokens: Range<usize>| {
        let words: Vec<&str> = tokens.clone().map(word).collect();
        type_of(doc, mention, &words).map(|label| (tokens, label))
    };
    Some([
        typed(mention.tokens.start..hyphen)?,
        typed(hyphen + 1..mention.tokens.end)?,
    ])
}

/// The type of the name `words` inside a modifier: that of another mention
/// of the same name in the document, else what the knowledge base knows it
/// as (a place, a people, an organisation).
fn type_of(doc: &Document, modifier: &Mention, words: &[&str]) -> Option<EntityType> {
    let name = words.join(" ");
    let elsewhere = doc.mentions.iter().find(|m| {
        m.tokens != modifier.tokens && m.tokens.len() == words.len() && doc.slice(m.span) == name
    });
    if let Some(m) = elsewhere {
        return Some(m.label);
    }
    let kb = Kb::get();
    // A place by its own name and of some size, or a city of millions by
    // another of its names: "Obama" and "Hamas" are also the other names of
    // small towns.
    let place = kb.place(&name, None).iter().any(|p| {
        let population = p.population.unwrap_or(0);
        (p.name == name && population >= MIN_PLACE_POPULATION)
            || population >= MIN_OTHER_NAME_POPULATION
    });
    if kb.organisation(&name).is_some() {
        Some(EntityType::Org)
    } else if kb.country(&name).is_some() || place {
        Some(refine("LOC", words))
    } else if kb.demonym(&name).is_some() {
        Some(EntityType::Norp)
    } else if is_surname_elsewhere(doc, modifier, words) {
        // "Jordan" in "the Jordan-Israel treaty" stays the country.
        Some(EntityType::Person)
    } else {
        None
    }
}

/// Whether the one-word name `words` is the surname of a person named in
/// full elsewhere in the document ("Clinton" in "the Clinton-Yeltsin
/// summit" after "President Bill Clinton").
fn is_surname_elsewhere(doc: &Document, modifier: &Mention, words: &[&str]) -> bool {
    let [surname] = words else {
        return false;
    };
    doc.mentions.iter().any(|m| {
        m.label == EntityType::Person
            && m.tokens != modifier.tokens
            && m.tokens.len() >= 2
            && doc.slice(doc.tokens[m.tokens.end - 1].span) == *surname
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{mention_texts, owned, with_mentions};

    fn trimmed(text: &str, names: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut doc = with_mentions(text, names);
        trim_hyphenated_modifiers(&mut doc);
        mention_texts(&doc)
    }

    #[test]
    fn the_name_in_a_modifier_is_kept_with_its_type() {
        use EntityType::*;
        let text = "The Vienna-based OSCE, the U.S.-backed forces, a Saudi-led coalition, \
                    pro-Moscow leaders and the NATO-led mission.";
        let names = [
            ("Vienna-based", Misc),
            ("OSCE", Org),
            ("U.S.-backed", Misc),
            ("Saudi-led", Misc),
            ("pro-Moscow", Misc),
            ("NATO-led", Misc),
        ];
        assert_eq!(
            trimmed(text, &names),
            owned(&[
                ("Vienna", Gpe),
                ("OSCE", Org),
                ("U.S.", Gpe),
                ("Saudi", Gpe),
                ("NATO", Org),
            ])
        );
    }

    #[test]
    fn a_mention_running_on_past_the_modifier_is_split() {
        use EntityType::*;
        assert_eq!(
            trimmed(
                "The Iran-backed Hezbollah group attacked.",
                &[("Iran-backed Hezbollah", Org)]
            ),
            owned(&[("Iran", Gpe), ("Hezbollah", Org)])
        );
    }

    #[test]
    fn a_name_known_from_the_document_takes_that_type() {
        use EntityType::*;
        assert_eq!(
            trimmed(
                "Zavgayev spoke. The Zavgayev-led government fell.",
                &[("Zavgayev", Person), ("Zavgayev-led", Misc)]
            ),
            owned(&[("Zavgayev", Person), ("Zavgayev", Person)])
        );
    }

    #[test]
    fn a_pair_of_names_before_what_passes_between_them_is_two_names() {
        use EntityType::*;
        let names = [
            ("Arab-Israeli", Norp),
            ("PLO-Israel", Misc),
            ("Russian-Chechen", Norp),
        ];
        let text = "The Arab-Israeli talks, PLO-Israel relations and Russian-Chechen fighting.";
        assert_eq!(
            trimmed(text, &names),
            owned(&[
                ("Arab", Norp),
                ("Israeli", Norp),
                ("PLO", Org),
                ("Israel", Gpe),
                ("Russian", Norp),
                ("Chechen", Norp),
            ])
        );
        let peoples = [
            ("Greek-Cypriot", Norp),
            ("Bosnia-Herzegovina", Gpe),
            ("Blorbish-Israeli", Misc),
        ];
        let text = "The Greek-Cypriot leader, Bosnia-Herzegovina talks, Blorbish-Israeli talks.";
        assert_eq!(trimmed(text, &peoples), owned(&peoples));
    }

    #[test]
    fn surnames_of_people_named_before_make_a_pair() {
        use EntityType::*;
        let names = [
            ("Bill Clinton", Person),
            ("Boris Yeltsin", Person),
            ("Clinton-Yeltsin", Misc),
            ("Clinton-Smith", Misc),
            ("Michael Jordan", Person),
            ("Jordan-Israel", Misc),
        ];
        let text = "Bill Clinton met Boris Yeltsin. The Clinton-Yeltsin summit, \
                    Clinton-Smith talks. Michael Jordan spoke of the Jordan-Israel treaty.";
        assert_eq!(
            trimmed(text, &names),
            owned(&[
                ("Bill Clinton", Person),
                ("Boris Yeltsin", Person),
                ("Clinton", Person),
                ("Yeltsin", Person),
                ("Clinton-Smith", Misc),
                ("Michael Jordan", Person),
                ("Jordan", Gpe),
                ("Israel", Gpe),
            ])
        );
    }

    #[test]
    fn names_and_unknown_modifiers_are_left_alone() {
        use EntityType::*;
        let names = [
            ("Kim Jong-un", Person),
            ("Aix-en-Provence", Gpe),
            ("Blorbish-led", Misc),
            ("Anglo-Dutch", Misc),
            ("pro-Blorbish", Misc),
        ];
        let text = "Kim Jong-un, Aix-en-Provence, a Blorbish-led \
                    group, an Anglo-Dutch firm and pro-Blorbish rebels.";
        assert_eq!(trimmed(text, &names), owned(&names));
    }
}
