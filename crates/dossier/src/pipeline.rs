//! The pipeline: runs every stage over a document, in order, optionally
//! timing each stage.

use std::time::{Duration, Instant};

use crate::document::Document;
use crate::syntax::Syntax;
use crate::{claims, entities, events, relations, text};

/// The stages, in the order they run.
pub const STAGES: &[&str] = &[
    "text",
    "syntax",
    "entities",
    "claims",
    "relations",
    "events",
];

/// The part of the entities stage that runs the named-entity recogniser
/// (the rest resolves, links and describes the entities).
pub const RECOGNIZER: &str = "entities/recognizer";

/// Time spent in each stage, summed over the documents processed.
#[derive(Clone, Debug, Default)]
pub struct StageTimes {
    /// `(stage, total time)` in stage order.
    pub totals: Vec<(&'static str, Duration)>,
    /// `(stage/part, time)` of the parts timed inside a stage (also counted
    /// in their stage's total), such as [`RECOGNIZER`].
    pub parts: Vec<(&'static str, Duration)>,
}

impl StageTimes {
    /// Adds `took` to `stage`, or for `stage/part` to the stage and the part.
    fn add(&mut self, name: &'static str, took: Duration) {
        fn sum(list: &mut Vec<(&'static str, Duration)>, name: &'static str, took: Duration) {
            match list.iter_mut().find(|(s, _)| *s == name) {
                Some((_, total)) => *total += took,
                None => list.push((name, took)),
            }
        }
        match name.split_once('/') {
            Some((stage, _)) => {
                sum(&mut self.totals, stage, took);
                sum(&mut self.parts, name, took);
            }
            None => sum(&mut self.totals, name, took),
        }
    }

    /// The time of a stage or of a `stage/part`, zero if it never ran.
    pub fn of(&self, name: &str) -> Duration {
        self.totals
            .iter()
            .chain(&self.parts)
            .find(|(s, _)| *s == name)
            .map_or(Duration::ZERO, |(_, d)| *d)
    }

    /// Total time over all stages.
    pub fn total(&self) -> Duration {
        self.totals.iter().map(|(_, d)| *d).sum()
    }
}

/// Runs the stages over documents. Build it once and share it across threads.
#[derive(Debug)]
pub struct Pipeline {
    syntax: Syntax,
    recognizer: &'static entities::Recognizer,
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
    /// this version (the shipped models always load); [`Pipeline::load`]
    /// reports that as an error instead.
    pub fn new() -> Self {
        Pipeline::load().unwrap_or_else(|e| panic!("{e}"))
    }

    /// A pipeline as [`Pipeline::new`] builds it, or what is wrong with a
    /// model in `$DOSSIER_MODELS` (every model is checked here, so none
    /// fails later, in the middle of a run).
    pub fn load() -> Result<Self, String> {
        let loaded = || {
            text::BoundaryModel::shared()?;
            Ok(Pipeline {
                syntax: Syntax::load()?,
                recognizer: entities::Recognizer::shared()?,
            })
        };
        loaded().map_err(|e: String| {
            let dir = std::env::var("DOSSIER_MODELS").unwrap_or_default();
            format!("cannot load the models (DOSSIER_MODELS={dir}): {e}")
        })
    }

    /// The layers this pipeline fills.
    pub fn layers(&self) -> &'static [&'static str] {
        &[
            "sentences",
            "tokens",
            "syntax",
            "entities",
            "claims",
            "relations",
            "events",
        ]
    }

    /// Runs every stage over `doc`.
    pub fn process(&self, doc: Document) -> Document {
        self.run(doc, &mut |_, _| {})
    }

    /// Runs every stage over `doc`, adding each stage's time to `times`.
    pub fn process_timed(&self, doc: Document, times: &mut StageTimes) -> Document {
        self.run(doc, &mut |stage, took| times.add(stage, took))
    }

    fn run(&self, mut doc: Document, observe: &mut dyn FnMut(&'static str, Duration)) -> Document {
        let mut stage = |name: &'static str, doc: &mut Document, f: &dyn Fn(&mut Document)| {
            let started = Instant::now();
            f(doc);
            observe(name, started.elapsed());
        };
        stage("text", &mut doc, &text::segment);
        stage("syntax", &mut doc, &|d| self.syntax.annotate(d));
        stage(RECOGNIZER, &mut doc, &|d| self.recognizer.recognize(d));
        stage("entities", &mut doc, &|d| {
            entities::trim_hyphenated_modifiers(d);
            entities::join_names_across_of(d);
            entities::spell_out_acronyms(d);
            entities::type_facilities(d);
            entities::type_titled_people(d);
            entities::resolve(d);
            entities::link(d);
            entities::describe(d);
        });
        stage("claims", &mut doc, &claims::extract);
        stage("relations", &mut doc, &relations::extract);
        stage("events", &mut doc, &events::extract);
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;

    #[test]
    fn timed_run_reports_every_stage() {
        let doc = Document::new(DocMeta::default(), "Officials said talks ended.".into());
        let mut times = StageTimes::default();
        let doc = Pipeline::new().process_timed(doc, &mut times);
        let names: Vec<&str> = times.totals.iter().map(|(s, _)| *s).collect();
        assert_eq!(names, STAGES);
        assert_eq!(times.parts.len(), 1);
        assert!(times.of(RECOGNIZER) <= times.of("entities"));
        assert!(times.of(RECOGNIZER) > Duration::ZERO);
        assert_eq!(doc.claims.len(), 1);
        assert!(doc.tokens.iter().all(|t| t.upos.is_some()));
    }
}
