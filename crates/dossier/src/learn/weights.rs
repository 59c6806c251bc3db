//! Frozen model weights: an open-addressing table from feature key to a row of
//! (class, weight) entries, with 16-bit quantised weights, fast scoring, and
//! (de)serialisation.

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
    classes: usize,
    scale: f32,
    mask: usize,
    /// The open-addressing table (linear probing, load at most 1/2).
    slots: Vec<Slot>,
    /// Rows of sparse rows.
    entries: Vec<Entry>,
    /// Rows that have a weight for at least half of the classes, stored
    /// densely (`classes` values each) so that adding them vectorises.
    dense: Vec<i16>,
}

/// Marks a slot whose row is dense (in [`Weights::dense`]).
const DENSE: u32 = 1 << 31;
/// The most classes for which rows may be dense (and scores add in integers).
const MAX_DENSE_CLASSES: usize = 512;

/// One slot of the table: a feature key and where its entries are. Key and
/// row share a cache line, so a lookup costs one miss plus the row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
struct Slot {
    /// The key; `0` marks an empty slot (a real key 0 is stored as 1).
    key: u64,
    /// First entry.
    start: u32,
    /// Number of entries; [`DENSE`] for a dense row.
    len: u32,
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
        let capacity = (rows.len() * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        for (key, row) in rows {
            let key = nonzero(key);
            let mut slot = finish(key) as usize & mask;
            while slots[slot].key != 0 {
                slot = (slot + 1) & mask;
            }
            slots[slot] = if classes <= MAX_DENSE_CLASSES && row.len() * 2 >= classes {
                let start = dense.len();
                dense.resize(start + classes, 0i16);
                for e in &row {
                    dense[start + e.class as usize] = e.value;
                }
                Slot {
                    key,
                    start: start as u32,
                    len: DENSE,
                }
            } else {
                let start = entries.len() as u32;
                let len = row.len() as u32;
                entries.extend(row);
                Slot { key, start, len }
            };
        }
        Weights {
            classes,
            scale,
            mask,
            slots,
            entries,
            dense,
        }
    }

    /// The non-zero weights of a slot's row.
    fn row_of(&self, s: &Slot) -> Vec<Entry> {
        let start = s.start as usize;
        if s.len == DENSE {
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
            self.entries[start..start + s.len as usize].to_vec()
        }
    }

    /// Every row: (key, non-zero weights).
    fn rows(&self) -> Vec<(u64, Vec<Entry>)> {
        self.slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key, self.row_of(s)))
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

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.slots.iter().filter(|s| s.key != 0).count()
    }

    /// Number of stored (non-zero) weights.
    pub fn weights(&self) -> usize {
        self.entries.len() + self.dense.iter().filter(|&&v| v != 0).count()
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        finish(key) as usize & self.mask
    }

    /// Where the row of `key` (already [`nonzero`]) is, probing from `slot`:
    /// start and length, or [`DENSE`] as length for a dense row (an empty
    /// range for unknown keys).
    #[inline]
    fn find(&self, key: u64, mut slot: usize) -> (usize, u32) {
        loop {
            let s = self.slots[slot];
            if s.key == key {
                return (s.start as usize, s.len);
            }
            if s.key == 0 {
                return (0, 0);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Writes the score of every class for the features `keys` into `scores`
    /// (length [`classes`](Weights::classes)).
    ///
    /// Lookups are memory-bound, so they run in three passes over blocks of
    /// keys: prefetch the table slots, find the rows and prefetch them, add.
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        const BLOCK: usize = 64;
        let mut raw = [0i32; 512];
        let mut rows = [(0usize, 0u32); BLOCK];
        let mut homes = [(0u64, 0usize); BLOCK];
        let wide = self.classes > MAX_DENSE_CLASSES;
        if wide {
            scores.fill(0.0);
        }
        for block in keys.chunks(BLOCK) {
            for (home, &key) in homes.iter_mut().zip(block) {
                let key = nonzero(key);
                *home = (key, self.home(key));
                prefetch(&self.slots[home.1]);
            }
            for (row, &(key, slot)) in rows.iter_mut().zip(&homes[..block.len()]) {
                *row = self.find(key, slot);
                if row.1 == DENSE {
                    prefetch(&self.dense[row.0]);
                } else if row.1 > 0 {
                    prefetch(&self.entries[row.0]);
                }
            }
            for &(start, len) in &rows[..block.len()] {
                if len == DENSE {
                    let values = &self.dense[start..start + self.classes];
                    for (r, &v) in raw[..self.classes].iter_mut().zip(values) {
                        *r += v as i32;
                    }
                    continue;
                }
                let entries = &self.entries[start..start + len as usize];
                if wide {
                    for e in entries {
                        scores[e.class as usize] += e.value as f32 * self.scale;
                    }
                } else {
                    for e in entries {
                        // The mask proves the index in bounds (classes <= 512).
                        raw[e.class as usize & (MAX_DENSE_CLASSES - 1)] += e.value as i32;
                    }
                }
            }
        }
        if !wide {
            for (s, &r) in scores.iter_mut().zip(raw.iter()) {
                *s = r as f32 * self.scale;
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
}
