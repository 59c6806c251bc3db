//! The lemmatiser: a lookup table learned from the treebank (form + XPOS ->
//! lemma) with a suffix-rule fallback for unseen words, both expressed as edit
//! scripts ("lower-case, cut 3 characters, append `y`").

use std::borrow::Cow;
use std::collections::HashMap;

use crate::learn::hash::{key, lower_hash, str_hash, KeyMap};
use crate::learn::{CodecError, Labels, Reader, Writer};

const MAGIC: &[u8; 4] = b"DSLM";
const VERSION: u32 = 1;
/// Longest suffix (in characters) the fallback rules look at.
const MAX_SUFFIX: usize = 5;
/// Template of exact form + XPOS keys.
const EXACT: u32 = 1;
/// Template of lower-cased form + XPOS keys.
const LOWER: u32 = 2;
/// Template of lower-cased suffix + XPOS keys.
const SUFFIX: u32 = 3;

/// How to turn a form into its lemma.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Script {
    /// Start from the lower-cased form.
    lower: bool,
    /// Characters to cut from the end.
    cut: usize,
    /// Text to append.
    append: String,
}

impl Script {
    /// The script that turns `form` into `lemma` with the least editing.
    fn between(form: &str, lemma: &str) -> Script {
        let lowered = form.to_lowercase();
        let as_is = Self::edit(form, lemma, false);
        let lower = Self::edit(&lowered, lemma, true);
        let cost = |s: &Script| s.cut + s.append.len();
        let lower_wins = cost(&lower) < cost(&as_is)
            || (cost(&lower) == cost(&as_is) && !lemma.chars().any(char::is_uppercase));
        if lower_wins {
            lower
        } else {
            as_is
        }
    }

    fn edit(from: &str, to: &str, lower: bool) -> Script {
        let common = from
            .chars()
            .zip(to.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let from_len = from.chars().count();
        let byte = to.char_indices().nth(common).map_or(to.len(), |(b, _)| b);
        Script {
            lower,
            cut: from_len - common,
            append: to[byte..].to_string(),
        }
    }

    /// Applies the script, or `None` when the form is too short for it.
    fn apply<'a>(&self, form: &'a str) -> Option<Cow<'a, str>> {
        if !self.lower && self.cut == 0 && self.append.is_empty() {
            return Some(Cow::Borrowed(form));
        }
        let base: Cow<str> = if self.lower {
            Cow::Owned(form.to_lowercase())
        } else {
            Cow::Borrowed(form)
        };
        let len = base.chars().count();
        if self.cut > len || (self.cut == len && self.append.is_empty()) {
            return None;
        }
        let byte = base
            .char_indices()
            .nth(len - self.cut)
            .map_or(base.len(), |(b, _)| b);
        let mut out = String::with_capacity(byte + self.append.len());
        out.push_str(&base[..byte]);
        out.push_str(&self.append);
        Some(Cow::Owned(out))
    }
}

/// Lemmas from form and Penn tag.
#[derive(Clone, Default)]
pub struct Lemmatizer {
    scripts: Vec<Script>,
    /// Exact form, lower-cased form, and suffix keys -> script.
    table: KeyMap<u32>,
}

impl std::fmt::Debug for Lemmatizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lemmatizer")
            .field("scripts", &self.scripts.len())
            .field("entries", &self.table.len())
            .finish()
    }
}

/// A verb stem guessed by a suffix rule, with the silent "e" its inflection
/// dropped put back: a stem of one syllable ending in a single vowel and a
/// single consonant, not doubled before the ending ("named" -> "name",
/// "blaming" -> "blame"; "claimed" -> "claim", "planned" -> "plan"), or a
/// longer one in "in" or "ur" after a consonant ("declined" -> "decline").
fn with_silent_e<'a>(lower: &str, xpos: &str, stem: Cow<'a, str>) -> Cow<'a, str> {
    let inflected = matches!(xpos, "VBD" | "VBN" | "VBG" | "VBZ")
        && (lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("es"));
    let b = stem.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let n = b.len();
    let short = n >= 3
        && b.iter().all(u8::is_ascii_lowercase)
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && b[..n - 2].iter().all(|&c| !vowel(c) && c != b'y');
    // Longer stems in a consonant and "in" or "ur" ("declin", "examin",
    // "secur", "captur"): the "e" too, unlike "maintain" or "occur(red)".
    let long_e = n >= 4
        && b.iter().all(u8::is_ascii_lowercase)
        && (b.ends_with(b"in") || b.ends_with(b"ur"))
        && !vowel(b[n - 3]);
    // Not a doubled consonant cut back by the rule: "planned" -> "plan".
    let undoubled = lower.len() > n && lower.as_bytes()[n] != b[n - 1];
    if inflected && (short || long_e) && undoubled {
        Cow::Owned(format!("{stem}e"))
    } else {
        stem
    }
}

fn tag_hash(xpos: &str) -> u64 {
    str_hash(xpos)
}

fn suffix_key(lower: &str, chars: usize, xpos: u64) -> Option<u64> {
    let n = lower.chars().count();
    if chars > n {
        return None;
    }
    let byte = lower
        .char_indices()
        .nth(n - chars)
        .map_or(lower.len(), |(b, _)| b);
    Some(key(SUFFIX, &[str_hash(&lower[byte..]), xpos, chars as u64]))
}

impl Lemmatizer {
    /// Learns from (form, XPOS, lemma) triples: the most frequent lemma of
    /// each form and tag, and for each tag and suffix the most frequent edit
    /// among the word types that end with it.
    pub fn train<'a>(examples: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> Self {
        let mut scripts = Labels::new();
        let mut script_list = Vec::new();
        let mut counts: HashMap<u64, HashMap<u32, u32>> = HashMap::new();
        let mut types: HashMap<(String, String), HashMap<u32, u32>> = HashMap::new();
        for (form, xpos, lemma) in examples {
            let script = Script::between(form, lemma);
            let name = format!("{}\t{}\t{}", script.lower, script.cut, script.append);
            let id = scripts.intern(&name) as u32;
            if id as usize == script_list.len() {
                script_list.push(script);
            }
            let x = tag_hash(xpos);
            for k in [
                key(EXACT, &[str_hash(form), x]),
                key(LOWER, &[lower_hash(form), x]),
            ] {
                *counts.entry(k).or_default().entry(id).or_default() += 1;
            }
            *types
                .entry((form.to_lowercase(), xpos.to_string()))
                .or_default()
                .entry(id)
                .or_default() += 1;
        }
        for ((lower, xpos), ids) in &types {
            let best = best_of(ids);
            let x = tag_hash(xpos);
            for chars in 0..=MAX_SUFFIX {
                if let Some(k) = suffix_key(lower, chars, x) {
                    *counts.entry(k).or_default().entry(best).or_default() += 1;
                }
            }
        }
        let table = counts.iter().map(|(&k, ids)| (k, best_of(ids))).collect();
        Lemmatizer {
            scripts: script_list,
            table,
        }
    }

    /// The lemma of `form` tagged `xpos`.
    pub fn lemma<'a>(&self, form: &'a str, xpos: &str) -> Cow<'a, str> {
        let x = tag_hash(xpos);
        let exact = [
            key(EXACT, &[str_hash(form), x]),
            key(LOWER, &[lower_hash(form), x]),
        ];
        for k in exact {
            if let Some(out) = self
                .table
                .get(&k)
                .and_then(|&s| self.scripts[s as usize].apply(form))
            {
                return out;
            }
        }
        let lower = form.to_lowercase();
        let n = lower.chars().count();
        for chars in (0..=MAX_SUFFIX.min(n)).rev() {
            let found = suffix_key(&lower, chars, x)
                .and_then(|k| self.table.get(&k))
                .map(|&s| &self.scripts[s as usize])
                .filter(|s| s.cut < n);
            if let Some(out) = found.and_then(|s| s.apply(form)) {
                return with_silent_e(&lower, xpos, out);
            }
        }
        Cow::Owned(lower)
    }

    /// Appends the lemmatiser to a model file.
    pub fn write(&self, w: &mut Writer) {
        w.header(MAGIC, VERSION);
        w.u32(self.scripts.len() as u32);
        for s in &self.scripts {
            w.u8(s.lower as u8);
            w.varint(s.cut as u64);
            w.str(&s.append);
        }
        let mut entries: Vec<(u64, u32)> = self.table.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        w.u32(entries.len() as u32);
        for (k, v) in entries {
            w.u64(k);
            w.varint(v as u64);
        }
    }

    /// Reads a lemmatiser written by [`Lemmatizer::write`].
    pub fn read(r: &mut Reader) -> Result<Self, CodecError> {
        r.header(MAGIC, VERSION)?;
        let n = r.u32()? as usize;
        let mut scripts = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            scripts.push(Script {
                lower: r.u8()? != 0,
                cut: r.varint()? as usize,
                append: r.str()?.to_string(),
            });
        }
        let m = r.u32()? as usize;
        let mut table = KeyMap::default();
        table.reserve(m.min(1 << 22));
        for _ in 0..m {
            let k = r.u64()?;
            let v = r.varint()? as u32;
            if v as usize >= scripts.len() {
                return Err(CodecError::Invalid("lemma script out of range"));
            }
            table.insert(k, v);
        }
        Ok(Lemmatizer { scripts, table })
    }
}

/// The most frequent id (the smallest on ties, so training is deterministic).
fn best_of(ids: &HashMap<u32, u32>) -> u32 {
    let mut best = (0u32, u32::MAX);
    for (&id, &n) in ids {
        if n > best.0 || (n == best.0 && id < best.1) {
            best = (n, id);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Lemmatizer {
        Lemmatizer::train([
            ("said", "VBD", "say"),
            ("said", "VBD", "say"),
            ("talks", "NNS", "talk"),
            ("walks", "NNS", "walk"),
            ("cities", "NNS", "city"),
            ("parties", "NNS", "party"),
            ("The", "DT", "the"),
            ("walked", "VBD", "walk"),
            ("jumped", "VBD", "jump"),
            ("Paris", "NNP", "Paris"),
        ])
    }

    #[test]
    fn looks_up_known_words_and_generalises_suffixes() {
        let m = model();
        assert_eq!(m.lemma("said", "VBD"), "say");
        assert_eq!(m.lemma("Said", "VBD"), "say");
        assert_eq!(m.lemma("THE", "DT"), "the");
        assert_eq!(m.lemma("armies", "NNS"), "army");
        assert_eq!(m.lemma("kicked", "VBD"), "kick");
        assert_eq!(m.lemma("London", "NNP"), "London");
        assert_eq!(m.lemma("zzz", "UH"), "zzz");
        // A silent "e" the ending dropped comes back after one short vowel.
        assert_eq!(m.lemma("named", "VBD"), "name");
        assert_eq!(m.lemma("hoped", "VBD"), "hope");
        assert_eq!(m.lemma("claimed", "VBD"), "claim");
        assert_eq!(m.lemma("declined", "VBD"), "decline");
        assert_eq!(m.lemma("secured", "VBD"), "secure");
        assert_eq!(m.lemma("maintained", "VBD"), "maintain");
        assert_eq!(m.lemma("chilled", "VBD"), "chill");
    }

    #[test]
    fn round_trips() {
        let m = model();
        let mut w = Writer::new();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let back = Lemmatizer::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back.lemma("armies", "NNS"), "army");
        assert_eq!(back.lemma("said", "VBD"), "say");
    }

    #[test]
    fn scripts() {
        let s = Script::between("cities", "city");
        assert_eq!((s.lower, s.cut, s.append.as_str()), (true, 3, "y"));
        assert!(Script::between("The", "the").lower);
        assert_eq!(s.apply("ies").as_deref(), Some("y"));
        assert_eq!(s.apply("es"), None);
    }
}
