//! Organisation names that run across "of" or "for": "Movement for a
//! Democratic Slovakia", "National League for Democracy", "Front for the
//! Liberation of Mozambique". The recogniser often reads only a part of such
//! a name ("Democratic Slovakia", or "National League" and "Democracy" as
//! two names); this puts the name back together as one organisation.

use crate::document::{Document, EntityType, Sentence};
use crate::kb::Kb;

/// Head nouns of names besides the organisation nouns of the knowledge base
/// ("Northern League", "Muslim Brotherhood", "Guardians of the Cedars").
const OTHER_HEADS: &[&str] = &["league", "brotherhood", "guardians"];

/// Organisation nouns that head a description of a state rather than a
/// name ("the Government of Iraq", "Authorities of Chechnya").
const STATE_DESCRIPTIONS: &[&str] = &[
    "government",
    "authorities",
    "regime",
    "leadership",
    "administration",
    "presidency",
    "cabinet",
    "junta",
    "police",
    "media",
    "news",
    "press",
    "intelligence",
];

/// Capitalised words that open a clause rather than a name.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "for", "to", "by", "with", "from", "and", "but", "as",
    "of", "after", "before", "when", "while", "if", "its", "his", "her", "their", "this", "that",
    "under", "since", "during",
];

/// Lower-case words inside the second part of a name ("Security and
/// Cooperation in Europe").
const CONNECTORS: &[&str] = &["and", "of", "for", "the", "&"];

/// Joins the parts of each name split at "of"/"for" into one organisation
/// mention, when the word before it heads an organisation's name
/// ("Movement", "Party", "League"), the words after it are capitalised, and
/// the recogniser found a name in some part of it.
pub fn join_names_across_of(doc: &mut Document) {
    let mut joins: Vec<std::ops::Range<usize>> = Vec::new();
    for link in 1..doc.tokens.len() {
        if let Some(span) = joined_span(doc, link) {
            if joins.last().is_none_or(|last| last.end <= span.start) {
                joins.push(span);
            }
        }
    }
    for tokens in joins {
        doc.mentions
            .retain(|m| m.tokens.end <= tokens.start || m.tokens.start >= tokens.end);
        doc.insert_mention(doc.mention_over(tokens, EntityType::Org));
    }
}

/// The tokens of the whole name around the "of"/"for" at `link`, if the
/// words there make one.
fn joined_span(doc: &Document, link: usize) -> Option<std::ops::Range<usize>> {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    if !matches!(word(link), "of" | "for") {
        return None;
    }
    let sentence = Sentence::holding(&doc.sentences, link)?.tokens.clone();
    let head = link - 1;
    if head < sentence.start || !is_head_noun(word(head)) {
        return None;
    }
    let mention_at = |k: usize| doc.mentions.iter().find(|m| m.tokens.contains(&k));
    // The first part: the name the recogniser found there, else
    // capitalised words before the head that are not a person or a place of
    // their own ("Serbian Democratic Party", not "Kabul Ministry").
    let start = match mention_at(head) {
        Some(m) => m.tokens.start,
        None => {
            let mut start = head;
            while start > sentence.start {
                let k = start - 1;
                let own_name = mention_at(k)
                    .is_some_and(|m| matches!(m.label, EntityType::Person | EntityType::Gpe));
                if !is_capitalised(word(k)) || is_function_word(word(k)) || own_name {
                    break;
                }
                start = k;
            }
            start
        }
    };
    let lone_head = start == head;
    if lone_head
        && (head == sentence.start || STATE_DESCRIPTIONS.contains(&fold(word(head)).as_str()))
    {
        return None;
    }
    // The second part: an article, then capitalised words with connectors
    // between them.
    let mut k = link + 1;
    if k < sentence.end && matches!(word(k), "the" | "a" | "an") {
        k += 1;
    }
    // "and the", "and a": a second phrase, not a word of the name.
    let coordinates_phrases = |k: usize| {
        word(k) == "and" && k + 1 < sentence.end && matches!(word(k + 1), "the" | "a" | "an")
    };
    let mut end = None;
    while k < sentence.end {
        if is_capitalised(word(k)) && !is_function_word(word(k)) {
            end = Some(k + 1);
        } else if !CONNECTORS.contains(&word(k)) || coordinates_phrases(k) {
            break;
        }
        k += 1;
    }
    let mut end = end?;
    if let Some(m) = mention_at(end - 1) {
        end = end.max(m.tokens.end);
    }
    let found = doc
        .mentions
        .iter()
        .any(|m| m.tokens.start < end && m.tokens.end > start);
    let already_whole = doc
        .mentions
        .iter()
        .any(|m| m.tokens.start <= start && m.tokens.end >= end);
    // "Support in Congress for Clinton's budget", "the Democratic Party of
    // Radovan Karadzic": a person or an owner after the link is no part of
    // the name.
    let possessed = doc
        .tokens
        .get(end)
        .is_some_and(|t| matches!(doc.slice(t.span), "'s" | "’s"));
    let person = doc.mentions.iter().any(|m| {
        m.label == EntityType::Person
            && m.tokens.start > link
            && m.tokens.end <= end
            && !m
                .tokens
                .clone()
                .all(|k| IDEALS.contains(&fold(word(k)).as_str()))
    });
    (found && !already_whole && !possessed && !person && !names_another(doc, link + 1..end))
        .then_some(start..end)
}

/// Ideals that name movements and parties ("National League for
/// Democracy"), which the recogniser may take for a person.
const IDEALS: &[&str] = &[
    "democracy",
    "freedom",
    "justice",
    "peace",
    "liberation",
    "independence",
    "unity",
    "progress",
    "reform",
    "renewal",
    "socialism",
    "development",
    "change",
];

/// Whether the words `tokens` after "of"/"for" are an organisation or a
/// person the document names elsewhere on its own ("the Energy Ministry for
/// Bre-X" after "Bre-X"): then the two names are two actors.
fn names_another(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    let Some(own) = doc.mentions.iter().find(|m| {
        tokens.contains(&m.tokens.start)
            && m.tokens.end == tokens.end
            && matches!(m.label, EntityType::Org | EntityType::Person)
    }) else {
        return false;
    };
    let name = doc.slice(own.span);
    doc.mentions
        .iter()
        .any(|m| m.tokens != own.tokens && doc.slice(m.span) == name)
}

/// Whether `word` heads an organisation's name ("Movement", "Ministry").
fn is_head_noun(word: &str) -> bool {
    if !is_capitalised(word) {
        return false;
    }
    let folded = fold(word);
    OTHER_HEADS.contains(&folded.as_str()) || Kb::get().org_type_from_name(&folded).is_some()
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&fold(word).as_str())
}

fn fold(word: &str) -> String {
    word.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{mention_texts, owned, with_mentions};

    fn joined(text: &str, names: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut doc = with_mentions(text, names);
        join_names_across_of(&mut doc);
        mention_texts(&doc)
    }

    #[test]
    fn the_parts_of_a_name_split_at_of_or_for_are_joined() {
        use EntityType::*;
        let text = "Meciar's Movement for a Democratic Slovakia won. The National League for \
                    Democracy said the Front for the Liberation of Mozambique and the \
                    Democratic Front for the Liberation of Palestine met.";
        let names = [
            ("Meciar", Person),
            ("Democratic Slovakia", Org),
            ("National League", Misc),
            ("Democracy", Person),
            ("Liberation of Mozambique", Org),
            ("Democratic Front", Org),
            ("Liberation of Palestine", Org),
        ];
        assert_eq!(
            joined(text, &names),
            owned(&[
                ("Meciar", Person),
                ("Movement for a Democratic Slovakia", Org),
                ("National League for Democracy", Org),
                ("Front for the Liberation of Mozambique", Org),
                ("Democratic Front for the Liberation of Palestine", Org),
            ])
        );
    }

    #[test]
    fn titles_states_and_whole_names_are_left_alone() {
        use EntityType::*;
        let names = [
            ("Russia", Gpe),
            ("Iraq", Gpe),
            ("Kabul", Gpe),
            ("Ministry of Defence", Org),
            ("Chechnya", Gpe),
            ("Bank of England", Org),
            ("Bre-X", Org),
            ("Energy Ministry", Org),
            ("Bre-X", Org),
            ("Union Bank", Org),
            ("Tokyo", Gpe),
            ("Congress", Org),
            ("Clinton", Person),
            ("Democratic Party", Org),
            ("Radovan Karadzic", Person),
        ];
        let text = "The President of Russia and the Government of Iraq met a Kabul Ministry \
                    of Defence official. Authorities of Chechnya and the Bank of England \
                    agreed. The party of the left won. Bre-X and the Energy Ministry for \
                    Bre-X met at the Union Bank in Tokyo. Support in Congress for Clinton's \
                    budget grew and the Democratic Party of Radovan Karadzic won.";
        assert_eq!(joined(text, &names), owned(&names));
    }
}
