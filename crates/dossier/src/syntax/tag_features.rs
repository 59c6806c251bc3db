//! The tagger's features for one word: the word, its neighbours, affixes,
//! shapes, the tag dictionary's ambiguity classes and the two previous tags.

use super::word::WordInfo;
use crate::learn::hash::{fold, key};
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
        f.clear();
        self.emit(i, prev1, prev2, |_, template, values| {
            f.add(template, values)
        });
    }

    /// The keys of the same features as [`TagContext::extract`], sorted by the
    /// word they depend on, with the ids under which the parts that depend
    /// on one word only can be memoised ([`crate::learn::PartialSums`]).
    pub fn extract_parts(&self, i: usize, prev1: u64, prev2: u64, parts: &mut TagParts) {
        for keys in parts.keys.iter_mut() {
            keys.clear();
        }
        self.emit(i, prev1, prev2, |part, template, values| {
            parts.keys[part as usize].push(key(template, values));
        });
        let form = |j: isize| self.at(j).map_or(self.edge(j), |w| w.form);
        let j = i as isize;
        parts.ids = [
            fold(Part::Word as u64, form(j)),
            fold(Part::Left as u64, form(j - 1)),
            fold(Part::Right as u64, form(j + 1)),
        ];
    }

    /// Calls `add` with the part, template and values of each feature of
    /// word `i`, in template order.
    #[inline(always)]
    fn emit(&self, i: usize, prev1: u64, prev2: u64, mut add: impl FnMut(Part, u32, &[u64])) {
        use Part::{Context, Left, Right, Word};
        let w = &self.words[i];
        let j = i as isize;
        add(Word, 0, &[]);
        add(Word, 1, &[w.lower]);
        add(Word, 2, &[w.form]);
        add(Left, 3, &[self.lower(j - 1)]);
        add(Context, 4, &[self.lower(j - 2)]);
        add(Right, 5, &[self.lower(j + 1)]);
        add(Context, 6, &[self.lower(j + 2)]);
        for (k, &s) in w.suffix.iter().enumerate() {
            add(Word, 7 + k as u32, &[s]);
        }
        for (k, &p) in w.prefix.iter().enumerate() {
            add(Word, 11 + k as u32, &[p]);
        }
        add(Word, 14, &[w.shape]);
        add(Left, 15, &[self.shape(j - 1)]);
        add(Right, 16, &[self.shape(j + 1)]);
        add(Context, 17, &[prev1]);
        add(Context, 18, &[prev2]);
        add(Context, 19, &[prev1, prev2]);
        add(Context, 20, &[prev1, w.lower]);
        add(Context, 21, &[self.lower(j - 1), w.lower]);
        add(Context, 22, &[w.lower, self.lower(j + 1)]);
        add(Left, 23, &[self.suffix3(j - 1)]);
        add(Right, 24, &[self.suffix3(j + 1)]);
        add(Word, 25, &[w.flags]);
        add(Context, 26, &[w.flags, (i == 0) as u64]);
        add(Word, 27, &[self.amb(j)]);
        add(Right, 28, &[self.amb(j + 1)]);
        add(Context, 29, &[self.amb(j + 2)]);
        add(Left, 30, &[self.amb(j - 1)]);
        add(Context, 31, &[self.amb(j), prev1]);
        add(Context, 32, &[self.amb(j), self.amb(j + 1)]);
        add(Context, 33, &[prev1, self.lower(j + 1)]);
        add(Context, 34, &[prev1, w.suffix[2]]);
        add(Word, 35, &[w.shape, self.amb(j)]);
    }
}

/// What a feature depends on besides the model: the word itself, the word
/// before it, the word after it (each a function of that word's form, the
/// sentence edge standing for a missing word), or more context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The word's own form.
    Word,
    /// The previous word's form.
    Left,
    /// The next word's form.
    Right,
    /// Several words or the previous tags.
    Context,
}

/// The feature keys of one position by [`Part`], and the memo ids of the
/// single-word parts ([`TagContext::extract_parts`]).
#[derive(Clone, Debug, Default)]
pub struct TagParts {
    /// Keys of each part, indexed by `Part as usize`.
    pub keys: [Vec<u64>; 4],
    /// Memo ids of the word, left and right parts.
    pub ids: [u64; 3],
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

    #[test]
    fn parts_hold_the_same_keys_and_single_word_parts_follow_their_word() {
        let sentence =
            |text: &str| -> Vec<WordInfo> { text.split(' ').map(WordInfo::new).collect() };
        let (a, b) = (
            sentence("The talks resume today"),
            sentence("New talks resume soon"),
        );
        let amb = vec![7; 4];
        let ctx_a = TagContext {
            words: &a,
            ambiguity: &amb,
        };
        let ctx_b = TagContext {
            words: &b,
            ambiguity: &amb,
        };
        let (mut f, mut pa, mut pb) = (Features::new(), TagParts::default(), TagParts::default());
        for i in 0..a.len() {
            ctx_a.extract(i, 3, 2, &mut f);
            ctx_a.extract_parts(i, 3, 2, &mut pa);
            let mut whole = f.keys().to_vec();
            let mut parted = pa.keys.concat();
            whole.sort_unstable();
            parted.sort_unstable();
            assert_eq!(whole, parted);
        }
        // "talks" (position 1) has a different left word in b; "resume"
        // (position 2) has the same left word and a different right one.
        ctx_a.extract_parts(1, 3, 2, &mut pa);
        ctx_b.extract_parts(1, 3, 2, &mut pb);
        assert_eq!(pa.keys[Part::Word as usize], pb.keys[Part::Word as usize]);
        assert_eq!(pa.ids[0], pb.ids[0]);
        assert_ne!(pa.ids[1], pb.ids[1]);
        assert_ne!(pa.keys[Part::Left as usize], pb.keys[Part::Left as usize]);
        ctx_a.extract_parts(2, 3, 2, &mut pa);
        ctx_b.extract_parts(2, 3, 2, &mut pb);
        assert_eq!(pa.ids[1], pb.ids[1]);
        assert_eq!(pa.keys[Part::Left as usize], pb.keys[Part::Left as usize]);
        assert_ne!(pa.ids[2], pb.ids[2]);
    }
}
