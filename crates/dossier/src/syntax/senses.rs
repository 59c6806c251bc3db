//! Word senses that the parse tells apart and that more than one later stage
//! needs: "attacked" is an assault ("Rebels attacked a convoy") or a verbal
//! attack, which is a claim and a criticism ("Smith attacked the plan",
//! "Trump attacked Clinton as weak").

use std::ops::Range;

use crate::document::{Document, EntityType};

/// Head nouns of what is attacked with force.
const FORCE_TARGETS: &[&str] = &[
    "army",
    "farmer",
    "villager",
    "tourist",
    "passenger",
    "pedestrian",
    "base",
    "barrack",
    "building",
    "bus",
    "camp",
    "car",
    "checkpoint",
    "church",
    "city",
    "civilian",
    "compound",
    "convoy",
    "embassy",
    "force",
    "headquarters",
    "home",
    "hospital",
    "house",
    "market",
    "mosque",
    "office",
    "outpost",
    "patrol",
    "pipeline",
    "plane",
    "police",
    "port",
    "position",
    "post",
    "rebel",
    "guerrilla",
    "insurgent",
    "militant",
    "fighter",
    "school",
    "ship",
    "soldier",
    "station",
    "synagogue",
    "tank",
    "target",
    "town",
    "troop",
    "vehicle",
    "village",
    "vessel",
    "guard",
    "policeman",
    "patrolman",
];

/// Head nouns of what is attacked in words.
const WORD_TARGETS: &[&str] = &[
    "approach",
    "bill",
    "budget",
    "claim",
    "comment",
    "decision",
    "deal",
    "idea",
    "law",
    "leadership",
    "measure",
    "move",
    "plan",
    "policy",
    "programme",
    "program",
    "proposal",
    "record",
    "reform",
    "remark",
    "report",
    "ruling",
    "speech",
    "statement",
    "stance",
    "strategy",
    "tax",
    "verdict",
];

/// Head nouns of those who attack with force.
const ARMED: &[&str] = &[
    "army",
    "assailant",
    "attacker",
    "bomber",
    "fighter",
    "force",
    "gunman",
    "guerrilla",
    "insurgent",
    "jet",
    "militant",
    "militia",
    "mob",
    "police",
    "protester",
    "rebel",
    "rioter",
    "separatist",
    "settler",
    "skinhead",
    "soldier",
    "striker",
    "troop",
    "warplane",
    "aircraft",
    "youth",
    "gang",
    "thug",
    "hooligan",
    "man",
    "men",
    "intruder",
    "knifeman",
];

/// Nouns of a number of people, who are those they are of ("a group of
/// youths").
const GROUPS: &[&str] = &[
    "group", "band", "gang", "crowd", "number", "handful", "couple",
];

/// Lines crossed in an attack ("over the border fence").
const BORDERS: &[&str] = &["border", "fence", "frontier", "line", "wall", "river"];

/// Spans of time that "over" may open ("over the weekend").
const SPANS_OF_TIME: &[&str] = &[
    "weekend", "night", "day", "week", "month", "year", "period", "hour", "holiday",
];

/// Weapons an attack is made with ("with rockets").
const WEAPONS: &[&str] = &[
    "artillery",
    "bomb",
    "grenade",
    "gun",
    "knife",
    "machete",
    "missile",
    "mortar",
    "rifle",
    "rocket",
    "shell",
    "stone",
    "weapon",
    "bottle",
    "stick",
    "club",
    "axe",
    "hammer",
    "baton",
    "bat",
    "brick",
    "rock",
    "sword",
    "dagger",
];

/// Whether the verb "attack" at token `k` of `sentence` is an attack in
/// words. What is attacked decides first (a convoy, a town: force; a plan,
/// a decision: words), then who attacks (rebels, troops) or with what
/// (rockets): force; then a place attacked by anyone but a person ("Russia
/// attacked Ukraine") and a passive without agent: force. Otherwise words:
/// in political copy "attacked his rivals" and "attacked Clinton" are
/// criticism. Needs the parse and the recogniser's mentions.
pub fn attack_is_verbal(doc: &Document, sentence: &Range<usize>, k: usize) -> bool {
    let children: Vec<usize> = sentence
        .clone()
        .filter(|&c| doc.tokens[c].head == Some(k))
        .collect();
    let deprel = |c: usize| doc.tokens[c].deprel.as_str();
    let lemma = |c: usize| doc.tokens[c].lemma.to_lowercase();
    // The lemmatiser leaves some capitalised plurals alone ("Troops").
    let noun_in = |c: usize, nouns: &[&str]| {
        let word = lemma(c);
        nouns.contains(&word.as_str())
            || word
                .strip_suffix('s')
                .is_some_and(|singular| nouns.contains(&singular))
    };
    let case_of = |c: usize| {
        sentence
            .clone()
            .find(|&p| doc.tokens[p].head == Some(c) && deprel(p) == "case")
            .map(lemma)
    };
    // "attacked the prime minister's office over its handling of the
    // crisis", "attacked the offer as insulting": words (not "over the
    // weekend").
    let complement = children
        .iter()
        .copied()
        .filter(|&c| matches!(deprel(c), "obl" | "advcl" | "xcomp"))
        .any(|c| {
            let dependents = || {
                sentence
                    .clone()
                    .filter(move |&p| doc.tokens[p].head == Some(c))
            };
            let marker = dependents()
                .find(|&p| matches!(deprel(p), "case" | "mark"))
                .map(lemma);
            // Not "as they fled" (a clause of time) nor "over the border".
            let clause = dependents().any(|p| deprel(p).starts_with("nsubj"));
            !clause
                && match marker.as_deref() {
                    Some("as") => true,
                    Some("over") => {
                        !noun_in(c, SPANS_OF_TIME)
                            && !noun_in(c, FORCE_TARGETS)
                            && !noun_in(c, BORDERS)
                    }
                    _ => false,
                }
        });
    if complement {
        return true;
    }
    let object = children
        .iter()
        .copied()
        .find(|&c| matches!(deprel(c), "obj" | "nsubj:pass"));
    if let Some(o) = object {
        if noun_in(o, FORCE_TARGETS) {
            return false;
        }
        if noun_in(o, WORD_TARGETS) {
            return true;
        }
    }
    // Who attacks: the subject, else the noun a participle modifies
    // ("gunmen attacking the town"), else the subject of the verb it is
    // conjoined to ("troops entered and attacked").
    let up = doc.tokens[k].head.filter(|h| sentence.contains(h));
    let shared: Vec<usize> = up
        .into_iter()
        .flat_map(|h| match deprel(k) {
            "acl" | "acl:relcl" => vec![h],
            // "troops entered and attacked", "the army plans to attack".
            "conj" | "xcomp" => sentence
                .clone()
                .filter(|&c| doc.tokens[c].head == Some(h) && deprel(c) == "nsubj")
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    // "A group of four skinheads": the people the group is of.
    let armed_noun = |c: usize| {
        noun_in(c, ARMED)
            || (noun_in(c, GROUPS)
                && sentence.clone().any(|p| {
                    doc.tokens[p].head == Some(c) && deprel(p) == "nmod" && noun_in(p, ARMED)
                }))
    };
    let armed = children
        .iter()
        .copied()
        .chain(shared.iter().copied())
        .any(|c| match deprel(c) {
            _ if !children.contains(&c) => armed_noun(c),
            "nsubj" | "obl:agent" => armed_noun(c),
            "obl" => match case_of(c).as_deref() {
                Some("by") => noun_in(c, ARMED),
                Some("with") => noun_in(c, WEAPONS),
                _ => false,
            },
            _ => false,
        });
    if armed {
        return false;
    }
    // "Russia attacked Ukraine", "the Taliban attacked Kunduz": a place
    // attacked by anyone but a person.
    let label = |c: usize| {
        doc.mentions
            .iter()
            .find(|m| m.tokens.contains(&c))
            .map(|m| m.label)
    };
    let subject = children
        .iter()
        .chain(&shared)
        .copied()
        .find(|&c| matches!(deprel(c), "nsubj" | "obl:agent"));
    let by_person = subject.is_some_and(|s| label(s) == Some(EntityType::Person));
    let place_attacked =
        object.is_some_and(|o| matches!(label(o), Some(EntityType::Gpe | EntityType::Loc)));
    if place_attacked && !by_person {
        return false;
    }
    // "Smith was attacked outside his home": no one named who attacked.
    let passive = object.is_some_and(|o| deprel(o) == "nsubj:pass");
    if passive && subject.is_none() {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;
    use crate::pipeline::Pipeline;

    fn verbal(text: &str) -> bool {
        let doc = Document::new(DocMeta::default(), format!("Title\n\n{text}"));
        let doc = Pipeline::new().process(doc);
        let k = doc
            .tokens
            .iter()
            .position(|t| doc.slice(t.span).starts_with("attack"))
            .expect("an attack verb");
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.tokens.contains(&k))
            .expect("its sentence")
            .tokens
            .clone();
        attack_is_verbal(&doc, &sentence, k)
    }

    #[test]
    fn force_and_words_are_told_apart() {
        assert!(!verbal(
            "Rebels attacked an army convoy near Goma on Monday."
        ));
        assert!(!verbal(
            "The group said it had attacked an Israeli position."
        ));
        assert!(!verbal("Four skinheads attacked the rabbi on Friday."));
        assert!(!verbal("A group of four skinheads attacked the rabbi."));
        assert!(!verbal(
            "A group of youths attacked Peter Okello on Friday."
        ));
        assert!(!verbal("After he attacked a guard, Okello was arrested."));
        assert!(verbal("The opposition leader attacked the decision."));
        assert!(verbal("Trump attacked Clinton as weak on Monday."));
        assert!(verbal(
            "Senator Smith attacked the president over the budget."
        ));
        assert!(verbal("Bush also attacked billionaire Donald Trump."));
        assert!(!verbal("Gunmen attacked Goma with rockets."));
        assert!(!verbal("The village was attacked by rebels."));
        assert!(!verbal("Troops entered the town and attacked it."));
        assert!(!verbal("Russia attacked Ukraine on Thursday."));
        assert!(!verbal("Smith was attacked outside his home on Monday."));
        assert!(!verbal("The Taliban attacked Kunduz for a third time."));
        assert!(!verbal("The army plans to attack the rebels in Grozny."));
        assert!(verbal(
            "The opposition attacked the prime minister's office over its handling of the crisis."
        ));
        assert!(verbal(
            "The strikers attacked the management's offer as insulting."
        ));
        assert!(!verbal("Rebels attacked the town over the weekend."));
        assert!(!verbal(
            "Turkish troops attacked Kurdish rebels as they crossed the border."
        ));
        assert!(!verbal(
            "Israeli troops attacked Palestinian protesters over the border fence."
        ));
        assert!(!verbal(
            "The strikers attacked the local office of the party."
        ));
    }
}
