//! Linear-chain sequence labelling: a first-order model over hashed features,
//! decoded with Viterbi ([`super::viterbi`]) under hard transition constraints
//! (such as BILOU's), and trained as a structured averaged perceptron (Collins
//! 2002).
//!
//! Emission weights are a multiclass [`Perceptron`] frozen into [`Weights`];
//! the sequence learner adds what a per-token classifier lacks: label-to-label
//! transition weights, whole-sequence Viterbi decoding during training, and
//! updates only where the best sequence differs from the gold one.

use super::codec::{CodecError, Reader, Writer};
use super::partial::{PartedSeq, PartialSums};
use super::perceptron::Perceptron;
use super::progress::Progress;
use super::rng::Rng;
use super::viterbi::{viterbi, Lattice, ViterbiScratch};
use super::weights::{Weights, MAX_DENSE_CLASSES};

const MAGIC: &[u8; 4] = b"DSCH";
const VERSION: u32 = 1;

/// The label set's shape: how many labels and which transitions are allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainSpec {
    /// Number of labels.
    pub labels: usize,
    /// `allowed[(prev + 1) * labels + next]`; row 0 is the sequence start.
    pub allowed: Vec<bool>,
    /// Labels a sequence may end with.
    pub final_ok: Vec<bool>,
}

impl ChainSpec {
    /// Every transition allowed.
    pub fn free(labels: usize) -> Self {
        ChainSpec {
            labels,
            allowed: vec![true; (labels + 1) * labels],
            final_ok: vec![true; labels],
        }
    }
}

/// The features of a sequence: each position's keys, stored flat.
#[derive(Clone, Debug, Default)]
pub struct FeatureSeq {
    /// All keys, position after position.
    pub keys: Vec<u64>,
    /// End (exclusive) of each position's keys in `keys`.
    pub ends: Vec<u32>,
}

impl FeatureSeq {
    /// An empty sequence with room for `positions` positions of about
    /// `keys_per_position` keys.
    pub fn with_capacity(positions: usize, keys_per_position: usize) -> Self {
        FeatureSeq {
            keys: Vec::with_capacity(positions * keys_per_position),
            ends: Vec::with_capacity(positions),
        }
    }

    /// Empties it, keeping the memory.
    pub fn clear(&mut self) {
        self.keys.clear();
        self.ends.clear();
    }

    /// Closes the current position.
    pub fn end_position(&mut self) {
        self.ends.push(self.keys.len() as u32);
    }

    /// Number of positions.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no positions.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The keys of position `i`.
    pub fn position(&self, i: usize) -> &[u64] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys[start..self.ends[i] as usize]
    }
}

/// A trained linear-chain model.
#[derive(Clone, Debug)]
pub struct ChainModel {
    spec: ChainSpec,
    emissions: Weights,
    /// `(labels + 1) * labels` transition scores (row 0: start); disallowed ones are -inf.
    transitions: Vec<f32>,
    /// The allowed transitions arranged for decoding.
    lattice: Lattice,
}

impl ChainModel {
    /// The label set.
    pub fn spec(&self) -> &ChainSpec {
        &self.spec
    }

    /// The emission weights.
    pub fn weights(&self) -> &Weights {
        &self.emissions
    }

    /// A copy without emission weights below `min_abs` in absolute value.
    pub fn pruned(&self, min_abs: f32) -> ChainModel {
        ChainModel {
            emissions: self.emissions.pruned(min_abs),
            ..self.clone()
        }
    }

    /// The best label sequence for `seq` under the model.
    pub fn decode(&self, seq: &FeatureSeq, scratch: &mut DecodeScratch) -> Vec<u16> {
        self.decode_with(seq.len(), scratch, |i, row, _| {
            self.emissions.score(seq.position(i), row)
        })
    }

    /// [`ChainModel::decode`] of features sorted by part, the single-word
    /// parts scored through `memo` (one per model: given another model's
    /// weights it starts over, see [`PartialSums`]): the same labels, fewer
    /// lookups.
    ///
    /// # Panics
    ///
    /// When the model has more than 512 labels (see [`Weights::add_raw`]).
    pub fn decode_parted(
        &self,
        seq: &PartedSeq,
        memo: &mut PartialSums,
        scratch: &mut DecodeScratch,
    ) -> Vec<u16> {
        self.decode_with(seq.len(), scratch, |i, row, raw| {
            seq.score(i, &self.emissions, memo, raw, row)
        })
    }

    /// Viterbi over `n` positions whose emission scores `emit` writes, row
    /// by row (the last argument an integer buffer for partial sums).
    fn decode_with(
        &self,
        n: usize,
        scratch: &mut DecodeScratch,
        mut emit: impl FnMut(usize, &mut [f32], &mut Vec<i32>),
    ) -> Vec<u16> {
        let l = self.spec.labels;
        let mut emissions = std::mem::take(&mut scratch.emissions);
        emissions.clear();
        emissions.resize(n * l, 0.0);
        for (i, row) in emissions.chunks_exact_mut(l).enumerate() {
            emit(i, row, &mut scratch.raw);
        }
        let out = viterbi(&self.lattice, &emissions, n, &mut scratch.viterbi);
        scratch.emissions = emissions;
        out
    }

    /// Appends the model to a model file.
    pub fn write(&self, w: &mut Writer) {
        w.header(MAGIC, VERSION);
        w.u32(self.spec.labels as u32);
        for &a in self.spec.allowed.iter().chain(&self.spec.final_ok) {
            w.u8(a as u8);
        }
        for &t in &self.transitions {
            w.f32(t);
        }
        self.emissions.write(w);
    }

    /// Reads a model written by [`ChainModel::write`].
    pub fn read(r: &mut Reader) -> Result<Self, CodecError> {
        r.header(MAGIC, VERSION)?;
        let labels = r.u32()? as usize;
        if labels == 0 {
            return Err(CodecError::Invalid("label count"));
        }
        if labels > MAX_DENSE_CLASSES {
            // Decoding sums weights in integers (see `Weights::sums_in_integers`).
            return Err(CodecError::Invalid("too many labels"));
        }
        let square = (labels + 1) * labels;
        let mut flags = Vec::with_capacity(square + labels);
        for _ in 0..square + labels {
            flags.push(r.u8()? != 0);
        }
        let final_ok = flags.split_off(square);
        let transitions: Vec<f32> = (0..square).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let emissions = Weights::read(r)?;
        if emissions.classes() != labels {
            return Err(CodecError::Invalid("emission classes"));
        }
        let spec = ChainSpec {
            labels,
            allowed: flags,
            final_ok,
        };
        Ok(ChainModel {
            lattice: Lattice::new(&spec, &transitions),
            spec,
            emissions,
            transitions,
        })
    }
}

/// Buffers reused across [`ChainModel::decode`] calls.
#[derive(Clone, Debug, Default)]
pub struct DecodeScratch {
    emissions: Vec<f32>,
    raw: Vec<i32>,
    viterbi: ViterbiScratch,
}

/// One training sequence: its features and gold labels.
#[derive(Clone, Debug, Default)]
pub struct TrainSeq {
    /// Features of each position.
    pub features: FeatureSeq,
    /// Gold label of each position.
    pub labels: Vec<u16>,
}

/// Settings of perceptron training.
#[derive(Clone, Copy, Debug)]
pub struct PerceptronConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Averaged emission weights below this (absolute value) are dropped.
    pub prune: f32,
    /// `None`: perceptron updates (step 1); `Some(c)`: passive-aggressive
    /// (PA-I) updates with steps capped at `c`.
    pub aggressiveness: Option<f32>,
}

impl Default for PerceptronConfig {
    fn default() -> Self {
        PerceptronConfig {
            epochs: 10,
            seed: 1,
            prune: 0.0,
            aggressiveness: None,
        }
    }
}

/// Averaged transition weights (the emission weights live in a [`Perceptron`]).
struct Transitions {
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u64>,
}

impl Transitions {
    fn new(size: usize) -> Self {
        Transitions {
            weights: vec![0.0; size],
            totals: vec![0.0; size],
            stamps: vec![0; size],
        }
    }

    fn bump(&mut self, i: usize, delta: f32, now: u64) {
        self.totals[i] += (now - self.stamps[i]) as f64 * self.weights[i] as f64;
        self.stamps[i] = now;
        self.weights[i] += delta;
    }

    fn averaged(&self, now: u64) -> Vec<f32> {
        let now = now.max(1);
        (0..self.weights.len())
            .map(|i| {
                let total = self.totals[i] + (now - self.stamps[i]) as f64 * self.weights[i] as f64;
                (total / now as f64) as f32
            })
            .collect()
    }
}

/// Trains a model on `data` with the structured averaged perceptron. Each
/// epoch is one `progress` step; its summary counts the mislabelled positions
/// of the last epoch.
pub fn train_perceptron(
    spec: &ChainSpec,
    data: &[&TrainSeq],
    config: PerceptronConfig,
    label: &str,
    progress: &mut dyn Progress,
) -> ChainModel {
    let l = spec.labels;
    let mut emissions = Perceptron::new(l);
    let mut transitions = Transitions::new((l + 1) * l);
    let mask: Vec<f32> = spec
        .allowed
        .iter()
        .map(|&a| if a { 0.0 } else { f32::NEG_INFINITY })
        .collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(config.seed);
    let mut now = 0u64;
    let mut scratch = ViterbiScratch::default();
    let mut scores = Vec::new();
    let mut trans = vec![0f32; (l + 1) * l];
    let mut lattice = Lattice::new(spec, &trans);
    let mut errors = 0;
    progress.start(label, config.epochs as u64);
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        errors = 0;
        for &s in &order {
            let seq = data[s];
            let n = seq.labels.len();
            scores.clear();
            scores.resize(n * l, 0f32);
            for (i, row) in scores.chunks_exact_mut(l).enumerate() {
                emissions.score(seq.features.position(i), row);
            }
            for ((t, &w), &m) in trans.iter_mut().zip(&transitions.weights).zip(&mask) {
                *t = w + m;
            }
            lattice.rescore(&trans);
            let predicted = viterbi(&lattice, &scores, n, &mut scratch);
            let prev = |labels: &[u16], i: usize| {
                if i == 0 {
                    0
                } else {
                    labels[i - 1] as usize + 1
                }
            };
            // Step size: 1 for the perceptron; for passive-aggressive (PA-I),
            // the smallest step that separates gold from prediction by the
            // Hamming loss, capped at `aggressiveness`.
            let step = match config.aggressiveness {
                None => 1.0,
                Some(cap) => {
                    let (mut margin, mut loss, mut norm) = (0f32, 0f32, 0f32);
                    for i in 0..n {
                        let (g, p) = (seq.labels[i] as usize, predicted[i] as usize);
                        let (gp, pp) = (prev(&seq.labels, i), prev(&predicted, i));
                        margin += scores[i * l + p] - scores[i * l + g];
                        margin += transitions.weights[pp * l + p] - transitions.weights[gp * l + g];
                        if g != p {
                            loss += 1.0;
                            norm += 2.0 * seq.features.position(i).len() as f32;
                        }
                        if g != p || gp != pp {
                            norm += 2.0;
                        }
                    }
                    if norm == 0.0 {
                        0.0
                    } else {
                        ((margin + loss) / norm).clamp(0.0, cap)
                    }
                }
            };
            for i in 0..n {
                let (g, p) = (seq.labels[i] as usize, predicted[i] as usize);
                let (gp, pp) = (prev(&seq.labels, i), prev(&predicted, i));
                if g != p || gp != pp {
                    transitions.bump(gp * l + g, step, now);
                    transitions.bump(pp * l + p, -step, now);
                }
                if g != p {
                    errors += 1;
                    emissions.update_by(g, p, seq.features.position(i), step);
                }
            }
            emissions.tick();
            now += 1;
        }
        progress.advance(1);
    }
    progress.finish(&format!("{errors} positions wrong in the last epoch"));
    let transitions: Vec<f32> = transitions
        .averaged(now)
        .iter()
        .zip(&mask)
        .map(|(&a, &m)| a + m)
        .collect();
    ChainModel {
        spec: spec.clone(),
        emissions: emissions.finish(config.prune),
        lattice: Lattice::new(spec, &transitions),
        transitions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::hash::str_hash;
    use crate::learn::progress::Silent;

    /// Labels: 0 = O, 1 = B, 2 = I; I may only follow B or I.
    fn spec() -> ChainSpec {
        let mut spec = ChainSpec::free(3);
        spec.allowed[2] = false; // start -> I
        spec.allowed[3 + 2] = false; // O -> I
        spec
    }

    fn seq(words: &[&str]) -> FeatureSeq {
        let mut s = FeatureSeq::default();
        for (i, w) in words.iter().enumerate() {
            s.keys.push(str_hash(w));
            if i > 0 {
                s.keys.push(words[i - 1].len() as u64);
            }
            s.end_position();
        }
        s
    }

    #[test]
    fn a_model_with_too_many_labels_for_integer_sums_is_refused() {
        let labels = 600;
        let spec = ChainSpec::free(labels);
        let transitions = vec![0.0; (labels + 1) * labels];
        let model = ChainModel {
            emissions: Weights::from_rows(labels, vec![(1, vec![(599, 1.0)])]),
            lattice: Lattice::new(&spec, &transitions),
            spec,
            transitions,
        };
        let mut w = Writer::new();
        model.write(&mut w);
        let err = ChainModel::read(&mut Reader::new(&w.into_bytes())).err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some("invalid model file: too many labels".into())
        );
    }

    #[test]
    fn learns_and_respects_constraints() {
        let examples: Vec<(Vec<&str>, Vec<u16>)> = vec![
            (vec!["the", "New", "York", "office"], vec![0, 1, 2, 0]),
            (vec!["New", "York", "won"], vec![1, 2, 0]),
            (vec!["a", "York", "man"], vec![0, 1, 0]),
            (vec!["one", "York", "fan"], vec![0, 1, 0]),
            (vec!["the", "man", "won"], vec![0, 0, 0]),
        ];
        let data: Vec<TrainSeq> = examples
            .iter()
            .map(|(w, l)| TrainSeq {
                features: seq(w),
                labels: l.clone(),
            })
            .collect();
        let refs: Vec<&TrainSeq> = data.iter().collect();
        let model = train_perceptron(
            &spec(),
            &refs,
            PerceptronConfig::default(),
            "test",
            &mut Silent,
        );
        let mut scratch = DecodeScratch::default();
        for (w, l) in &examples {
            assert_eq!(&model.decode(&seq(w), &mut scratch), l);
        }
        // Never I after O or at the start, even for unseen input.
        for words in [vec!["York"], vec!["man", "York", "York"]] {
            let out = model.decode(&seq(&words), &mut scratch);
            for (i, &y) in out.iter().enumerate() {
                if y == 2 {
                    assert!(i > 0 && out[i - 1] != 0);
                }
            }
        }
        // Round trip through bytes.
        let mut w = Writer::new();
        model.write(&mut w);
        let bytes = w.into_bytes();
        let back = ChainModel::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(
            back.decode(&seq(&examples[0].0), &mut scratch),
            examples[0].1
        );
        assert_eq!(back.weights().features(), model.weights().features());
        assert!(ChainModel::read(&mut Reader::new(&bytes[..20])).is_err());
    }
}
