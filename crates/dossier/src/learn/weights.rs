//! Frozen model weights: an open-addressing table from feature key to a row of
//! (class, weight) entries, with 16-bit quantised weights, fast scoring, and
//! (de)serialisation.

use std::sync::atomic::{AtomicU64, Ordering};

use super::codec::{CodecError, Reader, Writer};
use super::hash::finish;

const MAGIC: &[u8; 4] = b"DSWT";
const VERSION: u32 = 1;

/// One non-zero weight: a class and its quantised value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
struct Entry {
    class: u16,
    value: i16,
}

/// Sparse multiclass weights for prediction. Scores are sums of the weights
/// of the features present; a feature never seen in training scores nothing.
///
/// Weights are stored as `i16` multiples of one scale (the largest absolute
/// weight / 32767), which keeps models small at no measurable cost in accuracy.
#[derive(Clone)]
pub struct Weights {
    /// Tells this table apart from every other one built in the process
    /// (copies share it), for memos of its sums ([`super::PartialSums`]).
    id: u64,
    classes: usize,
    scale: f32,
    mask: usize,
    /// The open-addressing table (linear probing, load at most 3/4), 8 bytes
    /// a slot so that most of it stays in the processor's caches.
    slots: Vec<Slot>,
    /// The full key of each slot (0 for empty ones), read only to save or
    /// prune the model, never while scoring.
    keys: Vec<u64>,
    /// Sparse rows, each a length entry (its `class` the count) followed by
    /// that many (class, weight) entries.
    entries: Vec<Entry>,
    /// Rows that have a weight for at least an eighth of the classes, stored
    /// densely (`classes` values each) so that adding them vectorises: with
    /// AVX2, eight classes cost about what one sparse entry does.
    dense: Vec<i16>,
}

/// Marks a slot whose row is dense (in [`Weights::dense`]).
const DENSE: u32 = 1 << 31;
/// A row is dense when it has weights for at least `1 / DENSE_SHARE` of the
/// classes. An eighth rather than a quarter made the tagger, parser and
/// recogniser faster in `dossier bench` (syntax about 2-10% by the median and
/// the minimum of alternating runs) for 1.8 MB more of the shipped models' rows
/// (13.5 -> 15.3 MB; a 13-entry parser row takes 208 bytes instead of 56).
const DENSE_SHARE: usize = 8;
/// The most classes for which rows may be dense (and scores add in integers,
/// see [`Weights::sums_in_integers`]).
pub const MAX_DENSE_CLASSES: usize = 512;

/// One slot of the table: a 32-bit fingerprint of a feature key and where
/// its row is. The home slot comes from the low bits of the mixed key and the
/// fingerprint from its high 32 bits, so an unseen feature is mistaken for a
/// stored one about once in 4 billion lookups, which a perceptron's sum of
/// dozens of features does not notice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
struct Slot {
    /// The fingerprint; `0` marks an empty slot (a real 0 is stored as 1).
    print: u32,
    /// Start of the row in [`Weights::entries`], or with [`DENSE`] set, in
    /// [`Weights::dense`].
    row: u32,
}

/// The weights of one feature, as stored.
enum Row<'a> {
    /// A weight for every class.
    Dense(&'a [i16]),
    /// (class, weight) pairs.
    Sparse(&'a [Entry]),
}

/// Adds a row's weights to the integer sums `raw` (one slot per class).
/// `mask` is ANDed into sparse class indices: `N - 1` for a power-of-two
/// buffer of `N`, which proves the index in bounds, else `usize::MAX`.
#[inline(always)]
fn add_row(row: Row<'_>, raw: &mut [i32], mask: usize) {
    match row {
        Row::Dense(values) => {
            for (r, &v) in raw.iter_mut().zip(values) {
                *r += v as i32;
            }
        }
        Row::Sparse(entries) => {
            for e in entries {
                raw[e.class as usize & mask] += e.value as i32;
            }
        }
    }
}

impl std::fmt::Debug for Weights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Weights")
            .field("classes", &self.classes)
            .field("features", &self.features())
            .field("weights", &self.weights())
            .finish()
    }
}

#[inline]
fn nonzero(key: u64) -> u64 {
    key.max(1)
}

/// The fingerprint of a mixed key (never 0).
#[inline]
fn print_of(mixed: u64) -> u32 {
    ((mixed >> 32) as u32).max(1)
}

/// Asks the processor to start loading the cache line of `item`.
#[inline(always)]
fn prefetch<T>(item: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint and never faults; `item` is a valid reference.
    #[allow(unused_unsafe)]
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((item as *const T).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = item;
}

impl Weights {
    /// Builds the table from rows of (feature key, [(class, weight)]).
    pub fn from_rows(classes: usize, rows: Vec<(u64, Vec<(u32, f32)>)>) -> Self {
        let max = rows
            .iter()
            .flat_map(|(_, cells)| cells.iter().map(|&(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let quantised = rows
            .into_iter()
            .map(|(key, cells)| {
                let entries: Vec<Entry> = cells
                    .into_iter()
                    .map(|(c, w)| Entry {
                        class: c as u16,
                        value: (w / scale).round() as i16,
                    })
                    .filter(|e| e.value != 0)
                    .collect();
                (key, entries)
            })
            .filter(|(_, e)| !e.is_empty())
            .collect();
        Self::build(classes, scale, quantised)
    }

    fn build(classes: usize, scale: f32, rows: Vec<(u64, Vec<Entry>)>) -> Self {
        let capacity = (rows.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        let mut keys = vec![0u64; capacity];
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        for (key, row) in rows {
            let key = nonzero(key);
            let mixed = finish(key);
            let mut slot = mixed as usize & mask;
            while slots[slot].print != 0 {
                slot = (slot + 1) & mask;
            }
            let start = if classes <= MAX_DENSE_CLASSES && row.len() * DENSE_SHARE >= classes {
                let start = dense.len();
                dense.resize(start + classes, 0i16);
                for e in &row {
                    dense[start + e.class as usize] = e.value;
                }
                start as u32 | DENSE
            } else {
                let start = entries.len() as u32;
                entries.push(Entry {
                    class: row.len() as u16,
                    value: 0,
                });
                entries.extend(row);
                start
            };
            slots[slot] = Slot {
                print: print_of(mixed),
                row: start,
            };
            keys[slot] = key;
        }
        static BUILT: AtomicU64 = AtomicU64::new(0);
        Weights {
            id: BUILT.fetch_add(1, Ordering::Relaxed),
            classes,
            scale,
            mask,
            slots,
            keys,
            entries,
            dense,
        }
    }

    /// The non-zero weights of a slot's row.
    fn row_of(&self, s: &Slot) -> Vec<Entry> {
        let start = (s.row & !DENSE) as usize;
        if s.row & DENSE != 0 {
            self.dense[start..start + self.classes]
                .iter()
                .enumerate()
                .filter(|&(_, &v)| v != 0)
                .map(|(c, &v)| Entry {
                    class: c as u16,
                    value: v,
                })
                .collect()
        } else {
            self.sparse_row(start).to_vec()
        }
    }

    /// The entries of the sparse row starting at `start`.
    #[inline(always)]
    fn sparse_row(&self, start: usize) -> &[Entry] {
        let len = self.entries[start].class as usize;
        &self.entries[start + 1..start + 1 + len]
    }

    /// Every row: (key, non-zero weights).
    fn rows(&self) -> Vec<(u64, Vec<Entry>)> {
        self.slots
            .iter()
            .zip(&self.keys)
            .filter(|(s, _)| s.print != 0)
            .map(|(s, &key)| (key, self.row_of(s)))
            .collect()
    }

    /// A copy without the weights whose absolute value is below `min_abs`
    /// (and without the features left with no weight): smaller and faster,
    /// usually at a small cost in accuracy. `min_abs <= 0` keeps everything.
    pub fn pruned(&self, min_abs: f32) -> Weights {
        if min_abs <= 0.0 {
            return self.clone();
        }
        let rows = self
            .rows()
            .into_iter()
            .map(|(key, entries)| {
                let row: Vec<(u32, f32)> = entries
                    .iter()
                    .map(|e| (e.class as u32, e.value as f32 * self.scale))
                    .filter(|&(_, w)| w.abs() >= min_abs)
                    .collect();
                (key, row)
            })
            .filter(|(_, row)| !row.is_empty())
            .collect();
        Weights::from_rows(self.classes, rows)
    }

    /// An id shared only by copies of this table: tables built or read
    /// separately have different ids, even with equal weights.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// True when the classes are few enough (at most 512) for integer sums:
    /// [`Weights::add_raw`] and the memos built on it need that.
    pub fn sums_in_integers(&self) -> bool {
        self.classes <= MAX_DENSE_CLASSES
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.slots.iter().filter(|s| s.print != 0).count()
    }

    /// Number of stored (non-zero) weights.
    pub fn weights(&self) -> usize {
        let sparse_rows = self
            .slots
            .iter()
            .filter(|s| s.print != 0 && s.row & DENSE == 0)
            .count();
        self.entries.len() - sparse_rows + self.dense.iter().filter(|&&v| v != 0).count()
    }

    /// Where the row of the mixed key `mixed` is: the slot's `row` field, or
    /// `None` for unknown keys.
    #[inline(always)]
    fn find(&self, mixed: u64) -> Option<u32> {
        let print = print_of(mixed);
        let mut slot = mixed as usize & self.mask;
        loop {
            let s = self.slots[slot];
            if s.print == print {
                return Some(s.row);
            }
            if s.print == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Writes the score of every class for the features `keys` into `scores`
    /// (length [`classes`](Weights::classes)).
    ///
    /// On processors with AVX2 the same code runs compiled for AVX2, which
    /// adds dense rows eight classes at a time.
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.score_avx2(keys, scores) };
            return;
        }
        self.score_with(keys, scores);
    }

    /// [`Weights::score`] compiled for AVX2.
    ///
    /// # Safety
    ///
    /// The processor must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn score_avx2(&self, keys: &[u64], scores: &mut [f32]) {
        self.score_with(keys, scores);
    }

    /// The body of [`Weights::score`], inlined into each instruction-set variant.
    #[inline(always)]
    fn score_with(&self, keys: &[u64], scores: &mut [f32]) {
        // The integer sums need a slot for every class; a smaller buffer is
        // cheaper to clear on every call.
        match self.classes {
            0..=32 => self.score_in::<32>(keys, scores),
            33..=128 => self.score_in::<128>(keys, scores),
            _ => self.score_in::<MAX_DENSE_CLASSES>(keys, scores),
        }
    }

    /// [`Weights::score_with`] summing into `N` integer slots (`N` a power of
    /// two, at least the number of classes unless they are too many for
    /// dense rows).
    #[inline(always)]
    fn score_in<const N: usize>(&self, keys: &[u64], scores: &mut [f32]) {
        const { assert!(N.is_power_of_two() && N <= MAX_DENSE_CLASSES) };
        debug_assert!(self.classes <= N || self.classes > MAX_DENSE_CLASSES);
        if self.classes > MAX_DENSE_CLASSES {
            scores.fill(0.0);
            self.for_each_row(keys, |row| match row {
                Row::Dense(_) => unreachable!("no dense rows above {MAX_DENSE_CLASSES} classes"),
                Row::Sparse(entries) => {
                    for e in entries {
                        scores[e.class as usize] += e.value as f32 * self.scale;
                    }
                }
            });
            return;
        }
        let mut raw = [0i32; N];
        self.for_each_row(keys, |row| add_row(row, &mut raw, N - 1));
        self.finish_raw(&raw, scores);
    }

    /// Adds the integer sums of the rows of `keys` to `raw` (one slot per
    /// class): partial scores that [`Weights::finish_raw`] turns into scores.
    /// Integer sums do not depend on order, so groups of features summed
    /// apart (and memoised, see [`super::partial`]) score exactly as the
    /// whole set would.
    ///
    /// # Panics
    ///
    /// When the model has more than 512 classes or `raw` has fewer slots
    /// than classes.
    pub fn add_raw(&self, keys: &[u64], raw: &mut [i32]) {
        assert!(
            self.classes <= MAX_DENSE_CLASSES,
            "too many classes for integer sums"
        );
        let raw = &mut raw[..self.classes];
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.add_raw_avx2(keys, raw) };
            return;
        }
        self.for_each_row(keys, |row| add_row(row, raw, usize::MAX));
    }

    /// [`Weights::add_raw`] compiled for AVX2.
    ///
    /// # Safety
    ///
    /// The processor must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_raw_avx2(&self, keys: &[u64], raw: &mut [i32]) {
        self.for_each_row(keys, |row| add_row(row, raw, usize::MAX));
    }

    /// Writes the scores of the integer sums `raw` (from
    /// [`Weights::add_raw`]) into `scores`.
    #[inline]
    pub fn finish_raw(&self, raw: &[i32], scores: &mut [f32]) {
        for (s, &r) in scores.iter_mut().zip(raw) {
            *s = r as f32 * self.scale;
        }
    }

    /// Calls `add` with the row of each known key of `keys`: for each block
    /// of keys, its dense rows, then its sparse ones, each in key order.
    ///
    /// Lookups are memory-bound, so they run in three passes over blocks of
    /// keys: prefetch the table slots, find the rows and prefetch them, add.
    /// Adding the dense rows of a block before its sparse ones makes the
    /// kind of the next row predictable: in key order, about half the rows
    /// were of the other kind than the one before.
    #[inline(always)]
    fn for_each_row(&self, keys: &[u64], mut add: impl FnMut(Row<'_>)) {
        const BLOCK: usize = 64;
        let mut mixed = [0u64; BLOCK];
        let mut dense = [0u32; BLOCK];
        let mut sparse = [0u32; BLOCK];
        for block in keys.chunks(BLOCK) {
            for (m, &key) in mixed.iter_mut().zip(block) {
                *m = finish(nonzero(key));
                prefetch(&self.slots[*m as usize & self.mask]);
            }
            let (mut dense_rows, mut sparse_rows) = (0, 0);
            for &m in &mixed[..block.len()] {
                match self.find(m) {
                    Some(r) if r & DENSE != 0 => {
                        let start = r & !DENSE;
                        for line in (0..self.classes).step_by(32) {
                            prefetch(&self.dense[start as usize + line]);
                        }
                        dense[dense_rows] = start;
                        dense_rows += 1;
                    }
                    Some(r) => {
                        prefetch(&self.entries[r as usize]);
                        sparse[sparse_rows] = r;
                        sparse_rows += 1;
                    }
                    None => {}
                }
            }
            for &start in &dense[..dense_rows] {
                let start = start as usize;
                add(Row::Dense(&self.dense[start..start + self.classes]));
            }
            for &start in &sparse[..sparse_rows] {
                add(Row::Sparse(self.sparse_row(start as usize)));
            }
        }
    }

    /// Appends the weights to a model file.
    pub fn write(&self, w: &mut Writer) {
        w.header(MAGIC, VERSION);
        w.u32(self.classes as u32);
        w.f32(self.scale);
        let mut rows = self.rows();
        rows.sort_unstable_by_key(|&(k, _)| k);
        w.u32(rows.len() as u32);
        for (key, entries) in rows {
            w.u64(key);
            w.varint(entries.len() as u64);
            for e in &entries {
                w.varint(e.class as u64);
                w.i16(e.value);
            }
        }
    }

    /// Reads weights written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Self, CodecError> {
        r.header(MAGIC, VERSION)?;
        let classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let key = r.u64()?;
            let len = r.varint()? as usize;
            let mut entries = Vec::with_capacity(len.min(1 << 16));
            for _ in 0..len {
                let class = r.varint()? as usize;
                if class >= classes {
                    return Err(CodecError::Invalid("weight class out of range"));
                }
                entries.push(Entry {
                    class: class as u16,
                    value: r.i16()?,
                });
            }
            rows.push((key, entries));
        }
        Ok(Self::build(classes, scale, rows))
    }

    /// The weights as a standalone byte string.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        self.write(&mut w);
        w.into_bytes()
    }

    /// Weights from bytes made by [`Weights::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CodecError> {
        Self::read(&mut Reader::new(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_round_trip_and_unknown_features() {
        let w = Weights::from_rows(
            3,
            vec![
                (42, vec![(0, 1.0), (2, -0.5)]),
                (0, vec![(1, 2.0)]),
                (7, vec![(1, 0.25)]),
            ],
        );
        let mut s = vec![0.0; 3];
        w.score(&[42, 999, 0], &mut s);
        assert!((s[0] - 1.0).abs() < 1e-3 && (s[1] - 2.0).abs() < 1e-3);
        assert!((s[2] + 0.5).abs() < 1e-3);
        let back = Weights::from_bytes(&w.to_bytes()).unwrap();
        let mut t = vec![0.0; 3];
        back.score(&[42, 999, 0, 7], &mut t);
        assert!((t[1] - 2.25).abs() < 1e-3);
        assert_eq!(back.features(), 3);
        assert_eq!(back.weights(), 4);
        assert!(Weights::from_bytes(&[1, 2, 3]).is_err());
    }

    #[test]
    fn dense_sparse_and_wide_rows_score_alike_in_both_builds_of_score() {
        let classes = 16;
        let dense: Vec<(u32, f32)> = (0..8).map(|c| (c * 2, 1.0 + c as f32)).collect();
        let quarter = vec![(1, 1.0), (5, 2.0), (9, 3.0), (13, 4.0)];
        let w = Weights::from_rows(
            classes,
            vec![
                (1, dense),
                (2, vec![(3, 4.0)]),
                (3, vec![(0, 16.0)]),
                (4, quarter),
                (5, vec![(14, -2.0)]),
            ],
        );
        // Rows with weights for at least an eighth of the classes are dense.
        assert_eq!(
            (w.dense.len(), w.features(), w.weights()),
            (2 * classes, 5, 15)
        );
        let eighth = Weights::from_rows(
            classes,
            vec![(1, vec![(0, 1.0), (9, 1.0)]), (2, vec![(0, 1.0)])],
        );
        assert_eq!((eighth.dense.len(), eighth.entries.len()), (classes, 2));
        let keys = [1, 2, 3, 1, 4, 5];
        let mut fast = vec![0.0; classes];
        let mut portable = vec![0.0; classes];
        w.score(&keys, &mut fast);
        w.score_with(&keys, &mut portable);
        assert_eq!(fast, portable);
        let expected = |c: usize| match c {
            0 => 18.0,
            3 => 4.0,
            14 => 2.0 * 8.0 - 2.0,
            c if c % 2 == 0 => 2.0 * (1.0 + (c / 2) as f32),
            c if c % 4 == 1 => 1.0 + (c / 4) as f32,
            _ => 0.0,
        };
        for (c, &s) in fast.iter().enumerate() {
            assert!((s - expected(c)).abs() < 1e-2, "class {c}: {s}");
        }
        // Every buffer size that holds the classes sums alike.
        let seventeen = Weights::from_rows(17, vec![(1, vec![(16, 2.0), (3, -1.0)])]);
        let (mut small, mut large) = (vec![0.0; 17], vec![0.0; 17]);
        seventeen.score_with(&[1, 1], &mut small);
        seventeen.score_in::<MAX_DENSE_CLASSES>(&[1, 1], &mut large);
        assert_eq!(small, large);
        assert!((small[16] - 4.0).abs() < 1e-3 && (small[3] + 2.0).abs() < 1e-3);
        let rows = vec![
            (1, (0..100).map(|c| (c, c as f32 - 50.0)).collect()),
            (2, vec![(99, 3.0), (64, -1.0)]),
        ];
        let hundred = Weights::from_rows(100, rows);
        let (mut small, mut large) = (vec![0.0; 100], vec![0.0; 100]);
        hundred.score_with(&[1, 2, 2], &mut small);
        hundred.score_in::<MAX_DENSE_CLASSES>(&[1, 2, 2], &mut large);
        assert_eq!(small, large);
        assert!((small[99] - 55.0).abs() < 1e-2 && (small[64] - 12.0).abs() < 1e-2);
        // Over MAX_DENSE_CLASSES classes, rows stay sparse and add in floats.
        let wide = Weights::from_rows(600, vec![(1, vec![(599, 1.5), (7, -0.5)])]);
        let mut scores = vec![9.0; 600];
        wide.score(&[1, 1, 2], &mut scores);
        assert!((scores[599] - 3.0).abs() < 1e-3 && (scores[7] + 1.0).abs() < 1e-3);
        assert_eq!(scores.iter().filter(|&&s| s != 0.0).count(), 2);
    }
}
