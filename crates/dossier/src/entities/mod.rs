//! Stage: entities — named-entity mentions resolved into one record per actor
//! or place.

mod link;
mod locate;
mod resolve;

pub use link::link;
pub use locate::{locate_mentions, Located};
pub use resolve::resolve;
