//! Linking entities to the knowledge base: ids, canonical names, countries and
//! sectors; adjectives merged with their country ("Iranian" is Iran), seats of
//! power with what they stand for ("the Kremlin", "Washington asked"), while
//! a capital used as a place ("in Tehran") stays the city.

use crate::document::{Document, Entity, EntityMention, EntityType};
use crate::kb::{Kb, KbEntity};

use super::modifiers::PLACE_PARTICIPLES;
use super::resolve::is_acronym;

/// Words before a name that make it a place ("in Tehran", "from Ankara").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "to", "from", "at", "near", "of", "outside", "into", "across", "around", "via",
    "towards", "toward",
];

/// True when a mention is used as a place: after a place preposition, before
/// a place participle, or in the dateline.
fn is_place_mention(doc: &Document, m: &EntityMention) -> bool {
    let in_dateline = doc
        .meta
        .dateline
        .as_ref()
        .is_some_and(|d| d.span.contains(&m.span));
    let k = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
    let before = k
        .checked_sub(1)
        .map(|p| doc.slice(doc.tokens[p].span).to_lowercase());
    let end = doc.tokens.partition_point(|t| t.span.start < m.span.end);
    let word = |k: usize| doc.tokens.get(k).map(|t| doc.slice(t.span));
    let place_modifier =
        word(end) == Some("-") && word(end + 1).is_some_and(|w| PLACE_PARTICIPLES.contains(&w));
    in_dateline
        || place_modifier
        || before.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.as_str()))
}

/// True when every mention of `e` is used as a place.
fn used_as_place(doc: &Document, e: &Entity) -> bool {
    e.mentions.iter().all(|m| is_place_mention(doc, m))
}

/// True when the entity's name reads as a capital standing for its government.
fn is_capital(e: &Entity) -> bool {
    let kb = Kb::get();
    let names = std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str));
    names
        .clone()
        .find_map(|n| kb.resolve(n))
        .is_some_and(|found| {
            found.kb_id.starts_with("kb:country:")
                && !names
                    .clone()
                    .any(|n| kb.country(n).is_some() || kb.demonym(n).is_some())
        })
}

/// A capital used both as a place ("in Tehran") and for its government
/// ("Tehran said") becomes two entities: the city, and a government mention.
fn split_capitals(doc: &Document, entities: Vec<Entity>) -> Vec<Entity> {
    let mut out = Vec::with_capacity(entities.len());
    for e in entities {
        let places = e
            .mentions
            .iter()
            .filter(|m| is_place_mention(doc, m))
            .count();
        if e.etype == EntityType::Person
            || places == 0
            || places == e.mentions.len()
            || !is_capital(&e)
        {
            out.push(e);
            continue;
        }
        let (place, government): (Vec<EntityMention>, Vec<EntityMention>) = e
            .mentions
            .iter()
            .cloned()
            .partition(|m| is_place_mention(doc, m));
        let aliases = |ms: &[EntityMention]| {
            let mut a: Vec<String> = Vec::new();
            for m in ms {
                let text = doc.slice(m.span).to_string();
                if !a.contains(&text) {
                    a.push(text);
                }
            }
            a
        };
        out.push(Entity {
            aliases: aliases(&place),
            mentions: place,
            ..e.clone()
        });
        out.push(Entity {
            aliases: aliases(&government),
            mentions: government,
            ..e
        });
    }
    out
}

/// The knowledge-base reading of an entity, trying its name and then its aliases.
fn reading(doc: &Document, e: &Entity) -> Option<KbEntity> {
    let kb = Kb::get();
    let names = std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str));
    // An organisation's acronym is no town of those letters ("the PEC" is
    // no place called Pec).
    let town_by_acronym = |n: &str, found: &KbEntity| {
        e.etype == EntityType::Org
            && is_acronym(n)
            && (found.kb_id.starts_with("kb:geo:") || found.kb_id.starts_with("kb:region:"))
    };
    let found = names
        .clone()
        .find_map(|n| kb.resolve(n).filter(|found| !town_by_acronym(n, found)))?;
    // A capital standing for its government, or a seat of power for what
    // it houses ("Brussels" for the EU), unless it is only used as a place
    // ("in Tehran", the dateline "BRUSSELS 1996-08-24").
    let is_capital_reading = found.kb_id.starts_with("kb:country:")
        && !names
            .clone()
            .any(|n| kb.country(n).is_some() || kb.demonym(n).is_some());
    let is_seat_reading = || {
        names.clone().any(|n| {
            kb.seat_of_power(n)
                .is_some_and(|seat| seat.kb_id == found.kb_id)
        })
    };
    if used_as_place(doc, e) && (is_capital_reading || is_seat_reading()) {
        let place = names
            .clone()
            .find_map(|n| kb.place(n, None).into_iter().next());
        match place {
            Some(place) => {
                return Some(KbEntity {
                    kb_id: place.kb_id,
                    name: place.name,
                    etype: EntityType::Gpe,
                    country: place.country,
                    sector: None,
                })
            }
            // A capital the gazetteer lacks is no place to link to; a seat
            // such as "the Kremlin" keeps what it stands for.
            None if is_capital_reading => return None,
            None => {}
        }
    }
    Some(found)
}

/// Links every non-person entity to the knowledge base and merges entities
/// that turn out to be one.
pub fn link(doc: &mut Document) {
    let entities = std::mem::take(&mut doc.entities);
    doc.entities = split_capitals(doc, entities);
    let readings: Vec<Option<KbEntity>> = doc
        .entities
        .iter()
        .map(|e| {
            (e.etype != EntityType::Person)
                .then(|| reading(doc, e))
                .flatten()
        })
        .collect();
    let mut merged: Vec<Entity> = Vec::new();
    for (mut e, found) in std::mem::take(&mut doc.entities).into_iter().zip(readings) {
        if let Some(found) = found {
            let only_adjectives = e.mentions.iter().all(|m| m.label == EntityType::Norp);
            if found.etype == EntityType::Gpe || e.etype == EntityType::Misc || only_adjectives {
                e.etype = found.etype;
            }
            let acronym = e.name.chars().all(|c| c.is_uppercase() || c == '.');
            if only_adjectives
                || acronym
                || found.etype == EntityType::Gpe && e.etype == EntityType::Gpe
            {
                e.name = found.name.to_string();
            }
            e.country = found.country.map(str::to_string);
            e.sector = found.sector.map(|s| s.code().to_string());
            e.kb_id = Some(found.kb_id);
        } else if e.etype == EntityType::Org {
            // "The Ostrava Times", "Velmora Freedom Party": the sector the
            // name's own nouns tell.
            e.sector = Kb::get()
                .org_type_from_name(&e.name)
                .map(|hint| hint.sector.code().to_string());
        }
        match merged
            .iter_mut()
            .find(|m| m.kb_id.is_some() && m.kb_id == e.kb_id)
        {
            Some(into) => absorb(into, e),
            None => merged.push(e),
        }
    }
    for (i, e) in merged.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    doc.entities = merged;
}

/// Moves `other`'s mentions and aliases into `into`.
fn absorb(into: &mut Entity, other: Entity) {
    let mut mentions: Vec<EntityMention> = into.mentions.drain(..).chain(other.mentions).collect();
    mentions.sort_by_key(|m| m.span.start);
    into.mentions = mentions;
    for alias in other.aliases {
        if !into.aliases.contains(&alias) {
            into.aliases.push(alias);
        }
    }
    if into.etype == EntityType::Norp && other.etype == EntityType::Gpe {
        into.etype = EntityType::Gpe;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(text: &str, names: &[(&str, EntityType)]) -> Document {
        let mut doc = crate::entities::testing::with_mentions(text, names);
        crate::entities::resolve(&mut doc);
        link(&mut doc);
        doc
    }

    #[test]
    fn adjectives_and_seats_join_their_country() {
        use EntityType::*;
        let doc = linked(
            "Iranian officials said Tehran would respond. Iran denied it. The Kremlin said so.",
            &[
                ("Iranian", Norp),
                ("Tehran", Gpe),
                ("Iran", Gpe),
                ("Kremlin", Org),
            ],
        );
        let iran = &doc.entities[0];
        assert_eq!(iran.name, "Iran");
        assert_eq!(iran.etype, Gpe);
        assert_eq!(iran.kb_id.as_deref(), Some("kb:country:IRN"));
        assert_eq!(iran.mentions.len(), 3);
        assert_eq!(doc.entities[1].country.as_deref(), Some("RUS"));
        assert_eq!(doc.entities.len(), 2);
    }

    #[test]
    fn a_capital_used_as_a_place_stays_the_city() {
        use EntityType::*;
        let doc = linked(
            "Talks were held in Tehran. Iran said so.",
            &[("Tehran", Gpe), ("Iran", Gpe)],
        );
        assert_eq!(doc.entities.len(), 2);
        assert_eq!(doc.entities[0].name, "Tehran");
        assert!(doc.entities[0]
            .kb_id
            .as_deref()
            .unwrap()
            .starts_with("kb:geo:"));
        assert_eq!(doc.entities[0].country.as_deref(), Some("IRN"));
    }

    #[test]
    fn a_seat_in_the_dateline_is_the_city() {
        use EntityType::*;
        let mut doc = crate::entities::testing::with_mentions(
            "BRUSSELS 1996-08-24 - Belgian police searched two houses.",
            &[("BRUSSELS", Gpe), ("Belgian", Norp)],
        );
        crate::ingest::attach_dateline(&mut doc);
        crate::entities::resolve(&mut doc);
        link(&mut doc);
        assert_eq!(doc.entities[0].name, "Brussels");
    }

    #[test]
    fn a_capital_used_both_ways_is_the_city_and_the_government() {
        use EntityType::*;
        let doc = linked(
            "Officials in Tehran met. Tehran said so. Iran agreed.",
            &[("Tehran", Gpe), ("Tehran", Gpe), ("Iran", Gpe)],
        );
        assert_eq!(doc.entities.len(), 2);
        assert!(doc.entities[0]
            .kb_id
            .as_deref()
            .unwrap()
            .starts_with("kb:geo:"));
        assert_eq!(doc.entities[1].kb_id.as_deref(), Some("kb:country:IRN"));
        assert_eq!(doc.entities[1].mentions.len(), 2);
    }

    #[test]
    fn an_organisations_acronym_is_no_town() {
        use EntityType::*;
        let doc = linked("The PEC met.", &[("PEC", Org)]);
        assert_eq!(doc.entities[0].kb_id, None);
        assert_eq!(doc.entities[0].etype, Org);
    }

    #[test]
    fn organisations_get_sector_and_country() {
        use EntityType::*;
        let doc = linked("The PUK met the KDP.", &[("PUK", Org), ("KDP", Org)]);
        assert_eq!(doc.entities[0].country.as_deref(), Some("IRQ"));
        assert!(doc.entities[0].sector.is_some());
    }
}
