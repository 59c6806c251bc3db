//! HTML article pages: the article body as text (paragraphs kept, page furniture
//! dropped) and the title, canonical URL, publication time and outlet from the
//! usual meta tags and JSON-LD.
//!
//! The body root is, in order of preference, `[itemprop=articleBody]`, the
//! `<article>` with the most paragraph text, `<main>` / `[role=main]`, and the
//! element whose direct `<p>` children hold the most text. Inside it, scripts,
//! styles, navigation, asides, footers, forms, figures, comment sections,
//! share bars and related-link lists are dropped.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use super::{dates::normalize_date, id::document_id};
use crate::document::{DocMeta, Document, InputFormat};

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "iframe",
    "svg",
    "template",
    "select",
    "option",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
    "figure",
    "figcaption",
    "menu",
    "dialog",
    "head",
    "title",
    "meta",
    "link",
];

/// Elements that start and end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "body",
    "address",
    "center",
];

/// ARIA roles of page furniture.
const SKIPPED_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "banner",
    "dialog",
    "alert",
    "menu",
    "search",
];

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(^|[-_\s])(comments?|related|share|sharing|social|promo|newsletter|advert|ads?|sidebar|breadcrumbs?|cookies?|subscribe|subscription|footer|nav|navbar|navigation|menu|popup|modal|recommended|more-stories|read-more|outbrain|taboola|sponsored|disqus|paywall|signup)([-_\s]|$)",
    )
    .expect("valid regex")
});

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

static ARTICLE_BODY: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop=articleBody]"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, [role=main]"));
static PARAGRAPH: LazyLock<Selector> = LazyLock::new(|| selector("p"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector("script[type=\"application/ld+json\"]"));

/// What a page gives: article text and metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The article body, paragraphs separated by blank lines.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
}

/// Reads an HTML page into a document.
pub fn read(origin: &str, html: &str) -> Result<Document, String> {
    let article = extract_article(html);
    if article.text.trim().is_empty() {
        return Err("no article text found in the HTML".into());
    }
    let meta = DocMeta {
        id: document_id(article.url.as_deref(), &article.text),
        title: article.title,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
        origin: origin.to_string(),
        format: InputFormat::Html,
        ..Default::default()
    };
    Ok(Document::new(meta, article.text))
}

/// Extracts the article text and metadata from an HTML page (or fragment).
pub fn extract_article(html: &str) -> Article {
    let page = Html::parse_document(html);
    let metas = meta_tags(&page);
    let ld = json_ld(&page);
    let root = article_root(&page);
    let meta = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| metas.iter().find(|(name, _)| name == k))
            .map(|(_, v)| v.clone())
    };
    let title = meta(&["og:title", "twitter:title"])
        .or_else(|| ld_string(&ld, "headline"))
        .or_else(|| first_text(&page, &H1))
        .or_else(|| first_text(&page, &TITLE));
    let url = page
        .select(&CANONICAL)
        .find_map(|e| e.value().attr("href"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| meta(&["og:url"]));
    let published = meta(&[
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "date",
        "sailthru.date",
        "parsely-pub-date",
        "citation_publication_date",
    ])
    .or_else(|| ld_string(&ld, "datePublished"))
    .or_else(|| {
        root.and_then(|r| r.select(&TIME).next())
            .or_else(|| page.select(&TIME).next())
            .and_then(|t| t.value().attr("datetime").map(str::to_string))
    })
    .and_then(|raw| normalize_date(&raw));
    let outlet = meta(&["og:site_name", "application-name"])
        .or_else(|| ld_publisher(&ld))
        .filter(|s| !s.is_empty());
    let text = match root {
        Some(root) => body_text(*root),
        None => body_text(page.tree.root()),
    };
    Article {
        text,
        title,
        url,
        published,
        outlet,
    }
}

/// `(name, content)` of every `<meta>`, names lower-cased (`property`, `name` or `itemprop`).
fn meta_tags(page: &Html) -> Vec<(String, String)> {
    page.select(&META)
        .filter_map(|m| {
            let v = m.value();
            let name = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))?;
            let content = v.attr("content")?.trim();
            (!content.is_empty()).then(|| (name.to_ascii_lowercase(), content.to_string()))
        })
        .collect()
}

/// Every JSON-LD object on the page (graphs and arrays flattened).
fn json_ld(page: &Html) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for script in page.select(&JSON_LD) {
        let raw: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) {
            flatten_ld(value, &mut out);
        }
    }
    out
}

fn flatten_ld(value: serde_json::Value, out: &mut Vec<serde_json::Value>) {
    match value {
        serde_json::Value::Array(items) => items.into_iter().for_each(|v| flatten_ld(v, out)),
        serde_json::Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out);
            }
            out.push(serde_json::Value::Object(map));
        }
        _ => {}
    }
}

fn ld_string(ld: &[serde_json::Value], key: &str) -> Option<String> {
    ld.iter()
        .find_map(|v| v.get(key)?.as_str().map(str::to_string))
}

fn ld_publisher(ld: &[serde_json::Value]) -> Option<String> {
    ld.iter().find_map(|v| {
        let publisher = v.get("publisher")?;
        publisher
            .get("name")
            .and_then(|n| n.as_str())
            .or_else(|| publisher.as_str())
            .map(str::to_string)
    })
}

fn first_text(page: &Html, selector: &Selector) -> Option<String> {
    page.select(selector)
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// Text held in `<p>` elements under `element`.
fn paragraph_chars(element: ElementRef) -> usize {
    element
        .select(&PARAGRAPH)
        .map(|p| p.text().map(|t| t.trim().len()).sum::<usize>())
        .sum()
}

/// Picks the element holding the article body.
fn article_root(page: &Html) -> Option<ElementRef<'_>> {
    if let Some(body) = page
        .select(&ARTICLE_BODY)
        .max_by_key(|e| paragraph_chars(*e))
    {
        return Some(body);
    }
    let best_article = page
        .select(&ARTICLE)
        .max_by_key(|e| paragraph_chars(*e))
        .filter(|e| paragraph_chars(*e) > 0);
    let main = page.select(&MAIN).next();
    let densest = densest_container(page);
    let candidate = best_article.or(main);
    match (candidate, densest) {
        // A container holding far more paragraph text than the tagged one wins.
        (Some(c), Some(d)) if paragraph_chars(d) > 3 * paragraph_chars(c).max(100) => Some(d),
        (Some(c), _) => Some(c),
        (None, Some(d)) => Some(d),
        (None, None) => page.select(&BODY).next(),
    }
}

/// The element whose direct `<p>` children hold the most text.
fn densest_container(page: &Html) -> Option<ElementRef<'_>> {
    let mut best: Option<(usize, ElementRef)> = None;
    for p in page.select(&PARAGRAPH) {
        let Some(parent) = p.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        let score: usize = parent
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| c.value().name() == "p")
            .map(|c| c.text().map(|t| t.trim().len()).sum::<usize>())
            .sum();
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, parent));
        }
    }
    best.map(|(_, e)| e)
}

/// True for elements whose content is page furniture.
fn is_furniture(node: NodeRef<Node>) -> bool {
    let Some(element) = node.value().as_element() else {
        return matches!(node.value(), Node::Comment(_));
    };
    if SKIPPED_TAGS.contains(&element.name()) {
        return true;
    }
    if element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true") {
        return true;
    }
    if element
        .attr("role")
        .is_some_and(|r| SKIPPED_ROLES.contains(&r))
    {
        return true;
    }
    let class = element.attr("class").unwrap_or("");
    let id = element.attr("id").unwrap_or("");
    FURNITURE.is_match(class) || FURNITURE.is_match(id)
}

/// The text under `root`, one paragraph per block, blocks separated by blank lines.
fn body_text(root: NodeRef<Node>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skipping = None;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let text = collapse(current);
        if !text.is_empty() {
            paragraphs.push(text);
        }
        current.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                if node.id() != root.id() && is_furniture(node) {
                    skipping = Some(node.id());
                    continue;
                }
                match node.value() {
                    Node::Text(text) => current.push_str(text),
                    Node::Element(e) if BLOCK_TAGS.contains(&e.name()) => {
                        flush(&mut current, &mut paragraphs)
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none()
                    && node
                        .value()
                        .as_element()
                        .is_some_and(|e| BLOCK_TAGS.contains(&e.name()))
                {
                    flush(&mut current, &mut paragraphs);
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head>
        <title>Talks collapse | Daily Wire</title>
        <meta property="og:title" content="Talks collapse in Geneva">
        <meta property="og:site_name" content="The Daily Wire">
        <meta property="article:published_time" content="2024-05-01T08:30:00Z">
        <link rel="canonical" href="https://example.com/talks">
        <script>var x = "<p>not text</p>";</script><style>p{}</style>
      </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="ad-banner">Buy now</div>
        <article>
          <h1>Talks collapse in Geneva</h1>
          <p>GENEVA (Reuters) - The talks   collapsed on Friday, officials said.</p>
          <figure><img src="a.jpg"><figcaption>A photo</figcaption></figure>
          <p>The ministry declined to comment &amp; left.</p>
          <aside>Related: other talks</aside>
          <ul class="related-links"><li>Other story</li></ul>
          <div id="comments"><p>First!</p></div>
        </article>
        <footer>Copyright</footer>
      </body></html>"#;

    #[test]
    fn extracts_body_and_metadata() {
        let a = extract_article(PAGE);
        assert_eq!(
            a.text,
            "Talks collapse in Geneva\n\n\
             GENEVA (Reuters) - The talks collapsed on Friday, officials said.\n\n\
             The ministry declined to comment & left."
        );
        assert_eq!(a.title.as_deref(), Some("Talks collapse in Geneva"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/talks"));
        assert_eq!(a.published.as_deref(), Some("2024-05-01T08:30:00Z"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily Wire"));
    }

    #[test]
    fn survives_malformed_html_and_uses_json_ld() {
        let page = r#"<html><head><script type="application/ld+json">
            {"@graph": [{"@type": "NewsArticle", "headline": "Strike hits town",
             "datePublished": "2023-02-03", "publisher": {"name": "Wire"}}]}
            </script></head><body><div><p>First <b>bold <i>para</p><p>Second para
            <div><p>Third"#;
        let a = extract_article(page);
        assert_eq!(a.text, "First bold para\n\nSecond para\n\nThird");
        assert_eq!(a.title.as_deref(), Some("Strike hits town"));
        assert_eq!(a.published.as_deref(), Some("2023-02-03"));
        assert_eq!(a.outlet.as_deref(), Some("Wire"));
    }

    #[test]
    fn densest_container_without_article_tag() {
        let page = "<body><div class='menu'><p>Home</p></div><div id='story'>\
                    <p>A long first paragraph of the story that goes on.</p>\
                    <p>A second paragraph.</p></div></body>";
        let a = extract_article(page);
        assert_eq!(
            a.text,
            "A long first paragraph of the story that goes on.\n\nA second paragraph."
        );
    }

    #[test]
    fn empty_page_is_an_error() {
        assert!(read("p.html", "<html><body><nav>Home</nav></body></html>").is_err());
    }
}
