//! Stage: entities — named-entity mentions resolved into one record per actor
//! or place.

mod resolve;

pub use resolve::resolve;
