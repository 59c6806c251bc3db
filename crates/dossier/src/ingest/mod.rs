//! Stage 1, ingest: read articles from files, directories, feeds, JSON Lines
//! and standard input into documents holding text and metadata.
//!
//! Reading never panics and never stops at the first problem: every input gives
//! either documents or [`InputError`]s that name the input and the problem.

mod dateline;
mod dates;
mod decode;
mod detect;
mod feed;
mod html;
mod id;
mod jsonl;
mod plain;
mod walk;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use dateline::{attach_dateline, find_dateline};
pub use dates::normalize_date;
pub use detect::Format;
pub use html::extract_article;
pub use walk::{collect_inputs, Input};

use crate::document::Document;

/// Default size limit for one input: 10 MB.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Options for reading inputs.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Inputs larger than this many bytes are refused.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// A problem with one input (or one record of it): where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The input: a path, `path:line`, `path#entry` or `-`.
    pub origin: String,
    /// What is wrong, in one line.
    pub problem: String,
}

impl InputError {
    /// An error for `origin`.
    pub fn new(origin: impl Into<String>, problem: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.problem)
    }
}

impl std::error::Error for InputError {}

/// What reading one input gave: its documents and its problems (a JSON Lines
/// file may give both).
#[derive(Debug, Default)]
pub struct ReadOutcome {
    /// Documents read, in input order.
    pub documents: Vec<Document>,
    /// Problems met.
    pub errors: Vec<InputError>,
}

/// Reads one input into documents.
pub fn read_input(input: &Input, options: &ReadOptions) -> ReadOutcome {
    let origin = input.origin();
    let bytes = match input {
        Input::Stdin => read_limited(std::io::stdin().lock(), options.max_bytes),
        Input::File(path) => read_file(path, options.max_bytes),
    };
    match bytes {
        Ok(bytes) => {
            let extension = match input {
                Input::File(path) => path.extension().and_then(|e| e.to_str()),
                Input::Stdin => None,
            };
            read_bytes(&origin, extension, &bytes)
        }
        Err(problem) => ReadOutcome {
            documents: Vec::new(),
            errors: vec![InputError::new(origin, problem)],
        },
    }
}

/// Reads documents from an in-memory input, `extension` helping to tell its format.
pub fn read_bytes(origin: &str, extension: Option<&str>, bytes: &[u8]) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    let decoded = match decode::decode(bytes) {
        Ok(decoded) => decoded,
        Err(problem) => {
            outcome.errors.push(InputError::new(origin, problem));
            return outcome;
        }
    };
    let format = detect::detect(extension, &decoded.text);
    let result = match format {
        Format::Text => plain::read(origin, &decoded.text).map(|d| vec![d]),
        Format::Html => html::read(origin, &decoded.text).map(|d| vec![d]),
        Format::Feed => feed::read(origin, decoded.text.as_bytes()),
        Format::Jsonl => {
            let (docs, errors) = jsonl::read(origin, &decoded.text);
            outcome.errors.extend(errors);
            Ok(docs)
        }
    };
    match result {
        Ok(mut documents) => {
            for doc in &mut documents {
                doc.meta.warnings.extend(decoded.warning.iter().cloned());
                attach_dateline(doc);
            }
            outcome.documents = documents;
        }
        Err(problem) => outcome.errors.push(InputError::new(origin, problem)),
    }
    outcome
}

fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| describe_io(&e))?;
    let meta = file.metadata().map_err(|e| describe_io(&e))?;
    if meta.is_dir() {
        return Err("is a directory".into());
    }
    if meta.len() > max_bytes {
        return Err(too_large(meta.len(), max_bytes));
    }
    read_limited(file, max_bytes)
}

fn read_limited(reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64, max_bytes));
    }
    Ok(bytes)
}

fn too_large(size: u64, max_bytes: u64) -> String {
    format!("input of {size}+ bytes is over the {max_bytes}-byte limit (raise it with --max-bytes)")
}

fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {error}"),
    }
}

/// Reads every input: documents in input order, and all problems met.
pub fn read_all(paths: &[PathBuf], options: &ReadOptions) -> ReadOutcome {
    let (inputs, mut errors) = collect_inputs(paths);
    let mut documents = Vec::new();
    for input in &inputs {
        let outcome = read_input(input, options);
        documents.extend(outcome.documents);
        errors.extend(outcome.errors);
    }
    ReadOutcome { documents, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_text_with_headline_and_dateline() {
        let text = "Yeltsin backs plan\n\nMOSCOW 1996-08-30 - Boris Yeltsin said.\n";
        let out = read_bytes("a.txt", Some("txt"), text.as_bytes());
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let doc = &out.documents[0];
        assert_eq!(doc.meta.title.as_deref(), Some("Yeltsin backs plan"));
        assert_eq!(doc.meta.published.as_deref(), Some("1996-08-30"));
        assert_eq!(doc.text, text);
        let dateline = doc.meta.dateline.as_ref().unwrap();
        assert_eq!(dateline.place, "MOSCOW");
        assert_eq!(dateline.span.of(&doc.text), "MOSCOW 1996-08-30 -");
    }

    #[test]
    fn refuses_empty_and_binary_input() {
        let empty = read_bytes("e.txt", Some("txt"), b"  \n ");
        assert_eq!(empty.errors[0].problem, "empty input (no text)");
        let binary = read_bytes("b.bin", None, &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0, 0]);
        assert!(binary.errors[0].problem.starts_with("binary data"));
        assert!(binary.documents.is_empty());
    }

    #[test]
    fn size_limit_is_enforced() {
        let err = read_limited(&b"0123456789"[..], 4).unwrap_err();
        assert!(err.contains("over the 4-byte limit"), "{err}");
        assert_eq!(read_limited(&b"0123"[..], 4).unwrap(), b"0123");
    }
}
