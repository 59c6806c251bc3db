//! One answer to "what is this name?": the knowledge-base record a mention
//! most likely refers to, as the entities stage needs it (id, canonical name,
//! type, country, sector).

use super::fold::fold;
use super::gazetteer::without_article;
use super::{Kb, Place, Sector};
use crate::document::EntityType;

/// Words that are place names somewhere but far more often something else.
const NOT_PLACES: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "from",
    "he",
    "her",
    "his",
    "i",
    "if",
    "in",
    "it",
    "its",
    "no",
    "not",
    "of",
    "on",
    "one",
    "or",
    "our",
    "she",
    "so",
    "that",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "two",
    "we",
    "when",
    "while",
    "with",
    "you",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "north",
    "south",
    "east",
    "west",
    "central",
    "police",
    "army",
    "government",
    "president",
    "minister",
    "state",
    "union",
    "kim",
    "lee",
    "park",
    "chief",
];

/// The knowledge-base reading of a name.
#[derive(Clone, Debug, PartialEq)]
pub struct KbEntity {
    /// Stable id for `Entity.kb_id`.
    pub kb_id: String,
    /// Canonical name.
    pub name: &'static str,
    /// Entity type: GPE for countries, territories, cities, regions and the
    /// capitals and seats that stand for governments; LOC for areas; ORG; NORP.
    pub etype: EntityType,
    /// ISO alpha-3 country code (or a PLOVER non-state actor code such as UNO
    /// for international organisations).
    pub country: Option<&'static str>,
    /// PLOVER sector, where the record implies one.
    pub sector: Option<Sector>,
}

impl Kb {
    /// The most likely reading of a name out of context, in this order: a seat
    /// of power ("the Kremlin"), a country ("Britain"), a territory ("Gaza"), an
    /// area ("the Middle East", a LOC), an organisation ("PUK"), a nationality, territory or group adjective
    /// ("Iranian" is Iran; "Kurdish" the Kurds), a capital standing for its
    /// government ("Washington"), a city or region of the gazetteer by its main
    /// name ("Erbil"; not common words such as "March"). Whether a
    /// capital names the government or the city depends on the sentence, which
    /// the caller knows ("in Tehran" is the city: use [`Kb::place`]).
    pub fn resolve(&self, name: &str) -> Option<KbEntity> {
        let seat = self.seats.get(name).cloned();
        seat.map(|s| self.seat_entity(s))
            .or_else(|| {
                self.countries
                    .get_name(name)
                    .map(|c| self.country_entity(c))
            })
            .or_else(|| {
                self.territories.get(name).map(|t| KbEntity {
                    kb_id: t.kb_id(),
                    name: t.name,
                    etype: EntityType::Gpe,
                    country: Some(t.country),
                    sector: None,
                })
            })
            .or_else(|| {
                self.areas.get(name).map(|a| KbEntity {
                    kb_id: a.kb_id(),
                    name: a.name,
                    etype: EntityType::Loc,
                    country: None,
                    sector: None,
                })
            })
            .or_else(|| {
                self.organisation(name).map(|o| KbEntity {
                    kb_id: o.kb_id(),
                    name: o.name,
                    etype: EntityType::Org,
                    country: Some(o.actor),
                    sector: o.sector,
                })
            })
            .or_else(|| self.demonym_entity(name))
            .or_else(|| self.seat_of_power(name).map(|s| self.seat_entity(s)))
            .or_else(|| {
                self.place_by_main_name(name).map(|p| KbEntity {
                    kb_id: p.kb_id,
                    name: p.name,
                    etype: EntityType::Gpe,
                    country: p.country,
                    sector: None,
                })
            })
    }

    /// The most prominent city or region whose main name this is, unless the
    /// name is a common word ("But" and "March" are towns too).
    fn place_by_main_name(&self, name: &str) -> Option<Place> {
        let key = fold(name);
        if NOT_PLACES.contains(&key.as_str()) {
            return None;
        }
        let main = |p: &Place| {
            let main = fold(p.name);
            main == key || without_article(&main) == Some(key.as_str())
        };
        self.place(name, None).into_iter().find(main)
    }

    fn country_entity(&self, c: &super::Country) -> KbEntity {
        KbEntity {
            kb_id: c.kb_id(),
            name: c.name,
            etype: EntityType::Gpe,
            country: Some(c.alpha3),
            sector: None,
        }
    }

    /// A nationality is its country; a territory adjective its territory; a
    /// group adjective its group.
    fn demonym_entity(&self, name: &str) -> Option<KbEntity> {
        let demonym = self.demonym(name)?;
        if let Some(t) = demonym.territory {
            return Some(KbEntity {
                kb_id: t.kb_id(),
                name: t.name,
                etype: EntityType::Gpe,
                country: Some(t.country),
                sector: None,
            });
        }
        if let Some(group) = demonym.groups.first() {
            return Some(KbEntity {
                kb_id: group.kb_id(),
                name: group.name,
                etype: EntityType::Norp,
                country: demonym.country.map(|c| c.alpha3).or(group.country),
                sector: None,
            });
        }
        demonym.country.map(|c| self.country_entity(c))
    }

    /// A seat stands for a government (GPE), an organisation (ORG) or a
    /// territory's authorities (GPE).
    fn seat_entity(&self, seat: super::Seat) -> KbEntity {
        let org = seat
            .kb_id
            .strip_prefix("kb:org:")
            .and_then(|id| self.organisation_by_id(id));
        let name = match (org, seat.kb_id.strip_prefix("kb:territory:")) {
            (Some(org), _) => org.name,
            (None, Some(id)) => self.territories.by_id(id).map_or(seat.name, |t| t.name),
            (None, None) => seat
                .country
                .and_then(|c| self.countries.by_code(c))
                .map_or(seat.name, |c| c.name),
        };
        KbEntity {
            name,
            etype: if org.is_some() {
                EntityType::Org
            } else {
                EntityType::Gpe
            },
            country: org.map_or(seat.country, |o| Some(o.actor)),
            sector: seat.sector,
            kb_id: seat.kb_id,
        }
    }
}
