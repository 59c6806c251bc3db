//! `dossier train ner` and `dossier eval ner`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier::corpora::conll2003::{parse, Conll2003Document};
use dossier::corpora::unlabelled::read_sentences;
use dossier::entities::recognize::train::{train as train_recognizer, TrainConfig};
use dossier::entities::recognize::MODEL_FILE;
use dossier::entities::Recognizer;
use dossier::eval::ner::evaluate;
use dossier::learn::brown::BrownClusters;

/// Options of `dossier train ner`.
#[derive(clap::Args, Debug)]
pub struct TrainNerArgs {
    /// CoNLL-2003 training file (eng.train).
    #[arg(long)]
    train: PathBuf,
    /// CoNLL-2003 development file (eng.testa), scored after training.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Output model file (a folder gets ner.bin inside).
    #[arg(long, short)]
    output: PathBuf,
    /// Brown clusters (PATH<TAB>WORD lines, from `dossier train clusters`).
    #[arg(long)]
    clusters: Option<PathBuf>,
    /// Unlabelled text for casing statistics (files or folders, as for clusters).
    #[arg(long = "text")]
    text: Vec<PathBuf>,
    /// Perceptron epochs of stage 1.
    #[arg(long, default_value_t = TrainConfig::default().epochs1)]
    epochs1: usize,
    /// Perceptron epochs of stage 2.
    #[arg(long, default_value_t = TrainConfig::default().epochs2)]
    epochs2: usize,
    /// Document folds for cross-fitting.
    #[arg(long, default_value_t = TrainConfig::default().folds)]
    folds: usize,
    /// Seed of the example shuffling.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
}

/// Options of `dossier eval ner`.
#[derive(clap::Args, Debug)]
pub struct EvalNerArgs {
    /// CoNLL-2003 file, for example ../shared/data/conll2003/eng.testb.
    #[arg(long)]
    data: PathBuf,
    /// Model file to score instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Also list each sentence with errors: missed (-) and spurious (+) entities.
    #[arg(long)]
    errors: bool,
}

fn read_conll(path: &Path) -> Result<Vec<Conll2003Document>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Trains the recogniser, writes it, and scores it on the development data.
pub fn train(args: &TrainNerArgs) -> Result<(), String> {
    let started = Instant::now();
    let train_docs = read_conll(&args.train)?;
    let dev_docs = args.dev.as_deref().map(read_conll).transpose()?;
    let clusters = match &args.clusters {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Some(BrownClusters::from_text(&text).map_err(|e| format!("{}: {e}", p.display()))?)
        }
        None => None,
    };
    let text = if args.text.is_empty() {
        Vec::new()
    } else {
        read_sentences(&args.text)?
    };
    let config = TrainConfig {
        epochs1: args.epochs1,
        epochs2: args.epochs2,
        folds: args.folds,
        seed: args.seed,
        ..Default::default()
    };
    let recognizer = train_recognizer(&train_docs, clusters.as_ref(), &text, config, &mut |line| {
        eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64())
    });
    let output = if args.output.is_dir() {
        args.output.join(MODEL_FILE)
    } else {
        args.output.clone()
    };
    let bytes = recognizer.to_bytes();
    std::fs::write(&output, &bytes).map_err(|e| format!("{}: {e}", output.display()))?;
    eprintln!(
        "ner: wrote {} ({:.1} MB) after {:.0}s",
        output.display(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    if let (Some(dev), Some(path)) = (dev_docs, &args.dev) {
        let scores = evaluate(&recognizer, &dev);
        println!("ner on {}\n{scores}", path.display());
    }
    Ok(())
}

/// Scores a recogniser on a CoNLL-2003 file; returns the report.
pub fn eval(args: &EvalNerArgs) -> Result<String, String> {
    let docs = read_conll(&args.data)?;
    let started = Instant::now();
    let recognizer = match &args.model {
        Some(path) => Recognizer::from_file(path)?,
        None => Recognizer::load()?,
    };
    let load = started.elapsed().as_secs_f64();
    let scores = evaluate(&recognizer, &docs);
    let mut report = String::new();
    if args.errors {
        for m in &scores.mismatches {
            report.push_str(&m.to_string());
        }
    }
    report.push_str(&format!(
        "ner on {} (model loaded in {:.0} ms)\n{scores}\n",
        args.data.display(),
        load * 1000.0
    ));
    Ok(report)
}
