//! Sentence boundaries over tokens.
//!
//! A boundary falls at a blank line, at a forced break (after a dateline), before
//! a bullet, at a line break in text that is not hard-wrapped (unless the line
//! goes on in lower case after no terminal mark), and after terminal
//! punctuation (with any closing quotes and brackets glued to it) when the next
//! token can open a sentence. Abbreviations end a sentence only before a common
//! sentence opener, titles and initials never.

use std::ops::Range;

use super::boundary::BoundaryModel;
use super::lexicon::{is_prefix_abbreviation, is_sentence_starter};
use crate::document::Span;
use crate::learn::Features;

/// Closing marks that stay with the sentence they end.
const CLOSERS: &[&str] = &["\"", "”", "’", "'", ")", "]", "»", "}"];

/// Where the headline ends: a first line of at most 120 bytes with a blank
/// line after it; 0 when the text opens with none.
fn headline_end(text: &str) -> usize {
    let line_end = text.find('\n').unwrap_or(text.len());
    let blank_after = ["\n\n", "\n\r\n"]
        .iter()
        .any(|b| text[line_end..].starts_with(b));
    if line_end <= 120 && blank_after {
        line_end
    } else {
        0
    }
}

/// A gap after a token where the rules decided whether a sentence ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// Index of the token before the gap.
    pub token: usize,
    /// The rules' decision.
    pub boundary: bool,
    /// A boundary no model may undo: a blank line, a forced break, a list
    /// item, a line break in text that is not hard-wrapped (unless the line
    /// goes on in lower case, see [`gap_breaks`]), a doubled quote mark that
    /// opens the next sentence ("said Altman. ''We lost"), or the end.
    pub hard: bool,
    /// A continuation no model may undo: see [`abbreviation_continues`].
    pub firm: bool,
}

/// The rules' decision at every gap between tokens (closing marks glued to a
/// sentence end are inside it, so no gap is reported before them).
pub fn rule_gaps(text: &str, tokens: &[Span], breaks: &[usize]) -> Vec<Gap> {
    let wrapped = is_hard_wrapped(text);
    let headline = headline_end(text);
    let mut gaps = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i; // last token of the candidate sentence
        let mut boundary = soft_boundary(text, tokens, i);
        let mut firm = false;
        if is_terminal(tokens[i].of(text)) {
            // Closing marks glued to the end, and further runs of marks ("! !!").
            while end + 1 < tokens.len() {
                let next = tokens[end + 1].of(text);
                let glued = tokens[end].end == tokens[end + 1].start;
                let same_line = !text[tokens[end].end..tokens[end + 1].start].contains('\n');
                if (glued && CLOSERS.contains(&next)) || (same_line && is_mark_run(next)) {
                    end += 1;
                } else {
                    break;
                }
            }
            boundary = ends_sentence(text, tokens, i, end);
            firm = !boundary && abbreviation_continues(text, tokens, i, end);
        }
        // "''We lost": an opening quote mark ends nothing.
        if opens_doubled_quote(text, tokens, i) {
            firm = true;
        }
        // "Kornblum, Milosevic discuss election crisis.": a comma in a
        // headline ends nothing.
        if tokens[i].start < headline && tokens[i].of(text) == "," {
            firm = true;
        }
        let hard = match tokens.get(end + 1) {
            Some(next) => {
                let gap = &text[tokens[end].end..next.start];
                gap_breaks(gap, tokens[i].of(text), next.of(text), wrapped)
                    || breaks
                        .iter()
                        .any(|&b| tokens[end].end <= b && b <= next.start)
            }
            None => true,
        } || (boundary && opens_doubled_quote(text, tokens, end + 1));
        gaps.push(Gap {
            token: end,
            boundary: boundary || hard,
            hard,
            firm: firm && !hard,
        });
        i = end + 1;
    }
    gaps
}

/// Whether token `k` is a doubled quote mark ("``" or "''") glued to the
/// capitalised word after it, so that it opens a quotation.
fn opens_doubled_quote(text: &str, tokens: &[Span], k: usize) -> bool {
    let (Some(mark), Some(word)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    matches!(mark.of(text), "``" | "''")
        && mark.end == word.start
        && word.of(text).chars().next().is_some_and(char::is_uppercase)
}

/// Groups `tokens` into sentences; returns token index ranges. `breaks` are byte
/// offsets at which a sentence must end (for example after a dateline).
pub fn split_sentences(text: &str, tokens: &[Span], breaks: &[usize]) -> Vec<Range<usize>> {
    let model = BoundaryModel::shared().ok();
    let words = model.map(|m| m.words(text, tokens));
    let mut feats = Features::new();
    let mut out = Vec::new();
    let mut start = 0;
    for gap in rule_gaps(text, tokens, breaks) {
        let boundary = match (model, &words) {
            (Some(m), Some(words)) if !gap.hard && !gap.firm => {
                m.decide(words, tokens, gap.token, gap.boundary, &mut feats)
            }
            _ => gap.boundary,
        };
        if boundary {
            out.push(start..gap.token + 1);
            start = gap.token + 1;
        }
    }
    out
}

/// True for tokens that may end a sentence: ".", "!", "?", "...", "?!", "Inc.".
pub(super) fn is_terminal(token: &str) -> bool {
    token.ends_with(['.', '!', '?', '…'])
}

/// Boundaries without terminal punctuation: a clock time ("08:02 PM") or a
/// dateline dash ("(AFP) -") before a capitalised word.
fn soft_boundary(text: &str, tokens: &[Span], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let word = tokens[i].of(text);
    let next_text = next.of(text);
    let capital = next_text.chars().next().is_some_and(char::is_uppercase);
    match word {
        "AM" | "PM" | "a.m." | "p.m." => {
            capital && i > 0 && tokens[i - 1].of(text).contains(':') && next_text != "EST"
        }
        "-" | "--" => capital && i > 0 && tokens[i - 1].of(text) == ")",
        _ => false,
    }
}

/// A token made only of sentence marks: ".", "!!", "?!", "...".
fn is_mark_run(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| matches!(b, b'.' | b'!' | b'?'))
}

/// Whether the terminal token `i` (with closers up to `end`) ends its sentence.
fn ends_sentence(text: &str, tokens: &[Span], i: usize, end: usize) -> bool {
    let Some(next) = tokens.get(end + 1) else {
        return true;
    };
    let word = tokens[i].of(text);
    let next_text = next.of(text);
    let Some(first) = next_text.chars().next() else {
        return false;
    };
    if matches!(first, ',' | ';' | ':' | ')' | ']' | '}') {
        return false; // "Inc. ,", "Yahoo! and", ":)"
    }
    if bracketed_before_lower(text, tokens, i, end) {
        return false; // "(D-Wis.) said"
    }
    if let Some(stem) = abbreviation_stem(text, tokens, i) {
        if is_prefix_abbreviation(stem) || stem.chars().count() == 1 {
            return false;
        }
        return is_sentence_starter(next_text) || is_opening(next_text);
    }
    if word.starts_with("..") || word == "…" {
        return first.is_uppercase() || is_opening(next_text);
    }
    // After a bare period, question or exclamation mark a lower-case word still
    // opens a sentence in informal text ("... at 8160. they haven't").
    !first.is_lowercase()
        || next_text.chars().count() > 1 && next_text.chars().all(char::is_alphabetic)
}

/// Whether the closers after the terminal token `i` (up to `end`) include a
/// bracket and a lower-case word follows: "(D-Wis.) said".
fn bracketed_before_lower(text: &str, tokens: &[Span], i: usize, end: usize) -> bool {
    let lower = tokens
        .get(end + 1)
        .and_then(|t| t.of(text).chars().next())
        .is_some_and(char::is_lowercase);
    lower
        && tokens[i + 1..=end]
            .iter()
            .any(|t| matches!(t.of(text), ")" | "]"))
}

/// The abbreviation whose period is token `i`, without the period: the token
/// itself ("Gen." gives "Gen"), or the dotted token glued before a bare period
/// that the tokenizer split off ("S.C" "." gives "S.C").
fn abbreviation_stem<'a>(text: &'a str, tokens: &[Span], i: usize) -> Option<&'a str> {
    let word = tokens[i].of(text);
    if word.len() > 1 && word.ends_with('.') && !word.ends_with("..") {
        return Some(&word[..word.len() - 1]);
    }
    let before = tokens[..i].last()?;
    let stem = before.of(text);
    (word == "." && before.end == tokens[i].start && stem.contains('.')).then_some(stem)
}

/// Whether the abbreviation at token `i` (with closers up to `end`) surely
/// does not end its sentence: a title or initial before a capitalised word
/// that does not usually open sentences ("Gen. Lee", "N. Korea"), or any
/// abbreviation before a lower-case word ("(R-S.C.) said", "U.S. and"), and a
/// period closed by a bracket before a lower-case word ("(D-Wis.) said").
fn abbreviation_continues(text: &str, tokens: &[Span], i: usize, end: usize) -> bool {
    let Some(next) = tokens.get(end + 1).map(|t| t.of(text)) else {
        return false;
    };
    if bracketed_before_lower(text, tokens, i, end) {
        return true;
    }
    let Some(stem) = abbreviation_stem(text, tokens, i) else {
        return false;
    };
    let first = next.chars().next();
    if first.is_some_and(char::is_lowercase) {
        return true;
    }
    let titled = is_prefix_abbreviation(stem) || stem.chars().count() == 1;
    titled && first.is_some_and(char::is_uppercase) && !is_sentence_starter(next)
}

fn is_opening(token: &str) -> bool {
    matches!(token, "\"" | "“" | "‘" | "(" | "[" | "'")
}

/// Whether the whitespace `gap` between tokens `prev` and `next` is a
/// sentence boundary. A single line break is one, unless the text is
/// hard-wrapped or the line goes on mid-sentence: no terminal mark before it
/// and an all-lower-case word after it (a quotation wrapped once: "we will
/// not\nwait forever"; "iPhone" may open a line after a headline).
fn gap_breaks(gap: &str, prev: &str, next: &str, wrapped: bool) -> bool {
    match gap.matches('\n').count() {
        0 => false,
        1 => {
            // The line goes on: no terminal mark before, a lower-case word after.
            let goes_on = || {
                !is_terminal(prev)
                    && next.chars().any(char::is_alphabetic)
                    && !next.chars().any(char::is_uppercase)
            };
            is_bullet(next) || !wrapped && !goes_on()
        }
        _ => true,
    }
}

/// A list marker at the start of a line.
fn is_bullet(token: &str) -> bool {
    matches!(token, "-" | "*" | "•" | "·" | "–" | "—" | "o")
}

/// True when the text looks hard-wrapped: most lines are of similar, long-ish
/// length and end without terminal punctuation, so single line breaks are not
/// boundaries.
fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    if lines.len() < 4 {
        return false;
    }
    let mut wrapped = 0;
    let mut counted = 0;
    for pair in lines.windows(2) {
        if pair[0].is_empty() || pair[1].is_empty() {
            continue;
        }
        counted += 1;
        let len = pair[0].chars().count();
        let open_end = !pair[0].ends_with(['.', '!', '?', '"', '”', ':']);
        if (40..=100).contains(&len) && open_end {
            wrapped += 1;
        }
    }
    counted >= 3 && wrapped * 2 > counted
}

#[cfg(test)]
mod tests {
    use super::super::tokenize::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens, &[])
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Mr. J. R. Smith of Acme Inc. met Gen. Lee on Jan. 5. He left."),
            vec![
                "Mr. J. R. Smith of Acme Inc. met Gen. Lee on Jan. 5.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("He moved to the U.S. The talks ended."),
            vec!["He moved to the U.S.", "The talks ended."]
        );
        assert_eq!(
            sentences("U.S. officials said so."),
            vec!["U.S. officials said so."]
        );
        assert_eq!(
            sentences("N. Korea urges S. Korea to talk"),
            vec!["N. Korea urges S. Korea to talk"]
        );
        assert_eq!(
            sentences("Rep. Trey Gowdy (R-S.C.) said it would not. Gen. Smith agreed."),
            vec![
                "Rep. Trey Gowdy (R-S.C.) said it would not.",
                "Gen. Smith agreed."
            ]
        );
        assert_eq!(
            sentences("Sen. Tammy Baldwin (D-Wis.) said no."),
            vec!["Sen. Tammy Baldwin (D-Wis.) said no."]
        );
    }

    #[test]
    fn plural_titles_do_not_split_and_suffixes_may_end_a_sentence() {
        assert_eq!(
            sentences("Sens. John McCain and Lindsey Graham said it would fail. Reps. Nancy Pelosi and Paul Ryan disagreed."),
            vec![
                "Sens. John McCain and Lindsey Graham said it would fail.",
                "Reps. Nancy Pelosi and Paul Ryan disagreed."
            ]
        );
        assert_eq!(
            sentences(
                "Drs. Ali and Smith met Govs. Christie and Cuomo and Gens. Milley and Austin."
            ),
            vec!["Drs. Ali and Smith met Govs. Christie and Cuomo and Gens. Milley and Austin."]
        );
        assert_eq!(
            sentences("The speech was given by Martin Luther King Jr. The crowd cheered on Martin Luther King Jr. Day."),
            vec![
                "The speech was given by Martin Luther King Jr.",
                "The crowd cheered on Martin Luther King Jr. Day."
            ]
        );
    }

    #[test]
    fn state_and_unit_abbreviations() {
        assert_eq!(
            sentences("Mass. Gov. Charlie Baker met Sen. Patty Murray, D-Wash., in Boston, Mass. The talks ended."),
            vec![
                "Mass. Gov. Charlie Baker met Sen. Patty Murray, D-Wash., in Boston, Mass.",
                "The talks ended."
            ]
        );
        assert_eq!(
            sentences("Revenue rose 5 pct. to $3.2 bln. in the quarter."),
            vec!["Revenue rose 5 pct. to $3.2 bln. in the quarter."]
        );
        assert_eq!(
            sentences("The firm laid off 200 sales reps. Managers said so."),
            vec!["The firm laid off 200 sales reps.", "Managers said so."]
        );
        assert_eq!(
            sentences("It reached critical mass. The rest followed."),
            vec!["It reached critical mass.", "The rest followed."]
        );
    }

    #[test]
    fn quotations_keep_their_closing_marks() {
        assert_eq!(
            sentences("\"We will win,\" he said. \"They lost.\" She agreed."),
            vec!["\"We will win,\" he said.", "\"They lost.\"", "She agreed."]
        );
        assert_eq!(
            sentences("''It is over,'' said Roger C. Altman. ''The Republicans won.''"),
            vec![
                "''It is over,'' said Roger C. Altman.",
                "''The Republicans won.''"
            ]
        );
    }

    #[test]
    fn a_comma_in_a_headline_ends_nothing() {
        let text = "Kornblum, Milosevic discuss election crisis.\n\nBELGRADE - They met.";
        let tokens = crate::text::tokenize::tokenize(text);
        let gaps = rule_gaps(text, &tokens, &[]);
        assert!(gaps[1].firm && !gaps[1].boundary);
    }

    #[test]
    fn headlines_bullets_and_paragraphs() {
        let text =
            "Talks collapse in Geneva\n\nThe talks collapsed.\n- first point\n- second point";
        assert_eq!(
            sentences(text),
            vec![
                "Talks collapse in Geneva",
                "The talks collapsed.",
                "- first point",
                "- second point"
            ]
        );
    }

    #[test]
    fn forced_breaks_split_datelines() {
        let text = "MOSCOW 1996-08-30 - Russia said";
        let tokens = tokenize(text);
        let out = split_sentences(text, &tokens, &[19]);
        assert_eq!(out, vec![0..3, 3..5]);
    }

    #[test]
    fn hard_wrapped_text_joins_lines() {
        let text = "The minister said on Friday that the government would not block\n\
                    the convoy and that talks with the rebel leaders would continue\n\
                    next week in the capital, according to a statement released by\n\
                    the ministry late on Thursday evening after a long meeting.";
        assert_eq!(sentences(text).len(), 1);
    }

    #[test]
    fn a_line_that_goes_on_in_lower_case_is_not_a_boundary() {
        let text = "\"We are ready,\" he said. \"But we will not\nwait forever.\"\nTalks resume\non Monday\nThey ended.\"\nthen\nApple sales fall\niPhone";
        assert_eq!(
            sentences(text),
            vec![
                "\"We are ready,\" he said.",
                "\"But we will not\nwait forever.\"",
                "Talks resume\non Monday",
                "They ended.\"",
                "then",
                "Apple sales fall",
                "iPhone"
            ]
        );
    }
}
