//! In-document entity resolution: mentions of the same actor or place become
//! one entity. Full names and surnames ("Viktor Chernomyrdin" ... "Chernomyrdin"),
//! acronyms spelled out in parentheses or matching a name's initials
//! ("Patriotic Union of Kurdistan (PUK)" ... "PUK"; "KDP"), and repeated
//! names merge; people who share only a surname with two earlier people are
//! tied to the most recent one.

use std::collections::HashSet;

use crate::document::{Document, Entity, EntityMention, EntityType, Mention};

/// Courtesy titles that the recogniser may include in a person's name ("Mr.
/// Kiir" is Salva Kiir). Not the women's titles: "Mrs. Gandhi" after Rajiv
/// Gandhi is his wife or mother, and "Mrs. Bush" is not Mr. Bush.
const COURTESY_TITLES: &[&str] = &["Mr. ", "Mr ", "Dr. ", "Dr "];

/// A name reduced for comparison: no leading "the" or courtesy title, no
/// possessive, single spaces, case kept.
fn normalize(text: &str) -> String {
    let mut t = text.trim();
    for article in ["the ", "The ", "THE "] {
        if let Some(rest) = t.strip_prefix(article) {
            t = rest;
        }
    }
    for title in COURTESY_TITLES {
        if let Some(rest) = t
            .strip_prefix(title)
            .filter(|r| r.starts_with(char::is_uppercase))
        {
            t = rest;
        }
    }
    for possessive in ["'s", "’s", "'", "’"] {
        if let Some(rest) = t.strip_suffix(possessive) {
            t = rest;
        }
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The initials of a multi-word name's capitalised words ("Kurdistan
/// Democratic Party" -> "KDP"; "Patriotic Union of Kurdistan" -> "PUK").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// True for a token that looks like an acronym: 2 to 6 capitals (dots allowed).
pub(super) fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Words after a company's name that tell its legal form ("Tarmac Plc" is
/// Tarmac).
const LEGAL_FORMS: &[&str] = &[
    "AG",
    "Co",
    "Co.",
    "Corp",
    "Corp.",
    "Corporation",
    "GmbH",
    "Inc",
    "Inc.",
    "LLC",
    "Limited",
    "Ltd",
    "Ltd.",
    "NV",
    "N.V.",
    "PLC",
    "Plc",
    "SA",
    "S.A.",
    "SpA",
];

/// Words before a legal form that name a company as a whole ("Costain Group
/// Plc" is Costain).
const GROUP_WORDS: &[&str] = &["Group"];

/// A name without the legal form that ends it, and without the group word
/// before that form, in lower case ("Tarmac Plc" and "Tarmac" both give
/// "tarmac"; "Costain Group Plc" gives "costain").
fn without_legal_form(name: &str) -> String {
    let bare = strip_last(name, LEGAL_FORMS)
        .map_or(name, |head| strip_last(head, GROUP_WORDS).unwrap_or(head));
    bare.to_lowercase()
}

/// `name` without its last word when that word is one of `words`.
fn strip_last<'a>(name: &'a str, words: &[&str]) -> Option<&'a str> {
    name.rsplit_once(' ')
        .filter(|(_, last)| words.contains(last))
        .map(|(head, _)| head)
}

/// How Russian patronymics end ("Nikolayevich", "Stepanovich", "Ivanovna").
const PATRONYMIC_ENDINGS: &[&str] = &["ovich", "evich", "ovna", "evna"];

/// Words after a surname that tell a generation ("John Mills Jr.").
const GENERATIONS: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// Prepositions before a place ("in Holland", "to Jordan").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "to",
    "from",
    "into",
    "at",
    "near",
    "of",
    "across",
    "throughout",
    "toward",
    "towards",
    "via",
    "inside",
    "outside",
];

/// Titles of rulers, who are named by their given name ("King Hussein" is
/// not Saddam Hussein).
const ROYAL_TITLES: &[&str] = &[
    "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Sultan", "Pope", "Crown",
];

/// Whether `e` is a person of two or more names whose first (`first`) or
/// last name, generations aside, is `name`.
fn bears(e: &Entity, name: &str, first: bool) -> bool {
    let mut parts = e
        .name
        .split_whitespace()
        .filter(|w| !GENERATIONS.contains(w));
    let (Some(head), Some(tail)) = (parts.next(), parts.next_back()) else {
        return false;
    };
    // Case aside: a headline's "OKAFOR" is the body's "Okafor".
    is_person(e.etype) && name.to_lowercase() == if first { head } else { tail }.to_lowercase()
}

/// The index of the one entity for which `fits` holds, if exactly one does.
fn sole(entities: &[Entity], fits: impl Fn(&Entity) -> bool) -> Option<usize> {
    let mut found = entities.iter().enumerate().filter(|(_, e)| fits(e));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

fn is_person(t: EntityType) -> bool {
    t == EntityType::Person
}

/// What stands around a mention that resolution reads.
#[derive(Clone, Copy)]
struct Context {
    /// A capitalised word stands right before it ("King Hussein").
    modified: bool,
    /// A parenthesis follows it ("Boris Nikolayevich (Yeltsin)").
    glossed: bool,
    /// A lower-case noun follows it ("Defence analysts").
    before_noun: bool,
    /// The document uses the name as a place somewhere ("in Holland").
    placed: bool,
}

/// Entities being built.
struct Builder {
    entities: Vec<Entity>,
    /// Acronym defined in the text ("(PUK)") -> entity index.
    acronyms: Vec<(String, usize)>,
    /// People first named by a given name after a ruler's title.
    rulers: Vec<usize>,
    /// Names the document uses as places somewhere ("in Jordan").
    places: HashSet<String>,
    /// Where the headline (the first sentence) ends, as a byte offset.
    headline_end: usize,
}

impl Builder {
    /// The entity a mention with `name` and `label` belongs to, if any;
    /// `modified` when a capitalised word stands right before the mention
    /// ("King Hussein", "the Bosnian Army"), so that it may be another
    /// bearer of a shorter name.
    fn find(&self, name: &str, label: EntityType, context: Context) -> Option<usize> {
        let Context {
            modified,
            glossed,
            before_noun,
            ..
        } = context;
        let folded = name.to_lowercase();
        let same_class = |e: &Entity| is_person(e.etype) == is_person(label);
        // The same name, a company's with or without its legal form.
        let bare = (label == EntityType::Org).then(|| without_legal_form(name));
        let same_name = |e: &Entity, alias: &str| {
            let alias = normalize(alias);
            alias.to_lowercase() == folded
                || (e.etype == EntityType::Org
                    && bare
                        .as_ref()
                        .is_some_and(|b| without_legal_form(&alias) == *b))
        };
        if let Some(i) = self
            .entities
            .iter()
            .rposition(|e| same_class(e) && e.aliases.iter().any(|a| same_name(e, a)))
        {
            return Some(i);
        }
        if let Some(&(_, i)) = self.acronyms.iter().find(|(a, _)| a == name) {
            return Some(i);
        }
        if is_person(label) {
            let words: Vec<&str> = name.split_whitespace().collect();
            // A surname alone: the most recent person whose name ends with it.
            // A name written surname first stands for it by its first word
            // ("Wang" for Wang Donghai, "Saddam" for Saddam Hussein).
            if words.len() == 1 {
                let by_surname = self.entities.iter().rposition(|e| bears(e, name, false));
                // By the first word only when one person bears it and no
                // title makes another ("King Hussein" is not Hussein Kamel).
                let by_first =
                    || sole(&self.entities, |e| bears(e, name, true)).filter(|_| !modified);
                return by_surname.or_else(by_first);
            }
            // A first name and a Russian patronymic used in address, glossed
            // with the surname ("Boris Nikolayevich (Yeltsin)"): the one
            // person of that first name. Not a surname of the same ending
            // ("Prime Minister Viktor Yanukovich").
            if let [first, patronymic] = words[..] {
                // Or "Viktor Stepanovich" after "Viktor Stepanovich Chernomyrdin".
                let opening = format!("{name} ");
                let opens = |e: &Entity| {
                    is_person(e.etype)
                        && e.name.starts_with(&opening)
                        && e.name.split_whitespace().count() == 3
                };
                let is_patronymic = PATRONYMIC_ENDINGS
                    .iter()
                    .any(|end| patronymic.ends_with(end));
                if is_patronymic {
                    if let Some(i) = self.entities.iter().rposition(opens) {
                        return Some(i);
                    }
                }
                if glossed && is_patronymic {
                    if let Some(i) = sole(&self.entities, |e| bears(e, first, true)) {
                        return Some(i);
                    }
                }
            }
            // The last words of a longer name ("Suu Kyi", "Ramos Horta"), a
            // particle capitalised at the start of a sentence or not ("De
            // Kock" for Eugene de Kock).
            let suffix = format!(" {folded}");
            if let Some(i) = self
                .entities
                .iter()
                .rposition(|e| is_person(e.etype) && e.name.to_lowercase().ends_with(&suffix))
            {
                return Some(i);
            }
            // A full name whose surname was seen alone first, unless that
            // was a ruler's given name ("King Hussein" ... "Saddam Hussein").
            let alone = |i: usize, word: &str| {
                let e = &self.entities[i];
                is_person(e.etype)
                    && e.name.to_lowercase() == word.to_lowercase()
                    && !self.rulers.contains(&i)
            };
            let (first, surname) = (words.first()?, words.last()?);
            let by_surname = (0..self.entities.len()).rev().find(|&i| alone(i, surname));
            // A two-word name whose first word was seen alone first ("Saddam"
            // ... "Saddam Hussein"), when one person went by it.
            // Only a headline's short form: in the body a lone name may be
            // another's surname ("Hussein warned ... Hussein Kamel").
            let in_headline =
                |i: usize| self.entities[i].mentions[0].span.start < self.headline_end;
            let by_first = || {
                let mut bearers = (0..self.entities.len()).filter(|&i| alone(i, first));
                bearers
                    .next()
                    .filter(|&i| words.len() == 2 && in_headline(i) && bearers.next().is_none())
            };
            return by_surname.or_else(by_first);
        }
        // "Buza" read as a name of some other kind after "Ilir Buza": the
        // person's surname; so is "Lincoln" after "Abe Lincoln", unless the
        // document has it where something happens ("in Lincoln").
        let single = !name.contains(' ');
        let other_kind = match label {
            EntityType::Org | EntityType::Misc => true,
            // Not a country or a capital, which the document may name
            // beside a person of that name ("Israel sent troops").
            EntityType::Gpe => {
                let kb = crate::kb::Kb::get();
                !context.placed
                    && kb.country(name).is_none()
                    && kb.country_by_capital(name).is_none()
            }
            _ => false,
        };
        if single && other_kind && !is_acronym(name) {
            if let Some(i) = self.entities.iter().rposition(|e| bears(e, name, false)) {
                return Some(i);
            }
        }
        if is_acronym(name) {
            return self.entities.iter().rposition(|e| {
                !is_person(e.etype)
                    && e.name.split_whitespace().count() > 1
                    && initials(&e.name) == name
            });
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        // The expansion of an acronym seen first ("OSCE" ... "Organisation for
        // Security and Cooperation in Europe").
        if words.len() > 1 {
            let short = initials(name);
            if let Some(i) = self
                .entities
                .iter()
                .rposition(|e| !is_person(e.etype) && is_acronym(&e.name) && e.name == short)
            {
                return Some(i);
            }
        }
        // The end of an organisation's name standing for it ("the League"
        // after "the Northern League", "the Party of the Left").
        // Only one organisation may end so, and no name stands before the
        // mention ("the Bosnian Army" is not the Bosnian Serb Army).
        if label == EntityType::Org && !modified && name.starts_with(char::is_uppercase) {
            let suffix = format!(" {name}");
            let ends = |e: &Entity| e.etype == EntityType::Org && e.name.ends_with(&suffix);
            if let Some(i) = sole(&self.entities, ends) {
                return Some(i);
            }
        }
        // "Yedioth" after "Yedioth Ahronoth": the first word of the one
        // organisation it opens, when that word names nothing else and
        // modifies no noun ("Defence analysts", "National elections").
        if single
            && !before_noun
            && matches!(label, EntityType::Org | EntityType::Misc)
            && name.starts_with(char::is_uppercase)
            && crate::kb::Kb::get().resolve(name).is_none()
        {
            let opens = |e: &Entity| {
                e.etype == EntityType::Org
                    && e.name.split_whitespace().count() == 2
                    && e.name.split_whitespace().next() == Some(name)
            };
            if let Some(i) = sole(&self.entities, opens) {
                return Some(i);
            }
        }
        // "the North" for North Korea.
        if matches!(name, "North" | "South" | "East" | "West") {
            return self.entities.iter().rposition(|e| {
                !is_person(e.etype)
                    && e.name.split_whitespace().count() > 1
                    && e.name.split_whitespace().next() == Some(name)
            });
        }
        None
    }

    fn add(&mut self, doc: &Document, mention: &Mention) -> usize {
        let text = doc.slice(mention.span).to_string();
        let name = normalize(&text);
        let mut entry = EntityMention {
            span: mention.span,
            label: mention.label,
        };
        let modified = mention.tokens.start > 0 && {
            let before = doc.slice(doc.tokens[mention.tokens.start - 1].span);
            before.starts_with(char::is_uppercase)
                && !matches!(before, "The" | "A" | "An" | "This" | "That" | "THE")
        };
        // "Boris Nikolayevich (Yeltsin)": a name glossed in parentheses.
        let glossed = doc
            .tokens
            .get(mention.tokens.end)
            .is_some_and(|t| doc.slice(t.span) == "(");
        // "Defence analysts": a name modifying a common noun.
        let before_noun = doc.tokens.get(mention.tokens.end).is_some_and(|t| {
            t.upos == Some(crate::document::Upos::Noun)
                && doc.slice(t.span).starts_with(char::is_lowercase)
        });
        let royal = mention.tokens.start > 0
            && ROYAL_TITLES.contains(&doc.slice(doc.tokens[mention.tokens.start - 1].span));
        let placed = self.places.contains(&name);
        let context = Context {
            modified,
            glossed,
            before_noun,
            placed,
        };
        match self.find(&name, mention.label, context) {
            Some(i) => {
                let e = &mut self.entities[i];
                if is_person(e.etype) {
                    entry.label = EntityType::Person; // a surname read as another kind
                }
                e.mentions.push(entry);
                if !e.aliases.contains(&text) {
                    e.aliases.push(text);
                }
                // The fullest form names the entity, and a headline's
                // capitals give way to the body's case ("OKAFOR", "Okafor").
                let (words, known) = (
                    name.split_whitespace().count(),
                    e.name.split_whitespace().count(),
                );
                let mixed_case = |n: &str| n.chars().any(char::is_lowercase);
                let recased = words == known && !mixed_case(&e.name) && mixed_case(&name);
                if (words > known || recased) && !is_acronym(&name) {
                    e.name = name;
                }
                i
            }
            None => {
                let ruler = royal && !name.contains(' ');
                self.entities.push(Entity {
                    id: String::new(),
                    name,
                    etype: mention.label,
                    aliases: vec![text],
                    mentions: vec![entry],
                    roles: Vec::new(),
                    country: None,
                    sector: None,
                    kb_id: None,
                });
                let index = self.entities.len() - 1;
                if ruler {
                    self.rulers.push(index);
                }
                index
            }
        }
    }
}

/// The acronym in parentheses right after `mention` ("... Kurdistan (PUK)").
fn parenthesised_acronym(doc: &Document, mention: &Mention) -> Option<String> {
    let open = doc.tokens.get(mention.tokens.end)?;
    let acronym = doc.tokens.get(mention.tokens.end + 1)?;
    let close = doc.tokens.get(mention.tokens.end + 2)?;
    let text = doc.slice(acronym.span);
    (doc.slice(open.span) == "(" && doc.slice(close.span) == ")" && is_acronym(text))
        .then(|| text.to_string())
}

/// Where the headline ends: the first sentence when a line break follows it
/// ("Iraq's Saddam meets Zhirinovsky." over the story), else nowhere.
fn headline_end(doc: &Document) -> usize {
    doc.sentences
        .first()
        .map(|s| s.span.end)
        .filter(|&end| {
            doc.text[end..]
                .trim_start_matches([' ', '\t'])
                .starts_with('\n')
        })
        .unwrap_or(0)
}

/// Whether a preposition of place stands before `mention`, perhaps with
/// one lower-case word between ("in Holland", "in northern Jordan").
fn is_placed(doc: &Document, mention: &Mention) -> bool {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let preposition = |k: usize| PLACE_PREPOSITIONS.contains(&word(k).to_lowercase().as_str());
    let k = mention.tokens.start;
    (k >= 1 && preposition(k - 1))
        || (k >= 2 && preposition(k - 2) && word(k - 1).starts_with(char::is_lowercase))
}

/// Fills `doc.entities` from `doc.mentions`.
pub fn resolve(doc: &mut Document) {
    let places = doc
        .mentions
        .iter()
        .filter(|m| is_placed(doc, m))
        .map(|m| normalize(doc.slice(m.span)))
        .collect();
    let mut builder = Builder {
        entities: Vec::new(),
        acronyms: Vec::new(),
        rulers: Vec::new(),
        places,
        headline_end: headline_end(doc),
    };
    for mention in &doc.mentions {
        let index = builder.add(doc, mention);
        if mention.tokens.len() > 1 {
            if let Some(acronym) = parenthesised_acronym(doc, mention) {
                builder.acronyms.push((acronym, index));
            }
        }
    }
    for (i, e) in builder.entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        e.etype = majority_type(&e.mentions);
    }
    doc.entities = builder.entities;
}

/// The type most mentions carry; a country named and also used as an
/// adjective ("Iran" ... "Iranian") stays a GPE.
fn majority_type(mentions: &[EntityMention]) -> EntityType {
    let mut counts: Vec<(EntityType, usize)> = Vec::new();
    for m in mentions {
        match counts.iter_mut().find(|(t, _)| *t == m.label) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.label, 1)),
        }
    }
    if counts.iter().any(|(t, _)| *t == EntityType::Gpe) {
        return EntityType::Gpe;
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(EntityType::Misc, |(t, _)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document whose mentions are the given (text, type) pairs, found in order.
    fn doc_with(text: &str, names: &[(&str, EntityType)]) -> Document {
        let mut doc = crate::entities::testing::with_mentions(text, names);
        resolve(&mut doc);
        doc
    }

    fn names(doc: &Document) -> Vec<(String, Vec<String>)> {
        doc.entities
            .iter()
            .map(|e| (e.name.clone(), e.aliases.clone()))
            .collect()
    }

    #[test]
    fn a_surname_read_as_a_town_is_the_person_unless_placed() {
        use EntityType::*;
        let doc = doc_with(
            "Peter Lincoln escaped. Lincoln was caught. Jim Israel testified. Israel sent troops.",
            &[
                ("Peter Lincoln", Person),
                ("Lincoln", Gpe),
                ("Jim Israel", Person),
                ("Israel", Gpe),
            ],
        );
        let merged: Vec<usize> = doc.entities.iter().map(|e| e.mentions.len()).collect();
        assert_eq!(merged, [2, 1, 1], "{:?}", names(&doc));
        // Used as a place elsewhere in the document: a place everywhere.
        let doc = doc_with(
            "Peter Lincoln escaped. Lincoln was quiet. Police in Lincoln said so.",
            &[
                ("Peter Lincoln", Person),
                ("Lincoln", Gpe),
                ("Lincoln", Gpe),
            ],
        );
        assert_eq!(doc.entities.len(), 2, "{:?}", names(&doc));
    }

    #[test]
    fn a_name_seen_alone_first_joins_the_full_name_unless_a_ruler_bore_it() {
        use EntityType::*;
        let doc = doc_with(
            "Saddam meets Okoro\n\nSaddam Hussein said so.",
            &[
                ("Saddam", Person),
                ("Okoro", Person),
                ("Saddam Hussein", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 2);
        assert_eq!(doc.entities[0].name, "Saddam Hussein");
        let doc = doc_with(
            "King Hussein met Okoro. Saddam Hussein and Hussein Kamel said so.",
            &[
                ("Hussein", Person),
                ("Okoro", Person),
                ("Saddam Hussein", Person),
                ("Hussein Kamel", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 4, "{:?}", names(&doc));
        let doc = doc_with(
            "Mandela spoke. Nelson Mandela left.",
            &[("Mandela", Person), ("Nelson Mandela", Person)],
        );
        assert_eq!(doc.entities.len(), 1);
        // A headline's capitals are the body's name.
        for (headline, shouted) in [
            ("OKAFOR NAMED CAPTAIN.", "OKAFOR"),
            ("DANIEL OKAFOR RETIRES.", "DANIEL OKAFOR"),
        ] {
            let text = format!("{headline}\n\nDaniel Okafor was named. Okafor was glad.");
            let mentions = [
                (shouted, Person),
                ("Daniel Okafor", Person),
                ("Okafor", Person),
            ];
            let doc = doc_with(&text, &mentions);
            assert_eq!(doc.entities.len(), 1, "{:?}", names(&doc));
            assert_eq!(doc.entities[0].name, "Daniel Okafor");
        }
    }

    #[test]
    fn particles_and_patronymics_name_the_person_known() {
        use EntityType::*;
        let doc = doc_with(
            "Eugene de Kock was convicted. De Kock, 48, is a former police colonel.",
            &[("Eugene de Kock", Person), ("De Kock", Person)],
        );
        assert_eq!(doc.entities.len(), 1);
        let doc = doc_with(
            "Boris Yeltsin left. It was agreed with Boris Nikolayevich (Yeltsin). Boris \
             Berezovsky did not. Viktor Yushchenko dismissed Prime Minister Viktor Yanukovich.",
            &[
                ("Boris Yeltsin", Person),
                ("Boris Nikolayevich", Person),
                ("Boris Berezovsky", Person),
                ("Viktor Yushchenko", Person),
                ("Viktor Yanukovich", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 4);
        assert_eq!(doc.entities[0].mentions.len(), 2);
        let doc = doc_with(
            "Viktor Stepanovich Chernomyrdin met him. Viktor Stepanovich said so.",
            &[
                ("Viktor Stepanovich Chernomyrdin", Person),
                ("Viktor Stepanovich", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 1);
    }

    #[test]
    fn surnames_and_repeats_merge() {
        use EntityType::*;
        let doc = doc_with(
            "Viktor Chernomyrdin met Boris Yeltsin. Chernomyrdin said Yeltsin agreed. Yeltsin's office said so.",
            &[
                ("Viktor Chernomyrdin", Person),
                ("Boris Yeltsin", Person),
                ("Chernomyrdin", Person),
                ("Yeltsin", Person),
                ("Yeltsin's", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 2);
        assert_eq!(doc.entities[0].name, "Viktor Chernomyrdin");
        assert_eq!(doc.entities[1].mentions.len(), 3);
        assert_eq!(doc.entities[1].id, "e2");
    }

    #[test]
    fn a_company_is_one_with_or_without_its_legal_form() {
        use EntityType::*;
        let doc = doc_with(
            "Tarmac Plc sold a unit. Tarmac said profits rose. Costain Group Plc and Costain bid. \
             Hanson Inc. and Hanson Trust met.",
            &[
                ("Tarmac Plc", Org),
                ("Tarmac", Org),
                ("Costain Group Plc", Org),
                ("Costain", Org),
                ("Hanson Inc.", Org),
                ("Hanson Trust", Org),
            ],
        );
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Tarmac Plc",
                "Costain Group Plc",
                "Hanson Inc.",
                "Hanson Trust"
            ]
        );
        assert_eq!(doc.entities[0].mentions.len(), 2);
        assert_eq!(doc.entities[1].mentions.len(), 2);
    }

    #[test]
    fn an_organisation_goes_by_its_first_word_but_not_by_a_common_noun() {
        use EntityType::*;
        let doc = doc_with(
            "Yedioth Ahronoth said so. Yedioth said Weizman was angry. The Popular Revolutionary \
             Army fought the army.",
            &[
                ("Yedioth Ahronoth", Org),
                ("Yedioth", Org),
                ("Popular Revolutionary Army", Org),
                ("army", Org),
            ],
        );
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["Yedioth Ahronoth", "Popular Revolutionary Army", "army"]
        );
    }

    #[test]
    fn acronyms_merge_with_their_expansion() {
        use EntityType::*;
        let doc = doc_with(
            "The Patriotic Union of Kurdistan (PUK) and the Kurdistan Democratic Party met. The PUK and the KDP agreed.",
            &[
                ("Patriotic Union of Kurdistan", Org),
                ("PUK", Org),
                ("Kurdistan Democratic Party", Org),
                ("PUK", Org),
                ("KDP", Org),
            ],
        );
        assert_eq!(
            names(&doc),
            vec![
                (
                    "Patriotic Union of Kurdistan".into(),
                    vec!["Patriotic Union of Kurdistan".into(), "PUK".into()]
                ),
                (
                    "Kurdistan Democratic Party".into(),
                    vec!["Kurdistan Democratic Party".into(), "KDP".into()]
                ),
            ]
        );
    }

    #[test]
    fn expansions_after_acronyms_and_short_forms_merge() {
        use EntityType::*;
        let doc = doc_with(
            "The OSCE met. The Organisation for Security and Cooperation in Europe said North Korea and the North agreed.",
            &[
                ("OSCE", Org),
                ("Organisation for Security and Cooperation in Europe", Org),
                ("North Korea", Gpe),
                ("North", Gpe),
            ],
        );
        assert_eq!(doc.entities.len(), 2);
        assert_eq!(
            doc.entities[0].name,
            "Organisation for Security and Cooperation in Europe"
        );
        assert_eq!(doc.entities[1].mentions.len(), 2);
    }

    #[test]
    fn a_person_and_a_place_with_one_name_stay_apart() {
        use EntityType::*;
        let doc = doc_with(
            "Jordan visited Jordan.",
            &[("Jordan", Person), ("Jordan", Gpe)],
        );
        assert_eq!(doc.entities.len(), 2);
    }

    #[test]
    fn a_surname_shared_by_two_people_goes_to_the_latest() {
        use EntityType::*;
        let doc = doc_with(
            "Ali Khan met Imran Khan. Khan left.",
            &[
                ("Ali Khan", Person),
                ("Imran Khan", Person),
                ("Khan", Person),
            ],
        );
        assert_eq!(doc.entities.len(), 2);
        assert_eq!(doc.entities[1].mentions.len(), 2);
    }
    #[test]
    fn the_end_of_an_organisations_name_stands_for_it() {
        use EntityType::*;
        let doc = doc_with(
            "The Northern League marched. League leader Umberto Bossi said Korea and North Korea talked.",
            &[
                ("Northern League", Org),
                ("League", Org),
                ("Umberto Bossi", Person),
                ("Korea", Gpe),
                ("North Korea", Gpe),
            ],
        );
        assert_eq!(doc.entities.len(), 4);
        assert_eq!(doc.entities[0].aliases, vec!["Northern League", "League"]);
    }
    #[test]
    fn a_first_name_or_the_last_words_stand_for_a_person() {
        use EntityType::*;
        let doc = doc_with(
            "Wang Donghai was held. Wang was jailed. Jose Ramos Horta spoke. Ramos Horta and Bill Smith Jr. left. Smith and Bill met.",
            &[
                ("Wang Donghai", Person),
                ("Wang", Person),
                ("Jose Ramos Horta", Person),
                ("Ramos Horta", Person),
                ("Bill Smith Jr.", Person),
                ("Smith", Person),
                ("Bill", Person),
            ],
        );
        let counts: Vec<usize> = doc.entities.iter().map(|e| e.mentions.len()).collect();
        assert_eq!(counts, vec![2, 2, 3]);
    }

    #[test]
    fn a_courtesy_title_is_no_part_of_the_name() {
        use EntityType::*;
        let doc = doc_with(
            "Mr. Atti spoke. President Salva Kiir spoke. Mr. Kiir said so. Rabie A. Atti agreed. \
             Mrs. Kiir smiled.",
            &[
                ("Mr. Atti", Person),
                ("Salva Kiir", Person),
                ("Mr. Kiir", Person),
                ("Rabie A. Atti", Person),
                ("Mrs. Kiir", Person),
            ],
        );
        assert_eq!(
            names(&doc),
            [
                (
                    "Rabie A. Atti".to_string(),
                    vec!["Mr. Atti".to_string(), "Rabie A. Atti".to_string()]
                ),
                (
                    "Salva Kiir".to_string(),
                    vec!["Salva Kiir".to_string(), "Mr. Kiir".to_string()]
                ),
                ("Mrs. Kiir".to_string(), vec!["Mrs. Kiir".to_string()]),
            ]
        );
    }

    #[test]
    fn a_titled_or_modified_short_name_is_another_bearer() {
        use EntityType::*;
        let doc = doc_with(
            "Hussein Kamel defected. King Hussein spoke. The Bosnian Serb Army and the Bosnian Army clashed.",
            &[
                ("Hussein Kamel", Person),
                ("Hussein", Person),
                ("Bosnian Serb Army", Org),
                ("Bosnian", Norp),
                ("Army", Org),
            ],
        );
        assert_eq!(doc.entities.len(), 5);
    }

    #[test]
    fn a_surname_read_as_another_kind_of_name_is_the_person() {
        use EntityType::*;
        let doc = doc_with(
            "Massoud Barzani spoke. Barzani agreed. Ilir Buza was jailed. Buza said so.",
            &[
                ("Massoud Barzani", Person),
                ("Barzani", Org),
                ("Ilir Buza", Person),
                ("Buza", Misc),
            ],
        );
        assert_eq!(doc.entities.len(), 2);
        assert!(doc.entities.iter().all(|e| e.etype == Person));
    }
}
