//! Wire datelines at the head of a story: `MOSCOW 1996-08-30 -`,
//! `WASHINGTON (Reuters) -`, `ANKARA, Aug 31 (Reuters) -`, `BEIRUT, Lebanon —`.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::normalize_date;
use crate::document::{Dateline, Document, Span};

/// Paragraphs searched for a dateline (the first may be a headline).
const PARAGRAPHS_SEARCHED: usize = 3;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?P<place>[A-Z][A-Z.'\-]*(?:\ [A-Z][A-Z.'\-]*){0,3})        # MOSCOW, RIO DE JANEIRO
        (?:,\ (?P<region>[A-Z][A-Za-z.']*(?:\ [A-Z][A-Za-z.']*){0,2}))?  # , Lebanon
        (?:,?\ (?P<date>\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\ \d{1,2}(?:,\ \d{4})?))?
        \ ?(?:\((?P<agency>[A-Za-z][\w.&\ -]{0,30})\))?
        \ (?P<dash>-{1,2}|–|—)(?:\ |$)",
    )
    .expect("valid regex")
});

/// Looks for a dateline at the start of the first paragraphs of `doc`; records
/// it, and takes the publication date and outlet from it where the document
/// has none. A date without a year ("Oct 21") takes the publication year.
pub fn attach_dateline(doc: &mut Document) {
    let year = doc
        .meta
        .published
        .as_deref()
        .and_then(|p| p.get(..4))
        .map(str::to_string);
    let mut at = doc.text.len() - doc.text.trim_start().len();
    let mut found = Vec::new();
    for _ in 0..PARAGRAPHS_SEARCHED {
        found.extend(find_dateline(&doc.text, at, year.as_deref()));
        let Some(gap) = doc.text[at..].find("\n\n") else {
            break;
        };
        let rest = &doc.text[at + gap..];
        at += gap + (rest.len() - rest.trim_start().len());
    }
    // One with a date or an agency before a bare place and dash, which a
    // sports headline also has ("SOCCER - OKAFOR TO RETIRE.").
    let anchored = |d: &Dateline| d.date.is_some() || d.agency.is_some();
    let Some(dateline) = found
        .iter()
        .position(anchored)
        .or((!found.is_empty()).then_some(0))
        .map(|i| found.swap_remove(i))
    else {
        return;
    };
    if doc.meta.published.is_none() {
        doc.meta.published = dateline.date.clone();
    }
    if doc.meta.outlet.is_none() {
        doc.meta.outlet = dateline.agency.clone();
    }
    doc.meta.dateline = Some(dateline);
}

/// Finds a dateline at byte offset `at` of `text` (the start of the story
/// body); `year` completes dates written without one.
pub fn find_dateline(text: &str, at: usize, year: Option<&str>) -> Option<Dateline> {
    let rest = text.get(at..)?;
    let caps = DATELINE.captures(rest)?;
    let place = caps.name("place")?.as_str();
    let has_anchor = caps.name("date").is_some() || caps.name("agency").is_some();
    // Without a date or an agency, only an all-caps place followed by a dash counts.
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3 || (!has_anchor && place.len() < 4) {
        return None;
    }
    let dash = caps.name("dash")?;
    Some(Dateline {
        span: Span::new(at, at + dash.end()),
        place: place.to_string(),
        date: caps.name("date").and_then(|d| {
            normalize_date(d.as_str())
                .or_else(|| year.and_then(|y| normalize_date(&format!("{}, {y}", d.as_str()))))
        }),
        agency: caps.name("agency").map(|a| a.as_str().trim().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(String, Option<String>, Option<String>, &str)> {
        find_dateline(text, 0, Some("1996")).map(|d| (d.place, d.date, d.agency, d.span.of(text)))
    }

    #[test]
    fn recognises_wire_datelines() {
        assert_eq!(
            parts("MOSCOW 1996-08-30 - Russian Prime Minister"),
            Some((
                "MOSCOW".into(),
                Some("1996-08-30".into()),
                None,
                "MOSCOW 1996-08-30 -"
            ))
        );
        assert_eq!(
            parts("RIO DE JANEIRO 1996-08-30 - Brazil"),
            Some((
                "RIO DE JANEIRO".into(),
                Some("1996-08-30".into()),
                None,
                "RIO DE JANEIRO 1996-08-30 -"
            ))
        );
        assert_eq!(
            parts("WASHINGTON (Reuters) - The"),
            Some((
                "WASHINGTON".into(),
                None,
                Some("Reuters".into()),
                "WASHINGTON (Reuters) -"
            ))
        );
        let beirut = parts("BEIRUT, Lebanon — Officials").unwrap();
        assert_eq!(beirut.0, "BEIRUT");
        assert_eq!(beirut.3, "BEIRUT, Lebanon —");
        let ankara = parts("ANKARA, Aug 31, 1996 (Reuters) - Turkey").unwrap();
        assert_eq!(ankara.1.as_deref(), Some("1996-08-31"));
        let erbil = parts("ERBIL, Oct 21 (Meridian Wire) - Leaders").unwrap();
        assert_eq!(erbil.1.as_deref(), Some("1996-10-21"));
        assert_eq!(erbil.2.as_deref(), Some("Meridian Wire"));
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(parts("The minister said - wait"), None);
        assert_eq!(parts("US - talks"), None);
        assert_eq!(parts("Moscow said on Friday"), None);
    }
}

#[cfg(test)]
mod attach_tests {
    use super::*;
    use crate::document::DocMeta;

    #[test]
    fn finds_a_dateline_after_a_headline_paragraph() {
        let text = "Parties meet\n\nERBIL, Oct 21 (Meridian Wire) - Leaders met.";
        let meta = DocMeta {
            published: Some("2026-10-21T09:15:00Z".into()),
            ..Default::default()
        };
        let mut doc = Document::new(meta, text.into());
        attach_dateline(&mut doc);
        let dateline = doc.meta.dateline.unwrap();
        assert_eq!(dateline.date.as_deref(), Some("2026-10-21"));
        assert_eq!(doc.meta.outlet.as_deref(), Some("Meridian Wire"));
        // A sports headline's "SOCCER -" gives way to the dated dateline.
        let text = "SOCCER - OKAFOR TO RETIRE.\n\nACCRA 1996-08-31 - Okafor will retire.";
        let mut doc = Document::new(DocMeta::default(), text.into());
        attach_dateline(&mut doc);
        assert_eq!(doc.meta.dateline.unwrap().place, "ACCRA");
    }
}
