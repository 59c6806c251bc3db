//! What the models need to know about a word, computed once per token without
//! allocating: hashes of its form, lower-cased form, shape, prefixes and
//! suffixes, and a few orthographic flags.

use crate::learn::hash::{bytes_hash, finish, fold, lower_hash, str_hash};

/// Hashed views of one word form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// The form as written.
    pub form: u64,
    /// The lower-cased form.
    pub lower: u64,
    /// Shape: `X` upper, `x` lower, `d` digit, other characters as themselves,
    /// runs collapsed ("McDonald's" -> `XxXx'x`).
    pub shape: u64,
    /// Lower-cased prefixes of 1, 2 and 3 characters (the whole word if shorter).
    pub prefix: [u64; 3],
    /// Lower-cased suffixes of 1 to 4 characters (the whole word if shorter).
    pub suffix: [u64; 4],
    /// Orthographic flags: see the `FLAG_*` constants.
    pub flags: u64,
}

/// The word has a digit.
pub const FLAG_DIGIT: u64 = 1;
/// The word has an upper-case letter.
pub const FLAG_UPPER: u64 = 2;
/// The word has a hyphen.
pub const FLAG_HYPHEN: u64 = 4;
/// Every letter of the word is upper-case.
pub const FLAG_ALL_UPPER: u64 = 8;
/// The word starts with an upper-case letter.
pub const FLAG_TITLE: u64 = 16;
/// The word has no letter and no digit.
pub const FLAG_PUNCT: u64 = 32;
/// The word is long (more than 8 characters).
pub const FLAG_LONG: u64 = 64;

fn char_hash(chars: &[char]) -> u64 {
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in chars {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    bytes_hash(&buf[..n])
}

impl WordInfo {
    /// Computes the views of `form`.
    pub fn new(form: &str) -> Self {
        let mut first = ['\0'; 3];
        let mut last = ['\0'; 4];
        let mut count = 0usize;
        let mut shape = 0x5a5a_u64;
        let mut prev_shape = '\0';
        let (mut digit, mut upper, mut lower_letter, mut hyphen) = (false, false, false, false);
        let mut title = false;
        for (i, c) in form.chars().enumerate() {
            let l = c.to_lowercase().next().unwrap_or(c);
            if i < 3 {
                first[i] = l;
            }
            last.rotate_left(1);
            last[3] = l;
            count += 1;
            let s = if c.is_uppercase() {
                upper = true;
                if i == 0 {
                    title = true;
                }
                'X'
            } else if c.is_lowercase() {
                lower_letter = true;
                'x'
            } else if c.is_ascii_digit() || c.is_numeric() {
                digit = true;
                'd'
            } else {
                if c == '-' {
                    hyphen = true;
                }
                c
            };
            if s != prev_shape {
                shape = fold(shape, s as u64);
                prev_shape = s;
            }
        }
        let n1 = count.min(3);
        let prefix = [
            char_hash(&first[..1.min(n1)]),
            char_hash(&first[..2.min(n1)]),
            char_hash(&first[..n1]),
        ];
        let n2 = count.min(4);
        let tail = &last[4 - n2..];
        let suffix = [
            char_hash(&tail[tail.len().saturating_sub(1)..]),
            char_hash(&tail[tail.len().saturating_sub(2)..]),
            char_hash(&tail[tail.len().saturating_sub(3)..]),
            char_hash(tail),
        ];
        let mut flags = 0;
        if digit {
            flags |= FLAG_DIGIT;
        }
        if upper {
            flags |= FLAG_UPPER;
        }
        if hyphen {
            flags |= FLAG_HYPHEN;
        }
        if upper && !lower_letter {
            flags |= FLAG_ALL_UPPER;
        }
        if title {
            flags |= FLAG_TITLE;
        }
        if !digit && !upper && !lower_letter {
            flags |= FLAG_PUNCT;
        }
        if count > 8 {
            flags |= FLAG_LONG;
        }
        WordInfo {
            form: str_hash(form),
            lower: lower_hash(form),
            shape: finish(shape),
            prefix,
            suffix,
            flags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_of_a_word() {
        let w = WordInfo::new("Talking");
        assert_eq!(w.lower, str_hash("talking"));
        assert_eq!(w.suffix[2], str_hash("ing"));
        assert_eq!(w.suffix[3], str_hash("king"));
        assert_eq!(w.prefix[1], str_hash("ta"));
        assert_eq!(w.flags & FLAG_TITLE, FLAG_TITLE);
        assert_eq!(WordInfo::new("Xyz").shape, WordInfo::new("Abcdef").shape);
        assert_ne!(WordInfo::new("abc").shape, WordInfo::new("Abc").shape);
        let short = WordInfo::new("I");
        assert_eq!(short.suffix[3], str_hash("i"));
        assert_eq!(short.prefix[2], str_hash("i"));
        assert_eq!(WordInfo::new("1990s").flags & FLAG_DIGIT, FLAG_DIGIT);
        assert_eq!(WordInfo::new("--").flags & FLAG_PUNCT, FLAG_PUNCT);
    }
}
