//! RSS 2.0, RSS 1.0 and Atom feeds: one document per entry, its HTML content
//! (or summary) reduced to article text.

use super::{html::extract_article, id::document_id};
use crate::document::{DocMeta, Document, InputFormat};

/// Reads every entry of a feed. A feed without entries, or one that cannot be
/// parsed, is an error.
pub fn read(origin: &str, bytes: &[u8]) -> Result<Vec<Document>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("malformed feed: {e}"))?;
    if feed.entries.is_empty() {
        return Err("feed has no entries".into());
    }
    let outlet = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let mut docs = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = extract_article(&format!("<body>{body}</body>")).text;
        let title = entry.title.as_ref().map(|t| t.content.trim().to_string());
        // An entry with no body still says something through its title.
        let text = if text.trim().is_empty() {
            title.clone().unwrap_or_default()
        } else {
            text
        };
        if text.trim().is_empty() {
            continue;
        }
        let url = entry.links.first().map(|l| l.href.clone());
        let published = entry.published.or(entry.updated).map(|d| d.to_rfc3339());
        let meta = DocMeta {
            id: document_id(url.as_deref(), &text),
            title,
            url,
            outlet: outlet.clone(),
            published,
            origin: format!("{origin}#{}", i + 1),
            format: InputFormat::Feed,
            ..Default::default()
        };
        docs.push(Document::new(meta, text));
    }
    if docs.is_empty() {
        return Err("feed has no entries with text".into());
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rss_and_atom() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Talks end</title><link>https://w.org/1</link>
            <pubDate>Wed, 01 May 2024 12:30:00 GMT</pubDate>
            <description>&lt;p&gt;The talks ended, officials said.&lt;/p&gt;</description></item>
            <item><title>Only a title</title></item>
            </channel></rss>"#;
        let docs = read("f.rss", rss.as_bytes()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "The talks ended, officials said.");
        assert_eq!(docs[0].meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(
            docs[0].meta.published.as_deref(),
            Some("2024-05-01T12:30:00+00:00")
        );
        assert_eq!(docs[1].text, "Only a title");
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
            <title>Atom Wire</title><id>x</id><updated>2024-05-02T00:00:00Z</updated>
            <entry><title>Strike</title><id>e1</id><updated>2024-05-02T00:00:00Z</updated>
            <link href="https://a.org/s"/><content type="html">&lt;p&gt;A strike hit.&lt;/p&gt;</content></entry>
            </feed>"#;
        let docs = read("f.atom", atom.as_bytes()).unwrap();
        assert_eq!(docs[0].text, "A strike hit.");
        assert_eq!(docs[0].meta.url.as_deref(), Some("https://a.org/s"));
    }

    #[test]
    fn empty_and_broken_feeds_are_errors() {
        let empty = r#"<rss version="2.0"><channel><title>W</title></channel></rss>"#;
        assert_eq!(
            read("e.rss", empty.as_bytes()).unwrap_err(),
            "feed has no entries"
        );
        assert!(read("b.rss", b"<rss><channel><item>")
            .unwrap_err()
            .starts_with("malformed feed"));
    }
}
