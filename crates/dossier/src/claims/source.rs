//! What kind of source a source phrase is, and which entity it names or is
//! affiliated with; pronouns and descriptions resolved to earlier sources.

use std::ops::Range;

use super::cues::Words;
use super::lexicon::{
    is_masthead, is_media_word, is_source_noun, ANONYMOUS_NOUNS, BODY_NOUNS, INSTITUTION_NOUNS,
    MEDIA_PLURALS,
};
use super::quotes::{inside, Quote};
use super::spans::{is_possessive_mark, PRONOUNS};
use crate::document::{
    Claim, ClaimSource, Document, Entity, EntityType, Sentence, SourceKind, Span, Upos,
};
use crate::entities::known_female;

/// An entity mentioned inside a source phrase.
struct Named<'a> {
    id: &'a str,
    etype: EntityType,
    sector: Option<&'a str>,
    /// Whether the knowledge base knows it as a country or territory.
    state: bool,
    /// Where its mention inside the phrase starts (byte offset).
    start: usize,
    /// Where that mention ends (byte offset).
    end: usize,
}

/// Entities with a mention inside `span`, in text order.
fn named_in<'a>(doc: &'a Document, span: Span) -> Vec<Named<'a>> {
    let mut found: Vec<Named> = Vec::new();
    for e in &doc.entities {
        if let Some(m) = e.mentions.iter().find(|m| span.contains(&m.span)) {
            let state = e
                .kb_id
                .as_deref()
                .is_some_and(|k| k.starts_with("kb:country:") || k.starts_with("kb:territory:"));
            found.push(Named {
                id: &e.id,
                etype: e.etype,
                sector: e.sector.as_deref(),
                state,
                start: m.span.start,
                end: m.span.end,
            });
        }
    }
    found.sort_by_key(|n| n.start);
    found
}

/// The person mentioned last before byte `before` for whom `fits` holds.
fn latest_person(doc: &Document, before: usize, fits: impl Fn(&str) -> bool) -> Option<String> {
    latest_entity(doc, before, |e| {
        e.etype == EntityType::Person && fits(&e.id)
    })
}

/// The entity for which `keep` holds mentioned last before byte `before`.
fn latest_entity(doc: &Document, before: usize, keep: impl Fn(&Entity) -> bool) -> Option<String> {
    doc.entities
        .iter()
        .filter(|e| keep(e))
        .filter_map(|e| {
            let at = e
                .mentions
                .iter()
                .filter(|m| m.span.end <= before)
                .map(|m| m.span.start)
                .max()?;
            Some((at, e.id.clone()))
        })
        .max()
        .map(|(_, id)| id)
}

/// Nouns that, after "the", stand for the organisation that spoke last.
const GROUP_NOUNS: &[&str] = &["group", "organisation", "organization", "movement"];

/// The organisation, other than a news outlet, that is the source of the
/// latest of the claims `previous`.
fn last_speaking_organisation(doc: &Document, previous: &[Claim]) -> Option<String> {
    let organisation = |id: &String| {
        doc.entities.iter().any(|e| {
            &e.id == id && e.etype == EntityType::Org && e.sector.as_deref() != Some("JRN")
        })
    };
    previous
        .iter()
        .rev()
        .find_map(|c| c.source.entity.as_ref().filter(|id| organisation(id)))
        .cloned()
}

/// Whether the entity `id` is an organ of a state ("Foreign Ministry",
/// "Justice Department"), which no one calls "the company".
fn is_state_body(doc: &Document, id: &str) -> bool {
    doc.entities.iter().any(|e| {
        e.id == id
            && e.name.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "ministry"
                        | "department"
                        | "government"
                        | "party"
                        | "army"
                        | "police"
                        | "council"
                        | "commission"
                        | "committee"
                        | "office"
                        | "agency"
                )
            })
    })
}

/// The nearest entity of one of `types` mentioned before byte `before`
/// whose name contains `word` (any name when `word` is empty).
fn nearest_before(
    doc: &Document,
    before: usize,
    types: &[EntityType],
    word: &str,
) -> Option<String> {
    latest_entity(doc, before, |e| {
        types.contains(&e.etype) && (word.is_empty() || e.name.to_lowercase().contains(word))
    })
}

/// The country whose government "the government" is: the latest one named
/// with its government before byte `before` ("The British government"),
/// else the latest country (or other state-like place) named before it, not
/// a city, so the dateline's "ISLAMABAD" is no government.
fn government_before(doc: &Document, before: usize) -> Option<String> {
    let with_government = |e: &Entity| {
        e.mentions.iter().any(|m| {
            let k = doc.tokens_covering(m.span).end;
            let word = |j: usize| doc.tokens.get(j).map(|t| doc.slice(t.span).to_lowercase());
            m.span.end <= before
                && (word(k).as_deref() == Some("government")
                    || (matches!(word(k).as_deref(), Some("'s" | "’s"))
                        && word(k + 1).as_deref() == Some("government")))
        })
    };
    let country = |e: &Entity| {
        e.etype == EntityType::Gpe
            && !e.kb_id.as_deref().is_some_and(|k| k.starts_with("kb:geo:"))
            // A dateline ("RANGOON 1996-12-06") names a city.
            && !e.mentions.first().is_some_and(|m| {
                let text = doc.slice(m.span);
                !text.chars().any(char::is_lowercase) && text.chars().count() > 3
            })
    };
    let body = |e: &Entity| matches!(e.etype, EntityType::Org | EntityType::Norp);
    latest_entity(doc, before, |e| country(e) && with_government(e))
        // "The Taleban government said ... The government said".
        .or_else(|| latest_entity(doc, before, |e| body(e) && with_government(e)))
        .or_else(|| latest_entity(doc, before, country))
}

/// Classifies the source phrase `range` (local indices of `words`);
/// `previous` are the claims already found, for pronouns and descriptions.
pub fn classify(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    range: Range<usize>,
    previous: &[Claim],
) -> ClaimSource {
    // "The KDP, led by Massoud Barzani,": no comma at either end.
    let mut range = range;
    while range.len() > 1 && words.lower[range.end - 1] == "," {
        range.end -= 1;
    }
    while range.len() > 1 && words.lower[range.start] == "," {
        range.start += 1;
    }
    let first = words.base + range.start;
    let last = words.base + range.end - 1;
    let span = doc.tokens[first].span.cover(&doc.tokens[last].span);
    let lower = &words.lower[range.clone()];
    let source = |kind, entity: Option<String>, affiliation: Option<String>| ClaimSource {
        span: Some(span),
        kind,
        entity,
        affiliation,
    };
    if lower.len() == 1 && PRONOUNS.contains(&lower[0].as_str()) {
        return resolve_pronoun(doc, quotes, &lower[0], span, previous);
    }
    // "a statement from the Indian government": the body it is from speaks.
    if matches!(lower[0].as_str(), "a" | "an" | "the") {
        let document = (1..lower.len().min(3)).find(|&k| DOCUMENTS.contains(&lower[k].as_str()));
        if let Some(k) = document {
            if k + 2 < lower.len() && matches!(lower[k + 1].as_str(), "from" | "by" | "of") {
                let issuer = classify(doc, words, quotes, range.start + k + 2..range.end, previous);
                return ClaimSource {
                    span: Some(span),
                    ..issuer
                };
            }
            // "The statement said": the body whose statement was told of
            // last ("according to a statement from X", "X said in a
            // statement"); not when another's statement came between
            // ("Hamas also issued a statement").
            if k + 1 == lower.len() && lower[0] == "the" {
                let noun = lower[k].as_str();
                let last_told = (first.saturating_sub(120)..first)
                    .rev()
                    .find(|&t| doc.slice(doc.tokens[t].span).eq_ignore_ascii_case(noun));
                let told_by = |c: &&Claim| {
                    let Some(t) = last_told else { return false };
                    let at = doc.tokens[t].span;
                    let cue_end = doc.tokens.partition_point(|x| x.span.end <= c.cue.end);
                    let after_cue = cue_end <= t && t < cue_end + 8;
                    matches!(c.source.kind, SourceKind::NamedOrg | SourceKind::Media)
                        && (c.source.span.is_some_and(|s| s.contains(&at)) || after_cue)
                };
                if let Some(c) = previous.iter().rev().find(told_by) {
                    return ClaimSource {
                        span: Some(span),
                        ..c.source.clone()
                    };
                }
            }
        }
    }
    let named = named_in(doc, span);
    // Words of the phrase outside the names in it ("Refugees" in the Rally
    // for the Return of Refugees is no unnamed source).
    let in_name = |k: usize| {
        let at = doc.tokens[first + k].span;
        named
            .iter()
            .any(|n| n.etype == EntityType::Org && n.start <= at.start && at.end <= n.end)
    };
    // Nor one that modifies a body or a person ("the U.N. refugee agency",
    // "the soldier's mother").
    let modifier = |k: usize| {
        lower.get(k + 1).is_some_and(|n| {
            is_possessive_mark(n) || BODY_NOUNS.contains(&n.as_str()) || is_media_word(n)
        })
    };
    let has_word = |fits: &dyn Fn(&str) -> bool| {
        lower
            .iter()
            .enumerate()
            .any(|(k, w)| fits(w) && !in_name(k) && !modifier(k))
    };
    let has = |list: &[&str]| has_word(&|w| list.contains(&w));
    // "the prime minister said": the one person named before with that office.
    if lower[0] == "the" && lower.len() > 1 && named.is_empty() {
        if let Some(id) = office_holder(doc, &lower[1..], span.start) {
            return source(SourceKind::NamedPerson, Some(id), None);
        }
    }
    // The speaker's name, not one that describes the speaker ("a spokesman
    // for Prime Minister Jan Novak, Petr Svoboda") nor the one who employs
    // the speaker ("Masood's spokesman Amrollah", "Hekmatyar's lawyer").
    // "Aidid's son Hussein Aidid": a name after the owner's noun that is
    // the owner's again is the speaker.
    let named_again = |n: &Named| {
        doc.entities.iter().any(|e| {
            e.id == n.id
                && e.mentions
                    .iter()
                    .any(|m| m.span.start > n.end && span.contains(&m.span))
        })
    };
    // "an Arafat adviser", "A Clinton aide", "Dole campaign aides": the name
    // before the role noun, a noun or two apart at most, says whose the
    // speaker is.
    let premodifies = |n: &Named| {
        let after = doc.tokens_covering(Span::new(n.end, n.end + 1)).start;
        let role = (after..=last.min(after + 2)).find(|&k| {
            let word = doc.slice(doc.tokens[k].span);
            is_source_noun(word)
                || !(word.starts_with(char::is_lowercase) && doc.tokens[k].upos == Some(Upos::Noun))
        });
        after <= last
            && role.is_some_and(|k| is_source_noun(doc.slice(doc.tokens[k].span)))
            && doc.tokens[after].span.start > n.end
    };
    let describes = |n: &Named| {
        premodifies(n)
            || names_a_modifier(doc, words, range.clone(), n.start)
            || (owns_the_source(doc, words, range.clone(), n.end) && !named_again(n))
    };
    let person = named
        .iter()
        .find(|n| n.etype == EntityType::Person && !describes(n));
    let described_by = named
        .iter()
        .find(|n| n.etype == EntityType::Person && describes(n));
    // The head of a phrase comes last: "Seoul's unification ministry" is the
    // ministry; a place it is in is not ("Human Rights in China").
    let is_body = |n: &&Named| {
        matches!(
            n.etype,
            EntityType::Org | EntityType::Gpe | EntityType::Norp | EntityType::Fac
        )
    };
    // "Britain's ambassador to Iran": where an envoy is posted.
    let posted = lower.iter().any(|w| {
        matches!(
            w.as_str(),
            "ambassador" | "ambassadors" | "envoy" | "envoys"
        )
    });
    let located = |n: &&Named| {
        let k = doc.tokens_covering(Span::new(n.start, n.start + 1)).start;
        let place_word = |j: usize| {
            let w = doc.slice(doc.tokens[j].span);
            matches!(w, "in" | "at" | "near") || (posted && w == "to")
        };
        // "in Baghdad", "in south Sudan", "in the West Bank".
        (k > first && place_word(k - 1))
            || (k > first + 1
                && place_word(k - 2)
                && doc
                    .slice(doc.tokens[k - 1].span)
                    .starts_with(char::is_lowercase))
    };
    let body = named
        .iter()
        .rev()
        .filter(is_body)
        .find(|n| !located(n))
        .or_else(|| named.iter().rev().find(is_body));
    // "agency" alone names no outlet: "the National Disaster Mitigation
    // Agency", "the UN agency"; "the news agency", "the agency" after an
    // outlet's report do.
    // "the official agency", "the Iranian agency" after an outlet spoke.
    let no_org_named = named
        .iter()
        .all(|n| n.etype != EntityType::Org || n.sector == Some("JRN"));
    let news_agency = lower.iter().enumerate().any(|(k, w)| {
        matches!(w.as_str(), "agency" | "agencies")
            && ((k > 0
                && matches!(
                    lower[k - 1].as_str(),
                    "news" | "press" | "state" | "official" | "semi-official" | "state-run"
                ))
                || (lower.len() <= 4
                    && lower[0] == "the"
                    && no_org_named
                    && previous.iter().any(|c| c.source.kind == SourceKind::Media)))
    });
    // "the paper" is the newspaper; "a white paper" is no outlet.
    let the_paper = lower.len() == 2 && lower[0] == "the" && lower[1] == "paper";
    // "El-Watan paper": a named paper.
    let named_paper = lower.last().is_some_and(|w| w == "paper")
        && named
            .iter()
            .any(|n| n.etype == EntityType::Org && n.end < span.end);
    let is_media = the_paper
        || named_paper
        || lower.iter().any(|w| w != "agency" && is_media_word(w))
        || news_agency
        || named.iter().any(|n| {
            n.sector == Some("JRN")
                || (n.etype == EntityType::Org && is_masthead(&doc.text[n.start..n.end]))
        });
    // "Yeltsin's press office": a body of the person, speaking as a body.
    let possessed_body = lower.iter().any(|w| is_possessive_mark(w))
        && lower
            .last()
            .is_some_and(|w| BODY_NOUNS.contains(&w.as_str()));
    if let Some(p) = person {
        if possessed_body {
            return source(SourceKind::NamedOrg, None, None);
        }
        // "Giorgos Kyrtsos, publisher of the City Press newspaper": a person
        // who opens the phrase speaks, whatever outlet describes him.
        // Not the owner: "Ted Turner's CNN reported".
        let opens = p.start == span.start
            && !doc.text[p.end..].starts_with("'s")
            && !doc.text[p.end..].starts_with("’s");
        // "Reuters cameraman Liutauras Stremaitis", "CNN's Wolf Blitzer":
        // the name the phrase ends in is the speaker's.
        let ends = p.end == span.end;
        if !is_media || body.is_none() || opens || ends {
            return source(SourceKind::NamedPerson, Some(p.id.to_string()), None);
        }
    }
    if is_media {
        // "A British newspaper" is no outlet of that name.
        // "Russian news agencies", "Egyptian government newspapers": outlets
        // of a country, none named.
        let plural = lower.last().is_some_and(|w| {
            matches!(w.as_str(), "agencies" | "media") || MEDIA_PLURALS.contains(&w.as_str())
        });
        let indefinite = matches!(lower[0].as_str(), "a" | "an" | "one" | "another") || plural;
        // "Israel's biggest newspaper": an outlet of the country, not the
        // country.
        let country = body.filter(|b| (b.state || b.etype == EntityType::Norp) && b.end < span.end);
        let outlet = body.filter(|b| country.is_none_or(|c| c.id != b.id));
        if indefinite && outlet.is_none() {
            // "Russian news agencies": outlets of Russia.
            return source(SourceKind::Media, None, country.map(|b| b.id.to_string()));
        }
        // "the radio", "the magazine": the outlet named before; "Damascus
        // radio" after Damascus Radio spoke, but not "Iraqi television"
        // after IRNA did.
        let medium = lower.last().map(String::as_str).unwrap_or_default();
        let same_medium = |id: &str| {
            doc.entities
                .iter()
                .find(|e| e.id == id)
                .is_some_and(|e| e.name.to_lowercase().split(' ').any(|w| w == medium))
        };
        let entity = outlet.map(|b| b.id.to_string()).or_else(|| {
            previous
                .iter()
                .rev()
                .filter_map(|c| {
                    c.source
                        .entity
                        .as_deref()
                        .filter(|_| c.source.kind == SourceKind::Media)
                })
                .next()
                .filter(|id| country.is_none() || same_medium(id))
                .map(str::to_string)
        });
        let affiliation = country.filter(|_| entity.is_none());
        return source(
            SourceKind::Media,
            entity,
            affiliation.map(|b| b.id.to_string()),
        );
    }
    // No recogniser help: "Interior Minister Petra Hollander" ends in a name.
    let last = words.text[range.end - 1];
    let determined = matches!(
        lower[0].as_str(),
        "a" | "an" | "another" | "the" | "several" | "some"
    );
    let ends_in_name = last.chars().next().is_some_and(char::is_uppercase)
        && !is_source_noun(&lower[lower.len() - 1])
        && !BODY_NOUNS.contains(&lower[lower.len() - 1].as_str())
        && !determined;
    if ends_in_name && body.is_none() && named.is_empty() && has_word(&is_source_noun) {
        return source(SourceKind::NamedPerson, None, None);
    }
    if has_word(&is_source_noun) {
        if lower[0] == "the" && body.is_none() && described_by.is_none() {
            if let Some(earlier) = previous.iter().rev().find(|c| {
                matches!(
                    c.source.kind,
                    SourceKind::AnonymousAffiliated | SourceKind::Anonymous
                )
            }) {
                return ClaimSource {
                    span: Some(span),
                    ..earlier.source.clone()
                };
            }
        }
        let affiliation = body.or(described_by).map(|b| b.id.to_string()).or_else(|| {
            match lower.iter().find(|w| BODY_NOUNS.contains(&w.as_str())) {
                // "Government officials": the country's government.
                Some(noun) if noun == "government" => government_before(doc, span.start),
                Some(noun) => {
                    nearest_before(doc, span.start, &[EntityType::Org, EntityType::Gpe], noun)
                }
                // "A spokesman": of the organisation named last.
                None if has(&["spokesman", "spokeswoman", "spokesperson"]) => {
                    nearest_before(doc, span.start, &[EntityType::Org], "")
                }
                None => None,
            }
        });
        // "Authorities said", "Prosecutors allege": the state's, of the
        // country named last, when no body is named.
        // "His aides said": the person named last.
        let affiliation = affiliation
            .or_else(|| {
                has(STATE_AGENTS)
                    .then(|| government_before(doc, span.start))
                    .flatten()
            })
            .or_else(|| {
                let female = match lower[0].as_str() {
                    "his" => false,
                    "her" => true,
                    _ => return None,
                };
                latest_entity(doc, span.start, |e| {
                    e.etype == EntityType::Person && known_female(doc, &e.id) == female
                })
            });
        let anonymous = has(ANONYMOUS_NOUNS) && body.is_none();
        if anonymous {
            return source(SourceKind::Anonymous, None, None);
        }
        return source(SourceKind::AnonymousAffiliated, None, affiliation);
    }
    if let Some(b) = body {
        // "An Iraqi opposition group": an unnamed body of a country or people.
        // "The main rebel group in south Sudan": a body in a place.
        // "The government in Brenna" is Brenna's government, which speaks as
        // a body.
        let its_government = located(&b) && has(&["government", "administration", "regime"]);
        let unnamed = (matches!(lower[0].as_str(), "a" | "an" | "one" | "another") || located(&b))
            && matches!(b.etype, EntityType::Gpe | EntityType::Norp)
            && !its_government;
        // "Indian fishermen", "Kurdish rebels": people of a country or a
        // people, named by neither.
        let people_of = b.end < span.end
            && matches!(b.etype, EntityType::Gpe | EntityType::Norp)
            && words.text[range.end - 1].starts_with(char::is_lowercase)
            && !has(BODY_NOUNS)
            && !DOCUMENTS.contains(&lower[lower.len() - 1].as_str())
            && lower[lower.len() - 1] != "opposition";
        // "Tunisia's main opposition party", "Leftist Mexican armed group":
        // a body of the country that is no organ of its state.
        let non_state = b.end < span.end
            && b.state
            && NON_STATE_BODIES.contains(&lower[lower.len() - 1].as_str());
        if (unnamed && has(BODY_NOUNS)) || people_of || non_state {
            return source(
                SourceKind::AnonymousAffiliated,
                None,
                Some(b.id.to_string()),
            );
        }
        return source(SourceKind::NamedOrg, Some(b.id.to_string()), None);
    }
    let body_noun = lower
        .iter()
        .find(|w| BODY_NOUNS.contains(&w.as_str()))
        .or_else(|| {
            lower
                .last()
                .filter(|w| INSTITUTION_NOUNS.contains(&w.as_str()))
        });
    if let Some(noun) = body_noun {
        let entity = if noun == "government" {
            government_before(doc, span.start)
        } else {
            nearest_before(doc, span.start, &[EntityType::Org], noun)
        }
        // "the hospital" after "the St. Christopher Children's Hospital",
        // whatever type the recogniser gave the name.
        .or_else(|| {
            (lower[0] == "the")
                .then(|| {
                    latest_entity(doc, span.start, |e| {
                        e.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(noun))
                    })
                })
                .flatten()
        })
        .or_else(|| {
            // "the group said" after "Human Rights in China said": the
            // organisation that spoke last.
            let definite = lower[0] == "the";
            let group = definite && GROUP_NOUNS.contains(&noun.as_str());
            // "The company said" after "Korvath Corp said": the last
            // organisation to speak, if no organ of state.
            let company = definite && matches!(noun.as_str(), "company" | "firm");
            let speaker = (group || company)
                .then(|| last_speaking_organisation(doc, previous))
                .flatten();
            speaker.filter(|id| group || !is_state_body(doc, id))
        });
        return source(SourceKind::NamedOrg, entity, None);
    }
    // Every word capitalised: "Rep. Trey Gowdy (R-S.C.)", punctuation aside.
    let wordlike: Vec<&&str> = words.text[range.clone()]
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let capitals = wordlike
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // "Deputies said" opening a sentence: a common noun, capitalised there
    // (not a transcript's "WALLACE:").
    let common_nouns = range.clone().all(|k| {
        words.upos[k] == Some(crate::document::Upos::Noun)
            && words.text[k].chars().skip(1).all(|c| !c.is_uppercase())
    }) || (lower.len() == 1
        && matches!(
            lower[0].as_str(),
            "some" | "many" | "others" | "most" | "several" | "few" | "both" | "all"
        ));
    if capitals > 0 && capitals == wordlike.len() && !common_nouns {
        return source(SourceKind::NamedPerson, None, None);
    }
    // "Wang's family": people of a named person.
    if let Some(owner) = described_by {
        return source(
            SourceKind::AnonymousAffiliated,
            None,
            Some(owner.id.to_string()),
        );
    }
    source(SourceKind::Anonymous, None, None)
}

/// Agents of a state, whose country is the one named last when no body is
/// named ("Authorities said", "Prosecutors allege").
const STATE_AGENTS: &[&str] = &[
    "official",
    "officials",
    "authorities",
    "police",
    "policeman",
    "policemen",
    "policewoman",
    "prosecutor",
    "prosecutors",
    "investigators",
    "officer",
    "officers",
];

/// Bodies of a country's people that are no organ of its state ("the main
/// opposition party", "an armed group").
const NON_STATE_BODIES: &[&str] = &[
    "party",
    "group",
    "opposition",
    "movement",
    "front",
    "union",
    "faction",
    "alliance",
    "coalition",
    "association",
    "federation",
    "militia",
    "league",
    "church",
    "organisation",
    "organization",
];

/// Documents a body speaks through ("a statement from the ministry", "the
/// release said").
const DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "communique",
    "communiqué",
    "declaration",
    "letter",
    "memo",
    "memorandum",
    "announcement",
];

/// Words that tie a name to the source noun before it as a description:
/// "a spokesman for Novak", "officials close to Novak", "the party, led by
/// Novak".
const LINKING: &[&str] = &[
    "of", "for", "to", "by", "with", "from", "under", "near", "close", "led", "headed", "run",
    "founded", "loyal", "allied", "who", "whose", "which", "that",
];

/// Whether the person named at byte `start` of the source phrase `range`
/// (local word indices) is not the speaker but part of what describes one:
/// after the last source noun before the name, and after the last comma
/// there, a linking word ("a senior official of the Freedom Party, led by
/// Jan Novak", "a spokesman for Novak"), not an apposition ("a spokesman for
/// the Front, Daniel Reyes", "police commissioner Musa Adeyemi") nor a
/// capitalised title ("Minister for Foreign Affairs Simon Coveney").
fn names_a_modifier(doc: &Document, words: &Words, range: Range<usize>, start: usize) -> bool {
    let before_name: Vec<usize> = range
        .clone()
        .take_while(|&k| doc.tokens[words.base + k].span.end <= start)
        .collect();
    // "The KDP, led by Massoud Barzani,": the body's leader describes it.
    let n = before_name.len();
    let led_by = n >= 3
        && words.lower[before_name[n - 1]] == "by"
        && matches!(
            words.lower[before_name[n - 2]].as_str(),
            "led" | "headed" | "run" | "founded" | "chaired"
        )
        && words.lower[before_name[n - 3]] == ",";
    if led_by {
        return true;
    }
    // "the director of the Nagyatad camp Lajos Horvath": a name right
    // after a common noun that is no title is the speaker's, in apposition.
    let apposed = before_name.last().is_some_and(|&k| {
        let word = words.text[k];
        words.upos[k] == Some(Upos::Noun)
            && word.starts_with(char::is_lowercase)
            && !is_source_noun(word)
            && !matches!(
                word,
                "president" | "secretary" | "general" | "premier" | "chief"
            )
    });
    if apposed {
        return false;
    }
    // "a spokesman for Prime Minister Gulbuddin Hekmatyar": the title that
    // opens the name is no source noun.
    let untitled = before_name
        .iter()
        .rposition(|&k| !words.text[k].starts_with(char::is_uppercase))
        .map_or(0, |k| k + 1);
    let Some(noun) = before_name[..untitled]
        .iter()
        .rposition(|&k| is_source_noun(&words.lower[k]))
    else {
        return false;
    };
    let between = &before_name[noun + 1..];
    let after_comma = between
        .iter()
        .rposition(|&k| words.lower[k] == ",")
        .map_or(between, |c| &between[c + 1..]);
    let Some(link) = after_comma
        .iter()
        .rposition(|&k| LINKING.contains(&words.lower[k].as_str()))
    else {
        return false;
    };
    let capital = |k: usize| words.text[k].starts_with(char::is_uppercase);
    // A plural opening the sentence is capitalised as its first word, no
    // title ("Supporters of Senator Lina Osei say").
    let noun_at = before_name[noun];
    let sentence_case = noun_at == 0 && words.lower[noun_at].ends_with('s');
    let title =
        capital(noun_at) && !sentence_case && after_comma[link + 1..].iter().any(|&k| capital(k));
    !title
}

/// The one person mentioned before byte `before` under the title `title`
/// (lower-cased words): "the prime minister" after "Prime Minister Benazir
/// Bhutto" or "Deputy Prime Minister X", not after "former prime minister Y".
fn office_holder(doc: &Document, title: &[String], before: usize) -> Option<String> {
    let titled = |start: usize| {
        let k = doc.tokens_covering(Span::new(start, start + 1)).start;
        let Some(from) = k.checked_sub(title.len()) else {
            return false;
        };
        let word = |j: usize| doc.slice(doc.tokens[j].span).to_lowercase();
        (from..k).zip(title).all(|(j, t)| word(j) == *t)
            && (from == 0 || word(from - 1) != "former")
    };
    let holds = |e: &&Entity| {
        e.etype == EntityType::Person
            && e.mentions
                .iter()
                .any(|m| m.span.end <= before && titled(m.span.start))
    };
    let mut holders = doc.entities.iter().filter(holds);
    let first = holders.next()?;
    holders.next().is_none().then(|| first.id.clone())
}

/// Whether the name ending at byte `end` of the source phrase `range` (local
/// word indices) owns what follows it: "Hekmatyar's lawyer", "Tutu's deputy
/// chairman, Alex Boraine".
fn owns_the_source(doc: &Document, words: &Words, range: Range<usize>, end: usize) -> bool {
    let Some(after) = range
        .clone()
        .find(|&k| doc.tokens[words.base + k].span.start >= end)
    else {
        return false;
    };
    is_possessive_mark(&words.lower[after])
        && after + 1 < range.end
        && words.text[after + 1].starts_with(char::is_lowercase)
}

/// "he", "she", "it", "they": the latest earlier source that fits, else the
/// nearest earlier entity that fits.
fn resolve_pronoun(
    doc: &Document,
    quotes: &[Quote],
    pronoun: &str,
    span: Span,
    previous: &[Claim],
) -> ClaimSource {
    // "We asked whether ...", "I think" outside any quotation: the writer.
    let first_person = matches!(pronoun, "i" | "we");
    let at = doc.tokens_covering(span).start;
    // Not "Arafat said: We reject the plan" nor a transcript's "A: I have
    // said": speech introduced by a colon, or inside what a claim reports.
    let introduced = || {
        doc.tokens[at.saturating_sub(3)..at]
            .iter()
            .any(|t| doc.slice(t.span) == ":")
            || previous
                .iter()
                .any(|c| c.content.is_some_and(|s| s.contains(&span)))
    };
    if first_person && !inside(quotes, at) && !introduced() {
        return ClaimSource {
            span: Some(span),
            kind: SourceKind::Anonymous,
            entity: None,
            affiliation: None,
        };
    }
    let personal = matches!(pronoun, "he" | "she") || first_person;
    let plural = pronoun == "they";
    // "he" is one person: not "Indian fishermen", "Witnesses" nor "The
    // opposition".
    let one_person = |c: &Claim| match c.source.kind {
        // The head before any modifier: "A spokesman for Harrow Bank".
        SourceKind::AnonymousAffiliated => c.source.span.is_some_and(|s| {
            let words: Vec<&str> = doc.slice(s).split(' ').collect();
            let modifier = words.iter().position(|w| {
                matches!(*w, "for" | "of" | "at" | "from" | "with" | "in" | "on")
                    || w.ends_with(',')
            });
            let head = modifier
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| words.get(k))
                .or(words.last())
                .map_or("", |w| w.trim_end_matches(','));
            is_source_noun(&head.to_lowercase()) && !head.ends_with('s')
        }),
        SourceKind::Anonymous => c.source.span.is_none_or(|s| {
            !plural_head(doc, s) && !matches!(doc.slice(s).to_lowercase().as_str(), "i" | "we")
        }),
        _ => true,
    };
    let fits = |c: &Claim| {
        let kind = c.source.kind;
        if personal {
            !matches!(
                kind,
                SourceKind::NamedOrg | SourceKind::Media | SourceKind::Unattributed
            ) && one_person(c)
        } else if plural {
            // "witnesses said ... They said": a group, named or not.
            !matches!(kind, SourceKind::NamedPerson | SourceKind::Unattributed)
        } else {
            matches!(kind, SourceKind::NamedOrg | SourceKind::Media)
        }
    };
    // "he" is no woman; "she" is the latest woman who spoke, if one did.
    let female = |c: &Claim| {
        c.source
            .entity
            .as_deref()
            .is_some_and(|id| known_female(doc, id))
    };
    let woman = (pronoun == "she")
        .then(|| previous.iter().rev().find(|c| fits(c) && female(c)))
        .flatten();
    let earlier = woman.or_else(|| {
        previous
            .iter()
            .rev()
            .find(|c| fits(c) && !(pronoun == "he" && female(c)))
    });
    // "Sharetsky said ... Lukashenko signed a pact ... which he believes
    // could grow": a man who is the subject of the pronoun's own sentence,
    // after the latest speaker, is nearer than that speaker. (A man who is
    // only the subject of a background sentence before is not: in wire copy
    // the next "he said" is still the speaker's.)
    let sentence_start = || {
        Sentence::holding(&doc.sentences, at).map_or(0, |s| doc.tokens[s.tokens.start].span.start)
    };
    let nearer_subject = (pronoun == "he")
        .then(|| person_subject_before(doc, quotes, span.start))
        .flatten()
        .filter(|(id, at)| {
            !known_female(doc, id)
                && *at >= sentence_start()
                && earlier.is_some_and(|c| c.cue.end <= *at)
        });
    if let Some((entity, _)) = nearer_subject {
        return ClaimSource {
            span: Some(span),
            kind: SourceKind::NamedPerson,
            entity: Some(entity),
            affiliation: None,
        };
    }
    if let Some(earlier) = earlier {
        return ClaimSource {
            span: Some(span),
            ..earlier.source.clone()
        };
    }
    let (kind, types) = if personal {
        (SourceKind::NamedPerson, vec![EntityType::Person])
    } else if plural {
        // A group: not the city of the dateline.
        (
            SourceKind::NamedOrg,
            vec![EntityType::Org, EntityType::Norp],
        )
    } else {
        (SourceKind::NamedOrg, vec![EntityType::Org, EntityType::Gpe])
    };
    let subject = personal
        .then(|| person_subject_before(doc, quotes, span.start))
        .flatten()
        .map(|(id, _)| id);
    let entity = subject
        .or_else(|| nearest_before(doc, span.start, &types, ""))
        .filter(|id| !(pronoun == "he" && known_female(doc, id)))
        .or_else(|| {
            // "he" after a woman: the latest man or person of unknown sex.
            (pronoun == "he")
                .then(|| latest_person(doc, span.start, |id| !known_female(doc, id)))
                .flatten()
        });
    ClaimSource {
        span: Some(span),
        kind: if plural && entity.is_none() {
            SourceKind::Anonymous
        } else {
            kind
        },
        entity,
        affiliation: None,
    }
}

/// Whether the last noun or pronoun of a source phrase is plural
/// ("Witnesses", "after opposition parties", "they").
fn plural_head(doc: &Document, span: Span) -> bool {
    doc.tokens[doc.tokens_covering(span)]
        .iter()
        .rev()
        .find(|t| t.xpos.starts_with("NN") || t.xpos == "PRP")
        .is_some_and(|t| {
            matches!(t.xpos.as_str(), "NNS" | "NNPS")
                || (t.xpos == "PRP" && doc.slice(t.span).eq_ignore_ascii_case("they"))
        })
}

/// The person who is the subject of a main clause before text offset
/// `before`, in its sentence or one of the two before it, the latest
/// sentence first: "Gaulieder, formerly a member of Prime Minister Vladimir
/// Meciar's party, was stripped of his mandate over what he said ..." is
/// Gaulieder, not the nearer Meciar. Returns the entity and the offset of
/// the subject. Subjects inside quotations are the quoted speaker's, not
/// the text's.
fn person_subject_before(
    doc: &Document,
    quotes: &[Quote],
    before: usize,
) -> Option<(String, usize)> {
    let here = doc
        .sentences
        .partition_point(|s| doc.tokens[s.tokens.start].span.start < before);
    let person_at = |k: usize| {
        doc.entities
            .iter()
            .filter(|e| e.etype == EntityType::Person)
            .find(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.span.contains(&doc.tokens[k].span) && m.span.end <= before)
            })
            .map(|e| e.id.clone())
    };
    doc.sentences[here.saturating_sub(3)..here]
        .iter()
        .rev()
        .find_map(|sentence| {
            sentence.tokens.clone().find_map(|k| {
                let token = &doc.tokens[k];
                let main_clause = token.head.is_some_and(|h| doc.tokens[h].deprel == "root")
                    && !inside(quotes, k);
                // A name the parser made the root heads a sentence about it
                // ("Samper -- who weathered a crisis -- appeared ...").
                let subject =
                    main_clause && matches!(token.deprel.as_str(), "nsubj" | "nsubj:pass");
                (subject || (token.deprel == "root" && token.upos == Some(Upos::Propn)))
                    .then(|| person_at(k).map(|id| (id, token.span.start)))
                    .flatten()
            })
        })
}
