//! `dossier demo`: the whole pipeline on the bundled example articles.

use std::path::Path;

use super::extract::extract;
use crate::{exit, OutputFormat};

/// Runs the demo; returns the exit code.
pub fn run(examples: &Path, format: OutputFormat) -> u8 {
    if !examples.is_dir() {
        eprintln!(
            "dossier: {}: examples folder not found (run demo from the repository root, or give --examples)",
            examples.display()
        );
        return exit::FAILURE;
    }
    let pipeline = match super::load_pipeline() {
        Ok(pipeline) => pipeline,
        Err(code) => return code,
    };
    eprintln!(
        "dossier demo: {} through layers {}",
        examples.display(),
        pipeline.layers().join(", ")
    );
    match extract(&pipeline, &[examples.to_path_buf()], format, None, u64::MAX) {
        Ok(report) => {
            eprintln!("dossier demo: {} documents", report.documents);
            report.exit_code()
        }
        Err(problem) => {
            eprintln!("dossier: {problem}");
            exit::FAILURE
        }
    }
}
