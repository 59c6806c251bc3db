//! A standalone annotated HTML page for one document: the text with entity
//! mentions highlighted by type and claim cues marked, then tables of claims,
//! actors, relations and events. Everything from the document is escaped.

use std::fmt::Write;

use crate::document::{Document, Span};

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\
.text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}\
mark{border-radius:3px;padding:0 2px}\
.PERSON{background:#ffe0b2}.ORG{background:#c8e6c9}.GPE{background:#bbdefb}.LOC{background:#d1c4e9}\
.NORP{background:#f8bbd0}.FAC{background:#d7ccc8}.EVENT{background:#fff59d}.MISC{background:#eeeeee}\
.cue{background:none;border-bottom:2px solid #c62828}\
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}\
.assert{color:#1565c0}.confirm{color:#2e7d32}.deny{color:#c62828}.decline_comment,.no_response{color:#6d4c41}\
.meta{color:#666}";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One highlighted stretch of text.
struct Mark {
    span: Span,
    class: String,
    title: String,
}

/// Non-overlapping marks: entity mentions, then claim cues where free.
fn marks(doc: &Document) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for e in &doc.entities {
        for m in &e.mentions {
            marks.push(Mark {
                span: m.span,
                class: m.label.name().to_string(),
                title: format!("{} ({}) {}", e.name, e.etype, e.id),
            });
        }
    }
    for c in &doc.claims {
        if !marks.iter().any(|m| m.span.overlaps(&c.cue)) {
            marks.push(Mark {
                span: c.cue,
                class: "cue".into(),
                title: format!("{} {} ({})", c.id, c.stance, c.source.kind),
            });
        }
    }
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mark> = Vec::new();
    for m in marks {
        if kept.last().is_none_or(|k| k.span.end <= m.span.start) {
            kept.push(m);
        }
    }
    kept
}

/// Renders `doc` as a standalone HTML page.
pub fn render_html(doc: &Document) -> String {
    let m = &doc.meta;
    let title = escape(m.title.as_deref().unwrap_or("Untitled document"));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>\n"
    );
    let mut facts = vec![format!("id {}", escape(&m.id))];
    facts.extend(m.outlet.as_ref().map(|o| escape(o)));
    facts.extend(m.published.as_ref().map(|p| escape(p)));
    // URLs are shown as text, never as links: a document's URL is untrusted.
    facts.extend(m.url.as_ref().map(|u| escape(u)));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", facts.join(" · "));
    out.push_str("<div class=\"text\">");
    let mut at = 0;
    for mark in marks(doc) {
        out.push_str(&escape(&doc.text[at..mark.span.start]));
        let _ = write!(
            out,
            "<mark class=\"{}\" title=\"{}\">{}</mark>",
            escape(&mark.class),
            escape(&mark.title),
            escape(doc.slice(mark.span))
        );
        at = mark.span.end;
    }
    out.push_str(&escape(&doc.text[at..]));
    out.push_str("</div>\n");
    let name = |id: &str| {
        doc.entities
            .iter()
            .find(|e| e.id == id)
            .map_or(id.to_string(), |e| e.name.clone())
    };
    if !doc.claims.is_empty() {
        out.push_str("<h2>Claims</h2><table><tr><th>Source</th><th>Kind</th><th>Cue</th><th>Stance</th><th>Content</th></tr>\n");
        for c in &doc.claims {
            let source = c.source.span.map_or("(unattributed)", |s| doc.slice(s));
            let hedge = if c.hedged { " (hedged)" } else { "" };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}{hedge}</td><td>{}</td></tr>",
                escape(source),
                c.source.kind,
                escape(doc.slice(c.cue)),
                c.stance,
                c.stance,
                escape(c.content.map_or("", |s| doc.slice(s)))
            );
        }
        out.push_str("</table>\n");
    }
    if !doc.entities.is_empty() {
        out.push_str("<h2>Actors and places</h2><table><tr><th>Name</th><th>Type</th><th>Country</th><th>Sector</th><th>Aliases</th></tr>\n");
        for e in &doc.entities {
            let _ = writeln!(
                out,
                "<tr><td><mark class=\"{}\">{}</mark></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e.etype,
                escape(&e.name),
                e.etype,
                escape(e.country.as_deref().unwrap_or("")),
                escape(e.sector.as_deref().unwrap_or("")),
                escape(&e.aliases.join(", "))
            );
        }
        out.push_str("</table>\n");
    }
    if !doc.relations.is_empty() {
        out.push_str("<h2>Relations</h2><table><tr><th>Subject</th><th>Predicate</th><th>Object</th><th>Evidence</th></tr>\n");
        for r in &doc.relations {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&name(&r.subject)),
                r.predicate,
                escape(&name(&r.object)),
                escape(doc.slice(r.evidence))
            );
        }
        out.push_str("</table>\n");
    }
    if !doc.events.is_empty() {
        out.push_str("<h2>Events</h2><table><tr><th>Type</th><th>Source</th><th>Target</th><th>Trigger</th><th>Modality</th><th>Date</th></tr>\n");
        for v in &doc.events {
            let names = |ids: &[String]| {
                escape(&ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", "))
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                v.etype,
                names(&v.sources),
                names(&v.targets),
                escape(doc.slice(v.trigger)),
                v.modality,
                escape(
                    v.date
                        .as_ref()
                        .and_then(|d| d.value.as_deref())
                        .unwrap_or("")
                )
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, Entity, EntityMention, EntityType};

    #[test]
    fn escapes_hostile_content_and_marks_mentions() {
        let text = "<script>alert(1)</script> Tehran said <img src=x onerror=alert(2)>";
        let mut doc = Document::new(
            DocMeta {
                id: "h1".into(),
                title: Some("<b>T</b>".into()),
                url: Some("javascript:alert(3)".into()),
                ..Default::default()
            },
            text.into(),
        );
        let start = text.find("Tehran").unwrap();
        doc.entities.push(Entity {
            id: "e1".into(),
            name: "Iran".into(),
            etype: EntityType::Gpe,
            aliases: vec!["Tehran".into()],
            mentions: vec![EntityMention {
                span: Span::new(start, start + 6),
                label: EntityType::Gpe,
            }],
            roles: vec![],
            country: Some("IRN".into()),
            sector: Some("GOV".into()),
            kb_id: None,
        });
        let page = render_html(&doc);
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(!page.contains("href=\"javascript:"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("<mark class=\"GPE\" title=\"Iran (GPE) e1\">Tehran</mark>"));
    }
}
