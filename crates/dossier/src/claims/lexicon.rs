//! The words of attribution: reporting verbs with their stance, refusal and
//! hearsay phrases, source nouns, and hedges.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::document::Stance;

/// A reporting verb: its lemma, its forms, and the stance it expresses.
pub struct ReportingVerb {
    /// Dictionary form.
    pub lemma: &'static str,
    /// Stance when not negated.
    pub stance: Stance,
    /// True when the verb introduces what was said through its object
    /// ("urged X to", "accused X of", "denied the reports").
    pub takes_object: bool,
}

/// Verbs of saying and charging that a negation empties: "did not say",
/// "never mentioned", "has not blamed" report nothing said.
pub const NEGATABLE_SAYING: &[&str] = &[
    "say", "tell", "report", "state", "claim", "announce", "mention", "add", "write", "suggest",
    "indicate", "reveal", "disclose", "accuse", "blame", "charge", "allege",
];

/// Verbs of saying whose speaker may follow them ("..., said Smith",
/// "\"Q,\" interjected the judge").
#[rustfmt::skip]
pub const INVERTING: &[&str] = &[
    "say", "add", "tell", "write", "state", "explain", "insist", "note", "argue", "continue",
    "ask", "reply", "warn", "declare", "recall", "conclude", "respond", "claim", "report",
    "announce", "acknowledge", "read", "shout", "yell", "scream", "exclaim", "whisper",
    "interject", "retort", "quip", "counter", "concede", "admit", "complain", "observe", "boast",
    "joke", "remark", "muse", "caution", "lament", "stress", "assert", "reiterate", "bark",
    "fume", "scoff", "testify", "tweet",
];

/// Verbs of thought, intention and request: attributions too, but only when
/// they are not inside what another cue of the sentence reports ("Lebed said
/// he hoped to sign" is one claim, not two).
pub const WEAK_LEMMAS: &[&str] = &[
    "believe", "think", "hope", "expect", "fear", "feel", "want", "know", "doubt", "worry", "ask",
    "urge", "call", "appeal", "plan", "seem", "appear", "agree", "decide", "refuse", "intend",
    "seek",
];

macro_rules! verbs {
    ($($lemma:literal $stance:ident $object:literal),+ $(,)?) => {
        &[$(ReportingVerb { lemma: $lemma, stance: Stance::$stance, takes_object: $object }),+]
    };
}

/// Reporting verbs of news text.
pub const REPORTING_VERBS: &[ReportingVerb] = verbs![
    "say" Assert false, "tell" Assert false, "add" Assert false, "state" Assert false,
    "claim" Assert false, "confirm" Confirm false, "deny" Deny true, "warn" Assert false,
    "accuse" Assert true, "charge" Assert false, "insist" Assert false,
    "acknowledge" Assert false, "suggest" Assert false, "hint" Assert false,
    "announce" Assert false, "report" Assert false, "urge" Assert true, "demand" Assert true,
    "declare" Assert false, "argue" Assert false, "explain" Assert false, "note" Assert false,
    "write" Assert false, "assert" Assert false, "maintain" Assert false, "allege" Assert false,
    "predict" Assert false, "promise" Assert false, "pledge" Assert false, "vow" Assert false,
    "reject" Deny true, "dismiss" Deny true, "refute" Deny true, "describe" Assert true,
    "stress" Assert false, "emphasise" Assert false, "emphasize" Assert false,
    "reiterate" Assert false, "admit" Assert false, "concede" Assert false,
    "complain" Assert false, "criticise" Assert true, "criticize" Assert true,
    "condemn" Assert true, "quote" Assert false, "testify" Assert false,
    "indicate" Assert false, "disclose" Assert false, "reveal" Assert false,
    "estimate" Assert false, "reply" Assert false, "counter" Assert false,
    "caution" Assert false, "ask" Assert true, "appeal" Assert true, "call" Assert true,
    "believe" Assert false, "contend" Assert false, "recall" Assert false,
    "remark" Assert false, "observe" Assert false, "forecast" Assert false,
    "threaten" Assert false, "slam" Assert true, "cite" Assert true, "show" Assert false,
    "find" Assert false, "respond" Assert false, "question" Assert true, "mention" Assert false,
    "blast" Assert true, "tweet" Assert false, "echo" Assert true, "liken" Assert true,
    "propose" Assert true, "recommend" Assert true, "conclude" Assert false, "praise" Assert true,
    "blame" Assert true, "attack" Assert true, "lament" Assert false, "think" Assert false,
    "hope" Assert false, "expect" Assert false, "fear" Assert false, "feel" Assert false,
    "want" Assert true, "know" Assert false, "doubt" Assert false, "worry" Assert false,
    "plan" Assert true, "agree" Assert false, "refuse" Assert true, "intend" Assert true,
    "dub" Assert true, "brand" Assert true, "label" Assert true, "read" Assert false,
    "continue" Assert false, "point" Assert false, "speculate" Assert false, "guess" Assert false,
    "boast" Assert false, "concur" Assert false, "retort" Assert false, "quip" Assert false,
    "endorse" Assert true, "refer" Assert true, "oppose" Assert true,
    "express" Assert true, "denounce" Assert true, "highlight" Assert true,
    "remind" Assert false, "mock" Assert true, "portray" Assert true, "list" Assert true,
    "assure" Assert false, "repeat" Assert true, "prefer" Assert true, "decry" Assert true,
    "applaud" Assert true, "lambaste" Assert true, "ridicule" Assert true, "chide" Assert true,
    "scold" Assert true, "rebuke" Assert true, "characterize" Assert true,
    "characterise" Assert true, "muse" Assert false, "joke" Assert false,
    "defend" Assert true, "seek" Assert true, "seem" Assert false, "appear" Assert false,
    "tout" Assert true, "thank" Assert true, "wonder" Assert false, "chant" Assert false,
    "shout" Assert false, "yell" Assert false, "brag" Assert false, "signal" Assert false,
    "talk" Assert false, "offer" Assert true, "assail" Assert true, "deride" Assert true,
    "bemoan" Assert false, "rebut" Deny true, "dispute" Deny true, "vouch" Assert false,
    "retweet" Assert false, "interject" Assert false, "voice" Assert true, "rail" Assert false,
    "deem" Assert true, "reference" Assert true, "bark" Assert false, "fume" Assert false,
    "scoff" Assert false, "notify" Assert false, "inform" Assert false,
    "whisper" Assert false, "exclaim" Assert false,
];

/// Irregular forms of reporting verbs.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("sought", "seek"),
    ("says", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("testified", "testify"),
    ("testifies", "testify"),
    ("forecast", "forecast"),
    ("found", "find"),
    ("finds", "find"),
    ("finding", "find"),
    ("shown", "show"),
    ("thought", "think"),
    ("knew", "know"),
    ("known", "know"),
    ("felt", "feel"),
    ("feels", "feel"),
    ("echoes", "echo"),
    ("worried", "worry"),
    ("worries", "worry"),
    ("thinks", "think"),
];

/// Every inflected form of every reporting verb, mapped to its lemma.
static FORMS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for v in REPORTING_VERBS {
        let lemma = v.lemma;
        let stem = lemma.strip_suffix('e').unwrap_or(lemma);
        let last = lemma.chars().last().unwrap_or(' ');
        let mut add = |form: String| {
            forms.entry(form).or_insert(lemma);
        };
        add(lemma.to_string());
        add(format!("{lemma}s"));
        add(format!("{lemma}es"));
        add(format!("{stem}ed"));
        add(format!("{stem}ing"));
        if let Some(y) = lemma.strip_suffix('y') {
            add(format!("{y}ied"));
            add(format!("{y}ies"));
        }
        // "slammed", "slamming": a doubled final consonant.
        if !"aeiouwy".contains(last) {
            add(format!("{lemma}{last}ed"));
            add(format!("{lemma}{last}ing"));
        }
    }
    for (form, lemma) in IRREGULAR {
        forms.insert((*form).to_string(), lemma);
    }
    forms
});

/// The lemma of `word` (lower case) when it is a form of a reporting verb.
pub fn reporting_lemma(word: &str) -> Option<&'static str> {
    FORMS.get(word).copied()
}

/// The entry for a lemma.
pub fn verb(lemma: &str) -> Option<&'static ReportingVerb> {
    REPORTING_VERBS.iter().find(|v| v.lemma == lemma)
}

/// Phrases that refuse to say anything, with their stance. Matched on
/// lower-cased token sequences.
pub const REFUSALS: &[(&[&str], Stance)] = &[
    (&["declined", "to", "comment"], Stance::DeclineComment),
    (&["declined", "comment"], Stance::DeclineComment),
    (&["declines", "comment"], Stance::DeclineComment),
    (&["decline", "comment"], Stance::DeclineComment),
    (&["declined", "all", "comment"], Stance::DeclineComment),
    (&["refused", "comment"], Stance::DeclineComment),
    (&["did", "not", "comment"], Stance::DeclineComment),
    (&["would", "not", "say"], Stance::DeclineComment),
    (&["would", "not", "elaborate"], Stance::DeclineComment),
    (&["declines", "to", "comment"], Stance::DeclineComment),
    (&["declined", "to", "discuss"], Stance::DeclineComment),
    (&["declined", "to", "elaborate"], Stance::DeclineComment),
    (&["declined", "to", "detail"], Stance::DeclineComment),
    (&["refused", "to", "detail"], Stance::DeclineComment),
    (&["declined", "to", "say"], Stance::DeclineComment),
    (&["refused", "to", "comment"], Stance::DeclineComment),
    (&["declined", "to", "answer"], Stance::DeclineComment),
    (&["refused", "to", "answer"], Stance::DeclineComment),
    (&["refuses", "to", "answer"], Stance::DeclineComment),
    (&["declined", "to", "confirm"], Stance::DeclineComment),
    (&["refused", "to", "confirm"], Stance::DeclineComment),
    (&["declined", "to", "disclose"], Stance::DeclineComment),
    (&["refused", "to", "disclose"], Stance::DeclineComment),
    (&["refused", "to", "divulge"], Stance::DeclineComment),
    (&["declined", "to", "speculate"], Stance::DeclineComment),
    (&["refused", "to", "speculate"], Stance::DeclineComment),
    (&["declined", "to", "respond"], Stance::DeclineComment),
    (&["declined", "to", "reveal"], Stance::DeclineComment),
    (&["refused", "to", "reveal"], Stance::DeclineComment),
    (&["declined", "further", "comment"], Stance::DeclineComment),
    (&["declined", "any", "comment"], Stance::DeclineComment),
    (&["declined", "official", "comment"], Stance::DeclineComment),
    (
        &["declined", "immediate", "comment"],
        Stance::DeclineComment,
    ),
    (&["declined", "to", "identify"], Stance::DeclineComment),
    (
        &["declined", "to", "be", "interviewed"],
        Stance::DeclineComment,
    ),
    (&["would", "not", "comment"], Stance::DeclineComment),
    (
        &["would", "neither", "confirm", "nor", "deny"],
        Stance::DeclineComment,
    ),
    (
        &["neither", "confirmed", "nor", "denied"],
        Stance::DeclineComment,
    ),
    (&["could", "not", "confirm"], Stance::DeclineComment),
    (&["would", "not", "confirm"], Stance::DeclineComment),
    (&["gave", "no", "details"], Stance::DeclineComment),
    (
        &["gave", "no", "further", "details"],
        Stance::DeclineComment,
    ),
    (&["gave", "no", "other", "details"], Stance::DeclineComment),
    (&["was", "unable", "to", "give"], Stance::DeclineComment),
    (&["were", "unable", "to", "give"], Stance::DeclineComment),
    (&["was", "unable", "to", "comment"], Stance::DeclineComment),
    (&["were", "unable", "to", "comment"], Stance::DeclineComment),
    (&["declined", "to", "give"], Stance::DeclineComment),
    (&["refused", "to", "give"], Stance::DeclineComment),
    (&["did", "not", "give", "details"], Stance::DeclineComment),
    (&["did", "not", "offer", "details"], Stance::DeclineComment),
    (
        &["declined", "to", "offer", "details"],
        Stance::DeclineComment,
    ),
    (
        &["declined", "to", "provide", "details"],
        Stance::DeclineComment,
    ),
    (&["refused", "to", "discuss"], Stance::DeclineComment),
    (&["has", "no", "comment"], Stance::DeclineComment),
    (&["have", "no", "comment"], Stance::DeclineComment),
    (&["had", "no", "comment"], Stance::DeclineComment),
    (&["made", "no", "comment"], Stance::DeclineComment),
    (&["made", "no", "comments"], Stance::DeclineComment),
    (
        &["declined", "to", "release", "details"],
        Stance::DeclineComment,
    ),
    (
        &["refused", "to", "release", "details"],
        Stance::DeclineComment,
    ),
    (
        &["declined", "to", "release", "the", "names"],
        Stance::DeclineComment,
    ),
    (
        &["declined", "to", "release", "information"],
        Stance::DeclineComment,
    ),
    (
        &["declined", "to", "release", "further", "details"],
        Stance::DeclineComment,
    ),
    (
        &["would", "neither", "confirm", "or", "deny"],
        Stance::DeclineComment,
    ),
    (
        &["could", "neither", "confirm", "nor", "deny"],
        Stance::DeclineComment,
    ),
    (
        &["had", "no", "immediate", "comment"],
        Stance::DeclineComment,
    ),
    (&["did", "not", "elaborate"], Stance::DeclineComment),
    (&["did", "not", "respond"], Stance::NoResponse),
    // "There was no immediate comment from X" (only with "from"; "no
    // reaction from the markets" is no one's silence).
    (&["no", "immediate", "comment"], Stance::NoResponse),
    (&["no", "comment"], Stance::NoResponse),
    (&["did", "not", "directly", "respond"], Stance::NoResponse),
    (
        &["did", "not", "immediately", "respond"],
        Stance::NoResponse,
    ),
    (&["did", "not", "reply"], Stance::NoResponse),
    (&["did", "not", "return"], Stance::NoResponse),
    (&["not", "returning", "calls"], Stance::NoResponse),
    (&["did", "not", "immediately", "return"], Stance::NoResponse),
    (&["could", "not", "be", "reached"], Stance::NoResponse),
    (
        &["could", "not", "immediately", "be", "reached"],
        Stance::NoResponse,
    ),
    (
        &["was", "not", "available", "for", "comment"],
        Stance::NoResponse,
    ),
    (
        &["were", "not", "available", "for", "comment"],
        Stance::NoResponse,
    ),
    (
        &["was", "not", "available", "to", "comment"],
        Stance::NoResponse,
    ),
    (
        &["were", "not", "available", "to", "comment"],
        Stance::NoResponse,
    ),
    (
        &["was", "not", "immediately", "available", "for", "comment"],
        Stance::NoResponse,
    ),
    (
        &["were", "not", "immediately", "available", "for", "comment"],
        Stance::NoResponse,
    ),
    (
        &["was", "not", "immediately", "available", "to", "comment"],
        Stance::NoResponse,
    ),
    (
        &["were", "not", "immediately", "available", "to", "comment"],
        Stance::NoResponse,
    ),
    (
        &["was", "unavailable", "for", "comment"],
        Stance::NoResponse,
    ),
    (
        &["were", "unavailable", "for", "comment"],
        Stance::NoResponse,
    ),
];

/// Hearsay with no source: a claim attributed to nobody, always hedged.
pub const HEARSAY: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["is", "believed", "to"],
    &["are", "believed", "to"],
    &["is", "expected", "to"],
    &["are", "expected", "to"],
    &["was", "expected", "to"],
    &["were", "expected", "to"],
    &["was", "believed", "to"],
    &["were", "believed", "to"],
    &["is", "reported", "to"],
    &["are", "reported", "to"],
    &["was", "reported", "to"],
    &["were", "reported", "to"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["was", "said", "to"],
    &["were", "said", "to"],
    &["is", "thought", "to"],
    &["are", "thought", "to"],
    &["is", "understood", "to"],
    &["rumours"],
    &["rumors"],
    &["there", "were", "reports"],
    &["there", "were", "unconfirmed", "reports"],
    &["there", "are", "reports"],
    &["there", "are", "unconfirmed", "reports"],
    &["there", "have", "been", "reports"],
    &["there", "was", "a", "report"],
];

/// Words and phrases that mark a report as uncertain.
pub const HEDGES: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["apparently"],
    &["appeared", "to"],
    &["appears", "to"],
    &["unconfirmed"],
    &["could", "not", "be", "independently", "verified"],
    &["could", "not", "be", "verified"],
    &["could", "not", "independently", "verify"],
    &["no", "independent", "confirmation"],
    &["rumours"],
    &["rumors"],
    &["believed", "to"],
];

/// Nouns naming unnamed sources who speak for a body ("officials", "a
/// spokesman"); [`ANONYMOUS_NOUNS`] are the others.
const AFFILIATED_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "representative",
    "representatives",
    "leader",
    "leaders",
    "member",
    "members",
    "officer",
    "officers",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "figure",
    "minister",
    "ministers",
    "envoy",
    "ambassador",
    "ambassadors",
    "commander",
    "commanders",
    "prosecutor",
    "prosecutors",
    "activist",
    "activists",
    "investigators",
    "lawmakers",
    "lawmaker",
    "police",
    "authorities",
    "doctors",
    "medics",
    "negotiators",
    "organisers",
    "organizers",
    "politician",
    "politicians",
    "lawyer",
    "lawyers",
    "legislator",
    "legislators",
    "delegate",
    "delegates",
    "chairman",
    "chairwoman",
    "head",
    "director",
    "employee",
    "employees",
    "policeman",
    "policemen",
    "policewoman",
    "soldier",
    "soldiers",
    "doctor",
    "strategist",
    "strategists",
    "supporter",
    "supporters",
    "executive",
    "executives",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "staffer",
    "staffers",
    "insiders",
    "backers",
    "allies",
    "opponents",
    "loyalists",
    "followers",
];

/// Nouns of sources that stay anonymous even with a place ("witnesses in
/// Kabul", "traders in Nairobi").
pub const ANONYMOUS_NOUNS: &[&str] = &[
    "witness",
    "witnesses",
    "analyst",
    "analysts",
    "resident",
    "residents",
    "observer",
    "observers",
    "expert",
    "experts",
    "people",
    "person",
    "critics",
    "shopkeeper",
    "sources",
    "source",
    "diplomats",
    "diplomat",
    "pilot",
    "pilots",
    "captain",
    "traveller",
    "travellers",
    "traveler",
    "travelers",
    "refugee",
    "refugees",
    "survivor",
    "survivors",
    "villager",
    "villagers",
    "trader",
    "traders",
    "dealer",
    "dealers",
    "economist",
    "economists",
    "broker",
    "brokers",
    "banker",
    "bankers",
    "relative",
    "relatives",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
];

/// Whether `word` names an unnamed source ("officials", "witnesses").
pub fn is_source_noun(word: &str) -> bool {
    AFFILIATED_NOUNS.contains(&word) || ANONYMOUS_NOUNS.contains(&word)
}

/// Documents whose author follows "by" ("a report by the International
/// Crisis Group said").
pub const AUTHORED: &[&str] = &[
    "report",
    "study",
    "survey",
    "statement",
    "document",
    "paper",
    "letter",
    "analysis",
    "assessment",
    "audit",
    "review",
];

/// Words that make a source a news outlet.
pub const MEDIA_WORDS: &[&str] = &[
    "agency",
    "radio",
    "television",
    "tv",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "media",
    "broadcaster",
    "channel",
    "tabloid",
    "interfax",
    "itar-tass",
    "tass",
    "reuters",
    "xinhua",
    "irna",
    "afp",
    "yonhap",
    "spiegel",
    "bbc",
    "cnn",
];

/// Plural outlets ("Egyptian government newspapers"): media, though none is
/// named.
pub const MEDIA_PLURALS: &[&str] = &[
    "newspapers",
    "dailies",
    "magazines",
    "broadcasters",
    "tabloids",
];

/// Last words of newspapers' names ("the Vancouver Sun", "The Boston
/// Globe"); not "Express" or "Mail", which also end firms' names.
const MASTHEAD_WORDS: &[&str] = &[
    "Times",
    "Post",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Globe",
    "Telegraph",
    "Guardian",
    "Chronicle",
    "Observer",
    "Inquirer",
    "Examiner",
    "Courier",
    "Dispatch",
    "Sun",
    "Mirror",
    "Bulletin",
];

/// Whether an organisation's name is a newspaper's: two words or more, the
/// last a masthead's ("Vancouver Sun").
pub fn is_masthead(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or_default();
    words.next().is_some() && MASTHEAD_WORDS.contains(&last)
}

/// Whether a word names or makes a news outlet ("radio", "newspapers",
/// "Interfax").
pub fn is_media_word(word: &str) -> bool {
    MEDIA_WORDS.contains(&word) || MEDIA_PLURALS.contains(&word)
}

/// Nouns that stand for an organisation speaking as a body ("the ministry said").
pub const BODY_NOUNS: &[&str] = &[
    "ministry",
    "government",
    "party",
    "army",
    "military",
    "group",
    "office",
    "embassy",
    "council",
    "committee",
    "court",
    "administration",
    "police",
    "company",
    "firm",
    "union",
    "coalition",
    "movement",
    "front",
    "organisation",
    "organization",
    "agency",
    "commission",
    "parliament",
    "cabinet",
    "presidency",
    "kremlin",
    "department",
    "authority",
    "mission",
    "alliance",
    "regime",
    "junta",
    "navy",
    "forces",
];

/// Institutions that speak as bodies when they end a source ("the hospital
/// said"), but not as a word before another ("the bank magnate").
pub const INSTITUTION_NOUNS: &[&str] = &[
    "hospital",
    "clinic",
    "university",
    "bank",
    "church",
    "club",
    "airline",
    "institute",
    "foundation",
    "association",
    "federation",
    "board",
    "bureau",
    "museum",
    "charity",
];

/// Occasions and papers a statement was made at or in, which end a clause
/// after the cue ("..., he said during a committee debate.") and are no part
/// of the speaker ("said Smith in a statement", "wrote in an email to his
/// staff").
pub const OCCASIONS: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "conference",
    "briefing",
    "letter",
    "message",
    "communique",
    "address",
    "television",
    "radio",
    "email",
    "e-mail",
    "tweet",
    "memo",
    "note",
    "post",
    "posting",
    "column",
    "op-ed",
    "essay",
    "book",
    "blog",
    "filing",
    "debate",
    "session",
    "hearing",
    "meeting",
    "visit",
    "rally",
    "broadcast",
    "trip",
    "ceremony",
    "summit",
    "tour",
    "appearance",
];

/// Things whose "offers" tell what they afford ("the report offers the
/// services of the FBI", "the market offers good chances").
pub const OFFERING_THINGS: &[&str] = &[
    "report",
    "market",
    "plan",
    "proposal",
    "study",
    "book",
    "program",
    "programme",
    "scheme",
    "package",
    "bill",
    "deal",
    "site",
    "website",
    "service",
    "product",
    "system",
    "number",
    "technology",
    "server",
    "figure",
    "result",
    "poll",
    "course",
    "hotel",
    "region",
    "sector",
    "economy",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_forms() {
        for (form, lemma) in [
            ("said", "say"),
            ("saying", "say"),
            ("told", "tell"),
            ("added", "add"),
            ("confirms", "confirm"),
            ("denied", "deny"),
            ("urging", "urge"),
            ("accused", "accuse"),
            ("slammed", "slam"),
            ("stated", "state"),
            ("noting", "note"),
        ] {
            assert_eq!(reporting_lemma(form), Some(lemma), "{form}");
        }
        assert_eq!(reporting_lemma("stadium"), None);
        assert_eq!(reporting_lemma("sing"), None);
        assert_eq!(verb("deny").unwrap().stance, Stance::Deny);
    }
}
