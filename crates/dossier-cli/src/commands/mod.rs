//! One module per subcommand.

pub mod bench;
pub mod bench_serve;
pub mod corpus;
pub mod demo;
pub mod eval;
pub mod eval_syntax;
pub mod extract;
mod ingest;
mod ingest_shared;
pub mod ner;
mod progress;
mod render;
pub mod serve;
mod sink;
pub mod train;

/// The pipeline with its models, or (having said on stderr what is wrong
/// with a model in `$DOSSIER_MODELS`) the exit code of the run.
fn load_pipeline() -> Result<dossier::pipeline::Pipeline, u8> {
    dossier::pipeline::Pipeline::load().map_err(|problem| {
        eprintln!("dossier: {problem}");
        crate::exit::FAILURE
    })
}
