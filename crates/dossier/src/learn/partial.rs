//! Memoised partial scores: the integer sums (see [`Weights::add_raw`]) of a
//! group of features that depends on one word only, such as a tagger's
//! features of the word itself. A word recurs many times in a document, so
//! its group is looked up in the weight table once and then read back, and
//! because integer sums do not depend on order the scores are exactly those
//! of scoring every feature every time.
//!
//! Feature extractors say which [`Part`] each feature belongs to; a
//! [`PartedSeq`] keeps a sequence's keys sorted by part, and
//! [`PartedSeq::score`] scores a position through the memo.

use super::hash::KeyMap;
use super::sequence::FeatureSeq;
use super::Weights;

/// What a feature depends on besides the model: the word itself, the word
/// before it, the word after it (each a function of that word's form, the
/// sequence edge standing for a missing word), or more context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The word's own form.
    Word,
    /// The previous word's form.
    Left,
    /// The next word's form.
    Right,
    /// Several words, or anything else.
    Context,
}

/// The single-word parts, in the order of their memo ids.
pub const WORD_PARTS: [Part; 3] = [Part::Word, Part::Left, Part::Right];

/// Where feature extractors put keys: a plain [`FeatureSeq`] (for training,
/// parts ignored) or a [`PartedSeq`] (for memoised scoring).
pub trait KeySink {
    /// Adds a key of `part` to the current position.
    fn push(&mut self, part: Part, key: u64);
    /// Closes the current position; `ids` are the memo ids of its word,
    /// left and right parts (each determines that part's keys).
    fn end_position(&mut self, ids: [u64; 3]);
}

impl KeySink for FeatureSeq {
    #[inline]
    fn push(&mut self, _: Part, key: u64) {
        self.keys.push(key);
    }

    #[inline]
    fn end_position(&mut self, _: [u64; 3]) {
        FeatureSeq::end_position(self);
    }
}

/// A sequence whose positions can be copied, keys, parts and ids, to the
/// end of another of its kind (stage-2 features that extend stage 1's).
pub trait CopyPosition {
    /// Number of positions.
    fn positions(&self) -> usize;
    /// Appends the keys of position `i` to the open position of `out`;
    /// returns the position's memo ids.
    fn copy_position(&self, i: usize, out: &mut Self) -> [u64; 3];
}

impl CopyPosition for FeatureSeq {
    fn positions(&self) -> usize {
        self.len()
    }

    fn copy_position(&self, i: usize, out: &mut Self) -> [u64; 3] {
        out.keys.extend_from_slice(self.position(i));
        [0; 3]
    }
}

impl CopyPosition for PartedSeq {
    fn positions(&self) -> usize {
        self.len()
    }

    fn copy_position(&self, i: usize, out: &mut Self) -> [u64; 3] {
        for part in [Part::Word, Part::Left, Part::Right, Part::Context] {
            out.keys[part as usize].extend_from_slice(self.part(i, part));
        }
        self.ids[i]
    }
}

/// A sequence's feature keys sorted by [`Part`], position after position,
/// with each position's memo ids.
#[derive(Clone, Debug, Default)]
pub struct PartedSeq {
    /// Keys of each part, indexed by `Part as usize`, all positions in order.
    keys: [Vec<u64>; 4],
    /// End (exclusive) of each position's keys in each part.
    ends: Vec<[u32; 4]>,
    /// Memo ids of each position's single-word parts.
    ids: Vec<[u64; 3]>,
}

impl KeySink for PartedSeq {
    #[inline]
    fn push(&mut self, part: Part, key: u64) {
        self.keys[part as usize].push(key);
    }

    fn end_position(&mut self, ids: [u64; 3]) {
        self.ends.push(self.keys.each_ref().map(|k| k.len() as u32));
        self.ids.push(ids);
    }
}

impl PartedSeq {
    /// An empty sequence with room for `positions` positions of about
    /// `per_position` keys of each part.
    pub fn with_capacity(positions: usize, per_position: [usize; 4]) -> Self {
        PartedSeq {
            keys: per_position.map(|n| Vec::with_capacity(positions * n)),
            ends: Vec::with_capacity(positions),
            ids: Vec::with_capacity(positions),
        }
    }

    /// Empties it, keeping the memory.
    pub fn clear(&mut self) {
        self.keys.iter_mut().for_each(Vec::clear);
        self.ends.clear();
        self.ids.clear();
    }

    /// Number of positions.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no positions.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The keys of `part` at position `i`.
    pub fn part(&self, i: usize, part: Part) -> &[u64] {
        let p = part as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1][p] };
        &self.keys[p][start as usize..self.ends[i][p] as usize]
    }

    /// The memo ids of position `i`.
    pub fn ids(&self, i: usize) -> [u64; 3] {
        self.ids[i]
    }

    /// Writes the class scores of position `i` into `scores`: the
    /// single-word parts through `memo`, the rest looked up; `raw` is a
    /// buffer. Equal to scoring all the position's keys with `weights`.
    ///
    /// # Panics
    ///
    /// When `weights` has more than 512 classes (see [`Weights::add_raw`]).
    pub fn score(
        &self,
        i: usize,
        weights: &Weights,
        memo: &mut PartialSums,
        raw: &mut Vec<i32>,
        scores: &mut [f32],
    ) {
        raw.clear();
        raw.resize(weights.classes(), 0);
        for (part, id) in WORD_PARTS.into_iter().zip(self.ids[i]) {
            memo.add_to(raw, id, weights, self.part(i, part));
        }
        weights.add_raw(self.part(i, Part::Context), raw);
        weights.finish_raw(raw, scores);
    }
}

/// Integer sums of feature groups, each stored under an id that determines
/// the group's features (for example a salted hash of the word).
///
/// The memo knows the weight table it serves ([`Weights::id`]) but nothing
/// else: the id must determine the keys given everything else the model
/// holds (a tag dictionary, word clusters), and a memo must not be shared
/// between models that share weights but not those tables. Debug builds
/// check on every hit that the id still comes with the same keys.
#[derive(Clone, Debug, Default)]
pub struct PartialSums {
    /// The [`Weights::id`] of the table the sums come from.
    model: Option<u64>,
    /// Where each id's sums start in `sums`.
    index: KeyMap<u32>,
    /// The sums, one value per class for each id.
    sums: Vec<i32>,
    /// A hash of each id's keys, to check that ids determine them.
    #[cfg(debug_assertions)]
    keys_of: KeyMap<u64>,
}

/// Sums kept before the memo starts over (1 MB, plus the index): 15,000 ids
/// for the recogniser's 17 classes, about 5,000 for the tagger's (each word
/// type takes up to three ids: its own, as a left and as a right neighbour).
/// A thread keeps three memos for its life, so this bounds what they add to
/// each worker thread's memory.
const MAX_SUMS: usize = 1 << 18;

impl PartialSums {
    /// Adds to `raw` the sums of the group stored under `id`, first summing
    /// `keys` (the group's features) when the id is new. A memo holds the
    /// sums of one table: given other `weights`, it starts over.
    pub fn add_to(&mut self, raw: &mut [i32], id: u64, weights: &Weights, keys: &[u64]) {
        let classes = weights.classes();
        if self.model != Some(weights.id()) || self.sums.len() + classes > MAX_SUMS {
            self.model = Some(weights.id());
            self.index.clear();
            self.sums.clear();
            #[cfg(debug_assertions)]
            self.keys_of.clear();
        }
        #[cfg(debug_assertions)]
        {
            let hash = keys.iter().fold(0, |h, &k| super::hash::fold(h, k));
            let first = *self.keys_of.entry(id).or_insert(hash);
            assert_eq!(first, hash, "memo id {id:#x} came with other keys");
        }
        let start = match self.index.get(&id) {
            Some(&start) => start as usize,
            None => {
                let start = self.sums.len();
                self.sums.resize(start + classes, 0);
                weights.add_raw(keys, &mut self.sums[start..]);
                self.index.insert(id, start as u32);
                start
            }
        };
        for (r, &s) in raw.iter_mut().zip(&self.sums[start..start + classes]) {
            *r += s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::hash::key;

    fn weights() -> Weights {
        let rows = (0..40u64)
            .map(|k| {
                let cells = (0..5).map(|c| (c, ((k * 7 + c as u64) % 11) as f32 - 5.0));
                (key(1, &[k]), cells.collect())
            })
            .collect();
        Weights::from_rows(5, rows)
    }

    #[test]
    fn memoised_groups_score_as_the_whole_set() {
        let w = weights();
        let all: Vec<u64> = (0..12).map(|k| key(1, &[k])).collect();
        let mut whole = vec![0.0; 5];
        w.score(&all, &mut whole);
        let mut memo = PartialSums::default();
        for _ in 0..3 {
            let mut raw = vec![0i32; 5];
            for (id, group) in all.chunks(5).enumerate() {
                memo.add_to(&mut raw, id as u64, &w, group);
            }
            let mut parts = vec![0.0; 5];
            w.finish_raw(&raw, &mut parts);
            assert_eq!(parts, whole);
        }
        assert_eq!(memo.index.len(), 3);
    }

    #[test]
    fn a_known_id_is_read_back_and_another_table_starts_over() {
        let w = weights();
        let mut memo = PartialSums::default();
        let mut raw = vec![0i32; 5];
        memo.add_to(&mut raw, 9, &w, &[key(1, &[3])]);
        let first = raw.clone();
        memo.add_to(&mut raw, 9, &w, &[key(1, &[3])]);
        let doubled: Vec<i32> = first.iter().map(|v| v * 2).collect();
        assert_eq!(raw, doubled);
        assert_eq!((memo.index.len(), memo.sums.len()), (1, 5));
        // Another table: the memo starts over.
        let other = weights();
        let mut fresh = vec![0i32; 5];
        memo.add_to(&mut fresh, 9, &other, &[key(1, &[4])]);
        let mut direct = vec![0i32; 5];
        other.add_raw(&[key(1, &[4])], &mut direct);
        assert_eq!(fresh, direct);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "came with other keys")]
    fn debug_builds_catch_an_id_that_does_not_determine_its_keys() {
        let w = weights();
        let mut memo = PartialSums::default();
        let mut raw = vec![0i32; 5];
        memo.add_to(&mut raw, 9, &w, &[key(1, &[3])]);
        memo.add_to(&mut raw, 9, &w, &[key(1, &[4])]);
    }
}
