//! Which of a sentence's coded events are separate acts. A news sentence
//! often tells one act several times over or names acts that did not (yet)
//! happen: the thing requested or discussed ("asked Germany to extradite
//! him", "discussed an agreement"), the purpose of another act ("observed a
//! strike to protest"), or an act told before ("the call", "Levy's visit").
//! Event coders code the act once; the rest are dropped here, an event noun
//! of the governing act's own type lending it the actors it names ("killed
//! in a car bombing by X").

use crate::document::{Event, EventType};

/// An event found in a sentence, with what the syntax says about its trigger.
pub struct Found {
    /// The coded event.
    pub event: Event,
    /// The index of the sentence's event whose trigger governs this one's.
    pub governor: Option<usize>,
    /// Whether the trigger is an event noun taken as known ("the call").
    pub definite: bool,
}

/// Whether an event of this type condemns an act that happened ("condemned
/// an attack by X", "protested against the raid"), so that the act it names
/// as its object is coded too, unlike an act requested, discussed or
/// alleged ("accused X of ordering the killing").
pub fn condemns(etype: EventType) -> bool {
    matches!(etype, EventType::Accuse | EventType::Protest)
}

/// The separate acts among one sentence's `found` events, in order. An
/// event noun governed by a trigger of its own type lends that event its
/// actors, except as a source one the governor has as its target.
/// `earlier` holds the types of the events found in earlier sentences, and
/// gains this sentence's.
pub fn separate_acts(mut found: Vec<Found>, earlier: &mut Vec<EventType>) -> Vec<Event> {
    for k in 0..found.len() {
        let Some(g) = found[k].governor.filter(|&g| g != k) else {
            continue;
        };
        if found[g].event.etype != found[k].event.etype {
            continue;
        }
        let mut lent = found[k].event.clone();
        let governor = &mut found[g].event;
        // "Three U.S. soldiers were killed in an attack on their patrol":
        // a name the noun's reading makes its source but that the governor
        // has as its victim did not attack itself.
        lent.sources.retain(|s| !governor.targets.contains(s));
        lend_actors(&lent, governor);
    }
    let told_before: Vec<bool> = found
        .iter()
        .map(|f| f.definite && earlier.contains(&f.event.etype))
        .collect();
    earlier.extend(found.iter().map(|f| f.event.etype));
    let acts: Vec<bool> = (0..found.len())
        .map(|k| found[k].governor.is_none() && !told_before[k])
        .collect();
    // Only an act that stays can retell another.
    let kept: Vec<bool> = (0..found.len())
        .map(|k| {
            acts[k]
                && !(0..found.len())
                    .any(|j| j != k && acts[j] && retold(&found[k].event, &found[j].event, j < k))
        })
        .collect();
    found
        .into_iter()
        .zip(kept)
        .filter_map(|(f, keep)| keep.then_some(f.event))
        .collect()
}

/// Gives `governor` the actors its governed event noun `lent` names that it
/// does not name itself, on the side the noun gives them: "was killed in a
/// bombing by X" gains X as the source.
fn lend_actors(lent: &Event, governor: &mut Event) {
    let named = |g: &Event, a: &String| g.sources.contains(a) || g.targets.contains(a);
    for s in &lent.sources {
        if !named(governor, s) {
            governor.sources.push(s.clone());
        }
    }
    for t in &lent.targets {
        if !named(governor, t) {
            governor.targets.push(t.clone());
        }
    }
}

/// Whether `event` tells, with one side left open, the same act as `other`
/// of the same sentence: same type, and every actor it names in the same
/// role there ("a strike to protest against the move" after "Palestinians
/// observed a strike against Israel"). Of two equal readings the later one
/// (`other_first`) goes.
fn retold(event: &Event, other: &Event, other_first: bool) -> bool {
    let within = |mine: &[String], theirs: &[String]| mine.iter().all(|a| theirs.contains(a));
    let open = event.sources.is_empty() || event.targets.is_empty();
    let same = event.sources == other.sources && event.targets == other.targets;
    event.etype == other.etype
        && open
        && within(&event.sources, &other.sources)
        && within(&event.targets, &other.targets)
        && (!same || other_first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Modality, Span};

    fn event(etype: EventType, sources: &[&str], targets: &[&str]) -> Event {
        Event {
            id: String::new(),
            etype,
            mode: None,
            cameo: None,
            sources: sources.iter().map(|s| s.to_string()).collect(),
            targets: targets.iter().map(|s| s.to_string()).collect(),
            trigger: Span::new(0, 1),
            modality: Modality::Asserted,
            claim: None,
            date: None,
            location: None,
        }
    }

    fn found(event: Event, governor: Option<usize>, definite: bool) -> Found {
        Found {
            event,
            governor,
            definite,
        }
    }

    #[test]
    fn a_retold_act_with_a_side_open_goes() {
        let strike = event(EventType::Protest, &["e1"], &["e2"]);
        let protest = event(EventType::Protest, &[], &["e2"]);
        let other = event(EventType::Protest, &["e3"], &[]);
        let kept = separate_acts(
            vec![
                found(strike.clone(), None, false),
                found(protest, None, false),
                found(other.clone(), None, false),
            ],
            &mut Vec::new(),
        );
        assert_eq!(kept, vec![strike, other]);
    }

    #[test]
    fn governed_and_known_acts_go() {
        let ask = event(EventType::Request, &["e1"], &["e2"]);
        let extradite = event(EventType::Coerce, &["e2"], &["e3"]);
        let mut earlier = vec![EventType::Consult];
        let call = event(EventType::Consult, &["e1"], &[]);
        let kept = separate_acts(
            vec![
                found(ask.clone(), None, false),
                found(extradite, Some(0), false),
                found(call, None, true),
            ],
            &mut earlier,
        );
        assert_eq!(kept, vec![ask]);
        // A known act of a type not told before stays.
        let attack = event(EventType::Assault, &["e1"], &["e2"]);
        let kept = separate_acts(vec![found(attack.clone(), None, true)], &mut earlier);
        assert_eq!(kept, vec![attack]);
    }

    #[test]
    fn a_governed_noun_of_the_same_type_lends_its_actors() {
        let killed = event(EventType::Assault, &[], &["e2"]);
        let bombing = event(EventType::Assault, &["e1"], &["e2"]);
        let kept = separate_acts(
            vec![
                found(killed, None, false),
                found(bombing.clone(), Some(0), false),
            ],
            &mut Vec::new(),
        );
        assert_eq!(kept, vec![bombing]);
        let hosted = event(EventType::Consult, &["e2"], &["e4"]);
        let meeting = event(EventType::Consult, &["e1"], &["e4"]);
        let kept = separate_acts(
            vec![found(hosted, None, false), found(meeting, Some(0), false)],
            &mut Vec::new(),
        );
        assert_eq!(kept[0].sources, vec!["e2".to_string(), "e1".to_string()]);
        assert_eq!(kept.len(), 1);
        // The victims of the killing did not make the bombing.
        let killed = event(EventType::Assault, &[], &["e1"]);
        let bombing = event(EventType::Assault, &["e1"], &[]);
        let kept = separate_acts(
            vec![
                found(killed.clone(), None, false),
                found(bombing, Some(0), false),
            ],
            &mut Vec::new(),
        );
        assert_eq!(kept, vec![killed]);
    }

    #[test]
    fn a_condemnation_keeps_the_act_it_condemns() {
        assert!(condemns(EventType::Accuse));
        assert!(!condemns(EventType::Request));
        assert!(!condemns(EventType::Consult));
    }
}
