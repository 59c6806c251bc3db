//! Stable document ids: from the URL when there is one, else from the content.

use sha2::{Digest, Sha256};

/// A stable id: `u` + hash of the normalised URL, else `h` + hash of the text.
pub fn document_id(url: Option<&str>, text: &str) -> String {
    match url.map(normalize_url).filter(|u| !u.is_empty()) {
        Some(url) => format!("u{}", short_hash(url.as_bytes())),
        None => format!("h{}", short_hash(text.as_bytes())),
    }
}

/// The first 16 hex digits of the SHA-256 of `bytes`.
pub fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Lower-cases scheme and host, drops the fragment and a trailing slash, so
/// that trivially different spellings of one URL give one id.
fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.trim_end_matches('/');
    let mut out = String::new();
    if !scheme.is_empty() {
        out.push_str(&scheme.to_ascii_lowercase());
        out.push_str("://");
    }
    out.push_str(&host.to_ascii_lowercase());
    if !path.is_empty() {
        out.push('/');
        out.push_str(path);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_normalised() {
        let a = document_id(Some("https://Example.com/news/1/#top"), "x");
        let b = document_id(Some("https://example.com/news/1"), "y");
        assert_eq!(a, b);
        assert!(a.starts_with('u') && a.len() == 17);
        assert_eq!(document_id(None, "text"), document_id(Some("  "), "text"));
        assert_ne!(document_id(None, "text"), document_id(None, "other"));
    }
}
