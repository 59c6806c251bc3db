//! `dossier train ner` and `dossier eval ner`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier::corpora::conll2003::{parse, Conll2003Document};
use dossier::corpora::unlabelled::read_sentences;
use dossier::entities::recognize::train::{train as train_recognizer, TrainConfig};
use dossier::entities::recognize::MODEL_FILE;
use dossier::entities::Recognizer;
use dossier::eval::ner::evaluate;
use dossier::learn::brown::{cluster, BrownClusters, BrownConfig};

use super::progress::Bar;

/// What `dossier train ner` was asked to do.
pub struct NerTraining<'a> {
    /// CoNLL-2003 training file.
    pub train: &'a Path,
    /// CoNLL-2003 development file, scored after training.
    pub dev: &'a Path,
    /// Unlabelled text for the word clusters.
    pub text: &'a [PathBuf],
    /// Brown clusters file to read (or to create from `text` when missing).
    pub clusters: Option<&'a Path>,
    /// Perceptron epochs of both stages.
    pub epochs: Option<usize>,
    /// Folds for cross-fitting.
    pub folds: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Drop emission weights below this.
    pub prune: Option<f32>,
}

/// Options of `dossier eval ner`.
#[derive(clap::Args, Debug)]
pub struct EvalNerArgs {
    /// CoNLL-2003 file, for example ../shared/data/conll2003/eng.testb.
    #[arg(long)]
    data: PathBuf,
    /// Folder with the ner.bin to use instead of the shipped one.
    #[arg(long)]
    models: Option<PathBuf>,
    /// Also list each sentence with errors: missed (-) and spurious (+) entities.
    #[arg(long)]
    errors: bool,
}

fn read_conll(path: &Path) -> Result<Vec<Conll2003Document>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The Brown clusters: read from the file, or induced from the text (and
/// written to the file when one was named).
fn clusters(t: &NerTraining) -> Result<Option<BrownClusters>, String> {
    if let Some(path) = t.clusters.filter(|p| p.is_file()) {
        let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let c = BrownClusters::from_text(&data).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!(
            "ner: {} clustered words from {}",
            c.words.len(),
            path.display()
        );
        return Ok(Some(c));
    }
    if t.text.is_empty() {
        return Ok(None);
    }
    let started = Instant::now();
    let text = read_sentences(t.text)?;
    eprintln!(
        "ner: {} sentences, {} tokens of unlabelled text read in {:.1}s",
        text.len(),
        text.iter().map(Vec::len).sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    let c = cluster(&text, BrownConfig::default(), &mut Bar::new());
    if let Some(path) = t.clusters {
        std::fs::write(path, c.to_text()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(Some(c))
}

/// Trains the recogniser, scores it on the development data, and returns the model bytes.
pub fn train(t: &NerTraining) -> Result<Vec<u8>, String> {
    let train_docs = read_conll(t.train)?;
    let dev_docs = read_conll(t.dev)?;
    let clusters = clusters(t)?;
    let defaults = TrainConfig::default();
    let config = TrainConfig {
        epochs1: t.epochs.unwrap_or(defaults.epochs1),
        epochs2: t.epochs.unwrap_or(defaults.epochs2),
        folds: t.folds,
        seed: t.seed,
        prune: t.prune.unwrap_or(defaults.prune),
        ..defaults
    };
    let recognizer = train_recognizer(&train_docs, clusters.as_ref(), config, &mut Bar::new());
    let scores = evaluate(&recognizer, &dev_docs);
    println!("ner on {}\n{scores}", t.dev.display());
    Ok(recognizer.to_bytes())
}

/// Scores a recogniser on a CoNLL-2003 file; returns the report.
pub fn eval(args: &EvalNerArgs) -> Result<String, String> {
    let docs = read_conll(&args.data)?;
    let started = Instant::now();
    let recognizer = match &args.models {
        Some(dir) => Recognizer::from_file(&dir.join(MODEL_FILE))?,
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
        "ner on {} (model loaded in {:.0} ms; {} + {} features)\n{scores}\n",
        args.data.display(),
        load * 1000.0,
        recognizer.features().0,
        recognizer.features().1,
    ));
    Ok(report)
}
