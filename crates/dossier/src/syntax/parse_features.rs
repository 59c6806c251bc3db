//! The parser's features: the rich non-local feature set of Zhang and Nivre
//! (2011) over the arc-eager state — words, tags and relations of the stack
//! top, the buffer front and their heads and outermost children, distance,
//! valency and relation sets — plus a few second-stack-element features.

use super::transition::{State, NONE};
use crate::learn::Features;

/// Word, tag and relation values of an absent position.
const ABSENT: u64 = 0xAB5E_0001;

/// The per-sentence input of the parser: values for the word and tag of every
/// position (index 0 is the root).
pub struct ParseInput<'a> {
    /// Lower-cased word hashes.
    pub words: &'a [u64],
    /// Tag values (the tagger's joint `UPOS/XPOS` classes).
    pub tags: &'a [u64],
    /// Coarse tag values (the universal part of the tag).
    pub coarse: &'a [u64],
    /// Hashes of the words' last three characters.
    pub suffixes: &'a [u64],
}

/// Word, tag, coarse tag, suffix and incoming relation of one position.
#[derive(Clone, Copy)]
struct Slot {
    w: u64,
    p: u64,
    c: u64,
    x: u64,
    l: u64,
}

impl ParseInput<'_> {
    #[inline]
    fn slot(&self, state: &State, pos: u32) -> Slot {
        if pos == NONE {
            return Slot {
                w: ABSENT,
                p: ABSENT,
                c: ABSENT,
                x: ABSENT,
                l: ABSENT,
            };
        }
        let i = pos as usize;
        let l = if state.heads[i] == NONE {
            0
        } else {
            state.labels[i] as u64 + 1
        };
        Slot {
            w: self.words[i],
            p: self.tags[i],
            c: self.coarse[i],
            x: self.suffixes[i],
            l,
        }
    }

    /// Fills `f` with the features of `state`.
    pub fn extract(&self, state: &State, f: &mut Features) {
        let s0i = state.s0();
        let n0i = state.b(0);
        let head = |p: u32| {
            if p == NONE {
                NONE
            } else {
                state.heads[p as usize]
            }
        };
        let child = |p: u32, right: bool, k: usize| {
            if p == NONE {
                NONE
            } else if right {
                state.right[p as usize][k]
            } else {
                state.left[p as usize][k]
            }
        };
        let s0 = self.slot(state, s0i);
        let s1 = self.slot(state, state.s1());
        let n0 = self.slot(state, n0i);
        let n1 = self.slot(state, state.b(1));
        let n2 = self.slot(state, state.b(2));
        let s0hi = head(s0i);
        let s0h = self.slot(state, s0hi);
        let s0h2 = self.slot(state, head(s0hi));
        let s0l = self.slot(state, child(s0i, false, 0));
        let s0l2 = self.slot(state, child(s0i, false, 1));
        let s0r = self.slot(state, child(s0i, true, 0));
        let s0r2 = self.slot(state, child(s0i, true, 1));
        let n0l = self.slot(state, child(n0i, false, 0));
        let n0l2 = self.slot(state, child(n0i, false, 1));
        let dist = if s0i == NONE || n0i == NONE {
            0
        } else {
            match n0i - s0i {
                d @ 1..=4 => d as u64,
                5..=9 => 5,
                _ => 6,
            }
        };
        let (s0v, n0v, s0ls, n0ls) = if s0i == NONE {
            ([0u8; 2], [0u8; 2], [0u64; 2], [0u64; 2])
        } else {
            let nv = if n0i == NONE {
                [0; 2]
            } else {
                state.valency[n0i as usize]
            };
            let nls = if n0i == NONE {
                [0; 2]
            } else {
                state.label_sets[n0i as usize]
            };
            (
                state.valency[s0i as usize],
                nv,
                state.label_sets[s0i as usize],
                nls,
            )
        };
        f.clear();
        f.add(0, &[]);
        // Single words.
        f.add(1, &[s0.w, s0.p]);
        f.add(2, &[s0.w]);
        f.add(3, &[s0.p]);
        f.add(4, &[n0.w, n0.p]);
        f.add(5, &[n0.w]);
        f.add(6, &[n0.p]);
        f.add(7, &[n1.w, n1.p]);
        f.add(8, &[n1.w]);
        f.add(9, &[n1.p]);
        f.add(10, &[n2.w, n2.p]);
        f.add(11, &[n2.w]);
        f.add(12, &[n2.p]);
        // Pairs.
        f.add(13, &[s0.w, s0.p, n0.w, n0.p]);
        f.add(14, &[s0.w, s0.p, n0.w]);
        f.add(15, &[s0.w, n0.w, n0.p]);
        f.add(16, &[s0.w, s0.p, n0.p]);
        f.add(17, &[s0.p, n0.w, n0.p]);
        f.add(18, &[s0.w, n0.w]);
        f.add(19, &[s0.p, n0.p]);
        f.add(20, &[n0.p, n1.p]);
        // Tag trigrams.
        f.add(21, &[n0.p, n1.p, n2.p]);
        f.add(22, &[s0.p, n0.p, n1.p]);
        f.add(23, &[s0h.p, s0.p, n0.p]);
        f.add(24, &[s0.p, s0l.p, n0.p]);
        f.add(25, &[s0.p, s0r.p, n0.p]);
        f.add(26, &[s0.p, n0.p, n0l.p]);
        // Distance.
        f.add(27, &[s0.w, dist]);
        f.add(28, &[s0.p, dist]);
        f.add(29, &[n0.w, dist]);
        f.add(30, &[n0.p, dist]);
        f.add(31, &[s0.w, n0.w, dist]);
        f.add(32, &[s0.p, n0.p, dist]);
        // Valency.
        f.add(33, &[s0.w, s0v[1] as u64]);
        f.add(34, &[s0.p, s0v[1] as u64]);
        f.add(35, &[s0.w, s0v[0] as u64]);
        f.add(36, &[s0.p, s0v[0] as u64]);
        f.add(37, &[n0.w, n0v[0] as u64]);
        f.add(38, &[n0.p, n0v[0] as u64]);
        // Heads and outermost children.
        f.add(39, &[s0h.w]);
        f.add(40, &[s0h.p]);
        f.add(41, &[s0.l]);
        f.add(42, &[s0l.w]);
        f.add(43, &[s0l.p]);
        f.add(44, &[s0l.l]);
        f.add(45, &[s0r.w]);
        f.add(46, &[s0r.p]);
        f.add(47, &[s0r.l]);
        f.add(48, &[n0l.w]);
        f.add(49, &[n0l.p]);
        f.add(50, &[n0l.l]);
        // Second-order.
        f.add(51, &[s0h2.w]);
        f.add(52, &[s0h2.p]);
        f.add(53, &[s0h.l]);
        f.add(54, &[s0l2.w]);
        f.add(55, &[s0l2.p]);
        f.add(56, &[s0l2.l]);
        f.add(57, &[s0r2.w]);
        f.add(58, &[s0r2.p]);
        f.add(59, &[s0r2.l]);
        f.add(60, &[n0l2.w]);
        f.add(61, &[n0l2.p]);
        f.add(62, &[n0l2.l]);
        f.add(63, &[s0.p, s0l.p, s0l2.p]);
        f.add(64, &[s0.p, s0r.p, s0r2.p]);
        f.add(65, &[s0.p, s0h.p, s0h2.p]);
        f.add(66, &[n0.p, n0l.p, n0l2.p]);
        // Relation sets.
        f.add(67, &[s0.w, s0ls[1]]);
        f.add(68, &[s0.p, s0ls[1]]);
        f.add(69, &[s0.w, s0ls[0]]);
        f.add(70, &[s0.p, s0ls[0]]);
        f.add(71, &[n0.w, n0ls[0]]);
        f.add(72, &[n0.p, n0ls[0]]);
        // The element under the stack top.
        f.add(73, &[s1.w, s1.p]);
        f.add(74, &[s1.p, s0.p, n0.p]);
        f.add(75, &[s1.p, s1.l, s0.p]);
        f.add(76, &[s1.w, s0.w, n0.p]);
        // Whether s0 already has a head (decides REDUCE versus LEFT-ARC).
        f.add(77, &[s0.l, s0.p, n0.p]);
        // Coarse tags and suffixes, which generalise over rare tags and words.
        f.add(78, &[s0.c, n0.c]);
        f.add(79, &[s0.c, n0.c, n1.c]);
        f.add(80, &[s1.c, s0.c, n0.c]);
        f.add(81, &[s0h.c, s0.c, n0.c]);
        f.add(82, &[s0.x, n0.c]);
        f.add(83, &[s0.c, n0.x]);
        f.add(84, &[s0.x, s0.p]);
        f.add(85, &[n0.x, n0.p]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_follow_the_state() {
        let words = [1u64, 10, 20, 30];
        let tags = [2u64, 11, 21, 31];
        let coarse = [3u64, 12, 22, 32];
        let suffixes = [4u64, 13, 23, 33];
        let input = ParseInput {
            words: &words,
            tags: &tags,
            coarse: &coarse,
            suffixes: &suffixes,
        };
        let mut state = State::default();
        state.reset(3);
        let (mut a, mut b) = (Features::new(), Features::new());
        input.extract(&state, &mut a);
        assert_eq!(a.len(), 86);
        let actions = super::super::transition::Actions { labels: 2, root: 0 };
        state.apply(&actions, 0);
        input.extract(&state, &mut b);
        assert_ne!(a.keys(), b.keys());
        input.extract(&state, &mut a);
        assert_eq!(a.keys(), b.keys());
    }
}
