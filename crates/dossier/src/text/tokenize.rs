//! Rule-based tokeniser in the style of UD English EWT (Penn Treebank conventions
//! with EWT's hyphen splitting), giving exact byte spans.
//!
//! Whitespace separates chunks; each chunk is split into leading punctuation, a
//! core, and trailing punctuation. The core is split at clitics ("do|n't",
//! "Reuters|'s"), dashes, and hyphens or slashes between words ("search|-|engine",
//! "and|/|or"), while numbers, dates, URLs, e-mail addresses, abbreviations
//! ("U.S.", "Gen.") and prefixed words ("e-mail", "anti-war") stay whole, as
//! do hyphenated East Asian given names ("Kim Jong-un").

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    is_abbreviation, is_hyphen_prefix, is_name_syllable, may_be_surname, needs_number,
};
use crate::document::Span;

/// Characters split off the front of a chunk.
const LEADING: &[char] = &[
    '"', '“', '‘', '«', '‹', '(', '[', '{', '<', '„', '*', '•', '·', '¿', '¡',
];

/// Characters split off the end of a chunk.
const TRAILING: &[char] = &[
    '"', '”', '’', '»', '›', ')', ']', '}', '>', ',', ';', ':', '!', '?', '*',
];

/// Currency signs split off a following number ("$|5").
const CURRENCY: &[char] = &['$', '£', '€', '¥', '₹'];

/// Clitics split off the end of a word, as in the Penn Treebank, with the
/// straight and the curly apostrophe.
const CLITICS: &[&str] = &[
    "'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m",
];

/// The negative clitic, with either apostrophe.
const NEGATIONS: &[&str] = &["n't", "n’t"];

/// Whole words split into two tokens.
const SPLIT_WORDS: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3)];

/// URLs, web addresses, e-mail addresses and file names, which stay whole.
/// Each contains '.', '@' or ':' ([`is_url_or_email`] checks that first).
static URL_OR_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            (https?|ftp)://\S+
          | www\.\S+
          | [\w.+-]+@[\w-]+(\.[\w-]+)+
          | [\w-]+(\.[\w-]+)*\.(com|org|net|gov|edu|int|mil|info|io|co\.uk|htm|html|php|aspx?|pdf|docx?|xlsx?|txt|jpe?g|png|gif)
        )$",
    )
    .expect("valid regex")
});

/// Whether the chunk `s` is a URL, web address, e-mail address or file name.
fn is_url_or_email(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'.' | b'@' | b':')) && URL_OR_EMAIL.is_match(s)
}

/// Splits `text` into tokens, returned as byte spans in text order.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut chunks = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            if let Some(s) = start.take() {
                chunks.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunks.push((s, text.len()));
    }
    let mut out = Vec::with_capacity(text.len() / 5);
    for (k, &(lo, hi)) in chunks.iter().enumerate() {
        let next = chunks.get(k + 1).and_then(|&(s, _)| first_char(&text[s..]));
        split_chunk(text, lo, hi, next, &mut out);
    }
    out
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Splits one whitespace-free chunk `text[lo..hi]`; `next` is the first
/// character of the following chunk.
fn split_chunk(text: &str, mut lo: usize, mut hi: usize, next: Option<char>, out: &mut Vec<Span>) {
    if text[lo..hi]
        .bytes()
        .all(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        out.push(Span::new(lo, hi)); // "...", "!!!", "?!"
        return;
    }
    // Leading punctuation, one mark at a time; runs of dots or hyphens together.
    while lo < hi {
        let s = &text[lo..hi];
        let Some(c) = first_char(s) else { break };
        let rest = &s[c.len_utf8()..];
        let run = leading_run(s);
        if run > 0 && run < s.len() {
            out.push(Span::new(lo, lo + run));
            lo += run;
        } else if rest.is_empty() {
            break;
        } else if LEADING.contains(&c)
            || (c == '\'' && !first_char(rest).is_some_and(|n| n.is_ascii_digit()))
            || (CURRENCY.contains(&c) && first_char(rest).is_some_and(|n| n.is_ascii_digit()))
        {
            out.push(Span::new(lo, lo + c.len_utf8()));
            lo += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected back to front.
    let mut tail = Vec::new();
    while lo < hi {
        let s = &text[lo..hi];
        let Some(c) = last_char(s) else { break };
        if is_url_or_email(s) && !TRAILING.contains(&c) && c != '.' {
            break;
        }
        let cl = c.len_utf8();
        if s.len() == cl {
            break;
        }
        let marks = trailing_marks(s);
        if s.ends_with("''") && s.len() > 2 {
            tail.push(Span::new(hi - 2, hi));
            hi -= 2;
        } else if marks > 1 && marks < s.len() {
            tail.push(Span::new(hi - marks, hi));
            hi -= marks;
        } else if TRAILING.contains(&c) || c == '…' {
            tail.push(Span::new(hi - cl, hi));
            hi -= cl;
        } else if c == '\'' || c == '’' {
            // A closing quote, or the possessive of a plural ("parents'").
            tail.push(Span::new(hi - cl, hi));
            hi -= cl;
        } else if c == '%' && s[..s.len() - 1].ends_with(|d: char| d.is_ascii_digit()) {
            tail.push(Span::new(hi - 1, hi));
            hi -= 1;
        } else if c == '.' {
            if keeps_period(&s[..s.len() - 1], tail.is_empty(), next) {
                break;
            }
            tail.push(Span::new(hi - 1, hi));
            hi -= 1;
        } else {
            break;
        }
    }
    if lo < hi {
        if is_url_or_email(&text[lo..hi]) {
            out.push(Span::new(lo, hi));
        } else {
            split_core(text, lo, hi, out);
        }
    }
    out.extend(tail.into_iter().rev());
}

/// Whether `stem` + "." is an abbreviation that keeps its period. Words such
/// as "No" are abbreviations only before a number; after a period that a
/// closing quote or bracket follows, only letter-dot forms ("U.S.") are.
fn keeps_period(stem: &str, at_chunk_end: bool, next: Option<char>) -> bool {
    if !is_abbreviation(stem) {
        return false;
    }
    if needs_number(stem) {
        return at_chunk_end && next.is_some_and(|c| c.is_ascii_digit());
    }
    at_chunk_end || stem.contains('.')
}

/// Length in bytes of a leading run of two or more dots or hyphens ("...",
/// "--"), or of a doubled quote ("``", "''").
fn leading_run(s: &str) -> usize {
    if s.starts_with("``") || s.starts_with("''") {
        return 2;
    }
    for mark in ['.', '-'] {
        let n = s.bytes().take_while(|&b| b == mark as u8).count();
        if n >= 2 {
            return n;
        }
    }
    if s.starts_with('-') && s[1..].starts_with(|c: char| c.is_alphabetic()) {
        return 1; // a dash glued to a word: "-Item"
    }
    0
}

/// Length in bytes of a trailing run of sentence marks ("...", "!!", "?!").
fn trailing_marks(s: &str) -> usize {
    let dots = s.bytes().rev().take_while(|&b| b == b'.').count();
    if dots > 0 {
        return dots;
    }
    s.bytes()
        .rev()
        .take_while(|&b| b == b'!' || b == b'?')
        .count()
}

/// Length of a clitic at the end of `s` ("n't", "'s", ...; ’ counts as '), if
/// any, compared without regard to ASCII case.
fn clitic_suffix_len(s: &str) -> Option<usize> {
    if let Some(n) = NEGATIONS.iter().find(|n| ends_with_ignore_case(s, n)) {
        return Some(n.len());
    }
    CLITICS
        .iter()
        .find(|c| {
            ends_with_ignore_case(s, c)
                && last_char(&s[..s.len() - c.len()]).is_some_and(char::is_alphanumeric)
        })
        .map(|c| c.len())
}

/// Whether `s` is longer than `suffix` and ends with it, ignoring ASCII case.
fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() > suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Splits a core (no leading or trailing punctuation) at clitics and inner separators.
fn split_core(text: &str, lo: usize, hi: usize, out: &mut Vec<Span>) {
    let s = &text[lo..hi];
    if let Some(&(_, cut)) = SPLIT_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)) {
        out.push(Span::new(lo, lo + cut));
        out.push(Span::new(lo + cut, hi));
        return;
    }
    if let Some(n) = clitic_suffix_len(s) {
        split_inner(text, lo, hi - n, out);
        out.push(Span::new(hi - n, hi));
        return;
    }
    split_inner(text, lo, hi, out);
}

/// Splits at dashes, ellipses, and hyphens, slashes or commas between words.
fn split_inner(text: &str, lo: usize, hi: usize, out: &mut Vec<Span>) {
    // Most words have none of the separators (the dashes and the ellipsis
    // all begin with the byte 0xE2 in UTF-8).
    if !text.as_bytes()[lo..hi]
        .iter()
        .any(|b| matches!(b, b'-' | b'.' | b'/' | b',' | 0xE2))
    {
        out.push(Span::new(lo, hi));
        return;
    }
    let chars: Vec<(usize, char)> = text[lo..hi]
        .char_indices()
        .map(|(i, c)| (lo + i, c))
        .collect();
    let at = |i: usize| chars.get(i).map_or(hi, |&(b, _)| b);
    let mut piece = lo;
    let mut i = 0;
    let flush = |from: usize, to: usize, out: &mut Vec<Span>| {
        if from < to {
            out.push(Span::new(from, to));
        }
    };
    while i < chars.len() {
        let (b, c) = chars[i];
        let run_of = |mark: char| chars[i..].iter().take_while(|(_, x)| *x == mark).count();
        if matches!(c, '—' | '–' | '…' | '―') {
            flush(piece, b, out);
            out.push(Span::new(b, at(i + 1)));
            piece = at(i + 1);
            i += 1;
            continue;
        }
        if (c == '-' || c == '.') && run_of(c) >= 2 && (c == '-' || run_of(c) >= 3 || i > 0) {
            let n = run_of(c);
            flush(piece, b, out);
            out.push(Span::new(b, at(i + n)));
            piece = at(i + n);
            i += n;
            continue;
        }
        if matches!(c, '-' | '/' | ',') && b > piece && i + 1 < chars.len() {
            let left = &text[piece..b];
            let right_end = chars[i + 1..]
                .iter()
                .find(|(_, x)| !x.is_alphanumeric())
                .map_or(hi, |&(e, _)| e);
            let right = &text[at(i + 1)..right_end];
            let split = match c {
                '-' => splits_at_hyphen(left, right) && !is_given_name(text, piece, left, right),
                '/' => splits_at_slash(left, right),
                _ => is_word(left) && is_word(right),
            };
            if split {
                flush(piece, b, out);
                out.push(Span::new(b, at(i + 1)));
                piece = at(i + 1);
            }
        }
        i += 1;
    }
    flush(piece, hi, out);
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

/// EWT splits hyphens between words, except after prefixes and inside codes and numbers.
fn splits_at_hyphen(left: &str, right: &str) -> bool {
    !right.is_empty()
        && !has_digit(left)
        && !has_digit(right)
        && left.chars().any(char::is_alphabetic)
        && right.chars().any(char::is_alphabetic)
        && !is_hyphen_prefix(left)
}

/// Whether "left-right" at `start` is the hyphenated given name after a
/// surname of an East Asian name ("Kim Young-sam", "Ban Ki-moon"): a
/// capitalised first half of at most five letters and a lower-case
/// syllable, after a surname and a space. EWT splits every such hyphen, but
/// the tagger reads the halves of a name as words ("In" of "Kim In-so" as
/// a preposition).
fn is_given_name(text: &str, start: usize, left: &str, right: &str) -> bool {
    let syllable = (2..=5).contains(&left.len())
        && left.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && left.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let surname = before.rsplit(' ').next().unwrap_or(before);
    syllable && may_be_surname(surname) && is_name_syllable(right)
}

/// "and/or" splits; "w/o", "l/c" and "9/11" do not.
fn splits_at_slash(left: &str, right: &str) -> bool {
    is_word(left) && is_word(right) && (left.chars().count() > 2 || right.chars().count() > 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_keeps_abbreviations() {
        assert_eq!(
            words("Gen. Smith met U.S. officials in Washington, D.C. on Friday."),
            vec![
                "Gen.",
                "Smith",
                "met",
                "U.S.",
                "officials",
                "in",
                "Washington",
                ",",
                "D.C.",
                "on",
                "Friday",
                "."
            ]
        );
    }

    #[test]
    fn clitics_and_possessives() {
        assert_eq!(
            words("Reuters' reporter didn't say it's Yeltsin's plan, can't he?"),
            vec![
                "Reuters", "'", "reporter", "did", "n't", "say", "it", "'s", "Yeltsin", "'s",
                "plan", ",", "ca", "n't", "he", "?"
            ]
        );
        assert_eq!(words("I cannot"), vec!["I", "can", "not"]);
        assert_eq!(words("Ankara’s"), vec!["Ankara", "’s"]);
    }

    #[test]
    fn quotes_and_dashes() {
        assert_eq!(
            words("“It was agreed,” he said -- later... \"No.\""),
            vec![
                "“", "It", "was", "agreed", ",", "”", "he", "said", "--", "later", "...", "\"",
                "No", ".", "\""
            ]
        );
        assert_eq!(words("war—peace"), vec!["war", "—", "peace"]);
        assert_eq!(
            words("''This isn't it,'' he said. ``Yes''"),
            vec!["''", "This", "is", "n't", "it", ",", "''", "he", "said", ".", "``", "Yes", "''"]
        );
    }

    #[test]
    fn hyphens_slashes_numbers() {
        assert_eq!(
            words("chief-of-staff e-mail anti-war Itar-Tass F-16 1996-08-30 and/or 9/11 w/o"),
            vec![
                "chief",
                "-",
                "of",
                "-",
                "staff",
                "e-mail",
                "anti-war",
                "Itar",
                "-",
                "Tass",
                "F-16",
                "1996-08-30",
                "and",
                "/",
                "or",
                "9/11",
                "w/o"
            ]
        );
        assert_eq!(
            words("$1,250.50 rose 3.5% at 10:30"),
            vec!["$", "1,250.50", "rose", "3.5", "%", "at", "10:30"]
        );
    }

    #[test]
    fn east_asian_given_names_stay_whole() {
        assert_eq!(
            words("Kim Jong-un met Moon Jae-in in Sri Lanka-born Hamas-run Serb-held The Call-in"),
            vec![
                "Kim", "Jong-un", "met", "Moon", "Jae-in", "in", "Sri", "Lanka", "-", "born",
                "Hamas", "-", "run", "Serb", "-", "held", "The", "Call", "-", "in"
            ]
        );
    }

    #[test]
    fn urls_and_emails_stay_whole() {
        assert_eq!(
            words("See http://example.com/a-b?x=1, or mail press@un.org."),
            vec![
                "See",
                "http://example.com/a-b?x=1",
                ",",
                "or",
                "mail",
                "press@un.org",
                "."
            ]
        );
    }

    #[test]
    fn spans_are_exact_on_unicode() {
        let text = "Zürich’s «Bürger» said";
        for span in tokenize(text) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert_eq!(
            words(text),
            vec!["Zürich", "’s", "«", "Bürger", "»", "said"]
        );
    }
}
