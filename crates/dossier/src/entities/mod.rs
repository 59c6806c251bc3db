//! Stage: entities — named-entity mentions resolved into one record per actor
//! or place.

mod locate;
mod resolve;

pub use locate::{locate_mentions, Located};
pub use resolve::resolve;
