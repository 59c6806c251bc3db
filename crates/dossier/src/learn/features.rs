//! A reusable buffer of feature keys for one instance.

use super::hash::{joined_hash, key, str_hash};

/// The features of one instance (a token to tag, a parser state to act on),
/// as keys built by [`super::hash::key`]. Reuse one buffer across instances
/// ([`Features::clear`]) so extraction does not allocate.
#[derive(Clone, Debug, Default)]
pub struct Features {
    keys: Vec<u64>,
}

impl Features {
    /// An empty buffer.
    pub fn new() -> Self {
        Features {
            keys: Vec::with_capacity(128),
        }
    }

    /// Forgets the previous instance's features, keeping the memory.
    #[inline]
    pub fn clear(&mut self) {
        self.keys.clear();
    }

    /// Adds a feature: `template` with `values`.
    #[inline]
    pub fn add(&mut self, template: u32, values: &[u64]) {
        self.keys.push(key(template, values));
    }

    /// Adds a feature whose single value is a string (hashed).
    #[inline]
    pub fn add_str(&mut self, template: u32, value: &str) {
        self.add(template, &[str_hash(value)]);
    }

    /// Adds a feature whose value is `parts` joined by spaces (hashed
    /// without building the string): the same key as
    /// `add_str(template, &parts.join(" "))`.
    #[inline]
    pub fn add_joined(&mut self, template: u32, parts: &[&str]) {
        self.add(template, &[joined_hash(parts)]);
    }

    /// The keys added since the last [`Features::clear`].
    #[inline]
    pub fn keys(&self) -> &[u64] {
        &self.keys
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no feature was added.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_and_clears() {
        let mut f = Features::new();
        f.add(1, &[5]);
        f.add_str(2, "word");
        assert_eq!(f.len(), 2);
        assert_eq!(f.keys()[0], key(1, &[5]));
        f.clear();
        assert!(f.is_empty());
    }
}
