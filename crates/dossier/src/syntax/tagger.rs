//! The part-of-speech tagger: a greedy left-to-right averaged-perceptron
//! tagger over joint `UPOS/XPOS` classes, with the lemmatiser it ships with.

use super::finite::FiniteRepair;
use super::lemma::Lemmatizer;
use super::tag_dict::TagDict;
use super::tag_features::TagContext;
use super::word::WordInfo;
use crate::document::Upos;
use crate::learn::partial::PartedSeq;
use crate::learn::{argmax, CodecError, Labels, PartialSums, Reader, Weights, Writer};

const MAGIC: &[u8; 4] = b"DSPS";
const VERSION: u32 = 1;

/// A trained tagger and lemmatiser (the contents of `pos.bin`).
#[derive(Clone, Debug)]
pub struct Tagger {
    tags: Labels,
    upos: Vec<Option<Upos>>,
    xpos: Vec<String>,
    dict: TagDict,
    weights: Weights,
    lemmatizer: Lemmatizer,
    repair: FiniteRepair,
}

/// Reusable buffers for tagging, so tagging a sentence does not allocate.
#[derive(Clone, Debug, Default)]
pub struct TagScratch {
    ambiguity: Vec<u64>,
    /// The current word's features by part.
    parts: PartedSeq,
    /// Memoised sums of the single-word feature parts.
    memo: PartialSums,
    raw: Vec<i32>,
    scores: Vec<f32>,
}

impl Tagger {
    /// Assembles a tagger from its parts. Class names are `UPOS/XPOS`.
    pub fn new(tags: Labels, dict: TagDict, weights: Weights, lemmatizer: Lemmatizer) -> Self {
        let (upos, xpos): (Vec<Option<Upos>>, Vec<String>) = tags
            .names()
            .iter()
            .map(|name| {
                let (u, x) = name.split_once('/').unwrap_or((name, ""));
                (Upos::parse(u), x.to_string())
            })
            .unzip();
        let repair = FiniteRepair::new(xpos.iter().map(String::as_str), tags.names());
        Tagger {
            repair,
            tags,
            upos,
            xpos,
            dict,
            weights,
            lemmatizer,
        }
    }

    /// The classes (`UPOS/XPOS` names).
    pub fn tags(&self) -> &Labels {
        &self.tags
    }

    /// The universal tag of class `tag`.
    pub fn upos(&self, tag: usize) -> Option<Upos> {
        self.upos[tag]
    }

    /// The Penn Treebank tag of class `tag`.
    pub fn xpos(&self, tag: usize) -> &str {
        &self.xpos[tag]
    }

    /// The tag dictionary.
    pub fn dict(&self) -> &TagDict {
        &self.dict
    }

    /// The perceptron weights.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// The lemmatiser.
    pub fn lemmatizer(&self) -> &Lemmatizer {
        &self.lemmatizer
    }

    /// The same tagger with its weights pruned by [`Weights::pruned`].
    pub fn pruned(&self, min_abs: f32) -> Tagger {
        Tagger::new(
            self.tags.clone(),
            self.dict.clone(),
            self.weights.pruned(min_abs),
            self.lemmatizer.clone(),
        )
    }

    /// Tags a sentence: the class of every word, into `out`; the model's
    /// prediction, then the finite-verb repair of [`FiniteRepair`].
    pub fn tag(&self, words: &[WordInfo], scratch: &mut TagScratch, out: &mut Vec<usize>) {
        self.predict(words, scratch, out);
        self.repair.apply(words, out);
    }

    /// The model's own prediction for every word of a sentence, into `out`
    /// (what training measures and learns from).
    pub fn predict(&self, words: &[WordInfo], scratch: &mut TagScratch, out: &mut Vec<usize>) {
        out.clear();
        scratch.ambiguity.clear();
        scratch
            .ambiguity
            .extend(words.iter().map(|w| self.dict.class(w.lower)));
        scratch.scores.resize(self.tags.len(), 0.0);
        let ctx = TagContext {
            words,
            ambiguity: &scratch.ambiguity,
        };
        let (mut p1, mut p2) = (0u64, 0u64);
        let TagScratch {
            parts,
            memo,
            raw,
            scores,
            ..
        } = scratch;
        for i in 0..words.len() {
            parts.clear();
            ctx.extract_parts(i, p1, p2, parts);
            parts.score(0, &self.weights, memo, raw, scores);
            let tag = argmax(scores);
            out.push(tag);
            p2 = p1;
            p1 = tag as u64 + 1;
        }
    }

    /// Writes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.header(MAGIC, VERSION);
        self.tags.write(&mut w);
        self.dict.write(&mut w);
        self.weights.write(&mut w);
        self.lemmatizer.write(&mut w);
        w.into_bytes()
    }

    /// Reads a model written by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CodecError> {
        let mut r = Reader::new(bytes);
        r.header(MAGIC, VERSION)?;
        let tags = Labels::read(&mut r)?;
        let dict = TagDict::read(&mut r)?;
        let weights = Weights::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        if weights.classes() != tags.len() {
            return Err(CodecError::Invalid("tagger weights and classes disagree"));
        }
        if !weights.sums_in_integers() {
            return Err(CodecError::Invalid("too many tags"));
        }
        Ok(Tagger::new(tags, dict, weights, lemmatizer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tagger_with_too_many_tags_for_integer_sums_is_refused() {
        let mut tags = Labels::new();
        for i in 0..513 {
            tags.intern(&format!("X/T{i}"));
        }
        let weights = Weights::from_rows(513, vec![(1, vec![(512, 1.0)])]);
        let tagger = Tagger::new(tags, TagDict::default(), weights, Lemmatizer::default());
        let err = Tagger::from_bytes(&tagger.to_bytes()).err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some("invalid model file: too many tags".into())
        );
    }
}
