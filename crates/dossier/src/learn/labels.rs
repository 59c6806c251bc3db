//! Class names: interning strings to dense ids and back.

use std::collections::HashMap;

use super::codec::{CodecError, Reader, Writer};

/// A closed set of class names (tags, relations, transitions), each with a
/// dense id `0..len()` in order of first interning.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labels {
    names: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Labels {
    /// An empty set.
    pub fn new() -> Self {
        Labels::default()
    }

    /// The id of `name`, adding it if it is new.
    pub fn intern(&mut self, name: &str) -> usize {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len();
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        id
    }

    /// The id of `name`, if it is known.
    pub fn id(&self, name: &str) -> Option<usize> {
        self.ids.get(name).copied()
    }

    /// The name of class `id`.
    pub fn name(&self, id: usize) -> &str {
        &self.names[id]
    }

    /// Number of classes.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when there is no class.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every name, in id order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Appends the set to a model file.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.names.len() as u32);
        for name in &self.names {
            w.str(name);
        }
    }

    /// Reads a set written by [`Labels::write`].
    pub fn read(r: &mut Reader) -> Result<Self, CodecError> {
        let n = r.u32()? as usize;
        let mut labels = Labels::new();
        for _ in 0..n {
            let name = r.str()?;
            labels.intern(name);
        }
        Ok(labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_and_round_trips() {
        let mut labels = Labels::new();
        assert_eq!(labels.intern("nsubj"), 0);
        assert_eq!(labels.intern("obj"), 1);
        assert_eq!(labels.intern("nsubj"), 0);
        assert_eq!(labels.id("obj"), Some(1));
        assert_eq!(labels.id("iobj"), None);
        let mut w = Writer::new();
        labels.write(&mut w);
        let bytes = w.into_bytes();
        let back = Labels::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back, labels);
        assert_eq!(back.name(1), "obj");
    }
}
