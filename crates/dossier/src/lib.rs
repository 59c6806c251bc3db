//! Dossier: turns news articles into an evidence-backed model of a situation.
//!
//! The pipeline is a sequence of stages, each a module with one job, passing a
//! [`document::Document`] along:
//!
//! 1. [`ingest`]: read files, feeds and pages into raw documents (text + metadata);
//! 2. [`text`]: segment the text into sentences and tokens with exact offsets;
//! 3. [`syntax`]: part-of-speech tags, lemmas and dependency trees;
//! 4. later stages (entities, claims, relations, events) fill the document's other layers;
//! 5. [`output`]: render a document as `dossier/1` JSON, a terminal summary or an HTML page.
//!
//! [`serve`] offers the store and the extractor over HTTP with a web workspace.
//!
//! [`pipeline::Pipeline`] runs the stages in order; [`eval`] measures them; [`learn`] holds
//! the learning primitives the statistical stages share.

pub mod claims;
pub mod corpora;
pub mod corpus;
pub mod document;
pub mod entities;
pub mod eval;
pub mod events;
pub mod ingest;
pub mod kb;
pub mod learn;
pub mod output;
pub mod pipeline;
pub mod relations;
pub mod serve;
pub mod syntax;
pub mod text;
