//! Per-token attributes for the recogniser's features: the normalised and
//! lowercase forms, casing class, shape, affixes and Brown cluster of a word,
//! as hashes ([`TokenInfo`]). Each is computed once per distinct form of a
//! document, hashing characters as they are produced instead of building
//! strings, with one reused buffer for the lowercase form.

use std::collections::HashMap;

use crate::learn::hash::{lower_hash, str_hash, KeyMap, StrHasher};

/// Cluster path prefix lengths used as features.
const CLUSTER_PREFIXES: [usize; 4] = [4, 6, 10, 20];

/// A map keyed by hashes.
pub type HashKeyed<V> = KeyMap<V>;

/// Normalises a token for features: curly quotes and apostrophes become straight.
pub fn normalise(token: &str) -> std::borrow::Cow<'_, str> {
    // Of the characters replaced only the backtick is ASCII.
    if (!token.is_ascii() || token.contains('`')) && token.contains(['‘', '’', '“', '”', '`', '´'])
    {
        token
            .chars()
            .map(|c| match c {
                '‘' | '’' | '`' | '´' => '\'',
                '“' | '”' => '"',
                c => c,
            })
            .collect::<String>()
            .into()
    } else {
        token.into()
    }
}

/// Casing classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Case {
    /// No letters.
    None = 0,
    /// All letters lowercase.
    Lower = 1,
    /// First letter uppercase, not all caps ("Smith", "A", "McDonald").
    Title = 2,
    /// Two or more letters, all uppercase.
    Upper = 3,
    /// Lowercase first, uppercase later ("eBay").
    Mixed = 4,
}

/// The casing class of a token.
fn case_of(token: &str) -> Case {
    let mut letters = 0;
    let mut upper = 0;
    let mut first_upper = None;
    for c in token.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
            first_upper.get_or_insert(c.is_uppercase());
        }
    }
    match first_upper {
        None => Case::None,
        Some(_) if letters >= 2 && upper == letters => Case::Upper,
        Some(true) => Case::Title,
        Some(false) if upper == 0 => Case::Lower,
        Some(false) => Case::Mixed,
    }
}

/// Emits the characters of the word shape: letters become `X`/`x`, digits
/// `d`, and runs longer than two are cut to two.
fn shape_chars(token: &str, mut emit: impl FnMut(char)) {
    let mut last = '\0';
    let mut run = 0;
    for c in token.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 2 {
            emit(s);
        }
    }
}

/// The hash of the word shape ("Smith" -> hash of "Xxx", "1996-08-22" -> "dd-dd-dd").
fn shape_hash(token: &str) -> u64 {
    let mut h = StrHasher::new();
    shape_chars(token, |c| h.push(c));
    h.finish()
}

/// Writes the lowercase form of `token` (see [`lower_form`]) into `out`.
fn lower_into(token: &str, out: &mut String) {
    out.clear();
    out.extend(token.chars().flat_map(char::to_lowercase).map(|c| {
        if c.is_ascii_digit() {
            '0'
        } else {
            c
        }
    }));
}

/// The lowercase form used for features and gazetteers (digits become `0`).
pub fn lower_form(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    lower_into(token, &mut out);
    out
}

/// The hash of the title-case form ("GERMANY" -> hash of "Germany").
fn title_hash(token: &str) -> u64 {
    let mut h = StrHasher::new();
    for (i, c) in token.chars().enumerate() {
        if i == 0 {
            c.to_uppercase().for_each(|u| h.push(u));
        } else {
            c.to_lowercase().for_each(|l| h.push(l));
        }
    }
    h.finish()
}

/// The hash of `str::to_lowercase(token)`.
fn lowercase_hash(token: &str) -> u64 {
    // Only a capital sigma lowers differently in context (final sigma).
    if token.contains('Σ') {
        str_hash(&token.to_lowercase())
    } else {
        lower_hash(token)
    }
}

/// Word-level resources the features consult.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resources {
    /// Word hash -> cluster index.
    pub clusters: HashKeyed<u16>,
    /// Each cluster's path prefix hashes (0 for none).
    pub cluster_prefixes: Vec<[u64; 4]>,
    /// Lowercase word hash -> how often it is capitalised inside sentences (1..=5).
    pub case_ratio: HashKeyed<u8>,
    /// Phrase hash -> category bit mask.
    pub gazetteer: HashKeyed<u16>,
}

impl Resources {
    /// Sets the clusters from `(word, path)` pairs.
    pub fn set_clusters<'a>(&mut self, words: impl Iterator<Item = (&'a str, &'a str)>) {
        let mut index: HashMap<&str, u16> = HashMap::new();
        self.clusters.clear();
        self.cluster_prefixes.clear();
        for (word, path) in words {
            let next = index.len() as u16;
            let c = *index.entry(path).or_insert_with(|| {
                let mut prefixes = [0u64; 4];
                for (p, &len) in prefixes.iter_mut().zip(&CLUSTER_PREFIXES) {
                    let cut = &path[..len.min(path.len())];
                    *p = str_hash(cut) ^ len as u64;
                }
                self.cluster_prefixes.push(prefixes);
                next
            });
            self.clusters.insert(str_hash(word), c);
        }
    }

    /// The cluster prefixes of `form` (hash `w`): of the form itself, else for
    /// capitalised words of its title-case or lowercase form.
    fn cluster_of(&self, form: &str, w: u64, case: Case) -> Option<&[u64; 4]> {
        let find = |h: u64| self.clusters.get(&h).copied();
        let found = find(w).or_else(|| match case {
            Case::Upper | Case::Title => {
                find(title_hash(form)).or_else(|| find(lowercase_hash(form)))
            }
            _ => None,
        });
        found.map(|c| &self.cluster_prefixes[c as usize])
    }
}

/// What features need to know about one token.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenInfo {
    /// Hash of the normalised form.
    pub w: u64,
    /// Hash of the lowercase form.
    pub lw: u64,
    /// Hash of the shape.
    pub shape: u64,
    /// Hashes of lowercase prefixes (1..=4 chars) and suffixes (1..=4), 0 when too short.
    pub affixes: [u64; 8],
    /// Cluster path prefix hashes, 0 when the word has no cluster.
    pub cluster: [u64; 4],
    /// Casing class.
    pub case: u8,
    /// How often the word is capitalised in running text (0 unknown, 1..=5).
    pub case_ratio: u8,
    /// Casing of the same word elsewhere in the document (bit 0: capitalised
    /// inside a sentence, bit 1: lowercase).
    pub doc_case: u8,
    /// Gazetteer matches: bit `category * 4 + position` (B, I, L, U).
    pub gazetteer: u64,
}

/// The word-level attributes of the normalised form `form` (hash `w`);
/// `lower` is a buffer for its lowercase form.
pub fn token_info(resources: &Resources, form: &str, w: u64, lower: &mut String) -> TokenInfo {
    lower_into(form, lower);
    let case = case_of(form);
    let mut info = TokenInfo {
        w,
        lw: str_hash(lower),
        shape: shape_hash(form),
        case: case as u8,
        ..Default::default()
    };
    // Start of the k-th character (k >= 1), and of the k-th from the end.
    let n = lower.chars().count();
    let mut starts = lower.char_indices().skip(1).map(|(at, _)| at);
    let mut tails = lower.char_indices().rev().map(|(at, _)| at);
    for k in 1..n.min(5) {
        if let (Some(p), Some(s)) = (starts.next(), tails.next()) {
            info.affixes[k - 1] = str_hash(&lower[..p]) ^ k as u64;
            info.affixes[3 + k] = str_hash(&lower[s..]) ^ (k as u64 + 4);
        }
    }
    if let Some(c) = resources.cluster_of(form, w, case) {
        info.cluster = *c;
    }
    info.case_ratio = resources.case_ratio.get(&info.lw).copied().unwrap_or(0);
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The attributes as first written, building every string.
    fn reference(resources: &Resources, form: &str) -> TokenInfo {
        let lower = lower_form(form);
        let case = case_of(form);
        let mut shape = String::new();
        shape_chars(form, |c| shape.push(c));
        let mut info = TokenInfo {
            w: str_hash(form),
            lw: str_hash(&lower),
            shape: str_hash(&shape),
            case: case as u8,
            ..Default::default()
        };
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        let n = chars.len();
        for k in 1..=4 {
            if n > k {
                info.affixes[k - 1] = str_hash(&lower[..chars[k].0]) ^ k as u64;
                info.affixes[3 + k] = str_hash(&lower[chars[n - k].0..]) ^ (k as u64 + 4);
            }
        }
        let title: String = form
            .chars()
            .enumerate()
            .flat_map(|(i, c)| -> Vec<char> {
                if i == 0 {
                    c.to_uppercase().collect()
                } else {
                    c.to_lowercase().collect()
                }
            })
            .collect();
        let find = |s: &str| resources.clusters.get(&str_hash(s)).copied();
        let found = find(form).or_else(|| match case {
            Case::Upper | Case::Title => find(&title).or_else(|| find(&form.to_lowercase())),
            _ => None,
        });
        if let Some(c) = found {
            info.cluster = resources.cluster_prefixes[c as usize];
        }
        info.case_ratio = resources.case_ratio.get(&info.lw).copied().unwrap_or(0);
        info
    }

    #[test]
    fn shapes_cases_and_forms() {
        assert_eq!(shape_hash("Smith"), str_hash("Xxx"));
        assert_eq!(shape_hash("USA"), str_hash("XX"));
        assert_eq!(shape_hash("1996-08-22"), str_hash("dd-dd-dd"));
        assert_eq!(shape_hash("F-16"), str_hash("X-dd"));
        assert_eq!(case_of("GERMANY"), Case::Upper);
        assert_eq!(case_of("A"), Case::Title);
        assert_eq!(case_of("McDonald"), Case::Title);
        assert_eq!(case_of("eBay"), Case::Mixed);
        assert_eq!(case_of("1996"), Case::None);
        assert_eq!(lower_form("Q3-1996"), "q0-0000");
        assert_eq!(normalise("Reuters’"), "Reuters'");
        assert_eq!(normalise("`quoted´"), "'quoted'");
        assert_eq!(normalise("``"), "''");
        assert_eq!(normalise("`x'"), "'x'");
        assert_eq!(title_hash("GERMANY"), str_hash("Germany"));
        assert_eq!(lowercase_hash("ΟΔΥΣΣΕΥΣ"), str_hash("οδυσσευς"));
    }

    #[test]
    fn attributes_match_the_string_building_reference() {
        let mut resources = Resources::default();
        resources.set_clusters(
            [
                ("Germany", "0110"),
                ("paris", "0111"),
                ("σοφία", "10"),
                ("İstanbul", "11"),
            ]
            .into_iter(),
        );
        resources.case_ratio.insert(str_hash("germany"), 5);
        let mut buffer = String::from("left over");
        for form in [
            "GERMANY",
            "Germany",
            "PARIS",
            "Paris",
            "a",
            "ab",
            "abcd",
            "abcde",
            "Q3-1996",
            "ΣΟΦΊΑ",
            "ΣΟΦΙΑ",
            "σοφία",
            "İSTANBUL",
            "Ünïcödé",
            "ß",
            "ǅemal",
            "",
            ",",
            "co-operate",
        ] {
            let got = token_info(&resources, form, str_hash(form), &mut buffer);
            let want = reference(&resources, form);
            assert_eq!(
                (got.w, got.lw, got.shape, got.affixes, got.cluster),
                (want.w, want.lw, want.shape, want.affixes, want.cluster),
                "{form}"
            );
            assert_eq!((got.case, got.case_ratio), (want.case, want.case_ratio));
        }
    }
}
