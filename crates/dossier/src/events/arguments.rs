//! Source and target actors of an event read off the dependency parse: the
//! subject of a verb trigger (or the agent of a passive), its object and its
//! "with", "against", "on" and "to" phrases; for an event noun, its possessor
//! and "with"/"between" phrases, or the subject of the light verb that governs
//! it ("held talks", "launched a strike").

use std::ops::Range;

use super::frame::NEVER_CAME;
use crate::document::{Document, EntityType, Upos};
use crate::entities::{known_female, Located};

/// Prepositions whose object is an event's target.
const TARGET_CASES: &[&str] = &[
    "with", "against", "on", "to", "into", "at", "toward", "towards", "from", "between",
];

/// Verbs of what an event brought about or how it went, whose object is no
/// party to it ("The bombing provoked condemnation", "The talks failed").
const REACTIONS: &[&str] = &[
    "provoke", "draw", "spark", "trigger", "prompt", "attract", "fail", "collapse", "stall",
];

/// Event nouns whose "from" phrase names who gives or voices them
/// ("condemnation from the State Department", "aid from Japan"), unlike
/// "a raid from a base in the Negev" or "withdrawal from Lebanon".
const GIVEN_FROM: &[&str] = &[
    "condemnation",
    "criticism",
    "support",
    "aid",
    "help",
    "assistance",
    "backing",
    "pressure",
    "protest",
    "request",
    "demand",
    "call",
    "threat",
    "warning",
    "praise",
    "recognition",
    "approval",
    "objection",
    "complaint",
    "invitation",
    "offer",
    "pledge",
    "guarantee",
    "appeal",
    "accusation",
    "rebuke",
];

/// Attacks in which people are killed or hurt: the name on one is the
/// attacker ("killed in the Turkish shelling", "wounded in an Israeli raid").
const ATTACK_NOUNS: &[&str] = &[
    "shelling",
    "bombing",
    "attack",
    "raid",
    "fighting",
    "clash",
    "shooting",
    "explosion",
    "blast",
    "ambush",
    "offensive",
    "airstrike",
    "bombardment",
    "assault",
    "strike",
    "crossfire",
];

/// Armed groups other than a state's organs ([`super::STATE_AGENTS`]) that
/// act under a place's name ("the Pakistan army attack", "the Kashmir
/// militia raid").
const ARMED_GROUPS: &[&str] = &["militia", "guerrilla", "rebel", "air", "security", "border"];

/// Attack nouns of what goes off where it is, rather than of what someone
/// does ("the Kenya blast", "the Nairobi bombing").
const BLASTS: &[&str] = &["blast", "explosion", "bombing", "shooting", "crossfire"];

/// Verbs that carry an event noun: the subject of "held talks" is the source
/// of the talks.
const LIGHT_VERBS: &[&str] = &[
    "hold", "have", "make", "launch", "strike", "conduct", "begin", "start", "carry", "stage",
    "sign", "reach", "give", "issue", "impose", "mount", "open", "resume", "seek", "offer",
    "announce", "plan", "continue", "take", "lodge", "file", "send", "observe", "call", "submit",
    "present", "deliver", "wage", "pursue", "hold", "organize", "organise",
];

/// Verbs done to someone that always name whom, so that without an object
/// they are passive ("Kenyan policeman stabbed to death").
const OBJECT_VERBS: &[&str] = &[
    "stab",
    "kill",
    "deport",
    "arrest",
    "detain",
    "kidnap",
    "abduct",
    "wound",
    "injure",
    "execute",
    "expel",
    "jail",
    "imprison",
    "sentence",
    "convict",
    "behead",
    "extradite",
    "torture",
    "assassinate",
    "murder",
    "slay",
    "hang",
];

/// Verbs of saying, whose "in" phrase may name the exchange it was said in
/// ("said in a telephone message to").
const SAYING: &[&str] = &[
    "say", "tell", "write", "state", "announce", "add", "declare", "warn", "insist", "stress",
];

/// Verbs of coming and going, whose "on" phrase names what the traveller
/// came to do ("arrived in Warsaw on a visit").
const JOURNEYS: &[&str] = &["arrive", "come", "go", "travel", "fly", "head", "return"];

/// Verbs whose passive "to" phrase names who acted: "was summoned to the
/// foreign ministry", "was recalled to Paris".
const SUMMON: &[&str] = &["summon", "invite", "recall", "call"];

/// Verbs whose "by" agent does the event noun that is their passive
/// subject ("The rally was organised by the Kavala Front").
const DOERS: &[&str] = &[
    "organise", "organize", "hold", "stage", "launch", "carry", "conduct", "mount", "wage", "call",
    "impose", "begin", "resume", "observe",
];

/// What is lodged with a forum ("a complaint with the Security Council",
/// "a petition to the court"), against someone else.
const LODGED: &[&str] = &[
    "complaint",
    "protest",
    "appeal",
    "petition",
    "lawsuit",
    "suit",
    "grievance",
    "objection",
];

/// Nouns of asking whose "of" phrase names who asks ("at the urging of the
/// generals", "at the request of prosecutors", "on the orders of his
/// brother").
const URGED_BY: &[&str] = &[
    "urging",
    "behest",
    "request",
    "insistence",
    "invitation",
    "instigation",
    "order",
    "suggestion",
];

/// Verbs that keep someone "from" doing an act ("stopped the gunmen from
/// attacking").
const PREVENTING: &[&str] = &[
    "stop", "prevent", "bar", "keep", "block", "deter", "ban", "prohibit", "restrain",
];

/// Verbs whose object is an act that never came about ("thwarted an
/// attack", "foiled a plot").
const FOILING: &[&str] = &["thwart", "foil", "avert", "prevent", "forestall"];

/// Verbs that charge someone with an act ("accused Ukraine of bombing").
const CHARGING: &[&str] = &["accuse", "blame", "charge", "suspect", "convict", "indict"];

/// Verbs of fire whose "from" phrase names where it came from, not whom it
/// hit ("rockets fired from Gaza", "shells launched from across the border").
const FIRED: &[&str] = &["fire", "launch", "shell", "lob", "shoot"];

/// Verbs whose "from" phrase names where the one acted upon was sent away
/// from, who did it when the verb is passive: "was expelled from the
/// party", "was released from a Ruritanian prison".
const SENT_AWAY: &[&str] = &[
    "expel",
    "deport",
    "release",
    "free",
    "extradite",
    "banish",
    "oust",
    "evict",
    "exclude",
];

/// Event nouns of sending away, whose "from" phrase names who did it: "the
/// release from a Ruritanian prison of a guerrilla".
const SENDINGS_AWAY: &[&str] = &[
    "release",
    "expulsion",
    "deportation",
    "extradition",
    "eviction",
];

/// Verbs whose subject gets the event noun they take ("received asylum",
/// "obtained aid from Japan").
const RECEIVE: &[&str] = &["receive", "get", "obtain", "win", "accept", "face"];

/// What is given, as a word a subject has "from" someone ("has backing from
/// Iran", tagged a verb after "has").
const GIFTS: &[&str] = &["backing", "support", "aid", "help", "assistance", "funding"];

/// Verbs whose object is what is talked about, not a party to the talk.
const TOPIC_VERBS: &[&str] = &["discuss", "debate", "negotiate", "review"];

/// Verbs done together: conjoined subjects do it with each other.
const RECIPROCAL: &[&str] = &["discuss", "debate", "negotiate", "meet", "talk", "confer"];

/// Nouns that, as "the region", stand for a territory named before.
const REGION_NOUNS: &[&str] = &["region", "republic", "province", "territory", "enclave"];

/// Verbs that after "must" state a judgement rather than make a demand.
const STATIVE: &[&str] = &[
    "be",
    "remain",
    "stay",
    "have",
    "forget",
    "know",
    "understand",
    "realize",
    "realise",
    "see",
    "recognize",
    "recognise",
    "continue",
    "become",
    "exist",
    "feel",
    "think",
    "believe",
];

/// The syntax around one sentence: the dependents of each token.
pub struct Tree<'a> {
    /// The document whose sentence this is.
    pub(super) doc: &'a Document,
    /// The sentence's tokens.
    pub(super) sentence: Range<usize>,
    children: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    /// The tree of the sentence at `sentence`, or `None` when it has no parse.
    pub fn new(doc: &'a Document, sentence: Range<usize>) -> Option<Tree<'a>> {
        let tokens = &doc.tokens[sentence.clone()];
        if tokens.iter().all(|t| t.deprel.is_empty()) {
            return None;
        }
        let mut children = vec![Vec::new(); tokens.len()];
        for (k, t) in tokens.iter().enumerate() {
            if let Some(h) = t.head.filter(|h| sentence.contains(h)) {
                children[h - sentence.start].push(sentence.start + k);
            }
        }
        Some(Tree {
            doc,
            sentence,
            children,
        })
    }

    pub(super) fn deprel(&self, k: usize) -> &str {
        let rel = self.doc.tokens[k].deprel.as_str();
        rel.split(':').next().unwrap_or(rel)
    }

    pub(super) fn full_deprel(&self, k: usize) -> &str {
        &self.doc.tokens[k].deprel
    }

    pub(super) fn head(&self, k: usize) -> Option<usize> {
        self.doc.tokens[k]
            .head
            .filter(|h| self.sentence.contains(h))
    }

    pub(super) fn children(&self, k: usize) -> &[usize] {
        &self.children[k - self.sentence.start]
    }

    pub(super) fn word(&self, k: usize) -> String {
        self.doc.slice(self.doc.tokens[k].span).to_lowercase()
    }

    pub(super) fn lemma(&self, k: usize) -> String {
        let lemma = &self.doc.tokens[k].lemma;
        if lemma.is_empty() {
            self.word(k)
        } else {
            lemma.to_lowercase()
        }
    }

    /// The preposition marking `k` ("with" in "with Yeltsin").
    pub(super) fn case(&self, k: usize) -> Option<String> {
        self.children(k)
            .iter()
            .find(|&&c| self.deprel(c) == "case")
            .map(|&c| self.word(c))
    }

    /// Whether the trigger headed by `k` opens a condition ("only if the
    /// North accepted", "unless Israel rescinded"): what may happen, not
    /// what did.
    pub fn is_condition(&self, k: usize) -> bool {
        self.has_mark(k, "if") || self.has_mark(k, "unless")
    }

    /// Whether the verb at `k` is in a clause of time still to come: "when
    /// he is sentenced", "once the court approves it" in the present tense
    /// under a main clause in the present or with "will" ("faces life in
    /// prison when he is sentenced").
    pub fn is_time_to_come(&self, k: usize) -> bool {
        let tense = |v: usize| {
            std::iter::once(v)
                .chain(
                    self.children(v)
                        .iter()
                        .copied()
                        .filter(|&c| matches!(self.full_deprel(c), "aux" | "aux:pass" | "cop")),
                )
                .map(|t| self.doc.tokens[t].xpos.as_str())
                .collect::<Vec<_>>()
        };
        // "when" as a mark or, as the parser often has it, an adverb.
        let timed = self.children(k).iter().any(|&c| {
            matches!(self.deprel(c), "mark" | "advmod")
                && matches!(
                    self.word(c).as_str(),
                    "when" | "once" | "until" | "after" | "before"
                )
        });
        if !timed || self.deprel(k) != "advcl" {
            return false;
        }
        // The verb group at `v` in the present: a present form, no past and
        // no modal; a participle ("is sentenced") only in the time clause.
        let present = |v: usize, participle: bool| {
            let tags = tense(v);
            tags.iter().any(|t| matches!(*t, "VBZ" | "VBP"))
                && !tags
                    .iter()
                    .any(|t| matches!(*t, "VBD" | "MD") || (!participle && *t == "VBN"))
        };
        let will = |h: usize| {
            self.children(h).iter().any(|&c| {
                self.deprel(c) == "aux" && matches!(self.word(c).as_str(), "will" | "shall")
            })
        };
        present(k, true) && self.head(k).is_some_and(|h| present(h, false) || will(h))
    }

    /// Whether the clause headed by `k` is opened by the word `mark` ("by
    /// shooting", "to meet him").
    fn has_mark(&self, k: usize, mark: &str) -> bool {
        self.children(k)
            .iter()
            .any(|&c| self.deprel(c) == "mark" && self.word(c) == mark)
    }

    /// Whether the noun `k` has a modifier opened by `case` ("the stabbing
    /// of a Palestinian by a settler").
    fn has_nmod(&self, k: usize, case: &str) -> bool {
        self.children(k)
            .iter()
            .any(|&c| self.deprel(c) == "nmod" && self.case(c).as_deref() == Some(case))
    }

    /// Whether "blew up" at `k` blows something up: it has an object, or
    /// its subject is a bomb or a vehicle ("the car bomb blew up"), not a
    /// row or talks.
    pub fn blows_something_up(&self, k: usize) -> bool {
        self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "obj"
                || (self.full_deprel(c) == "nsubj" && EXPLOSIVES.contains(&self.lemma(c).as_str()))
        })
    }

    /// The lemma of the object of the verb at `k` ("detail" in "gave no
    /// details").
    pub fn object_lemma(&self, k: usize) -> Option<String> {
        self.children(k)
            .iter()
            .find(|&&c| self.full_deprel(c) == "obj")
            .map(|&c| self.lemma(c))
    }

    /// Whether `trigger` modifies a noun rather than stating an event ("the
    /// occupied areas"), or names the work of the people a noun names ("aid
    /// workers", "riot police", "inquiry head").
    pub fn is_modifier(&self, trigger: Range<usize>) -> bool {
        let head = self.head_of(trigger);
        let Some(noun) = self.head(head) else {
            return false;
        };
        let modified = self.lemma(noun).to_lowercase();
        if self.full_deprel(head) == "compound"
            && matches!(self.doc.tokens[head].upos, Some(Upos::Noun | Upos::Propn))
            && (WORKERS.contains(&modified.as_str()) || EQUIPMENT.contains(&modified.as_str()))
        {
            return true;
        }
        // The noun phrase must open before the trigger ("the", "its"): a
        // bare "Police arrested protesters" is a misparsed clause; but
        // "convicted child rapist" names what someone is.
        let opened = self
            .children(noun)
            .iter()
            .any(|&c| c < head && matches!(self.full_deprel(c), "det" | "nmod:poss"));
        self.full_deprel(head) == "amod"
            && matches!(self.doc.tokens[head].upos, Some(Upos::Adj | Upos::Verb))
            && (opened || OFFENDERS.contains(&modified.as_str()))
    }

    /// Whether the act at `trigger` is done by nature or by mishap ("An
    /// earthquake killed 10 people", "killed in the floods", "a quake hit
    /// the town, killing 612"): no one's act, so no event.
    pub fn by_natural_force(&self, trigger: Range<usize>) -> bool {
        let head = self.head_of(trigger);
        let passive = self.is_passive(head);
        let cause_of = |verb: usize| {
            self.children(verb).iter().any(|&c| {
                let cause = match self.full_deprel(c) {
                    "nsubj" | "obl:agent" => true,
                    "obl" => {
                        passive && matches!(self.case(c).as_deref(), Some("in" | "by" | "during"))
                    }
                    _ => false,
                };
                // "A fire destroyed the building" (not "destroyed by Israeli fire").
                let blaze = self.full_deprel(c) == "nsubj"
                    && matches!(self.lemma(c).as_str(), "fire" | "blaze" | "flame")
                    && self.lemma(verb) == "destroy";
                // "A gas explosion destroyed a hotel, killing three".
                cause && (self.is_natural_force(c) || blaze || self.is_leak(c))
            })
        };
        let has_subject = self
            .children(head)
            .iter()
            .any(|&c| self.full_deprel(c).starts_with("nsubj"));
        // "A ferry capsized, killing 200": the clause tells a mishap,
        // whatever the parser made of its subject.
        // Not "Insurgents derailed a train": done to something.
        let mishap = |verb: usize| {
            MISHAPS.contains(&self.lemma(verb).as_str())
                && self
                    .children(verb)
                    .iter()
                    .all(|&c| self.full_deprel(c) != "obj")
        };
        // "A strong earthquake struck Velmora, killing three", with "struck"
        // read as a noun under "earthquake": the force names the phrase.
        let named_force = |h: usize| {
            self.is_natural_force(h)
                || self
                    .children(h)
                    .iter()
                    .any(|&c| self.deprel(c) == "compound" && self.is_natural_force(c))
        };
        // "a tsunami that killed 20,000 people".
        let relative_to_force = self.full_deprel(head) == "acl:relcl"
            && self.head(head).is_some_and(|h| self.is_natural_force(h))
            && self.children(head).iter().any(|&c| {
                self.full_deprel(c) == "nsubj" && matches!(self.lemma(c).as_str(), "that" | "which")
            });
        cause_of(head)
            || relative_to_force
            || (!has_subject
                && matches!(self.deprel(head), "advcl" | "conj" | "acl")
                && self
                    .head(head)
                    .is_some_and(|v| cause_of(v) || mishap(v) || named_force(v)))
    }

    /// Whether token `k` names a force of nature or a mishap ("earthquake",
    /// "Floods", a plural the tagger may read as a name).
    fn is_natural_force(&self, k: usize) -> bool {
        let lemma = self.lemma(k).to_lowercase();
        NATURAL_FORCES.contains(&lemma.as_str())
            || lemma
                .strip_suffix('s')
                .is_some_and(|one| NATURAL_FORCES.contains(&one))
    }

    /// The tokens of the innermost phrase of time around token `k` ("after
    /// the shooting of Kamau", "following two attacks in July"), when `k` is
    /// in one: a noun phrase marked by "after", "before", "following",
    /// "since", "amid" or "during".
    pub fn time_phrase(&self, k: usize) -> Option<Range<usize>> {
        if !self.sentence.contains(&k) {
            return None;
        }
        let mut at = k;
        for _ in 0..self.sentence.len() {
            // A common noun heads it ("after the shooting"): a clause ("after
            // Russia seized Crimea") has its own subject, and a name as the
            // head is a misparse.
            let marked = matches!(self.deprel(at), "obl" | "nmod")
                && self.doc.tokens[at].upos == Some(Upos::Noun)
                && self.children(at).iter().any(|&c| {
                    self.deprel(c) == "case"
                        && matches!(
                            self.word(c).as_str(),
                            "after" | "before" | "following" | "since" | "amid" | "during"
                        )
                });
            if marked {
                let phrase = self.subtree(at);
                // "after two unions ... gave Clinton the nod": the subject
                // of a clause the parser cut off.
                let clause_cut = (phrase.end..self.sentence.end)
                    .find(|&j| self.doc.tokens[j].upos != Some(Upos::Punct))
                    .is_some_and(|j| {
                        matches!(self.doc.tokens[j].upos, Some(Upos::Verb | Upos::Aux))
                    });
                return (!clause_cut).then_some(phrase);
            }
            at = self.head(at).filter(|h| self.sentence.contains(h))?;
        }
        None
    }

    /// The tokens of the subtree of `k`, from its first to its last word.
    fn subtree(&self, k: usize) -> Range<usize> {
        let first = self
            .sentence
            .clone()
            .find(|&j| self.is_under(j, k))
            .unwrap_or(k);
        let last = self
            .sentence
            .clone()
            .rfind(|&j| self.is_under(j, k))
            .unwrap_or(k);
        first..last + 1
    }

    /// Whether token `j` is `ancestor` or lies below it in the parse.
    fn is_under(&self, mut j: usize, ancestor: usize) -> bool {
        for _ in 0..self.sentence.len() {
            if j == ancestor {
                return true;
            }
            match self.head(j) {
                Some(h) => j = h,
                None => return false,
            }
        }
        false
    }

    /// Whether the act at `trigger` was kept from happening: "stopped the
    /// gunmen from attacking", "avoided arresting them", "thwarted a piracy
    /// attack", "foiled the pirates' plan of attacking".
    pub fn is_prevented(&self, trigger: Range<usize>) -> bool {
        let k = self.head_of(trigger);
        if let Some(h) = self.head(k) {
            let from = self
                .children(k)
                .iter()
                .any(|&c| matches!(self.deprel(c), "mark" | "case") && self.word(c) == "from");
            let lemma = self.lemma(h);
            if from && PREVENTING.contains(&lemma.as_str()) {
                return true;
            }
            if matches!(lemma.as_str(), "avoid" | "evade")
                && matches!(self.deprel(k), "xcomp" | "ccomp" | "obj")
            {
                return true;
            }
        }
        // The act, or the plan or attempt it is of, foiled.
        let mut noun = k;
        for _ in 0..3 {
            let Some(h) = self.head(noun) else {
                return false;
            };
            if self.full_deprel(noun) == "obj" {
                // Not "failure to prevent a massacre": it happened.
                let failed = self.head(h).is_some_and(|g| {
                    matches!(
                        self.lemma(g).as_str(),
                        "fail" | "failure" | "unable" | "inability"
                    )
                });
                // Nor "a strategy to prevent attacks": a purpose.
                let purpose = self
                    .children(h)
                    .iter()
                    .any(|&c| self.deprel(c) == "mark" && self.word(c) == "to");
                return FOILING.contains(&self.lemma(h).as_str()) && !failed && !purpose;
            }
            if !matches!(self.deprel(noun), "acl" | "nmod" | "compound") {
                return false;
            }
            noun = h;
        }
        false
    }

    /// Whether the act at `trigger` is what someone is accused or suspected
    /// of ("is accused of fatally shooting", "suspected of killing",
    /// "charged with murdering", "allegations of torturing"): reported by
    /// the accuser, not asserted. A conviction is no such act. What
    /// allegations or reports say ("allegations that hackers hacked into
    /// computers") and the crime a charge names ("faces assault charges")
    /// are reported too.
    pub fn is_charged_act(&self, trigger: Range<usize>) -> bool {
        let k = self.head_of(trigger);

        let head_is = |nouns: &[&str]| {
            self.head(k)
                .is_some_and(|h| nouns.contains(&self.lemma(h).as_str()))
        };
        let alleged = matches!(self.deprel(k), "acl" | "ccomp")
            && self.has_mark(k, "that")
            && head_is(&[
                "allegation",
                "accusation",
                "claim",
                "report",
                "rumour",
                "rumor",
                "suspicion",
                "charge",
                "assertion",
            ]);
        let charge_named = self.deprel(k) == "compound"
            && head_is(&["charge", "allegation", "accusation", "suspicion"]);
        if alleged || charge_named {
            return true;
        }
        let marked = self.children(k).iter().any(|&c| {
            matches!(self.deprel(c), "mark" | "case")
                && matches!(self.word(c).as_str(), "of" | "with" | "for")
        });
        marked
            && matches!(self.deprel(k), "advcl" | "acl" | "xcomp")
            && self.head(k).is_some_and(|h| {
                matches!(
                    self.lemma(h).as_str(),
                    "accuse"
                        | "suspect"
                        | "charge"
                        | "allege"
                        | "indict"
                        | "blame"
                        | "accusation"
                        | "allegation"
                        | "suspicion"
                )
            })
    }

    /// The phrases naming whoever is charged with the act at `verb` when it
    /// is what a verb of charging names with "of" or "for": "convicted a man
    /// of shooting his neighbour" (the man, however the parse hangs the
    /// clause), "the men accused of killing Osei" (the men).
    pub fn charged_ones(&self, verb: usize) -> Vec<usize> {
        let Some(up) = self.head(verb) else {
            return Vec::new();
        };
        if !(self.has_mark(verb, "of") || self.has_mark(verb, "for")) {
            return Vec::new();
        }
        let charging = |k: usize| CHARGING.contains(&self.lemma(k).as_str());
        if charging(up) {
            let accused: Vec<usize> = self
                .children(up)
                .iter()
                .copied()
                .filter(|&c| matches!(self.full_deprel(c), "obj" | "nsubj:pass"))
                .collect();
            return match self.head(up) {
                Some(noun) if accused.is_empty() && self.deprel(up) == "acl" => vec![noun],
                _ => accused,
            };
        }
        if matches!(self.full_deprel(up), "obj" | "nsubj:pass")
            && self.head(up).is_some_and(charging)
        {
            return vec![up];
        }
        Vec::new()
    }

    /// Whether the trigger is an event noun that is the subject of a verb
    /// of reaction or course ("The bombing provoked condemnation from X",
    /// "The talks failed, AFP reports"): what follows the verb is no party
    /// to it, unlike "shells crashed into the port".
    pub fn is_subject_noun(&self, trigger: Range<usize>) -> bool {
        let head = self.head_of(trigger);
        matches!(self.doc.tokens[head].upos, Some(Upos::Noun))
            && self.full_deprel(head).starts_with("nsubj")
            && self
                .head(head)
                .is_some_and(|v| REACTIONS.contains(&self.lemma(v).as_str()))
    }

    /// The tokens of the noun phrase headed at `k` but for its relative
    /// clauses, and those after it that may still belong to it: up to the
    /// first verb, conjunction, relative word or clause mark.
    pub fn phrase_stretch(&self, k: usize) -> Range<usize> {
        let tokens = &self.doc.tokens;
        let mut start = k;
        while let Some(&first) = self.children(start).iter().min() {
            if first >= start {
                break;
            }
            start = first;
        }
        let end = (k + 1..self.sentence.end)
            .find(|&j| {
                let word = self.doc.slice(tokens[j].span);
                matches!(
                    tokens[j].upos,
                    Some(Upos::Verb | Upos::Aux | Upos::Sconj | Upos::Cconj)
                ) || matches!(word, ";" | ":" | "who" | "which" | "that" | "whose")
            })
            .unwrap_or(self.sentence.end);
        let mut last = k;
        let mut open = vec![k];
        while let Some(j) = open.pop() {
            last = last.max(j);
            open.extend(
                self.children(j)
                    .iter()
                    .filter(|&&c| self.full_deprel(c) != "acl:relcl"),
            );
        }
        start..end.max(last + 1)
    }

    /// Whether the trigger may stand without a named actor: an active verb
    /// ("Police arrested forty protesters"), not an event noun ("the
    /// repatriation"), an agentless passive ("to be interrogated") or a
    /// demand ("must") made of no one named.
    pub fn may_lack_actors(&self, trigger: Range<usize>) -> bool {
        let head = self.head_of(trigger);
        let noun = matches!(self.doc.tokens[head].upos, Some(Upos::Noun | Upos::Propn));
        let modal = self.doc.tokens[head].upos == Some(Upos::Aux);
        !noun && !modal && !self.is_passive(head) && self.done_by_someone(head, 4)
    }

    /// Whether someone does the act at `k`: its subject, or the one it is
    /// done by through coordination, control or a gerund ("Protesters hurled
    /// stones", "asked the candidates to discuss", "convicted a man of
    /// shooting", "The army launched offensive operations"), is a name, a
    /// personal pronoun, people, a body, a force, a vessel or a weapon. "The
    /// loophole allows gun buyers", "the product, delivered late" and
    /// "Contributing:" have no one. The walk goes up at most `hops` heads.
    fn done_by_someone(&self, k: usize, hops: usize) -> bool {
        if self.unnamed_subject(k) {
            return true;
        }
        let someone = |c: usize| {
            let lemma = self.lemma(c);
            let token = &self.doc.tokens[c];
            token.upos == Some(Upos::Propn)
                || (token.upos == Some(Upos::Pron)
                    && matches!(lemma.as_str(), "he" | "she" | "we" | "they"))
                || super::STATE_AGENTS.contains(&lemma.as_str())
                || UNNAMED_AGENTS.contains(&lemma.as_str())
                || PEOPLE_NOUNS.contains(&lemma.as_str())
                || VESSELS.contains(&lemma.as_str())
                || is_weapon_or_attack(&lemma)
        };
        let subject = self
            .children(k)
            .iter()
            .copied()
            .find(|&c| self.full_deprel(c) == "nsubj");
        if let Some(subject) = subject {
            return someone(subject);
        }
        let Some(up) = self.head(k).filter(|_| hops > 0) else {
            return false;
        };
        let up_object = self
            .children(up)
            .iter()
            .copied()
            .find(|&c| self.full_deprel(c) == "obj");
        match self.deprel(k) {
            // "asked the candidates to discuss": the one asked.
            "xcomp" => up_object.map_or_else(|| self.done_by_someone(up, hops - 1), someone),
            // "convicted a man of shooting", "Man charged with killing".
            "advcl" | "acl" if ["of", "with", "for"].iter().any(|m| self.has_mark(k, m)) => {
                match up_object {
                    Some(o) => someone(o),
                    // "the pirates' plan of attacking": whose plan.
                    None if self.doc.tokens[up].upos == Some(Upos::Noun) => {
                        someone(up)
                            || self
                                .children(up)
                                .iter()
                                .any(|&c| self.full_deprel(c) == "nmod:poss" && someone(c))
                    }
                    None => self.done_by_someone(up, hops - 1),
                }
            }
            // "a chief killed in battle": a participle on its noun.
            "acl" => someone(up) || self.done_by_someone(up, hops - 1),
            "conj" | "advcl" => self.done_by_someone(up, hops - 1),
            // "launched offensive operations": the one who launched them.
            "amod" | "compound" => self.head(up).is_some_and(|v| {
                self.full_deprel(up) == "obj" && self.done_by_someone(v, hops - 1)
            }),
            _ => false,
        }
    }

    /// Whether the accusation at `trigger` is one its subject faces, not
    /// makes: "awaiting trial on drugs charges", "faces assault charges",
    /// "settle a shareholders lawsuit".
    pub fn accusation_faced(&self, trigger: Range<usize>) -> bool {
        let k = self.head_of(trigger);
        if !ACCUSATIONS.contains(&self.lemma(k).as_str()) {
            return false;
        }
        let Some(up) = self.head(k) else {
            return false;
        };
        let faced = |v: usize| FACING.contains(&self.lemma(v).as_str());
        match self.full_deprel(k) {
            "obj" => faced(up),
            // "awaiting trial on drugs charges", "jailed on charges", the
            // trial also when the parser hangs the charges elsewhere.
            "nmod" | "obl" => {
                let on = self
                    .children(k)
                    .iter()
                    .copied()
                    .find(|&c| self.deprel(c) == "case" && self.word(c) == "on");
                on.is_some_and(|c| {
                    self.lemma(up) == "trial"
                        || faced(up)
                        || (c > self.sentence.start && self.lemma(c - 1) == "trial")
                })
            }
            _ => false,
        }
    }

    /// Whether the word at `k` belongs to a clause reported by a claim whose
    /// cue is the word at `cue`: the claim's content holds it, after a verb
    /// with a subject of its own ("said rebels killed, raped and looted") or
    /// with no conjunction of its own; not "demands accountability, yet
    /// refuses".
    fn reports(&self, cue: usize, k: usize) -> bool {
        let (cue_span, said) = (&self.doc.tokens[cue].span, &self.doc.tokens[k].span);
        let reported = self
            .doc
            .claims
            .iter()
            .any(|c| c.cue.contains(cue_span) && c.content.is_some_and(|s| s.contains(said)));
        let clause_before = (cue + 1..k)
            .any(|j| self.doc.tokens[j].upos == Some(Upos::Verb) && self.has_child(j, "nsubj"));
        // "quoted police as saying 30 armed men attacked the convoy": a
        // conjunct with no "and" of its own belongs to what was said.
        reported && (clause_before || !self.has_child(k, "cc"))
    }

    /// The phrase naming whom the "blame" at `verb` puts something on: its
    /// own "on" phrase, or else the last "on" phrase of its object, which
    /// the parser may hang there ("blamed the attack on the embassy on al
    /// Qaeda").
    fn blamed_on(&self, verb: usize) -> Option<usize> {
        let on = |c: usize| self.case(c).as_deref() == Some("on");
        let own = self
            .children(verb)
            .iter()
            .copied()
            .find(|&c| self.deprel(c) == "obl" && on(c));
        own.or_else(|| {
            let object = self
                .children(verb)
                .iter()
                .copied()
                .find(|&c| self.deprel(c) == "obj")?;
            self.children(object)
                .iter()
                .copied()
                .rfind(|&m| self.deprel(m) == "nmod" && on(m))
        })
    }

    /// Where a relative clause on the object of the verb at `verb` may begin:
    /// right after the object's head, when the object has one; else where a
    /// relative clause on a noun further on in the verb's phrases opens ("a
    /// camp near the airfield where two UN aircraft had landed").
    pub fn relative_on_object(&self, verb: usize) -> Option<usize> {
        let on_object = self
            .children(verb)
            .iter()
            .find(|&&o| self.deprel(o) == "obj" && self.has_child(o, "acl:relcl"))
            .map(|&o| o + 1);
        on_object.or_else(|| {
            let relative = (verb + 1..self.sentence.end).find(|&k| {
                self.full_deprel(k) == "acl:relcl"
                    && self
                        .head(k)
                        .is_some_and(|h| h > verb && self.is_under(h, verb))
            })?;
            Some(self.subtree(relative).start)
        })
    }

    /// Whether the phrase of the word at `k` opens with "and" or "or".
    fn opens_with_and(&self, k: usize) -> bool {
        let mut first = k;
        while let Some(&c) = self.children(first).iter().min() {
            if c > first {
                break;
            }
            first = c;
        }
        first < k && matches!(self.word(first).as_str(), "and" | "or")
    }

    /// Whether the word at `k` has a child of relation `deprel`.
    fn has_child(&self, k: usize, deprel: &str) -> bool {
        self.children(k).iter().any(|&c| self.deprel(c) == deprel)
    }

    /// Whether the word at `k` tells of coming or going somewhere: a verb of
    /// it ("arrived in Warsaw") or being in or at a place ("is in Nairobi").
    fn is_journey(&self, k: usize) -> bool {
        JOURNEYS.contains(&self.lemma(k).as_str())
            || (self.has_child(k, "cop")
                && matches!(self.case(k).as_deref(), Some("in" | "at" | "to")))
    }

    /// Whether the subject of the verb at `k` is an organ of a state ("the
    /// army", "police"), its own or through coordination.
    fn state_subject(&self, k: usize) -> bool {
        match self
            .children(k)
            .iter()
            .find(|&&c| self.full_deprel(c) == "nsubj")
        {
            Some(&c) => {
                self.doc.tokens[c].upos == Some(Upos::Noun)
                    && super::STATE_AGENTS.contains(&self.lemma(c).as_str())
            }
            None => {
                (self.deprel(k) == "conj" || self.is_participle_clause(k))
                    && self.head(k).is_some_and(|up| self.state_subject(up))
            }
        }
    }

    /// Whether the verb at `k` is a participle opening an adverbial clause,
    /// which shares its clause's subject ("..., killing three", "after
    /// meeting Milosevic"); not a gerund after a preposition, whose doer
    /// may be an object ("accused Iran of supporting the PUK").
    pub(super) fn is_participle_clause(&self, k: usize) -> bool {
        let own_subject_only = self.children(k).iter().all(|&c| {
            !matches!(self.deprel(c), "mark" | "case")
                || matches!(
                    self.word(c).as_str(),
                    "after" | "before" | "while" | "when" | "since" | "upon" | "without"
                )
        });
        // "before being assassinated", "after she was released": no doer
        // named, or one of its own.
        let subject = self
            .children(k)
            .iter()
            .any(|&c| self.deprel(c).starts_with("nsubj"));
        self.deprel(k) == "advcl"
            && matches!(self.doc.tokens[k].xpos.as_str(), "VBG" | "VBN")
            && own_subject_only
            && !subject
            && !self.is_passive(k)
    }

    /// Whether the verb at `k` has, or shares through coordination, a subject
    /// that describes people without naming them ("Police", "the rebels"),
    /// or a weapon or attack that names none ("A bomb killed four").
    fn unnamed_subject(&self, k: usize) -> bool {
        let subject = self
            .children(k)
            .iter()
            .find(|&&c| self.full_deprel(c) == "nsubj");
        // "the charity which provides food": a relative whose antecedent
        // is a common noun (no actor was found in it).
        let relative_of_noun = |c: usize| {
            matches!(self.doc.tokens[c].xpos.as_str(), "WDT" | "WP")
                && self.full_deprel(k) == "acl:relcl"
                && self
                    .head(k)
                    .is_some_and(|up| self.doc.tokens[up].upos == Some(Upos::Noun))
        };
        match subject {
            Some(&c) => {
                let lemma = self.lemma(c);
                (self.doc.tokens[c].upos == Some(Upos::Noun)
                    && (UNNAMED_AGENTS.contains(&lemma.as_str())
                        || PERSONAL_TIES.contains(&lemma.as_str())
                        || is_weapon_or_attack(&lemma)))
                    || relative_of_noun(c)
            }
            // "A bomb destroyed a hotel, killing three": a participle shares
            // its clause's subject.
            None => {
                (self.deprel(k) == "conj" || self.is_participle_clause(k))
                    && self.head(k).is_some_and(|up| self.unnamed_subject(up))
            }
        }
    }

    /// Whether the event noun at `k` is the subject of a verb that says it
    /// did not come about ("A meeting ... failed to materialise", "Talks
    /// with Syria have yet to resume").
    pub fn subject_of_failure(&self, k: usize) -> bool {
        if !self.full_deprel(k).starts_with("nsubj") {
            return false;
        }
        let Some(verb) = self.head(k) else {
            return false;
        };
        // Not "The talks failed to produce a deal": they took place.
        // The parser may read "to resume" as a prepositional phrase.
        let never_came = self.children(verb).iter().any(|&c| {
            matches!(self.deprel(c), "xcomp" | "obl")
                && NEVER_CAME.contains(&self.lemma(c).as_str())
        });
        let yet = self.children(verb).iter().any(|&c| self.word(c) == "yet");
        (self.lemma(verb) == "fail" || yet) && never_came
    }

    /// Whether the subject of the verb at `k` is a happening, not an actor
    /// ("The fighting has threatened the plan").
    pub fn subject_is_happening(&self, k: usize) -> bool {
        self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "nsubj"
                && matches!(
                    self.lemma(c).as_str(),
                    "fighting"
                        | "violence"
                        | "war"
                        | "crisis"
                        | "conflict"
                        | "clash"
                        | "dispute"
                        | "row"
                        | "unrest"
                        | "tension"
                        | "drought"
                        | "flood"
                        | "flooding"
                        | "inflation"
                        | "scandal"
                        | "recession"
                )
        })
    }

    /// Whether the verb at `k` is passive: it has a passive auxiliary, or is a
    /// participle conjoined to a passive verb without a subject of its own
    /// ("was captured and released").
    fn is_passive(&self, k: usize) -> bool {
        let own = |rel: &str| self.children(k).iter().any(|&c| self.full_deprel(c) == rel);
        if own("aux:pass") {
            return true;
        }
        // "S. African killer convicted of six murders": a headline's passive,
        // which the tagger may read as a past tense ("convicted X of" is the
        // active).
        let next = self.doc.tokens.get(k + 1).map(|t| self.doc.slice(t.span));
        let charged_of = matches!(
            (self.lemma(k).as_str(), next),
            ("convict" | "accuse" | "suspect" | "acquit", Some("of")) | ("charge", Some("with"))
        );
        // Not "A Turkish court convicted of treason three officers" nor "the
        // man police accused of planting the bomb": those who accuse.
        let accuser = self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "nsubj"
                && matches!(
                    self.lemma(c).as_str(),
                    "court" | "judge" | "jury" | "tribunal" | "prosecutor"
                )
        });
        let charged_of = charged_of && !accuser;
        // "Kenyan policeman stabbed to death", "the ninth Somali deported from
        // the camp": a headline's or reduced relative's passive read as a past
        // tense, of a verb that is never without its object.
        // Not "The man they killed", "Gunmen killed indiscriminately".
        let pronoun_subject = self.children(k).iter().any(|&c| {
            self.full_deprel(c) == "nsubj" && self.doc.tokens[c].upos == Some(Upos::Pron)
        });
        // "Rebel leader Joseph Kony arrested in Uganda": the same, tagged as
        // a participle with no auxiliary.
        let past_form = match self.doc.tokens[k].xpos.as_str() {
            "VBD" => true,
            "VBN" => !own("aux") && self.full_deprel(k) == "root",
            _ => false,
        };
        let object_less = past_form
            && OBJECT_VERBS.contains(&self.lemma(k).as_str())
            && !own("obj")
            && !own("ccomp")
            && !own("xcomp")
            && self
                .doc
                .tokens
                .get(k + 1)
                .is_none_or(|t| t.upos != Some(Upos::Adv))
            && !pronoun_subject
            && self.full_deprel(k) != "acl:relcl"
            && !matches!(next, Some("that" | "and" | "or" | ","));
        if object_less && !accuser {
            return true;
        }
        // Not "companies it accused of helping Moravia": a relative clause
        // whose object is its antecedent.
        let past = matches!(self.doc.tokens[k].xpos.as_str(), "VBD" | "VBN");
        if charged_of && past && !own("obj") && self.full_deprel(k) != "acl:relcl" {
            return true;
        }
        // "Two policemen were seriously wounded", parsed as an adjective
        // after a copula; not "is opposed to", "are committed to", whose
        // subject acts.
        let word = self.doc.slice(self.doc.tokens[k].span);
        let adjectival = self.doc.tokens[k].xpos == "VBN"
            || (self.doc.tokens[k].xpos == "JJ" && word.ends_with("ed"));
        if own("cop") && adjectival && !own("obj") && next != Some("to") {
            return true;
        }
        let participle = self.doc.tokens[k].xpos == "VBN";
        // "Israeli troops cracked down on Hamas", "troops sealed off the
        // West Bank": a main clause the parser hung off its subject, with a
        // particle after the verb.
        let particle =
            own("compound:prt")
                || self.doc.tokens.get(k + 1).is_some_and(|t| {
                    matches!(self.doc.slice(t.span), "off" | "down" | "up" | "out")
                });
        // "Thousands of Tamils demonstrated outside ...": a verb that takes no
        // object cannot be passive.
        let intransitive = INTRANSITIVE.contains(&self.lemma(k).as_str());
        let main_clause = (particle && self.head(k).is_some_and(|up| self.deprel(up) == "root"))
            || (intransitive && self.root_is_noun(k));
        // A headline's "U.S. boy, 13, accused of murdering ...", which the
        // parser may leave as a loose dependent of the noun.
        let on_noun = matches!(self.full_deprel(k), "acl" | "dep");
        if participle && on_noun && !own("obj") && !main_clause {
            return true; // "a partisan seized by the South"
        }
        // "four Lebanese accused of the attack", read as a relative clause
        // with no subject of its own.
        if participle
            && self.full_deprel(k) == "acl:relcl"
            && !own("obj")
            && !own("nsubj")
            && !main_clause
        {
            return true;
        }
        // "was found stabbed to death", "were left wounded": the state the
        // passive's subject was found in.
        let found_in = self.deprel(k) == "xcomp"
            && self.head(k).is_some_and(|up| {
                matches!(self.lemma(up).as_str(), "find" | "leave" | "see")
                    && self
                        .children(up)
                        .iter()
                        .any(|&c| self.full_deprel(c) == "aux:pass")
            });
        if participle && found_in {
            return true;
        }
        // "a partisan seized by the South and jailed", with "jailed" read as
        // a past tense: a reduced relative's conjunct is a participle too.
        let reduced_conjunct = self.doc.tokens[k].xpos == "VBD"
            && self.head(k).is_some_and(|up| self.full_deprel(up) == "acl");
        self.deprel(k) == "conj"
            && (participle || reduced_conjunct)
            && !own("obj")
            && !own("nsubj")
            && !own("nsubj:pass")
            && self.head(k).is_some_and(|up| self.is_passive(up))
    }

    /// Whether the root above `k` is a noun: the parser found no main verb
    /// ("Hundreds of Kurds protested in Berlin" hung off "Hundreds").
    fn root_is_noun(&self, k: usize) -> bool {
        let mut at = k;
        for _ in 0..self.sentence.len() {
            match self.head(at) {
                Some(up) => at = up,
                None => break,
            }
        }
        at != k
            && matches!(
                self.doc.tokens[at].upos,
                Some(Upos::Noun | Upos::Propn | Upos::Num)
            )
    }

    /// Which of the other triggers (by their head tokens `heads`) governs the
    /// event noun headed by `k`, as an index into `heads`: the noun lies in
    /// the trigger's object or complement its object or complement ("discussed an
    /// agreement", "accused X of ordering the killing", "visit Bonn for
    /// talks"). Such an event is what is discussed, requested or alleged,
    /// not a second act. Conjuncts, relative clauses, subjects and loosely
    /// attached clauses stand on their own, and so do verbs ("urged the EC
    /// to support the PLO" codes the support too).
    pub fn governed_by(&self, k: usize, heads: &[usize]) -> Option<Governor> {
        if self.doc.tokens[k].upos != Some(Upos::Noun) {
            return None;
        }
        let mut through_verb = false;
        let mut at = k;
        for _ in 0..4 {
            let rel = self.full_deprel(at);
            if matches!(
                self.deprel(at),
                "conj"
                    | "parataxis"
                    | "root"
                    | "nsubj"
                    | "csubj"
                    | "list"
                    | "dep"
                    | "aux"
                    | "cop"
                    | "mark"
                    | "case"
            ) || rel == "acl:relcl"
            {
                return None;
            }
            let up = self.head(at)?;
            if let Some(index) = heads.iter().position(|&h| h == up && h != k) {
                return Some(Governor {
                    index,
                    through_verb,
                });
            }
            through_verb |= self.doc.tokens[up].upos == Some(Upos::Verb);
            at = up;
        }
        None
    }

    /// Whether the trigger headed by `k` is a noun taken as known ("the
    /// call", "this demand", "Levy's visit"), which refers back to an event
    /// already told rather than stating a new one.
    pub fn is_definite_noun(&self, k: usize) -> bool {
        matches!(self.doc.tokens[k].upos, Some(Upos::Noun))
            && self.children(k).iter().any(|&c| {
                c < k
                    && (self.full_deprel(c) == "nmod:poss"
                        || (self.deprel(c) == "det"
                            && matches!(
                                self.word(c).as_str(),
                                "the" | "this" | "that" | "these" | "those"
                            )))
            })
    }

    /// The token of `trigger` whose head lies outside it.
    pub fn head_of(&self, trigger: Range<usize>) -> usize {
        trigger
            .clone()
            .find(|&k| self.head(k).is_none_or(|h| !trigger.contains(&h)))
            .unwrap_or(trigger.start)
    }
}

/// Forces of nature and mishaps, which kill and destroy without acting.
const NATURAL_FORCES: &[&str] = &[
    "earthquake",
    "quake",
    "tremor",
    "aftershock",
    "tsunami",
    "flood",
    "flooding",
    "rain",
    "rains",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "landslide",
    "mudslide",
    "avalanche",
    "wildfire",
    "lightning",
    "drought",
    "heatwave",
    "epidemic",
    "disease",
    "outbreak",
    "eruption",
    "volcano",
    "accident",
    "crash",
    "disaster",
    "ferry",
    "bus",
    "train",
    "collision",
    "derailment",
    "blaze",
];

/// Verbs of mishap: what a participle after them tells ("capsized,
/// killing 200") is nobody's act.
const MISHAPS: &[&str] = &[
    "capsize", "sink", "derail", "collapse", "overturn", "crash", "plunge", "topple",
];

/// Verbs of collective action that take no object, so that a participle of
/// one hung off a noun is still done by that noun.
const INTRANSITIVE: &[&str] = &[
    "demonstrate",
    "protest",
    "riot",
    "march",
    "rally",
    "clash",
    "gather",
    "flee",
    "mutiny",
    "rebel",
    "retreat",
    "resign",
];

/// People described by what they do, whom a nearby place name does not
/// stand for: "Kidnappers seized the boy in Oklahoma" is no act of Oklahoma.
/// (Police and troops are left out: "In Turkey, police detained 40
/// activists" is Turkey's act.)
pub(super) const UNNAMED_AGENTS: &[&str] = &[
    "rebel",
    "guerrilla",
    "gunman",
    "militant",
    "insurgent",
    "attacker",
    "assailant",
    "kidnapper",
    "hijacker",
    "captor",
    "bandit",
    "raider",
    "protester",
    "protestor",
    "demonstrator",
    "student",
    "villager",
    "resident",
    "mob",
    "crowd",
    "man",
    "woman",
    "youth",
];

/// Nouns for people and groups that act without a name, beyond
/// [`UNNAMED_AGENTS`] and the state's organs: "both sides agreed",
/// "Deputies cordoned off streets", "thousands protest", "The corrections
/// department was probing the escape".
const PEOPLE_NOUNS: &[&str] = &[
    "officer",
    "deputy",
    "policeman",
    "fighter",
    "sniper",
    "side",
    "faction",
    "group",
    "department",
    "ministry",
    "committee",
    "council",
    "commission",
    "agency",
    "party",
    "people",
    "person",
    "worker",
    "striker",
    "activist",
    "supporter",
    "member",
    "inmate",
    "prisoner",
    "kid",
    "pirate",
    "smuggler",
    "robber",
    "thief",
    "poacher",
    "thousand",
    "hundred",
    "dozen",
];

/// Accusations that one may face rather than make.
const ACCUSATIONS: &[&str] = &["charge", "lawsuit", "suit", "indictment", "allegation"];

/// What is done to an accusation by the one it is made against.
const FACING: &[&str] = &[
    "face", "settle", "await", "fight", "contest", "answer", "deny", "dodge", "escape", "beat",
];

/// Vessels and vehicles that fire or strike with no one named: "The
/// merchant ship fired back".
const VESSELS: &[&str] = &[
    "ship",
    "vessel",
    "boat",
    "warship",
    "gunboat",
    "plane",
    "aircraft",
    "jet",
    "helicopter",
    "tank",
    "drone",
];

/// What blows up of itself ("the car bomb blew up").
pub(super) const EXPLOSIVES: &[&str] = &[
    "bus",
    "van",
    "vehicle",
    "lorry",
    "bomb",
    "device",
    "car",
    "truck",
    "mine",
    "explosive",
    "grenade",
    "shell",
    "charge",
    "tanker",
    "landmine",
    "rocket",
    "missile",
    "mortar",
];

/// Unnamed agents who are armed groups of the place they are in
/// ("rebels in Chechnya", "militants in Gaza"), unlike the other
/// [`UNNAMED_AGENTS`].
const PLACED_GROUPS: &[&str] = &["rebel", "guerrilla", "militant", "insurgent"];

/// Weapons and attacks, which are where they went off, not who set them
/// off ("a bomb in a Kisumu bar killed four").
fn is_weapon_or_attack(lemma: &str) -> bool {
    EXPLOSIVES.contains(&lemma) || ATTACK_NOUNS.contains(&lemma)
}

/// Whether people called `lemma` act for no one but themselves, so that
/// the place they are in does not stand for them ("a man in Cairo",
/// "kidnappers in Yemen", "settlers in Hebron").
fn is_private_person(lemma: &str) -> bool {
    lemma == "settler" || UNNAMED_AGENTS.contains(&lemma) && !PLACED_GROUPS.contains(&lemma)
}

/// Backing that a subject has from others ("has the support of Sudan").
const BACKING: &[&str] = &["support", "backing", "endorsement", "blessing", "help"];

/// Verbs of holding backing ("has", "enjoys", "won", "lost").
const HOLDING_VERBS: &[&str] = &[
    "have", "enjoy", "win", "gain", "receive", "get", "retain", "lose", "seek",
];

/// People known by their tie to a person, who are not that person when
/// the person is their possessor ("Lauck's lawyer vowed", "Ibrahim's
/// assistant was expelled", "Mobutu's guards").
const PERSONAL_TIES: &[&str] = &[
    "lawyer",
    "attorney",
    "assistant",
    "aide",
    "adviser",
    "advisor",
    "bodyguard",
    "guard",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "family",
    "relative",
    "friend",
    "supporter",
    "follower",
    "opponent",
    "rival",
    "critic",
    "killer",
    "attacker",
    "victim",
    "successor",
    "predecessor",
    "driver",
    "doctor",
    "supremo",
];

/// Event nouns whose possessor, when a person, is the one the act is done
/// to ("his arrest", "Mia's killing", "Lauck's extradition"; not "Turkey's
/// arrests"), as is the object of their "of" ("the stabbing of a
/// Palestinian").
const PATIENT_NOUNS: &[&str] = &[
    "arrest",
    "detention",
    "release",
    "killing",
    "murder",
    "execution",
    "extradition",
    "deportation",
    "expulsion",
    "abduction",
    "kidnapping",
    "assassination",
    "capture",
    "conviction",
    "imprisonment",
    "jailing",
    "sentencing",
    "stabbing",
    "beating",
    "hijack",
    "hijacking",
];

/// Verbs whose object does what the infinitive after them says ("invited
/// Arafat to meet him", "urged Iraq to withdraw").
const CONTROLLERS: &[&str] = &[
    "invite",
    "urge",
    "ask",
    "order",
    "persuade",
    "encourage",
    "tell",
    "allow",
    "force",
    "press",
    "instruct",
    "authorize",
    "authorise",
    "permit",
    "pressure",
    "request",
    "advise",
    "help",
];

/// What a person is called for what he did ("convicted child rapist",
/// "suspected drug smuggler").
const OFFENDERS: &[&str] = &[
    "rapist",
    "killer",
    "murderer",
    "terrorist",
    "criminal",
    "trafficker",
    "smuggler",
    "spy",
    "felon",
    "kidnapper",
    "bomber",
    "paedophile",
    "pedophile",
    "fraudster",
    "thief",
    "robber",
    "arsonist",
    "assassin",
    "hijacker",
];

/// Nouns for people or bodies named by their work, which an event noun
/// before them describes ("relief officials", "a battle group").
const WORKERS: &[&str] = &[
    "worker",
    "official",
    "officer",
    "police",
    "policeman",
    "crew",
    "group",
    "head",
    "chief",
    "team",
    "staff",
    "agency",
    "expert",
    "minister",
    "ministry",
    "spokesman",
    "coordinator",
    "commander",
    "unit",
    "squad",
    "specialist",
    "personnel",
    "organisation",
    "organization",
];

/// Weapons and craft that an event noun before them describes ("assault
/// rifles", "attack helicopters"); not "attack boats", which pirates do.
const EQUIPMENT: &[&str] = &["rifle", "weapon", "helicopter", "submarine", "dog"];

/// Who did it and to whom, as entity ids, for the trigger whose head token is
/// `head`. `fits` says whether a mention can be an actor; `said` is the
/// tokens of what a claim holding the trigger says, if one does.
pub fn parse_actors(
    tree: &Tree,
    mentions: &[Located],
    fits: &dyn Fn(&Located) -> bool,
    trigger: Range<usize>,
    said: Option<Range<usize>>,
) -> Arguments {
    let head = tree.head_of(trigger.clone());
    let finder = Finder {
        tree,
        mentions,
        fits,
        trigger,
        said,
    };
    let (mut sources, mut targets) = (Vec::new(), Vec::new());
    let is_noun = matches!(tree.doc.tokens[head].upos, Some(Upos::Noun | Upos::Propn));
    if tree.word(head) == "must" && tree.deprel(head) == "aux" {
        // "Russia said Sudan must return it": the speaker demands, of the subject.
        if let Some(verb) = tree.head(head) {
            finder.demand_arguments(head, verb, &mut sources, &mut targets);
        }
        targets.retain(|t| !sources.contains(t));
        return Arguments {
            sources,
            targets,
            source_withheld: true,
            settled: true,
            patient: None,
            state_subject: false,
        };
    }
    // Whether the noun's own phrase says who did it, or that it was done
    // to the one named, so that no nearby name stands in for its doer.
    let noun_withholds = if is_noun {
        finder.noun_arguments(head, &mut sources, &mut targets)
    } else {
        finder.verb_arguments(head, &mut sources, &mut targets);
        false
    };
    targets.retain(|t| !sources.contains(t));
    // "Suu Kyi was under house arrest": she undergoes it, no one named does it.
    let undergone = is_noun && tree.case(head).as_deref() == Some("under");
    // "In Dhahran, 19 airmen were killed by a bomb": an event noun that is
    // the agent of a passive names its doer itself or not at all.
    let agent = is_noun && tree.full_deprel(head) == "obl:agent";
    let passive = tree.is_passive(head) || undergone;
    // "Police found him in Oklahoma and arrested him": the subject names no
    // one, and no nearby name stands in for it.
    let sources_empty = sources.is_empty();
    let unnamed = !is_noun
        && sources_empty
        && (tree.unnamed_subject(head) || !tree.charged_ones(head).is_empty());
    // "were delayed by shooting along the highway": those delayed did not
    // shoot.
    let by_doing_to_passive = tree.deprel(head) == "advcl"
        && tree.has_mark(head, "by")
        && tree.head(head).is_some_and(|up| tree.is_passive(up));
    // "Okello was expelled from the school", "vetoed his bid": the one acted
    // upon is there, named by no actor.
    let patient = if is_noun || !targets.is_empty() {
        None
    } else {
        tree.children(head)
            .iter()
            .copied()
            .find(|&c| match tree.full_deprel(c) {
                "nsubj:pass" => !finder.is_expletive(c, head),
                "obj" => !finder.trigger.contains(&c),
                _ => false,
            })
            .map(|c| tree.phrase_stretch(c))
    };
    Arguments {
        sources,
        targets,
        source_withheld: passive || unnamed || agent || noun_withholds || by_doing_to_passive,
        // "Peacekeepers came under attack": the subject, named or not.
        settled: undergone,
        patient,
        state_subject: !is_noun && sources_empty && tree.state_subject(head),
    }
}

/// The trigger governing an event noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Governor {
    /// Its index among the heads given.
    pub index: usize,
    /// Whether a verb lies between them ("accused X of ordering the killing").
    pub through_verb: bool,
}

/// The actors the parse gives an event.
pub struct Arguments {
    /// Who acted.
    pub sources: Vec<String>,
    /// Who was acted upon.
    pub targets: Vec<String>,
    /// Whether the parse shows the source is not in the clause, so that no
    /// nearby name should stand in for it: an agentless passive ("was
    /// summoned"), a demand whose speaker is not named.
    pub source_withheld: bool,
    /// Whether the parse's reading is final, with no nearby name standing in
    /// for a missing actor (a demand made of no one named).
    pub settled: bool,
    /// Where the one acted upon is, when the parse finds it (a passive
    /// subject or an object) but no actor names it: only a name in that
    /// stretch, which the parse may have hung elsewhere ("a meeting with
    /// President Boris Yeltsin"), or the place it happened may stand in.
    pub patient: Option<Range<usize>>,
    /// Whether the subject is an organ of a state that names none ("the
    /// army", "police"), so that only a state nearby may stand in for it.
    pub state_subject: bool,
}

struct Finder<'t, 'a> {
    tree: &'t Tree<'a>,
    mentions: &'t [Located],
    fits: &'t dyn Fn(&Located) -> bool,
    trigger: Range<usize>,
    /// The tokens of what a claim says, when the trigger is in it: its
    /// actors are named there, not in the speaker's phrase.
    said: Option<Range<usize>>,
}

impl Finder<'_, '_> {
    fn verb_arguments(&self, verb: usize, sources: &mut Vec<String>, targets: &mut Vec<String>) {
        let tree = self.tree;
        // "The PUK has backing from Iran": the giver is "from", the subject gets.
        let from = |c: usize| tree.deprel(c) == "obl" && tree.case(c).as_deref() == Some("from");
        let received = GIFTS.contains(&tree.word(verb).as_str())
            && tree.children(verb).iter().any(|&c| from(c));
        // "Iraq accused of hiding weapons" read as an active past tense: its
        // subject is accused.
        let passive = tree.is_passive(verb);
        let has_subject = tree
            .children(verb)
            .iter()
            .any(|&c| matches!(tree.full_deprel(c), "nsubj" | "nsubj:pass" | "csubj"));
        // Whether a subject names who acted, named or not ("Rebels fired").
        let has_doer = tree
            .children(verb)
            .iter()
            .any(|&c| matches!(tree.full_deprel(c), "nsubj" | "csubj"));
        let has_object = tree
            .children(verb)
            .iter()
            .any(|&c| matches!(tree.full_deprel(c), "obj" | "nsubj:pass"));
        let mut origins = Vec::new();
        for &c in tree.children(verb) {
            match tree.full_deprel(c) {
                "nsubj" if received || passive => self.actors_at(c, targets),
                "obl" if received && from(c) => self.actors_at(c, sources),
                "nsubj" | "csubj" => self.actors_at(c, sources),
                // "Museveni, rebels sign peace deal": a headline's first
                // party, read as one addressed.
                "vocative" if c < verb => self.actors_at(c, sources),
                "nsubj:pass" if self.is_expletive(c, verb) => {}
                "nsubj:pass" => self.actors_at(c, targets),
                "obj" if TOPIC_VERBS.contains(&tree.lemma(verb).as_str()) => {}
                // The event noun of a light verb ("held talks in Germany",
                // "sent troops to the region") is no party to itself: only
                // its phrases of a target's case name one.
                // Nor is a complaint lodged ("lodged a complaint with the
                // Security Council against Russia").
                "obj" if self.trigger.contains(&c) || LODGED.contains(&tree.lemma(c).as_str()) => {
                    for &m in tree.children(c) {
                        let case = tree.case(m);
                        let forum = LODGED.contains(&tree.lemma(c).as_str())
                            && matches!(case.as_deref(), Some("with" | "to" | "before"));
                        if forum {
                            self.against_within(m, targets);
                        } else if tree.deprel(m) == "nmod"
                            && case.is_some_and(|p| TARGET_CASES.contains(&p.as_str()))
                        {
                            self.actors_at(m, targets);
                        }
                    }
                }
                "obj" | "iobj" => self.actors_at(c, targets),
                "obl:agent" => self.actors_at(c, sources),
                "obl" | "obl:tmod" | "obl:npmod" => {
                    let case = tree.case(c);
                    match case.as_deref() {
                        Some("by") if tree.is_passive(verb) => self.actors_at(c, sources),
                        // "were killed in the Turkish shelling": whose attack it was.
                        Some("in" | "during" | "by")
                            if ATTACK_NOUNS.contains(&tree.lemma(c).as_str()) =>
                        {
                            self.attackers(c, sources)
                        }
                        // "was summoned to the ministry in Bonn": who summons.
                        Some("to")
                            if tree.is_passive(verb)
                                && SUMMON.contains(&tree.lemma(verb).as_str()) =>
                        {
                            self.actors_at(c, sources)
                        }
                        // Not "released from a hideout by commandos".
                        Some("from")
                            if SENT_AWAY.contains(&tree.lemma(verb).as_str())
                                && tree.is_passive(verb)
                                && !tree.children(verb).iter().any(|&a| {
                                    tree.full_deprel(a) == "obl:agent"
                                        || tree.case(a).as_deref() == Some("by")
                                }) =>
                        {
                            self.actors_at(c, sources)
                        }
                        Some("from") if SENT_AWAY.contains(&tree.lemma(verb).as_str()) => {}
                        // "Rockets fired from Gaza": where the fire came from.
                        Some("from") if FIRED.contains(&tree.lemma(verb).as_str()) && !has_doer => {
                            self.actors_at(c, &mut origins)
                        }
                        Some("from") if FIRED.contains(&tree.lemma(verb).as_str()) => {}
                        // "fighting between the two Kurdish factions": with
                        // no subject, the sides act ("mediated between" them
                        // is done to them).
                        Some("between") if !has_subject => self.actors_at(c, sources),
                        // "lodged a complaint with the Security Council": where
                        // it was lodged.
                        Some("with" | "to" | "before") if self.lodges(verb) => {
                            self.against_within(c, targets)
                        }
                        // "charged with the murder of his mother": the
                        // crime, whose victim is no party to the charge.
                        Some("with") if CHARGING.contains(&tree.lemma(verb).as_str()) => {}
                        // "welcomed world leaders to the White House": where
                        // they came, not whom he welcomed.
                        Some("to")
                            if matches!(tree.lemma(verb).as_str(), "welcome" | "invite")
                                && has_object => {}
                        Some(p) if TARGET_CASES.contains(&p) => self.actors_at(c, targets),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        // With no one named firing, the place fired from stands for them.
        if sources.is_empty() {
            *sources = origins;
        }
        if tree.lemma(verb) == "blame" {
            // "blamed the Nairobi bombing on the Kavala Front": the one it is
            // blamed on is accused, not the place in what is blamed.
            let mut blamed = Vec::new();
            if let Some(on) = tree.blamed_on(verb) {
                self.actors_at(on, &mut blamed);
            }
            if !blamed.is_empty() {
                *targets = blamed;
            }
        }
        let on_noun = matches!(tree.full_deprel(verb), "acl" | "dep");
        if on_noun && tree.is_passive(verb) && targets.is_empty() {
            // "a partisan seized by the South": the noun is acted upon.
            if let Some(up) = tree.head(verb) {
                self.actors_at(up, targets);
            }
        }
        if sources.len() > 1
            && targets.is_empty()
            && RECIPROCAL.contains(&tree.lemma(verb).as_str())
        {
            // "Levy and Kinkel would discuss": each side is the other's target.
            targets.extend(sources.iter().skip(1).cloned());
            sources.truncate(1);
        }
        if sources.is_empty() {
            match tree.head(verb) {
                // "Kim was captured and released": the shared passive subject
                // is acted upon.
                Some(up) if on_noun && tree.is_passive(verb) => {
                    self.actors_at(up, targets);
                }
                // "Coetzee, who was charged with murder": the antecedent of
                // a passive relative clause is acted upon.
                Some(up) if tree.full_deprel(verb) == "acl:relcl" && tree.is_passive(verb) => {
                    if targets.is_empty() {
                        self.actors_at(up, targets);
                    }
                }
                // "A Libyan man was found stabbed to death": so is the one
                // found.
                Some(up)
                    if matches!(tree.deprel(verb), "conj" | "xcomp") && tree.is_passive(verb) =>
                {
                    for &c in tree.children(up) {
                        if tree.full_deprel(c) == "nsubj:pass" {
                            self.actors_at(c, targets);
                        }
                    }
                    // "a partisan seized by the South and jailed": the noun.
                    if targets.is_empty() && tree.full_deprel(up) == "acl" {
                        if let Some(noun) = tree.head(up) {
                            self.actors_at(noun, targets);
                        }
                    }
                }
                _ => self.inherited_subject(verb, sources),
            }
        }
    }

    /// Whether `verb` lodges a complaint or the like ("lodged a formal
    /// complaint", "filed a petition"), whose "with" phrase is the forum.
    fn lodges(&self, verb: usize) -> bool {
        let tree = self.tree;
        tree.children(verb)
            .iter()
            .any(|&c| tree.full_deprel(c) == "obj" && LODGED.contains(&tree.lemma(c).as_str()))
    }

    /// The actors of an "against" phrase the parser hung on the forum `k`
    /// ("with the Security Council against Russia").
    fn against_within(&self, k: usize, targets: &mut Vec<String>) {
        for &c in self.tree.children(k) {
            if self.tree.case(c).as_deref() == Some("against") {
                self.actors_at(c, targets);
            }
        }
    }

    /// The subject a verb without one shares: "Levy plans to visit" (xcomp),
    /// "Lebed arrived and struck a deal" (conj), "rebels who attacked" (relative).
    fn inherited_subject(&self, verb: usize, sources: &mut Vec<String>) {
        let tree = self.tree;
        let Some(up) = tree.head(verb) else { return };
        if tree.deprel(verb) == "conj" && tree.reports(up, verb) {
            // "Museveni said rebels killed, raped and looted", with "raped"
            // hung on "said": what was said is not the speaker's doing.
            return;
        }
        if tree.deprel(verb) == "conj" {
            if let Some(subject) = self.subordinate_subject(verb, up) {
                // "postponed the talks after a Chechen band disarmed a
                // column", parsed as "postponed ... and disarmed".
                self.actors_at(subject, sources);
                return;
            }
        }
        // "convicted a man of shooting his neighbour", "the men accused of
        // killing Osei": the one charged did it, not who charges.
        let charged = tree.charged_ones(verb);
        if !charged.is_empty() {
            for c in charged {
                self.actors_at(c, sources);
            }
            return;
        }
        // "accused Ukraine of bombing the village, killing seven": the
        // killing is part of the act charged, done by the one accused.
        if tree.is_participle_clause(verb) && CHARGING.contains(&tree.lemma(up).as_str()) {
            let charged_act = (up + 1..verb).any(|j| {
                let gerund = tree.word(j).ends_with("ing");
                let of = |p: &str| tree.has_mark(j, p) || tree.case(j).as_deref() == Some(p);
                gerund && (of("of") || of("for"))
            });
            if charged_act {
                for &c in tree.children(up) {
                    if matches!(tree.full_deprel(c), "obj" | "nsubj:pass") {
                        self.actors_at(c, sources);
                    }
                }
                return;
            }
        }
        // "invited Arafat to meet him", parsed as a clause of purpose: the
        // one invited meets.
        let invited = tree.deprel(verb) == "advcl"
            && CONTROLLERS.contains(&tree.lemma(up).as_str())
            && tree.has_mark(verb, "to");
        // "Police in Kenya raided the house, killing two": the participle's
        // doer is its clause's subject.
        let relation = if invited {
            "xcomp"
        } else if tree.is_participle_clause(verb) {
            "conj"
        } else {
            tree.deprel(verb)
        };
        match relation {
            "xcomp" | "conj" => {
                // "Yeltsin ordered Lebed to restore peace", "asked Germany to
                // extradite him", "he was expected to meet": the object, or
                // the passive subject, acts, named or not ("asked the
                // candidates to discuss" is no act of the one who asks).
                let controller =
                    |c: &usize| matches!(tree.full_deprel(*c), "obj" | "iobj" | "nsubj:pass");
                if relation == "xcomp" {
                    let controllers: Vec<usize> = tree
                        .children(up)
                        .iter()
                        .copied()
                        .filter(controller)
                        .collect();
                    for &c in &controllers {
                        self.actors_at(c, sources);
                    }
                    if !controllers.is_empty() {
                        return;
                    }
                }
                if sources.is_empty() {
                    for &c in tree.children(up) {
                        if tree.full_deprel(c) == "nsubj" {
                            self.actors_at(c, sources);
                        }
                    }
                }
                if sources.is_empty() {
                    self.inherited_subject(up, sources);
                }
            }
            "acl" => self.actors_at(up, sources),
            _ => {}
        }
    }

    /// The noun phrase right before a conjoined `verb` that a subordinating
    /// word opens ("after a Chechen band", "after police"): the parser took
    /// the clause for a phrase and its verb for a conjunct of `up`, so the
    /// phrase is the verb's subject.
    fn subordinate_subject(&self, verb: usize, up: usize) -> Option<usize> {
        let tree = self.tree;
        let mut at = verb.checked_sub(1)?;
        loop {
            let opens = tree.case(at).is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "after" | "before" | "since" | "until" | "because" | "while" | "when"
                )
            });
            if opens && matches!(tree.doc.tokens[at].upos, Some(Upos::Noun | Upos::Propn)) {
                return Some(at);
            }
            match tree.head(at) {
                Some(h) if h < verb && h != up => at = h,
                _ => return None,
            }
        }
    }

    /// The speaker of "X must ..." (the claim's source, else the subject of
    /// the verb of saying) demands of X.
    fn demand_arguments(
        &self,
        modal: usize,
        verb: usize,
        sources: &mut Vec<String>,
        targets: &mut Vec<String>,
    ) {
        let tree = self.tree;
        // "Chechnya must remain part of Russia", "must be accorded autonomy":
        // a judgement, not a demand made of anyone.
        if STATIVE.contains(&tree.lemma(verb).as_str()) || tree.is_passive(verb) {
            return;
        }
        for &c in tree.children(verb) {
            if tree.deprel(c) == "nsubj" {
                self.actors_at(c, targets);
            }
        }
        if targets.is_empty() {
            return;
        }
        if let Some(speaker) = self.speaker(modal) {
            sources.push(speaker);
        } else if let Some(said) = tree.head(verb).filter(|_| tree.deprel(verb) == "ccomp") {
            for &c in tree.children(said) {
                if tree.full_deprel(c) == "nsubj" {
                    self.actors_at(c, sources);
                }
            }
        }
    }

    /// The verb of which `noun` is the object when it is backing held by
    /// the verb's subject: "has the support of Sudan", "enjoys the backing
    /// of the army".
    fn holder_of_backing(&self, noun: usize) -> Option<usize> {
        let tree = self.tree;
        let verb = tree.head(noun)?;
        let held = BACKING.contains(&tree.lemma(noun).as_str())
            && tree.full_deprel(noun) == "obj"
            && HOLDING_VERBS.contains(&tree.lemma(verb).as_str());
        held.then_some(verb)
    }

    /// Fills in who did what the event noun `noun` names and to whom;
    /// returns whether its own phrase withholds the doer, so that no nearby
    /// name stands in: "after his arrest" (the possessor underwent it), "the
    /// stabbing of a Palestinian by a settler" (the "by" phrase says who,
    /// named or not), "seeks the backing of the army" (only who is named
    /// backs it).
    fn noun_arguments(
        &self,
        noun: usize,
        sources: &mut Vec<String>,
        targets: &mut Vec<String>,
    ) -> bool {
        let tree = self.tree;
        let undergone = tree.case(noun).as_deref() == Some("under");
        let holder = self.holder_of_backing(noun);
        let possessor_undergoes = self.undergoes_possessor(noun);
        let withholds = possessor_undergoes || holder.is_some() || tree.has_nmod(noun, "by");
        // Whether a place named before the noun says where it struck, so that
        // no nearby name stands in for who struck.
        let mut placed = false;
        if let Some(verb) = holder {
            // The subject holds the backing: it is backed.
            for &c in tree.children(verb) {
                if tree.full_deprel(c) == "nsubj" {
                    self.actors_at(c, targets);
                }
            }
        }
        for &c in tree.children(noun) {
            match tree.full_deprel(c) {
                "nmod" if holder.is_some() && tree.case(c).as_deref() == Some("of") => {
                    self.actors_at(c, sources)
                }
                // "at the urging of three senior generals", "at the
                // invitation of Yeltsin": who urged or invited.
                "nmod"
                    if tree.case(c).as_deref() == Some("of")
                        && URGED_BY.contains(&tree.lemma(noun).as_str()) =>
                {
                    self.actors_at(c, sources)
                }
                // "the stabbing of a Palestinian by a settler".
                "nmod"
                    if tree.case(c).as_deref() == Some("of")
                        && PATIENT_NOUNS.contains(&tree.lemma(noun).as_str()) =>
                {
                    self.actors_at(c, targets)
                }
                "nsubj" if undergone => self.actors_at(c, targets),
                // "after his arrest", "Mia's killing": the one it was done
                // to, unless another is ("Israel's release of prisoners").
                "nmod:poss" if possessor_undergoes => self.actors_at(c, targets),
                "nmod:poss" => self.actors_at(c, sources),
                // "the Juba attack", "a Kenya restaurant blast": where it
                // struck, not who struck; not when the noun names its own
                // victim ("the U.S. bombing of Iraq").
                "compound"
                    if ATTACK_NOUNS.contains(&tree.lemma(noun).as_str())
                        && !["of", "against"].iter().any(|p| tree.has_nmod(noun, p))
                        && self.names_a_place(c, BLASTS.contains(&tree.lemma(noun).as_str())) =>
                {
                    self.actors_at(c, targets);
                    placed = true;
                }
                "compound" | "amod" if !self.trigger.contains(&c) => {
                    // "Israel-PLO talks", "Arab-Israeli talks": the name
                    // before the hyphen is the other party.
                    if let Some(first) = self.hyphen_partner(c) {
                        self.actors_at(first, sources);
                    }
                    self.actors_at(c, sources);
                }
                "nmod" => match tree.case(c).as_deref() {
                    Some("between") => self.actors_at(c, sources),
                    Some("by") => self.actors_at(c, sources),
                    // "came under attack from Western nations", "attacks
                    // from the leading Republican candidate": who attacks,
                    // named by the phrase itself (not "from gunmen near
                    // Sarajevo").
                    Some("from")
                        if undergone || ATTACK_NOUNS.contains(&tree.lemma(noun).as_str()) =>
                    {
                        self.attackers_named(c, sources);
                        if sources.is_empty() {
                            // "forces loyal to Farah Aideed".
                            self.actors_at(c, sources);
                        }
                    }
                    // "condemnation from the State Department", "aid from
                    // Japan": who gives it.
                    Some("from")
                        if GIVEN_FROM.contains(&tree.lemma(noun).as_str())
                            || SENDINGS_AWAY.contains(&tree.lemma(noun).as_str()) =>
                    {
                        self.actors_at(c, sources)
                    }
                    // "a complaint with the Security Council": where it was
                    // lodged, not against whom.
                    Some("with" | "to" | "before")
                        if LODGED.contains(&tree.lemma(noun).as_str()) =>
                    {
                        self.against_within(c, targets)
                    }
                    Some(p) if TARGET_CASES.contains(&p) => self.actors_at(c, targets),
                    _ => {}
                },
                // "sanctions imposed by African states": who imposed them;
                // "attacks blamed on Tamil rebels": who is said to have.
                "acl" => {
                    let blamed = tree.lemma(c) == "blame";
                    for &a in tree.children(c) {
                        let agent = tree.full_deprel(a) == "obl:agent"
                            || (tree.deprel(a) == "obl" && tree.case(a).as_deref() == Some("by"))
                            || (blamed
                                && tree.deprel(a) == "obl"
                                && tree.case(a).as_deref() == Some("on"));
                        if agent {
                            self.actors_at(a, sources);
                        }
                    }
                }
                _ => {}
            }
        }
        let withholds = withholds || (placed && sources.is_empty());
        let Some(verb) = tree.head(noun) else {
            return withholds;
        };
        if tree.full_deprel(noun) == "obj" && tree.lemma(verb) == "blame" {
            // "Police blamed the bombing on Islamists": whom it is blamed on,
            // not who blames (the "on" phrase hung on the verb or the noun).
            if let Some(on) = tree.blamed_on(verb) {
                self.actors_at(on, sources);
            }
            targets.retain(|t| !sources.contains(t));
            return true;
        }
        if undergone && tree.full_deprel(noun) == "obl" {
            // "Beijing has come under attack", "A US national has been put
            // under investigation": the subject undergoes it.
            for &c in tree.children(verb) {
                if matches!(tree.full_deprel(c), "nsubj" | "nsubj:pass") {
                    self.actors_at(c, targets);
                }
            }
        }
        // "provoked condemnation from Germany" with "from Germany" hung on
        // the verb: the giver of what the object names.
        if tree.full_deprel(noun) == "obj" && GIVEN_FROM.contains(&tree.lemma(noun).as_str()) {
            for &c in tree.children(verb) {
                if c > noun && tree.deprel(c) == "obl" && tree.case(c).as_deref() == Some("from") {
                    self.actors_at(c, sources);
                }
            }
        }
        if holder.is_some() {
            return withholds; // "has the support of Sudan and Eritrea": both back it.
        }
        // "called the attack cowardly": words about the attack, which the
        // claim on "called" reports, not an attack called.
        let light = LIGHT_VERBS.contains(&tree.lemma(verb).as_str())
            && !(tree.lemma(verb) == "call" && tree.reports(verb, noun));
        match tree.full_deprel(noun) {
            "obj" if RECEIVE.contains(&tree.lemma(verb).as_str()) => {
                // "Banisadr received asylum in France": France gives, he gets.
                let givers = std::mem::take(targets);
                for g in givers {
                    if !sources.contains(&g) {
                        sources.push(g);
                    }
                }
                for &c in tree.children(verb) {
                    match tree.deprel(c) {
                        "nsubj" => self.actors_at(c, targets),
                        "obl" if matches!(tree.case(c).as_deref(), Some("from" | "in")) => {
                            self.actors_at(c, sources)
                        }
                        _ => {}
                    }
                }
                sources.retain(|s| !targets.contains(s));
                if sources.is_empty() {
                    // "faces assault charges": who brought them is not said.
                    return true;
                }
            }
            "obj" if light => {
                let mut verb_targets = Vec::new();
                self.verb_arguments(verb, sources, &mut verb_targets);
                for t in verb_targets {
                    if !targets.contains(&t) {
                        targets.push(t);
                    }
                }
                if tree.is_passive(verb) && sources.is_empty() {
                    // "A British aid worker, held hostage in Chechnya": who
                    // held him is not said.
                    return true;
                }
            }
            // "Kinkel, who arrived in Poland on a visit": the one who came,
            // to where he came.
            // "Li said in a telephone message to Kang": the one who said it.
            "obl"
                if tree.case(noun).as_deref() == Some("in")
                    && SAYING.contains(&tree.lemma(verb).as_str())
                    && !tree.is_passive(verb) =>
            {
                // Whom it was said to is the noun's own "to" phrase's business.
                let mut addressed = Vec::new();
                self.verb_arguments(verb, sources, &mut addressed);
                targets.retain(|t| !sources.contains(t));
                return withholds || sources.is_empty();
            }
            "obl" if tree.case(noun).as_deref() == Some("on") && tree.is_journey(verb) => {
                let mut places = Vec::new();
                let copula = tree.has_child(verb, "cop");
                if copula {
                    // "Museveni is in Nairobi on a visit".
                    self.actors_at(verb, &mut places);
                } else {
                    self.verb_arguments(verb, sources, &mut places);
                }
                for &c in tree.children(verb) {
                    match tree.deprel(c) {
                        "nsubj" if copula => self.actors_at(c, sources),
                        "obl" if tree.case(c).as_deref() == Some("in") => {
                            self.actors_at(c, &mut places)
                        }
                        _ => {}
                    }
                }
                for place in places {
                    if !targets.contains(&place) && !sources.contains(&place) {
                        targets.push(place);
                    }
                }
                // "The minister travelled to Kenya on a visit": the traveller
                // is not named, and Kenya does not stand in.
                return withholds || sources.is_empty();
            }
            // "The talks with Syria were held in Geneva"; not "The bombing
            // provoked condemnation from Germany".
            "nsubj" | "nsubj:pass" if !REACTIONS.contains(&tree.lemma(verb).as_str()) => {
                for &c in tree.children(verb) {
                    // "The rally was organised by the Kavala Front"; not
                    // "was announced by the ministry".
                    if DOERS.contains(&tree.lemma(verb).as_str())
                        && tree.full_deprel(c) == "obl:agent"
                    {
                        self.actors_at(c, sources);
                    } else if tree.deprel(c) == "obl"
                        && tree
                            .case(c)
                            .is_some_and(|p| TARGET_CASES.contains(&p.as_str()))
                    {
                        self.actors_at(c, targets);
                    }
                }
            }
            _ => {}
        }
        if sources.len() > 1 && targets.is_empty() {
            // "talks between Lebed and Maskhadov": each side is the other's target.
            targets.extend(sources.iter().skip(1).cloned());
            sources.truncate(1);
        }
        withholds
    }

    /// The actor that the phrase at `k` itself names, or its adjective,
    /// compound or possessor names ("Western nations", "Serb gunmen"), not
    /// a place it is near.
    fn attackers_named(&self, k: usize, out: &mut Vec<String>) {
        let tree = self.tree;
        let named = std::iter::once(k).chain(
            tree.children(k)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.full_deprel(c), "amod" | "compound" | "nmod:poss")),
        );
        for j in named {
            if let Some(m) = self.mention_at(j).filter(|m| (self.fits)(m)) {
                if !out.contains(&m.entity) {
                    out.push(m.entity.clone());
                }
            }
        }
    }

    /// Who made the attack named at `k`: its adjective, possessor or "by"
    /// phrase ("the Turkish shelling", "Israel's raid", "an attack by
    /// rebels"), not what it was on ("an attack on a UN-run school").
    fn attackers(&self, k: usize, out: &mut Vec<String>) {
        let tree = self.tree;
        // "killed in clashes with Israeli troops": the other side.
        let fought = matches!(
            tree.lemma(k).as_str(),
            "clash" | "fighting" | "battle" | "skirmish" | "gunbattle" | "firefight"
        );
        for &m in tree.children(k) {
            if tree.full_deprel(m) == "acl" {
                // "attacks blamed on Tamil rebels", "raids carried out by".
                let blamed = tree.lemma(m) == "blame";
                for &a in tree.children(m) {
                    let case = tree.case(a);
                    let by = tree.full_deprel(a) == "obl:agent"
                        || (tree.deprel(a) == "obl" && case.as_deref() == Some("by"))
                        || (blamed && tree.deprel(a) == "obl" && case.as_deref() == Some("on"));
                    if by {
                        self.actors_at(a, out);
                    }
                }
                continue;
            }
            let attacker = match tree.full_deprel(m) {
                "amod" | "nmod:poss" | "compound" => true,
                "nmod" => match tree.case(m).as_deref() {
                    Some("by" | "from") => true,
                    Some("with") => fought,
                    _ => false,
                },
                _ => false,
            };
            if attacker {
                self.actors_at(m, out);
            }
        }
    }

    /// Whether the possessor of the event noun `noun` is the one it was done
    /// to: an arrest, killing or extradition with no "of" phrase naming
    /// another.
    fn undergoes_possessor(&self, noun: usize) -> bool {
        let tree = self.tree;
        let person = |c: usize| {
            matches!(tree.word(c).as_str(), "his" | "her" | "their") || self.names_person(c)
        };
        PATIENT_NOUNS.contains(&tree.lemma(noun).as_str())
            && tree
                .children(noun)
                .iter()
                .any(|&c| tree.full_deprel(c) == "nmod:poss" && person(c))
            && !tree.has_nmod(noun, "of")
    }

    /// The name joined to the modifier `k` by a hyphen before it: "Israel"
    /// in "Israel-PLO", which the parser hangs on "PLO".
    fn hyphen_partner(&self, k: usize) -> Option<usize> {
        let tree = self.tree;
        let first = k.checked_sub(2)?;
        let hyphen_between = tree.word(k - 1) == "-"
            && tree.head(first) == Some(k)
            && matches!(tree.deprel(first), "compound" | "amod");
        hyphen_between.then_some(first)
    }

    /// The actors a phrase headed by `k` names: the mention at its head, else
    /// one in its modifiers ("officials of Iran", "Iranian forces"); conjoined
    /// phrases add theirs; a personal pronoun stands for the actor named last.
    fn actors_at(&self, k: usize, out: &mut Vec<String>) {
        if let Some(e) = self.actor_in(k, 0) {
            if !out.contains(&e) {
                out.push(e.clone());
            }
            // "Representatives from Armenia and Azerbaijan": the conjuncts of
            // the modifier that named the actor are actors too.
            if self.mention_at(k).is_none() {
                self.modifier_conjuncts(k, &e, out);
            }
        }
        for &c in self.tree.children(k) {
            // A conjunct, or one the parser took for a modifier though an
            // "and" opens it ("Rwandan troops and Kavala Front forces").
            let conjoined = self.tree.deprel(c) == "conj"
                || (self.tree.deprel(c) == "nmod"
                    && self.tree.opens_with_and(c)
                    && !self.tree.has_child(c, "case"));
            if conjoined {
                self.actors_at(c, out);
            }
        }
    }

    /// The actors conjoined to the modifier of `k` that names `named`.
    fn modifier_conjuncts(&self, k: usize, named: &str, out: &mut Vec<String>) {
        let tree = self.tree;
        let Some(&modifier) = tree.children(k).iter().find(|&&c| {
            tree.deprel(c) == "nmod" && self.mention_at(c).is_some_and(|m| m.entity == named)
        }) else {
            return;
        };
        for &c in tree.children(modifier) {
            if tree.deprel(c) == "conj" {
                if let Some(e) = self.actor_in(c, 1).filter(|e| !out.contains(e)) {
                    out.push(e);
                }
            }
        }
    }

    fn actor_in(&self, k: usize, depth: usize) -> Option<String> {
        let tree = self.tree;
        if let Some(m) = self.mention_at(k) {
            return (self.fits)(m).then(|| m.entity.clone());
        }
        if depth == 0 {
            let word = tree.word(k);
            if matches!(word.as_str(), "i" | "we" | "me" | "us") {
                return self.speaker(k);
            }
            if word == "who" {
                return self.relative_antecedent(k);
            }
            if let Some(wanted) = pronoun_types(&word) {
                return self.antecedent(k, wanted);
            }
        }
        if REGION_NOUNS.contains(&tree.word(k).as_str()) && self.is_bare_definite(k) {
            return self.region_antecedent(k);
        }
        if let Some(person) = self.titled_person(k) {
            return Some(person);
        }
        if tree.full_deprel(k) == "appos" {
            // "Li In-mo, a northern partisan seized ...".
            let head = tree
                .head(k)
                .filter(|&h| self.is_said(h) || !self.is_said(k));
            if let Some(m) = head.and_then(|h| self.mention_at(h)) {
                if (self.fits)(m) {
                    return Some(m.entity.clone());
                }
            }
        }
        if depth >= 2 {
            return None;
        }
        // "a man in Cairo", "residents near the border": where unnamed
        // people were is not who acted ("rebels in Chechnya" are based
        // there).
        let private = is_private_person(&tree.lemma(k));
        let unnamed = private || is_weapon_or_attack(&tree.lemma(k));
        let state_organ = super::STATE_AGENTS.contains(&tree.lemma(k).as_str());
        let located = |c: usize| {
            matches!(
                tree.case(c).as_deref(),
                Some("in" | "at" | "near" | "outside" | "inside" | "around" | "on")
            )
        };
        // "Lauck's lawyer", "Mobutu's guards": someone close to a person
        // is not that person.
        let tied =
            PERSONAL_TIES.contains(&tree.lemma(k).as_str()) && tree.full_deprel(k) == "nsubj";
        let person_possessor =
            |c: usize| tree.full_deprel(c) == "nmod:poss" && self.names_person(c);
        let modifiers: Vec<usize> = tree
            .children(k)
            .iter()
            .copied()
            .filter(|&c| {
                matches!(
                    tree.deprel(c),
                    "nmod" | "compound" | "amod" | "appos" | "flat" | "obl"
                ) && !self.trigger.contains(&c)
                    // "Police in Lodwar": a state's organ placed in a town
                    // is not the town's.
                    && !(state_organ && located(c) && self.names_a_place(c, false))
                    // "A bomb killed four people, the Kenyan newspaper Daily
                    // Nation said", with the outlet hung on "people".
                    && (self.is_said(c) || !self.is_said(k))
                    && (!unnamed || !located(c))
                    // "An Oklahoma man", "an Arkansas woman": where a private
                    // person is from does not act for them.
                    && !(private && self.names_a_place(c, false))
                    && (!tied || !person_possessor(c))
                    // "the Albanian-born missionary": a birthplace.
                    && tree.word(c) != "born"
            })
            .collect();
        // A person named in the phrase says who is meant before another
        // modifier does: "his Israeli counterpart Yitzhak Mordechai" is
        // Mordechai, "former Tanzanian president Julius Nyerere" Nyerere.
        let person = |c: usize| {
            let m = self.mention_at(c)?;
            let fits = (self.fits)(m) && self.entity_type(m) == Some(EntityType::Person);
            fits.then(|| m.entity.clone())
        };
        // "A roadside bomb planted by the Taliban": who planted it.
        let agent = || {
            tree.children(k)
                .iter()
                .filter(|&&c| tree.full_deprel(c) == "acl" && self.is_said(c))
                .flat_map(|&c| tree.children(c).iter().copied())
                .filter(|&a| tree.full_deprel(a) == "obl:agent")
                .find_map(|a| self.actor_in(a, depth + 1))
        };
        modifiers
            .iter()
            .find_map(|&c| person(c))
            .or_else(|| modifiers.iter().find_map(|&c| self.actor_in(c, depth + 1)))
            .or_else(agent)
    }

    /// The person a title at `k` is set beside, whatever the parse made of
    /// the name: "met the Ukrainian defence minister, Anton Berisha, in
    /// Kyiv" met Berisha, not Ukraine.
    fn titled_person(&self, k: usize) -> Option<String> {
        let tree = self.tree;
        let tokens = &tree.doc.tokens;
        if k + 2 >= tree.sentence.end || tree.word(k + 1) != "," {
            return None;
        }
        let m = self
            .mention_at(k + 2)
            .filter(|m| m.tokens.start == k + 2 && (self.fits)(m))?;
        let phrase = tree.phrase_stretch(k);
        let title: Vec<&str> = (phrase.start..=k)
            .map(|j| tree.doc.slice(tokens[j].span))
            .collect();
        crate::kb::Kb::get().role_head(&title.join(" "))?;
        let closed = m.tokens.end >= tree.sentence.end
            || matches!(
                tree.doc.slice(tokens[m.tokens.end].span),
                "," | "." | ";" | ")" | "and"
            );
        (closed && self.entity_type(m) == Some(EntityType::Person)).then(|| m.entity.clone())
    }

    /// What a pronoun at `k` stands for: of the actors of a fitting type in
    /// the last sentences before it, the first subject of a main clause in
    /// the latest sentence that has one, else the latest named.
    fn antecedent(&self, k: usize, wanted: &[EntityType]) -> Option<String> {
        let doc = self.tree.doc;
        let window = k.saturating_sub(80);
        let quoted_by = self.quoting_speaker(k);
        let candidates: Vec<&Located> = self
            .mentions
            .iter()
            .rev()
            .filter(|m| m.tokens.end <= k && m.tokens.start >= window)
            .filter(|m| (self.fits)(m) && self.entity_type(m).is_some_and(|t| wanted.contains(&t)))
            // "he" is no woman.
            .filter(|m| {
                !(matches!(self.tree.word(k).as_str(), "he" | "him")
                    && known_female(doc, &m.entity))
            })
            // "Stein told the protesters: \"They have apologized\"": one
            // quoted speaks of others.
            .filter(|m| quoted_by.as_ref() != Some(&m.entity))
            .collect();
        let main_subject = |m: &Located| {
            m.tokens.clone().any(|t| {
                doc.tokens[t].deprel.starts_with("nsubj")
                    && doc.tokens[t]
                        .head
                        .is_some_and(|h| matches!(doc.tokens[h].deprel.as_str(), "root" | "conj"))
            })
        };
        let sentence_of = |m: &Located| {
            doc.sentences
                .partition_point(|s| s.tokens.end <= m.tokens.start)
        };
        // The latest sentence with a main subject; its first one.
        let latest = candidates.iter().find(|m| main_subject(m));
        let chosen = latest.map(|l| {
            candidates
                .iter()
                .rev()
                .find(|m| main_subject(m) && sentence_of(m) == sentence_of(l))
                .unwrap_or(l)
        });
        let chosen = chosen.or(candidates.first())?;
        // "Amnesty said the prisoners were freed. They had been arrested":
        // a plural subject named by no name after the candidate is what
        // "they" stands for, and no actor.
        let plural = matches!(self.tree.word(k).as_str(), "they" | "them");
        let unnamed_plural = (chosen.tokens.end..k).any(|t| {
            doc.tokens[t].xpos == "NNS"
                && doc.tokens[t].deprel.starts_with("nsubj")
                && !self.mentions.iter().any(|m| m.tokens.contains(&t))
        });
        (!(plural && unnamed_plural)).then(|| chosen.entity.clone())
    }

    /// Whether "it" at `k`, the passive subject of `verb`, stands for no one:
    /// "it was agreed with Yeltsin", "it was decided that ...".
    fn is_expletive(&self, k: usize, verb: usize) -> bool {
        let tree = self.tree;
        tree.word(k) == "it"
            && tree.children(verb).iter().any(|&c| {
                matches!(tree.deprel(c), "ccomp" | "xcomp" | "csubj")
                    || (tree.deprel(c) == "obl" && tree.case(c).as_deref() == Some("with"))
            })
    }

    /// Who "who" at `k` is: the name just before it ("Banisadr, who").
    fn relative_antecedent(&self, k: usize) -> Option<String> {
        let doc = self.tree.doc;
        let before = if k > 0 && doc.slice(doc.tokens[k - 1].span) == "," {
            k - 1
        } else {
            k
        };
        let m = self
            .mentions
            .iter()
            .find(|m| m.tokens.end == before && (self.fits)(m))?;
        // "Senator Bernie Sanders of Vermont, who": the person, not his home
        // (nor a town the recogniser took for a body).
        let named_person = self.entity_type(m) == Some(EntityType::Person);
        let home = m
            .tokens
            .start
            .checked_sub(1)
            .filter(|&j| !named_person && matches!(self.tree.word(j).as_str(), "of" | "from"));
        let person = home.and_then(|of| {
            self.mentions.iter().rev().find(|p| {
                p.tokens.end <= of
                    && of - p.tokens.end <= 3
                    && (self.fits)(p)
                    && self.entity_type(p) == Some(EntityType::Person)
            })
        });
        Some(person.unwrap_or(m).entity.clone())
    }

    /// Whether the noun at `k` has "the" and no other dependent ("the
    /// region", not "the region of Kashmir" or "the whole region").
    fn is_bare_definite(&self, k: usize) -> bool {
        let tree = self.tree;
        let kids = tree.children(k);
        kids.iter()
            .any(|&c| tree.deprel(c) == "det" && tree.word(c) == "the")
            && kids
                .iter()
                .all(|&c| matches!(tree.deprel(c), "det" | "case" | "punct"))
    }

    /// What "the region" at `k` stands for: the latest place named before it
    /// that is neither a country nor a city (a territory, province or area).
    fn region_antecedent(&self, k: usize) -> Option<String> {
        let doc = self.tree.doc;
        let window = k.saturating_sub(80);
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.tokens.end <= k && m.tokens.start >= window && (self.fits)(m))
            .find(|m| {
                doc.entities.iter().any(|e| {
                    e.id == m.entity
                        && matches!(e.etype, EntityType::Gpe | EntityType::Loc)
                        && !e.kb_id.as_deref().is_some_and(|id| {
                            id.starts_with("kb:country:") || id.starts_with("kb:geo:")
                        })
                })
            })
            .map(|m| m.entity.clone())
    }

    /// Who "I" or "we" at `k` is: the named source of the claim quoting it.
    fn speaker(&self, k: usize) -> Option<String> {
        let span = self.tree.doc.tokens[k].span;
        self.tree
            .doc
            .claims
            .iter()
            .find(|c| c.content.is_some_and(|content| content.contains(&span)))
            .and_then(|c| c.source.entity.clone())
    }

    /// The named speaker of the quotation that holds the word at `k`.
    fn quoting_speaker(&self, k: usize) -> Option<String> {
        let doc = self.tree.doc;
        let span = doc.tokens[k].span;
        doc.claims
            .iter()
            .find(|c| {
                c.content.is_some_and(|content| {
                    content.contains(&span)
                        && doc.text[..content.start]
                            .trim_end()
                            .ends_with(['"', '“', '\'', '‘', '«'])
                })
            })
            .and_then(|c| c.source.entity.clone())
    }

    fn entity_type(&self, m: &Located) -> Option<EntityType> {
        self.tree
            .doc
            .entities
            .iter()
            .find(|e| e.id == m.entity)
            .map(|e| e.etype)
    }

    /// Whether the token `k` is part of a mention of a person.
    fn names_person(&self, k: usize) -> bool {
        self.mention_at(k)
            .is_some_and(|m| self.entity_type(m) == Some(EntityType::Person))
    }

    /// Whether the noun at `k` is a town or region named as such ("the Juba
    /// attack"; not a demonym), or compounds a place name to a common noun
    /// ("a Kenya restaurant"). A country is a place only with `countries`,
    /// for it may act ("the Israel raid", but "the Kenya blast").
    fn names_a_place(&self, k: usize, countries: bool) -> bool {
        let tree = self.tree;
        // A country by its own name, not a city that stands for one ("Juba").
        let country = |m: &Located| {
            let first = tree.doc.tokens[m.tokens.start].span;
            let last = tree.doc.tokens[m.tokens.end - 1].span;
            let name = tree.doc.slice(first.cover(&last));
            crate::kb::Kb::get().country(name).is_some()
        };
        let place = |j: usize, countries: bool| {
            tree.doc.tokens[j].upos == Some(Upos::Propn)
                && self.mention_at(j).is_some_and(|m| {
                    matches!(
                        self.entity_type(m),
                        Some(EntityType::Gpe | EntityType::Loc | EntityType::Fac)
                    ) && (countries || !country(m))
                })
        };
        // "a Kenya restaurant", not "the Pakistan army".
        let common_place = tree.doc.tokens[k].upos == Some(Upos::Noun)
            && !super::STATE_AGENTS.contains(&tree.lemma(k).as_str())
            && !ARMED_GROUPS.contains(&tree.lemma(k).as_str());
        place(k, countries)
            || (common_place
                && tree
                    .children(k)
                    .iter()
                    .any(|&c| tree.deprel(c) == "compound" && place(c, true)))
    }

    /// Whether token `k` lies in what the claim holding the trigger says,
    /// when one does.
    fn is_said(&self, k: usize) -> bool {
        self.said.as_ref().is_none_or(|said| said.contains(&k))
    }

    fn mention_at(&self, k: usize) -> Option<&Located> {
        self.mentions.iter().find(|m| m.tokens.contains(&k))
    }
}

/// The entity types a personal pronoun can stand for.
pub(super) fn pronoun_types(word: &str) -> Option<&'static [EntityType]> {
    match word {
        "he" | "she" | "him" | "her" => Some(&[EntityType::Person]),
        "it" => Some(&[EntityType::Org, EntityType::Gpe]),
        "they" | "them" => Some(&[
            EntityType::Org,
            EntityType::Gpe,
            EntityType::Norp,
            EntityType::Person,
        ]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, Span};

    /// A one-sentence document with the parse given as (head, deprel, upos)
    /// per space-separated word, heads 1-based as in CoNLL-U (0 = root).
    fn parsed(text: &str, parse: &[(usize, &str, Upos)]) -> Document {
        let mut doc = Document::new(DocMeta::default(), text.into());
        crate::text::segment(&mut doc);
        assert_eq!(doc.tokens.len(), parse.len(), "{text}");
        for (t, &(head, rel, upos)) in doc.tokens.iter_mut().zip(parse) {
            t.head = head.checked_sub(1);
            t.deprel = rel.into();
            t.upos = Some(upos);
        }
        doc
    }

    fn mention(doc: &Document, word: &str, entity: &str) -> Located {
        let start = doc.text.find(word).unwrap();
        let k = doc
            .tokens
            .iter()
            .position(|t| t.span == Span::new(start, start + word.len()))
            .unwrap();
        Located {
            tokens: k..k + 1,
            entity: entity.into(),
        }
    }

    /// The actors of the trigger at token `trigger`, with the named words as
    /// mentions of entities e1, e2, ...
    fn read(doc: &Document, names: &[&str], trigger: usize) -> Arguments {
        let mentions: Vec<Located> = names
            .iter()
            .enumerate()
            .map(|(k, name)| mention(doc, name, &format!("e{}", k + 1)))
            .collect();
        let tree = Tree::new(doc, 0..doc.tokens.len()).unwrap();
        // What a claim holding the trigger says, as the events stage finds it.
        let span = doc.tokens[trigger].span;
        let said = doc
            .claims
            .iter()
            .filter(|c| c.content.is_some_and(|s| s.contains(&span)))
            .find_map(|c| super::super::said_part(c, span))
            .map(|s| super::super::token_range(doc, s));
        parse_actors(&tree, &mentions, &|_| true, trigger..trigger + 1, said)
    }

    /// Asserts that `found` has exactly one source and one target, these.
    fn assert_roles(found: &Arguments, source: &str, target: &str) {
        assert_eq!(
            (&found.sources, &found.targets),
            (&vec![source.to_string()], &vec![target.to_string()])
        );
    }

    #[test]
    fn the_subject_of_a_light_verb_holds_the_talks() {
        use Upos::*;
        let mut doc = parsed(
            "Syria held talks with Israel .",
            &[
                (2, "nsubj", Propn),
                (0, "root", Verb),
                (2, "obj", Noun),
                (5, "case", Adp),
                (3, "nmod", Propn),
                (2, "punct", Punct),
            ],
        );
        doc.tokens[1].lemma = "hold".into();
        let found = read(&doc, &["Syria", "Israel"], 2);
        assert_roles(&found, "e1", "e2");
        let mut doc = parsed(
            "Armenia and Azerbaijan held talks in Germany .",
            &[
                (4, "nsubj", Propn),
                (3, "cc", Cconj),
                (1, "conj", Propn),
                (0, "root", Verb),
                (4, "obj", Noun),
                (7, "case", Adp),
                (5, "nmod", Propn),
                (4, "punct", Punct),
            ],
        );
        doc.tokens[3].lemma = "hold".into();
        let found = read(&doc, &["Armenia", "Azerbaijan", "Germany"], 4);
        assert_roles(&found, "e1", "e2");
    }

    #[test]
    fn who_is_under_arrest_and_who_has_backing_from_whom() {
        use Upos::*;
        let doc = parsed(
            "Kim was under arrest .",
            &[
                (4, "nsubj", Propn),
                (4, "cop", Aux),
                (4, "case", Adp),
                (0, "root", Noun),
                (4, "punct", Punct),
            ],
        );
        let found = read(&doc, &["Kim"], 3);
        assert!(found.sources.is_empty() && found.source_withheld);
        assert_eq!(found.targets, vec!["e1".to_string()]);
        let doc = parsed(
            "Hamas has backing from Iran .",
            &[
                (3, "nsubj", Propn),
                (3, "aux", Aux),
                (0, "root", Verb),
                (5, "case", Adp),
                (3, "obl", Propn),
                (3, "punct", Punct),
            ],
        );
        let found = read(&doc, &["Hamas", "Iran"], 2);
        assert_roles(&found, "e2", "e1");
    }

    #[test]
    fn a_passive_without_agent_has_no_source() {
        use Upos::*;
        let doc = parsed(
            "The Iranian ambassador was summoned .",
            &[
                (3, "det", Det),
                (3, "amod", Adj),
                (5, "nsubj:pass", Noun),
                (5, "aux:pass", Aux),
                (0, "root", Verb),
                (5, "punct", Punct),
            ],
        );
        let found = read(&doc, &["Iranian"], 4);
        assert!(found.source_withheld);
        assert!(found.sources.is_empty());
        assert_eq!(found.targets, vec!["e1".to_string()]);
    }

    #[test]
    fn a_participle_conjoined_to_a_passive_acts_on_its_subject() {
        use Upos::*;
        let mut doc = parsed(
            "Kim was captured and released .",
            &[
                (3, "nsubj:pass", Propn),
                (3, "aux:pass", Aux),
                (0, "root", Verb),
                (5, "cc", Cconj),
                (3, "conj", Verb),
                (3, "punct", Punct),
            ],
        );
        doc.tokens[4].xpos = "VBN".into();
        let found = read(&doc, &["Kim"], 4);
        assert!(found.source_withheld);
        assert!(found.sources.is_empty());
        assert_eq!(found.targets, vec!["e1".to_string()]);
    }

    #[test]
    fn a_past_tense_conjoined_to_a_reduced_relative_is_passive() {
        use Upos::*;
        let mut doc = parsed(
            "Li , a partisan seized by Seoul and jailed .",
            &[
                (0, "root", Propn),
                (4, "punct", Punct),
                (4, "det", Det),
                (1, "appos", Noun),
                (4, "acl", Verb),
                (7, "case", Adp),
                (5, "obl:agent", Propn),
                (9, "cc", Cconj),
                (5, "conj", Verb),
                (1, "punct", Punct),
            ],
        );
        doc.tokens[4].xpos = "VBN".into();
        doc.tokens[8].xpos = "VBD".into();
        let found = read(&doc, &["Li", "Seoul"], 8);
        assert!(found.source_withheld);
        assert!(!found.sources.contains(&"e1".to_string()));
    }

    #[test]
    fn the_speaker_demands_of_the_subject_of_must() {
        use Upos::*;
        let mut doc = parsed(
            "Russia said Sudan must return it .",
            &[
                (2, "nsubj", Propn),
                (0, "root", Verb),
                (5, "nsubj", Propn),
                (5, "aux", Aux),
                (2, "ccomp", Verb),
                (5, "obj", Pron),
                (2, "punct", Punct),
            ],
        );
        doc.tokens[4].lemma = "return".into();
        let found = read(&doc, &["Russia", "Sudan"], 3);
        assert_roles(&found, "e1", "e2");
        doc.tokens[4].lemma = "remain".into();
        let judgement = read(&doc, &["Russia", "Sudan"], 3);
        assert!(judgement.settled && judgement.targets.is_empty());
    }

    #[test]
    fn an_adjectival_trigger_is_a_modifier() {
        use Upos::*;
        let doc = parsed(
            "the occupied areas",
            &[(3, "det", Det), (3, "amod", Verb), (0, "root", Noun)],
        );
        let tree = Tree::new(&doc, 0..3).unwrap();
        assert!(tree.is_modifier(1..2));
        assert!(!tree.is_modifier(2..3));
        let headline = parsed(
            "Police arrested protesters",
            &[(3, "compound", Noun), (3, "amod", Verb), (0, "root", Noun)],
        );
        let tree = Tree::new(&headline, 0..3).unwrap();
        assert!(!tree.is_modifier(1..2));
        let workers = parsed(
            "the relief official left",
            &[
                (3, "det", Det),
                (3, "compound", Noun),
                (4, "nsubj", Noun),
                (0, "root", Verb),
            ],
        );
        let tree = Tree::new(&workers, 0..4).unwrap();
        assert!(tree.is_modifier(1..2));
        let attack = parsed(
            "the bomb attack began",
            &[
                (3, "det", Det),
                (3, "compound", Noun),
                (4, "nsubj", Noun),
                (0, "root", Verb),
            ],
        );
        let tree = Tree::new(&attack, 0..4).unwrap();
        assert!(!tree.is_modifier(1..2));
    }

    #[test]
    fn a_requested_act_is_governed_by_the_request() {
        use Upos::*;
        let doc = parsed(
            "Iran asked for talks and attacked Iraq .",
            &[
                (2, "nsubj", Propn),
                (0, "root", Verb),
                (4, "case", Adp),
                (2, "obl", Noun),
                (6, "cc", Cconj),
                (2, "conj", Verb),
                (6, "obj", Propn),
                (2, "punct", Punct),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        let heads = [1, 3, 5];
        let by_asked = Governor {
            index: 0,
            through_verb: false,
        };
        assert_eq!(tree.governed_by(3, &heads), Some(by_asked));
        assert_eq!(tree.governed_by(1, &heads), None);
        assert_eq!(tree.governed_by(5, &heads), None);
    }

    #[test]
    fn a_definite_event_noun_refers_back() {
        use Upos::*;
        let doc = parsed(
            "the call and a meeting",
            &[
                (2, "det", Det),
                (0, "root", Noun),
                (4, "cc", Cconj),
                (4, "det", Det),
                (2, "conj", Noun),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        assert!(tree.is_definite_noun(1));
        assert!(!tree.is_definite_noun(4));
    }

    #[test]
    fn who_summons_and_who_is_expected_to_act() {
        use Upos::*;
        let mut doc = parsed(
            "Iran was summoned to Bonn .",
            &[
                (3, "nsubj:pass", Propn),
                (3, "aux:pass", Aux),
                (0, "root", Verb),
                (5, "case", Adp),
                (3, "obl", Propn),
                (3, "punct", Punct),
            ],
        );
        doc.tokens[2].lemma = "summon".into();
        let found = read(&doc, &["Iran", "Bonn"], 2);
        assert_roles(&found, "e2", "e1");
        let doc = parsed(
            "Ruehe was expected to meet Peres .",
            &[
                (3, "nsubj:pass", Propn),
                (3, "aux:pass", Aux),
                (0, "root", Verb),
                (5, "mark", Part),
                (3, "xcomp", Verb),
                (5, "obj", Propn),
                (3, "punct", Punct),
            ],
        );
        let found = read(&doc, &["Ruehe", "Peres"], 4);
        assert_roles(&found, "e1", "e2");
    }

    #[test]
    fn who_receives_is_the_target() {
        use Upos::*;
        let mut doc = parsed(
            "Banisadr , who received asylum in France",
            &[
                (0, "root", Propn),
                (1, "punct", Punct),
                (4, "nsubj", Pron),
                (1, "acl:relcl", Verb),
                (4, "obj", Noun),
                (7, "case", Adp),
                (4, "obl", Propn),
            ],
        );
        doc.tokens[3].lemma = "receive".into();
        let found = read(&doc, &["Banisadr", "France"], 4);
        assert_roles(&found, "e2", "e1");
    }

    #[test]
    fn a_weapon_names_no_doer_and_the_outlet_does_not_act() {
        use crate::document::{Claim, ClaimSource, SourceKind, Stance};
        use Upos::*;
        // "A bomb in a Kisumu bar killed four people": Kisumu is where.
        let doc = parsed(
            "A bomb in a Kisumu bar killed four people .",
            &[
                (2, "det", Det),
                (7, "nsubj", Noun),
                (6, "case", Adp),
                (6, "det", Det),
                (6, "compound", Propn),
                (2, "nmod", Noun),
                (0, "root", Verb),
                (9, "nummod", Num),
                (7, "obj", Noun),
                (7, "punct", Punct),
            ],
        );
        let mut doc = doc;
        doc.tokens[1].lemma = "bomb".into();
        let found = read(&doc, &["Kisumu"], 6);
        assert!(found.sources.is_empty() && found.source_withheld);
        // The outlet the parser hung on the object is outside what it says.
        let mut doc = parsed(
            "A bomb killed four people , the Kenyan newspaper said .",
            &[
                (2, "det", Det),
                (3, "nsubj", Noun),
                (0, "root", Verb),
                (5, "nummod", Num),
                (3, "obj", Noun),
                (9, "punct", Punct),
                (9, "det", Det),
                (9, "amod", Adj),
                (5, "appos", Noun),
                (3, "conj", Verb),
                (3, "punct", Punct),
            ],
        );
        let said = |doc: &Document, text: &str| {
            let start = doc.text.find(text).unwrap();
            Span::new(start, start + text.len())
        };
        let claim = Claim {
            id: "c1".into(),
            source: ClaimSource {
                span: Some(said(&doc, "the Kenyan newspaper")),
                kind: SourceKind::Media,
                entity: None,
                affiliation: None,
            },
            cue: said(&doc, "said"),
            content: Some(said(&doc, "A bomb killed four people")),
            stance: Stance::Assert,
            hedged: false,
        };
        doc.claims.push(claim);
        let found = read(&doc, &["Kenyan"], 2);
        assert!(found.targets.is_empty(), "{:?}", found.targets);
        doc.claims.clear();
        assert_eq!(read(&doc, &["Kenyan"], 2).targets, vec!["e1".to_string()]);
    }

    #[test]
    fn an_expletive_it_is_no_one() {
        use Upos::*;
        let doc = parsed(
            "It was agreed with Yeltsin .",
            &[
                (3, "nsubj:pass", Pron),
                (3, "aux:pass", Aux),
                (0, "root", Verb),
                (5, "case", Adp),
                (3, "obl", Propn),
                (3, "punct", Punct),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        let finder = Finder {
            tree: &tree,
            mentions: &[],
            fits: &|_| true,
            trigger: 2..3,
            said: None,
        };
        assert!(finder.is_expletive(0, 2));
        let doc = parsed(
            "It was attacked .",
            &[
                (3, "nsubj:pass", Pron),
                (3, "aux:pass", Aux),
                (0, "root", Verb),
                (3, "punct", Punct),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        let finder = Finder {
            tree: &tree,
            mentions: &[],
            fits: &|_| true,
            trigger: 2..3,
            said: None,
        };
        assert!(!finder.is_expletive(0, 2));
    }

    #[test]
    fn phrases_of_time() {
        use Upos::*;
        // "Weeks after the shooting of Kamau , riots erupted ." with the
        // riots as the root.
        let doc = parsed(
            "Weeks after the shooting of Kamau, riots erupted.",
            &[
                (8, "obl:npmod", Noun),
                (4, "case", Adp),
                (4, "det", Det),
                (8, "obl", Noun),
                (6, "case", Adp),
                (4, "nmod", Propn),
                (8, "punct", Punct),
                (9, "nsubj", Noun),
                (0, "root", Verb),
                (9, "punct", Punct),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(tree.time_phrase(5), Some(1..6));
        assert_eq!(tree.time_phrase(7), None);
        // A clause cut off after the phrase is no phrase of time.
        let doc = parsed(
            "after two unions gave Clinton the nod",
            &[
                (3, "case", Adp),
                (3, "nummod", Num),
                (4, "obl", Noun),
                (0, "root", Verb),
                (4, "iobj", Propn),
                (7, "det", Det),
                (4, "obj", Noun),
            ],
        );
        let tree = Tree::new(&doc, 0..doc.tokens.len()).unwrap();
        assert_eq!(tree.time_phrase(2), None);
    }
}
