//! Viterbi decoding of a first-order chain under hard transition constraints.
//!
//! The allowed transitions are laid out once per model (a [`Lattice`]): for
//! each label, the (previous label, score) arcs into it, so that decoding
//! touches only allowed transitions, with no index arithmetic over the full
//! `labels x labels` table and no branch on which arc wins, and keeps two
//! rows of best scores (the previous position's and the current one's), not
//! `n`.

use super::sequence::ChainSpec;

/// The transitions of a chain arranged for [`viterbi`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lattice {
    labels: usize,
    /// Score of starting with each label (-inf where not allowed).
    start: Vec<f32>,
    /// The allowed arcs (previous label, score), grouped by the label they
    /// lead to and in ascending order of previous label within a group.
    arcs: Vec<(u16, f32)>,
    /// End (exclusive) in `arcs` of each label's group.
    ends: Vec<u32>,
    /// Labels a sequence may end with, ascending.
    finals: Vec<u16>,
}

impl Lattice {
    /// The lattice of `spec` with `transitions` (`(labels + 1) * labels`
    /// scores, row 0 the sequence start).
    pub fn new(spec: &ChainSpec, transitions: &[f32]) -> Self {
        let l = spec.labels;
        let mut arcs = Vec::new();
        let mut ends = Vec::with_capacity(l);
        for y in 0..l {
            for p in 0..l {
                let at = (p + 1) * l + y;
                if spec.allowed[at] {
                    arcs.push((p as u16, transitions[at]));
                }
            }
            ends.push(arcs.len() as u32);
        }
        Lattice {
            labels: l,
            start: transitions[..l].to_vec(),
            arcs,
            ends,
            finals: (0..l)
                .filter(|&y| spec.final_ok[y])
                .map(|y| y as u16)
                .collect(),
        }
    }
}

impl Lattice {
    /// Takes new scores from `transitions` (laid out as for
    /// [`Lattice::new`]) for the same allowed arcs, without reallocating.
    pub fn rescore(&mut self, transitions: &[f32]) {
        let l = self.labels;
        self.start.copy_from_slice(&transitions[..l]);
        let mut from = 0;
        for (y, &to) in self.ends.iter().enumerate() {
            for (p, t) in &mut self.arcs[from..to as usize] {
                *t = transitions[(*p as usize + 1) * l + y];
            }
            from = to as usize;
        }
    }
}

/// Buffers reused across [`viterbi`] calls.
#[derive(Clone, Debug, Default)]
pub struct ViterbiScratch {
    prev: Vec<f32>,
    cur: Vec<f32>,
    back: Vec<u16>,
}

/// The best label sequence over `n` positions with emission scores
/// `emissions` (`n * labels`): only allowed transitions are tried; among
/// equal scores the lowest previous label wins, and the lowest final label.
pub fn viterbi(
    lattice: &Lattice,
    emissions: &[f32],
    n: usize,
    scratch: &mut ViterbiScratch,
) -> Vec<u16> {
    let l = lattice.labels;
    if n == 0 {
        return Vec::new();
    }
    let ViterbiScratch { prev, cur, back } = scratch;
    prev.clear();
    prev.extend(
        lattice
            .start
            .iter()
            .zip(&emissions[..l])
            .map(|(t, e)| t + e),
    );
    cur.clear();
    cur.resize(l, 0.0);
    back.clear();
    back.resize(n * l, 0);
    let steps = emissions[l..n * l]
        .chunks_exact(l)
        .zip(back[l..].chunks_exact_mut(l));
    for (row, back) in steps {
        let mut from = 0;
        for (((c, &e), b), &to) in cur.iter_mut().zip(row).zip(back).zip(&lattice.ends) {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u16;
            for &(p, t) in &lattice.arcs[from..to as usize] {
                let s = prev[p as usize] + t;
                let better = s > best;
                best = if better { s } else { best };
                arg = if better { p } else { arg };
            }
            from = to as usize;
            *c = best + e;
            *b = arg;
        }
        std::mem::swap(prev, cur);
    }
    let mut y = lattice
        .finals
        .iter()
        .map(|&y| y as usize)
        .fold(None, |acc: Option<usize>, y| match acc {
            Some(b) if prev[b] >= prev[y] => Some(b),
            _ => Some(y),
        })
        .unwrap_or(0);
    let mut out = vec![0u16; n];
    for i in (0..n).rev() {
        out[i] = y as u16;
        y = back[i * l + y] as usize;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain dynamic programme over every allowed pair, for comparison.
    fn reference(spec: &ChainSpec, trans: &[f32], emissions: &[f32], n: usize) -> Vec<u16> {
        let l = spec.labels;
        let mut best: Vec<f32> = (0..l).map(|y| trans[y] + emissions[y]).collect();
        let mut back = vec![0usize; n * l];
        for i in 1..n {
            let mut next = vec![f32::NEG_INFINITY; l];
            for y in 0..l {
                let mut arg = 0;
                for p in (0..l).filter(|&p| spec.allowed[(p + 1) * l + y]) {
                    let s = best[p] + trans[(p + 1) * l + y];
                    if s > next[y] {
                        next[y] = s;
                        arg = p;
                    }
                }
                next[y] += emissions[i * l + y];
                back[i * l + y] = arg;
            }
            best = next;
        }
        let mut y = (0..l).filter(|&y| spec.final_ok[y]).fold(0, |b, y| {
            if !spec.final_ok[b] || best[y] > best[b] {
                y
            } else {
                b
            }
        });
        let mut out = vec![0u16; n];
        for i in (0..n).rev() {
            out[i] = y as u16;
            y = back[i * l + y];
        }
        out
    }

    #[test]
    fn matches_the_plain_programme_under_constraints_and_ties() {
        // Labels 0 = O, 1 = B, 2 = I, 3 = L: I and L only after B or I; no
        // sequence ends in B or I.
        let l = 4;
        let mut spec = ChainSpec::free(l);
        for p in 0..=l {
            for y in [2, 3] {
                spec.allowed[p * l + y] = p == 2 || p == 3;
            }
        }
        spec.final_ok = vec![true, false, false, true];
        let trans: Vec<f32> = (0..(l + 1) * l)
            .map(|i| {
                if spec.allowed[i] {
                    ((i * 7) % 5) as f32 - 2.0
                } else {
                    f32::NEG_INFINITY
                }
            })
            .collect();
        let lattice = Lattice::new(&spec, &trans);
        let mut rescored = Lattice::new(&spec, &vec![0.0; trans.len()]);
        rescored.rescore(&trans);
        assert_eq!(rescored, lattice);
        let mut scratch = ViterbiScratch::default();
        for n in [1, 2, 3, 7] {
            for seed in 0..20u32 {
                // Small integer scores make ties common.
                let emissions: Vec<f32> = (0..n * l)
                    .map(|i| {
                        (((i as u32).wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)) % 4)
                            as f32
                    })
                    .collect();
                let got = viterbi(&lattice, &emissions, n, &mut scratch);
                assert_eq!(
                    got,
                    reference(&spec, &trans, &emissions, n),
                    "n {n} seed {seed}"
                );
                for (i, &y) in got.iter().enumerate() {
                    let p = if i == 0 { 0 } else { got[i - 1] as usize + 1 };
                    assert!(spec.allowed[p * l + y as usize]);
                }
                assert!(spec.final_ok[got[n - 1] as usize]);
            }
        }
        assert!(viterbi(&lattice, &[], 0, &mut scratch).is_empty());
    }
}
