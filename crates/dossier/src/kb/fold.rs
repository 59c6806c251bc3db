//! Lookup keys: names folded so that case, diacritics, punctuation and a
//! leading "the" do not matter ("the U.S." = "US", "Zürich" = "Zurich").

use std::collections::HashMap;

/// Folds a name into its lookup key: ASCII transliteration, lower case, dots and
/// apostrophes removed, other punctuation as spaces, "&" as "and", spaces
/// collapsed, a leading "the" dropped.
pub fn fold(name: &str) -> String {
    let ascii = if name.is_ascii() {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(deunicode::deunicode(name))
    };
    let mut key = String::with_capacity(ascii.len());
    let mut space = false;
    for ch in ascii.chars() {
        match ch {
            '.' | '\'' | '`' | '"' => {}
            '&' => {
                push_word(&mut key, "and", &mut space);
            }
            c if c.is_ascii_alphanumeric() => {
                if space && !key.is_empty() {
                    key.push(' ');
                }
                space = false;
                key.push(c.to_ascii_lowercase());
            }
            _ => space = true,
        }
    }
    match key.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => key,
    }
}

fn push_word(key: &mut String, word: &str, space: &mut bool) {
    if !key.is_empty() {
        key.push(' ');
    }
    key.push_str(word);
    *space = true;
}

/// True when every letter of `name` is in the Latin script (other scripts'
/// names are dropped from the English-language lexicons).
pub fn is_latin(name: &str) -> bool {
    name.chars().all(|c| {
        let code = c as u32;
        !c.is_alphabetic() || code < 0x250 || (0x1E00..=0x1EFF).contains(&code)
    })
}

/// Walks `words` left to right, offering at each position the longest run of
/// words first; `take` returns true when it used the run, which is then
/// skipped. Returns which words the used runs covered.
pub fn for_each_run(words: &[&str], mut take: impl FnMut(&str) -> bool) -> Vec<bool> {
    let mut covered = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        match (i + 1..=words.len())
            .rev()
            .find(|&j| take(&words[i..j].join(" ")))
        {
            Some(j) => {
                covered[i..j].fill(true);
                i = j;
            }
            None => i += 1,
        }
    }
    covered
}

/// Folded names mapped to the records that bear them, in insertion order.
#[derive(Debug, Default)]
pub struct NameIndex {
    map: HashMap<String, Vec<u32>>,
}

impl NameIndex {
    /// An empty index with room for `names` names.
    pub fn with_capacity(names: usize) -> NameIndex {
        NameIndex {
            map: HashMap::with_capacity(names),
        }
    }

    /// Records `id` under `name` (once; empty keys are ignored).
    pub fn insert(&mut self, name: &str, id: usize) {
        self.insert_key(fold(name), id);
    }

    /// Records `id` under an already folded key.
    pub fn insert_key(&mut self, key: String, id: usize) {
        if key.is_empty() {
            return;
        }
        let ids = self.map.entry(key).or_default();
        let id = u32::try_from(id).expect("fewer than 2^32 records");
        if !ids.contains(&id) {
            ids.push(id);
        }
    }

    /// Records `id` under `name` unless another record already has that name.
    pub fn insert_if_free(&mut self, name: &str, id: usize) {
        if self.get(name).is_empty() {
            self.insert(name, id);
        }
    }

    /// The records with this name, first inserted first.
    pub fn get(&self, name: &str) -> &[u32] {
        self.get_folded(&fold(name))
    }

    /// The records under an already folded key.
    pub fn get_folded(&self, key: &str) -> &[u32] {
        self.map.get(key).map_or(&[], Vec::as_slice)
    }

    /// True when some record has this name.
    pub fn contains(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_punctuation_and_article() {
        for (name, key) in [
            ("Zürich", "zurich"),
            ("the U.S.", "us"),
            ("The United States", "united states"),
            ("Côte d’Ivoire", "cote divoire"),
            ("Guinea-Bissau", "guinea bissau"),
            ("Bosnia & Herzegovina", "bosnia and herzegovina"),
            ("Shi'ite", "shiite"),
            ("  Washington,   D.C. ", "washington dc"),
            ("Şalāḩ ad Dīn", "salah ad din"),
            ("Theresa", "theresa"),
        ] {
            assert_eq!(fold(name), key, "{name}");
        }
    }

    #[test]
    fn runs_are_offered_longest_first() {
        let mut taken = Vec::new();
        let covered = for_each_run(&["Iraqi", "Kurdish", "armed", "militants"], |run| {
            let known = ["Iraqi Kurdish", "militants"].contains(&run);
            if known {
                taken.push(run.to_string());
            }
            known
        });
        assert_eq!(taken, ["Iraqi Kurdish", "militants"]);
        assert_eq!(covered, [true, true, false, true]);
    }

    #[test]
    fn latin_script() {
        assert!(is_latin("Ərbil"));
        assert!(is_latin("Karbalā’"));
        assert!(!is_latin("أربيل"));
        assert!(!is_latin("イラン"));
    }

    #[test]
    fn index_keeps_insertion_order_and_first_claims() {
        let mut index = NameIndex::default();
        index.insert("Congo", 1);
        index.insert("congo", 2);
        index.insert_if_free("CONGO", 3);
        index.insert("Congo", 1);
        assert_eq!(index.get("the Congo"), &[1, 2]);
        assert!(index.contains("Congo"));
        assert!(index.get("Kongo").is_empty());
    }
}
