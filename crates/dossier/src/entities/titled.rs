//! People named right after a title: "Bureau of Prisons spokesman Al
//! Quintero", "Det. Colin Orpe". The recogniser sometimes reads such a name
//! as an organisation; the title before it makes it a person.

use crate::document::{Document, EntityType};

/// Titles and roles that a person's name follows directly.
const PERSON_TITLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "minister",
    "secretary",
    "sheriff",
    "detective",
    "det.",
    "lieutenant",
    "lt.",
    "sergeant",
    "sgt.",
    "officer",
    "chairman",
    "chairwoman",
    "director",
    "lawyer",
    "attorney",
    "judge",
    "mayor",
    "governor",
    "gov.",
    "sen.",
    "senator",
    "rep.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "col.",
    "capt.",
    "commander",
    "ambassador",
    "envoy",
    "prosecutor",
];

/// Words that make a name an organisation's whatever comes before it.
const ORGANISATION_WORDS: &[&str] = &[
    "bureau",
    "ministry",
    "party",
    "council",
    "agency",
    "department",
    "office",
    "police",
    "army",
    "front",
    "union",
    "committee",
    "commission",
    "bank",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "group",
    "association",
    "news",
    "radio",
    "court",
    "government",
    "university",
    "institute",
    "foundation",
    "company",
    "league",
    "movement",
    "forces",
];

/// Retypes as people the organisation and miscellaneous names of one to
/// three capitalised words that follow a person's title in their sentence.
pub fn type_titled_people(doc: &mut Document) {
    let Document {
        text,
        tokens,
        mentions,
        sentences,
        ..
    } = doc;
    let word = |k: usize| text[tokens[k].span.start..tokens[k].span.end].to_lowercase();
    for m in mentions.iter_mut() {
        if !matches!(m.label, EntityType::Org | EntityType::Misc) || m.tokens.len() > 3 {
            continue;
        }
        let first = m.tokens.start;
        let in_sentence = crate::document::Sentence::holding(sentences, first)
            .is_some_and(|s| first > s.tokens.start);
        // "An officer Reuters spoke to": a relative clause's subject after
        // an indefinite noun, not the officer's name.
        let determined = first >= 2
            && matches!(
                word(first - 2).as_str(),
                "a" | "an" | "the" | "one" | "another" | "this" | "that"
            );
        let titled =
            in_sentence && !determined && PERSON_TITLES.contains(&word(first - 1).as_str());
        // A one-word name or an acronym is more likely the body itself.
        let acronym = m.tokens.len() == 1
            || m.tokens.clone().all(|k| {
                let w = &text[tokens[k].span.start..tokens[k].span.end];
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
        let name_like = m.tokens.clone().all(|k| {
            let w = &text[tokens[k].span.start..tokens[k].span.end];
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                && !ORGANISATION_WORDS.contains(&w.to_lowercase().as_str())
        });
        if titled && name_like && !acronym {
            m.label = EntityType::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{mention_texts, owned, with_mentions};

    #[test]
    fn a_name_after_a_title_is_a_person() {
        use EntityType::*;
        let mut doc = with_mentions(
            "Bureau of Prisons spokesman Al Quintero said so. The minister Foreign Office \
             said so. Quintero Group said so. An officer Red Star spoke to said so. \
             Army spokesman NATO said so.",
            &[
                ("Bureau of Prisons", Org),
                ("Al Quintero", Org),
                ("Foreign Office", Org),
                ("Quintero Group", Org),
                ("Red Star", Org),
                ("NATO", Org),
            ],
        );
        type_titled_people(&mut doc);
        assert_eq!(
            mention_texts(&doc),
            owned(&[
                ("Bureau of Prisons", Org),
                ("Al Quintero", Person),
                ("Foreign Office", Org),
                ("Quintero Group", Org),
                ("Red Star", Org),
                ("NATO", Org),
            ])
        );
    }
}
