//! `dossier extract`: read inputs, run the pipeline, write documents.

use std::path::{Path, PathBuf};

use dossier::ingest::{collect_inputs, read_input, ReadOptions};
use dossier::pipeline::Pipeline;
use rayon::prelude::*;

use super::sink::Sink;
use crate::{exit, OutputFormat};

/// Inputs read and processed together before their documents are written.
const BATCH: usize = 64;

/// Runs `extract`; returns the exit code.
pub fn run(paths: &[PathBuf], format: OutputFormat, output: Option<&Path>, max_bytes: u64) -> u8 {
    let pipeline = match super::load_pipeline() {
        Ok(pipeline) => pipeline,
        Err(code) => return code,
    };
    match extract(&pipeline, paths, format, output, max_bytes) {
        Ok(report) => report.exit_code(),
        Err(problem) => {
            eprintln!("dossier: {problem}");
            exit::FAILURE
        }
    }
}

/// What an extraction run did.
#[derive(Debug, Default)]
pub struct Report {
    /// Documents written.
    pub documents: usize,
    /// Inputs or records that could not be read.
    pub problems: usize,
}

impl Report {
    /// 0 when every input was read, 1 when some were not.
    pub fn exit_code(&self) -> u8 {
        if self.problems > 0 {
            exit::INPUT_PROBLEMS
        } else {
            exit::OK
        }
    }
}

/// Reads, processes and writes every input; reports each problem on stderr as
/// `dossier: ORIGIN: PROBLEM` and goes on with the rest.
pub fn extract(
    pipeline: &Pipeline,
    paths: &[PathBuf],
    format: OutputFormat,
    output: Option<&Path>,
    max_bytes: u64,
) -> Result<Report, String> {
    let options = ReadOptions { max_bytes };
    let (inputs, errors) = collect_inputs(paths);
    let mut report = Report::default();
    for error in &errors {
        eprintln!("dossier: {error}");
        report.problems += 1;
    }
    let mut sink = Sink::new(format, output)?;
    for batch in inputs.chunks(BATCH) {
        let outcomes: Vec<_> = batch
            .par_iter()
            .map(|input| {
                let outcome = read_input(input, &options);
                let docs: Vec<_> = outcome
                    .documents
                    .into_iter()
                    .map(|d| pipeline.process(d))
                    .collect();
                (docs, outcome.errors)
            })
            .collect();
        for (docs, errors) in outcomes {
            for error in errors {
                eprintln!("dossier: {error}");
                report.problems += 1;
            }
            for doc in docs {
                for warning in &doc.meta.warnings {
                    eprintln!("dossier: {}: warning: {warning}", doc.meta.origin);
                }
                sink.write(&doc)?;
            }
        }
    }
    report.documents = sink.finish()?;
    Ok(report)
}
