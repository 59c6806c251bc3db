//! Measuring the pipeline: segmentation against UD treebanks, named entities
//! against CoNLL-2003, and whole documents against the gold sets through the
//! shared scorers.

pub mod clock;
pub mod events;
pub mod gold;
pub mod ner;
pub mod segmentation;
pub mod syntax;

use std::collections::HashSet;
use std::hash::Hash;

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Correct system items.
    pub tp: usize,
    /// System items.
    pub system: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Counts the items two sets share.
    pub fn of_sets<T: Eq + Hash>(system: &HashSet<T>, gold: &HashSet<T>) -> Self {
        Prf {
            tp: system.intersection(gold).count(),
            system: system.len(),
            gold: gold.len(),
        }
    }

    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.system)
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P={:.4} R={:.4} F1={:.4} (tp {}, system {}, gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.system,
            self.gold
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_arithmetic() {
        let sys: HashSet<u8> = [1, 2, 3, 4].into();
        let gold: HashSet<u8> = [2, 3, 4, 5, 6, 7].into();
        let prf = Prf::of_sets(&sys, &gold);
        assert_eq!((prf.tp, prf.system, prf.gold), (3, 4, 6));
        assert!((prf.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
