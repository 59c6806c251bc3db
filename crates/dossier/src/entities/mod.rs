//! Stage: entities — named-entity mentions found by the recogniser, resolved
//! into one record per actor or place and linked to the knowledge base.

mod acronyms;
mod describe;
mod facilities;
mod gender;
mod joined;
mod link;
mod locate;
mod modifiers;
pub mod recognize;
mod resolve;
#[cfg(test)]
pub(crate) mod testing;
mod titled;

pub use acronyms::spell_out_acronyms;
pub use describe::describe;
pub use facilities::type_facilities;
pub use gender::known_female;
pub use joined::join_names_across_of;
pub use link::link;
pub use locate::{locate_mentions, Located};
pub use modifiers::{prefixed_name, trim_hyphenated_modifiers};
pub use recognize::Recognizer;
pub use resolve::resolve;
pub use titled::type_titled_people;
