//! Quotation spans over a whole document, including quotations that run over
//! several sentences and paragraphs (wire copy reopens a quotation at each new
//! paragraph without closing the previous one).

use crate::document::{Document, Span};

/// A quotation: the token indices of its marks and the text between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (the last token when the quote never closes).
    pub close: usize,
    /// The quoted text, without the marks and without trailing punctuation.
    pub inner: Span,
}

/// Whether a quote mark opens (`Some(true)`), closes (`Some(false)`) or may
/// do either (`None`, the straight quote).
fn is_open(token: &str) -> Option<bool> {
    match token {
        "“" | "«" | "„" | "``" => Some(true),
        "”" | "»" => Some(false),
        _ => None,
    }
}

fn is_mark(token: &str) -> bool {
    matches!(token, "“" | "”" | "«" | "»" | "„" | "\"" | "``" | "''")
}

/// Finds every quotation in `doc`, in text order.
pub fn find_quotes(doc: &Document) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (i, token) in doc.tokens.iter().enumerate() {
        let text = doc.slice(token.span);
        if !is_mark(text) || in_markup(doc, i) {
            continue;
        }
        let opening = match (is_open(text).or_else(|| open_by_spacing(doc, i)), open) {
            (Some(kind), _) => kind,
            (None, None) => true,
            (None, Some(_)) => false,
        };
        match (opening, open) {
            (true, None) => open = Some(i),
            // A new opening mark inside an open quotation continues it (a new paragraph).
            (true, Some(_)) => {}
            (false, Some(start)) => {
                if let Some(inner) = inner_span(doc, start, i) {
                    quotes.push(Quote {
                        open: start,
                        close: i,
                        inner,
                    });
                }
                open = None;
            }
            (false, None) => {}
        }
    }
    if let Some(start) = open {
        let last = doc.tokens.len() - 1;
        if let Some(inner) = inner_span(doc, start, last + 1) {
            quotes.push(Quote {
                open: start,
                close: last,
                inner,
            });
        }
    }
    quotes
}

/// Whether a straight quote mark at token `i` opens (`Some(true)`: space
/// before, a word after, as in ` ''The`) or closes (`Some(false)`: a word or
/// punctuation before, space after, as in `resources,'' said`), so that one
/// stray mark does not turn every later quotation inside out.
fn open_by_spacing(doc: &Document, i: usize) -> Option<bool> {
    let span = doc.tokens[i].span;
    let before = doc.text[..span.start].chars().next_back();
    let after = doc.text[span.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}".contains(c));
    match (space_before, space_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// True when token `i` closes the value of a markup attribute left in the
/// text (`pic="pic.twitter.com/"`): it follows, with no space, a token
/// holding `="`.
fn in_markup(doc: &Document, i: usize) -> bool {
    i > 0 && {
        let previous = &doc.tokens[i - 1];
        previous.span.end == doc.tokens[i].span.start && doc.slice(previous.span).contains("=\"")
    }
}

/// The text strictly between tokens `open` and `close`, without stray quote
/// marks at the ends and without trailing punctuation.
fn inner_span(doc: &Document, open: usize, close: usize) -> Option<Span> {
    let mut first = open + 1;
    let mut last = close; // exclusive
    let skip = |t: &str| is_mark(t) || matches!(t, "," | "." | ";" | ":" | "-" | "--");
    while first < last && skip(doc.slice(doc.tokens[first].span)) {
        first += 1;
    }
    while last > first && skip(doc.slice(doc.tokens[last - 1].span)) {
        last -= 1;
    }
    (first < last).then(|| doc.tokens[first].span.cover(&doc.tokens[last - 1].span))
}

/// The quotation whose closing mark is token `close`, if any.
pub fn closing_at(quotes: &[Quote], close: usize) -> Option<&Quote> {
    quotes.iter().find(|q| q.close == close)
}

/// The quotation closing just before token `at`, its closing mark followed
/// by nothing or by punctuation ("”." ends the sentence before `at`).
pub fn closing_before<'a>(doc: &Document, quotes: &'a [Quote], at: usize) -> Option<&'a Quote> {
    let mut k = at;
    while k > 0 && matches!(doc.slice(doc.tokens[k - 1].span), "." | "?" | "!") {
        k -= 1;
    }
    k.checked_sub(1).and_then(|close| closing_at(quotes, close))
}

/// The quotation that opens at token `open`, if any.
pub fn opening_at(quotes: &[Quote], open: usize) -> Option<&Quote> {
    quotes.iter().find(|q| q.open == open)
}

/// True when token `i` lies inside a quotation.
pub fn inside(quotes: &[Quote], i: usize) -> bool {
    quotes.iter().any(|q| q.open < i && i < q.close)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;

    fn doc(text: &str) -> Document {
        let mut d = Document::new(DocMeta::default(), text.into());
        crate::text::segment(&mut d);
        d
    }

    #[test]
    fn pairs_quotes_across_paragraphs() {
        let d = doc("\"Lebed is in Chechnya,\" he said. \"\n\nThe main thing is his plan.\n\nIt was agreed.\" Then he left. “Curly,” she said.");
        let quotes = find_quotes(&d);
        let texts: Vec<&str> = quotes.iter().map(|q| d.slice(q.inner)).collect();
        assert_eq!(
            texts,
            vec![
                "Lebed is in Chechnya",
                "The main thing is his plan.\n\nIt was agreed",
                "Curly"
            ]
        );
        assert!(inside(&quotes, 2));
        assert!(!inside(&quotes, 6));
    }

    #[test]
    fn straight_marks_pair_by_spacing() {
        let d = doc("It tracks ''family fortunes.'.')\n\n''The lists vary,'' Mr. Friedman said. ''They do.''\n\nIn 2012, Forbes said so.");
        let quotes = find_quotes(&d);
        let last = quotes.last().map(|q| d.slice(q.inner));
        assert_eq!(last, Some("They do"));
        let said = d.tokens.iter().rposition(|t| d.slice(t.span) == "said");
        assert!(!inside(&quotes, said.unwrap()));
    }

    #[test]
    fn markup_attributes_are_not_quotations() {
        let d = doc("<tweet pic=\"pic.twitter.com/\" author=\"someone\" id=\"77\">Text</tweet>. Then \"Yes,\" he said.");
        let quotes = find_quotes(&d);
        let texts: Vec<&str> = quotes.iter().map(|q| d.slice(q.inner)).collect();
        assert_eq!(texts, vec!["Yes"]);
    }
}
