//! Extracting what was read into `dossier/1` documents ready to store: the
//! step shared by `dossier ingest` and the server's `POST /api/documents`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::ingest::Failure;
use crate::ingest::ReadOutcome;
use crate::output::{to_json, DocumentJson};
use crate::pipeline::Pipeline;

/// What one input gave: documents in `dossier/1` form, failures, token count.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Documents extracted.
    pub docs: Vec<DocumentJson>,
    /// Problems met reading the input, and documents whose extraction failed.
    pub failures: Vec<Failure>,
    /// Tokens in the extracted documents.
    pub tokens: usize,
}

/// The message a panic was raised with ("unknown error" when it is not text).
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown error".into())
}

/// Runs the pipeline over every document read; a document whose extraction
/// panics becomes a failure instead of ending the process.
pub fn extract(pipeline: &Pipeline, outcome: ReadOutcome) -> Extracted {
    let mut failures: Vec<Failure> = outcome
        .errors
        .into_iter()
        .map(|e| Failure {
            origin: e.origin,
            error: e.problem,
        })
        .collect();
    let mut docs = Vec::new();
    let mut tokens = 0;
    for doc in outcome.documents {
        let origin = doc.meta.origin.clone();
        match catch_unwind(AssertUnwindSafe(|| to_json(&pipeline.process(doc)))) {
            Ok(json) => {
                tokens += json.tokens.len();
                docs.push(json);
            }
            Err(panic) => failures.push(Failure {
                origin,
                error: format!("extraction failed: {}", panic_message(&*panic)),
            }),
        }
    }
    Extracted {
        docs,
        failures,
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::read_bytes;

    #[test]
    fn extracts_documents_and_keeps_read_errors() {
        let pipeline = Pipeline::new();
        let ok = extract(
            &pipeline,
            read_bytes("-", None, b"Rebels attacked the town of Goma on Monday."),
        );
        assert_eq!(ok.docs.len(), 1);
        assert!(ok.tokens > 5, "{} tokens", ok.tokens);
        assert!(ok.failures.is_empty());
        let bad = extract(
            &pipeline,
            read_bytes("x.jsonl", Some("jsonl"), b"{not json\n"),
        );
        assert!(bad.docs.is_empty());
        assert_eq!(bad.failures.len(), 1, "{:?}", bad.failures);
    }
}
