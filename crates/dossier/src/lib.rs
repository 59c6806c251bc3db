//! Dossier: turns news articles into an evidence-backed model of a situation.
//!
//! The pipeline is a sequence of stages, each a module with one job, passing a
//! [`document::Document`] along:
//!
//! 1. [`ingest`]: read files, feeds and pages into raw documents (text + metadata);
//! 2. [`text`]: segment the text into sentences and tokens with exact offsets;
//! 3. later stages (syntax, entities, claims, relations, events) fill the document's layers;
//! 4. [`output`]: render a document as `dossier/1` JSON, a terminal summary or an HTML page.
//!
//! [`pipeline::Pipeline`] runs the stages in order; [`eval`] measures them.

pub mod corpora;
pub mod document;
pub mod entities;
pub mod eval;
pub mod ingest;
pub mod learn;
pub mod output;
pub mod pipeline;
pub mod syntax;
pub mod text;
