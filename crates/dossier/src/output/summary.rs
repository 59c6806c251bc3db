//! A readable summary of a processed document, for a terminal.

use std::fmt::Write;

use crate::document::Document;

/// Longest quoted text shown, in characters.
const MAX_QUOTE: usize = 90;

/// Renders `doc` as a few lines per layer.
pub fn render_summary(doc: &Document) -> String {
    let mut out = String::new();
    let m = &doc.meta;
    let title = m.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "== {title}");
    let mut facts = vec![format!("id {}", m.id), format!("from {}", m.origin)];
    facts.extend(m.published.as_ref().map(|p| format!("published {p}")));
    facts.extend(m.outlet.as_ref().map(|o| format!("outlet {o}")));
    if let Some(d) = &m.dateline {
        facts.push(format!("dateline {}", d.place));
    }
    let _ = writeln!(out, "   {}", facts.join(" · "));
    for warning in &m.warnings {
        let _ = writeln!(out, "   warning: {warning}");
    }
    let _ = writeln!(
        out,
        "   {} sentences, {} tokens, {} entities, {} relations, {} claims, {} events",
        doc.sentences.len(),
        doc.tokens.len(),
        doc.entities.len(),
        doc.relations.len(),
        doc.claims.len(),
        doc.events.len()
    );
    let name = |id: &str| {
        doc.entities
            .iter()
            .find(|e| e.id == id)
            .map_or(id.to_string(), |e| e.name.clone())
    };
    if !doc.mentions.is_empty() {
        let _ = writeln!(out, "   Names: {}", names(doc));
    }
    if !doc.entities.is_empty() {
        let _ = writeln!(out, "   Actors and places:");
        for e in &doc.entities {
            let mut line = format!("     {} [{}]", e.name, e.etype);
            if let Some(c) = &e.country {
                let _ = write!(line, " {c}");
            }
            if let Some(s) = &e.sector {
                let _ = write!(line, " {s}");
            }
            let _ = write!(line, " ×{}", e.mentions.len());
            for r in &e.roles {
                let former = if r.former { "former " } else { "" };
                let _ = write!(line, "; {former}{}", r.title);
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !doc.relations.is_empty() {
        let _ = writeln!(out, "   Relations:");
        for r in &doc.relations {
            let _ = writeln!(
                out,
                "     {} {} {}",
                name(&r.subject),
                r.predicate,
                name(&r.object)
            );
        }
    }
    if !doc.claims.is_empty() {
        let _ = writeln!(out, "   Claims:");
        for c in &doc.claims {
            let source = c
                .source
                .span
                .map_or("(unattributed)".to_string(), |s| doc.slice(s).to_string());
            let hedge = if c.hedged { " (hedged)" } else { "" };
            let content = c.content.map_or(String::new(), |s| quote(doc.slice(s)));
            let _ = writeln!(
                out,
                "     [{}{hedge}] {source} ({}) {}: {content}",
                c.stance,
                c.source.kind,
                doc.slice(c.cue)
            );
        }
    }
    if !doc.events.is_empty() {
        let _ = writeln!(out, "   Events:");
        for v in &doc.events {
            let actors = |ids: &[String]| {
                if ids.is_empty() {
                    "?".to_string()
                } else {
                    ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(" + ")
                }
            };
            let mut line = format!(
                "     {} {} -> {} \"{}\" ({})",
                v.etype,
                actors(&v.sources),
                actors(&v.targets),
                doc.slice(v.trigger),
                v.modality
            );
            if let Some(d) = &v.date {
                let _ = write!(
                    line,
                    " on {}",
                    d.value.as_deref().unwrap_or(doc.slice(d.span))
                );
            }
            if let Some(l) = &v.location {
                let _ = write!(line, " in {}", doc.slice(l.span));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The recogniser's mentions, one entry per distinct name and type in order of
/// first appearance: `Name [TYPE]`, with `×N` when repeated.
fn names(doc: &Document) -> String {
    let mut seen: Vec<(&str, crate::document::EntityType, usize)> = Vec::new();
    for m in &doc.mentions {
        let text = doc.slice(m.span);
        match seen
            .iter_mut()
            .find(|(t, l, _)| *t == text && *l == m.label)
        {
            Some(entry) => entry.2 += 1,
            None => seen.push((text, m.label, 1)),
        }
    }
    seen.iter()
        .map(|(t, l, n)| {
            let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if *n > 1 {
                format!("{flat} [{l}] ×{n}")
            } else {
                format!("{flat} [{l}]")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` in quotes, shortened to [`MAX_QUOTE`] characters.
fn quote(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_QUOTE {
        format!("\"{flat}\"")
    } else {
        let cut: String = flat.chars().take(MAX_QUOTE).collect();
        format!("\"{cut}…\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocMeta;

    #[test]
    fn summarises_counts_and_metadata() {
        let mut doc = Document::new(
            DocMeta {
                id: "h1".into(),
                title: Some("Talks end".into()),
                origin: "a.txt".into(),
                warnings: vec!["decoded as Windows-1252".into()],
                ..Default::default()
            },
            "Talks ended. Officials left.".into(),
        );
        crate::text::segment(&mut doc);
        let out = render_summary(&doc);
        assert!(out.starts_with("== Talks end\n"));
        assert!(out.contains("warning: decoded as Windows-1252"));
        assert!(out.contains("2 sentences, 6 tokens, 0 entities"));
        assert_eq!(quote(&"a".repeat(100)).chars().count(), MAX_QUOTE + 3);
        assert!(!out.contains("Names:"));
    }

    #[test]
    fn lists_names_once_with_counts() {
        use crate::document::{EntityType, Mention, Span};
        let mut doc = Document::new(DocMeta::default(), "Kohl met Kohl in Bonn.".into());
        let mention = |start, end, label| Mention {
            span: Span::new(start, end),
            tokens: 0..1,
            label,
        };
        doc.mentions = vec![
            mention(0, 4, EntityType::Person),
            mention(9, 13, EntityType::Person),
            mention(17, 21, EntityType::Gpe),
        ];
        assert_eq!(names(&doc), "Kohl [PERSON] ×2, Bonn [GPE]");
    }
}
