//! The closed vocabularies of the `dossier/1` contract and of Universal Dependencies.

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: an enum whose variants serialise to fixed names,
/// with `name()`, `parse()` and `ALL`.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's name in the contract.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value with this name, if any.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

vocabulary!(
    /// Entity types.
    EntityType {
        /// A person.
        Person = "PERSON",
        /// An organisation: party, ministry, company, armed group, agency.
        Org = "ORG",
        /// A country, state or city as a political unit.
        Gpe = "GPE",
        /// A region or geographic place.
        Loc = "LOC",
        /// A nationality, ethnic, religious or political group.
        Norp = "NORP",
        /// A facility: building, airport, bridge.
        Fac = "FAC",
        /// A named event.
        Event = "EVENT",
        /// Any other named thing.
        Misc = "MISC",
    }
);

vocabulary!(
    /// Relation predicates between entities.
    Predicate {
        /// Leads, heads, chairs; president, prime minister, king, commander of.
        LeaderOf = "leader_of",
        /// Official of, minister in, fighter of, belongs to.
        MemberOf = "member_of",
        /// Speaks for.
        SpokespersonFor = "spokesperson_for",
        /// An organisation inside another or in a coalition; a region inside a country.
        PartOf = "part_of",
        /// Situated in.
        LocatedIn = "located_in",
        /// Allied with (symmetric).
        AlliedWith = "allied_with",
        /// Backs, arms, funds.
        Supports = "supports",
        /// Fights, is against.
        Opposes = "opposes",
        /// Ties or links without a clearer predicate (symmetric).
        LinkedTo = "linked_to",
    }
);

vocabulary!(
    /// Who a claim comes from.
    SourceKind {
        /// A named person.
        NamedPerson = "named_person",
        /// An organisation or government speaking as a body.
        NamedOrg = "named_org",
        /// An unnamed person or group tied to a named body.
        AnonymousAffiliated = "anonymous_affiliated",
        /// Unnamed and unaffiliated.
        Anonymous = "anonymous",
        /// A news outlet or state media.
        Media = "media",
        /// Hearsay with no source.
        Unattributed = "unattributed",
    }
);

vocabulary!(
    /// A source's stance toward what it is quoted on.
    Stance {
        /// Says, states, claims, reports.
        Assert = "assert",
        /// Confirms.
        Confirm = "confirm",
        /// Denies, rejects, dismisses.
        Deny = "deny",
        /// Declines to comment.
        DeclineComment = "decline_comment",
        /// Did not respond, could not be reached.
        NoResponse = "no_response",
    }
);

vocabulary!(
    /// The 16 PLOVER event types.
    EventType {
        /// Agree.
        Agree = "AGREE",
        /// Consult.
        Consult = "CONSULT",
        /// Support.
        Support = "SUPPORT",
        /// Concede.
        Concede = "CONCEDE",
        /// Cooperate.
        Cooperate = "COOPERATE",
        /// Aid.
        Aid = "AID",
        /// Retreat.
        Retreat = "RETREAT",
        /// Request.
        Request = "REQUEST",
        /// Accuse.
        Accuse = "ACCUSE",
        /// Reject.
        Reject = "REJECT",
        /// Threaten.
        Threaten = "THREATEN",
        /// Protest.
        Protest = "PROTEST",
        /// Sanction.
        Sanction = "SANCTION",
        /// Mobilize.
        Mobilize = "MOBILIZE",
        /// Coerce.
        Coerce = "COERCE",
        /// Assault.
        Assault = "ASSAULT",
    }
);

vocabulary!(
    /// How an event is presented.
    Modality {
        /// The author states it.
        Asserted = "asserted",
        /// It rests on a claim.
        Reported = "reported",
        /// Could, would, may, plans, proposed.
        Hypothetical = "hypothetical",
        /// Did not happen.
        Negated = "negated",
        /// A source denies it.
        Denied = "denied",
    }
);

vocabulary!(
    /// Universal part-of-speech tags.
    Upos {
        /// Adjective.
        Adj = "ADJ",
        /// Adposition.
        Adp = "ADP",
        /// Adverb.
        Adv = "ADV",
        /// Auxiliary.
        Aux = "AUX",
        /// Coordinating conjunction.
        Cconj = "CCONJ",
        /// Determiner.
        Det = "DET",
        /// Interjection.
        Intj = "INTJ",
        /// Noun.
        Noun = "NOUN",
        /// Numeral.
        Num = "NUM",
        /// Particle.
        Part = "PART",
        /// Pronoun.
        Pron = "PRON",
        /// Proper noun.
        Propn = "PROPN",
        /// Punctuation.
        Punct = "PUNCT",
        /// Subordinating conjunction.
        Sconj = "SCONJ",
        /// Symbol.
        Sym = "SYM",
        /// Verb.
        Verb = "VERB",
        /// Other.
        X = "X",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in EventType::ALL {
            assert_eq!(EventType::parse(t.name()), Some(*t));
        }
        assert_eq!(
            SourceKind::AnonymousAffiliated.name(),
            "anonymous_affiliated"
        );
        assert_eq!(
            serde_json::to_string(&Stance::DeclineComment).unwrap(),
            "\"decline_comment\""
        );
        assert_eq!(Upos::parse("PROPN"), Some(Upos::Propn));
        assert_eq!(Predicate::parse("nope"), None);
    }
}
