//! Document identity and provenance.

use serde::{Deserialize, Serialize};

use super::Span;

/// The input format a document was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text (optionally headline + blank line + body).
    #[default]
    Text,
    /// An HTML page whose article body was extracted.
    Html,
    /// One line of a JSON Lines file.
    Jsonl,
    /// One entry of an RSS 2.0 or Atom feed.
    Feed,
}

/// A wire dateline such as `ISTANBUL 1996-08-31 -` or `WASHINGTON (Reuters) -`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dateline {
    /// Where the text sits in the document.
    pub span: Span,
    /// The place as written ("ISTANBUL").
    pub place: String,
    /// The ISO date the dateline gives, if any.
    pub date: Option<String>,
    /// The agency named in parentheses ("Reuters"), if any.
    pub agency: Option<String>,
}

/// Identity, provenance and reading notes of one document.
#[derive(Clone, Debug, Default)]
pub struct DocMeta {
    /// Stable id: derived from the URL when there is one, else from the content hash.
    pub id: String,
    /// Headline or page title.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publishing outlet ("Reuters", "The Daily Star").
    pub outlet: Option<String>,
    /// Publication date or time, ISO 8601.
    pub published: Option<String>,
    /// Dateline at the head of the body, if any.
    pub dateline: Option<Dateline>,
    /// Where the document came from: a path, `path:line`, `path#entry` or `-`.
    pub origin: String,
    /// The format it was read from.
    pub format: InputFormat,
    /// Problems met while reading that did not stop it (lossy decoding, ...).
    pub warnings: Vec<String>,
}

impl DocMeta {
    /// The date that relative expressions are resolved against: the publication
    /// date, else the dateline's date (`YYYY-MM-DD` prefix only).
    pub fn reference_date(&self) -> Option<&str> {
        self.published
            .as_deref()
            .or(self.dateline.as_ref().and_then(|d| d.date.as_deref()))
            .map(|d| d.get(..10).unwrap_or(d))
    }
}
