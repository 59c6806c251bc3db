//! The tagger's features for one word: the word, its neighbours, affixes,
//! shapes, the tag dictionary's ambiguity classes and the two previous tags.

use super::word::WordInfo;
use crate::learn::Features;

/// Stands for a word before the sentence start.
const BEFORE: u64 = 0xB0F0_0001;
/// Stands for a word after the sentence end.
const AFTER: u64 = 0xE0F0_0002;

/// The context the tagger sees at one position.
pub struct TagContext<'a> {
    /// Views of every word in the sentence.
    pub words: &'a [WordInfo],
    /// Each word's ambiguity class in the tag dictionary (0 when unknown).
    pub ambiguity: &'a [u64],
}

impl TagContext<'_> {
    fn lower(&self, i: isize) -> u64 {
        self.at(i).map_or(self.edge(i), |w| w.lower)
    }

    fn shape(&self, i: isize) -> u64 {
        self.at(i).map_or(self.edge(i), |w| w.shape)
    }

    fn suffix3(&self, i: isize) -> u64 {
        self.at(i).map_or(self.edge(i), |w| w.suffix[2])
    }

    fn amb(&self, i: isize) -> u64 {
        if i < 0 || i as usize >= self.words.len() {
            self.edge(i)
        } else {
            self.ambiguity[i as usize]
        }
    }

    fn at(&self, i: isize) -> Option<&WordInfo> {
        if i < 0 {
            None
        } else {
            self.words.get(i as usize)
        }
    }

    fn edge(&self, i: isize) -> u64 {
        if i < 0 {
            BEFORE
        } else {
            AFTER
        }
    }

    /// Fills `f` with the features of word `i`, given the tags predicted for
    /// the two previous words (`tag id + 1`; 0 before the sentence start).
    pub fn extract(&self, i: usize, prev1: u64, prev2: u64, f: &mut Features) {
        let w = &self.words[i];
        let j = i as isize;
        f.clear();
        f.add(0, &[]);
        f.add(1, &[w.lower]);
        f.add(2, &[w.form]);
        f.add(3, &[self.lower(j - 1)]);
        f.add(4, &[self.lower(j - 2)]);
        f.add(5, &[self.lower(j + 1)]);
        f.add(6, &[self.lower(j + 2)]);
        for (k, &s) in w.suffix.iter().enumerate() {
            f.add(7 + k as u32, &[s]);
        }
        for (k, &p) in w.prefix.iter().enumerate() {
            f.add(11 + k as u32, &[p]);
        }
        f.add(14, &[w.shape]);
        f.add(15, &[self.shape(j - 1)]);
        f.add(16, &[self.shape(j + 1)]);
        f.add(17, &[prev1]);
        f.add(18, &[prev2]);
        f.add(19, &[prev1, prev2]);
        f.add(20, &[prev1, w.lower]);
        f.add(21, &[self.lower(j - 1), w.lower]);
        f.add(22, &[w.lower, self.lower(j + 1)]);
        f.add(23, &[self.suffix3(j - 1)]);
        f.add(24, &[self.suffix3(j + 1)]);
        f.add(25, &[w.flags]);
        f.add(26, &[w.flags, (i == 0) as u64]);
        f.add(27, &[self.amb(j)]);
        f.add(28, &[self.amb(j + 1)]);
        f.add(29, &[self.amb(j + 2)]);
        f.add(30, &[self.amb(j - 1)]);
        f.add(31, &[self.amb(j), prev1]);
        f.add(32, &[self.amb(j), self.amb(j + 1)]);
        f.add(33, &[prev1, self.lower(j + 1)]);
        f.add(34, &[prev1, w.suffix[2]]);
        f.add(35, &[w.shape, self.amb(j)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_context_same_features_and_neighbours_matter() {
        let words: Vec<WordInfo> = ["The", "talks", "resume"]
            .iter()
            .map(|w| WordInfo::new(w))
            .collect();
        let amb = vec![0; 3];
        let ctx = TagContext {
            words: &words,
            ambiguity: &amb,
        };
        let (mut a, mut b) = (Features::new(), Features::new());
        ctx.extract(1, 3, 0, &mut a);
        ctx.extract(1, 3, 0, &mut b);
        assert_eq!(a.keys(), b.keys());
        assert_eq!(a.len(), 36);
        ctx.extract(1, 4, 0, &mut b);
        assert_ne!(a.keys(), b.keys());
        ctx.extract(0, 0, 0, &mut b);
        assert_eq!(b.len(), 36);
    }
}
