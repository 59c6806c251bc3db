//! Telling an input's format from its content, with its extension as a hint.

/// The formats Dossier reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// JSON Lines (or one JSON object or array of objects).
    Jsonl,
    /// An RSS 2.0, RSS 1.0 or Atom feed.
    Feed,
}

/// Detects the format of `text`. Content decides; the extension breaks ties
/// (a `.txt` file holding `<p>` tags stays text only if it has no HTML structure).
pub fn detect(extension: Option<&str>, text: &str) -> Format {
    let ext = extension.map(str::to_ascii_lowercase);
    let head: String = text.trim_start().chars().take(2048).collect();
    let lower = head.to_ascii_lowercase();
    if lower.starts_with('<') {
        if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
            return Format::Feed;
        }
        if lower.starts_with("<!doctype html")
            || lower.contains("<html")
            || lower.contains("<body")
            || lower.contains("<article")
            || lower.contains("<p>")
            || lower.contains("<div")
            || matches!(ext.as_deref(), Some("htm" | "html" | "xhtml"))
        {
            return Format::Html;
        }
    }
    if lower.starts_with('{') || (lower.starts_with('[') && ext.as_deref() == Some("json")) {
        return Format::Jsonl;
    }
    match ext.as_deref() {
        Some("htm" | "html" | "xhtml") => Format::Html,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        Some("rss" | "atom") => Format::Feed,
        _ => Format::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides() {
        assert_eq!(detect(Some("txt"), "<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            detect(None, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            detect(None, "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(detect(Some("jsonl"), "{\"text\": \"a\"}\n"), Format::Jsonl);
        assert_eq!(detect(Some("json"), "[{\"text\": \"a\"}]"), Format::Jsonl);
        assert_eq!(detect(Some("txt"), "Talks end\n\nANKARA -"), Format::Text);
        assert_eq!(detect(Some("html"), "just words"), Format::Html);
    }
}
