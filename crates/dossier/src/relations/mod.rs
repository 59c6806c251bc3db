//! Stage: relations — typed ties between entities, each with the text that
//! states it and, where a source rather than the author states it, the claim.
//!
//! Shapes: premodifying titles ("Russian Prime Minister Viktor Chernomyrdin",
//! "PUK leader Bafel Talabani", "Iran's intelligence minister Ali
//! Fallahiyan"), appositions ("Peshawa Hawramani, a spokesperson for the
//! KRG"), relative clauses ("Mustafa Hijri, who heads the PDKI"), "led by",
//! "backed by", "part of", "X member", "an opponent of", "ally of",
//! hyphenated modifiers ("the Iran-backed Hezbollah", "the Vienna-based
//! OSCE", "pro-Moscow leaders"), and
//! possessive bodies ("Seoul's unification ministry"). Titles and the
//! relation they imply come from the knowledge base's role lexicon; every
//! title found is also recorded as a role of the person (former ones marked).

mod patterns;

use crate::document::{Document, Predicate, Relation, Role, Span};
pub use patterns::find_relations;

/// A relation or role found in the text, before it is attached to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A relation between two entities.
    Relation {
        /// Subject entity id.
        subject: String,
        /// Predicate.
        predicate: Predicate,
        /// Object entity id.
        object: String,
        /// Evidence.
        evidence: Span,
    },
    /// A title held by an entity.
    Role {
        /// The holder's entity id.
        holder: String,
        /// The role.
        role: Role,
    },
}

/// Fills `doc.relations` and the entities' roles.
pub fn extract(doc: &mut Document) {
    let findings = find_relations(doc);
    let mut relations: Vec<Relation> = Vec::new();
    for finding in findings {
        match finding {
            Finding::Relation {
                subject,
                predicate,
                object,
                evidence,
            } => {
                if subject == object {
                    continue;
                }
                let duplicate = relations.iter().any(|r| {
                    r.subject == subject && r.predicate == predicate && r.object == object
                });
                if duplicate {
                    continue;
                }
                let claim = doc
                    .claims
                    .iter()
                    .find(|c| c.content.is_some_and(|s| s.contains(&evidence)))
                    .map(|c| c.id.clone());
                relations.push(Relation {
                    subject,
                    predicate,
                    object,
                    evidence,
                    claim,
                });
            }
            Finding::Role { holder, role } => {
                if let Some(e) = doc.entities.iter_mut().find(|e| e.id == holder) {
                    if !e
                        .roles
                        .iter()
                        .any(|r| r.title == role.title && r.of == role.of)
                    {
                        e.roles.push(role);
                    }
                }
            }
        }
    }
    doc.relations = relations;
    profile_from_roles(doc);
}

/// A person's country and sector from their current roles: "Iran's
/// intelligence minister" is Iranian and in government.
fn profile_from_roles(doc: &mut Document) {
    let kb = crate::kb::Kb::get();
    let countries: Vec<(String, Option<String>)> = doc
        .entities
        .iter()
        .map(|e| (e.id.clone(), e.country.clone()))
        .collect();
    for e in &mut doc.entities {
        let Some(role) = e.roles.iter().find(|r| !r.former) else {
            continue;
        };
        if e.country.is_none() {
            e.country = role
                .of
                .as_ref()
                .and_then(|of| countries.iter().find(|(id, _)| id == of))
                .and_then(|(_, c)| c.clone());
        }
        if e.sector.is_none() {
            e.sector = kb
                .role(&role.title)
                .and_then(|r| r.sector)
                .map(|s| s.code().to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EntityType;

    /// Runs entities and relations on `text` with the given mentions.
    fn related(text: &str, names: &[(&str, EntityType)]) -> Document {
        static SYNTAX: std::sync::OnceLock<crate::syntax::Syntax> = std::sync::OnceLock::new();
        let syntax = SYNTAX.get_or_init(|| crate::syntax::Syntax::load().expect("syntax models"));
        let mut doc = crate::entities::testing::with_mentions(text, names);
        syntax.annotate(&mut doc);
        crate::entities::resolve(&mut doc);
        crate::entities::link(&mut doc);
        crate::claims::extract(&mut doc);
        extract(&mut doc);
        doc
    }

    fn triples(doc: &Document) -> Vec<(String, &'static str, String)> {
        let name = |id: &str| {
            doc.entities
                .iter()
                .find(|e| e.id == id)
                .unwrap()
                .name
                .clone()
        };
        doc.relations
            .iter()
            .map(|r| (name(&r.subject), r.predicate.name(), name(&r.object)))
            .collect()
    }

    fn t(s: &str, p: &'static str, o: &str) -> (String, &'static str, String) {
        (s.to_string(), p, o.to_string())
    }

    #[test]
    fn relation_shapes() {
        use EntityType::*;
        type Triple = (String, &'static str, String);
        type Case<'a> = (&'a str, Vec<(&'a str, EntityType)>, Vec<Triple>);
        let cases: Vec<Case> = vec![
            (
                "Russian Prime Minister Viktor Chernomyrdin said so.",
                vec![("Russian", Norp), ("Viktor Chernomyrdin", Person)],
                vec![t("Viktor Chernomyrdin", "leader_of", "Russia")],
            ),
            (
                "Peshawa Hawramani, a spokesperson for the KRG, said so.",
                vec![("Peshawa Hawramani", Person), ("KRG", Org)],
                vec![t(
                    "Peshawa Hawramani",
                    "spokesperson_for",
                    "Kurdistan Regional Government",
                )],
            ),
            (
                "Eritrea cut diplomatic ties with Sudan in 1994.",
                vec![("Eritrea", Gpe), ("Sudan", Gpe)],
                vec![],
            ),
            (
                "Mustafa Hijri, who heads the PDKI, said so.",
                vec![("Mustafa Hijri", Person), ("PDKI", Org)],
                vec![t(
                    "Mustafa Hijri",
                    "leader_of",
                    "Democratic Party of Iranian Kurdistan",
                )],
            ),
            (
                "A senior official of the Freedom Party, led by Jan Novak, spoke.",
                vec![("Freedom Party", Org), ("Jan Novak", Person)],
                vec![t("Jan Novak", "leader_of", "Freedom Party")],
            ),
            (
                "Moscow wants to keep Chechnya as a part of the Russian Federation.",
                vec![
                    ("Moscow", Gpe),
                    ("Chechnya", Gpe),
                    ("Russian Federation", Gpe),
                ],
                vec![t("Chechnya", "part_of", "Russia")],
            ),
            (
                "Turkey criticised the PKK over its links with Syria.",
                vec![("Turkey", Gpe), ("PKK", Org), ("Syria", Gpe)],
                vec![t("Kurdistan Workers' Party", "linked_to", "Syria")],
            ),
            (
                "Iran's intelligence minister Ali Fallahiyan left.",
                vec![("Iran", Gpe), ("Ali Fallahiyan", Person)],
                vec![t("Ali Fallahiyan", "member_of", "Iran")],
            ),
            (
                "Botswana's envoy, Mothusi Nkgowe, spoke. The envoy, Ali Kazemi, left.",
                vec![
                    ("Botswana", Gpe),
                    ("Mothusi Nkgowe", Person),
                    ("Ali Kazemi", Person),
                ],
                vec![t("Mothusi Nkgowe", "member_of", "Botswana")],
            ),
            (
                "Eliahu Ben-Elissar, Israel's ambassador to Egypt, left.",
                vec![
                    ("Eliahu Ben-Elissar", Person),
                    ("Israel", Gpe),
                    ("Egypt", Gpe),
                ],
                vec![t("Eliahu Ben-Elissar", "member_of", "Israel")],
            ),
            (
                "Former Iranian president Abolhassan Banisadr spoke.",
                vec![("Iranian", Norp), ("Abolhassan Banisadr", Person)],
                vec![],
            ),
            (
                "The Freedom Party, led by Prime Minister Jan Novak, won.",
                vec![("Freedom Party", Org), ("Jan Novak", Person)],
                vec![t("Jan Novak", "leader_of", "Freedom Party")],
            ),
            (
                "Interfax quoted First Deputy Foreign Minister Igor Ivanov as saying so.",
                vec![("Interfax", Org), ("Igor Ivanov", Person)],
                vec![],
            ),
            (
                "She is a niece of star Sophia Loren, had accused AN leaders of it.",
                vec![("Sophia Loren", Person), ("AN", Org)],
                vec![],
            ),
            (
                "The Saudi-led coalition in Yemen struck. Israel - armed with U.S. weapons - struck.",
                vec![("Saudi", Gpe), ("Yemen", Gpe), ("Israel", Gpe), ("U.S.", Gpe)],
                vec![],
            ),
            (
                "The Labour Party, led by former Prime Minister Tony Blair, won.",
                vec![("Labour Party", Org), ("Tony Blair", Person)],
                vec![t("Tony Blair", "leader_of", "Labour Party")],
            ),
            (
                "The Texas-born senator John Jones spoke.",
                vec![("Texas", Gpe), ("John Jones", Person)],
                vec![],
            ),
            (
                "Israel would strip off a part of Lebanon.",
                vec![("Israel", Gpe), ("Lebanon", Gpe)],
                vec![],
            ),
            (
                "\"There is work on it with President Mubarak,\" one PLO official said.",
                vec![("Mubarak", Person), ("PLO", Org)],
                vec![],
            ),
            (
                "The Iran-backed Hezbollah attacked.",
                vec![("Iran", Gpe), ("Hezbollah", Org)],
                vec![t("Iran", "supports", "Hezbollah")],
            ),
            (
                "The Vienna-based OSCE met.",
                vec![("Vienna", Gpe), ("OSCE", Org)],
                vec![t(
                    "Organization for Security and Co-operation in Europe",
                    "located_in",
                    "Vienna",
                )],
            ),
            (
                "Moscow said pro-Moscow leader Doku Zavgayev and the Zavgayev-led government met.",
                vec![("Moscow", Gpe), ("Doku Zavgayev", Person)],
                vec![t("Doku Zavgayev", "supports", "Russia")],
            ),
            (
                "Police captured the Islamic Group and its leader Rami al-Saadani.",
                vec![("Islamic Group", Org), ("Rami al-Saadani", Person)],
                vec![t("Rami al-Saadani", "leader_of", "Islamic Group")],
            ),
            (
                "Faik Nerweyi of the Kurdistan Democratic Party spoke.",
                vec![("Faik Nerweyi", Person), ("Kurdistan Democratic Party", Org)],
                vec![t("Faik Nerweyi", "member_of", "Kurdistan Democratic Party")],
            ),
            (
                "Burma's democracy leader Aung San Suu Kyi and Louis Farrakhan, the U.S. black \
                 leader, met Gonzalo Montoya, a police commander in Tacambaro.",
                vec![
                    ("Burma", Gpe),
                    ("Aung San Suu Kyi", Person),
                    ("Louis Farrakhan", Person),
                    ("U.S.", Gpe),
                    ("Gonzalo Montoya", Person),
                    ("Tacambaro", Gpe),
                ],
                vec![],
            ),
            (
                "Alfonse D'Amato, chairman of the powerful Senate Banking Committee, spoke.",
                vec![("Alfonse D'Amato", Person), ("Senate Banking Committee", Org)],
                vec![t("Alfonse D'Amato", "leader_of", "Senate Banking Committee")],
            ),
            (
                "Sinn Fein party president Gerry Adams spoke.",
                vec![("Sinn Fein", Org), ("Gerry Adams", Person)],
                vec![t("Gerry Adams", "leader_of", "Sinn Fein")],
            ),
            (
                "NATO spokesman Lieutenant Colonel Max Marriner spoke.",
                vec![("NATO", Org), ("Max Marriner", Person)],
                vec![t("Max Marriner", "spokesperson_for", "North Atlantic Treaty Organization")],
            ),
        ];
        for (text, names, want) in cases {
            let doc = related(text, &names);
            let got = triples(&doc);
            for w in &want {
                assert!(got.contains(w), "{text}: want {w:?}, got {got:?}");
            }
            if want.is_empty() {
                assert!(got.is_empty(), "{text}: got {got:?}");
            }
        }
    }

    #[test]
    fn roles_give_country_and_sector() {
        use EntityType::*;
        let doc = related(
            "Iran's intelligence minister Ali Fallahiyan left.",
            &[("Iran", Gpe), ("Ali Fallahiyan", Person)],
        );
        let person = doc.entities.iter().find(|e| e.etype == Person).unwrap();
        assert_eq!(person.country.as_deref(), Some("IRN"));
        assert_eq!(person.sector.as_deref(), Some("GOV"));
    }

    #[test]
    fn former_roles_are_marked() {
        use EntityType::*;
        let doc = related(
            "Former Iranian president Abolhassan Banisadr spoke.",
            &[("Iranian", Norp), ("Abolhassan Banisadr", Person)],
        );
        let person = doc.entities.iter().find(|e| e.etype == Person).unwrap();
        assert_eq!(person.roles.len(), 1);
        assert_eq!(person.country, None, "a former role gives no country");
        assert!(person.roles[0].former);
        assert_eq!(person.roles[0].title, "president");
    }
}
