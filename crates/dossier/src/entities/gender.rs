//! Whether a person is known to be a woman, for pronouns: "he" cannot stand
//! for Madeleine Albright. Known from a title before a mention ("Mrs.",
//! "Queen") or a woman's given name; nothing is assumed of anyone else.

use crate::document::{Document, EntityType};

/// Titles that name a woman.
const TITLES: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "madame", "mme", "mme.", "queen", "princess", "lady",
    "baroness", "dame", "duchess", "countess", "sister",
];

/// Women's given names common in international news.
const GIVEN_NAMES: &[&str] = &[
    "alice",
    "amina",
    "angela",
    "ann",
    "anna",
    "anne",
    "barbara",
    "benazir",
    "bertha",
    "carla",
    "carol",
    "caroline",
    "catherine",
    "chandrika",
    "christine",
    "claire",
    "corazon",
    "diana",
    "edith",
    "elena",
    "elizabeth",
    "ellen",
    "emma",
    "emily",
    "esther",
    "eva",
    "fatima",
    "gloria",
    "golda",
    "gro",
    "hanan",
    "helen",
    "helena",
    "hillary",
    "indira",
    "irene",
    "jane",
    "janet",
    "jennifer",
    "joan",
    "julia",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "khaleda",
    "laura",
    "leyla",
    "linda",
    "lisa",
    "madeleine",
    "margaret",
    "maria",
    "marie",
    "marjorie",
    "majorie",
    "martha",
    "mary",
    "megawati",
    "michelle",
    "nancy",
    "natalia",
    "olga",
    "patricia",
    "rachel",
    "rebecca",
    "ruth",
    "sandra",
    "sarah",
    "sheikha",
    "sonia",
    "sophia",
    "susan",
    "tansu",
    "tarja",
    "teresa",
    "theresa",
    "ursula",
    "victoria",
    "violeta",
    "winnie",
    "yulia",
];

/// Whether the entity `id` of `doc` is a person known to be a woman.
pub fn known_female(doc: &Document, id: &str) -> bool {
    let Some(entity) = doc.entities.iter().find(|e| e.id == id) else {
        return false;
    };
    if entity.etype != EntityType::Person {
        return false;
    }
    let given = entity
        .name
        .split_whitespace()
        .next()
        .is_some_and(|w| GIVEN_NAMES.contains(&w.to_lowercase().as_str()));
    let titled = entity.mentions.iter().any(|m| {
        let k = doc.tokens_covering(m.span).start;
        k > 0 && TITLES.contains(&doc.slice(doc.tokens[k - 1].span).to_lowercase().as_str())
    });
    given || titled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::with_mentions;

    #[test]
    fn women_are_known_by_title_or_given_name() {
        use EntityType::*;
        let mut doc = with_mentions(
            "Madeleine Albright met Mrs. Ogata and Warren Christopher.",
            &[
                ("Madeleine Albright", Person),
                ("Ogata", Person),
                ("Warren Christopher", Person),
            ],
        );
        crate::entities::resolve(&mut doc);
        let female: Vec<bool> = doc
            .entities
            .iter()
            .map(|e| known_female(&doc, &e.id))
            .collect();
        assert_eq!(female, [true, true, false]);
    }
}
