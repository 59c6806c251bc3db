//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and a
//! Windows-1252 fallback for text that is not valid UTF-8. Binary data and
//! empty inputs are refused.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decoded text, with a warning when the decoding was a guess.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Set when the bytes were not valid UTF-8 and were decoded by fallback.
    pub warning: Option<String>,
}

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_fallback(rest)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (
            UTF_16LE.decode_without_bom_handling(rest).0.into_owned(),
            None,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (
            UTF_16BE.decode_without_bom_handling(rest).0.into_owned(),
            None,
        )
    } else {
        utf8_or_fallback(bytes)?
    };
    if text.trim().is_empty() {
        return Err("empty input (no text)".into());
    }
    if looks_binary(&text) {
        return Err("binary data (not text)".into());
    }
    Ok(Decoded { text, warning })
}

fn utf8_or_fallback(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if looks_binary_bytes(bytes) {
        return Err("binary data (not text)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(e) => {
            let text = WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned();
            let warning = format!(
                "not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252",
                e.valid_up_to()
            );
            Ok((text, Some(warning)))
        }
    }
}

/// NUL bytes in the head of the input mean binary data.
fn looks_binary_bytes(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

/// Many control characters mean binary data.
fn looks_binary(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(4096).collect();
    let control = head
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_utf16_and_falls_back() {
        assert_eq!(decode("Zürich".as_bytes()).unwrap().text, "Zürich");
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap().text, "abc");
        let utf16: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain("Ok".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap().text, "Ok");
        let latin = decode(b"caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(latin.text, "café “quoted”");
        assert!(latin.warning.unwrap().contains("offset 3"));
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(decode(b"\x00\x01\x02abc").is_err());
        assert!(decode(b"\x01\x02\x03\x04\x05\x06").is_err());
        assert_eq!(decode(b" \n\t").unwrap_err(), "empty input (no text)");
    }
}
