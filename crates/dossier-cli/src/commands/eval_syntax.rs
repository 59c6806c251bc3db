//! `dossier eval pos` and `dossier eval parse`: tagger, lemmatiser and parser
//! accuracy on a UD treebank with gold tokenisation.

use std::path::Path;
use std::time::Instant;

use dossier::eval::clock::Elapsed;
use dossier::eval::syntax::{evaluate_parser, evaluate_tagger};
use dossier::syntax::{load_tagger, read_conllu, GoldSentence, Syntax};

fn read(data: &Path) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
    read_conllu(&text).map_err(|e| format!("{}: {e}", data.display()))
}

/// Tagger and lemmatiser accuracy.
pub fn eval_pos(data: &Path, models: Option<&Path>) -> Result<String, String> {
    let sentences = read(data)?;
    let started = Instant::now();
    let tagger = load_tagger(models)?;
    let load = started.elapsed().as_secs_f64();
    let s = evaluate_tagger(&tagger, &sentences);
    Ok(format!(
        "tagger on {} ({} words; model loaded in {:.0} ms; {} features, {} weights)\n  UPOS  {:.2}%\n  XPOS  {:.2}%\n  lemma {:.2}%\n  speed {} (tagging)\n",
        data.display(),
        s.words,
        load * 1000.0,
        tagger.weights().features(),
        tagger.weights().weights(),
        s.upos_pct(),
        s.xpos_pct(),
        s.lemma_pct(),
        speed(s.words, s.tag_time)
    ))
}

/// Tokens per second by CPU time of the thread and by wall-clock time.
fn speed(words: usize, time: Elapsed) -> String {
    format!(
        "{:.0} tokens/s of thread CPU time, {:.0} tokens/s wall clock",
        words as f64 / time.cpu,
        words as f64 / time.wall
    )
}

/// Parser accuracy with predicted tags.
pub fn eval_parse(data: &Path, models: Option<&Path>) -> Result<String, String> {
    let sentences = read(data)?;
    let started = Instant::now();
    let syntax = match models {
        Some(dir) => Syntax::load_from(dir)?,
        None => Syntax::load()?,
    };
    let load = started.elapsed().as_secs_f64();
    let s = evaluate_parser(syntax.tagger(), syntax.parser(), &sentences);
    Ok(format!(
        "parser on {} ({} words, predicted tags, punctuation included; models loaded in {:.0} ms; parser {} features, {} weights)\n  UAS {:.2}\n  LAS {:.2} (full relations)\n  LAS {:.2} (universal relations, subtypes ignored)\n  speed {} (parsing)\n  speed {} (tagging + parsing)\n",
        data.display(),
        s.words,
        load * 1000.0,
        syntax.parser().weights().features(),
        syntax.parser().weights().weights(),
        s.uas(),
        s.las(),
        s.las_universal(),
        speed(s.words, s.parse_time),
        speed(s.words, s.tag_time + s.parse_time)
    ))
}
