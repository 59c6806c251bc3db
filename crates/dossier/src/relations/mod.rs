//! Stage: relations — typed ties between entities, each with the text that
//! states it and, where a source rather than the author states it, the claim.
//!
//! Shapes: premodifying titles ("Russian Prime Minister Viktor Chernomyrdin",
//! "PUK leader Bafel Talabani", "Iran's intelligence minister Ali
//! Fallahiyan"), appositions ("Peshawa Hawramani, a spokesperson for the
//! KRG"), relative clauses ("Mustafa Hijri, who heads the PDKI"), "led by",
//! "backed by", "part of", "X member", "an opponent of", "ally of", and
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
                    if !e.roles.iter().any(|r| r.title == role.title && r.of == role.of) {
                        e.roles.push(role);
                    }
                }
            }
        }
    }
    doc.relations = relations;
}
