//! Sentence-boundary and token F1 of the segmenter on a UD treebank: the
//! treebank's running text is rebuilt, segmented, and the character spans of
//! sentences and tokens are compared with the gold ones.

use std::collections::HashSet;

use super::Prf;
use crate::corpora::conllu::{parse, raw_text};
use crate::text::{split_sentences, tokenize, BoundaryModel};

/// Whether the boundary model loads, or what is wrong with it (a broken file
/// under `DOSSIER_MODELS`): scoring without it would score the rules alone.
pub fn model_loads() -> Result<(), String> {
    BoundaryModel::shared()
        .map(|_| ())
        .map_err(|e| format!("cannot load the boundary model: {e}"))
}

/// Segmentation scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SegmentationScores {
    /// Sentences whose exact extent matches.
    pub sentences: Prf,
    /// Tokens (UD syntactic words) whose exact extent matches.
    pub tokens: Prf,
    /// Tokens per second of tokenising and sentence splitting.
    pub tokens_per_second: f64,
}

/// Scores the segmenter on the CoNLL-U `treebank`. Call [`model_loads`]
/// first: without the boundary model, segmentation falls back to the rules.
pub fn evaluate(treebank: &str) -> Result<SegmentationScores, String> {
    let sentences = parse(treebank)?;
    let raw = raw_text(&sentences);
    let started = std::time::Instant::now();
    let tokens = tokenize(&raw.text);
    let ranges = split_sentences(&raw.text, &tokens, &[]);
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    let system_tokens: HashSet<(usize, usize)> = tokens.iter().map(|s| (s.start, s.end)).collect();
    let gold_tokens: HashSet<(usize, usize)> = raw.words.iter().copied().collect();
    let system_sentences: HashSet<(usize, usize)> = ranges
        .iter()
        .map(|r| (tokens[r.start].start, tokens[r.end - 1].end))
        .collect();
    let gold_sentences: HashSet<(usize, usize)> = raw.sentences.iter().copied().collect();
    Ok(SegmentationScores {
        sentences: Prf::of_sets(&system_sentences, &gold_sentences),
        tokens: Prf::of_sets(&system_tokens, &gold_tokens),
        tokens_per_second: tokens.len() as f64 / seconds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_tiny_treebank() {
        let treebank = "# newpar\n# text = It's done.\n\
1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
2\t's\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n\
3\tdone\tdo\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n\
# text = Mr. Lee left.\n\
1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n\
2\tLee\tLee\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n\
3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
        let scores = evaluate(treebank).unwrap();
        assert_eq!(scores.tokens.tp, 8);
        assert_eq!(scores.tokens.f1(), 1.0);
        assert_eq!(scores.sentences.f1(), 1.0);
    }
}
