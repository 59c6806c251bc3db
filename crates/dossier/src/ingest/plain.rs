//! Plain-text articles: an optional headline (first line, then a blank line),
//! an optional dateline at the head of the body, then the body.

use super::id::document_id;
use crate::document::{DocMeta, Document, InputFormat};

/// Longest line taken as a headline, in characters.
const MAX_HEADLINE_CHARS: usize = 250;

/// Reads a plain-text article; its text is kept exactly as given. (Datelines
/// are found for every format by [`super::dateline::attach_dateline`].)
pub fn read(origin: &str, text: &str) -> Result<Document, String> {
    let title = headline(text);
    let meta = DocMeta {
        id: document_id(None, text),
        title,
        origin: origin.to_string(),
        format: InputFormat::Text,
        ..Default::default()
    };
    Ok(Document::new(meta, text.to_string()))
}

/// The headline: the first non-blank line, when a blank line follows it and it
/// is not too long.
pub fn headline(text: &str) -> Option<String> {
    let start = text.len() - text.trim_start().len();
    let first_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[start..first_end].trim();
    let blank_follows = text[first_end..]
        .strip_prefix('\n')
        .is_some_and(|rest| rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n'));
    let fits = !line.is_empty() && line.chars().count() <= MAX_HEADLINE_CHARS;
    (blank_follows && fits).then(|| line.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_headline_and_body() {
        let title = headline("  Talks end\r\n\r\nANKARA - Turkey said.");
        assert_eq!(title.as_deref(), Some("Talks end"));
        assert_eq!(headline("One paragraph only.\nSecond line."), None);
    }
}
