//! Buildings, squares, airports and roads named after people or places:
//! "Tiananmen Square", "Insein Prison", "Charles de Gaulle airport". The
//! recogniser reads them as places or people; the noun that ends them makes
//! them facilities (FAC), which are where things happen, not who acts.

use crate::document::{Document, EntityType, Sentence};

/// Nouns that end the name of a facility.
const FACILITY_NOUNS: &[&str] = &[
    "square",
    "prison",
    "jail",
    "airport",
    "airfield",
    "airbase",
    "bridge",
    "stadium",
    "palace",
    "mosque",
    "cathedral",
    "hotel",
    "street",
    "avenue",
    "road",
    "highway",
    "tower",
    "dam",
];

/// Facility nouns that a place's name may run on over.
const PLACE_FACILITY_NOUNS: &[&str] = &[
    "airport",
    "airfield",
    "airbase",
    "prison",
    "jail",
    "mosque",
    "cathedral",
    "stadium",
];

/// Types each place's name that ends with a facility noun as a facility,
/// and extends a person's name over such a noun right after it ("Charles de
/// Gaulle airport").
pub fn type_facilities(doc: &mut Document) {
    let Document {
        text,
        tokens,
        mentions,
        sentences,
        ..
    } = doc;
    let word_in = |k: usize, nouns: &[&str]| {
        let word = &text[tokens[k].span.start..tokens[k].span.end];
        nouns.contains(&word.to_lowercase().as_str())
    };
    for m in mentions.iter_mut() {
        let next = m.tokens.end;
        let next_in_sentence =
            Sentence::holding(sentences, m.tokens.start).is_some_and(|s| s.tokens.contains(&next));
        // The nouns the name may run on over, if any.
        let run_on = match m.label {
            // "the Tower Group" is a company; "a Greek prison" is no name.
            EntityType::Org | EntityType::Norp => continue,
            // Only a person gives a facility a name that runs on over its
            // noun ("Charles de Gaulle airport"); "John Tower" stays a person.
            EntityType::Person => FACILITY_NOUNS,
            // "Tiananmen Square"; "Heathrow airport" and "Insein prison",
            // but not "Belgrade street protests" or "a Baghdad bridge".
            _ if m.tokens.len() > 1 && word_in(m.tokens.end - 1, FACILITY_NOUNS) => {
                m.label = EntityType::Fac;
                continue;
            }
            _ => PLACE_FACILITY_NOUNS,
        };
        if next_in_sentence && word_in(next, run_on) {
            m.tokens.end = next + 1;
            m.span = m.span.cover(&tokens[next].span);
            m.label = EntityType::Fac;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{mention_texts, owned, with_mentions};

    #[test]
    fn names_ending_in_a_facility_noun_are_facilities() {
        use EntityType::*;
        let mut doc = with_mentions(
            "Students marched to Tiananmen Square and Charles de Gaulle airport near Paris. \
             The Square Mile Group met John Tower in a Greek prison on a Belgrade street \
             near Insein prison.",
            &[
                ("Tiananmen Square", Gpe),
                ("Charles de Gaulle", Person),
                ("Paris", Gpe),
                ("Square Mile Group", Org),
                ("John Tower", Person),
                ("Greek", Norp),
                ("Belgrade", Gpe),
                ("Insein", Gpe),
            ],
        );
        type_facilities(&mut doc);
        assert_eq!(
            mention_texts(&doc),
            owned(&[
                ("Tiananmen Square", Fac),
                ("Charles de Gaulle airport", Fac),
                ("Paris", Gpe),
                ("Square Mile Group", Org),
                ("John Tower", Person),
                ("Greek", Norp),
                ("Belgrade", Gpe),
                ("Insein prison", Fac),
            ])
        );
    }
}
