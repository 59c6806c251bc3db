//! `dossier train MODEL`: train a model on annotated data and write it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::ValueEnum;
use dossier::syntax::{
    dev_scores, jackknife_tags, load_tagger, read_conllu, tag_names, train_parser, train_tagger,
    GoldSentence, ParserConfig, TaggerConfig,
};

use dossier::learn::weights::MAX_DENSE_CLASSES;
use dossier::text::BoundaryModel;

use super::progress::Bar;
use crate::exit;

/// The models `dossier train` can build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TrainModel {
    /// Part-of-speech tagger and lemmatiser (UD CoNLL-U data).
    Pos,
    /// Dependency parser (UD CoNLL-U data; tags its training data by jackknifing).
    Parse,
    /// Named-entity recogniser (CoNLL-2003 data; Brown clusters from --text).
    Ner,
    /// Sentence-boundary model (UD CoNLL-U data; refines the segmentation rules).
    Sentences,
}

/// Arguments of `dossier train`.
#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    model: TrainModel,
    /// Training data.
    #[arg(long)]
    train: PathBuf,
    /// Development data: the best epoch on it is kept.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model, for example models/pos.bin.
    #[arg(long, short)]
    output: PathBuf,
    /// Passes over the training data (default: 10 for pos, 15 for parse).
    #[arg(long)]
    epochs: Option<usize>,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// parse: jackknife folds for the training tags (0 or 1 = gold tags).
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Drop weights whose absolute value is below this (default: 0 for pos, 1 for parse).
    #[arg(long)]
    prune: Option<f32>,
    /// parse: folder with the pos.bin that tags the dev data (default: the shipped one).
    #[arg(long)]
    models: Option<PathBuf>,
    /// ner: unlabelled text (files or folders) for word clusters.
    #[arg(long = "text")]
    text: Vec<PathBuf>,
    /// ner: read Brown clusters (PATH<TAB>WORD lines) from this file instead of
    /// inducing them from --text; a missing file is created from --text.
    #[arg(long)]
    clusters: Option<PathBuf>,
}

/// Runs a training; returns the exit code.
pub fn run(args: TrainArgs) -> u8 {
    let started = Instant::now();
    let result = match args.model {
        TrainModel::Pos => train_pos(&args),
        TrainModel::Parse => train_parse(&args),
        TrainModel::Sentences => train_sentences(&args),
        TrainModel::Ner => super::ner::train(&super::ner::NerTraining {
            train: &args.train,
            dev: &args.dev,
            text: &args.text,
            clusters: args.clusters.as_deref(),
            epochs: args.epochs,
            folds: args.folds,
            seed: args.seed,
            prune: args.prune,
        }),
    };
    match result {
        Ok(bytes) => {
            if let Err(e) = std::fs::write(&args.output, &bytes) {
                eprintln!("dossier: {}: {e}", args.output.display());
                return exit::FAILURE;
            }
            eprintln!(
                "wrote {} ({} bytes) in {:.1}s",
                args.output.display(),
                bytes.len(),
                started.elapsed().as_secs_f64()
            );
            exit::OK
        }
        Err(problem) => {
            eprintln!("dossier: {problem}");
            exit::FAILURE
        }
    }
}

/// Trains the sentence-boundary model and reports segmentation on the dev data.
fn train_sentences(args: &TrainArgs) -> Result<Vec<u8>, String> {
    let load = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let model = BoundaryModel::train(&load(&args.train)?, args.epochs.unwrap_or(5), args.seed)?;
    eprintln!(
        "trained; evaluate with: dossier eval segmentation --data {}",
        args.dev.display()
    );
    Ok(model.to_bytes())
}

fn read(path: &Path) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn tagger_config(args: &TrainArgs) -> TaggerConfig {
    let mut config = TaggerConfig {
        seed: args.seed,
        ..TaggerConfig::default()
    };
    if let (TrainModel::Pos, Some(epochs)) = (args.model, args.epochs) {
        config.epochs = epochs;
    }
    config
}

fn train_pos(args: &TrainArgs) -> Result<Vec<u8>, String> {
    let train = read(&args.train)?;
    let dev = read(&args.dev)?;
    let tags: std::collections::HashSet<String> = train
        .iter()
        .flat_map(|s| (0..s.len()).map(|i| s.joint_tag(i)))
        .collect();
    // The tagger's scores are integer sums (`Weights::sums_in_integers`).
    if tags.len() > MAX_DENSE_CLASSES {
        return Err(format!(
            "{}: {} distinct UPOS/XPOS tags; the tagger takes at most {MAX_DENSE_CLASSES}",
            args.train.display(),
            tags.len()
        ));
    }
    let tagger = train_tagger(&train, &dev, &tagger_config(args), &mut Bar::new());
    let tagger = tagger.pruned(args.prune.unwrap_or(0.0));
    eprintln!(
        "tagger: {} features, {} weights",
        tagger.weights().features(),
        tagger.weights().weights()
    );
    Ok(tagger.to_bytes())
}

fn train_parse(args: &TrainArgs) -> Result<Vec<u8>, String> {
    let train = read(&args.train)?;
    let dev = read(&args.dev)?;
    let tagger = load_tagger(args.models.as_deref())?;
    let dev_tags: Vec<Vec<String>> = dev.iter().map(|s| tag_names(&tagger, s)).collect();
    let mut bar = Bar::new();
    let train_tags = jackknife_tags(&train, args.folds, &tagger_config(args), &mut bar);
    let mut config = ParserConfig {
        seed: args.seed,
        ..ParserConfig::default()
    };
    if let Some(epochs) = args.epochs {
        config.epochs = epochs;
    }
    let parser = train_parser(&train, &train_tags, &dev, &dev_tags, &config, &mut bar);
    let parser = parser.pruned(args.prune.unwrap_or(1.0));
    let (uas, las) = dev_scores(&parser, &dev, &dev_tags);
    eprintln!(
        "parser: {} features, {} weights; dev UAS {uas:.2} LAS {las:.2}",
        parser.weights().features(),
        parser.weights().weights()
    );
    Ok(parser.to_bytes())
}
