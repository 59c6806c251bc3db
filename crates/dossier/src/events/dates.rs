//! Date expressions of news text normalised against the publication date:
//! "on Wednesday", "on Thursday night", "yesterday", "last week", "next
//! month", "in December 1994", "March 3", "1996-08-30".

use chrono::{Datelike, Duration, NaiveDate, Weekday};

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1-12) of a month name or abbreviation ("Dec", "Sept.").
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() >= 3 && (w == *m || w.len() <= 4)))
        .map(|i| i as u32 + 1)
}

/// The day of the week `word` names ("Tuesday"), if any.
pub(super) fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_lowercase();
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic() || c == ',');
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A date expression found in a run of words: how many words it spans
/// (from the first) and its normalised value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Words from the start of the expression.
    pub len: usize,
    /// ISO value: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `YYYY-Www` for weeks.
    pub value: Option<String>,
}

/// Reads a date expression starting at `words[0]`, relative to `reference`.
/// `future` prefers the coming weekday over the past one ("will visit on Friday").
pub fn date_at(words: &[&str], reference: Option<NaiveDate>, future: bool) -> Option<DateMatch> {
    let w0 = words.first()?.to_lowercase();
    let w1 = words.get(1).map(|w| w.to_lowercase());
    let iso = |d: NaiveDate| Some(d.format("%Y-%m-%d").to_string());
    // 1996-08-30 (a year may carry a sign; the check spares the parser
    // every other word)
    let numeric = w0.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
    if let Some(d) = numeric
        .then(|| NaiveDate::parse_from_str(&w0, "%Y-%m-%d").ok())
        .flatten()
    {
        return Some(DateMatch {
            len: 1,
            value: iso(d),
        });
    }
    if let Some(wd) = weekday(&w0) {
        let value = reference.and_then(|r| {
            let back = (7 + r.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
            let date = if future && back != 0 {
                r + Duration::days(7 - i64::from(back))
            } else {
                r - Duration::days(i64::from(back))
            };
            iso(date)
        });
        let len = if matches!(
            w1.as_deref(),
            Some("night" | "morning" | "afternoon" | "evening")
        ) {
            2
        } else {
            1
        };
        return Some(DateMatch { len, value });
    }
    match w0.as_str() {
        "yesterday" => {
            return Some(DateMatch {
                len: 1,
                value: reference.and_then(|r| iso(r - Duration::days(1))),
            })
        }
        "today" | "tonight" => {
            return Some(DateMatch {
                len: 1,
                value: reference.and_then(iso),
            })
        }
        "tomorrow" => {
            return Some(DateMatch {
                len: 1,
                value: reference.and_then(|r| iso(r + Duration::days(1))),
            })
        }
        "last" | "next" | "this" => {
            let shift: i64 = match w0.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = w1.as_deref()?;
            let value = reference.and_then(|r| match unit {
                "week" => {
                    let d = r + Duration::days(7 * shift);
                    let w = d.iso_week();
                    Some(format!("{}-W{:02}", w.year(), w.week()))
                }
                "month" => {
                    let m0 = r.year() * 12 + r.month0() as i32 + shift as i32;
                    Some(format!(
                        "{}-{:02}",
                        m0.div_euclid(12),
                        m0.rem_euclid(12) + 1
                    ))
                }
                "year" => Some(format!("{}", r.year() + shift as i32)),
                _ => None,
            });
            if !matches!(unit, "week" | "month" | "year") {
                return None;
            }
            return Some(DateMatch { len: 2, value });
        }
        _ => {}
    }
    // "December 1994", "March 3", "March 3, 2026", "Aug. 31"
    if let Some(m) = month(&w0) {
        let w1 = w1?;
        if let Some(y) = year(&w1) {
            return Some(DateMatch {
                len: 2,
                value: Some(format!("{y}-{m:02}")),
            });
        }
        let d = day(&w1)?;
        let (len, y) = match words.get(2).and_then(|w| year(w)).or_else(|| {
            (words.get(2) == Some(&","))
                .then(|| words.get(3).and_then(|w| year(w)))
                .flatten()
        }) {
            Some(y) if words.get(2) == Some(&",") => (4, Some(y)),
            Some(y) => (3, Some(y)),
            None => (2, reference.map(|r| r.year())),
        };
        let value = y
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .and_then(iso);
        return Some(DateMatch { len, value });
    }
    // "3 March 1996"
    if let (Some(d), Some(m)) = (day(&w0), w1.as_deref().and_then(month)) {
        let y = words.get(2).and_then(|w| year(w));
        let value = y
            .or(reference.map(|r| r.year()))
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .and_then(iso);
        return Some(DateMatch {
            len: if y.is_some() { 3 } else { 2 },
            value,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_expressions_against_fixed_dates() {
        // Friday 1996-08-30 (a CoNLL dateline) and Wednesday 2026-03-04.
        let friday = NaiveDate::from_ymd_opt(1996, 8, 30);
        let wednesday = NaiveDate::from_ymd_opt(2026, 3, 4);
        type Case<'a> = (&'a str, Option<NaiveDate>, bool, usize, Option<&'a str>);
        let cases: &[Case] = &[
            ("Friday", friday, false, 1, Some("1996-08-30")),
            ("Thursday night", friday, false, 2, Some("1996-08-29")),
            ("Monday", friday, false, 1, Some("1996-08-26")),
            ("Monday", friday, true, 1, Some("1996-09-02")),
            ("yesterday", wednesday, false, 1, Some("2026-03-03")),
            ("today", wednesday, false, 1, Some("2026-03-04")),
            ("last week", wednesday, false, 2, Some("2026-W09")),
            ("next week", wednesday, false, 2, Some("2026-W11")),
            ("last month", wednesday, false, 2, Some("2026-02")),
            (
                "next month",
                NaiveDate::from_ymd_opt(2026, 12, 10),
                false,
                2,
                Some("2027-01"),
            ),
            ("last year", wednesday, false, 2, Some("2025")),
            ("December 1994", friday, false, 2, Some("1994-12")),
            ("March 3", wednesday, false, 2, Some("2026-03-03")),
            ("Aug. 31 , 1996", None, false, 4, Some("1996-08-31")),
            ("3 March 1996", None, false, 3, Some("1996-03-03")),
            ("1996-08-30", None, false, 1, Some("1996-08-30")),
            ("Friday", None, false, 1, None),
        ];
        for &(text, reference, future, len, value) in cases {
            let words: Vec<&str> = text.split(' ').collect();
            let got = date_at(&words, reference, future).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((got.len, got.value.as_deref()), (len, value), "{text}");
        }
        assert_eq!(date_at(&["last", "resort"], friday, false), None);
        assert_eq!(date_at(&["May"], friday, false), None);
        assert_eq!(date_at(&["the"], friday, false), None);
    }
}
