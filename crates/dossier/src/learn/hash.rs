//! Feature keys: 64-bit hashes of a template id and its values.
//!
//! A feature is a template (a small integer naming what is measured, such as
//! "word two to the left") and one to three values (hashes of strings, tag ids,
//! distances). [`key`] folds them into one `u64`; collisions between distinct
//! features are negligible at 64 bits, so models store no feature strings.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Multiplier of the FxHash family: a cheap, well-mixing step for `u64` values.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Folds `value` into the running hash `h`.
#[inline]
pub fn fold(h: u64, value: u64) -> u64 {
    (h.rotate_left(5) ^ value).wrapping_mul(K)
}

/// The key of a feature: template `template` with `values`.
#[inline]
pub fn key(template: u32, values: &[u64]) -> u64 {
    let mut h = fold(0x9e37_79b9_7f4a_7c15, template as u64);
    for &v in values {
        h = fold(h, v);
    }
    h
}

/// Final avalanche (the MurmurHash3 finaliser): spreads every input bit over
/// the output, so the low bits of a key are good table indices.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of a string, byte by byte (FNV-1a, then [`finish`]); stable across
/// runs and platforms, so keys built from it can be saved in models.
#[inline]
pub fn str_hash(text: &str) -> u64 {
    bytes_hash(text.as_bytes())
}

/// Hash of a byte string, like [`str_hash`].
#[inline]
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut h = StrHasher::new();
    h.push_bytes(bytes);
    h.finish()
}

/// Hash of `parts` joined by single spaces, without allocating: equal to
/// `str_hash(&parts.join(" "))`.
#[inline]
pub fn joined_hash(parts: &[&str]) -> u64 {
    let mut h = StrHasher::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h.push_bytes(b" ");
        }
        h.push_bytes(part.as_bytes());
    }
    h.finish()
}

/// Hash of a string as if lower-cased, without allocating: equal to
/// `str_hash(&text.to_lowercase())` for text whose lower-casing maps each
/// character to one character (all of Latin, Greek and Cyrillic).
#[inline]
pub fn lower_hash(text: &str) -> u64 {
    let mut h = StrHasher::new();
    text.chars()
        .flat_map(char::to_lowercase)
        .for_each(|c| h.push(c));
    h.finish()
}

/// [`str_hash`] of a string given piece by piece (FNV-1a over its bytes),
/// without building the string.
#[derive(Clone, Copy, Debug)]
pub struct StrHasher(u64);

impl Default for StrHasher {
    fn default() -> Self {
        StrHasher::new()
    }
}

impl StrHasher {
    /// The hash of the empty string, to extend.
    #[inline]
    pub fn new() -> Self {
        StrHasher(0xcbf2_9ce4_8422_2325)
    }

    /// Appends bytes.
    #[inline]
    pub fn push_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// Appends a character.
    #[inline]
    pub fn push(&mut self, c: char) {
        self.push_bytes(c.encode_utf8(&mut [0u8; 4]).as_bytes());
    }

    /// The hash of what was pushed so far.
    #[inline]
    pub fn finish(self) -> u64 {
        finish(self.0)
    }
}

/// A `Hasher` for `u64` keys that are already hashes (feature keys, string
/// hashes): one avalanche step instead of SipHash.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = finish(self.0 ^ b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = finish(self.0 ^ v);
    }
}

/// A hash map keyed by hashes, using [`KeyHasher`].
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_template_values_and_order() {
        assert_ne!(key(1, &[2]), key(2, &[2]));
        assert_ne!(key(1, &[2, 3]), key(1, &[3, 2]));
        assert_eq!(key(7, &[1, 2, 3]), key(7, &[1, 2, 3]));
    }

    #[test]
    fn joined_hash_matches_joined_string() {
        for parts in [&["a", "bc"][..], &["x"], &[], &["", "d", "é"]] {
            assert_eq!(joined_hash(parts), str_hash(&parts.join(" ")));
        }
    }

    #[test]
    fn lower_hash_matches_lowercased_string() {
        for word in ["Said", "MINISTER", "Ünïcode", "x", ""] {
            assert_eq!(lower_hash(word), str_hash(&word.to_lowercase()));
        }
        assert_ne!(str_hash("a"), str_hash("b"));
    }

    #[test]
    fn str_hasher_matches_str_hash() {
        for word in ["", "x", "Ünïcode", "日本語", "a b"] {
            let mut h = StrHasher::default();
            word.chars().for_each(|c| h.push(c));
            assert_eq!(h.finish(), str_hash(word));
        }
    }
}
