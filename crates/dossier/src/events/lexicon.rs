//! Event triggers: words and phrases of news text with their PLOVER type,
//! PLOVER mode and CAMEO code (CAMEO codes as in the PLOVER project's
//! CAMEO-to-PLOVER table; Dossier keeps the 2016 SANCTION reading of 163).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::document::EventType;

/// One trigger entry.
pub struct Trigger {
    /// Lower-case word forms (single tokens) that start the trigger.
    pub forms: &'static [&'static str],
    /// Words that must follow right after (empty: none).
    pub then: &'static [&'static str],
    /// Words one of which must come right before (empty: none).
    pub after: &'static [&'static str],
    /// PLOVER type.
    pub etype: EventType,
    /// PLOVER mode.
    pub mode: Option<&'static str>,
    /// CAMEO code.
    pub cameo: &'static str,
}

macro_rules! t {
    ([$($f:literal),+], $ty:ident, $mode:expr, $cameo:literal) => {
        Trigger { forms: &[$($f),+], then: &[], after: &[], etype: EventType::$ty, mode: $mode, cameo: $cameo }
    };
    ([$($f:literal),+] then [$($n:literal),+], $ty:ident, $mode:expr, $cameo:literal) => {
        Trigger { forms: &[$($f),+], then: &[$($n),+], after: &[], etype: EventType::$ty, mode: $mode, cameo: $cameo }
    };
    ([$($f:literal),+] after [$($p:literal),+], $ty:ident, $mode:expr, $cameo:literal) => {
        Trigger { forms: &[$($f),+], then: &[], after: &[$($p),+], etype: EventType::$ty, mode: $mode, cameo: $cameo }
    };
}

/// "attacked" used of words rather than force ("Smith attacked the plan"):
/// a criticism, coded as "criticised" is.
pub const VERBAL_ATTACK: Trigger = t!(
    ["attack", "attacks", "attacked", "attacking"],
    Accuse,
    Some("disapprove"),
    "111"
);

/// "called" of a telephone call to a person ("called the Ukrainian prime
/// minister on Tuesday"), as [`crate::claims::telephoned`] tells it from
/// words about someone.
pub const TELEPHONED: Trigger = t!(
    ["called", "calls", "calling", "call"],
    Consult,
    Some("phone"),
    "041"
);

/// "found guilty" ("A jury found Kamau guilty of murder", "was found guilty
/// on two counts"): a verdict, PLOVER's SANCTION 'convict', as "convicted" is.
pub const FOUND_GUILTY: Trigger = t!(
    ["found", "finds", "find", "finding"],
    Sanction,
    Some("convict"),
    "173"
);

/// Whether the word at `i` of the lower-cased words is "found" with "guilty"
/// or "liable" after it in its clause, not "not guilty".
pub fn finds_guilty(lower: &[String], i: usize) -> bool {
    let after = &lower[i + 1..(i + 7).min(lower.len())];
    FOUND_GUILTY.forms.contains(&lower[i].as_str())
        && crate::claims::verdict_in(after) == Some(true)
}

/// "held" of people kept captive, as [`crate::events`] tells it from the
/// parse: PLOVER's COERCE 'arrest' (detain).
pub const HELD_CAPTIVE: Trigger = t!(
    ["held", "holding", "hold", "holds"],
    Coerce,
    Some("arrest"),
    "173"
);

/// "blocked" of a measure ("India blocked the treaty"), as
/// [`crate::events`] tells it from its object: a rejection, not a blockade.
pub const BLOCKED_MEASURE: Trigger = t!(
    ["blocked", "block", "blocking", "blocks"],
    Reject,
    None,
    "120"
);

/// "handed over" of people ("handed 28 refugees to Rwandan authorities",
/// "until the soldiers could be handed over"): a release or return of
/// persons, not aid.
pub const PEOPLE_HANDED_OVER: Trigger = t!(["handed"], Retreat, Some("release"), "0841");

/// The trigger lexicon. More specific entries come first.
pub const TRIGGERS: &[Trigger] = &[
    // ASSAULT before PROTEST: "drone strike", "air strike" are attacks.
    t!(["strike", "strikes"] after ["drone", "air", "missile", "military", "rocket", "overnight", "artillery", "land", "retaliatory", "launched", "launch", "launching"], Assault, Some("aerial"), "195"),
    t!(
        ["airstrike", "airstrikes", "air-strike", "bombardment"],
        Assault,
        Some("aerial"),
        "195"
    ),
    t!(["strike", "strikes"] after ["general", "hunger", "national", "workers", "a", "the"], Protest, Some("strike"), "143"),
    t!(["strike", "striking"] then ["on", "against", "at"], Assault, None, "190"),
    t!(
        [
            "attack",
            "attacks",
            "attacked",
            "attacking",
            "assault",
            "assaulted",
            "offensive"
        ],
        Assault,
        None,
        "190"
    ),
    t!(
        ["shelled", "shelling", "shells", "pounded", "pounding"],
        Assault,
        Some("heavy-weapons"),
        "195"
    ),
    t!(
        [
            "bombed",
            "bombing",
            "bombings",
            "bomb",
            "explosion",
            "blast"
        ],
        Assault,
        Some("explosives"),
        "183"
    ),
    t!(
        [
            "killed",
            "killing",
            "killings",
            "kill",
            "massacre",
            "massacred",
            "murdered",
            "executed",
            "hanged",
            "beheaded"
        ],
        Assault,
        None,
        "190"
    ),
    t!(["gunned"] then ["down"], Assault, Some("firearms"), "193"),
    t!(
        ["stabbed", "stabbing", "stabbings", "stab", "stabs"],
        Assault,
        Some("primitive"),
        "182"
    ),
    t!(["blew", "blown", "blow", "blows", "blowing"] then ["up"], Assault, Some("explosives"), "183"),
    // "took control of the village": territory occupied.
    t!(["took", "taken", "take", "takes", "taking", "seized", "seize", "seizes", "seizing"] then ["control"], Coerce, Some("seize"), "192"),
    t!(
        ["shot", "shooting", "gunfire", "fired"],
        Assault,
        Some("firearms"),
        "193"
    ),
    t!(
        ["stormed", "storm", "raided", "raid", "invaded", "invasion", "ambushed", "ambush"],
        Assault,
        None,
        "190"
    ),
    t!(["burst"] then ["into", "in"], Assault, None, "190"),
    t!(["opened", "open", "opens", "opening"] then ["fire"], Assault, Some("firearms"), "193"),
    t!(["dropped", "drop", "dropping"] then ["bombs", "bomb", "explosives"], Assault, Some("aerial"), "195"),
    t!(
        ["overpowered", "overpower", "overpowering"],
        Assault,
        None,
        "190"
    ),
    t!(
        ["bombarded", "bombard", "bombarding"],
        Assault,
        Some("heavy-weapons"),
        "195"
    ),
    // "charged with hijack": the crime, not "to hijack the peace process".
    t!(["hijack"] after ["with", "of", "for", "the", "a", "attempted"], Assault, Some("abduct"), "181"),
    t!(["hostage", "hostages"] after ["taken", "took", "take", "taking", "held", "holding", "hold", "holds"], Assault, Some("abduct"), "181"),
    // "took three hostage", "held them hostage".
    t!(["hostage"] after ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "him", "her", "them", "dozens", "several", "people", "workers", "men", "women", "children", "soldiers", "tourists", "passengers", "foreigners", "journalists", "civilians", "policemen", "officers", "employees", "staff", "others"], Assault, Some("abduct"), "181"),
    // Destroying property (CAMEO 1712).
    t!(
        [
            "destroyed",
            "destroying",
            "ransacked",
            "ransacking",
            "bulldozed",
            "bulldozing",
            "torched"
        ],
        Assault,
        Some("seize"),
        "1712"
    ),
    t!(["set", "setting"] then ["ablaze", "alight"], Assault, Some("seize"), "1712"),
    t!(["overran", "overrun", "overrunning"], Assault, None, "190"),
    t!(["drove", "driven", "driving", "drive"] then ["out", "back"], Assault, None, "190"),
    t!(["raped", "rape", "rapes"], Assault, Some("sexual"), "1821"),
    t!(
        ["assassination", "assassinated", "assassinate"],
        Assault,
        Some("targeted"),
        "186"
    ),
    t!(
        [
            "abducted",
            "kidnapped",
            "abduction",
            "kidnapping",
            "hijacked",
            "hijacking",
            "hijackings"
        ],
        Assault,
        Some("abduct"),
        "181"
    ),
    t!(
        ["fighting", "clashes", "clashed", "battle", "battles", "fought", "battled", "battling"],
        Assault,
        None,
        "190"
    ),
    // COERCE
    t!(
        [
            "arrested",
            "arrest",
            "arrests",
            "arresting",
            "detained",
            "detain",
            "detention",
            "jailed",
            "jailing",
            "imprisoned",
            "imprisoning",
            "detaining",
            "detentions",
            "interrogated"
        ],
        Coerce,
        Some("arrest"),
        "173"
    ),
    t!(
        ["seized", "seize", "seizure", "confiscated"],
        Coerce,
        Some("seize"),
        "171"
    ),
    t!(
        [
            "deported",
            "deport",
            "deportation",
            "extradite",
            "extradited",
            "extradition"
        ],
        Coerce,
        Some("deport"),
        "174"
    ),
    t!(["curfew"], Coerce, Some("curfew"), "1723"),
    t!(["martial"] then ["law"], Coerce, Some("martial-law"), "1724"),
    t!(["siege", "emergency"] after ["of"], Coerce, Some("martial-law"), "1724"),
    t!(
        ["blockade", "blockades", "blockaded"],
        Coerce,
        Some("restrict"),
        "191"
    ),
    t!(["locked"] then ["into", "in", "up"], Coerce, Some("restrict"), "170"),
    t!(["banned", "ban"], Coerce, Some("restrict"), "170"),
    t!(["barred"], Coerce, Some("restrict"), "170"),
    t!(
        ["quell", "crackdown", "suppressed", "crushed", "crushing"],
        Coerce,
        None,
        "175"
    ),
    t!(["crack", "cracked", "cracking", "cracks"] then ["down"], Coerce, None, "175"),
    // "used teargas to disperse students": breaking up a crowd.
    t!(["dispersed", "disperse", "dispersing"], Coerce, None, "175"),
    t!(["sealed", "cordoned"] then ["off"], Coerce, Some("restrict"), "191"),
    t!(
        ["looted", "looting", "plundered"],
        Coerce,
        Some("seize"),
        "171"
    ),
    t!(["evicted", "evict", "eviction"], Coerce, None, "170"),
    // A court's finding: PLOVER's SANCTION 'convict' (CAMEO has no code of
    // its own for it; 173 is its legal action).
    t!(
        [
            "sentenced",
            "sentencing",
            "convicted",
            "convicting",
            "conviction",
            "convictions"
        ],
        Sanction,
        Some("convict"),
        "173"
    ),
    // SANCTION
    t!(["sanctions", "sanction", "embargo"], Sanction, None, "163"),
    t!(
        ["expelled", "expel", "expulsion"],
        Sanction,
        Some("expel"),
        "166"
    ),
    t!(["froze", "freezing", "freeze"], Sanction, None, "163"),
    t!(["severed", "suspended"] then ["ties", "relations", "aid"], Sanction, None, "161"),
    // "Nigeria was suspended from the Commonwealth".
    t!(["suspended", "suspend", "suspends", "suspending"] then ["from"], Sanction, None, "160"),
    // "bowed to Netanyahu's demand".
    t!(["bowed", "bow", "bows", "bowing"] then ["to"], Concede, None, "080"),
    t!(["cut", "cuts", "sever", "severs", "severing"] then ["ties", "relations", "diplomatic"], Sanction, None, "161"),
    // MOBILIZE
    t!(["sent", "send", "sending", "deployed", "deploy", "deployment"] then ["troops", "forces", "soldiers", "warships", "tanks"], Mobilize, None, "150"),
    t!(["massing", "massed", "amassed", "amassing"] then ["troops", "forces", "soldiers", "tanks"], Mobilize, None, "150"),
    t!(
        [
            "mobilised",
            "mobilized",
            "mobilisation",
            "mobilization",
            "reinforcements"
        ],
        Mobilize,
        None,
        "150"
    ),
    // PROTEST
    t!(
        [
            "protest",
            "protests",
            "protested",
            "protesters",
            "protesting"
        ],
        Protest,
        Some("demo"),
        "141"
    ),
    t!(
        [
            "demonstration",
            "demonstrations",
            "demonstrators",
            "marched",
            "rally",
            "rallies"
        ],
        Protest,
        Some("demo"),
        "141"
    ),
    t!(["boycott", "boycotted"], Protest, Some("boycott"), "143"),
    t!(["riot", "riots", "rioting"], Protest, Some("riot"), "145"),
    t!(
        ["threw", "throwing", "hurled", "hurling"] then ["stones", "rocks", "bricks", "bottles", "petrol", "molotov", "firebombs"],
        Protest,
        Some("riot"),
        "145"
    ),
    // THREATEN
    t!(
        [
            "threatened",
            "threatens",
            "threaten",
            "threat",
            "threats",
            "ultimatum"
        ],
        Threaten,
        None,
        "130"
    ),
    // REJECT
    t!(
        [
            "rejected",
            "rejects",
            "reject",
            "refused",
            "refuses",
            "refusal",
            "vetoed",
            "veto",
            "dismissed",
            "dismisses"
        ],
        Reject,
        None,
        "120"
    ),
    // ACCUSE
    t!(
        [
            "accused",
            "accuses",
            "accusing",
            "accusation",
            "accusations",
            "blamed",
            "blames",
            "blaming",
            "alleged"
        ],
        Accuse,
        Some("allege"),
        "112"
    ),
    t!(
        [
            "condemned",
            "condemns",
            "condemnation",
            "criticised",
            "criticized",
            "criticism",
            "denounced",
            "slams",
            "slammed",
            "slam",
            "faults",
            "faulted",
            "condemn",
            "criticise",
            "criticize",
            "denounce",
            "denounces"
        ],
        Accuse,
        Some("disapprove"),
        "111"
    ),
    t!(["hit", "hits", "hitting"] then ["out"], Accuse, Some("disapprove"), "111"),
    t!(
        ["charged", "charges", "indicted", "lawsuit", "sued"],
        Accuse,
        Some("allege"),
        "115"
    ),
    t!(
        [
            "investigate",
            "investigates",
            "investigated",
            "investigating",
            "investigation",
            "investigations",
            "probe",
            "probes",
            "probing",
            "probed",
            "inquiry"
        ],
        Accuse,
        Some("investigate"),
        "090"
    ),
    // REQUEST
    t!(
        [
            "urged",
            "urges",
            "urge",
            "urging",
            "asked",
            "asks",
            "requested",
            "requests",
            "request",
            "demanded",
            "demands",
            "demand",
            "demanding",
            "petition",
            "appealed",
            "appeals",
            "ordered",
            "plea",
            "pleas",
            "pleaded",
            "pleading"
        ],
        Request,
        None,
        "100"
    ),
    t!(["called", "calls", "calling"] then ["on", "for"], Request, None, "100"),
    // "Russia said Sudan must return the helicopter": a demand in reported speech.
    t!(["must"], Request, None, "100"),
    // CONSULT
    t!(["telephone", "phone"] then ["conversation", "call", "message", "talks"], Consult, Some("phone"), "041"),
    t!(["telephoned", "phoned"], Consult, Some("phone"), "041"),
    t!(
        ["visit", "visited", "visiting", "visits", "arrival"],
        Consult,
        Some("visit"),
        "042"
    ),
    t!(["hosted", "hosts"], Consult, Some("visit"), "043"),
    t!(
        [
            "talks",
            "met",
            "meet",
            "meeting",
            "meetings",
            "discussed",
            "discuss",
            "discussion",
            "discussions",
            "consultations",
            "consulted",
            "summit"
        ],
        Consult,
        None,
        "040"
    ),
    t!(
        ["negotiations", "negotiated", "negotiate", "negotiating"],
        Consult,
        None,
        "046"
    ),
    t!(
        ["mediating", "mediation", "mediated", "mediate"],
        Consult,
        Some("third-party"),
        "045"
    ),
    t!(["call"] after ["the", "a", "phone"], Consult, Some("phone"), "041"),
    t!(["summoned", "briefed"], Consult, None, "040"),
    // AGREE
    t!(
        ["agreed", "agree", "agrees", "agreement"],
        Agree,
        None,
        "030"
    ),
    t!(["ceasefire", "cease-fire", "truce"] after ["unilateral", "declared", "declare", "declares"], Retreat, Some("ceasefire"), "0871"),
    t!(["deal", "accord", "ceasefire", "truce", "pact"] after ["a", "military", "peace", "political"], Agree, None, "030"),
    t!(["ruled", "rules", "rule", "ruling"] then ["out"], Reject, None, "120"),
    t!(["signed", "sign"], Support, None, "057"),
    t!(
        [
            "apologised",
            "apologized",
            "apologise",
            "apologize",
            "apology"
        ],
        Support,
        None,
        "055"
    ),
    // SUPPORT
    t!(
        [
            "backed",
            "backs",
            "backing",
            "supported",
            "supports",
            "support",
            "supporting",
            "endorsed",
            "endorses",
            "endorse",
            "endorsing",
            "welcomed",
            "praised"
        ],
        Support,
        None,
        "051"
    ),
    // "decided to back Osei", "will back the plan": the verb, not the noun
    // or the adverb.
    t!(["back"] after ["to", "will", "would", "could", "should", "might", "may", "not", "n't"], Support, None, "051"),
    // COOPERATE
    t!(
        ["cooperate", "cooperation", "cooperated"],
        Cooperate,
        None,
        "060"
    ),
    // AID
    t!(["aid", "asylum", "donated", "relief"], Aid, None, "070"),
    // "pledged to end the fighting": a promise, not a gift.
    t!(["pledged", "pledging", "pledges", "pledge"] then ["to", "that"], Agree, None, "030"),
    t!(
        [
            "pledged",
            "pledge",
            "provided",
            "provide",
            "provides",
            "providing",
            "contribute",
            "contributed",
            "contributing"
        ],
        Aid,
        None,
        "070"
    ),
    // RETREAT and CONCEDE
    t!(
        [
            "withdrew",
            "withdraw",
            "withdrawal",
            "withdrawn",
            "retreated",
            "retreat"
        ],
        Retreat,
        Some("withdraw"),
        "087"
    ),
    t!(["pulled"] then ["out", "back"], Retreat, Some("withdraw"), "087"),
    t!(
        [
            "released",
            "freed",
            "release",
            "repatriated",
            "repatriation"
        ],
        Retreat,
        Some("release"),
        "0841"
    ),
    t!(
        [
            "lifted",
            "lift",
            "lifting",
            "eased",
            "ease",
            "conceded",
            "regretted"
        ],
        Concede,
        None,
        "080"
    ),
    // More of each category's vocabulary, after the entries above.
    t!(
        ["offered", "offers", "promised", "promises", "accepted", "accepts", "accept", "vowed"],
        Agree,
        None,
        "030"
    ),
    t!(["reached", "struck"] then ["agreement", "deal", "accord"], Agree, None, "030"),
    t!(
        [
            "defended",
            "defends",
            "upgraded",
            "restored",
            "recognised",
            "recognized"
        ],
        Support,
        None,
        "050"
    ),
    t!(["shared", "sharing", "exchanged", "exchanging"] then ["intelligence", "information", "data", "expertise", "evidence"], Cooperate, None, "064"),
    t!(
        [
            "granted",
            "grants",
            "gave",
            "handed",
            "evacuated",
            "delivered"
        ],
        Aid,
        None,
        "070"
    ),
    t!(
        [
            "resigned",
            "resigns",
            "surrendered",
            "demobilized",
            "demobilised",
            "disarmed"
        ],
        Retreat,
        None,
        "080"
    ),
    t!(
        ["investigating", "investigated", "inquiry"],
        Accuse,
        Some("investigate"),
        "090"
    ),
    t!(
        ["complained", "complaint", "lodged"],
        Accuse,
        Some("disapprove"),
        "111"
    ),
    t!(
        [
            "sought",
            "seeks",
            "seeking",
            "pressed",
            "pressing",
            "pressuring"
        ],
        Request,
        None,
        "100"
    ),
    t!(
        ["opposed", "opposes", "declined", "reneged", "violated", "spurned", "snubbed"],
        Reject,
        None,
        "120"
    ),
    t!(["warned", "warns", "warning"], Threaten, None, "130"),
    t!(
        [
            "blocked",
            "blockaded",
            "rioted",
            "demonstrated",
            "picketed",
            "occupied",
            "shunned"
        ],
        Protest,
        None,
        "140"
    ),
    t!(["staged"] then ["protest", "protests", "demonstration", "demonstrations", "rally", "strike"], Protest, Some("demo"), "141"),
    t!(
        ["strengthened", "reinforced", "trained", "massed"],
        Mobilize,
        None,
        "150"
    ),
    t!(["halted", "reduced", "imposed", "ended", "cut"] then ["aid", "sanctions", "ties", "relations", "trade", "imports", "exports", "assistance", "cooperation"], Sanction, None, "160"),
    t!(
        [
            "exploded", "beat", "beaten", "tortured", "wounded", "wounding", "captured", "engaged",
            "mortar", "mortars"
        ],
        Assault,
        None,
        "190"
    ),
    t!(
        [
            "prevented",
            "demolished",
            "outlawed",
            "confiscate",
            "hacked",
            "defaced",
            "censored"
        ],
        Coerce,
        None,
        "170"
    ),
    t!(
        [
            "cancelled",
            "canceled",
            "approved",
            "allowed",
            "allow",
            "allows",
            "relented",
            "yielded",
            "acquitted",
            "pardoned"
        ],
        Concede,
        None,
        "080"
    ),
];

/// Trigger entries by word form, in lexicon order.
static BY_FORM: LazyLock<HashMap<&'static str, Vec<&'static Trigger>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static Trigger>> = HashMap::new();
    for t in TRIGGERS {
        for form in t.forms {
            map.entry(*form).or_default().push(t);
        }
    }
    map
});

/// Whether some trigger starts with the word form `word`.
pub fn is_listed(word: &str) -> bool {
    BY_FORM.contains_key(word)
}

/// Past forms of irregular verbs, by lemma, that the lexicon lists.
const IRREGULAR_PASTS: &[(&str, &str)] = &[
    ("bring", "brought"),
    ("fight", "fought"),
    ("flee", "fled"),
    ("give", "gave"),
    ("hold", "held"),
    ("lead", "led"),
    ("meet", "met"),
    ("overthrow", "overthrew"),
    ("seek", "sought"),
    ("send", "sent"),
    ("shoot", "shot"),
    ("strike", "struck"),
    ("take", "took"),
    ("throw", "threw"),
    ("withdraw", "withdrew"),
];

/// The form the lexicon lists for a verb whose own form it does not list,
/// found from its lemma: the past tense first, as most entries give it
/// ("expels", "expelling" -> "expelled"; "meets" -> "met"; "frees" ->
/// "freed"), then the lemma and its other forms.
pub fn listed_form(lemma: &str) -> Option<&'static str> {
    let lemma = lemma.to_lowercase();
    let irregular = IRREGULAR_PASTS
        .iter()
        .find(|(l, _)| *l == lemma)
        .map(|(_, past)| past.to_string());
    let doubled = lemma.chars().last().map(|c| format!("{lemma}{c}ed"));
    let y_ied = lemma.strip_suffix('y').map(|stem| format!("{stem}ied"));
    let e_less = lemma.strip_suffix('e');
    let candidates = [
        irregular,
        Some(if e_less.is_some() {
            format!("{lemma}d")
        } else {
            format!("{lemma}ed")
        }),
        doubled,
        y_ied,
        Some(lemma.clone()),
        Some(format!("{lemma}s")),
        Some(format!("{lemma}es")),
        Some(format!("{}ing", e_less.unwrap_or(&lemma))),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|form| BY_FORM.get_key_value(form.as_str()).map(|(k, _)| *k))
}

/// The trigger at local index `i` of the lower-cased words, with its length
/// in tokens.
pub fn trigger_at(lower: &[String], i: usize) -> Option<(&'static Trigger, usize)> {
    let candidates = BY_FORM.get(lower[i].as_str())?;
    candidates.iter().find_map(|&t| {
        let preceded = i > 0 && t.after.contains(&lower[i - 1].as_str());
        if !t.after.is_empty() && !preceded {
            return None;
        }
        if !t.then.is_empty() {
            let next = lower.get(i + 1)?;
            return t.then.contains(&next.as_str()).then_some((t, 2));
        }
        Some((t, 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_lowercase).collect()
    }

    #[test]
    fn other_forms_of_a_verb_find_the_form_listed() {
        assert_eq!(listed_form("expel"), Some("expelled"));
        assert_eq!(listed_form("meet"), Some("met"));
        assert_eq!(listed_form("free"), Some("freed"));
        assert_eq!(listed_form("storm"), Some("stormed"));
        assert_eq!(listed_form("withdraw"), Some("withdrew"));
        assert_eq!(listed_form("say"), None);
    }

    #[test]
    fn triggers_by_context() {
        let w = lower("a drone strike hit the town");
        assert_eq!(trigger_at(&w, 2).unwrap().0.etype, EventType::Assault);
        let w = lower("workers began a general strike");
        assert_eq!(trigger_at(&w, 4).unwrap().0.etype, EventType::Protest);
        let w = lower("they called for talks");
        assert_eq!(trigger_at(&w, 1).unwrap().1, 2);
        let w = lower("he called it a farce");
        assert!(trigger_at(&w, 1).is_none());
        let w = lower("police cracked down on protesters");
        assert_eq!(trigger_at(&w, 1).unwrap().1, 2);
        assert!(finds_guilty(
            &lower("a jury found dara kamau guilty of murder"),
            2
        ));
        assert!(finds_guilty(&lower("he was found guilty on two counts"), 2));
        assert!(!finds_guilty(&lower("she was found not guilty"), 3));
        assert!(!finds_guilty(
            &lower("police found a gun , guilty or not"),
            1
        ));
        let w = lower("Suu Kyi hit out at the government");
        assert_eq!(trigger_at(&w, 2).unwrap().0.etype, EventType::Accuse);
        let w = lower("a plea for help");
        assert_eq!(trigger_at(&w, 1).unwrap().0.etype, EventType::Request);
        let w = lower("a court sentenced him");
        assert_eq!(trigger_at(&w, 2).unwrap().0.mode, Some("convict"));
        let w = lower("a telephone conversation with Yeltsin");
        assert_eq!(trigger_at(&w, 1).unwrap().0.mode, Some("phone"));
        let w = lower("soldiers opened fire on the crowd");
        assert_eq!(trigger_at(&w, 1).unwrap().1, 2);
        let w = lower("Iraq was massing troops near the border");
        assert_eq!(trigger_at(&w, 2).unwrap().0.etype, EventType::Mobilize);
        let w = lower("Eritrea cut diplomatic ties with Sudan");
        assert_eq!(trigger_at(&w, 1).unwrap().0.etype, EventType::Sanction);
        let w = lower("students threw stones at police");
        assert_eq!(trigger_at(&w, 1).unwrap().0.etype, EventType::Protest);
        let w = lower("jets dropped bombs on the camp");
        assert_eq!(trigger_at(&w, 1).unwrap().0.mode, Some("aerial"));
    }
}
