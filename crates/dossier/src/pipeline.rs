//! The pipeline: runs every stage over a document, in order.

use crate::document::Document;
use crate::syntax::Syntax;
use crate::{entities, text};

/// Runs the stages over documents. Build it once and share it across threads.
#[derive(Debug)]
pub struct Pipeline {
    syntax: Syntax,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new()
    }
}

impl Pipeline {
    /// A pipeline with every stage Dossier has, with the shipped models (or
    /// those in `$DOSSIER_MODELS`).
    ///
    /// # Panics
    ///
    /// When a model in `$DOSSIER_MODELS` cannot be read or is not a model of
    /// this version (the shipped models always load).
    pub fn new() -> Self {
        let syntax =
            Syntax::load().unwrap_or_else(|e| panic!("cannot load the syntax models: {e}"));
        Pipeline { syntax }
    }

    /// The layers this pipeline fills.
    pub fn layers(&self) -> &'static [&'static str] {
        &["sentences", "tokens", "syntax", "mentions"]
    }

    /// Runs every stage over `doc`.
    pub fn process(&self, mut doc: Document) -> Document {
        text::segment(&mut doc);
        self.syntax.annotate(&mut doc);
        entities::Recognizer::shared().recognize(&mut doc);
        doc
    }
}
