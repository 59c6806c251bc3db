//! `dossier bench`: single-threaded throughput of the pipeline and of each
//! stage, median over repeated runs.

use std::path::PathBuf;
use std::time::Duration;

use dossier::ingest::{read_all, ReadOptions};
use dossier::pipeline::{StageTimes, RECOGNIZER};

use crate::exit;

/// Runs the benchmark over `paths`, `repeat` times; returns the exit code.
pub fn run(paths: &[PathBuf], repeat: usize) -> u8 {
    let read = read_all(paths, &ReadOptions::default());
    if read.documents.is_empty() {
        eprintln!("dossier: no documents to benchmark");
        return exit::FAILURE;
    }
    let pipeline = match super::load_pipeline() {
        Ok(pipeline) => pipeline,
        Err(code) => return code,
    };
    let mut runs: Vec<StageTimes> = Vec::new();
    let mut tokens = 0;
    for _ in 0..repeat.max(1) {
        let mut times = StageTimes::default();
        tokens = 0;
        for doc in &read.documents {
            let done = pipeline.process_timed(doc.clone(), &mut times);
            tokens += done.tokens.len();
        }
        runs.push(times);
    }
    let median = |f: &dyn Fn(&StageTimes) -> Duration| {
        let mut v: Vec<Duration> = runs.iter().map(f).collect();
        v.sort();
        v[v.len() / 2]
    };
    let rate = |d: Duration| tokens as f64 / d.as_secs_f64().max(1e-9);
    println!(
        "{} documents, {} tokens, {} runs, one thread (medians)",
        read.documents.len(),
        tokens,
        runs.len()
    );
    let line = |name: &str, d: Duration| {
        println!(
            "  {name:<14} {:>10.1} ms {:>12.0} tokens/s",
            d.as_secs_f64() * 1e3,
            rate(d)
        );
    };
    for (stage, _) in &runs[0].totals {
        line(stage, median(&|t: &StageTimes| t.of(stage)));
        for (part, _) in runs[0]
            .parts
            .iter()
            .filter(|(p, _)| p.split_once('/').map(|(s, _)| s) == Some(*stage))
        {
            line(
                &format!("  {}", part.split_once('/').map_or(*part, |p| p.1)),
                median(&|t: &StageTimes| t.of(part)),
            );
        }
    }
    let total = median(&|t: &StageTimes| t.total());
    let before_claims = median(&|t: &StageTimes| {
        t.totals
            .iter()
            .take_while(|(s, _)| *s != "claims")
            .map(|(_, d)| *d)
            .sum()
    });
    println!(
        "  all stages {:>10.1} ms {:>12.0} tokens/s",
        total.as_secs_f64() * 1e3,
        rate(total)
    );
    let models = median(&|t: &StageTimes| t.of("syntax") + t.of(RECOGNIZER));
    println!(
        "  models (tagger, lemmatiser, parser and recogniser) {:.0} tokens/s",
        rate(models)
    );
    println!(
        "  before claims {:.0} tokens/s; with claims and later stages {:.0} tokens/s (ratio {:.2})",
        rate(before_claims),
        rate(total),
        rate(total) / rate(before_claims)
    );
    exit::OK
}
