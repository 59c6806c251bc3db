//! How the words framing a trigger change what is coded, as PLOVER and CAMEO
//! coders read them: a promise to cooperate is AGREE ("will provide aid"), a
//! promise of force or pressure is THREATEN ("would boycott"), a refusal to
//! cooperate is REJECT ("refused to lift the curfew"), and stopping
//! cooperation is SANCTION ("suspended military aid").

use crate::document::EventType;

/// Words before a cooperative trigger that make it a promise.
const PROMISE: &[&str] = &[
    "will",
    "willing",
    "ready",
    "prepared",
    "committed",
    "pledged",
    "promised",
    "offered",
    "vowed",
];

/// Words before a coercive trigger that make it a threat.
const THREAT: &[&str] = &[
    "will",
    "would",
    "threatened",
    "threatens",
    "warned",
    "prepared",
    "ready",
    "plans",
    "planned",
    "may",
];

/// Words before a cooperative trigger that make it a refusal.
const REFUSAL: &[&str] = &[
    "refused", "refuses", "refusing", "rejected", "rejects", "failed", "fails", "declined",
    "declines",
];

/// Verbs that, with a coercive measure as their object, end it: "lifted the
/// blockade" codes the lifting, not a blockade.
const LIFT: &[&str] = &[
    "lift",
    "lifted",
    "lifting",
    "lifts",
    "ease",
    "eased",
    "easing",
    "eases",
    "ended",
    "end",
    "ending",
    "shortened",
    "relaxed",
];

/// Objects of "give" or "hand" that are words, not aid: "gave no details",
/// "gave an interview".
const SAYING: &[&str] = &[
    "detail",
    "details",
    "comment",
    "interview",
    "speech",
    "address",
    "statement",
    "reason",
    "figure",
    "figures",
    "explanation",
    "account",
    "indication",
    "briefing",
    "estimate",
    "breakdown",
    "name",
    "date",
    "timetable",
    "warning",
    "hint",
];

/// Triggers that may be about commenting rather than an act: declining
/// or refusing to comment, a request for comment.
const COMMENT_TRIGGERS: &[&str] = &[
    "declined",
    "declines",
    "decline",
    "declining",
    "refused",
    "refuses",
    "request",
    "requests",
    "requested",
    "asked",
];

/// What a source may decline to do, or be asked for, without any act taking
/// place: "declined to comment", "a request for comment".
const COMMENTING: &[&str] = &[
    "comment",
    "elaborate",
    "detail",
    "say",
    "speculate",
    "specify",
    "reveal",
    "disclose",
    "identify",
];

/// What "met" meets when no one is met ("met all conditions").
const MET_TERMS: &[&str] = &[
    "condition",
    "conditions",
    "requirement",
    "requirements",
    "criteria",
    "deadline",
    "target",
    "targets",
    "expectations",
    "standards",
    "obligations",
    "needs",
    "quota",
    "threshold",
    "costs",
];

/// What did not come about when a meeting "failed to materialise" or talks
/// "have yet to resume".
pub const NEVER_CAME: &[&str] = &[
    "materialise",
    "materialize",
    "happen",
    "occur",
    "begin",
    "start",
    "resume",
    "convene",
    "open",
    "proceed",
    "meet",
];

/// Whether the words right before a verb say its act did not come about:
/// "has yet to apologise", "failed to arrest", "were unable to reach",
/// "held off supporting", "refrained from attacking", "stopped short of
/// endorsing".
pub fn not_done(window: &[String]) -> bool {
    match window {
        [.., a, b] if b == "to" => matches!(
            a.as_str(),
            "yet" | "fail" | "fails" | "failed" | "failing" | "unable"
        ),
        [.., a, b] if b == "off" => matches!(a.as_str(), "hold" | "holds" | "held" | "holding"),
        [.., a, b] if b == "from" => matches!(
            a.as_str(),
            "refrain" | "refrains" | "refrained" | "refraining" | "abstained"
        ),
        [.., a, b] if b == "of" => a == "short",
        _ => false,
    }
}

/// Whether the words right after an event noun say it did not come about:
/// "failed to materialise", "have yet to ...".
pub fn fell_through(next: &[String]) -> bool {
    match next {
        [a, b, c] if a == "failed" && b == "to" => NEVER_CAME.contains(&c.as_str()),
        [a, b, c] => matches!(a.as_str(), "have" | "has") && b == "yet" && c == "to",
        _ => false,
    }
}

/// What "contributed to" brings about when it gives nothing ("contributed
/// to the decision").
const CAUSED: &[&str] = &[
    "decision",
    "collapse",
    "rise",
    "fall",
    "decline",
    "death",
    "deaths",
    "tension",
    "tensions",
    "crisis",
    "problem",
    "problems",
    "failure",
    "defeat",
    "victory",
    "success",
    "growth",
    "instability",
    "unrest",
    "delay",
    "confusion",
    "downfall",
    "resignation",
    "killing",
    "killings",
    "loss",
    "losses",
    "violence",
];

/// What investigators or doctors rule out as a cause, refusing nothing
/// ("ruled out sabotage", "ruled out surgery").
const FINDINGS: &[&str] = &[
    "surgery",
    "sabotage",
    "foul",
    "terrorism",
    "suicide",
    "murder",
    "arson",
    "accident",
    "link",
    "links",
    "involvement",
    "infection",
    "cancer",
    "virus",
    "explosion",
    "bomb",
    "possibility",
];

/// What a government lifts when it gives ground.
const RESTRICTIONS: &[&str] = &[
    "ban",
    "sanctions",
    "embargo",
    "blockade",
    "siege",
    "curfew",
    "restrictions",
    "emergency",
    "suspension",
    "moratorium",
    "freeze",
    "boycott",
    "closure",
];

/// What two sides are "locked in".
const CONTESTS: &[&str] = &[
    "struggle",
    "battle",
    "dispute",
    "fight",
    "conflict",
    "war",
    "talks",
    "negotiations",
    "stalemate",
    "standoff",
    "feud",
    "race",
    "rivalry",
];

/// What is lifted without a restriction ending ("lift a bulldozer",
/// "lifted spirits").
const LIFTED_THINGS: &[&str] = &[
    "bulldozer",
    "car",
    "cars",
    "vehicle",
    "box",
    "boxes",
    "weight",
    "weights",
    "body",
    "bodies",
    "load",
    "cargo",
    "rubble",
    "stone",
    "stones",
    "rock",
    "rocks",
    "debris",
    "child",
    "baby",
    "hand",
    "hands",
    "head",
    "spirits",
    "prices",
    "shares",
    "stocks",
    "output",
    "production",
    "profits",
    "morale",
    "mood",
    "veil",
    "lid",
    "flag",
    "trophy",
    "cup",
    "off",
];

/// What "gave" gives when it is no aid ("gave a speech", "gives the agency
/// the authority", "give the impression").
const NOT_GIVEN_AS_AID: &[&str] = &[
    "account",
    "address",
    "answer",
    "go",
    "lead",
    "majority",
    "assurance",
    "assurances",
    "authority",
    "benefit",
    "birth",
    "boost",
    "briefing",
    "chance",
    "chase",
    "details",
    "evidence",
    "example",
    "go-ahead",
    "hope",
    "impression",
    "indication",
    "interview",
    "interviews",
    "lecture",
    "notice",
    "opportunity",
    "permission",
    "power",
    "powers",
    "reason",
    "rise",
    "sense",
    "signal",
    "speech",
    "statement",
    "testimony",
    "thought",
    "time",
    "up",
    "warning",
    "way",
];

/// What a firm or an office releases that is no one set free.
const PRODUCTS: &[&str] = &[
    "version",
    "software",
    "album",
    "film",
    "figures",
    "data",
    "results",
    "report",
    "statement",
    "video",
    "videos",
    "footage",
    "details",
    "list",
    "budget",
    "forecast",
    "guidelines",
];

/// Ills that people battle.
const AILMENTS: &[&str] = &[
    "addiction",
    "aids",
    "blaze",
    "cancer",
    "depression",
    "disease",
    "drought",
    "fire",
    "fires",
    "flames",
    "flood",
    "floods",
    "illness",
    "inflation",
    "injuries",
    "injury",
    "leukaemia",
    "leukemia",
    "malaria",
    "pneumonia",
    "poverty",
    "share",
    "unemployment",
];

/// Whom a firm or a government fires ("fired thousands of workers",
/// "fired his finance minister").
const DISMISSED: &[&str] = &[
    "workers",
    "worker",
    "employees",
    "employee",
    "staff",
    "minister",
    "ministers",
    "manager",
    "coach",
    "chief",
    "director",
    "executive",
    "executives",
    "aide",
    "aides",
    "secretary",
    "editor",
    "teachers",
    "servants",
    "strikers",
    "striking",
    "officials",
    "commander",
    "head",
    "him",
    "her",
    "them",
];

/// What is fired at someone, as against the people a firm fires.
const MUNITIONS: &[&str] = &[
    "shots",
    "shot",
    "rounds",
    "bullets",
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "mortars",
    "mortar",
    "shells",
    "shell",
    "grenades",
    "gas",
    "volleys",
    "volley",
    "salvo",
    "salvoes",
    "weapons",
    "guns",
    "cannon",
    "artillery",
    "warning",
    "flares",
    "bombs",
    "torpedoes",
    "ammunition",
    "teargas",
    "tear",
    "katyushas",
    "scuds",
    "gun",
    "weapon",
    "rifle",
    "rifles",
    "pistol",
];

/// What a head of state signs alone, which is no agreement with anyone
/// ("signed a decree", "signed the bill", "signed into law").
const DECREES: &[&str] = &[
    "decree",
    "decrees",
    "bill",
    "bills",
    "law",
    "laws",
    "legislation",
    "order",
    "orders",
    "budget",
    "ordinance",
    "measure",
];

/// What is seized upon in words ("seized on a comment").
const SEIZED_UPON: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "report",
    "claim",
    "mistake",
    "error",
    "issue",
    "opportunity",
    "chance",
    "idea",
    "word",
    "words",
    "gaffe",
];

/// People who are handed over rather than given ("handed a suspected
/// member of ETA to Spain", "refugees were handed over").
const HANDED_PEOPLE: &[&str] = &[
    "prisoner",
    "prisoners",
    "hostage",
    "hostages",
    "soldier",
    "soldiers",
    "captive",
    "captives",
    "detainee",
    "detainees",
    "refugee",
    "refugees",
    "suspect",
    "suspects",
    "member",
    "members",
    "fugitive",
    "fugitives",
    "body",
    "bodies",
    "remains",
    "man",
    "men",
    "woman",
    "women",
    "migrants",
    "deserters",
    "policemen",
    "pilot",
    "pilots",
];

/// Whether "handed" hands over people: one of [`HANDED_PEOPLE`] as what
/// is handed, before "to", "over" or the end of the phrase ("handed a
/// suspected member of ETA to Spain", "handed over 28 refugees to"), a
/// pronoun before "over" ("handed them over"), or the people before "handed
/// over" ("the refugees handed over on Friday", "the soldiers could be
/// handed over"); not "handed out food to refugees", "handed the men a
/// cheque" nor "handed a note to members of the government".
pub fn hands_over_people(trigger: &[String], before: &[String], after: &[String]) -> bool {
    let people = |w: &String| HANDED_PEOPLE.contains(&w.as_str());
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    if trigger.first().is_none_or(|w| w != "handed") || word(0) == "out" {
        return false;
    }
    let handed_object = after
        .iter()
        .take(6)
        .take_while(|w| !matches!(w.as_str(), "to" | "," | "."))
        .position(people)
        .is_some_and(|p| {
            matches!(
                word(p + 1),
                "" | "to"
                    | "over"
                    | "back"
                    | "into"
                    | "."
                    | ","
                    | "on"
                    | "in"
                    | "from"
                    | "at"
                    | "after"
                    | "and"
                    | "for"
                    | "of"
            )
        });
    let passive = before
        .iter()
        .rev()
        .take(4)
        .any(|w| matches!(w.as_str(), "be" | "been" | "being" | "was" | "were"));
    let over = word(0) == "over";
    handed_object
        || matches!(word(0), "him" | "her" | "them") && word(1) == "over"
        || over && before.last().is_some_and(people)
        || over && passive && before.iter().rev().take(8).any(people)
}

/// Ills that are fought without a battle ("fighting organised crime",
/// "the fight against inflation").
const SCOURGES: &[&str] = &[
    "crime",
    "corruption",
    "trafficking",
    "smuggling",
    "inflation",
    "poverty",
    "unemployment",
    "disease",
    "cancer",
    "aids",
    "drugs",
    "wildfires",
    "blaze",
    "flames",
    "fraud",
    "racism",
    "illiteracy",
];

/// Whether the words `after` a verb of fighting name an ill as what is
/// fought ("fighting international organised crime", "the battle against
/// inflation"), before any word that opens another phrase ("fought over
/// drugs", "left fires burning").
fn fights_a_scourge(after: &[String]) -> bool {
    after
        .iter()
        .take(4)
        .take_while(|w| {
            !matches!(
                w.as_str(),
                "over" | "near" | "for" | "in" | "with" | "left" | "amid" | "and" | ","
            )
        })
        .any(|w| SCOURGES.contains(&w.as_str()))
}

/// Bodies whose control is won by votes or shares rather than force
/// ("took control of the House", "seized control of the board").
const CONTROLLED_BODIES: &[&str] = &[
    "house",
    "senate",
    "congress",
    "parliament",
    "chamber",
    "legislature",
    "assembly",
    "company",
    "firm",
    "board",
    "council",
    "majority",
];

/// Whether the trigger `trigger` (its lower-cased words), before the words
/// `after` (the next four), is used in a sense that is no event: "drove out to the
/// airport", "overran its budget", "his conviction that", "acquitted
/// himself well", "pleaded not guilty", "pressing ahead".
pub fn ordinary_sense(trigger: &[String], after: &[String]) -> bool {
    let Some(first) = trigger.first().map(String::as_str) else {
        return false;
    };
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    match first {
        "drove" | "driven" | "driving" | "drive" => {
            matches!(
                word(0),
                "to" | "from" | "into" | "toward" | "towards" | "home" | "through"
            )
        }
        "overran" | "overrun" | "overrunning" => after.iter().take(3).any(|w| {
            matches!(
                w.as_str(),
                "budget" | "budgets" | "cost" | "costs" | "schedule"
            )
        }),
        "conviction" | "convictions" => word(0) == "that",
        // "executed the plan", "executed a search warrant": carried out.
        "executed" => after.iter().take(4).any(|w| {
            matches!(
                w.as_str(),
                "plan"
                    | "plans"
                    | "order"
                    | "orders"
                    | "contract"
                    | "contracts"
                    | "warrant"
                    | "strategy"
                    | "deal"
                    | "trade"
                    | "trades"
                    | "transaction"
                    | "transactions"
                    | "programme"
                    | "program"
                    | "project"
                    | "policy"
                    | "will"
                    | "landing"
                    | "kick"
                    | "turn"
                    // "executed a sharp U-turn".
                    | "u"
                    | "manoeuvre"
                    | "maneuver"
                    | "move"
            )
        }),
        "acquitted" => matches!(word(0), "himself" | "herself" | "themselves" | "itself"),
        // "bombarded Clinton with questions": words, not shells.
        "bombarded" | "bombard" | "bombarding" => after.iter().take(4).any(|w| {
            matches!(
                w.as_str(),
                "questions" | "queries" | "calls" | "letters" | "complaints" | "requests"
            )
        }),
        // "The crowd began to disperse after an hour": of its own accord.
        "disperse" | "dispersed" | "dispersing" => matches!(
            word(0),
            "" | "."
                | ","
                | "after"
                | "before"
                | "when"
                | "peacefully"
                | "quietly"
                | "and"
                | "without"
        ),
        // "gave no venue", "gave no sign": nothing given; "gives the agency
        // the authority", "gave a speech": no aid.
        "gave" | "give" | "gives" | "given" | "giving" => {
            word(0) == "no"
                || after
                    .iter()
                    .take(4)
                    .any(|w| NOT_GIVEN_AS_AID.contains(&w.as_str()))
        }
        // "battled through pneumonia": no fight.
        "battled" | "battling" => {
            matches!(word(0), "through" | "to")
                || after.iter().take(3).any(|w| AILMENTS.contains(&w.as_str()))
                || fights_a_scourge(after)
        }
        // "pounding Trump as a con artist": words, not guns.
        // "were pounded by heavy selling": markets.
        "pounded" | "pounding" => after
            .iter()
            .take(4)
            .any(|w| matches!(w.as_str(), "as" | "selling")),
        // "cut diplomatic postings": no ties cut.
        "cut" | "cuts" | "sever" | "severs" | "severing" => {
            trigger.get(1).is_some_and(|w| w == "diplomatic")
                && !matches!(word(0), "ties" | "relations")
        }
        // "The accord provides for elections": what it lays down.
        "provides" | "provided" | "provide" | "providing" => word(0) == "for",
        // "defended himself": no one backed.
        "defended" | "defend" | "defends" | "defending" => {
            matches!(word(0), "himself" | "herself" | "themselves" | "itself")
        }
        // "fighting organised crime", "battle against inflation": no foe
        // that fights back.
        "fighting" | "fight" | "fights" | "fought" | "battle" | "battles" => {
            fights_a_scourge(after)
        }
        // "insists on stabbing the peace process": no body stabbed.
        "stabbed" | "stabbing" | "stab" | "stabs" => {
            matches!(word(0), "the" | "a" | "this" | "that")
                && after.iter().take(3).any(|w| {
                    matches!(
                        w.as_str(),
                        "process" | "deal" | "agreement" | "accord" | "efforts"
                    )
                })
        }
        // "helped Republicans take control of the House": power won, not
        // territory seized.
        "took" | "taken" | "take" | "takes" | "taking" | "seized" | "seize" | "seizes"
        | "seizing"
            if trigger.get(1).is_some_and(|w| w == "control") =>
        {
            after
                .iter()
                .take(3)
                .any(|w| CONTROLLED_BODIES.contains(&w.as_str()))
                && !after.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "building" | "buildings" | "headquarters" | "palace" | "offices"
                    )
                })
        }
        // "released a new version of Windows": a product, not people.
        "released" => after.iter().take(4).any(|w| PRODUCTS.contains(&w.as_str())),
        // "hanged himself in his cell": no one's act on another.
        "hanged" => matches!(word(0), "himself" | "herself" | "themselves"),
        // "fired the workers", "fires striking civil servants" (read as
        // "fired"), "fired his finance minister": dismissed, not shot at.
        "fired" => {
            let dismissed = after
                .iter()
                .take(4)
                .any(|w| DISMISSED.contains(&w.as_str()));
            // "coal-fired power plants": fuelled.
            let fuelled = matches!(
                word(0),
                "power" | "plant" | "plants" | "station" | "stations" | "generators" | "boilers"
            );
            fuelled
                || dismissed
                    && !matches!(
                        word(0),
                        "at" | "on" | "upon" | "into" | "by" | "over" | "from"
                    )
                    && !after.iter().any(|w| MUNITIONS.contains(&w.as_str()))
        }
        // "forced him to sign an undertaking", "no sign of emotion": no
        // agreement signed.
        // "a letter of intent", "an undertaking with the IMF" are agreements.
        "sign" | "signed" | "signs" | "signing" => {
            let agreement = after.iter().take(4).any(|w| w == "with")
                || after.windows(2).any(|p| p[0] == "letter" && p[1] == "of");
            // "a bill of understanding", "a memorandum of intent".
            let understood = after
                .iter()
                .any(|w| matches!(w.as_str(), "understanding" | "intent"));
            word(0) == "of"
                || word(0) == "into"
                || !understood && after.iter().take(3).any(|w| DECREES.contains(&w.as_str()))
                || !agreement
                    && after.iter().take(3).any(|w| {
                        matches!(
                            w.as_str(),
                            "undertaking"
                                | "letter"
                                | "letters"
                                | "confession"
                                | "form"
                                | "forms"
                                | "papers"
                                | "autograph"
                                | "autographs"
                                | "book"
                                | "books"
                                | "register"
                                | "petition"
                        )
                    })
        }
        // "pressing ahead with the inquiry": going on, not pressing anyone.
        "pressed" | "pressing" => matches!(word(0), "ahead" | "on"),
        // "spoke to aid workers", "relief agencies": people named by their
        // work, however the parser reads "aid".
        "aid" | "relief" => matches!(
            word(0),
            "worker"
                | "workers"
                | "agency"
                | "agencies"
                | "group"
                | "groups"
                | "organisation"
                | "organisations"
                | "organization"
                | "organizations"
                | "official"
                | "officials"
                | "staff"
                | "volunteers"
        ),
        // "seven AK-47 assault rifles", "attack helicopters": weapons.
        "assault" | "attack" | "strike" => matches!(
            word(0),
            "rifle"
                | "rifles"
                | "weapon"
                | "weapons"
                | "helicopter"
                | "helicopters"
                | "aircraft"
                | "submarine"
                | "submarines"
                | "craft"
                | "boat"
                | "boats"
                | "dog"
                | "dogs"
        ),
        // "The ship sank in the storm": it went down; "sank a trawler" and
        // "was sunk by a torpedo" are attacks.
        "sank" | "sunk" | "sink" => matches!(
            word(0),
            "" | "." | "," | "in" | "off" | "after" | "near" | "to" | "within" | "and" | "on"
        ),
        // "met all conditions", "met the deadline": no meeting.
        // "met fierce resistance", but "met opposition leader Zyuganov".
        "met" | "meet" | "meets" => after.iter().take(3).enumerate().any(|(k, w)| {
            MET_TERMS.contains(&w.as_str())
                || (matches!(w.as_str(), "resistance" | "opposition")
                    && !matches!(
                        after.get(k + 1).map_or("", String::as_str),
                        "leader"
                            | "leaders"
                            | "figures"
                            | "members"
                            | "politicians"
                            | "parties"
                            | "groups"
                            | "deputies"
                            | "activists"
                            | "chief"
                            | "fighters"
                    ))
        }),
        // "protests contributed to the decision": a cause, not aid.
        // "contributed reporting from Charleston", "contributed to this
        // report": a byline.
        "contribute" | "contributed" | "contributing" => {
            (word(0) == "to" && after.iter().skip(1).any(|w| CAUSED.contains(&w.as_str())))
                || word(0) == "reporting"
                || (word(0) == "to"
                    && after
                        .iter()
                        .skip(1)
                        .take(2)
                        .any(|w| matches!(w.as_str(), "report" | "story" | "article")))
        }
        // "flew back empty-handed on Sunday": nothing handed over.
        // "handed down the maximum sentence": a ruling.
        "handed" => matches!(
            word(0),
            "" | "." | "," | "on" | "in" | "after" | "and" | "from" | "down"
        ),
        // "locked in a bloody power struggle": a long contest, no one locked up.
        "locked" => {
            trigger.get(1).is_some_and(|w| w == "in")
                && after.iter().any(|w| CONTESTS.contains(&w.as_str()))
        }
        // "destroyed the evidence", "destroyed his chances": no property.
        // "destroyed its stocks of chemical weapons": its own.
        "destroyed" | "destroying" => after.iter().take(3).any(|w| {
            matches!(
                w.as_str(),
                "stocks"
                    | "stockpile"
                    | "stockpiles"
                    | "drugs"
                    | "cocaine"
                    | "heroin"
                    | "narcotics"
                    | "process"
                    | "economy"
                    | "peace"
                    | "evidence"
                    | "documents"
                    | "records"
                    | "files"
                    | "hopes"
                    | "chances"
                    | "career"
                    | "reputation"
                    | "credibility"
                    | "confidence"
                    | "trust"
                    | "morale"
                    | "image"
            )
        }),
        // "used a crane to lift a bulldozer", "lifted prices": things raised,
        // not a restriction ended.
        "lift" | "lifted" | "lifting" => {
            after.iter().any(|w| LIFTED_THINGS.contains(&w.as_str()))
                && !after.iter().any(|w| RESTRICTIONS.contains(&w.as_str()))
        }
        // "delivered an appeal", "offered his gratitude", "would seize on
        // any inadequacy": words and chances, not goods or land.
        "delivered" | "deliver" | "delivering" => after.iter().take(3).any(|w| {
            matches!(
                w.as_str(),
                "appeal"
                    | "speech"
                    | "address"
                    | "message"
                    | "statement"
                    | "letter"
                    | "verdict"
                    | "ultimatum"
                    | "warning"
                    | "lecture"
                    | "sermon"
                    | "petition"
            )
        }),
        "offered" | "offer" | "offers" => after.iter().take(3).any(|w| {
            matches!(
                w.as_str(),
                "gratitude"
                    | "thanks"
                    | "condolences"
                    | "sympathy"
                    | "apology"
                    | "apologies"
                    | "congratulations"
                    | "prayers"
            )
        }),
        // Not "seized on Friday two tonnes of cocaine".
        "seize" | "seized" | "seizing" | "seizes" => {
            matches!(word(0), "on" | "upon")
                && !matches!(
                    word(1),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "the"
                        | "a"
                        | "an"
                )
                && !word(1).starts_with(|c: char| c.is_ascii_digit())
                // "seized on a comment by the prosecutor".
                || matches!(word(0), "on" | "upon")
                    && matches!(word(1), "the" | "a" | "an")
                    && SEIZED_UPON.contains(&word(2))
        }
        "bulldozed" | "bulldozing" => word(0) == "through",
        // "ruled out paying a ransom", "ruled out talks"; not "doctors ruled
        // out surgery" nor "ruled out sabotage": a finding.
        "ruled" | "rules" | "rule" | "ruling" => {
            trigger.get(1).is_some_and(|w| w == "out")
                && after.iter().take(3).any(|w| FINDINGS.contains(&w.as_str()))
        }
        // "Donors pledged to the reconstruction fund $1.8 billion": a gift.
        "pledged" | "pledging" => {
            trigger.get(1).is_some_and(|w| w == "to")
                && (matches!(word(0), "the" | "a" | "an" | "$")
                    || word(0).starts_with(|c: char| c.is_ascii_digit()))
        }
        // "the release said", "a press release": a statement.
        "release" => matches!(word(0), "said" | "says" | "stated" | "added" | "issued"),
        // "pleaded guilty", "a plea of not guilty": a defendant's answer.
        "plea" | "pleas" | "pleaded" | "pleading" => {
            matches!(word(0), "guilty" | "innocent" | "not")
                || (word(0), word(1)) == ("of", "guilty")
                || word(0) == "of" && word(1) == "not"
        }
        _ => false,
    }
}

/// Whether a one-word trigger between the words `before` and `after` is a
/// participle used as a noun: "The accused showed no emotion", "the
/// wounded", "The woman accused had been escorted out" (the defendant).
pub fn nominal_participle(before: Option<&str>, trigger: &[String], after: &[String]) -> bool {
    let auxiliary = after.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "had" | "has" | "was" | "were" | "is" | "are" | "will" | "would"
        )
    });
    // "briefed visiting U.S. Congressman Dana Rohrabacher", "the visiting
    // minister": a visitor, described in passing.
    let visitor = matches!(trigger, [word] if word == "visiting")
        && matches!(
            before,
            Some(
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "briefed"
                    | "met"
                    | "told"
                    | "received"
                    | "welcomed"
                    | "greeted"
                    | "hosted"
            )
        );
    (matches!(before, Some("the" | "a" | "an"))
        && matches!(trigger, [word] if word.ends_with("ed")))
        || (matches!(trigger, [word] if word == "accused") && auxiliary)
        || visitor
}

/// Whether a one-word trigger after the word `before` says the state a
/// body was found in, not who did it: "was found hanged in his cell".
pub fn state_found(before: Option<&str>, trigger: &[String]) -> bool {
    matches!(before, Some("found" | "discovered"))
        && matches!(trigger, [word] if matches!(word.as_str(), "hanged" | "hanging" | "drowned"))
}

/// Whether the trigger `trigger` asks a question rather than a request,
/// given the words `after` it: "was asked (at a news conference) if",
/// "asked Yeltsin about", "asked Netanyahu how".
pub fn asks_a_question(trigger: &[String], after: &[String]) -> bool {
    if !matches!(
        trigger.first().map(String::as_str),
        Some("asked" | "ask" | "asks" | "asking")
    ) {
        return false;
    }
    let question = after
        .iter()
        .take(6)
        .position(|w| matches!(w.as_str(), "if" | "whether"))
        .is_some_and(|q| !after[..q].iter().any(|w| w == "to"));
    let wh = |k: usize| {
        after.get(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "about" | "what" | "how" | "why" | "who" | "when"
            )
        })
    };
    question || wh(0) || wh(1)
}

/// Whether a one-word trigger after the words `before` (lower-cased, in
/// order) tests or names a weapon rather than uses it: "test-fired a
/// missile", "could build a nuclear bomb".
pub fn weapon_not_used(before: &[String], trigger: &[String]) -> bool {
    let back = |n: usize| {
        before
            .len()
            .checked_sub(n)
            .map_or("", |k| before[k].as_str())
    };
    match trigger {
        [word] if word == "fired" => back(1) == "-" && back(2) == "test",
        [word] if matches!(word.as_str(), "bomb" | "bombs") => {
            matches!(back(1), "nuclear" | "atomic" | "hydrogen" | "atom")
        }
        _ => false,
    }
}

/// Whether the trigger `trigger` (its lower-cased words) is about commenting,
/// given the words `after` it: "declined to comment", "declined comment",
/// "declined to be named", "asked not to be named", "declined to discuss
/// it", "refused to give details", "did not respond to a request for
/// comment" code no REJECT or REQUEST
/// ("refused to discuss its missile programme" still does).
pub fn about_commenting(trigger: &[String], after: &[String]) -> bool {
    let Some(verb) = trigger.last().map(String::as_str) else {
        return false;
    };
    if !COMMENT_TRIGGERS.contains(&verb) {
        return false;
    }
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    let declined = verb.starts_with("declin");
    let commenting =
        |w: &str| COMMENTING.contains(&w) || declined && matches!(w, "discuss" | "confirm");
    // "refused to give details", "declined to give further details",
    // "declined to offer his own figure", "declined to provide details".
    // "declined to give his name": staying anonymous.
    let giving_details = word(0) == "to"
        && matches!(word(1), "give" | "offer" | "provide")
        && (SAYING.contains(&word(2))
            || matches!(word(2), "more" | "further" | "any" | "other")
            || matches!(word(2), "his" | "her" | "their" | "its")
                && (word(3).starts_with("name")
                    || SAYING.contains(&word(3))
                    || word(3) == "own" && SAYING.contains(&word(4))));
    word(0) == "comment"
        || matches!(
            word(0),
            "further" | "any" | "all" | "official" | "immediate"
        ) && word(1) == "comment"
        || giving_details
        || (word(0), word(1), word(2)) == ("not", "to", "be")
        || matches!(word(0), "to" | "for")
            && (commenting(word(1))
                || word(1) == "be" && matches!(word(2), "named" | "identified" | "quoted"))
}

/// Whether the trigger `trigger`, after the sentence's words `before` it, is
/// a reporter's question opening the sentence ("Asked about the sanctions,
/// Peskov said", "When asked whether ..."), no REQUEST of the actors.
pub fn interview_question(before: &[String], trigger: &[String]) -> bool {
    trigger.len() == 1
        && trigger[0] == "asked"
        && (before.is_empty() || before.len() == 1 && before[0] == "when")
}

/// Whether an AID trigger's object (by lemma) is something said rather than
/// given: "gave no details" is no aid.
pub fn said_not_given(etype: EventType, object: Option<&str>) -> bool {
    etype == EventType::Aid && object.is_some_and(|o| SAYING.contains(&o))
}

/// Whether a coercive trigger is the object of a verb that ends it.
pub fn undone(etype: EventType, before: &[String]) -> bool {
    let near = &before[before.len().saturating_sub(3)..];
    coercive(etype) && near.iter().any(|w| LIFT.contains(&w.as_str()))
}

/// Verbs that, with a cooperative event as their object, stop it.
const STOP: &[&str] = &[
    "suspended",
    "suspends",
    "suspend",
    "suspension",
    "halted",
    "halts",
    "halt",
    "cut",
    "cuts",
    "ended",
    "ends",
    "cancelled",
    "canceled",
    "cancels",
    "froze",
    "freezes",
    "freeze",
    "reduced",
    "prohibit",
    "prohibited",
    "deny",
    "denied",
    "withheld",
];

fn cooperative(t: EventType) -> bool {
    use EventType::*;
    matches!(
        t,
        Consult | Aid | Support | Concede | Cooperate | Retreat | Agree
    )
}

fn coercive(t: EventType) -> bool {
    use EventType::*;
    matches!(t, Sanction | Coerce | Assault | Mobilize | Protest)
}

/// The type and CAMEO code a trigger of type `etype` takes given the words
/// `before` it in its clause (nearest last), or `None` when they change
/// nothing.
pub fn reframe(etype: EventType, before: &[String]) -> Option<(EventType, &'static str)> {
    let has = |list: &[&str]| before.iter().any(|w| list.contains(&w.as_str()));
    let negated = has(&["not", "n't", "never"]);
    if cooperative(etype) && (has(REFUSAL) || (negated && has(&["will", "would"]))) {
        return Some((EventType::Reject, "120"));
    }
    let near = &before[before.len().saturating_sub(3)..];
    if cooperative(etype) && near.iter().any(|w| STOP.contains(&w.as_str())) {
        if !negated && has(THREAT) {
            return Some((EventType::Threaten, "130")); // "may halt mediation"
        }
        return Some((EventType::Sanction, "160"));
    }
    if negated {
        return None;
    }
    if coercive(etype) && has(THREAT) {
        return Some((EventType::Threaten, "130"));
    }
    if cooperative(etype) && etype != EventType::Agree && has(PROMISE) {
        return Some((EventType::Agree, "030"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_senses_of_trigger_words() {
        let w = |s: &str| words(s);
        assert!(ordinary_sense(&w("drove out"), &w("to the airport")));
        assert!(!ordinary_sense(&w("drove out"), &w("the rebels")));
        assert!(ordinary_sense(&w("overran"), &w("its budget")));
        assert!(!ordinary_sense(&w("overran"), &w("the town")));
        assert!(ordinary_sense(&w("conviction"), &w("that peace")));
        assert!(ordinary_sense(&w("acquitted"), &w("himself well")));
        assert!(ordinary_sense(&w("executed"), &w("a search warrant")));
        assert!(!ordinary_sense(&w("executed"), &w("two drug traffickers")));
        assert!(!ordinary_sense(&w("acquitted"), &w("of murder")));
        assert!(ordinary_sense(&w("pleaded"), &w("not guilty to")));
        assert!(ordinary_sense(&w("pressing"), &w("ahead with the")));
        assert!(!ordinary_sense(&w("pressing"), &w("Iraq to comply")));
        assert!(!ordinary_sense(&w("pleaded"), &w("with the rebels")));
        assert!(ordinary_sense(&w("gave"), &w("no venue for")));
        assert!(ordinary_sense(&w("battled"), &w("through three bouts")));
        assert!(ordinary_sense(&w("battled"), &w("to a 1-1 draw")));
        assert!(ordinary_sense(
            &w("battling"),
            &w("inflation of 40 percent")
        ));
        assert!(ordinary_sense(&w("hanged"), &w("himself in his cell")));
        assert!(ordinary_sense(&w("take control"), &w("of the house")));
        assert!(ordinary_sense(&w("stabbing"), &w("the peace process")));
        assert!(ordinary_sense(&w("provides"), &w("for elections next May")));
        assert!(asks_a_question(
            &w("asked"),
            &w("at a news conference if the")
        ));
        assert!(asks_a_question(&w("asked"), &w("Yeltsin about the")));
        assert!(!asks_a_question(&w("asked"), &w("Iraq to withdraw")));
        assert!(ordinary_sense(&w("defended"), &w("himself")));
        assert!(ordinary_sense(
            &w("fighting"),
            &w("international organised crime")
        ));
        assert!(!ordinary_sense(&w("fighting"), &w("in the south")));
        assert!(!ordinary_sense(&w("stabbed"), &w("two tourists")));
        assert!(!ordinary_sense(&w("took control"), &w("of a village")));
        assert!(ordinary_sense(&w("cut diplomatic"), &w("postings abroad")));
        assert!(!ordinary_sense(&w("cut diplomatic"), &w("ties with Sudan")));
        assert!(ordinary_sense(&w("released"), &w("new version of Windows")));
        assert!(!ordinary_sense(&w("released"), &w("Serb police")));
        assert!(ordinary_sense(&w("executed"), &w("a sharp u - turn")));
        assert!(!ordinary_sense(&w("hanged"), &w("two drug traffickers")));
        assert!(ordinary_sense(&w("fired"), &w("his finance minister on")));
        assert!(ordinary_sense(
            &w("fired"),
            &w("power plants together emit")
        ));
        assert!(!ordinary_sense(
            &w("fired"),
            &w("by Hezbollah guerrillas landed")
        ));
        assert!(!ordinary_sense(
            &w("fired"),
            &w("teargas to disperse students")
        ));
        assert!(!ordinary_sense(
            &w("gave"),
            &w("Bosnia arms and ammunition")
        ));
        assert!(ordinary_sense(&w("gives"), &w("Labour a 20-point lead")));
        assert!(!ordinary_sense(&w("battled"), &w("police and burned")));
        assert!(ordinary_sense(&w("pounding"), &w("Trump as a con")));
        assert!(!ordinary_sense(
            &w("pounding"),
            &w("its positions in Kurdish")
        ));
        assert!(ordinary_sense(&w("gives"), &w("the agency the authority")));
        assert!(ordinary_sense(&w("fired"), &w("striking civil servants")));
        assert!(!ordinary_sense(
            &w("fired"),
            &w("indiscriminately into the")
        ));
        assert!(ordinary_sense(&w("fired"), &w("thousands of workers")));
        assert!(!ordinary_sense(&w("fired"), &w("at the crowd")));
        assert!(!ordinary_sense(&w("fired"), &w("three rockets into")));
        assert!(!ordinary_sense(&w("fired"), &w(". Two")));
        assert!(!ordinary_sense(&w("gave"), &w("food to the")));
        assert!(ordinary_sense(&w("sign"), &w("an undertaking")));
        assert!(ordinary_sense(&w("sign"), &w("of emotion")));
        assert!(ordinary_sense(&w("signed"), &w("a decree on Thursday")));
        assert!(!ordinary_sense(&w("signed"), &w("a bill of understanding")));
        assert!(ordinary_sense(&w("signed"), &w("into law an increase")));
        assert!(ordinary_sense(&w("seized"), &w("on a comment by")));
        assert!(ordinary_sense(&w("dispersed"), &w("without incident")));
        assert!(!ordinary_sense(&w("signed"), &w("a peace accord")));
        assert!(!ordinary_sense(&w("signed"), &w("an undertaking with the")));
        assert!(!ordinary_sense(&w("signed"), &w("a letter of intent")));
        assert!(ordinary_sense(
            &w("bombarded"),
            &w("Clinton with questions about")
        ));
        assert!(!ordinary_sense(
            &w("bombarded"),
            &w("the city with artillery")
        ));
        assert!(ordinary_sense(&w("disperse"), &w("after an hour")));
        assert!(ordinary_sense(&w("aid"), &w("workers said")));
        assert!(!ordinary_sense(&w("aid"), &w("to Gaza")));
        assert!(ordinary_sense(&w("assault"), &w("rifles")));
        assert!(ordinary_sense(&w("release"), &w("said")));
        assert!(ordinary_sense(&w("sank"), &w("in the storm")));
        assert!(!ordinary_sense(&w("sank"), &w("a trawler")));
        assert!(!ordinary_sense(&w("release"), &w("of prisoners")));
        assert!(!ordinary_sense(&w("disperse"), &w("the crowd")));
        assert!(ordinary_sense(&w("met"), &w("all conditions for")));
        assert!(!ordinary_sense(&w("met"), &w("Yeltsin on Tuesday")));
        assert!(!ordinary_sense(&w("meet"), &w("hostage-takers demands to")));
        assert!(ordinary_sense(&w("contributed"), &w("to the decision")));
        assert!(ordinary_sense(
            &w("contributed"),
            &w("reporting from Charleston")
        ));
        assert!(ordinary_sense(&w("contributed"), &w("to this report")));
        assert!(!ordinary_sense(&w("contributed"), &w("to a U.N. fund")));
        assert!(!ordinary_sense(&w("handed"), &w("to the International")));
        assert!(!ordinary_sense(
            &w("locked up"),
            &w("dissidents during the war")
        ));
        assert!(!ordinary_sense(&w("lifted"), &w("the ban on car")));
        assert!(!ordinary_sense(&w("met"), &w("opposition leader Gennady")));
        assert!(ordinary_sense(
            &w("destroyed"),
            &w("its stocks of chemical")
        ));
        assert!(ordinary_sense(&w("ruled out"), &w("surgery for Yeltsin")));
        assert!(!ordinary_sense(&w("ruled out"), &w("paying a ransom")));
        assert!(!ordinary_sense(&w("ruled out"), &w("talks with the")));
        assert!(!ordinary_sense(&w("contributed"), &w("troops to the")));
        assert!(ordinary_sense(&w("handed"), &w("on Sunday")));
        assert!(ordinary_sense(
            &w("handed"),
            &w("down the maximum sentence")
        ));
        let people =
            |before: &str, after: &str| hands_over_people(&w("handed"), &w(before), &w(after));
        assert!(people("France on Saturday", "a suspected member of ETA"));
        assert!(people("the 28 refugees", "over on Friday"));
        assert!(people("the rebels had", "them over ."));
        assert!(!people("the lift that", "him the Republican nomination"));
        assert!(!people("Mr. Clarke", "over management of the"));
        assert!(people(
            "Zaire",
            "over 28 Rwandan refugees to Rwandan authorities"
        ));
        assert!(!people("UNHCR officials", "out food to refugees in Goma"));
        assert!(!people("The refugees were", "blankets and food by the"));
        assert!(!people("The ambassador", "a protest note to members of"));
        assert!(!people("He", "the men a cheque ."));
        assert!(!ordinary_sense(&w("handed"), &w("over the town")));
        assert!(ordinary_sense(
            &w("locked in"),
            &w("a bloody power struggle")
        ));
        assert!(!ordinary_sense(&w("locked up"), &w("the suspects in")));
        assert!(ordinary_sense(&w("lift"), &w("a bulldozer over the")));
        assert!(!ordinary_sense(
            &w("lifted"),
            &w("Friday a day-old blockade")
        ));
        assert!(ordinary_sense(&w("destroyed"), &w("the evidence")));
        assert!(!ordinary_sense(&w("destroyed"), &w("a bridge near")));
        assert!(ordinary_sense(&w("delivered"), &w("an appeal to the")));
        assert!(!ordinary_sense(&w("delivered"), &w("food to the")));
        assert!(ordinary_sense(&w("offered"), &w("his gratitude to")));
        assert!(!ordinary_sense(&w("offered"), &w("talks to the")));
        assert!(ordinary_sense(&w("seize"), &w("on any inadequacy")));
        assert!(!ordinary_sense(&w("seized"), &w("the town")));
        assert!(nominal_participle(Some("the"), &w("accused"), &[]));
        assert!(!nominal_participle(
            Some("police"),
            &w("arrested"),
            &w("him")
        ));
        assert!(nominal_participle(
            Some("woman"),
            &w("accused"),
            &w("had been")
        ));
        assert!(nominal_participle(
            Some("briefed"),
            &w("visiting"),
            &w("U.S. Congressman")
        ));
        assert!(!nominal_participle(Some("was"), &w("visiting"), &w("Bonn")));
        assert!(state_found(Some("found"), &w("hanged")));
        assert!(weapon_not_used(&w("North Korea test -"), &w("fired")));
        assert!(weapon_not_used(&w("could build a nuclear"), &w("bomb")));
        assert!(!weapon_not_used(&w("a car"), &w("bomb")));
        assert!(!state_found(Some("was"), &w("hanged")));
        assert!(!nominal_participle(
            Some("those"),
            &w("arrested"),
            &w("were")
        ));
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn promises_threats_refusals_and_stops() {
        use EventType::*;
        let cases = [
            (Aid, "the united nations will", Some(Agree)),
            (Protest, "they said they would", Some(Threaten)),
            (Retreat, "is refusing to", Some(Reject)),
            (Aid, "japan had halted economic", Some(Sanction)),
            (Consult, "a suspension of", Some(Sanction)),
            (Concede, "said it would not", Some(Reject)),
            (Assault, "troops did not", None),
            (Consult, "lebed met", None),
            (Consult, "the community may halt", Some(Threaten)),
        ];
        for (etype, before, want) in cases {
            let got = reframe(etype, &words(before)).map(|(t, _)| t);
            assert_eq!(got, want, "{etype:?} after {before:?}");
        }
    }

    #[test]
    fn lifting_a_measure_undoes_it() {
        assert!(undone(EventType::Coerce, &words("the army lifted a")));
        assert!(!undone(EventType::Coerce, &words("the army imposed a")));
        assert!(!undone(EventType::Aid, &words("they lifted")));
    }

    #[test]
    fn details_given_are_no_aid() {
        assert!(said_not_given(EventType::Aid, Some("detail")));
        assert!(!said_not_given(EventType::Aid, Some("food")));
        assert!(!said_not_given(EventType::Support, Some("detail")));
    }
}
