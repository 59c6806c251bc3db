//! The tag dictionary: for frequent words, the set of tags seen with them in
//! training (their "ambiguity class"), which the tagger uses as a feature.

use std::collections::HashMap;

use crate::learn::hash::{fold, KeyMap};
use crate::learn::{CodecError, Reader, Writer};

/// Lower-cased word hash -> hash of the sorted set of its usual tags.
#[derive(Clone, Default)]
pub struct TagDict {
    classes: KeyMap<u64>,
}

impl std::fmt::Debug for TagDict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TagDict")
            .field("words", &self.classes.len())
            .finish()
    }
}

impl TagDict {
    /// Builds the dictionary from (lower-cased word hash, tag id) pairs: words
    /// seen at least `min_count` times get the set of tags that make up at
    /// least `min_share` of their occurrences.
    pub fn build(
        pairs: impl IntoIterator<Item = (u64, usize)>,
        min_count: u32,
        min_share: f64,
    ) -> Self {
        let mut counts: HashMap<u64, HashMap<usize, u32>> = HashMap::new();
        for (word, tag) in pairs {
            *counts.entry(word).or_default().entry(tag).or_default() += 1;
        }
        let mut classes = KeyMap::default();
        for (word, tags) in counts {
            let total: u32 = tags.values().sum();
            if total < min_count {
                continue;
            }
            let mut kept: Vec<usize> = tags
                .iter()
                .filter(|&(_, &n)| n as f64 >= min_share * total as f64)
                .map(|(&t, _)| t)
                .collect();
            kept.sort_unstable();
            let class = kept.iter().fold(0xA3B1_u64, |h, &t| fold(h, t as u64 + 1));
            classes.insert(word, class);
        }
        TagDict { classes }
    }

    /// The ambiguity class of a word (by lower-cased hash); 0 when the word is
    /// not in the dictionary.
    #[inline]
    pub fn class(&self, lower: u64) -> u64 {
        self.classes.get(&lower).copied().unwrap_or(0)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// True when the dictionary is empty.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// Appends the dictionary to a model file.
    pub fn write(&self, w: &mut Writer) {
        let mut entries: Vec<(u64, u64)> = self.classes.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        w.u32(entries.len() as u32);
        for (k, v) in entries {
            w.u64(k);
            w.u64(v);
        }
    }

    /// Reads a dictionary written by [`TagDict::write`].
    pub fn read(r: &mut Reader) -> Result<Self, CodecError> {
        let n = r.u32()? as usize;
        let mut classes = KeyMap::default();
        classes.reserve(n.min(1 << 22));
        for _ in 0..n {
            let k = r.u64()?;
            classes.insert(k, r.u64()?);
        }
        Ok(TagDict { classes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_words_get_their_tag_sets() {
        let pairs = [(1, 0), (1, 0), (1, 2), (2, 5), (3, 1), (3, 1), (3, 1)];
        let d = TagDict::build(pairs, 2, 0.1);
        assert_ne!(d.class(1), 0);
        assert_eq!(d.class(2), 0, "seen once");
        assert_ne!(d.class(1), d.class(3));
        let strict = TagDict::build(pairs, 2, 0.5);
        assert_ne!(strict.class(1), d.class(1), "rare tag dropped");
        let mut w = Writer::new();
        d.write(&mut w);
        let bytes = w.into_bytes();
        let back = TagDict::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back.class(3), d.class(3));
        assert_eq!(back.len(), 2);
    }
}
