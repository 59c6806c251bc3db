//! Cues that report nothing in their sentence: "The conflict claimed 10,000
//! lives", "The detention showed China's resolve", "The government responded
//! by pressing ahead", "The Treasury denied his application", "a man who
//! declined to give his name". Such a "claim" has no speaker or says
//! nothing; it is dropped.

use super::cues::CueKind;
use super::lexicon::OFFERING_THINGS;
use crate::document::{Claim, Document, EntityType, Sentence, Span, Token, Upos};

/// Heads of phrases that name a happening, which cannot speak ("the
/// conflict", "the detention of Wang").
const HAPPENINGS: &[&str] = &[
    "conflict",
    "war",
    "fighting",
    "violence",
    "detention",
    "arrest",
    "killing",
    "attack",
    "crisis",
    "incident",
    "clash",
    "unrest",
    "explosion",
    "blast",
    "bombing",
    "disaster",
    "accident",
    "death",
    "shooting",
    "massacre",
    "invasion",
    "occupation",
    "collapse",
    "earthquake",
    "flood",
    "fire",
    "confrontation",
    "standoff",
    "tension",
    "tensions",
    "situation",
];

/// What a refusal denies when it turns down a request rather than a
/// statement ("denied his application", "rejected the appeal").
const REQUESTS: &[&str] = &[
    "application",
    "request",
    "appeal",
    "visa",
    "entry",
    "access",
    "permission",
    "bail",
    "asylum",
    "petition",
    "bid",
    "call",
    "demand",
    "proposal",
    "offer",
    "clearance",
    "ultimatum",
    "invitation",
    "motion",
    "amendment",
    "nomination",
    "resignation",
];

/// Agreements, which are agreed on and agree to nothing themselves.
const AGREEMENTS: &[&str] = &[
    "treaty",
    "deal",
    "accord",
    "pact",
    "agreement",
    "ceasefire",
    "truce",
    "plan",
    "compromise",
    "settlement",
    "text",
    "budget",
    "protocol",
];

/// What "claimed" takes when it tells a toll ("claimed over 10,000 lives").
const TOLLS: &[&str] = &["life", "lives", "victim", "victims"];

/// Who is telephoned and what is convened when "called" takes them alone
/// ("called the police", "called an emergency meeting").
const CALLED_NOT_NAMED: &[&str] = &[
    "police",
    "ambulance",
    "doctor",
    "help",
    "911",
    "hotline",
    "embassy",
    "him",
    "her",
    "them",
    "me",
    "us",
    "lawyer",
    "authority",
    "firefighter",
    "paramedic",
    "meeting",
    "hearing",
    "session",
    "election",
    "strike",
    "vote",
    "referendum",
    "conference",
    "summit",
    "rally",
    "halt",
    "ceasefire",
    "truce",
    "recess",
    "witness",
];

/// Kin and friends, telephoned when "called" takes them alone or with what
/// for ("called his mom to break the news").
const KIN: &[&str] = &[
    "mother",
    "father",
    "mom",
    "mum",
    "dad",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "family",
    "friend",
    "parent",
    "neighbour",
    "neighbor",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiance",
];

/// What "claimed" takes when it wins or seizes something ("claimed the
/// title of president", "claimed victory").
const PRIZES: &[&str] = &[
    "asylum",
    "title",
    "crown",
    "throne",
    "seat",
    "prize",
    "medal",
    "championship",
    "land",
    "territory",
    "ownership",
];

/// What "claimed" takes when it tells what was destroyed ("has claimed an
/// estimated 30 houses of worship").
const DESTROYED: &[&str] = &["house", "home", "church", "building"];

/// Sources whose "found" reports a finding even of a bare noun phrase ("the
/// poll found a five-point lead", "the court found"), unlike "officers found
/// a shotgun". Named sources always report one.
const STUDIES: &[&str] = &[
    "author",
    "court",
    "judge",
    "jury",
    "panel",
    "tribunal",
    "commission",
    "committee",
    "poll",
    "survey",
    "study",
    "report",
    "investigation",
    "inquiry",
    "review",
    "analysis",
    "audit",
    "probe",
    "research",
    "researcher",
    "test",
    "autopsy",
];

/// What "found" finds when it reports a finding whoever the finder is
/// ("investigators found no evidence").
const FINDINGS: &[&str] = &["evidence", "sign", "trace", "proof", "link", "indication"];

/// What emergency services respond to ("responded to a distress call").
const EMERGENCIES: &[&str] = &[
    "call",
    "scene",
    "alarm",
    "emergency",
    "incident",
    "fire",
    "blaze",
    "site",
    "location",
    "address",
];

/// What "found" comes upon rather than finds out ("found a way", "found
/// him", "found themselves").
const COME_UPON: &[&str] = &[
    "way",
    "him",
    "her",
    "them",
    "it",
    "himself",
    "herself",
    "themselves",
    "itself",
    "body",
    "knife",
    "pistol",
    "gun",
    "rifle",
    "weapon",
    "explosive",
    "ammunition",
    "bomb",
    "grenade",
    "drug",
    "cash",
    "corpse",
    "grave",
];

/// War machines, which cannot speak ("Government jets blasted rebel
/// positions").
const WAR_MACHINES: &[&str] = &[
    "jet",
    "warplane",
    "plane",
    "aircraft",
    "helicopter",
    "gunship",
    "bomber",
    "artillery",
    "tank",
    "gun",
    "missile",
    "rocket",
    "mortar",
    "gunboat",
    "warship",
];

/// What is defended by force rather than argued for ("defending the town").
const STRONGHOLDS: &[&str] = &[
    "town",
    "city",
    "village",
    "capital",
    "base",
    "border",
    "airport",
    "bridge",
    "territory",
    "region",
    "area",
    "hill",
    "post",
    "garrison",
    "stronghold",
    "port",
];

/// Verbs of perception and knowledge that report nothing of a bare noun
/// phrase: "those feeling the crunch", "he knows the region well".
const SENSES: &[&str] = &["feel", "know", "find"];

/// Records and counts whose "show" reports a finding ("Satellite images
/// showed signs of a buildup", "Internal emails show concern"), besides the
/// [`STUDIES`] ("The survey showed strong support").
const EXHIBITS: &[&str] = &[
    "polling",
    "average",
    "census",
    "data",
    "figure",
    "number",
    "statistic",
    "result",
    "record",
    "document",
    "email",
    "return",
    "evidence",
    "picture",
    "photo",
    "photograph",
    "image",
    "footage",
    "video",
    "camera",
    "map",
    "chart",
    "indicator",
    "sample",
    "scan",
];

/// Qualities and marks that "show" displays rather than reports ("Obama
/// shows great charm", "showed no sign of emotion", "children not showing
/// symptoms", "the technique had shown progress"), unless records or
/// studies show them ([`EXHIBITS`], [`STUDIES`]).
const DISPLAYED: &[&str] = &[
    "sign",
    "symptom",
    "emotion",
    "progress",
    "improvement",
    "interest",
    "support",
    "charm",
    "judgment",
    "judgement",
    "inclination",
    "willingness",
    "readiness",
    "restraint",
    "remorse",
    "courage",
    "resolve",
    "determination",
    "flexibility",
    "strength",
    "weakness",
    "respect",
    "leadership",
    "commitment",
    "concern",
    "contempt",
    "disregard",
    "patience",
    "promise",
    "cut",
    "bruise",
    "injury",
    "wound",
    "mark",
    "way",
];

/// What is declared by deed rather than said ("declared a final dividend",
/// "declared a state of emergency", "declared force majeure").
const DECLARED_DEEDS: &[&str] = &[
    "dividend",
    "bankruptcy",
    "insolvency",
    "state",
    "emergency",
    "ceasefire",
    "truce",
    "curfew",
    "holiday",
    "mourning",
    "force",
];

/// Positions held, which "maintain" asserts ("maintained his innocence",
/// "maintained his denial of any wrongdoing").
const POSITIONS: &[&str] = &[
    "innocence",
    "denial",
    "claim",
    "position",
    "stance",
    "view",
    "opposition",
    "belief",
    "support",
    "objection",
    "assertion",
    "argument",
    "contention",
    "insistence",
    "line",
    "right",
];

/// What one offers in words ("offered some kind words", "offered a
/// preview of his thinking"): said, unlike condolences or a platform.
const OFFERED_WORDS: &[&str] = &[
    "word",
    "review",
    "analysis",
    "preview",
    "assessment",
    "thought",
    "prayer",
    "opinion",
    "view",
    "comment",
    "remark",
    "explanation",
    "praise",
    "criticism",
    "detail",
    "specific",
    "proof",
    "evidence",
    "reason",
    "answer",
    "response",
    "assurance",
    "guarantee",
    "argument",
    "advice",
    "insight",
    "perspective",
    "account",
    "testimony",
    "description",
    "estimate",
    "prediction",
    "forecast",
];

/// What a market maker or a dealer quotes ("quote one price").
const PRICES: &[&str] = &["price", "rate", "bid", "spread", "quote", "yield"];

/// What is observed by keeping it ("observing the ceasefire").
const TRUCES: &[&str] = &[
    "ceasefire",
    "truce",
    "cease-fire",
    "armistice",
    "rule",
    "holiday",
];

/// Nouns that "appeals" qualifies when it is a noun ("a U.S. appeals
/// court").
const APPEAL_BODIES: &[&str] = &["court", "judge", "panel", "tribunal", "chamber", "process"];

/// The verdict that the words after "found" give before their clause ends
/// ("found Dara Kamau guilty of", "was found not guilty"): whether it
/// convicts, if there is one.
pub fn verdict_in(after_found: &[String]) -> Option<bool> {
    let mut negated = false;
    for w in after_found {
        match w.as_str() {
            "," | "that" | "of" | "to" | "." | ";" => return None,
            "not" => negated = true,
            "guilty" | "liable" => return Some(!negated),
            "innocent" => return Some(false),
            _ => {}
        }
    }
    None
}

/// Whether `claim` (with its cue `cue`) reports nothing: its source names a
/// happening, its verb tells a toll or a response by deed, it turns down a
/// request, or its refusal only withholds the speaker's name.
pub fn reports_nothing(doc: &Document, claim: &Claim, cue: &CueKind) -> bool {
    let after_cue = |n: usize| {
        let end = doc.tokens_covering(claim.cue).end;
        doc.tokens
            .get(end..(end + n).min(doc.tokens.len()))
            .map(|ts| {
                ts.iter()
                    .map(|t| doc.slice(t.span).to_lowercase())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    if *cue == CueKind::Refusal {
        // "who declined to give his name": staying anonymous.
        let next = after_cue(2);
        return next.len() == 2
            && matches!(next[0].as_str(), "his" | "her" | "their")
            && next[1].starts_with("name");
    }
    let CueKind::Verb { lemma, .. } = cue else {
        return false;
    };
    // A participle modifying a noun: "non-life threatening injuries", "its
    // intended target".
    // The parser's "amod" alone is not enough: it also hangs misparsed
    // main verbs so ("Lines, denied any wrongdoing").
    let k = doc.tokens_covering(claim.cue).start;
    let upos = |k: usize| doc.tokens.get(k).and_then(|t| t.upos);
    let lower = |t: &Token| doc.slice(t.span).to_lowercase();
    let possessive = |k: usize| {
        matches!(
            lower(&doc.tokens[k]).as_str(),
            "its" | "his" | "her" | "their" | "our" | "my" | "your" | "'s" | "’s"
        )
    };
    // "the originally planned $8 million".
    let adverb_between = k > 1
        && upos(k - 1) == Some(Upos::Adv)
        && (upos(k - 2) == Some(Upos::Det) || possessive(k - 2));
    // "its intended target", "Israel's declared goal".
    let modifier_before = k > 0
        && (matches!(upos(k - 1), Some(Upos::Det | Upos::Adj))
            || possessive(k - 1)
            // "non-life threatening injuries".
            || doc.slice(doc.tokens[k - 1].span).len() > 1
                && doc.slice(doc.tokens[k - 1].span).contains('-'));
    if doc.tokens.get(k).is_some_and(|t| t.deprel == "amod")
        && modifier_before
        && matches!(upos(k + 1), Some(Upos::Noun | Upos::Adj))
    {
        return true;
    }
    if adverb_between
        && matches!(
            upos(k + 1),
            Some(Upos::Noun | Upos::Adj | Upos::Num | Upos::Sym)
        )
    {
        return true;
    }
    // The token at a phrase's head.
    let head = |span: Option<Span>| {
        let tokens = doc.tokens_covering(span?);
        tokens
            .clone()
            .find(|&k| doc.tokens[k].head.is_none_or(|h| !tokens.contains(&h)))
    };
    // The lemma of a phrase's head, unless the head is part of a name
    // ("War Resisters International", "Conflict Prevention Centre").
    let head_lemma = |span: Option<Span>| {
        let head = head(span)?;
        let named = doc.entities.iter().any(|e| {
            e.mentions
                .iter()
                .any(|m| m.span.contains(&doc.tokens[head].span))
        });
        (!named).then(|| doc.tokens[head].lemma.to_lowercase())
    };
    let next_word = after_cue(1).pop();
    let source_head = head_lemma(claim.source.span);
    let content_head = head_lemma(claim.content);
    let is =
        |word: &Option<String>, list: &[&str]| word.as_deref().is_some_and(|w| list.contains(&w));
    let content: &[Token] = claim
        .content
        .map_or(&[], |c| &doc.tokens[doc.tokens_covering(c)]);
    // The word right before what is said, in lower case.
    let word_before_content = claim.content.and_then(|c| {
        let first = doc.tokens_covering(c).start;
        first.checked_sub(1).map(|b| lower(&doc.tokens[b]))
    });
    let form = doc.slice(claim.cue).to_lowercase();
    // "The woman accused had been escorted out": a participle after its noun,
    // with the sentence's own verb group next.
    let verb_next = form == "accused" && content.first().is_some_and(|t| t.upos == Some(Upos::Aux));
    // "officers found a shotgun", "he knows the region": a thing, not a
    // clause ("found the United States was in breach", "know what it is").
    // Worked out only for the verbs that need it.
    let noun_phrase = || {
        let clause = content
            .iter()
            .any(|t| t.deprel.starts_with("nsubj") || t.deprel == "cop");
        !clause
            && head(claim.content).is_some_and(|k| {
                matches!(
                    doc.tokens[k].upos,
                    Some(Upos::Noun | Upos::Propn | Upos::Pron)
                ) && content.first().is_some_and(|t| t.upos != Some(Upos::Sconj))
            })
    };
    let finding = source_head.is_none() || is(&source_head, STUDIES) || is(&content_head, FINDINGS);
    // "found a shotgun in the vehicle", "found him barricaded in a room",
    // "found a way": a thing or a person come upon; not "found no
    // wrongdoing" nor "found widespread irregularities".
    let come_upon = || {
        let placed = content.iter().any(|t| {
            t.upos == Some(Upos::Adp)
                && matches!(
                    lower(t).as_str(),
                    "in" | "inside" | "under" | "near" | "at" | "behind" | "beside" | "outside"
                )
        });
        let negated = content.first().is_some_and(|t| lower(t) == "no");
        !content.is_empty() && !negated && (placed || is(&content_head, COME_UPON))
    };
    let bare_thing =
        SENSES.contains(lemma) && noun_phrase() && (*lemma != "find" || (!finding && come_upon()));
    // "Obama shows great charm", "had shown progress": a quality displayed.
    let displayed = *lemma == "show"
        && noun_phrase()
        && is(&content_head, DISPLAYED)
        && !is(&source_head, EXHIBITS)
        && !is(&source_head, STUDIES);
    let before_cue = |n: usize| (k >= n).then(|| lower(&doc.tokens[k - n]));
    // "four Lebanese accused of carrying out the attack", "people opposed
    // to the government": a participle after its noun, with no object.
    let reduced_relative = matches!(
        (form.as_str(), next_word.as_deref()),
        ("accused", Some("of")) | ("opposed", Some("to"))
    );
    // "called off the visit", "called up reservists": no call.
    let particle = *lemma == "call" && matches!(next_word.as_deref(), Some("off" | "up"));
    // "some say in the allocation": the noun.
    let noun_say = form == "say"
        && matches!(next_word.as_deref(), Some("in" | "over" | "on"))
        && matches!(
            before_cue(1).as_deref(),
            Some("some" | "a" | "any" | "no" | "more" | "greater" | "final" | "bigger" | "equal")
        );
    // "charges she has denied": the noun in apposition.
    let noun_cue = (upos(k) == Some(Upos::Noun)
        && matches!(
            before_cue(1).as_deref(),
            Some("," | "the" | "these" | "those" | "such")
        ))
        || (matches!(form.as_str(), "charges" | "claims")
            && before_cue(1).as_deref() == Some(",")
            && matches!(
                next_word.as_deref(),
                Some("he" | "she" | "they" | "it" | "which" | "that" | "we")
            ));
    // "Rebels agreed a ceasefire": an agreement, not a statement; "The
    // treaty agreed two weeks ago will end ...": a thing agreed on.
    let agreed_thing = *lemma == "agree" && (noun_phrase() || is(&source_head, AGREEMENTS));
    // "the official said, asking not to be named": anonymity, not a request.
    let anonymity = *lemma == "ask"
        && content.len() >= 4
        && content[..3].iter().map(lower).eq(["not", "to", "be"])
        && matches!(
            lower(&content[3]).as_str(),
            "named" | "identified" | "quoted"
        );
    let object = if *lemma == "call" {
        sole_object_lemma(doc, k)
    } else {
        None
    };
    // "called the police when they saw him": a telephone call; "called an
    // emergency meeting": a meeting convened. Words about someone take a
    // second object or a complement ("called Clinton a liar").
    let phoned = *lemma == "call"
        && (is(&object, CALLED_NOT_NAMED) || is(&object, KIN) || telephoned(doc, k));
    // "claimed the title", "has claimed an estimated 30 houses of worship":
    // won or destroyed, not said (not "claimed 100,000 participants").
    let taken = *lemma == "claim"
        && noun_phrase()
        && (is(&content_head, PRIZES) || is(&content_head, DESTROYED));
    // "in custody on Wednesday charged with attempted murder": the one
    // charged, not who charges ("Police charged two men with ..." stays).
    let indicted = *lemma == "charge" && next_word.as_deref() == Some("with");
    // "The donor gave $5 million to the school, called the Unity Academy":
    // a name given, after a comma with no speaker.
    let naming = form == "called"
        && before_cue(1).as_deref() == Some(",")
        && !doc
            .tokens
            .iter()
            .any(|t| t.head == Some(k) && t.deprel.starts_with("nsubj"))
        && head(claim.content).is_some_and(|h| doc.tokens[h].upos == Some(Upos::Propn));
    // "Kamau told his father", "informed the athletic director": whom,
    // not what; not a quotation ("told reporters: \"No comment.\"").
    let quoted = matches!(
        word_before_content.as_deref(),
        Some("\"" | "“" | "‘" | "'" | "``" | ":")
    );
    // Not "told his advisers to figure out how": what he told them to do.
    let verb_in_content = content
        .iter()
        .any(|t| matches!(t.upos, Some(Upos::Verb | Upos::Aux)));
    let addressee_only = matches!(*lemma, "tell" | "inform" | "notify")
        && noun_phrase()
        && !quoted
        && !verb_in_content;
    // "Does Kamau want to run for president?": the writer asks, no one
    // says.
    let yes_no_question = Sentence::holding(&doc.sentences, k).is_some_and(|sentence| {
        let words = &doc.tokens[sentence.tokens.clone()];
        let first = words.first().map(lower);
        let last = words.last().map(lower);
        last.as_deref() == Some("?")
            && first.is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "does"
                        | "do"
                        | "did"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "has"
                        | "have"
                        | "had"
                )
            })
    });
    // "the ideas he believes in": faith in something, no claim; "found
    // GUILTY of shooting": a verdict, which events tell.
    let believes_in = *lemma == "believe" && next_word.as_deref() == Some("in");
    // "found Dara Kamau guilty": the verdict follows the one it names.
    let verdict = *lemma == "find" && verdict_in(&after_cue(6)).is_some();
    // "Rebel forces were defending the town": held by force.
    let held = *lemma == "defend" && is(&content_head, STRONGHOLDS);
    // "The train slammed into a truck": a crash, not a rebuke.
    let crashed = *lemma == "slam"
        && matches!(
            next_word.as_deref(),
            Some("into" | "onto" | "against" | "through" | "shut" | "down")
        );
    // "a U.S. appeals court", "the outbreak sparked calls for": the noun.
    let noun_plural = (form == "appeals" && is(&next_word, APPEAL_BODIES))
        || (form == "calls for" && k > 0 && upos(k - 1) == Some(Upos::Verb));
    // "declared a final dividend", "declared a state of emergency".
    // Not "declared the curfew lifted", "declared the state of the economy
    // a disgrace": a judgment.
    let judged = content
        .iter()
        .take_while(|t| lower(t) != "," && t.upos != Some(Upos::Cconj))
        .any(|t| t.upos == Some(Upos::Verb))
        || (content_head.as_deref() == Some("state")
            && !content.windows(3).any(|w| {
                lower(&w[0]) == "state"
                    && lower(&w[1]) == "of"
                    && matches!(
                        lower(&w[2]).as_str(),
                        "emergency" | "siege" | "war" | "alert" | "mourning" | "disaster"
                    )
            }));
    let declared_deed =
        *lemma == "declare" && noun_phrase() && is(&content_head, DECLARED_DEEDS) && !judged;
    // "maintaining its forecast": kept, not held to be true ("maintained his
    // innocence" is).
    let kept = *lemma == "maintain" && noun_phrase() && !is(&content_head, POSITIONS);
    // "added to the bullish mood": more of something, not a remark.
    // Not "added to the crowd that the war would end".
    let that_before_content = word_before_content.as_deref() == Some("that");
    let added_to = *lemma == "add"
        && !that_before_content
        && !content.iter().any(|t| lower(t) == "that")
        && matches!(after_cue(2).as_slice(), [to, det] if to == "to"
        && matches!(
            det.as_str(),
            "the" | "a" | "an" | "this" | "its" | "his" | "her" | "their" | "our"
        ));
    // "could not confirm or deny the report": the second verb of one refusal.
    let second_of_refusal = matches!(*lemma, "deny" | "confirm")
        && matches!(before_cue(1).as_deref(), Some("or" | "nor"))
        && matches!(before_cue(2).as_deref(), Some("confirm" | "deny"));
    // "$81,000 in disputed costs", "of alleged abuses": a participle
    // before its noun after a preposition.
    let participle_of_noun = upos(k) != Some(Upos::Noun)
        && k > 0
        && upos(k - 1) == Some(Upos::Adp)
        && form.ends_with("ed")
        && upos(k + 1) == Some(Upos::Noun)
        && noun_phrase();
    // "the party's good showing", "evening television news shows": the
    // noun, no one showing anything.
    let show_noun = *lemma == "show"
        && k > 0
        && ((upos(k) == Some(Upos::Noun) && upos(k - 1) == Some(Upos::Noun))
            || ((upos(k) == Some(Upos::Noun) || form == "showing")
                && (matches!(upos(k - 1), Some(Upos::Adj | Upos::Det)) || possessive(k - 1))))
        && !matches!(next_word.as_deref(), Some("that" | ":" | "\"" | "“"));
    // "offered condolences", "the report offers the services of the FBI":
    // a thing offered, nothing said.
    // Not words offered ("offered some kind words", "offered no proof",
    // "offered \"my thoughts and prayers\"").
    let thing_offered = *lemma == "offer"
        && noun_phrase()
        && !quoted
        && !is(&content_head, OFFERED_WORDS)
        && (claim.source.span.is_none() || is(&source_head, OFFERING_THINGS));
    // "Market makers quote one price": a price, not words quoted;
    // "observing the ceasefire": a truce kept.
    let price_quoted = *lemma == "quote" && noun_phrase() && is(&content_head, PRICES);
    let truce_kept = *lemma == "observe" && noun_phrase() && is(&content_head, TRUCES);
    // "denied him a hearing": a thing withheld from someone, no denial.
    let withheld = *lemma == "deny"
        && doc
            .tokens
            .iter()
            .any(|t| t.head == Some(k) && t.deprel == "iobj");
    is(&source_head, HAPPENINGS)
        || price_quoted
        || truce_kept
        || withheld
        || participle_of_noun
        || show_noun
        || thing_offered
        || is(&source_head, WAR_MACHINES)
        || naming
        || held
        || crashed
        || displayed
        || noun_plural
        || declared_deed
        || kept
        || added_to
        || second_of_refusal
        || phoned
        || addressee_only
        || believes_in
        || verdict
        || yes_no_question
        || taken
        || indicted
        || reduced_relative
        || particle
        || noun_say
        || noun_cue
        || agreed_thing
        || anonymity
        || verb_next
        || bare_thing
        || (*lemma == "claim" && is(&content_head, TOLLS))
        || (*lemma == "respond" && matches!(next_word.as_deref(), Some("by" | "with")))
        // "police responded to the call": a response by deed.
        || (*lemma == "respond"
            && next_word.as_deref() == Some("to")
            && is(&content_head, EMERGENCIES)
            // "responded to the call for talks": words.
            && !claim.content.is_some_and(|c| {
                doc.slice(c).to_lowercase().contains(" for ")
            }))
        // "the shots echoed through the street", "a parolee wanted on suspicion of".
        || (matches!(*lemma, "echo" | "want")
            && content.first().is_some_and(|t| t.upos == Some(Upos::Adp))
            && next_word.as_deref() != Some("by"))
        // "denied the call by inspectors was ignored" denies a clause.
        || (matches!(*lemma, "deny" | "reject")
            && is(&content_head, REQUESTS)
            && !content
                .iter()
                .take_while(|t| t.upos != Some(Upos::Sconj) && lower(t) != ",")
                .any(|t| {
                    t.upos == Some(Upos::Aux)
                        || matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
                }))
}

/// Words that may follow the one called on the telephone: when, where, and
/// what for ("called Netanyahu on Tuesday", "called him to discuss").
const AFTER_CALLED: &[&str] = &[
    ".",
    "on",
    "in",
    "at",
    "from",
    "after",
    "before",
    "during",
    "last",
    "this",
    "late",
    "early",
    "shortly",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "again",
    "twice",
    "to",
];

/// Whether the verb "call" at `k` is a telephone call to a person named or
/// titled as its one object ("called the Ukrainian prime minister, Jan
/// Novak, on Tuesday", "called Netanyahu to discuss the crisis"), not words
/// about someone ("called Novak a liar", "called the plan \"a sham\"").
/// Read off the words, for the parse often hangs a second object elsewhere.
pub fn telephoned(doc: &Document, k: usize) -> bool {
    let tokens = &doc.tokens;
    // Every token is asked: the cheap test first.
    if tokens[k].upos != Some(Upos::Verb) || !tokens[k].lemma.eq_ignore_ascii_case("call") {
        return false;
    }
    let Some(sentence) = Sentence::holding(&doc.sentences, k) else {
        return false;
    };
    let end = sentence.tokens.end;
    let word = |j: usize| (j < end).then(|| doc.slice(tokens[j].span).to_lowercase());
    let quoted = (k + 1..end).any(|j| {
        matches!(
            doc.slice(tokens[j].span),
            "\"" | "“" | "”" | "‘" | "’" | "'" | "''" | "``"
        )
    });
    if quoted {
        return false;
    }
    // The object: determiners and modifiers, then nouns; a possessor starts
    // it again ("Uganda's defence minister"); a second phrase after a noun
    // ("Novak a liar", "Novak dishonest") is words about him.
    let mut j = k + 1;
    let mut noun = None;
    while j < end {
        match tokens[j].upos {
            Some(Upos::Det | Upos::Adj | Upos::Num) if noun.is_some() => return false,
            Some(Upos::Det | Upos::Adj | Upos::Num) => {}
            // "his mom".
            Some(Upos::Pron) if noun.is_none() && tokens[j].xpos == "PRP$" => {}
            Some(Upos::Noun | Upos::Propn) => noun = Some(j),
            Some(Upos::Part) if word(j).as_deref() == Some("'s") => noun = None,
            _ => break,
        }
        j += 1;
    }
    let Some(head) = noun else {
        return false;
    };
    let person = doc.entities.iter().any(|e| {
        e.etype == EntityType::Person
            && e.mentions
                .iter()
                .any(|m| m.span.contains(&tokens[head].span))
    }) || (tokens[head].upos == Some(Upos::Noun)
        && (crate::kb::Kb::get().role(&tokens[head].lemma).is_some()
            || KIN.contains(&tokens[head].lemma.to_lowercase().as_str())));
    if !person {
        return false;
    }
    // His name set beside his title: ", Jan Novak,".
    if word(j).as_deref() == Some(",")
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.upos == Some(Upos::Propn))
    {
        let after_name = (j + 1..end)
            .find(|&n| tokens[n].upos != Some(Upos::Propn))
            .unwrap_or(end);
        if word(after_name).as_deref() != Some(",") {
            return false;
        }
        j = after_name + 1;
    }
    match word(j).as_deref() {
        None => true,
        Some("to") => tokens
            .get(j + 1)
            .is_some_and(|t| t.upos == Some(Upos::Verb)),
        Some(w) => AFTER_CALLED.contains(&w),
    }
}

/// The lemma, in lower case, of the one object of the verb at `k` when
/// nothing says more of it ("called the police", not "called Clinton a
/// liar" nor "called the decision unfortunate"): its other dependents are
/// of the plain kinds.
fn sole_object_lemma(doc: &Document, k: usize) -> Option<String> {
    let sentence = Sentence::holding(&doc.sentences, k)?;
    let children: Vec<usize> = sentence
        .tokens
        .clone()
        .filter(|&c| doc.tokens[c].head == Some(k))
        .collect();
    let plain = |c: &usize| {
        matches!(
            doc.tokens[*c].deprel.as_str(),
            "nsubj" | "aux" | "obj" | "advmod" | "advcl" | "obl" | "punct" | "cc" | "conj" | "mark"
        )
    };
    let mut objects = children.iter().filter(|&&c| doc.tokens[c].deprel == "obj");
    match (objects.next(), objects.next()) {
        (Some(&object), None) if children.iter().all(plain) => {
            Some(doc.tokens[object].lemma.to_lowercase())
        }
        _ => None,
    }
}
