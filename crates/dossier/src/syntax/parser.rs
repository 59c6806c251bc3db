//! The dependency parser: greedy arc-eager transitions scored by an averaged
//! perceptron over Zhang-Nivre features, producing UD relations.

use super::parse_features::ParseInput;
use super::tagger::Tagger;
use super::transition::{Actions, State};
use super::word::WordInfo;
use crate::learn::hash::str_hash;
use crate::learn::{CodecError, Features, Labels, Reader, Weights, Writer};

const MAGIC: &[u8; 4] = b"DSDP";
const VERSION: u32 = 1;
/// Word value of the root position.
pub(crate) const ROOT_WORD: u64 = 0x5E5E_0001;
/// Tag value of the root position.
pub(crate) const ROOT_TAG: u64 = 0x5E5E_0002;
/// Tag value of a tag the parser was not trained with.
const UNKNOWN_TAG: u64 = 0x5E5E_0003;
/// Suffix value of the root position.
pub(crate) const ROOT_SUFFIX: u64 = 0x5E5E_0004;

/// The coarse tag value of a tag name (`UPOS/XPOS` -> hash of `UPOS`).
pub(crate) fn coarse_value(name: &str) -> u64 {
    str_hash(name.split('/').next().unwrap_or(name))
}

/// A trained parser (the contents of `parse.bin`).
#[derive(Clone, Debug)]
pub struct Parser {
    labels: Labels,
    tags: Labels,
    actions: Actions,
    weights: Weights,
    fallback: u16,
    punct: u16,
    punct_tag: Option<u64>,
    /// Coarse value of each of the parser's tags.
    coarse: Vec<u64>,
}

/// Reusable buffers for parsing, so parsing a sentence does not allocate.
#[derive(Clone, Debug, Default)]
pub struct ParseScratch {
    state: State,
    features: Features,
    scores: Vec<f32>,
    words: Vec<u64>,
    tags: Vec<u64>,
    coarse: Vec<u64>,
    suffixes: Vec<u64>,
}

/// The tag value the parser sees for tag id `id` of its own tag set.
pub(crate) fn tag_value(id: usize) -> u64 {
    id as u64 + 1
}

impl Parser {
    /// Assembles a parser. `labels` are the relations (`root` among them),
    /// `tags` the tag names it was trained with.
    pub fn new(labels: Labels, tags: Labels, weights: Weights) -> Result<Self, CodecError> {
        let root = labels
            .id("root")
            .ok_or(CodecError::Invalid("no root relation"))? as u16;
        let actions = Actions {
            labels: labels.len(),
            root,
        };
        if weights.classes() != actions.len() {
            return Err(CodecError::Invalid("parser weights and actions disagree"));
        }
        let fallback = labels.id("dep").unwrap_or(0) as u16;
        let punct = labels.id("punct").unwrap_or(fallback as usize) as u16;
        let punct_tag = tags
            .names()
            .iter()
            .position(|n| n.starts_with("PUNCT/"))
            .map(tag_value);
        let coarse = tags.names().iter().map(|n| coarse_value(n)).collect();
        Ok(Parser {
            coarse,
            labels,
            tags,
            actions,
            weights,
            fallback,
            punct,
            punct_tag,
        })
    }

    /// The relations.
    pub fn labels(&self) -> &Labels {
        &self.labels
    }

    /// The tag names the parser was trained with.
    pub fn tags(&self) -> &Labels {
        &self.tags
    }

    /// The transition actions.
    pub fn actions(&self) -> &Actions {
        &self.actions
    }

    /// The perceptron weights.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// The same parser with its weights pruned by [`Weights::pruned`].
    pub fn pruned(&self, min_abs: f32) -> Parser {
        Parser::new(
            self.labels.clone(),
            self.tags.clone(),
            self.weights.pruned(min_abs),
        )
        .expect("pruning keeps the classes")
    }

    /// For each class of `tagger`, the tag value the parser sees.
    pub fn tag_map(&self, tagger: &Tagger) -> Vec<u64> {
        tagger
            .tags()
            .names()
            .iter()
            .map(|name| self.tags.id(name).map_or(UNKNOWN_TAG, tag_value))
            .collect()
    }

    /// Parses a tagged sentence: `tags` are tagger classes, turned into the
    /// parser's values by `map` (from [`Parser::tag_map`]). Writes each word's
    /// head (1-based, 0 for the root) and relation id into `heads` and `labels`.
    pub fn parse(
        &self,
        words: &[WordInfo],
        tags: &[usize],
        map: &[u64],
        scratch: &mut ParseScratch,
        heads: &mut Vec<usize>,
        labels: &mut Vec<usize>,
    ) {
        scratch.words.clear();
        scratch.words.push(ROOT_WORD);
        scratch.words.extend(words.iter().map(|w| w.lower));
        scratch.tags.clear();
        scratch.tags.push(ROOT_TAG);
        scratch.tags.extend(tags.iter().map(|&t| map[t]));
        scratch.suffixes.clear();
        scratch.suffixes.push(ROOT_SUFFIX);
        scratch.suffixes.extend(words.iter().map(|w| w.suffix[2]));
        self.parse_values(scratch);
        heads.clear();
        labels.clear();
        for d in 1..=words.len() {
            heads.push(scratch.state.heads[d] as usize);
            labels.push(scratch.state.labels[d] as usize);
        }
    }

    /// Parses the position values in `scratch.words` and `scratch.tags`
    /// (index 0 the root) into `scratch.state`, a complete tree.
    pub(crate) fn parse_values(&self, scratch: &mut ParseScratch) {
        scratch.coarse.clear();
        scratch.coarse.extend(scratch.tags.iter().map(|&t| match t {
            ROOT_TAG | UNKNOWN_TAG => t,
            t => self.coarse[t as usize - 1],
        }));
        let ParseScratch {
            state,
            features,
            scores,
            words,
            tags,
            coarse,
            suffixes,
        } = scratch;
        let input = ParseInput {
            words,
            tags,
            coarse,
            suffixes,
        };
        scores.resize(self.actions.len(), 0.0);
        state.reset(words.len() - 1);
        while !state.is_terminal() {
            let legal = state.legal(&self.actions);
            let a = legal.forced().unwrap_or_else(|| {
                input.extract(state, features);
                self.weights.score(features.keys(), scores);
                legal.best(scores).expect("a legal action")
            });
            state.apply(&self.actions, a);
        }
        let punct = self.punct_tag;
        state.finish_tree(&self.actions, self.fallback, self.punct, |d| {
            Some(tags[d]) == punct
        });
    }

    /// Fills `scratch` with the position values of a sentence given by word
    /// views and the parser's own tag names.
    pub(crate) fn load_named(&self, words: &[WordInfo], tags: &[&str], scratch: &mut ParseScratch) {
        scratch.words.clear();
        scratch.words.push(ROOT_WORD);
        scratch.words.extend(words.iter().map(|w| w.lower));
        scratch.suffixes.clear();
        scratch.suffixes.push(ROOT_SUFFIX);
        scratch.suffixes.extend(words.iter().map(|w| w.suffix[2]));
        scratch.tags.clear();
        scratch.tags.push(ROOT_TAG);
        scratch.tags.extend(
            tags.iter()
                .map(|t| self.tags.id(t).map_or(UNKNOWN_TAG, tag_value)),
        );
    }

    /// The heads and relations of the last parse in `scratch` (1-based heads).
    pub(crate) fn result(scratch: &ParseScratch) -> (&[u32], &[u16]) {
        (&scratch.state.heads[1..], &scratch.state.labels[1..])
    }

    /// Writes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.header(MAGIC, VERSION);
        self.labels.write(&mut w);
        self.tags.write(&mut w);
        self.weights.write(&mut w);
        w.into_bytes()
    }

    /// Reads a model written by [`Parser::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CodecError> {
        let mut r = Reader::new(bytes);
        r.header(MAGIC, VERSION)?;
        let labels = Labels::read(&mut r)?;
        let tags = Labels::read(&mut r)?;
        let weights = Weights::read(&mut r)?;
        Parser::new(labels, tags, weights)
    }
}
