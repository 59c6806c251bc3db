//! Memoised partial scores: the integer sums (see [`Weights::add_raw`]) of a
//! group of features that depends on one word only, such as a tagger's
//! features of the word itself. A word recurs many times in a document, so
//! its group is looked up in the weight table once and then read back, and
//! because integer sums do not depend on order the scores are exactly those
//! of scoring every feature every time.

use super::hash::KeyMap;
use super::Weights;

/// Integer sums of feature groups, each stored under an id that determines
/// the group's features (for example a salted hash of the word).
#[derive(Clone, Debug, Default)]
pub struct PartialSums {
    /// The [`Weights::id`] of the table the sums come from.
    model: Option<u64>,
    classes: usize,
    /// Where each id's sums start in `sums`.
    index: KeyMap<u32>,
    /// The sums, `classes` values per id.
    sums: Vec<i32>,
}

/// Ids kept before the memo starts over, which bounds its memory (4 MB for
/// a model of 100 classes).
const MAX_IDS: usize = 10_000;

impl PartialSums {
    /// Adds to `raw` the sums of the group stored under `id`, first summing
    /// `keys` (the group's features) when the id is new. A memo holds the
    /// sums of one table: given other `weights`, it starts over.
    pub fn add_to(&mut self, raw: &mut [i32], id: u64, weights: &Weights, keys: &[u64]) {
        let classes = weights.classes();
        if self.model != Some(weights.id()) || self.index.len() >= MAX_IDS {
            self.model = Some(weights.id());
            self.classes = classes;
            self.index.clear();
            self.sums.clear();
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
    fn a_known_id_is_read_back_not_summed_again() {
        let w = weights();
        let mut memo = PartialSums::default();
        let mut raw = vec![0i32; 5];
        memo.add_to(&mut raw, 9, &w, &[key(1, &[3])]);
        let first = raw.clone();
        // Other keys under the same id: the memo answers with the first sums.
        memo.add_to(&mut raw, 9, &w, &[key(1, &[4])]);
        let doubled: Vec<i32> = first.iter().map(|v| v * 2).collect();
        assert_eq!(raw, doubled);
        // Another table: the memo starts over.
        let other = weights();
        let mut fresh = vec![0i32; 5];
        memo.add_to(&mut fresh, 9, &other, &[key(1, &[4])]);
        let mut direct = vec![0i32; 5];
        other.add_raw(&[key(1, &[4])], &mut direct);
        assert_eq!(fresh, direct);
    }
}
