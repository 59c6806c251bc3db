//! The pipeline: runs every stage over a document, in order.

use crate::document::Document;
use crate::{entities, text};

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
        &["sentences", "tokens", "mentions"]
    }

    /// Runs every stage over `doc`.
    pub fn process(&self, mut doc: Document) -> Document {
        text::segment(&mut doc);
        entities::Recognizer::shared().recognize(&mut doc);
        doc
    }
}
