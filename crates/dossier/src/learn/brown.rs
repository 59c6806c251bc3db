//! Brown word clustering (Brown et al. 1992) with the windowed algorithm of
//! Liang (2005): words enter in frequency order into a window of `C` clusters;
//! each entry is followed by the merge that loses the least average mutual
//! information between adjacent clusters; the last `C` clusters are then merged
//! down to one, which gives every cluster a bit-string path in a binary tree.
//! Words sharing a long path prefix occur in similar contexts, which makes the
//! prefixes good features for taggers.
//!
//! Marginals use unigram counts (the usual approximation), bigrams do not cross
//! sentence boundaries, and everything is deterministic: words enter by count,
//! then by spelling, and ties between merges go to the lowest slot pair.

use std::collections::HashMap;

use super::progress::Progress;

/// Settings of a clustering run.
#[derive(Clone, Copy, Debug)]
pub struct BrownConfig {
    /// Number of clusters (the window size `C`).
    pub clusters: usize,
    /// Words seen fewer times are left out.
    pub min_count: u32,
}

impl Default for BrownConfig {
    fn default() -> Self {
        BrownConfig {
            clusters: 256,
            min_count: 3,
        }
    }
}

/// The result: each clustered word's cluster, and each cluster's path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrownClusters {
    /// Cluster paths; `paths[c]` is a bit string such as `"0110"`.
    pub paths: Vec<String>,
    /// Each clustered word and the index of its cluster in `paths`.
    pub words: HashMap<String, u32>,
}

impl BrownClusters {
    /// The path of `word`'s cluster, if the word was clustered.
    pub fn path(&self, word: &str) -> Option<&str> {
        self.words
            .get(word)
            .map(|&c| self.paths[c as usize].as_str())
    }

    /// One `PATH<TAB>WORD` line per word, sorted by path then word (the layout
    /// of Liang's `wcluster` output without the counts).
    pub fn to_text(&self) -> String {
        let mut lines: Vec<(&str, &str)> = self
            .words
            .iter()
            .map(|(w, &c)| (self.paths[c as usize].as_str(), w.as_str()))
            .collect();
        lines.sort_unstable();
        let mut out = String::new();
        for (path, word) in lines {
            out.push_str(path);
            out.push('\t');
            out.push_str(word);
            out.push('\n');
        }
        out
    }

    /// Reads the text of [`BrownClusters::to_text`] (extra columns are ignored).
    pub fn from_text(text: &str) -> Result<Self, String> {
        let mut out = BrownClusters::default();
        let mut index: HashMap<String, u32> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let mut cols = line.split('\t');
            let (Some(path), Some(word)) = (cols.next(), cols.next()) else {
                return Err(format!("line {}: expected PATH<TAB>WORD", n + 1));
            };
            if path.is_empty() || !path.bytes().all(|b| b == b'0' || b == b'1') {
                return Err(format!("line {}: bad path {path:?}", n + 1));
            }
            let next = index.len() as u32;
            let c = *index.entry(path.to_string()).or_insert_with(|| {
                out.paths.push(path.to_string());
                next
            });
            out.words.insert(word.to_string(), c);
        }
        Ok(out)
    }
}

/// Clusters the words of `sentences`, reporting each word placed to `progress`.
pub fn cluster<S: AsRef<str>>(
    sentences: &[Vec<S>],
    config: BrownConfig,
    progress: &mut dyn Progress,
) -> BrownClusters {
    let (vocab, counts, bigrams) = count(sentences, config.min_count);
    if vocab.is_empty() {
        return BrownClusters::default();
    }
    let c = config.clusters.max(1).min(vocab.len());
    let mut state = Window::new(c, &counts, &bigrams);
    let total = vocab.len();
    progress.start("brown clusters", total as u64);
    // Phase 1: the C most frequent words, then one word in and one merge at a time.
    for w in 0..c {
        state.add_word(w as u32);
    }
    state.init_losses();
    progress.advance(c as u64);
    for w in c..total {
        state.add_word(w as u32);
        state.merge_best();
        progress.advance(1);
    }
    // The words of each remaining cluster share its path; record membership now.
    let mut slot_of_word = vec![0u32; total];
    for (w, slot) in state.slot_of_word.iter().enumerate() {
        slot_of_word[w] = slot.expect("every word placed");
    }
    // Phase 2: merge the C clusters down to one, building the tree.
    let mut tree: Vec<[usize; 2]> = Vec::new(); // internal nodes: children as node ids
    let mut node_of_slot: Vec<usize> = (0..state.slots.len()).collect(); // leaves 0..slots
    let leaves = state.slots.len();
    while state.active().count() > 1 {
        let (a, b) = state.merge_best();
        tree.push([node_of_slot[a], node_of_slot[b]]);
        node_of_slot[a] = leaves + tree.len() - 1;
    }
    progress.finish(&format!("{total} words in {c} clusters"));
    // Paths: walk from the root; left child 0, right child 1.
    let mut leaf_paths = vec![String::new(); leaves];
    if let Some(root) = tree.len().checked_sub(1) {
        let mut stack = vec![(leaves + root, String::new())];
        while let Some((node, path)) = stack.pop() {
            if node < leaves {
                leaf_paths[node] = path;
            } else {
                let [l, r] = tree[node - leaves];
                stack.push((l, format!("{path}0")));
                stack.push((r, format!("{path}1")));
            }
        }
    } else {
        leaf_paths[0] = "0".into();
    }
    // Number clusters densely in order of their paths.
    let mut used: Vec<usize> = slot_of_word.iter().map(|&s| s as usize).collect();
    used.sort_unstable();
    used.dedup();
    used.sort_by(|&x, &y| leaf_paths[x].cmp(&leaf_paths[y]));
    let mut index = vec![u32::MAX; leaves];
    for (i, &slot) in used.iter().enumerate() {
        index[slot] = i as u32;
    }
    BrownClusters {
        paths: used.iter().map(|&s| leaf_paths[s].clone()).collect(),
        words: vocab
            .into_iter()
            .enumerate()
            .map(|(w, word)| (word, index[slot_of_word[w] as usize]))
            .collect(),
    }
}

/// Vocabulary sorted by count (then spelling), counts, and each word's bigram
/// neighbours as `(left word, right word) -> count`.
type Counts = (Vec<String>, Vec<f64>, HashMap<(u32, u32), f64>);

fn count<S: AsRef<str>>(sentences: &[Vec<S>], min_count: u32) -> Counts {
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *freq.entry(w.as_ref()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = freq.into_iter().filter(|&(_, n)| n >= min_count).collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i as u32))
        .collect();
    let mut bigrams: HashMap<(u32, u32), f64> = HashMap::new();
    for s in sentences {
        for pair in s.windows(2) {
            if let (Some(&a), Some(&b)) = (id.get(pair[0].as_ref()), id.get(pair[1].as_ref())) {
                *bigrams.entry((a, b)).or_default() += 1.0;
            }
        }
    }
    let counts = vocab.iter().map(|&(_, n)| n as f64).collect();
    (
        vocab.into_iter().map(|(w, _)| w.to_string()).collect(),
        counts,
        bigrams,
    )
}

/// The window of active clusters with their bigram counts, the mutual
/// information terms `q` and the merge losses `loss`.
struct Window {
    /// Number of slots (`C + 1`).
    n: usize,
    /// Count of each slot's cluster (0 for a free slot).
    slots: Vec<f64>,
    /// Slot that each placed word belongs to.
    slot_of_word: Vec<Option<u32>>,
    /// Words in each slot.
    members: Vec<Vec<u32>>,
    /// Bigram counts between slots, `n * n`.
    p2: Vec<f64>,
    /// MI terms between slots, `n * n`.
    q: Vec<f64>,
    /// Merge losses for `s < t`, `n * n` (upper triangle used).
    loss: Vec<f64>,
    /// Total bigram count (normaliser).
    total: f64,
    /// Word counts.
    counts: Vec<f64>,
    /// Each word's bigrams: (other word, count, word is on the left).
    neighbours: Vec<Vec<(u32, f64, bool)>>,
    /// Whether losses are being maintained (after the first C words).
    tracking: bool,
}

impl Window {
    fn new(c: usize, counts: &[f64], bigrams: &HashMap<(u32, u32), f64>) -> Self {
        let n = c + 1;
        let mut neighbours = vec![Vec::new(); counts.len()];
        let mut pairs: Vec<(&(u32, u32), &f64)> = bigrams.iter().collect();
        pairs.sort_by_key(|(k, _)| **k);
        for (&(a, b), &k) in pairs {
            neighbours[a as usize].push((b, k, true));
            if a != b {
                neighbours[b as usize].push((a, k, false));
            }
        }
        let total = bigrams.values().sum::<f64>().max(1.0);
        Window {
            n,
            slots: vec![0.0; n],
            slot_of_word: vec![None; counts.len()],
            members: vec![Vec::new(); n],
            p2: vec![0.0; n * n],
            q: vec![0.0; n * n],
            loss: vec![0.0; n * n],
            total,
            counts: counts.to_vec(),
            neighbours,
            tracking: false,
        }
    }

    fn active(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.n).filter(|&s| self.slots[s] > 0.0)
    }

    /// The MI term of a bigram count `pab` between clusters of counts `pa`, `pb`.
    fn hq(&self, pab: f64, pa: f64, pb: f64) -> f64 {
        if pab <= 0.0 {
            0.0
        } else {
            // Marginals are unigram probabilities over the bigram total.
            (pab / self.total) * (pab * self.total / (pa * pb)).ln()
        }
    }

    fn set_q(&mut self, s: usize, t: usize) {
        let v = self.hq(self.p2[s * self.n + t], self.slots[s], self.slots[t]);
        self.q[s * self.n + t] = v;
    }

    /// Puts word `w` into a free slot.
    fn add_word(&mut self, w: u32) {
        let k = (0..self.n)
            .find(|&s| self.slots[s] == 0.0)
            .expect("a free slot");
        let n = self.n;
        self.slots[k] = self.counts[w as usize];
        self.slot_of_word[w as usize] = Some(k as u32);
        self.members[k].push(w);
        for &(other, count, left) in &self.neighbours[w as usize] {
            if let Some(s) = self.slot_of_word[other as usize] {
                let s = s as usize;
                if left {
                    self.p2[k * n + s] += count;
                } else {
                    self.p2[s * n + k] += count;
                }
            }
        }
        let active: Vec<usize> = self.active().collect();
        for &s in &active {
            self.set_q(k, s);
            self.set_q(s, k);
        }
        if self.tracking {
            // The new cluster is a third party to every existing pair.
            for (i, &s) in active.iter().enumerate() {
                for &t in &active[i + 1..] {
                    if s != k && t != k {
                        self.loss[s * n + t] += self.third_party(s, t, k);
                    }
                }
            }
            for &s in &active {
                if s != k {
                    let v = self.loss_from_scratch(s.min(k), s.max(k));
                    self.loss[s.min(k) * n + s.max(k)] = v;
                }
            }
        }
    }

    /// Starts maintaining the losses of every pair.
    fn init_losses(&mut self) {
        let active: Vec<usize> = self.active().collect();
        for (i, &s) in active.iter().enumerate() {
            for &t in &active[i + 1..] {
                self.loss[s * self.n + t] = self.loss_from_scratch(s, t);
            }
        }
        self.tracking = true;
    }

    /// What cluster `x` contributes to the loss of merging `s` and `t`: its
    /// terms with `s` and `t` before, minus its terms with the merged cluster.
    fn third_party(&self, s: usize, t: usize, x: usize) -> f64 {
        let n = self.n;
        let before = self.q[s * n + x] + self.q[x * n + s] + self.q[t * n + x] + self.q[x * n + t];
        let st = self.slots[s] + self.slots[t];
        let out = self.p2[s * n + x] + self.p2[t * n + x];
        let inn = self.p2[x * n + s] + self.p2[x * n + t];
        let after = self.hq(out, st, self.slots[x]) + self.hq(inn, self.slots[x], st);
        before - after
    }

    /// The MI lost by merging `s` and `t`, computed over all clusters.
    fn loss_from_scratch(&self, s: usize, t: usize) -> f64 {
        let n = self.n;
        let mut loss = 0.0;
        for x in self.active() {
            if x != s && x != t {
                loss += self.third_party(s, t, x);
            }
        }
        let inner =
            self.p2[s * n + s] + self.p2[s * n + t] + self.p2[t * n + s] + self.p2[t * n + t];
        let st = self.slots[s] + self.slots[t];
        loss + self.q[s * n + s] + self.q[s * n + t] + self.q[t * n + s] + self.q[t * n + t]
            - self.hq(inner, st, st)
    }

    /// Merges the pair with the smallest loss; returns (kept slot, freed slot).
    fn merge_best(&mut self) -> (usize, usize) {
        let n = self.n;
        let active: Vec<usize> = self.active().collect();
        let mut best = (f64::INFINITY, 0, 0);
        for (i, &s) in active.iter().enumerate() {
            for &t in &active[i + 1..] {
                let l = self.loss[s * n + t];
                if l < best.0 {
                    best = (l, s, t);
                }
            }
        }
        let (_, a, b) = best;
        // Take a and b out as third parties of the other pairs.
        let others: Vec<usize> = active
            .iter()
            .copied()
            .filter(|&x| x != a && x != b)
            .collect();
        for (i, &s) in others.iter().enumerate() {
            for &t in &others[i + 1..] {
                let v = self.third_party(s, t, a) + self.third_party(s, t, b);
                self.loss[s * n + t] -= v;
            }
        }
        // Fold b into a.
        for x in 0..n {
            if x != a && x != b {
                self.p2[a * n + x] += self.p2[b * n + x];
                self.p2[x * n + a] += self.p2[x * n + b];
            }
        }
        self.p2[a * n + a] += self.p2[a * n + b] + self.p2[b * n + a] + self.p2[b * n + b];
        self.slots[a] += self.slots[b];
        self.slots[b] = 0.0;
        for x in 0..n {
            self.p2[b * n + x] = 0.0;
            self.p2[x * n + b] = 0.0;
            self.q[b * n + x] = 0.0;
            self.q[x * n + b] = 0.0;
        }
        let moved = std::mem::take(&mut self.members[b]);
        for &w in &moved {
            self.slot_of_word[w as usize] = Some(a as u32);
        }
        self.members[a].extend(moved);
        for &x in &others {
            self.set_q(a, x);
            self.set_q(x, a);
        }
        self.set_q(a, a);
        // Put the merged cluster back in as a third party, and price its own pairs.
        for (i, &s) in others.iter().enumerate() {
            for &t in &others[i + 1..] {
                self.loss[s * n + t] += self.third_party(s, t, a);
            }
        }
        for &x in &others {
            let (s, t) = (x.min(a), x.max(a));
            self.loss[s * n + t] = self.loss_from_scratch(s, t);
        }
        (a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<Vec<&'static str>> {
        let mut out = Vec::new();
        for (who, verb, place) in [
            ("Smith", "visited", "Paris"),
            ("Jones", "visited", "London"),
            ("Brown", "left", "Rome"),
            ("Smith", "left", "London"),
            ("Jones", "visited", "Rome"),
            ("Brown", "visited", "Paris"),
        ] {
            out.push(vec!["Mr", who, verb, "the", "city", "of", place, "."]);
            out.push(vec!["Mrs", who, verb, "a", "town", "near", place, "."]);
        }
        out
    }

    #[test]
    fn incremental_losses_match_recomputed_ones() {
        let sentences = corpus();
        let (_, counts, bigrams) = count(&sentences, 1);
        let mut w = Window::new(5, &counts, &bigrams);
        for i in 0..5 {
            w.add_word(i);
        }
        w.init_losses();
        for i in 5..counts.len() as u32 {
            w.add_word(i);
            w.merge_best();
            let active: Vec<usize> = w.active().collect();
            for (k, &s) in active.iter().enumerate() {
                for &t in &active[k + 1..] {
                    let fresh = w.loss_from_scratch(s, t);
                    assert!((w.loss[s * w.n + t] - fresh).abs() < 1e-9, "pair {s},{t}");
                }
            }
        }
    }

    #[test]
    fn similar_words_share_clusters() {
        let sentences = corpus();
        let clusters = cluster(
            &sentences,
            BrownConfig {
                clusters: 6,
                min_count: 1,
            },
            &mut crate::learn::progress::Silent,
        );
        let same = |a: &str, b: &str| clusters.words[a] == clusters.words[b];
        assert!(same("Paris", "Rome") && same("Rome", "London"));
        assert!(same("Smith", "Jones"));
        assert!(!same("Paris", "Smith"));
        // Paths are distinct bit strings, one per cluster.
        let mut paths = clusters.paths.clone();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), clusters.paths.len());
        assert!(clusters
            .path("Paris")
            .unwrap()
            .chars()
            .all(|c| c == '0' || c == '1'));
        let back = BrownClusters::from_text(&clusters.to_text()).unwrap();
        assert_eq!(back.path("Paris"), clusters.path("Paris"));
        assert_eq!(back.words.len(), clusters.words.len());
        assert!(BrownClusters::from_text("01x\tword").is_err());
    }
}
