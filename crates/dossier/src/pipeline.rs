//! The pipeline: runs every stage over a document, in order.

use crate::document::Document;
use crate::{claims, entities, events, text};

/// Runs the stages over documents. Build it once and share it across threads.
#[derive(Debug, Default)]
pub struct Pipeline {}

impl Pipeline {
    /// A pipeline with every stage Dossier has.
    pub fn new() -> Self {
        Pipeline {}
    }

    /// The layers this pipeline fills.
    pub fn layers(&self) -> &'static [&'static str] {
        &["sentences", "tokens", "entities", "claims", "events"]
    }

    /// Runs every stage over `doc`.
    pub fn process(&self, mut doc: Document) -> Document {
        text::segment(&mut doc);
        entities::resolve(&mut doc);
        claims::extract(&mut doc);
        events::extract(&mut doc);
        doc
    }
}
