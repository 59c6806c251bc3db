//! Viterbi decoding of a first-order chain under hard transition constraints.
//!
//! The transitions are laid out once per model (a [`Lattice`]): a row per
//! previous label of the scores into every label, disallowed ones -inf and
//! rows padded to a multiple of 8 labels, so that one step of the programme
//! adds a row to a broadcast score and keeps the better of two rows, which
//! the compiler turns into vector instructions. Decoding keeps two rows of
//! best scores (the previous position's and the current one's), not `n`.

use super::sequence::ChainSpec;

/// The transitions of a chain arranged for [`viterbi`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lattice {
    labels: usize,
    /// `labels` rounded up to a multiple of 8: the length of a row.
    width: usize,
    /// Score of starting with each label (-inf where not allowed).
    start: Vec<f32>,
    /// Row `p` (`width` scores): the score of each label after label `p`,
    /// -inf where not allowed and in the padding.
    into: Vec<f32>,
    /// Which transitions are allowed, as in [`ChainSpec::allowed`] without
    /// the start row.
    allowed: Vec<bool>,
    /// Labels a sequence may end with, ascending.
    finals: Vec<u16>,
}

impl Lattice {
    /// The lattice of `spec` with `transitions` (`(labels + 1) * labels`
    /// scores, row 0 the sequence start).
    pub fn new(spec: &ChainSpec, transitions: &[f32]) -> Self {
        let l = spec.labels;
        let width = l.next_multiple_of(8);
        let mut lattice = Lattice {
            labels: l,
            width,
            start: vec![0.0; l],
            into: vec![f32::NEG_INFINITY; l * width],
            allowed: spec.allowed[l..(l + 1) * l].to_vec(),
            finals: (0..l)
                .filter(|&y| spec.final_ok[y])
                .map(|y| y as u16)
                .collect(),
        };
        lattice.rescore(transitions);
        lattice
    }

    /// Takes new scores from `transitions` (laid out as for
    /// [`Lattice::new`]) for the same allowed arcs, without reallocating.
    pub fn rescore(&mut self, transitions: &[f32]) {
        let l = self.labels;
        self.start.copy_from_slice(&transitions[..l]);
        for p in 0..l {
            for y in 0..l {
                if self.allowed[p * l + y] {
                    self.into[p * self.width + y] = transitions[(p + 1) * l + y];
                }
            }
        }
    }
}

/// Buffers reused across [`viterbi`] calls.
#[derive(Clone, Debug, Default)]
pub struct ViterbiScratch {
    prev: Vec<f32>,
    best: Vec<f32>,
    /// The best previous label of each label (`i32`, as wide as the
    /// scores, so that both are chosen with the same vector blend).
    arg: Vec<i32>,
    back: Vec<u16>,
}

/// The best score into each label (`best`) and the previous label it comes
/// from (`arg`), given the best scores `prev` of the previous position.
#[inline]
fn step(lattice: &Lattice, prev: &[f32], best: &mut [f32], arg: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor supports AVX2, checked just above.
        unsafe { step_avx2(lattice, prev, best, arg) };
        return;
    }
    step_with(lattice, prev, best, arg);
}

/// [`step`] compiled for AVX2 (eight labels an instruction).
///
/// # Safety
///
/// The processor must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn step_avx2(lattice: &Lattice, prev: &[f32], best: &mut [f32], arg: &mut [i32]) {
    step_with(lattice, prev, best, arg);
}

/// The body of [`step`]: previous labels in ascending order, a score
/// replacing the best only when strictly greater, so the lowest previous
/// label wins ties.
#[inline(always)]
fn step_with(lattice: &Lattice, prev: &[f32], best: &mut [f32], arg: &mut [i32]) {
    best.fill(f32::NEG_INFINITY);
    arg.fill(0);
    let rows = lattice.into.chunks_exact(lattice.width);
    for (p, (&from, into)) in prev.iter().zip(rows).enumerate() {
        if from == f32::NEG_INFINITY {
            continue; // no path leads here, so none leads on
        }
        for ((b, a), &t) in best.iter_mut().zip(arg.iter_mut()).zip(into) {
            let s = from + t;
            let better = s > *b;
            *b = if better { s } else { *b };
            *a = if better { p as i32 } else { *a };
        }
    }
}

/// The best label sequence over `n` positions with emission scores
/// `emissions` (`n * labels`): only allowed transitions are taken; among
/// equal scores the lowest previous label wins, and the lowest final label.
pub fn viterbi(
    lattice: &Lattice,
    emissions: &[f32],
    n: usize,
    scratch: &mut ViterbiScratch,
) -> Vec<u16> {
    let (l, width) = (lattice.labels, lattice.width);
    if n == 0 {
        return Vec::new();
    }
    let ViterbiScratch {
        prev,
        best,
        arg,
        back,
    } = scratch;
    prev.clear();
    prev.extend(
        lattice
            .start
            .iter()
            .zip(&emissions[..l])
            .map(|(t, e)| t + e),
    );
    best.resize(width, 0.0);
    arg.resize(width, 0);
    back.clear();
    back.resize(n * l, 0);
    let steps = emissions[l..n * l]
        .chunks_exact(l)
        .zip(back[l..].chunks_exact_mut(l));
    for (row, back) in steps {
        step(lattice, prev, best, arg);
        for ((c, (&b, &a)), (&e, back)) in prev
            .iter_mut()
            .zip(best.iter().zip(arg.iter()))
            .zip(row.iter().zip(back))
        {
            *c = b + e;
            *back = a as u16;
        }
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
        // Labels 0 = O, 1 = B, 2 = I, 3 = L (and, with 17, 13 more free
        // labels, as many as the recogniser has, over three padded rows of 8):
        // I and L only after B or I; no sequence ends in B or I.
        for l in [4, 17] {
            check_labels(l);
        }
    }

    fn check_labels(l: usize) {
        let mut spec = ChainSpec::free(l);
        for p in 0..=l {
            for y in [2, 3] {
                spec.allowed[p * l + y] = p == 2 || p == 3;
            }
        }
        spec.final_ok = (0..l).map(|y| y != 1 && y != 2).collect();
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
