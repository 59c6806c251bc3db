//! JSON Lines: one `{"id","title","url","published","outlet","text"|"html"}`
//! object per line. A file holding one JSON object or an array of them is read too.

use serde::Deserialize;

use super::{dates::normalize_date, html::extract_article, id::document_id, InputError};
use crate::document::{DocMeta, Document, InputFormat};

/// One record.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// Reads every record; a broken line is reported as `origin:LINE` and skipped.
pub fn read(origin: &str, text: &str) -> (Vec<Document>, Vec<InputError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    // A whole-file JSON value: one object or an array of objects.
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        if value.is_array() || text.trim_end().contains('\n') {
            let items = match value {
                serde_json::Value::Array(items) => items,
                other => vec![other],
            };
            for (i, item) in items.into_iter().enumerate() {
                let at = format!("{origin}#{}", i + 1);
                match serde_json::from_value::<Record>(item) {
                    Ok(record) => push(record, at, &mut docs, &mut errors),
                    Err(e) => errors.push(InputError::new(at, format!("bad record: {e}"))),
                }
            }
            return (docs, errors);
        }
    }
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{origin}:{}", i + 1);
        match serde_json::from_str::<Record>(line) {
            Ok(record) => push(record, at, &mut docs, &mut errors),
            Err(e) => errors.push(InputError::new(at, format!("malformed JSON: {e}"))),
        }
    }
    if docs.is_empty() && errors.is_empty() {
        errors.push(InputError::new(origin, "no records"));
    }
    (docs, errors)
}

fn push(record: Record, at: String, docs: &mut Vec<Document>, errors: &mut Vec<InputError>) {
    match to_document(record, &at) {
        Ok(doc) => docs.push(doc),
        Err(problem) => errors.push(InputError::new(at, problem)),
    }
}

fn to_document(record: Record, origin: &str) -> Result<Document, String> {
    let mut warnings = Vec::new();
    let (text, format, from_html) = match (record.text, record.html) {
        (Some(text), _) if !text.trim().is_empty() => (text, InputFormat::Jsonl, None),
        (_, Some(html)) => {
            let article = extract_article(&html);
            (article.text.clone(), InputFormat::Html, Some(article))
        }
        _ => return Err("record has no \"text\" or \"html\"".into()),
    };
    if text.trim().is_empty() {
        return Err("record has no article text".into());
    }
    let published = match record.published {
        Some(raw) => match normalize_date(&raw) {
            Some(date) => Some(date),
            None => {
                warnings.push(format!("unrecognised publication date {raw:?}"));
                None
            }
        },
        None => from_html.as_ref().and_then(|a| a.published.clone()),
    };
    let url = record
        .url
        .or_else(|| from_html.as_ref().and_then(|a| a.url.clone()));
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => document_id(url.as_deref(), &text),
    };
    let meta = DocMeta {
        id,
        title: record
            .title
            .or_else(|| from_html.as_ref().and_then(|a| a.title.clone())),
        url,
        outlet: record
            .outlet
            .or_else(|| from_html.as_ref().and_then(|a| a.outlet.clone())),
        published,
        origin: origin.to_string(),
        format,
        warnings,
        ..Default::default()
    };
    Ok(Document::new(meta, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_reports_broken_lines() {
        let input = r#"{"id": "a1", "title": "One", "published": "2024-05-01", "text": "Body one."}
{"title": "Two", "text": "Body two
{"url": "https://x.org/3", "html": "<p>Body three.</p>", "published": "soon"}

{"title": "Four"}
"#;
        let (docs, errors) = read("f.jsonl", input);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].meta.id, "a1");
        assert_eq!(docs[0].meta.published.as_deref(), Some("2024-05-01"));
        assert_eq!(docs[1].text, "Body three.");
        assert_eq!(docs[1].meta.format, InputFormat::Html);
        assert!(docs[1].meta.id.starts_with('u'));
        assert_eq!(
            docs[1].meta.warnings,
            vec!["unrecognised publication date \"soon\""]
        );
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].origin, "f.jsonl:2");
        assert!(errors[0].problem.starts_with("malformed JSON"));
        assert_eq!(errors[1].origin, "f.jsonl:5");
    }

    #[test]
    fn reads_a_json_array() {
        let (docs, errors) = read("f.json", r#"[{"text": "A."}, {"text": "B."}]"#);
        assert!(errors.is_empty());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].meta.origin, "f.json#2");
    }
}
