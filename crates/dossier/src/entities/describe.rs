//! Organisations named by description rather than by name: "the foreign
//! ministry", "Seoul's unification ministry" become entities of their own,
//! and later descriptions ("the ministry", "the radio", "the magazine", "the
//! party") become mentions of the nearest fitting organisation before them.

use crate::document::{Document, Entity, EntityMention, EntityType, Span};

/// Portfolios that name a ministry ("foreign ministry").
const PORTFOLIOS: &[&str] = &[
    "foreign",
    "defence",
    "defense",
    "interior",
    "unification",
    "finance",
    "justice",
    "health",
    "education",
    "information",
    "home",
    "economy",
    "trade",
    "energy",
    "oil",
    "agriculture",
    "labour",
    "labor",
    "culture",
    "transport",
    "intelligence",
    "security",
    "war",
];

/// Head nouns of descriptions that refer back to an organisation.
const BACK_REFERENCES: &[&str] = &[
    "ministry",
    "radio",
    "magazine",
    "agency",
    "newspaper",
    "party",
    "group",
    "embassy",
    "mission",
    "army",
    "front",
    "movement",
    "coalition",
    "union",
    "company",
    "weekly",
    "daily",
    "administration",
    "authority",
    "council",
    "committee",
    "commission",
    "office",
    "alliance",
];

/// Adds description entities and back-reference mentions to `doc.entities`.
pub fn describe(doc: &mut Document) {
    let covered = |doc: &Document, span: Span| {
        doc.entities
            .iter()
            .any(|e| e.mentions.iter().any(|m| m.span.overlaps(&span)))
    };
    for k in 0..doc.tokens.len() {
        let word = doc.slice(doc.tokens[k].span).to_lowercase();
        if !BACK_REFERENCES.contains(&word.as_str()) || covered(doc, doc.tokens[k].span) {
            continue;
        }
        let before = k
            .checked_sub(1)
            .map(|p| doc.slice(doc.tokens[p].span).to_lowercase());
        let span = doc.tokens[k].span;
        if word == "ministry" && before.as_deref().is_some_and(|b| PORTFOLIOS.contains(&b)) {
            // "the foreign ministry": a ministry of its own (or one named before).
            let start = doc.tokens[k - 1].span;
            let name = format!("{} ministry", before.unwrap_or_default());
            let mention = EntityMention {
                span: start.cover(&span),
                label: EntityType::Org,
            };
            add_mention(doc, &name, mention);
        } else if before.as_deref() == Some("the") {
            // "the ministry", "the radio": the nearest organisation before whose name has the noun.
            if let Some(i) = nearest_named(doc, span.start, &word) {
                let text = doc.slice(span).to_string();
                let e = &mut doc.entities[i];
                e.mentions.push(EntityMention {
                    span,
                    label: EntityType::Org,
                });
                e.mentions.sort_by_key(|m| m.span.start);
                if !e.aliases.contains(&text) {
                    e.aliases.push(text);
                }
            }
        }
    }
}

/// Adds `mention` to the entity called `name`, creating it when needed.
fn add_mention(doc: &mut Document, name: &str, mention: EntityMention) {
    let text = doc.slice(mention.span).to_string();
    match doc
        .entities
        .iter_mut()
        .find(|e| e.name.eq_ignore_ascii_case(name))
    {
        Some(e) => {
            e.mentions.push(mention);
            e.mentions.sort_by_key(|m| m.span.start);
            if !e.aliases.contains(&text) {
                e.aliases.push(text);
            }
        }
        None => doc.entities.push(Entity {
            id: format!("e{}", doc.entities.len() + 1),
            name: name.to_string(),
            etype: EntityType::Org,
            aliases: vec![text],
            mentions: vec![mention],
            roles: Vec::new(),
            country: None,
            sector: Some("GOV".into()).filter(|_| name.ends_with("ministry")),
            kb_id: None,
        }),
    }
}

/// The organisation mentioned last before byte `before` whose name contains `noun`.
fn nearest_named(doc: &Document, before: usize, noun: &str) -> Option<usize> {
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.etype == EntityType::Org && e.name.to_lowercase().contains(noun))
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.span.end <= before)
                .map(|m| m.span.start)
                .max()
                .map(|at| (at, i))
        })
        .max()
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;

    #[test]
    fn ministries_and_back_references() {
        let mut doc = Document::new(
            DocMeta::default(),
            "Bonn's foreign ministry said so. The ministry spokesman added that the ministry would act. Damascus Radio said so and the radio added more."
                .into(),
        );
        crate::text::segment(&mut doc);
        let start = doc.text.find("Damascus Radio").unwrap();
        doc.entities.push(Entity {
            id: "e1".into(),
            name: "Damascus Radio".into(),
            etype: EntityType::Org,
            aliases: vec!["Damascus Radio".into()],
            mentions: vec![EntityMention {
                span: Span::new(start, start + 14),
                label: EntityType::Org,
            }],
            roles: vec![],
            country: None,
            sector: None,
            kb_id: None,
        });
        describe(&mut doc);
        let ministry = doc
            .entities
            .iter()
            .find(|e| e.name == "foreign ministry")
            .unwrap();
        assert_eq!(ministry.mentions.len(), 3);
        assert_eq!(doc.entities[0].mentions.len(), 2);
        assert!(doc.entities[0].aliases.contains(&"radio".to_string()));
    }
}
