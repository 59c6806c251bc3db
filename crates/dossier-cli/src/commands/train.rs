//! `dossier train`: train models from corpora.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Subcommand;
use dossier::corpora::unlabelled::read_sentences;
use dossier::learn::brown::{cluster, BrownConfig};

use crate::exit;

/// The models `dossier train` builds.
#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Brown word clusters from unlabelled text (features of the recogniser).
    Clusters {
        /// Text files or folders (.txt, .conllu, .conll, token .xml, CoNLL-2003 files).
        #[arg(long = "text", required = true)]
        text: Vec<PathBuf>,
        /// Number of clusters.
        #[arg(long, default_value_t = 256)]
        clusters: usize,
        /// Leave out words seen fewer times.
        #[arg(long, default_value_t = 3)]
        min_count: u32,
        /// Output file (PATH<TAB>WORD lines).
        #[arg(long, short)]
        output: PathBuf,
    },
    /// The named-entity recogniser, on CoNLL-2003 data.
    Ner(super::ner::TrainNerArgs),
}

/// Runs a training command; returns the exit code.
pub fn run(command: TrainCommand) -> u8 {
    let result = match command {
        TrainCommand::Clusters {
            text,
            clusters,
            min_count,
            output,
        } => train_clusters(&text, clusters, min_count, &output),
        TrainCommand::Ner(args) => super::ner::train(&args),
    };
    match result {
        Ok(()) => exit::OK,
        Err(problem) => {
            eprintln!("dossier: {problem}");
            exit::FAILURE
        }
    }
}

fn train_clusters(text: &[PathBuf], c: usize, min_count: u32, output: &Path) -> Result<(), String> {
    let started = Instant::now();
    let sentences = read_sentences(text)?;
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    eprintln!(
        "clusters: {} sentences, {tokens} tokens read in {:.1}s",
        sentences.len(),
        started.elapsed().as_secs_f64()
    );
    let config = BrownConfig {
        clusters: c,
        min_count,
    };
    let clusters = cluster(&sentences, config, &mut |done, total| {
        eprint!(
            "\rclusters: {done}/{total} words placed ({:.0}s)",
            started.elapsed().as_secs_f64()
        );
    });
    eprintln!();
    std::fs::write(output, clusters.to_text()).map_err(|e| format!("{}: {e}", output.display()))?;
    eprintln!(
        "clusters: {} words in {} clusters written to {} ({:.0}s)",
        clusters.words.len(),
        clusters.paths.len(),
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
