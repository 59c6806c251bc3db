//! Stage: events — what happened, who did it to whom, when and where, coded in
//! PLOVER (with the CAMEO code alongside).
//!
//! Triggers come from a lexicon of verbs and event nouns ([`lexicon`]); actors
//! are read off the dependency parse ([`arguments`]: subject, object, "with"
//! and "against" phrases, passive agents, the subject of "held talks"), with
//! the entity mentions of the trigger's clause ([`actors`]) where the parse
//! names none; event nouns and agentless passives with no actor at all are
//! dropped; a city acting stands for its country's government; a
//! sentence's events are pruned to its separate acts ([`prune`]); modality
//! comes from the claim the event rests on (reported, denied), negation and
//! modal or intention words (hypothetical); dates are normalised against the
//! publication date ([`dates`]); the place is the "in X" phrase naming a
//! place.

mod actors;
mod arguments;
pub mod dates;
mod frame;
mod lexicon;
mod prune;
mod senses;

use std::ops::Range;

use chrono::NaiveDate;

use crate::document::{
    Claim, Document, EntityType, Event, EventDate, EventLocation, EventType, Modality, Span,
    Stance, Upos,
};
use crate::entities::{locate_mentions, Located};
use actors::actors;
use arguments::{parse_actors, Tree, UNNAMED_AGENTS};
use dates::date_at;
use lexicon::{
    finds_guilty, is_listed, listed_form, trigger_at, BLOCKED_MEASURE, FOUND_GUILTY, HELD_CAPTIVE,
    PEOPLE_HANDED_OVER, TELEPHONED, VERBAL_ATTACK,
};
use prune::{condemns, separate_acts, Found};

/// Cues whose object names the speaker's own act ("voiced support",
/// "announced a ban"), unlike "confirmed the attack" or "cited criticism".
const OWN_ACT_CUES: &[&str] = &[
    "voice", "express", "announce", "declare", "pledge", "promise", "offer", "propose", "suggest",
    "vow",
];

/// What `claim` says around `trigger`, up to its own attribution when a
/// quotation runs on after it ("“...,” Merkley said. “...”").
pub(super) fn said_part(claim: &Claim, trigger: Span) -> Option<Span> {
    let content = claim.content?;
    let attribution = claim.source.span.map_or(claim.cue, |s| s.cover(&claim.cue));
    let end = if attribution.start >= trigger.end && content.contains(&attribution) {
        attribution.start
    } else {
        content.end
    };
    Some(Span::new(content.start, end))
}

/// The tokens that `span` covers, in part or whole.
pub(super) fn token_range(doc: &Document, span: Span) -> Range<usize> {
    let start = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let end = doc.tokens.partition_point(|t| t.span.start < span.end);
    start..end
}

/// Words before a trigger that make it hypothetical.
const HYPOTHETICAL: &[&str] = &[
    "would",
    "could",
    "may",
    "might",
    "will",
    "shall",
    "should",
    "plans",
    "planned",
    "plan",
    "proposed",
    "threatened",
    "hoped",
    "hopes",
    "expected",
    "wants",
    "wanted",
    "to",
    "if",
    "intends",
    "ready",
    "considering",
];

/// Verbs of going, sending and using whose "to" clause is what they were
/// done for: "sent troops to quell", "used teargas to disperse", "went
/// before the legislature to urge".
const PURPOSEFUL: &[&str] = &[
    "use", "send", "deploy", "dispatch", "step", "move", "go", "come", "mount", "march", "gather",
    "travel", "arrive", "fly", "rush", "launch", "bring", "enter", "fight", "storm", "return",
];

/// The verb of [`PURPOSEFUL`] that the verb at token `k`, after "to", says
/// what was done for: it heads the adverbial clause or complement, or the
/// object the clause is on ("used teargas to disperse").
fn done_for(doc: &Document, k: usize) -> Option<usize> {
    let token = &doc.tokens[k];
    let purposeful = |h: &usize| PURPOSEFUL.contains(&doc.tokens[*h].lemma.as_str());
    match token.deprel.as_str() {
        // "took to the streets to protest", "took up arms to fight"; not
        // "took the decision to attack" (the clause is on the noun).
        "advcl" | "xcomp" => token
            .head
            .filter(|h| purposeful(h) || doc.tokens[*h].lemma == "take"),
        "acl" => token
            .head
            .filter(|&h| doc.tokens[h].deprel == "obj")
            .and_then(|h| doc.tokens[h].head)
            .filter(purposeful),
        _ => None,
    }
}

/// Words before a trigger that negate it.
const NEGATIONS: &[&str] = &["not", "n't", "never", "no"];

/// What "no" withholds about an act without denying it ("no reason for
/// detaining him", "no details of the arrests").
const UNGIVEN: &[&str] = &[
    "reason",
    "reasons",
    "explanation",
    "details",
    "detail",
    "comment",
    "information",
    "word",
    "date",
    "timetable",
];

/// Whether an event of this type is done together, each side to the other
/// (talks, an agreement, cooperation).
fn is_mutual(etype: EventType) -> bool {
    matches!(
        etype,
        EventType::Consult | EventType::Agree | EventType::Cooperate
    )
}

/// Two or more sources of a mutual event with no target are each other's
/// ("Armenia and Azerbaijan held talks": Armenia with Azerbaijan).
fn mutual_sides(
    etype: EventType,
    mut sources: Vec<String>,
    mut targets: Vec<String>,
) -> (Vec<String>, Vec<String>) {
    if is_mutual(etype) && sources.len() > 1 && targets.is_empty() {
        targets = sources.split_off(1);
    }
    (sources, targets)
}

/// Organs of a state that act, unnamed ("Police free hostages", "The army
/// executes people").
pub(super) const STATE_AGENTS: &[&str] = &[
    "police",
    "army",
    "troops",
    "troop",
    "soldier",
    "force",
    "government",
    "court",
    "navy",
    "military",
    "authorities",
    "authority",
    "regime",
];

/// Whether the word of force at `k` in `sentence` is used of words: "X
/// attacked the budget plan", "opposition leaders blast Okello", "fired
/// back at Kamau on Twitter", "his verbal assault on Kamau". Not when an
/// armed body acts ("Troops fired back at the gunmen").
fn words_as_force(doc: &Document, sentence: &Range<usize>, k: usize, mentions: &[Located]) -> bool {
    let token = &doc.tokens[k];
    let lemma = token.lemma.to_lowercase();
    if !matches!(lemma.as_str(), "attack" | "assault" | "blast" | "fire") {
        return false;
    }
    let verb = token.upos == Some(Upos::Verb);
    let child = |rel: &str| -> Vec<usize> {
        sentence
            .clone()
            .filter(|&c| doc.tokens[c].head == Some(k) && doc.tokens[c].deprel == rel)
            .collect()
    };
    let person = |c: usize| {
        mentions
            .iter()
            .any(|m| m.tokens.contains(&c) && actor_type(doc, m) == Some(EntityType::Person))
    };
    // "verbal" is read as an adjective or a noun.
    let verbal = child("amod")
        .into_iter()
        .chain(child("compound"))
        .any(|c| doc.slice(doc.tokens[c].span).eq_ignore_ascii_case("verbal"));
    // "fired back at Kamau", not "troops fired back" nor "fired back
    // with small arms".
    let at_person = child("obl").into_iter().any(|c| {
        person(c)
            && sentence
                .clone()
                .any(|p| doc.tokens[p].head == Some(c) && doc.slice(doc.tokens[p].span) == "at")
    });
    let fired_back = lemma == "fire"
        && at_person
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| doc.slice(t.span).eq_ignore_ascii_case("back"));
    let said_of = match lemma.as_str() {
        "attack" => verb || verbal,
        "assault" => verbal,
        // "Dole blasts Clinton", also with "blast" misread as an adjective
        // ("Republicans blast Barack Obama"), not "the blast".
        "blast" => {
            (verb && child("obj").into_iter().any(person))
                || (mentions.iter().any(|m| {
                    // Not "blast Kamau's convoy".
                    m.tokens.start == k + 1
                        && actor_type(doc, m) == Some(EntityType::Person)
                        && doc
                            .tokens
                            .get(m.tokens.end)
                            .is_none_or(|t| !matches!(doc.slice(t.span), "'s" | "’s"))
                }) && k > 0
                    && doc.tokens[k - 1].upos != Some(Upos::Det))
        }
        "fire" => verb && fired_back,
        _ => false,
    };
    said_of && (verbal || crate::syntax::attack_is_verbal(doc, sentence, k))
}

/// The type of the entity mentioned at `m`, if it is one that can act
/// (a person, organisation, state or people).
fn actor_type(doc: &Document, m: &Located) -> Option<EntityType> {
    doc.entities
        .iter()
        .find(|e| e.id == m.entity)
        .map(|e| e.etype)
        .filter(|t| {
            matches!(
                t,
                EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp
            )
        })
}

/// A token's word as the trigger lexicon and the sense tests read it: in
/// lower case, and a verb in the present tense, the tense of headlines, that
/// the lexicon lists in another form in that form ("expels" as "expelled";
/// "meets" as "met"), when its subject names an actor among `mentions`
/// ("Jordan expels", not "The dollar eases", "Cholera kills 50"). Not the
/// base form or the gerund, which stand more often for what is only
/// wished, planned or talked of ("to give the impression", "we're talking
/// about").
fn lexicon_word(
    doc: &Document,
    mentions: &[Located],
    sentence: &std::ops::Range<usize>,
    k: usize,
) -> String {
    let token = &doc.tokens[k];
    let lower = doc.slice(token.span).to_lowercase();
    let present = token.upos == Some(Upos::Verb) && matches!(token.xpos.as_str(), "VBZ" | "VBP");
    // Sports and markets: "Sampras beats Agassi", "Bayern crushes
    // Hamburg", "The Bundesbank lifts its discount rate".
    let scoreboard = matches!(
        token.lemma.as_str(),
        "beat" | "crush" | "lift" | "ease" | "decline"
    );
    if !present || scoreboard || is_listed(&lower) {
        return lower;
    }
    let Some(form) = listed_form(&token.lemma) else {
        return lower;
    };
    let actor = |j: usize| {
        mentions
            .iter()
            .any(|m| m.tokens.contains(&j) && actor_type(doc, m).is_some())
    };
    // "Gunman kills 16 children", "Police free hostages": agents unnamed.
    let agent = |j: usize| {
        let lemma = doc.tokens[j].lemma.to_lowercase();
        UNNAMED_AGENTS.contains(&lemma.as_str()) || STATE_AGENTS.contains(&lemma.as_str())
    };
    let acting_subject = sentence
        .clone()
        .filter(|&j| doc.tokens[j].head == Some(k) && doc.tokens[j].deprel == "nsubj")
        .any(|j| {
            actor(j) || agent(j) || (j > 0 && doc.tokens[j - 1].head == Some(j) && actor(j - 1))
        });
    if acting_subject {
        form.to_string()
    } else {
        lower
    }
}

/// Fills `doc.events`.
pub fn extract(doc: &mut Document) {
    let reference = doc
        .meta
        .reference_date()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let every_mention = locate_mentions(doc);
    let no_sponsors = without_sponsors(doc, every_mention.clone());
    let mut events = Vec::new();
    let mut earlier = Vec::new();
    for sentence in &doc.sentences {
        let mut found = Vec::new();
        let range = sentence.tokens.clone();
        let lower: Vec<String> = range
            .clone()
            .map(|k| lexicon_word(doc, &every_mention, &range, k))
            .collect();
        let tree = Tree::new(doc, range.clone());
        let mut i = 0;
        while i < lower.len() {
            let phoned =
                || crate::claims::telephoned(doc, range.start + i).then_some((&TELEPHONED, 1));
            let verdict = || finds_guilty(&lower, i).then_some((&FOUND_GUILTY, 1));
            let captive = || {
                tree.as_ref()
                    .is_some_and(|t| t.holds_captive(range.start + i))
                    .then_some((&HELD_CAPTIVE, 1))
            };
            let Some((trigger, len)) = trigger_at(&lower, i)
                .or_else(phoned)
                .or_else(verdict)
                .or_else(captive)
            else {
                i += 1;
                continue;
            };
            let first = range.start + i;
            let tokens = first..first + len;
            i += len;
            // "Israeli-backed militia": the backing is the sponsor's act.
            let sponsored = first >= 2
                && doc.slice(doc.tokens[first - 1].span) == "-"
                && every_mention.iter().any(|m| m.tokens.end == first - 1);
            let mentions = if sponsored {
                &every_mention
            } else {
                &no_sponsors
            };
            if mentions.iter().any(|m| m.tokens.contains(&first)) {
                continue; // a word of a name ("Red Cross Aid Committee")
            }
            // "job-killing regulations": what something does to a thing.
            let thing_compound = first >= 2
                && doc.slice(doc.tokens[first - 1].span) == "-"
                && lower[i - len].ends_with("ing")
                && doc.tokens[first - 2].upos == Some(Upos::Noun)
                && doc
                    .slice(doc.tokens[first - 2].span)
                    .starts_with(char::is_lowercase);
            if thing_compound {
                continue;
            }
            if tree.as_ref().is_some_and(|t| t.is_modifier(tokens.clone())) {
                continue; // "the occupied territories", "a renewed offensive"
            }
            if tree
                .as_ref()
                .is_some_and(|t| t.by_natural_force(tokens.clone()))
            {
                continue; // "An earthquake killed 10 people"
            }
            if tree.as_ref().is_some_and(|t| t.other_sense(tokens.clone())) {
                continue; // "shares declined 3 percent", "beat him in the final"
            }
            let after = &lower[i..(i + 4).min(lower.len())];
            let further = &lower[i..(i + 6).min(lower.len())];
            // "the talks blew up", "the row could blow up into a crisis": no
            // blast without a thing blown up or a bomb that blew.
            if lower[i - len] != "blown"
                && lower.get(i - 1).is_some_and(|w| w == "up")
                && tree.as_ref().is_some_and(|t| !t.blows_something_up(first))
            {
                continue;
            }
            // "will aid groups opposed to Saddam": the verb after a modal.
            let modal_before = i > len
                && matches!(
                    lower[i - len - 1].as_str(),
                    "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should"
                );
            let before = (i > len).then(|| lower[i - len - 1].as_str());
            let aid_verb = modal_before && matches!(lower[i - len].as_str(), "aid" | "relief");
            if (frame::ordinary_sense(&lower[i - len..i], after) && !aid_verb)
                || frame::nominal_participle(before, &lower[i - len..i], after)
                || frame::state_found(before, &lower[i - len..i])
                || frame::weapon_not_used(&lower[..i - len], &lower[i - len..i])
                || frame::asks_a_question(&lower[i - len..i], further)
            {
                continue; // "drove out to the airport", "his conviction that", "the accused"
            }
            // "Moscow did not say the rebels were behind the attack".
            let unsaid = (0..6)
                .scan(Some(first), |at, _| {
                    *at = at.and_then(|k| doc.tokens[k].head);
                    Some(*at)
                })
                .flatten()
                .any(|k| crate::claims::is_negated_saying(doc, k));
            if unsaid {
                continue;
            }
            if frame::about_commenting(&lower[i - len..i], after)
                || frame::interview_question(&lower[..i - len], &lower[i - len..i])
            {
                continue; // "declined to comment", "a request for comment", "Asked about it,"
            }
            let verbal_attack = len == 1 && words_as_force(doc, &range, first, &every_mention);
            // "Yeltsin fired Lebed": a dismissal of the person named.
            let person_fired = lower[i - len] == "fired"
                && every_mention.iter().any(|m| {
                    m.tokens.start == first + len && actor_type(doc, m) == Some(EntityType::Person)
                });
            if person_fired {
                continue;
            }
            let trigger = if verbal_attack {
                &VERBAL_ATTACK
            } else if tree
                .as_ref()
                .is_some_and(|t| t.blocks_a_measure(tokens.clone()))
            {
                &BLOCKED_MEASURE
            } else if frame::hands_over_people(&lower[i - len..i], &lower[..i - len], &lower[i..]) {
                &PEOPLE_HANDED_OVER
            } else {
                trigger
            };
            let span = doc.tokens[first]
                .span
                .cover(&doc.tokens[first + len - 1].span);
            let claim = doc
                .claims
                .iter()
                .find(|c| c.content.is_some_and(|s| s.contains(&span)));

            // The tokens of what the claim says around the trigger.
            let said = claim
                .and_then(|c| said_part(c, span))
                .map(|s| token_range(doc, s));
            let clause_start = said
                .as_ref()
                .map(|s| s.start)
                .filter(|&k| k >= range.start)
                .unwrap_or(range.start);
            // "Millom double murder: Man charged with killing ...": a
            // headline's label names its topic, not who acted.
            let label_end = (range.start..first.min(range.start + 6))
                .find(|&k| doc.slice(doc.tokens[k].span) == ":")
                .filter(|&colon| {
                    let label = range.start..colon;
                    label
                        .clone()
                        .all(|j| !matches!(doc.tokens[j].upos, Some(Upos::Verb | Upos::Aux)))
                        && label.into_iter().any(|j| {
                            doc.tokens[j].upos == Some(Upos::Noun)
                                && doc
                                    .slice(doc.tokens[j].span)
                                    .starts_with(char::is_lowercase)
                        })
                });
            let clause_start = label_end.map_or(clause_start, |colon| clause_start.max(colon + 1));
            let head = tree.as_ref().map_or(first, |t| t.head_of(tokens.clone()));
            // Not into a relative clause on the object ("fined companies it
            // accused of helping Moravia").
            let relative = tree
                .as_ref()
                .and_then(|t| t.relative_on_object(head))
                .filter(|&k| k > first)
                .unwrap_or(range.end);
            let clause_end = said
                .as_ref()
                .map_or(range.end, |s| s.end)
                .min(range.end)
                .min(relative);
            let actor_type = |m: &Located| actor_type(doc, m);
            let is_actor = |m: &Located| actor_type(m).is_some();
            let surface = || {
                // "Weeks after the shooting of Kamau, riots erupted": those in a
                // phrase of time are no parties to the act of the clause it dates.
                let time_phrase = tree.as_ref().and_then(|t| t.time_phrase(head));
                let scoped: Vec<Located> = mentions
                    .iter()
                    .filter(|m| {
                        !range.contains(&m.tokens.start)
                            || tree.as_ref().is_none_or(|t| {
                                // The phrase's own act may be the clause's
                                // subject's ("said after meeting Putin").
                                time_phrase.is_some() || t.time_phrase(m.tokens.start).is_none()
                            })
                    })
                    .cloned()
                    .collect();
                actors(
                    &scoped,
                    &actor_type,
                    &lower,
                    range.clone(),
                    clause_start,
                    clause_end,
                    tokens.clone(),
                )
            };
            // The parse first; the surface reading where it finds no actor.
            let (sources, targets) = match &tree {
                Some(tree) => {
                    let found =
                        parse_actors(tree, mentions, &is_actor, tokens.clone(), said.clone());
                    let want_sources = found.sources.is_empty() && !found.source_withheld;
                    let between = is_mutual(trigger.etype) && found.sources.len() > 1;
                    let want_targets = found.targets.is_empty()
                        && !found.settled
                        && !between
                        && !tree.is_subject_noun(tokens.clone());
                    let near = (want_sources || want_targets)
                        .then(surface)
                        .unwrap_or_default();
                    // "the army crushed protests": a state, if anyone nearby.
                    // A country, not the town where it happened ("police
                    // raided the house in Lodwar").
                    let is_state = |id: &String| {
                        doc.entities.iter().any(|e| {
                            &e.id == id
                                && e.etype == EntityType::Gpe
                                && e.kb_id
                                    .as_deref()
                                    .is_some_and(|k| k.starts_with("kb:country:"))
                        })
                    };
                    let sources = match (want_sources, found.state_subject) {
                        (true, true) => near.0.into_iter().filter(is_state).collect(),
                        (true, false) => near.0,
                        (false, _) => found.sources,
                    };
                    // "opposed by House Republicans": a name that modifies
                    // the source's, right before it, is the source's own.
                    let modifies_source = |t: &String| {
                        mentions.iter().any(|m| {
                            &m.entity == t
                                && range.contains(&m.tokens.start)
                                && mentions.iter().any(|s| {
                                    s.tokens.start == m.tokens.end && sources.contains(&s.entity)
                                })
                        })
                    };
                    let targets = if want_targets {
                        near.1
                            .into_iter()
                            .filter(|t| !sources.contains(t) && !modifies_source(t))
                            .filter(|t| {
                                found
                                    .patient
                                    .as_ref()
                                    .is_none_or(|p| stands_in(doc, mentions, p, t))
                            })
                            .collect()
                    } else {
                        found.targets
                    };
                    (sources, targets)
                }
                None => surface(),
            };
            let (mut sources, mut targets) = mutual_sides(trigger.etype, sources, targets);
            // A trigger that is a claim's cue is done by the claim's speaker,
            // whom the claims stage resolved, when the parse names no one or
            // the trigger is coordinated ("X said Y had declared war and
            // called for a strike": X called).
            let local = first - range.start;
            let coordinated = local > 0 && matches!(lower[local - 1].as_str(), "and" | "but");
            // "voiced support for the plan", "expressed his opposition": the
            // event noun that is what the cue's object says is the speaker's.
            let object_of_cue = |c: &&Claim| {
                let token = &doc.tokens[head];
                token.deprel == "obj"
                    && token.head.is_some_and(|h| {
                        c.cue.overlaps(&doc.tokens[h].span)
                            && OWN_ACT_CUES.contains(&doc.tokens[h].lemma.as_str())
                    })
                    && matches!(token.upos, Some(Upos::Noun))
            };
            let cue_object = doc
                .claims
                .iter()
                .find(object_of_cue)
                .and_then(|c| c.source.entity.clone().or(c.source.affiliation.clone()))
                .filter(|_| sources.is_empty());
            // The claim whose cue the trigger is, if any.
            let cue_claim = doc.claims.iter().find(|c| c.cue.overlaps(&span));
            let speaker = cue_claim
                .and_then(|c| c.source.entity.clone())
                .filter(|s| !sources.contains(s) && (sources.is_empty() || coordinated))
                .or(cue_object);
            if let Some(speaker) = speaker {
                targets.retain(|t| *t != speaker);
                sources = vec![speaker];
            }
            // What a claim says, when it is a question.
            let question = |c: &Claim| {
                c.content
                    .filter(|s| doc.slice(*s).trim_end().ends_with('?'))
            };
            // "\"Why are you still endorsing him?\" Obama asked": a
            // question, no request.
            let asks_a_question = trigger.etype == EventType::Request
                && lower[i - len].starts_with("ask")
                && cue_claim.and_then(question).is_some();
            // ... and what it asks about is not said to have happened.
            let questioned = claim.and_then(question).is_some_and(|c| {
                doc.text[span.end..c.end]
                    .chars()
                    .find(|ch| matches!(ch, '.' | '!' | '?'))
                    == Some('?')
            });
            if asks_a_question || questioned {
                continue;
            }
            let window = &lower[local.saturating_sub(4)..local];
            if frame::undone(trigger.etype, window) {
                continue; // "lifted the blockade": the lifting is the event
            }
            if let Some(t) = &tree {
                let object = t.object_lemma(head);
                if t.is_condition(head) || frame::said_not_given(trigger.etype, object.as_deref()) {
                    continue; // "only if the North accepted", "gave no details"
                }
                if trigger.etype == EventType::Threaten && t.subject_is_happening(head) {
                    continue; // "The fighting has threatened a peace plan": endangered
                }
            }
            // A promise, threat, refusal or stop is itself what happened.
            // A court's sentence to come ("He will be sentenced November 8")
            // is a sanction yet to be, no threat.
            let reframed = (trigger.mode != Some("convict"))
                .then(|| frame::reframe(trigger.etype, window))
                .flatten();
            // "used teargas to disperse students": an act's purpose (an
            // adverbial clause), done with it; not "a plan to attack" nor
            // "asked Germany to extradite him".
            // Its modality is that of the act it was done for: "flew to
            // Damascus to meet Assad" happened, "is due to fly to Damascus to
            // meet Assad" may yet.
            let governor = (local >= 1 && lower[local - 1] == "to")
                .then(|| done_for(doc, first))
                .flatten();
            let governor_hypothetical = governor.is_some_and(|g| {
                let g = g - range.start;
                lower[g.saturating_sub(4)..g]
                    .iter()
                    .any(|w| HYPOTHETICAL.contains(&w.as_str()))
            });
            // "plans to attack", "a plan to attack"; not "The plan drew criticism".
            // "continues to support": going on, not yet to be.
            let aspect = |k: usize| {
                k > 0
                    && matches!(
                        window[k - 1].as_str(),
                        "continue" | "continues" | "continued" | "continuing" | "began" | "begun"
                    )
            };
            // "in response to Iraqi attacks": "to" before a noun phrase is a
            // preposition, not an infinitive's mark.
            let window_start = range.start + local.saturating_sub(4);
            let infinitive = |k: usize| {
                let after = window_start + k + 1;
                [after, first]
                    .iter()
                    .any(|&j| doc.tokens[j].upos == Some(Upos::Verb))
            };
            let marks = |k: usize, w: &String| {
                !(w == "to" && (aspect(k) || !infinitive(k)))
                    && HYPOTHETICAL.contains(&w.as_str())
                    && (!matches!(w.as_str(), "plan" | "plans")
                        || window.get(k + 1).is_some_and(|n| n == "to")
                        || k + 1 == window.len() && lower.get(local).is_some_and(|n| n == "to"))
            };
            let hypothetical = match governor {
                Some(_) => governor_hypothetical,
                None => window.iter().enumerate().any(|(k, w)| marks(k, w)),
            } || tree.as_ref().is_some_and(|t| t.is_time_to_come(head));
            // "a meeting failed to materialise", "talks have yet to resume".
            let next = &lower[(local + len).min(lower.len())..(local + len + 3).min(lower.len())];
            let fell_through = frame::fell_through(next)
                || tree.as_ref().is_some_and(|t| t.subject_of_failure(head));
            let modality = match claim {
                Some(c) if c.stance == Stance::Deny => Modality::Denied,
                Some(_) if reframed.is_some() => Modality::Reported,
                None if reframed.is_some() => Modality::Asserted,
                // "a no-confidence motion": no negation.
                _ if window.iter().enumerate().any(|(k, w)| {
                    NEGATIONS.contains(&w.as_str())
                        && window.get(k + 1).is_none_or(|n| n != "-")
                        // "gave no reason for detaining him": the detention
                        // happened.
                        && !window
                            .get(k + 1)
                            .is_some_and(|n| UNGIVEN.contains(&n.as_str()))
                }) =>
                {
                    Modality::Negated
                }
                _ if fell_through || frame::not_done(window) => Modality::Negated,
                // "stopped the gunmen from attacking", "thwarted an attack".
                _ if tree
                    .as_ref()
                    .is_some_and(|t| t.is_prevented(tokens.clone())) =>
                {
                    Modality::Negated
                }
                _ if hypothetical => Modality::Hypothetical,
                Some(_) => Modality::Reported,
                // "is accused of fatally shooting": the accuser's word.
                None if tree
                    .as_ref()
                    .is_some_and(|t| t.is_charged_act(tokens.clone())) =>
                {
                    Modality::Reported
                }
                None => Modality::Asserted,
            };
            let may_lack_actors = tree
                .as_ref()
                .is_none_or(|t| t.may_lack_actors(tokens.clone()));
            if sources.is_empty() && targets.is_empty() && !may_lack_actors {
                continue; // no participant at all: too vague to code
            }
            // "most awaiting trial on drugs charges": those charged.
            if tree
                .as_ref()
                .is_some_and(|t| t.accusation_faced(tokens.clone()))
            {
                for s in sources.drain(..) {
                    if !targets.contains(&s) {
                        targets.insert(0, s);
                    }
                }
            }
            let sources: Vec<String> = sources
                .into_iter()
                .map(|s| government_of(doc, &s).unwrap_or(s))
                .collect();
            // "arrested Kamau at his home in Ostrava": where it happened is
            // no target beside the one it happened to.
            let placed = |t: &String| only_placed(doc, mentions, t, range.clone());
            if targets.iter().any(|t| !placed(t)) {
                targets.retain(|t| !placed(t));
            }
            let event = Event {
                id: String::new(),
                etype: reframed.map_or(trigger.etype, |(t, _)| t),
                mode: trigger
                    .mode
                    .filter(|_| reframed.is_none())
                    .map(str::to_string),
                cameo: Some(reframed.map_or(trigger.cameo, |(_, c)| c).to_string()),
                sources,
                targets,
                trigger: span,
                modality,
                claim: claim.map(|c| c.id.clone()),
                date: sentence_date(
                    doc,
                    range.clone(),
                    reference,
                    modality == Modality::Hypothetical,
                ),
                location: place_after(doc, mentions, first + len, range.end),
            };
            found.push((event, head));
        }
        let heads: Vec<usize> = found.iter().map(|f| f.1).collect();
        let types: Vec<EventType> = found.iter().map(|f| f.0.etype).collect();
        let found: Vec<Found> = found
            .into_iter()
            .map(|(event, head)| {
                let tree = tree.as_ref();
                Found {
                    event,
                    governor: tree
                        .and_then(|t| t.governed_by(head, &heads))
                        .filter(|g| g.through_verb || !condemns(types[g.index]))
                        .map(|g| g.index),
                    definite: tree.is_some_and(|t| t.is_definite_noun(head)),
                }
            })
            .collect();
        events.extend(separate_acts(found, &mut earlier));
    }
    for (k, e) in events.iter_mut().enumerate() {
        e.id = format!("v{}", k + 1);
    }
    doc.events = events;
}

/// Participles that, hyphenated to a name, make it the sponsor or the base
/// of what follows ("U.S.-mediated talks", "Iranian-backed guerrillas").
const SPONSORING: &[&str] = &[
    "led",
    "mediated",
    "brokered",
    "sponsored",
    "backed",
    "funded",
    "based",
    "supported",
];

/// Nouns after "X-led" that are X's own forces: "U.S.-led forces attacked",
/// "the NATO-led peace force".
const OWN_FORCES: &[&str] = &[
    "forces",
    "troops",
    "coalition",
    "army",
    "alliance",
    "force",
    "peacekeepers",
    "peacekeeping",
    "warplanes",
    "jets",
    "aircraft",
    "planes",
    "contingent",
    "mission",
    "operation",
];

/// The mentions without those of sponsors and bases, which are no party to
/// what follows: "The fighting has threatened a U.S.-led peace plan",
/// "Iranian-backed guerrillas attacked" (but "U.S.-led forces attacked").
fn without_sponsors(doc: &Document, mentions: Vec<Located>) -> Vec<Located> {
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .map(|t| doc.slice(t.span).to_lowercase())
            .unwrap_or_default()
    };
    mentions
        .into_iter()
        .filter(|m| {
            let end = m.tokens.end;
            let participle = word(end + 1);
            let sponsor = word(end) == "-" && SPONSORING.contains(&participle.as_str());
            let own_forces = participle == "led"
                && (end + 2..end + 5).any(|k| OWN_FORCES.contains(&word(k).as_str()));
            !sponsor || own_forces
        })
        .collect()
}

/// The country whose government a city acting as a source stands for
/// ("Bonn appeals", "Moscow sent troops"), when the document names that
/// country: a city does not act, its government does.
fn government_of(doc: &Document, id: &str) -> Option<String> {
    let city = doc.entities.iter().find(|e| e.id == id)?;
    let is_city = city.etype == EntityType::Gpe
        && city
            .kb_id
            .as_deref()
            .is_some_and(|k| k.starts_with("kb:geo:"));
    let code = city.country.as_deref().filter(|_| is_city)?;
    let country = format!("kb:country:{code}");
    doc.entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some(country.as_str()))
        .map(|e| e.id.clone())
}

/// Whether the entity `id`, which the surface reading offers as a target,
/// may stand in for the one acted upon whose phrase is at `patient`: named
/// inside that phrase, or a place named in a phrase of its own ("in
/// Nairobi", "from Lebanon"); not "vetoed his bid while Kenya backed him".
fn stands_in(doc: &Document, mentions: &[Located], patient: &Range<usize>, id: &str) -> bool {
    let place = || {
        doc.entities.iter().any(|e| {
            e.id == id && matches!(e.etype, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
        })
    };
    mentions.iter().any(|m| {
        m.entity == id
            && (patient.contains(&m.tokens.start) || (after_preposition(doc, m) && place()))
    })
}

/// Whether the mention `m` follows a preposition ("in Nairobi", "from
/// Lebanon", "against the United States"): a place named in a phrase of
/// the clause, not a subject or object of its own ("while Kenya backed
/// him").
fn after_preposition(doc: &Document, m: &Located) -> bool {
    let at = |back: usize| m.tokens.start.checked_sub(back).map(|j| &doc.tokens[j]);
    let preposition = |back: usize| at(back).is_some_and(|t| t.upos == Some(Upos::Adp));
    // "from neighbouring Lebanon", "against the United States".
    let modifier = at(1).is_some_and(|t| matches!(t.upos, Some(Upos::Det | Upos::Adj)));
    preposition(1) || (modifier && preposition(2))
}

/// The first date expression of the sentence, normalised.
fn sentence_date(
    doc: &Document,
    range: std::ops::Range<usize>,
    reference: Option<NaiveDate>,
    future: bool,
) -> Option<EventDate> {
    let words: Vec<&str> = doc.tokens[range.clone()]
        .iter()
        .map(|t| doc.slice(t.span))
        .collect();
    // A dateline's date is the story's, not an event's.
    let skip = doc.meta.dateline.as_ref().map(|d| d.span);
    for k in 0..words.len() {
        let at = doc.tokens[range.start + k].span;
        if skip.is_some_and(|d| d.contains(&at)) {
            continue;
        }
        if let Some(found) = date_at(&words[k..], reference, future) {
            let end = doc.tokens[range.start + k + found.len - 1].span;
            return Some(EventDate {
                span: Span::new(at.start, end.end),
                value: found.value,
            });
        }
    }
    None
}

/// Whether the entity `id` is named in the sentence `sentence` only in
/// phrases of place, before the trigger or after it ("in Ostrava", "outside
/// San Angelo", "in Colorado and Louisiana", "On Sunday near Chicago he
/// accused ..."), not as an owner ("at Nixon's home").
fn only_placed(doc: &Document, mentions: &[Located], id: &str, sentence: Range<usize>) -> bool {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let mut previous_placed = false;
    let mut named = false;
    for m in mentions
        .iter()
        .filter(|m| sentence.contains(&m.tokens.start))
    {
        let before = m.tokens.start.checked_sub(1).map(word);
        let place = doc.entities.iter().any(|e| {
            e.id == m.entity
                && matches!(e.etype, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
        });
        let placed = place
            && m.tokens.end < sentence.end
            && !matches!(word(m.tokens.end), "'s" | "’s")
            && match before {
                Some("in" | "near" | "at" | "outside" | "inside" | "across" | "throughout") => true,
                Some("and" | "or" | ",") => previous_placed,
                _ => false,
            };
        if m.entity == id {
            if !placed {
                return false;
            }
            named = true;
        }
        previous_placed = placed;
    }
    named
}

/// The place of "in X" after the trigger, where X is a place entity.
fn place_after(
    doc: &Document,
    mentions: &[Located],
    from: usize,
    end: usize,
) -> Option<EventLocation> {
    let located = mentions.iter().find(|m| {
        m.tokens.start > from
            && m.tokens.end <= end
            && matches!(
                doc.slice(doc.tokens[m.tokens.start - 1].span),
                "in" | "near" | "at"
            )
    })?;
    let entity = doc.entities.iter().find(|e| e.id == located.entity)?;
    if !matches!(
        entity.etype,
        EntityType::Gpe | EntityType::Loc | EntityType::Fac
    ) {
        return None;
    }
    let span = doc.tokens[located.tokens.start]
        .span
        .cover(&doc.tokens[located.tokens.end - 1].span);
    let place = crate::kb::Kb::get()
        .place(doc.slice(span), entity.country.as_deref())
        .into_iter()
        .next();
    Some(EventLocation {
        span,
        name: Some(
            place
                .as_ref()
                .map_or(entity.name.clone(), |p| p.name.to_string()),
        ),
        country: place
            .as_ref()
            .and_then(|p| p.country.map(str::to_string))
            .or_else(|| entity.country.clone()),
        coordinates: place.and_then(|p| p.coordinates),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, Entity, EntityMention};

    fn with_entities(text: &str, published: &str, names: &[(&str, EntityType)]) -> Document {
        let meta = DocMeta {
            published: Some(published.into()),
            ..Default::default()
        };
        let mut doc = Document::new(meta, text.into());
        crate::text::segment(&mut doc);
        for (k, (name, etype)) in names.iter().enumerate() {
            let start = doc.text.find(name).unwrap();
            doc.entities.push(Entity {
                id: format!("e{}", k + 1),
                name: name.to_string(),
                etype: *etype,
                aliases: vec![name.to_string()],
                mentions: vec![EntityMention {
                    span: Span::new(start, start + name.len()),
                    label: *etype,
                }],
                roles: vec![],
                country: None,
                sector: None,
                kb_id: None,
            });
        }
        crate::claims::extract(&mut doc);
        extract(&mut doc);
        doc
    }

    #[test]
    fn a_verbal_attack_is_a_criticism() {
        let text = "Title\n\nSenator John Smith attacked the budget plan. Rebels attacked an \
                    army convoy near Goma.";
        let doc = processed(text);
        let found: Vec<(EventType, usize, usize)> = doc
            .events
            .iter()
            .map(|e| (e.etype, e.sources.len(), e.targets.len()))
            .collect();
        use crate::document::EventType;
        // PLOVER codes the place of an act as its target when no one else is.
        assert_eq!(
            found,
            [(EventType::Accuse, 1, 0), (EventType::Assault, 0, 1)]
        );
        assert_eq!(doc.events[0].mode.as_deref(), Some("disapprove"));
        let place = doc.events[1].location.as_ref().and_then(|l| l.name.clone());
        assert_eq!(place.as_deref(), Some("Goma"));
    }

    /// Force used of words: a blast at a person, firing back at one, a
    /// verbal assault; not firing back with arms.
    #[test]
    fn blasts_and_verbal_assaults_are_criticisms() {
        use crate::document::EventType;
        for (text, etype) in [
            (
                "Title\n\nRepublicans blast Barack Obama after the vote.",
                EventType::Accuse,
            ),
            (
                "Title\n\nTrump continued his verbal assault on Hillary Clinton.",
                EventType::Accuse,
            ),
            (
                "Title\n\nThe merchant ship fired back with small arms.",
                EventType::Assault,
            ),
        ] {
            let doc = processed(text);
            let types: Vec<EventType> = doc.events.iter().map(|e| e.etype).collect();
            assert_eq!(types, [etype], "{text}");
        }
    }

    /// Words that only look like triggers code nothing; a sponsor is no
    /// party; an act's purpose happened with it.
    #[test]
    fn nouns_sponsors_and_purposes() {
        let text = "Title\n\nThe accused showed no sign of emotion. His statement gave no \
                    venue. The gunmen forced him to sign an undertaking. The rebels have \
                    threatened a U.S.-led peace plan. The fighting has threatened the truce. Police used teargas to disperse Serb \
                    students. The Russian crew overpowered their Taleban guards.";
        let doc = processed(text);
        let found: Vec<(&str, EventType, usize, Modality)> = doc
            .events
            .iter()
            .map(|e| (doc.slice(e.trigger), e.etype, e.targets.len(), e.modality))
            .collect();
        use crate::document::EventType;
        assert_eq!(
            found,
            [
                ("threatened", EventType::Threaten, 0, Modality::Asserted),
                ("disperse", EventType::Coerce, 1, Modality::Asserted),
                ("overpowered", EventType::Assault, 1, Modality::Asserted),
            ]
        );
    }

    /// A main clause the parser hung off its subject ("Israeli troops
    /// cracked down on Hamas") is still done by the subject; the name on an
    /// attack someone was killed in is the attacker; the antecedent of a
    /// passive relative clause is acted upon; the agent of a participle on
    /// an event noun is its source.
    /// Destroying property, taking hostages, ruling out and pacts; "a
    /// no-confidence motion" negates nothing.
    #[test]
    fn property_hostages_refusals_and_pacts() {
        let text = "Title\n\nIsraeli troops ransacked a Bedouin camp. Kurdish guerrillas took \
                    three hostage. The Dutch government ruled out paying a ransom. Hekmatyar \
                    made a peace pact with Rabbani. Thai deputies filed a no-confidence motion \
                    accusing Banharn of incompetence.";
        let doc = processed(text);
        let found: Vec<(EventType, &str, Modality)> = doc
            .events
            .iter()
            .map(|e| (e.etype, doc.slice(e.trigger), e.modality))
            .collect();
        use EventType::*;
        assert_eq!(
            found,
            [
                (Assault, "ransacked", Modality::Asserted),
                (Assault, "hostage", Modality::Asserted),
                (Reject, "ruled out", Modality::Asserted),
                (Agree, "pact", Modality::Asserted),
                (Accuse, "accusing", Modality::Asserted),
            ]
        );
    }

    /// Each event's trigger with the names of its sources and targets.
    /// `text` run through the whole pipeline.
    fn processed(text: &str) -> Document {
        crate::pipeline::Pipeline::new()
            .process(Document::new(DocMeta::default(), text.to_string()))
    }

    fn coded(doc: &Document) -> Vec<(&str, Vec<String>, Vec<String>)> {
        let name = |id: &String| {
            let e = doc.entities.iter().find(|e| &e.id == id);
            e.map(|e| e.name.clone()).unwrap_or_default()
        };
        doc.events
            .iter()
            .map(|e| {
                (
                    doc.slice(e.trigger),
                    e.sources.iter().map(name).collect(),
                    e.targets.iter().map(name).collect(),
                )
            })
            .collect()
    }

    /// A quoted speaker's "they" or "he" is someone else; an accusation
    /// faced is made against those who face it; a place named before the
    /// trigger is no target beside the one acted upon.
    #[test]
    fn quoted_pronouns_charges_faced_and_places_before() {
        let doc = processed(
            "Title\n\n\"We are leaving,\" Lena Osei told the crowd. \"They have said bad \
             things about Dara Kamau and have apologized.\"",
        );
        let found = coded(&doc);
        let apologized = found
            .iter()
            .find(|e| e.0 == "apologized")
            .expect("apologized");
        assert!(
            !apologized.1.contains(&"Lena Osei".to_string()),
            "{found:?}"
        );
        let doc = processed("Tomas Velik was in the prison, awaiting trial on drugs charges.");
        let found = coded(&doc);
        let charges = found.iter().find(|e| e.0 == "charges").expect("charges");
        assert!(
            charges.1.is_empty() && charges.2 == ["Tomas Velik"],
            "{found:?}"
        );
        let doc = processed("On Sunday near Ostrava he accused Lena Osei of lying.");
        let found = coded(&doc);
        assert_eq!(
            found.first().map(|e| e.2.clone()),
            Some(vec!["Lena Osei".to_string()])
        );
    }

    /// An act with no actor named is kept only when people or a force do
    /// it ("Protesters hurled stones", "Both officers fired"), not when a
    /// thing or no one does ("The loophole allows buyers to ...").
    #[test]
    fn acts_without_actors_need_people_doing_them() {
        for text in [
            "The loophole allows gun buyers to purchase a gun.",
            "The product, delivered eight months late, has fallen short.",
            "The new rules allow market makers to show better prices.",
        ] {
            assert!(processed(text).events.is_empty(), "{text}");
        }
        for (text, trigger) in [
            (
                "Protesters hurled stones at the parliament.",
                "hurled stones",
            ),
            ("Both officers fired eleven shots at the car.", "fired"),
            ("Both sides agreed to extend the ceasefire.", "agreed"),
            (
                "The corrections department was probing the escape.",
                "probing",
            ),
            ("The factions should agree to appoint a leader.", "agree"),
        ] {
            let doc = processed(text);
            let found = coded(&doc);
            assert!(found.iter().any(|e| e.0 == trigger), "{text}: {found:?}");
        }
    }

    /// The event noun a cue's object names is the speaker's own act
    /// ("voiced support"), not that of what is cited or confirmed.
    #[test]
    fn what_a_speaker_voices_is_the_speakers_act() {
        let doc = processed("Iranian officials voiced support for the Kurdish rebels in Iraq.");
        let found = coded(&doc);
        assert_eq!(found[0].0, "support");
        assert_eq!(found[0].1, vec!["Iran".to_string()]);
        // Police placed in a town are not the town's.
        let doc = processed("Police in Lodwar raided the house of a suspect.");
        assert!(coded(&doc)[0].1.is_empty());
        // Who planted the bomb set it off.
        let doc =
            processed("A roadside bomb planted by the Taliban killed three British soldiers.");
        assert_eq!(coded(&doc)[0].1, vec!["Taliban".to_string()]);
        // A participle's clause shares its subject.
        let doc = processed("After meeting Milosevic, Kornblum flew to Zagreb.");
        assert_eq!(coded(&doc)[0].1, vec!["Kornblum".to_string()]);
        let doc = processed("He cited criticism of NBC's Matt Lauer.");
        assert!(coded(&doc).iter().all(|(_, sources, _)| sources.is_empty()));
    }

    /// Who acts when the parser found no main verb, or a headline drops its
    /// "was": "Thousands of Tamils demonstrated", "Iraq accused of hiding
    /// weapons"; and who undergoes "came under attack from".
    #[test]
    fn headlines_crowds_and_attacks_undergone() {
        let text = "Title\n\nThousands of Tamils demonstrated outside the United Nations \
                    office. Iraq accused of hiding weapons. Beijing has come under attack from \
                    Western nations. The European Union fined companies it accused of helping \
                    Moravia.";
        let doc = processed(text);
        let found = coded(&doc);
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            found,
            [
                (
                    "demonstrated",
                    names(&["Tamils"]),
                    names(&["United Nations"])
                ),
                ("accused", names(&[]), names(&["Iraq"])),
                ("attack", names(&["Westerners"]), names(&["China"])),
                ("accused", names(&["European Union"]), names(&["Moravia"])),
            ]
        );
    }

    /// A visit that a traveller is on: who came, and where to.
    #[test]
    fn a_visit_one_is_on_is_the_travellers() {
        let text = "Title\n\nForeign Minister Klaus Kinkel, who arrived in Poland on a \
                    two-day visit, said the border would stay open. The minister travelled to \
                    Kenya on a visit.";
        let doc = processed(text);
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            coded(&doc),
            [
                ("visit", names(&["Klaus Kinkel"]), names(&["Poland"])),
                ("visit", names(&[]), names(&["Kenya"])),
            ]
        );
    }

    /// "no reason for" an act and "in response to" one presuppose it; a
    /// denial of a charge does not reach the speaker's next act.
    #[test]
    fn presupposed_acts_and_denials_that_end() {
        let doc = processed(
            "Title\n\nPolice gave no reason for detaining Okoro. Clinton sent ships in \
             response to Iraqi attacks on Kurdish villages. Mobutu denied the charge and \
             reached an agreement with the rebels.",
        );
        let modalities: Vec<(&str, Modality)> = doc
            .events
            .iter()
            .map(|e| (doc.slice(e.trigger), e.modality))
            .collect();
        assert!(
            modalities.contains(&("detaining", Modality::Asserted)),
            "{modalities:?}"
        );
        assert!(
            modalities.contains(&("attacks", Modality::Asserted)),
            "{modalities:?}"
        );
        assert!(
            modalities.contains(&("agreement", Modality::Asserted)),
            "{modalities:?}"
        );
    }

    /// Both parties of a headline's "A, B sign" and of "A troops and B
    /// forces" act, however the parser joined them.
    #[test]
    fn both_coordinated_parties_act() {
        let doc = processed(
            "Lebed, Chechens sign framework political deal.\n\nAlexander Lebed met rebel \
             leaders. Both Rwandan troops and Kavala Front forces were attacking the town of Gulu.",
        );
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let found = coded(&doc);
        assert!(
            found.contains(&("sign", names(&["Alexander Lebed", "Chechnya"]), names(&[]))),
            "{found:?}"
        );
        assert!(
            found.contains(&(
                "attacking",
                names(&["Rwanda", "Kavala Front"]),
                names(&["Gulu"])
            )),
            "{found:?}"
        );
    }

    /// What an outlet quotes others as saying is not the outlet's doing,
    /// though the parser joins the reported verb to "quoted".
    #[test]
    fn a_quoting_outlet_does_not_act() {
        let doc = processed(
            "Title\n\nRadio Uno quoted local police as saying 30 armed men attacked the convoy.",
        );
        let found = coded(&doc);
        let attacked = found.iter().find(|(t, _, _)| *t == "attacked");
        assert!(attacked.is_some_and(|(_, s, _)| s.is_empty()), "{found:?}");
    }

    /// An unnamed army or police force is no person named nearby.
    #[test]
    fn an_unnamed_state_organ_is_no_nearby_person() {
        let doc = processed(
            "Title\n\nTomas Varga was jailed for two years after the army crushed protests by \
             students in Kavala.",
        );
        let crushed = coded(&doc)
            .into_iter()
            .find(|(t, _, _)| *t == "crushed")
            .expect("crushed");
        assert!(crushed.1.is_empty(), "{crushed:?}");
    }

    /// A town or a blast's place named before the attack is where it struck;
    /// what is blamed on someone is theirs, and they are accused.
    #[test]
    fn places_struck_and_attacks_blamed() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let coded_in = |text: &str| {
            coded(&processed(&format!("Title\n\n{text}")))
                .into_iter()
                .map(|(t, s, g)| (t.to_string(), s, g))
                .collect::<Vec<_>>()
        };
        let event = |t: &str, s: &[&str], g: &[&str]| (t.to_string(), names(s), names(g));
        let found = coded_in("Two die in Kenya restaurant blast.");
        assert_eq!(found, [event("blast", &[], &["Kenya"])]);
        let found = coded_in("The Israel raid on Gaza was condemned.");
        assert!(
            found.contains(&event("raid", &["Israel"], &["Gaza Strip"])),
            "{found:?}"
        );
        let found = coded_in("Police blamed the Nairobi bombing on the Kavala Front.");
        assert_eq!(
            found,
            [
                event("blamed", &[], &["Kavala Front"]),
                event("bombing", &["Kavala Front"], &["Kenya"])
            ]
        );
        let found = coded_in("Hundreds were killed in attacks blamed on Tamil rebels.");
        assert!(
            found.contains(&event("killed", &["Tamils"], &[])),
            "{found:?}"
        );
    }

    /// A place before an agentless bombing is no bomber, and a clause after
    /// "after" that the parser joined to the main verb keeps its own subject.
    #[test]
    fn bombs_and_clauses_after_after() {
        let text = "Title\n\nIn Dhahran, 19 U.S. airmen were killed by a bomb. The Russians \
                    postponed the talks after a Chechen band disarmed a column of troops.";
        let doc = processed(text);
        let sources = |trigger: &str| {
            let e = doc.events.iter().find(|e| doc.slice(e.trigger) == trigger);
            let e = e.unwrap_or_else(|| panic!("no {trigger}: {:?}", doc.events));
            let names: Vec<&str> = e
                .sources
                .iter()
                .filter_map(|id| doc.entities.iter().find(|n| &n.id == id))
                .map(|n| n.name.as_str())
                .collect();
            names
        };
        assert!(sources("killed").is_empty());
        assert_eq!(sources("disarmed"), ["Chechnya"]);
    }

    /// The one invited meets; the sides of a fight between them fight; the
    /// ones asked, named or not, are the ones who discuss; an unnamed
    /// antecedent of "which" acts, not the nearest name.
    #[test]
    fn who_acts_in_infinitives_and_between() {
        let text = "Title\n\nIsraeli President Ezer Weizman has invited Yasser Arafat to meet \
                    him at his private home. The United States said it had brokered a ceasefire \
                    to end six days of fighting between the two main Kurdish factions. Lauer \
                    asked the candidates to discuss their ideas.";
        let doc = processed(text);
        let found = coded(&doc);
        let sources = |trigger: &str| {
            let e = found.iter().find(|(t, _, _)| *t == trigger);
            e.unwrap_or_else(|| panic!("no {trigger}: {found:?}"))
                .1
                .clone()
        };
        assert_eq!(sources("meet"), ["Yasser Arafat"]);
        let doc = processed(
            "Title\n\nPenrose had been working for the charity which provides food to civilians.",
        );
        assert!(coded(&doc).iter().all(|(_, sources, _)| sources.is_empty()));
        assert_eq!(sources("fighting"), ["Kurds"]);
        assert!(sources("discuss").is_empty());
    }

    /// Both names of a hyphenated pair before the talks take part in them.
    #[test]
    fn both_names_of_a_hyphenated_pair_talk() {
        let text = "Title\n\nThe Israel-PLO talks ended on Friday.";
        let doc = processed(text);
        let found = coded(&doc);
        assert_eq!(found[0].0, "talks");
        assert_eq!(found[0].1, ["Israel"]);
        assert_eq!(found[0].2, ["Palestine Liberation Organization"]);
    }

    /// The possessor of an arrest or a killing underwent it; a lawyer is not
    /// the client, nor a man in Cairo the city; the one found stabbed was
    /// stabbed.
    #[test]
    fn who_underwent_it_and_who_did_not_act() {
        let text = "Title\n\nPolice charged two officials in connection with Mia's killing. \
                    Lauck's lawyer vowed he would appeal. Three girls were shot by a man in \
                    Cairo. A Libyan man has been found stabbed to death in Malta.";
        let doc = processed(text);
        let found = coded(&doc);
        let roles = |trigger: &str| {
            let e = found.iter().find(|(t, _, _)| *t == trigger);
            let e = e.unwrap_or_else(|| panic!("no {trigger}: {found:?}"));
            (e.1.clone(), e.2.clone())
        };
        assert_eq!(roles("killing"), (vec![], vec!["Mia".to_string()]));
        assert!(roles("vowed").0.is_empty(), "{found:?}");
        assert!(roles("shot").0.is_empty(), "{found:?}");
        assert_eq!(roles("stabbed"), (vec![], vec!["Libya".to_string()]));
    }

    /// A country's arrests are its own; rebels in a region act for it; a
    /// row that blows up and miners' strikes are no attacks; a parliament
    /// building is seized.
    #[test]
    fn limits_of_the_possessor_place_and_new_trigger_rules() {
        let text = "Title\n\nTurkey's arrests have alarmed the European Union. Rebels in \
                    Chechnya attacked a Russian convoy. The talks blew up over the issue of \
                    Jerusalem. Miners mounted strikes over unpaid wages. Rebels seized control \
                    of the parliament building.";
        let doc = processed(text);
        let found = coded(&doc);
        let triggers: Vec<&str> = found.iter().map(|(t, _, _)| *t).collect();
        assert!(!triggers.contains(&"blew up"), "{found:?}");
        assert!(!triggers.contains(&"strikes"), "{found:?}");
        assert!(triggers.contains(&"seized control"), "{found:?}");
        let sources = |trigger: &str| {
            found
                .iter()
                .find(|(t, _, _)| *t == trigger)
                .map(|e| e.1.clone())
                .unwrap_or_default()
        };
        assert_eq!(sources("arrests"), ["Turkey"]);
        assert_eq!(sources("attacked"), ["Chechnya"]);
    }

    /// "continues to support" goes on: asserted, not hypothetical.
    #[test]
    fn continuing_is_no_plan() {
        let text = "Title\n\nIran continues to support Hezbollah guerrillas in Lebanon.";
        let doc = processed(text);
        assert_eq!(
            doc.events[0].modality,
            Modality::Asserted,
            "{:?}",
            doc.events
        );
    }

    /// "They" after a plural subject that names no one is no earlier
    /// speaker.
    #[test]
    fn they_after_an_unnamed_plural_is_no_speaker() {
        let text = "Title\n\nAmnesty International said the prisoners were freed on Monday. \
                    They had been arrested in March.";
        let doc = processed(text);
        let found = coded(&doc);
        assert!(
            found.iter().all(|(_, _, targets)| targets.is_empty()),
            "{found:?}"
        );
    }

    /// Stabbing, blowing up, taking control and barring are coded; control
    /// of a legislature is no seizure.
    #[test]
    fn stabbings_blasts_and_seizures_of_control() {
        let text = "Title\n\nA man stabbed two tourists. Rebels blew up a bridge near Jaffna. \
                    Shining Path rebels took control of a village. Israel barred Arafat from \
                    flying. The vote helped Republicans take control of the House.";
        let doc = processed(text);
        let types: Vec<(&str, EventType)> = doc
            .events
            .iter()
            .map(|e| (doc.slice(e.trigger), e.etype))
            .collect();
        assert_eq!(
            types,
            [
                ("stabbed", EventType::Assault),
                ("blew up", EventType::Assault),
                ("took control", EventType::Coerce),
                ("barred", EventType::Coerce),
            ]
        );
    }

    /// A manoeuvre five words after "executed", and a body found hanged,
    /// are no attacks.
    #[test]
    fn turns_executed_and_bodies_found_are_no_attacks() {
        let text = "Title\n\nThe government executed a sharp U-turn on taxes. The journalist \
                    was found hanged in his cell.";
        let doc = processed(text);
        assert!(doc.events.is_empty(), "{:?}", coded(&doc));
    }

    /// "Yeltsin fired Lebed" dismisses him.
    #[test]
    fn firing_a_person_is_no_attack() {
        let doc = processed("Title\n\nBoris Yeltsin fired Alexander Lebed on Thursday.");
        assert!(doc.events.is_empty(), "{:?}", coded(&doc));
    }

    /// "convicted child rapist" says what someone is: no conviction coded.
    #[test]
    fn what_offenders_are_called_is_no_event() {
        let text = "Title\n\nHe named Bernard Weinstein, an accomplice of convicted child \
                    rapist Marc Dutroux.";
        let doc = processed(text);
        assert!(doc.events.is_empty(), "{:?}", coded(&doc));
    }

    /// "were wounded" read as a copula and an adjective is a passive: the
    /// subject is hurt, not hurting.
    #[test]
    fn adjectival_passives_undergo() {
        let text = "Title\n\nTwo Thai border policemen were seriously wounded on Sunday when \
                    members of a Burmese rebel faction ambushed their patrol.";
        let doc = processed(text);
        let found = coded(&doc);
        assert_eq!(found[0].0, "wounded");
        assert!(found[0].1.is_empty());
        assert_eq!(found[0].2, ["Thailand"]);
    }

    /// A meeting that failed to materialise, talks that have yet to resume,
    /// did not happen.
    #[test]
    fn acts_that_fell_through_are_negated() {
        let text = "Title\n\nA meeting between Lebed and Maskhadov failed to materialise. \
                    Peace talks with Syria have yet to resume.";
        let doc = processed(text);
        let modalities: Vec<Modality> = doc.events.iter().map(|e| e.modality).collect();
        assert_eq!(
            modalities,
            [Modality::Negated, Modality::Negated],
            "{:?}",
            doc.events
        );
    }

    /// Kidnappers, rebels and protesters are no one named: a place nearby
    /// does not stand in for them (police and troops are the state's).
    #[test]
    fn an_unnamed_subject_is_not_a_nearby_place() {
        let text = "Title\n\nKidnappers found the boy on Sunday in Oklahoma and beat him. In \
                    Turkey, police detained 40 Kurdish activists.";
        let doc = processed(text);
        let sources = |trigger: &str| {
            let e = doc.events.iter().find(|e| doc.slice(e.trigger) == trigger);
            let e = e.unwrap_or_else(|| panic!("no {trigger}: {:?}", doc.events));
            e.sources
                .iter()
                .filter_map(|id| doc.entities.iter().find(|n| &n.id == id))
                .map(|n| n.name.clone())
                .collect::<Vec<_>>()
        };
        assert!(sources("beat").is_empty());
        // Police are the state's.
        assert_eq!(sources("detained"), ["Turkey"]);
    }

    #[test]
    fn a_particle_verb_after_its_subject_is_the_subjects() {
        let text = "Title\n\nIsraeli troops cracked down on Hamas. Three Kurds were killed \
                    in the Turkish shelling. Dirk Coetzee, who was charged with murder, has \
                    yet to testify. Burundi's envoy spoke of sanctions imposed by Tanzania. \
                    Israeli forces killed 40 people during an attack on a United Nations-run \
                    school.";
        let doc = processed(text);
        let found: Vec<(Vec<String>, Vec<String>)> =
            coded(&doc).into_iter().map(|(_, s, t)| (s, t)).collect();
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            found,
            [
                (names(&["Israel"]), names(&["Hamas"])),
                (names(&["Turkey"]), names(&["Kurds"])),
                (names(&[]), names(&["Dirk Coetzee"])),
                (names(&["Tanzania"]), names(&[])),
                (names(&["Israel"]), names(&["United Nations"])),
            ]
        );
    }

    #[test]
    fn codes_type_actors_modality_date_and_place() {
        let doc = with_entities(
            "Moscow sent troops to Chechnya in December 1994. Lebed said he had a telephone conversation with Yeltsin on Thursday. Lebed would visit Bonn.",
            "1996-08-30",
            &[("Moscow", EntityType::Gpe), ("Chechnya", EntityType::Gpe), ("Lebed", EntityType::Person), ("Yeltsin", EntityType::Person), ("Bonn", EntityType::Gpe)],
        );
        let found: Vec<(EventType, Vec<String>, Vec<String>, Modality)> = doc
            .events
            .iter()
            .map(|e| (e.etype, e.sources.clone(), e.targets.clone(), e.modality))
            .collect();
        use crate::document::EventType;
        assert_eq!(
            found[0],
            (
                EventType::Mobilize,
                vec!["e1".into()],
                vec!["e2".into()],
                Modality::Asserted
            )
        );
        assert_eq!(
            doc.events[0].date.as_ref().unwrap().value.as_deref(),
            Some("1994-12")
        );
        assert_eq!(found[1].0, EventType::Consult);
        assert_eq!(found[1].3, Modality::Reported);
        assert_eq!(doc.events[1].mode.as_deref(), Some("phone"));
        assert_eq!(
            doc.events[1].date.as_ref().unwrap().value.as_deref(),
            Some("1996-08-29")
        );
        assert_eq!(doc.events[1].claim.as_deref(), Some("c1"));
        assert_eq!(found[2].3, Modality::Hypothetical);
        assert_eq!(found[2].2, vec!["e5".to_string()]);
    }

    #[test]
    fn declining_to_comment_and_requests_for_comment_are_no_events() {
        let doc = with_entities(
            "Russia declined to comment. Russia did not respond to a request for comment from Ukraine. Russia rejected the offer from Ukraine. Russia refused to discuss its missile programme with Ukraine. Russia refused to give further details to Ukraine. Asked about Ukraine, Russia said nothing. A Russian official, who asked not to be named, said Ukraine lied. Russia declined to reveal details to Ukraine. Russia declined further comment on Ukraine. Russia declined official comment on Ukraine. A Russian, who declined to give his name, said Ukraine lied. Russia asked Ukraine to pay.",
            "1996-08-30",
            &[("Russia", EntityType::Gpe), ("Ukraine", EntityType::Gpe)],
        );
        let types: Vec<EventType> = doc.events.iter().map(|e| e.etype).collect();
        assert_eq!(
            types,
            vec![EventType::Reject, EventType::Reject, EventType::Request]
        );
        assert_eq!(doc.slice(doc.events[0].trigger), "rejected");
    }

    /// Deaths by nature or mishap are no one's act; an attack with no one
    /// named still is.
    /// "condemnation from X" is X's; "His plan has drawn criticism" is no
    /// plan of it; a purpose after "took to the streets" happened; an event
    /// noun that provoked something takes no party from what it provoked
    /// (and "The bombing", with none named, is too vague to code).
    #[test]
    fn from_phrases_plans_streets_and_reactions() {
        let text = "Title\n\nThe bombing provoked condemnation from Germany. His plan has \
                    drawn criticism from Russia. Greeks took to the streets to protest the cuts.";
        let doc = processed(text);
        let name = |id: &String| {
            let e = doc.entities.iter().find(|e| &e.id == id);
            e.map(|e| e.name.clone()).unwrap_or_default()
        };
        let found: Vec<(&str, Vec<String>, Vec<String>, Modality)> = doc
            .events
            .iter()
            .map(|e| {
                (
                    doc.slice(e.trigger),
                    e.sources.iter().map(name).collect(),
                    e.targets.iter().map(name).collect(),
                    e.modality,
                )
            })
            .collect();
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            found,
            [
                (
                    "condemnation",
                    names(&["Germany"]),
                    names(&[]),
                    Modality::Asserted
                ),
                (
                    "criticism",
                    names(&["Russia"]),
                    names(&[]),
                    Modality::Asserted
                ),
                (
                    "protest",
                    names(&["Greece"]),
                    names(&[]),
                    Modality::Asserted
                ),
            ]
        );
    }

    /// What a negated verb of saying governs was not said: no event.
    #[test]
    fn nothing_stands_on_an_unsaid_report() {
        let text = "Title\n\nMoscow did not say the rebels had shelled Grozny. Moscow said \
                    the rebels had shelled Grozny.";
        let doc = processed(text);
        let starts: Vec<usize> = doc.events.iter().map(|e| e.trigger.start).collect();
        assert_eq!(starts.len(), 1, "{:?}", doc.events);
        assert!(starts[0] > text.find("Moscow said").unwrap());
    }

    #[test]
    fn nature_kills_without_an_event() {
        let text = "Title\n\nAn earthquake killed 10 people in Zarand. A quake hit the \
                    town of Bam, killing 612 people. Twelve people were killed in the floods. A fire \
                    destroyed the building. Floods swept through Kisumu, killing 20 people. A \
                    ferry capsized on Lake Victoria, killing 200 people. A strong earthquake \
                    struck Velmora on Tuesday, killing at least three people. A quake off Velmora \
                    triggered a tsunami that killed 20,000 people across Asia. Rebels killed 12 \
                    people in the village.";
        let doc = processed(text);
        let triggers: Vec<&str> = doc.events.iter().map(|e| doc.slice(e.trigger)).collect();
        assert_eq!(triggers, ["killed"]);
        assert!(doc.events[0].trigger.start > text.find("Rebels").unwrap());
        // A mishap verb with an object is done by someone.
        let doc = processed("Title\n\nInsurgents derailed a freight train, killing the driver.");
        assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    }

    #[test]
    fn a_city_acting_stands_for_its_country() {
        let mut doc = with_entities(
            "Bonn supported Germany.",
            "1996-08-30",
            &[("Bonn", EntityType::Gpe), ("Germany", EntityType::Gpe)],
        );
        doc.entities[0].kb_id = Some("kb:geo:2946447".into());
        doc.entities[0].country = Some("DEU".into());
        doc.entities[1].kb_id = Some("kb:country:DEU".into());
        assert_eq!(government_of(&doc, "e1").as_deref(), Some("e2"));
        assert_eq!(government_of(&doc, "e2"), None);
    }

    #[test]
    fn denied_and_negated_events() {
        let doc = with_entities(
            "The army denied that it attacked the town. Iran did not attack Iraq.",
            "2026-04-02",
            &[
                ("army", EntityType::Org),
                ("Iran", EntityType::Gpe),
                ("Iraq", EntityType::Gpe),
            ],
        );
        let modalities: Vec<Modality> = doc.events.iter().map(|e| e.modality).collect();
        assert_eq!(modalities, vec![Modality::Denied, Modality::Negated]);
    }

    /// One acted upon whom no name names is no one nearby, though the place
    /// may stand in ("vetoed his bid ... Assembly members"); one sent away
    /// "from" somewhere was sent by it; an event noun organised "by" someone
    /// is theirs.
    #[test]
    fn unnamed_patients_and_those_who_send_away_or_organise() {
        let text = "Title\n\nRuritania on Monday vetoed his bid while the Assembly \
                    members backed him. Velmora vetoed the plan while Kenya backed it. \
                    Three students were arrested in Nairobi. \
                    Kamau was expelled from the Kavala Party. The rally was organised \
                    by the Kavala Front.";
        let doc = processed(text);
        let found = coded(&doc);
        let of = |trigger: &str| found.iter().find(|f| f.0 == trigger).unwrap();
        let vetoes: Vec<_> = found.iter().filter(|f| f.0 == "vetoed").collect();
        assert!(vetoes.iter().all(|f| f.2.is_empty()), "{found:?}");
        assert_eq!(of("arrested").2, ["Nairobi"]);
        assert_eq!(of("expelled").1, ["Kavala Party"]);
        assert_eq!(of("rally").1, ["Kavala Front"]);
    }

    /// A title's person is the actor, whatever the parse made of the name;
    /// the place fired from is who fired; a home is no party; a headline's
    /// participle is passive; a telephone call to a person is a
    /// consultation; what follows an act charged is the accused's; a forum
    /// is no target; who urges is the source.
    #[test]
    fn titles_origins_homes_headlines_and_calls() {
        let actors_of = |text: &str, trigger: &str| {
            let doc = processed(text);
            let found = coded(&doc);
            let event = found.iter().find(|f| f.0 == trigger).cloned();
            event
                .map(|(_, s, t)| (s, t))
                .unwrap_or_else(|| panic!("{text}: {found:?}"))
        };
        let (_, met) = actors_of(
            "Kenyatta met the Ukrainian defence minister, Anton Berisha, in Kyiv.",
            "met",
        );
        assert_eq!(met, ["Anton Berisha"]);
        let (fired_by, hit) =
            actors_of("Rockets fired from Syria hit the town on Monday.", "fired");
        assert_eq!((fired_by, hit), (vec!["Syria".to_string()], vec![]));
        let (_, hit) = actors_of("Rebels fired rockets from Syria into Israel.", "fired");
        assert_eq!(hit, ["Israel"]);
        let (accuser, accused) = actors_of(
            "Trial is set for June 3 for John Smith of Fort Coffee, who is accused of \
             fatally shooting Mary Jones.",
            "accused",
        );
        assert_eq!((accuser, accused), (vec![], vec!["John Smith".to_string()]));
        let (by, arrested) = actors_of("Rebel leader Joseph Kony arrested in Uganda.", "arrested");
        assert_eq!((by, arrested), (vec![], vec!["Joseph Kony".to_string()]));
        let (caller, called) = actors_of(
            "Kenyatta called the Ukrainian prime minister, Jan Novak, on Tuesday.",
            "called",
        );
        assert_eq!(
            (caller, called),
            (vec!["Kenyatta".to_string()], vec!["Jan Novak".to_string()])
        );
        // A complaint lodged with a forum is against someone else; an
        // urging is its urger's.
        let (_, against) = actors_of(
            "Ukraine lodged a formal complaint with the United Nations Security Council \
             against Russia.",
            "lodged",
        );
        assert_eq!(against, ["Russia"]);
        let (urged_by, _) = actors_of(
            "Kamau was ousted at the urging of the Ukrainian government.",
            "urging",
        );
        assert_eq!(urged_by, ["Ukraine"]);
        // The killing is the accused's, not the accuser's.
        let doc = processed(
            "Russia has accused Ukraine of bombing the village of Avdiivka, killing seven people.",
        );
        let found = coded(&doc);
        let russia = ["Russia".to_string()];
        assert!(
            found.iter().all(|f| f.0 == "accused" || f.1 != russia),
            "{found:?}"
        );
        for text in [
            "Kenyatta called Novak a liar.",
            "The State Department released 1,000 pages of Clinton's emails on Friday.",
            "Mitt Romney released his tax returns in 2012.",
        ] {
            assert!(coded(&processed(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn relatives_labels_and_accusations() {
        // A relative clause further on names no target.
        let doc = processed(
            "Kenyan soldiers attacked a camp near the airfield where two United Nations \
             aircraft had landed.",
        );
        let found = coded(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.is_empty(), "{found:?}");
        // A headline's label is no actor.
        let doc = processed("Kisumu double murder: Man charged with killing mother and sister");
        let killing = coded(&doc).into_iter().find(|f| f.0 == "killing");
        assert!(killing.is_some_and(|f| f.1.is_empty()));
        // What someone is accused or suspected of is reported; a conviction
        // is not.
        let modality_of = |text: &str, trigger: &str| {
            let doc = processed(text);
            let event = doc.events.iter().find(|e| doc.slice(e.trigger) == trigger);
            event.map(|e| e.modality)
        };
        for text in [
            "John Smith is accused of fatally shooting Mary Jones.",
            "Son suspected of shooting mother and sister in Kisumu.",
        ] {
            assert_eq!(
                modality_of(text, "shooting"),
                Some(Modality::Reported),
                "{text}"
            );
        }
        assert_eq!(
            modality_of(
                "John Smith was convicted of shooting Mary Jones.",
                "shooting"
            ),
            Some(Modality::Asserted)
        );
        // The victim of the crime charged is no party to the charge; a name
        // modifying the source's is the source's own.
        let doc = processed("Police charged John Smith with the murder of Mary Jones.");
        let found = coded(&doc);
        assert_eq!(found[0].2, ["John Smith"], "{found:?}");
        // Acts not done: not yet, failed, stopped, foiled.
        for (text, trigger) in [
            (
                "Despite the outrage, Smith has yet to apologize to the family.",
                "apologize",
            ),
            ("Uganda failed to arrest Kony.", "arrest"),
            ("Kenyan police were unable to arrest Kony.", "arrest"),
            (
                "Guards stopped the gunmen from attacking the embassy.",
                "attacking",
            ),
            (
                "The navy foiled the pirates' plan of attacking merchant vessels.",
                "attacking",
            ),
        ] {
            assert_eq!(
                modality_of(text, trigger),
                Some(Modality::Negated),
                "{text}"
            );
        }
        // A question asked and calls not returned are no requests.
        for text in [
            "\"Why are you still endorsing him?\" Obama asked Republican politicians.",
            "Kamau was not returning calls on Tuesday.",
        ] {
            assert!(coded(&processed(text)).is_empty(), "{text}");
        }
        let doc =
            processed("The immigration bill, opposed by House Republicans, never became law.");
        let found = coded(&doc);
        let opposed = found.iter().find(|f| f.0 == "opposed");
        assert!(opposed.is_some_and(|f| f.2.is_empty()), "{found:?}");
    }

    /// Charges faced, the charged one's act, a court's sentence to come,
    /// acts held off, verbs of backing in their plain forms and where a
    /// visitor is welcomed.
    #[test]
    fn charges_sentences_and_backing() {
        let doc = processed("Velmora striker Tomas Velik faces assault charges.");
        let found: Vec<_> = doc
            .events
            .iter()
            .map(|e| {
                (
                    doc.slice(e.trigger),
                    e.sources.len(),
                    e.targets.len(),
                    e.modality,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("assault", 1, 0, Modality::Reported),
                ("charges", 0, 1, Modality::Asserted),
            ]
        );
        let doc = processed(
            "A jury in northern Velmora convicted a 27-year-old man of shooting his neighbour.",
        );
        let shooting = coded(&doc).into_iter().find(|f| f.0 == "shooting");
        assert!(shooting.is_some_and(|f| f.1.is_empty()));
        let doc =
            processed("Tomas Velik was found guilty on Thursday. He will be sentenced November 8.");
        let sentenced = doc
            .events
            .iter()
            .find(|e| doc.slice(e.trigger) == "sentenced");
        assert!(sentenced.is_some_and(
            |e| e.etype == EventType::Sanction && e.modality == Modality::Hypothetical
        ));
        // A verdict is a conviction of the one found guilty.
        let found = doc.events.iter().find(|e| doc.slice(e.trigger) == "found");
        assert!(found
            .is_some_and(|e| e.etype == EventType::Sanction && e.modality == Modality::Asserted));
        assert_eq!(
            coded(&doc)[0],
            ("found", vec![], vec!["Tomas Velik".to_string()])
        );
        assert!(processed("Lena Osei was found not guilty.")
            .events
            .is_empty());
        // Where it happened is no target beside the one it happened to.
        let doc = processed("Lena Osei was arrested at a hotel in Ostrava on Sunday.");
        assert_eq!(
            coded(&doc),
            [("arrested", vec![], vec!["Lena Osei".to_string()])]
        );
        let doc = processed("Lena Osei held off supporting either candidate.");
        assert_eq!(doc.events[0].modality, Modality::Negated);
        let doc = processed("Daniel Kamau decided to back Lena Osei days before the vote.");
        assert_eq!(
            coded(&doc),
            [(
                "back",
                vec!["Daniel Kamau".to_string()],
                vec!["Lena Osei".to_string()]
            )]
        );
        assert!(coded(&processed("Kamau is expected to back away from the deal.")).is_empty());
        // A sentence still to come.
        let doc =
            processed("Velik faces life in prison when he is sentenced by Judge Daniel Kamau.");
        assert_eq!(doc.events[0].modality, Modality::Hypothetical);
        let doc = processed("Kamau attacked the town when he was a rebel commander.");
        assert_eq!(doc.events[0].modality, Modality::Asserted);
    }
}
