//! Adjectives and people nouns: nationalities ("Iranian", "U.S.", "Iraqis"),
//! territories ("Iraqi Kurdish") and groups ("Kurdish", "Shiite"), alone or
//! combined ("Iranian Kurdish", "Sunni Arab").

use super::fold::for_each_run;
use super::{Country, Kb, Norp, Territory};

/// What an adjective or people noun refers to.
#[derive(Clone, Debug, PartialEq)]
pub struct Demonym<'a> {
    /// The country ("Iraqi" -> Iraq; "Iraqi Kurdish" -> Iraq through the Kurdistan Region).
    pub country: Option<&'a Country>,
    /// The territory ("Iraqi Kurdish" -> Kurdistan Region).
    pub territory: Option<&'a Territory>,
    /// The groups named, in order ("Sunni Arab" -> Sunnis, Arabs; "Kurdish" -> Kurds).
    pub groups: Vec<&'a Norp>,
}

impl Kb {
    /// Reads an adjective or people noun, or a run of them: "Iranian" (Iran),
    /// "Americans", "U.S.", "Iraqi Kurdish" (Kurdistan Region, Iraq, Kurds),
    /// "Kurdish" (the Kurds, no country), "Shiite". `None` unless every word is
    /// known ("Korean War" is not a demonym).
    pub fn demonym(&self, phrase: &str) -> Option<Demonym<'_>> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let mut found = Demonym {
            country: None,
            territory: None,
            groups: Vec::new(),
        };
        // Longest runs first: places (territory, then country), then groups.
        let places = for_each_run(&words, |segment| {
            if let Some(t) = self.territories.by_demonym(segment) {
                found.territory.get_or_insert(t);
                found.country = found.country.or_else(|| self.countries.by_code(t.country));
                true
            } else if let Some(c) = self.countries.by_demonym(segment) {
                found.country.get_or_insert(c);
                true
            } else {
                false
            }
        });
        let groups = for_each_run(&words, |segment| match self.norps.get(segment) {
            Some(norp) => {
                if !found.groups.contains(&norp) {
                    found.groups.push(norp);
                }
                true
            }
            None => false,
        });
        let all_known = places.iter().zip(&groups).all(|(p, g)| *p || *g);
        let empty = found.country.is_none() && found.groups.is_empty();
        (all_known && !empty).then_some(found)
    }

    /// The country of an adjective or people noun ("Iranian", "Iraqis",
    /// "British", "U.S.", "Iraqi Kurdish"); `None` for groups without one
    /// ("Kurdish").
    pub fn country_by_demonym(&self, word: &str) -> Option<&Country> {
        self.demonym(word).and_then(|d| d.country)
    }
}
