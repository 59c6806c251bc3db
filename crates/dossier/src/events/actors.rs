//! Source and target actors of an event: entity mentions in the trigger's
//! clause before it (the subject side) and after it (the object side).
//! Relative clauses (", whom Yeltsin ordered ... ,") are set aside unless the
//! trigger is inside one.

use std::ops::Range;

use super::arguments::pronoun_types;
use crate::document::EntityType;
use crate::entities::Located;

/// Tokens of the trigger's clause before it, from `clause_start`: relative
/// clauses that close before the trigger are left out.
fn main_clause(lower: &[String], base: usize, clause_start: usize, trigger: usize) -> Vec<usize> {
    let mut kept = Vec::new();
    let mut in_relative: Option<usize> = None;
    for k in clause_start..trigger {
        let w = lower[k - base].as_str();
        let after_comma = k > base && lower[k - 1 - base] == ",";
        if after_comma && matches!(w, "who" | "whom" | "which" | "whose") {
            in_relative = Some(kept.len());
        }
        kept.push(k);
        if w == "," && in_relative.is_some() && !after_comma {
            if let Some(start) = in_relative.take() {
                kept.truncate(start.saturating_sub(1)); // drop ", who ... ,"
            }
        }
    }
    if let Some(start) = in_relative {
        // The trigger is inside the relative clause: its clause starts there.
        return kept.split_off(start);
    }
    kept
}

/// Source and target entity ids for a trigger at tokens `trigger` of the
/// sentence `sentence` (token range, lower-cased words in `lower`), the
/// clause starting at `clause_start`, and ending before `clause_end`.
pub fn actors(
    mentions: &[Located],
    actor_type: &dyn Fn(&Located) -> Option<EntityType>,
    lower: &[String],
    sentence: Range<usize>,
    clause_start: usize,
    clause_end: usize,
    trigger: Range<usize>,
) -> (Vec<String>, Vec<String>) {
    let word = |k: usize| {
        lower
            .get(k.wrapping_sub(sentence.start))
            .map_or("", String::as_str)
    };
    // "the Albanian-born missionary": a birthplace, no party.
    let birthplace = |m: &Located| word(m.tokens.end) == "-" && word(m.tokens.end + 1) == "born";
    let kept: Vec<Located> = mentions
        .iter()
        .filter(|m| !is_home(actor_type, lower, sentence.start, m) && !birthplace(m))
        .cloned()
        .collect();
    let mentions = &kept[..];
    let clause = main_clause(lower, sentence.start, clause_start, trigger.start);
    let in_clause = |m: &&Located| clause.contains(&m.tokens.start);
    let before: Vec<&Located> = mentions.iter().filter(in_clause).collect();
    let mut sources: Vec<String> = Vec::new();
    if before.is_empty() {
        // "He later discussed ...": a pronoun subject stands for the last
        // actor named that it can stand for (a person for "he").
        if let Some(&k) = clause.first() {
            if let Some(wanted) = pronoun_types(&lower[k - sentence.start]) {
                let fits = |m: &&Located| actor_type(m).is_some_and(|t| wanted.contains(&t));
                if let Some(m) = mentions.iter().rev().find(|m| m.tokens.end <= k && fits(m)) {
                    sources.push(m.entity.clone());
                }
            }
        }
    }
    let person_named =
        |m: &Located| named_person(mentions, actor_type, lower, sentence.start, &trigger, m);
    if let Some(first) = before.first() {
        sources.push(person_named(first).unwrap_or_else(|| first.entity.clone()));
        // "Lebed and Maskhadov discussed": a conjoined subject.
        for pair in before.windows(2) {
            let gap = pair[0].tokens.end..pair[1].tokens.start;
            if gap.len() == 1
                && lower[gap.start - sentence.start] == "and"
                && (pair[0].entity == sources[sources.len() - 1]
                    || person_named(pair[0]).as_ref() == sources.last())
            {
                sources.push(person_named(pair[1]).unwrap_or_else(|| pair[1].entity.clone()));
            }
        }
    }
    let mut targets: Vec<String> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| m.tokens.start >= trigger.end && m.tokens.end <= clause_end)
    {
        let entity = person_named(m).unwrap_or_else(|| m.entity.clone());
        // "a ceasefire negotiated last year by Washington": the agent of a
        // participle a few words on.
        let agent = sources.is_empty()
            && word(trigger.start).ends_with("ed")
            && m.tokens.start - trigger.end <= 4
            && word(m.tokens.start - 1) == "by";
        if agent {
            // What it was done to comes before it, if anywhere.
            sources.push(entity);
            break;
        }
        if !sources.contains(&entity) && !targets.contains(&entity) {
            targets.push(entity);
        }
        if targets.len() == 1 {
            break;
        }
    }
    sources.dedup();
    (sources, targets)
}

/// Private people a place name before them tells the home of ("an
/// Oklahoma man", "a Brooklyn mother").
const PRIVATE_PEOPLE: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "resident",
    "residents",
    "native",
    "mother",
    "father",
    "mom",
    "dad",
    "couple",
    "family",
    "student",
    "students",
    "youth",
];

/// Whether `m` names a town or region only as where a private person is
/// from ("an Oklahoma man"): no party to what they do or undergo. A country
/// may still be.
fn is_home(
    actor_type: &dyn Fn(&Located) -> Option<EntityType>,
    lower: &[String],
    base: usize,
    m: &Located,
) -> bool {
    let word = |k: usize| lower.get(k.wrapping_sub(base)).map_or("", String::as_str);
    if !PRIVATE_PEOPLE.contains(&word(m.tokens.end)) {
        return false;
    }
    let name = m.tokens.clone().map(word).collect::<Vec<_>>().join(" ");
    let kb = crate::kb::Kb::get();
    // A town or region: not a country by its name or its people's ("Serb").
    matches!(
        actor_type(m),
        Some(EntityType::Gpe | EntityType::Loc | EntityType::Fac)
    ) && kb.country(&name).is_none()
        && kb.demonym(&name).is_none()
}

/// Words that cannot stand in a title between a name and a person.
const NOT_TITLE_WORDS: &[&str] = &[
    "and", "or", "of", "for", "by", "to", "with", "from", "in", "at", "on", "against", "after",
    "before", "as", "that", "who",
];

/// The most words between a modifier's name and the person it describes
/// ("Tanzanian | former president | Julius Nyerere").
const TITLE_GAP: usize = 3;

/// The person `m` is said of when `m` names a state, people or body in the
/// phrase before a person's name ("former Tanzanian president Julius
/// Nyerere", "Palestinian President Arafat"): that person is the actor.
fn named_person(
    mentions: &[Located],
    actor_type: &dyn Fn(&Located) -> Option<EntityType>,
    lower: &[String],
    base: usize,
    trigger: &Range<usize>,
    m: &Located,
) -> Option<String> {
    if actor_type(m) == Some(EntityType::Person) {
        return None;
    }
    let next = mentions.iter().find(|n| n.tokens.start >= m.tokens.end)?;
    let gap = m.tokens.end..next.tokens.start;
    // Title words only: "criticised Turkey for jailing Leyla Zana" has a
    // clause between the two.
    let title_words = gap.clone().all(|k| {
        let w = lower.get(k - base).map_or("", String::as_str);
        w == "'s" || (w.chars().all(char::is_alphabetic) && !NOT_TITLE_WORDS.contains(&w))
    });
    let across_trigger = gap.start < trigger.end && trigger.start < gap.end;
    (gap.len() <= TITLE_GAP
        && title_words
        && !across_trigger
        && actor_type(next) == Some(EntityType::Person))
    .then(|| next.entity.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_lowercase).collect()
    }

    #[test]
    fn relative_clauses_are_set_aside() {
        let w = lower("Lebed , whom Yeltsin ordered to restore peace , struck a deal with rebels");
        assert_eq!(main_clause(&w, 0, 0, 9), vec![0]);
        assert_eq!(main_clause(&w, 0, 0, 4), vec![2, 3]);
    }

    #[test]
    fn an_agent_after_a_participle_acts_and_a_birthplace_does_not() {
        let m = |a: usize, b: usize, e: &str| Located {
            tokens: a..b,
            entity: e.into(),
        };
        let w = lower("a ceasefire negotiated last year by Washington");
        let (s, t) = actors(
            &[m(6, 7, "us")],
            &|_| Some(EntityType::Gpe),
            &w,
            0..7,
            0,
            7,
            2..3,
        );
        assert_eq!((s, t), (vec!["us".to_string()], vec![]));
        let w = lower("Diana met the Albanian - born missionary");
        let (s, t) = actors(
            &[m(0, 1, "diana"), m(3, 4, "albania")],
            &|_| Some(EntityType::Person),
            &w,
            0..7,
            0,
            7,
            1..2,
        );
        assert_eq!((s, t), (vec!["diana".to_string()], vec![]));
    }

    #[test]
    fn subject_and_object_mentions() {
        let w = lower("Lebed and Maskhadov discussed a plan with Yeltsin");
        let m = |a: usize, b: usize, e: &str| Located {
            tokens: a..b,
            entity: e.into(),
        };
        let mentions = vec![m(0, 1, "e1"), m(2, 3, "e2"), m(7, 8, "e3")];
        let (s, t) = actors(
            &mentions,
            &|_| Some(EntityType::Person),
            &w,
            0..8,
            0,
            8,
            3..4,
        );
        assert_eq!(s, vec!["e1", "e2"]);
        assert_eq!(t, vec!["e3"]);
    }
    #[test]
    fn a_person_named_after_a_modifier_is_the_actor() {
        let m = |a: usize, b: usize, e: &str| Located {
            tokens: a..b,
            entity: e.into(),
        };
        let kind = |l: &Located| {
            Some(if l.entity.starts_with("place") {
                EntityType::Gpe
            } else {
                EntityType::Person
            })
        };
        let w = lower("Dini met former Tanzanian president Julius Nyerere");
        let mentions = vec![m(0, 1, "dini"), m(3, 4, "place"), m(5, 7, "nyerere")];
        let (s, t) = actors(&mentions, &kind, &w, 0..7, 0, 7, 1..2);
        assert_eq!((s, t), (vec!["dini".into()], vec!["nyerere".to_string()]));
        let w = lower("Lebed and Chechen leader Maskhadov started talks");
        let mentions = vec![m(0, 1, "lebed"), m(2, 3, "place"), m(4, 5, "maskhadov")];
        let (s, t) = actors(&mentions, &kind, &w, 0..7, 0, 7, 6..7);
        let none: Vec<String> = Vec::new();
        assert_eq!(
            (s, t),
            (vec!["lebed".into(), "maskhadov".into()], none.clone())
        );
        // Where a person is from is no party.
        let w = lower("An Oklahoma man faces charges for the deaths of an Arkansas woman");
        let mentions = vec![m(1, 2, "place"), m(10, 11, "place2")];
        let (s, t) = actors(&mentions, &kind, &w, 0..12, 0, 12, 4..5);
        assert_eq!((s, t), (none.clone(), none.clone()));
        let w = lower("Turkey for jailing Leyla Zana");
        let mentions = vec![m(0, 1, "place"), m(3, 5, "zana")];
        let (s, t) = actors(&mentions, &kind, &w, 0..5, 0, 5, 2..3);
        assert_eq!((s, t), (vec!["place".into()], vec!["zana".to_string()]));
    }
}
