//! Jackknifed tags: each part of the training data tagged by a tagger trained
//! on the other parts, so the parser trains on tags as noisy as at run time.

use super::sentence::GoldSentence;
use super::tag_train::{train_tagger, TaggerConfig};
use super::tagger::{TagScratch, Tagger};
use super::word::WordInfo;
use crate::learn::Progress;

/// Tags every sentence of `sentences` with a tagger trained on the other
/// `folds - 1` folds (sentence `i` is in fold `i % folds`). Returns `UPOS/XPOS`
/// names. With fewer than 2 folds, returns the gold tags.
pub fn jackknife_tags(
    sentences: &[GoldSentence],
    folds: usize,
    config: &TaggerConfig,
    progress: &mut dyn Progress,
) -> Vec<Vec<String>> {
    if folds < 2 {
        return sentences
            .iter()
            .map(|s| (0..s.len()).map(|i| s.joint_tag(i)).collect())
            .collect();
    }
    let mut out = vec![Vec::new(); sentences.len()];
    for fold in 0..folds {
        let train: Vec<GoldSentence> = sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let tagger = train_tagger(&train, &[], config, progress);
        for (i, s) in sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds == fold)
        {
            out[i] = tag_names(&tagger, s);
        }
    }
    out
}

/// The `UPOS/XPOS` names the model of `tagger` predicts for the words of `s`,
/// without the finite-verb repair of [`Tagger::tag`]: the parser learns from
/// the model's own errors, as it did when the shipped `parse.bin` was trained
/// (the repair fires in few sentences).
pub fn tag_names(tagger: &Tagger, s: &GoldSentence) -> Vec<String> {
    let words: Vec<WordInfo> = s.forms.iter().map(|f| WordInfo::new(f)).collect();
    let mut tags = Vec::new();
    tagger.predict(&words, &mut TagScratch::default(), &mut tags);
    tags.iter()
        .map(|&t| tagger.tags().name(t).to_string())
        .collect()
}
