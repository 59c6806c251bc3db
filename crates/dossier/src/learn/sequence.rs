//! Linear-chain sequence labelling: a first-order model over hashed features,
//! decoded with Viterbi under hard transition constraints (such as BILOU's), and
//! trained as a structured averaged perceptron (Collins 2002).
//!
//! Features are 64-bit keys chosen by the caller (hashes of templates and
//! values). Training maps them to dense rows; the trained model keeps only rows
//! with a weight of some size, quantised to `i16`, in an open-addressing table.

use std::collections::HashMap;

use super::binary::{Reader, Writer};

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
#[derive(Clone, Debug, PartialEq)]
pub struct ChainModel {
    spec: ChainSpec,
    table: KeyTable,
    /// `rows * labels` quantised weights.
    weights: Vec<i16>,
    /// Weight of one quantum.
    scale: f32,
    /// `(labels + 1) * labels` transition scores (row 0: start); disallowed ones are -inf.
    transitions: Vec<f32>,
}

impl ChainModel {
    /// The label set.
    pub fn spec(&self) -> &ChainSpec {
        &self.spec
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.weights.len() / self.spec.labels.max(1)
    }

    /// Label scores of one position, added into `out` (`labels` long).
    pub fn score_position(&self, keys: &[u64], acc: &mut [i32], out: &mut [f32]) {
        let l = self.spec.labels;
        acc[..l].iter_mut().for_each(|a| *a = 0);
        for &k in keys {
            if let Some(row) = self.table.get(k) {
                let w = &self.weights[row as usize * l..row as usize * l + l];
                for (a, &x) in acc[..l].iter_mut().zip(w) {
                    *a += x as i32;
                }
            }
        }
        for (o, &a) in out[..l].iter_mut().zip(&acc[..l]) {
            *o += a as f32 * self.scale;
        }
    }

    /// The best label sequence for `seq` under the model.
    pub fn decode(&self, seq: &FeatureSeq, scratch: &mut DecodeScratch) -> Vec<u16> {
        let l = self.spec.labels;
        let n = seq.len();
        scratch.emissions.clear();
        scratch.emissions.resize(n * l, 0.0);
        scratch.acc.resize(l, 0);
        for i in 0..n {
            let out = &mut scratch.emissions[i * l..(i + 1) * l];
            self.score_position(seq.position(i), &mut scratch.acc, out);
        }
        let emissions = std::mem::take(&mut scratch.emissions);
        let out = viterbi(&self.spec, &self.transitions, &emissions, n, scratch);
        scratch.emissions = emissions;
        out
    }

    /// Writes the model.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.spec.labels as u32);
        w.bools(&self.spec.allowed);
        w.bools(&self.spec.final_ok);
        w.f32(self.scale);
        w.f32s(&self.transitions);
        let (keys, rows) = self.table.entries();
        // Keys in row order, so the weights need no row index.
        let mut by_row = vec![0u64; rows.len()];
        for (k, r) in keys.iter().zip(&rows) {
            by_row[*r as usize] = *k;
        }
        w.u64s(&by_row);
        w.i16s(&self.weights);
    }

    /// Reads a model written by [`ChainModel::write`].
    pub fn read(r: &mut Reader) -> Result<Self, String> {
        let labels = r.u32()? as usize;
        let allowed = r.bools()?;
        let final_ok = r.bools()?;
        let scale = r.f32()?;
        let transitions = r.f32s()?;
        let keys = r.u64s()?;
        let weights = r.i16s()?;
        if allowed.len() != (labels + 1) * labels
            || final_ok.len() != labels
            || transitions.len() != (labels + 1) * labels
            || weights.len() != keys.len() * labels
        {
            return Err("inconsistent sequence model".into());
        }
        Ok(ChainModel {
            spec: ChainSpec {
                labels,
                allowed,
                final_ok,
            },
            table: KeyTable::build(&keys),
            weights,
            scale,
            transitions,
        })
    }
}

/// Buffers reused across [`ChainModel::decode`] calls.
#[derive(Clone, Debug, Default)]
pub struct DecodeScratch {
    emissions: Vec<f32>,
    acc: Vec<i32>,
    best: Vec<f32>,
    back: Vec<u16>,
}

/// Viterbi over `n` positions with emission scores `emissions` (`n * labels`).
fn viterbi(
    spec: &ChainSpec,
    transitions: &[f32],
    emissions: &[f32],
    n: usize,
    scratch: &mut DecodeScratch,
) -> Vec<u16> {
    let l = spec.labels;
    if n == 0 {
        return Vec::new();
    }
    scratch.best.clear();
    scratch.best.resize(n * l, f32::NEG_INFINITY);
    scratch.back.clear();
    scratch.back.resize(n * l, 0);
    for y in 0..l {
        scratch.best[y] = transitions[y] + emissions[y];
    }
    for i in 1..n {
        let (done, rest) = scratch.best.split_at_mut(i * l);
        let prev = &done[(i - 1) * l..];
        let cur = &mut rest[..l];
        for y in 0..l {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u16;
            for (p, &score) in prev.iter().enumerate() {
                let s = score + transitions[(p + 1) * l + y];
                if s > best {
                    best = s;
                    arg = p as u16;
                }
            }
            cur[y] = best + emissions[i * l + y];
            scratch.back[i * l + y] = arg;
        }
    }
    let last = &scratch.best[(n - 1) * l..];
    let mut y = (0..l)
        .filter(|&y| spec.final_ok[y])
        .fold(None, |acc: Option<usize>, y| match acc {
            Some(b) if last[b] >= last[y] => Some(b),
            _ => Some(y),
        })
        .unwrap_or(0);
    let mut out = vec![0u16; n];
    for i in (0..n).rev() {
        out[i] = y as u16;
        y = scratch.back[i * l + y] as usize;
    }
    out
}

/// Open-addressing table from feature key to row.
#[derive(Clone, Debug, PartialEq)]
struct KeyTable {
    keys: Vec<u64>,
    rows: Vec<u32>,
    shift: u32,
}

impl KeyTable {
    /// A table holding `keys[i] -> i`.
    fn build(keys: &[u64]) -> Self {
        let capacity = (keys.len() * 2).next_power_of_two().max(16);
        let mut table = KeyTable {
            keys: vec![0; capacity],
            rows: vec![0; capacity],
            shift: 64 - capacity.trailing_zeros(),
        };
        for (i, &k) in keys.iter().enumerate() {
            let mut slot = table.slot(k);
            while table.keys[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            table.keys[slot] = k;
            table.rows[slot] = i as u32;
        }
        table
    }

    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.keys.len() - 1;
        let mut slot = self.slot(key);
        loop {
            let k = self.keys[slot];
            if k == key {
                return Some(self.rows[slot]);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    fn entries(&self) -> (Vec<u64>, Vec<u32>) {
        self.keys
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .map(|(k, r)| (*k, *r))
            .unzip()
    }
}

/// One training sequence: dense feature ids per position, and gold labels.
#[derive(Clone, Debug, Default)]
pub struct TrainSeq {
    /// Feature ids of all positions, flat.
    pub features: Vec<u32>,
    /// End (exclusive) of each position's ids.
    pub ends: Vec<u32>,
    /// Gold label of each position.
    pub labels: Vec<u16>,
}

/// Feature keys mapped to dense ids, with how often each was seen.
#[derive(Clone, Debug, Default)]
pub struct FeatureIndex {
    ids: HashMap<u64, u32>,
    keys: Vec<u64>,
    counts: Vec<u32>,
}

impl FeatureIndex {
    /// The id of `key`, adding it if new.
    pub fn add(&mut self, key: u64) -> u32 {
        let next = self.keys.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.keys.push(key);
            self.counts.push(0);
        }
        self.counts[id as usize] += 1;
        id
    }

    /// The id of `key`, if known.
    pub fn get(&self, key: u64) -> Option<u32> {
        self.ids.get(&key).copied()
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Converts `seq` to ids, adding new keys; `labels` are the gold labels.
    pub fn add_seq(&mut self, seq: &FeatureSeq, labels: &[u16]) -> TrainSeq {
        TrainSeq {
            features: seq.keys.iter().map(|&k| self.add(k)).collect(),
            ends: seq.ends.clone(),
            labels: labels.to_vec(),
        }
    }
}

/// Settings of perceptron training.
#[derive(Clone, Copy, Debug)]
pub struct PerceptronConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Features seen fewer times are not used.
    pub min_count: u32,
    /// Averaged weights below this (in absolute value, for every label) are dropped.
    pub prune_below: f32,
}

impl Default for PerceptronConfig {
    fn default() -> Self {
        PerceptronConfig {
            epochs: 10,
            seed: 1,
            min_count: 1,
            prune_below: 1e-3,
        }
    }
}

/// Trains a model on `data` with the structured averaged perceptron; `progress`
/// is called after each epoch with (epoch, errors: positions predicted wrong).
pub fn train_perceptron(
    spec: &ChainSpec,
    index: &FeatureIndex,
    data: &[&TrainSeq],
    config: PerceptronConfig,
    progress: &mut dyn FnMut(usize, usize),
) -> ChainModel {
    let l = spec.labels;
    let nf = index.len();
    let active: Vec<bool> = index
        .counts
        .iter()
        .map(|&c| c >= config.min_count)
        .collect();
    let mut w = vec![0f32; nf * l];
    let mut u = vec![0f64; nf * l]; // sum of (time * update) for averaging
    let mut t = vec![0f32; (l + 1) * l];
    let mut tu = vec![0f64; (l + 1) * l];
    let mask: Vec<f32> = spec
        .allowed
        .iter()
        .map(|&a| if a { 0.0 } else { f32::NEG_INFINITY })
        .collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = config.seed.max(1);
    let mut clock = 1f64;
    let mut scratch = DecodeScratch::default();
    let mut emissions = Vec::new();
    let mut trans = vec![0f32; (l + 1) * l];
    for epoch in 0..config.epochs {
        shuffle(&mut order, &mut rng);
        let mut errors = 0;
        for &s in &order {
            let seq = &data[s];
            let n = seq.labels.len();
            emissions.clear();
            emissions.resize(n * l, 0f32);
            for i in 0..n {
                let start = if i == 0 { 0 } else { seq.ends[i - 1] as usize };
                for &f in &seq.features[start..seq.ends[i] as usize] {
                    if active[f as usize] {
                        let row = &w[f as usize * l..f as usize * l + l];
                        for (e, &x) in emissions[i * l..(i + 1) * l].iter_mut().zip(row) {
                            *e += x;
                        }
                    }
                }
            }
            for (x, (&a, &m)) in trans.iter_mut().zip(t.iter().zip(&mask)) {
                *x = a + m;
            }
            let predicted = viterbi(spec, &trans, &emissions, n, &mut scratch);
            if predicted != seq.labels {
                let update = |weights: &mut [f32], sums: &mut [f64], i: usize, d: f32| {
                    weights[i] += d;
                    sums[i] += clock * d as f64;
                };
                for i in 0..n {
                    let (g, p) = (seq.labels[i] as usize, predicted[i] as usize);
                    let gp = if i == 0 {
                        0
                    } else {
                        seq.labels[i - 1] as usize + 1
                    };
                    let pp = if i == 0 {
                        0
                    } else {
                        predicted[i - 1] as usize + 1
                    };
                    if g != p || gp != pp {
                        update(&mut t, &mut tu, gp * l + g, 1.0);
                        update(&mut t, &mut tu, pp * l + p, -1.0);
                    }
                    if g != p {
                        errors += 1;
                        let start = if i == 0 { 0 } else { seq.ends[i - 1] as usize };
                        for &f in &seq.features[start..seq.ends[i] as usize] {
                            if active[f as usize] {
                                update(&mut w, &mut u, f as usize * l + g, 1.0);
                                update(&mut w, &mut u, f as usize * l + p, -1.0);
                            }
                        }
                    }
                }
            }
            clock += 1.0;
        }
        progress(epoch + 1, errors);
    }
    // Averaged weights: w - u / clock.
    let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
        w.iter()
            .zip(u)
            .map(|(&w, &u)| (w as f64 - u / clock) as f32)
            .collect()
    };
    let w = avg(&w, &u);
    let t = avg(&t, &tu);
    let transitions = t
        .iter()
        .zip(&mask)
        .map(|(&a, &m)| a + m)
        .collect::<Vec<f32>>();
    ChainModel::from_weights(
        spec.clone(),
        &index.keys,
        &w,
        transitions,
        config.prune_below,
    )
}

impl ChainModel {
    /// Builds a model from dense float weights (`keys.len() * labels`), dropping
    /// features whose weights are all below `prune_below` and quantising the rest.
    pub fn from_weights(
        spec: ChainSpec,
        keys: &[u64],
        weights: &[f32],
        transitions: Vec<f32>,
        prune_below: f32,
    ) -> Self {
        let l = spec.labels;
        let max = weights.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let mut kept_keys = Vec::new();
        let mut kept = Vec::new();
        for (f, &key) in keys.iter().enumerate() {
            let row = &weights[f * l..(f + 1) * l];
            let q: Vec<i16> = row.iter().map(|&x| (x / scale).round() as i16).collect();
            if key != 0 && row.iter().any(|x| x.abs() >= prune_below) && q.iter().any(|&x| x != 0) {
                kept_keys.push(key);
                kept.extend(q);
            }
        }
        ChainModel {
            spec,
            table: KeyTable::build(&kept_keys),
            weights: kept,
            scale,
            transitions,
        }
    }
}

/// Fisher-Yates with xorshift64*.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        order.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let h = w
                .bytes()
                .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
            s.keys.push(h | 1);
            if i > 0 {
                let p = words[i - 1].len() as u64;
                s.keys.push((p << 32) | 3);
            }
            s.end_position();
        }
        s
    }

    #[test]
    fn learns_and_respects_constraints() {
        let examples: Vec<(Vec<&str>, Vec<u16>)> = vec![
            (vec!["the", "New", "York", "office"], vec![0, 1, 2, 0]),
            (vec!["New", "York", "won"], vec![1, 2, 0]),
            (vec!["a", "York", "man"], vec![0, 1, 0]),
            (vec!["the", "man", "won"], vec![0, 0, 0]),
        ];
        let mut index = FeatureIndex::default();
        let data: Vec<TrainSeq> = examples
            .iter()
            .map(|(w, l)| index.add_seq(&seq(w), l))
            .collect();
        let refs: Vec<&TrainSeq> = data.iter().collect();
        let model = train_perceptron(
            &spec(),
            &index,
            &refs,
            PerceptronConfig::default(),
            &mut |_, _| {},
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
        let mut w = Writer::default();
        model.write(&mut w);
        let bytes = w.into_bytes();
        let back = ChainModel::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(
            back.decode(&seq(&examples[0].0), &mut scratch),
            examples[0].1
        );
        assert_eq!(back.features(), model.features());
    }

    #[test]
    fn key_table_finds_what_it_holds() {
        let keys: Vec<u64> = (1..1000u64).map(|k| k * 0x1234_5678_9abc).collect();
        let table = KeyTable::build(&keys);
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(table.get(k), Some(i as u32));
        }
        assert_eq!(table.get(42), None);
    }
}
