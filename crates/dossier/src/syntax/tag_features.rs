//! The tagger's features for one word: the word, its neighbours, affixes,
//! shapes, the tag dictionary's ambiguity classes and the two previous tags.

use super::word::WordInfo;
use crate::learn::hash::{fold, key};
use crate::learn::partial::{KeySink, Part, WORD_PARTS};
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

    /// Adds the keys of the same features as [`TagContext::extract`] to
    /// `out` as one position, each with its [`Part`], and the ids under
    /// which the single-word parts can be memoised.
    pub fn extract_parts(&self, i: usize, prev1: u64, prev2: u64, out: &mut impl KeySink) {
        self.emit(i, prev1, prev2, |part, template, values| {
            out.push(part, key(template, values));
        });
        let form = |j: isize| self.at(j).map_or(self.edge(j), |w| w.form);
        let j = i as isize;
        out.end_position(WORD_PARTS.map(|part| fold(part as u64, form(j + offset(part)))));
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

/// Where the word of a single-word part is, relative to the position.
fn offset(part: Part) -> isize {
    match part {
        Part::Left => -1,
        Part::Right => 1,
        Part::Word | Part::Context => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::partial::PartedSeq;

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
        let mut f = Features::new();
        let (mut pa, mut pb) = (PartedSeq::default(), PartedSeq::default());
        for i in 0..a.len() {
            ctx_a.extract(i, 3, 2, &mut f);
            ctx_a.extract_parts(i, 3, 2, &mut pa);
            let mut whole = f.keys().to_vec();
            let mut parted: Vec<u64> = [Part::Word, Part::Left, Part::Right, Part::Context]
                .iter()
                .flat_map(|&p| pa.part(i, p).to_vec())
                .collect();
            whole.sort_unstable();
            parted.sort_unstable();
            assert_eq!(whole, parted);
        }
        for i in 0..b.len() {
            ctx_b.extract_parts(i, 3, 2, &mut pb);
        }
        // "talks" (position 1) has a different left word in b; "resume"
        // (position 2) has the same left word and a different right one.
        assert_eq!(pa.part(1, Part::Word), pb.part(1, Part::Word));
        assert_eq!(pa.ids(1)[0], pb.ids(1)[0]);
        assert_ne!(pa.ids(1)[1], pb.ids(1)[1]);
        assert_ne!(pa.part(1, Part::Left), pb.part(1, Part::Left));
        assert_eq!(pa.ids(2)[1], pb.ids(2)[1]);
        assert_eq!(pa.part(2, Part::Left), pb.part(2, Part::Left));
        assert_ne!(pa.ids(2)[2], pb.ids(2)[2]);
    }
}
