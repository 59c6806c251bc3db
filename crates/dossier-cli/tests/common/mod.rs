//! Helpers shared by the end-to-end tests.
#![allow(dead_code)] // each test binary uses a different subset

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the `dossier` binary with `args` from the repository root.
pub fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("dossier runs")
}

/// Writes `n` distinct small articles into `dir`.
pub fn articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!(
            "Talks resume in round {i}\n\nDelegates met for round {i} of the talks on Monday. \
             Officials said progress was slow but steady in session {i}.\n"
        );
        std::fs::write(dir.join(format!("a{i:05}.txt")), text).unwrap();
    }
}

/// `dossier ingest INPUTS --db DB --progress lines EXTRA...`, from the
/// repository root; `db` is a SQLite path or a `postgres://` URL.
pub fn ingest_cmd(db: impl AsRef<OsStr>, inputs: &Path, extra: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.arg("ingest")
        .arg(inputs)
        .arg("--db")
        .arg(db)
        .args(["--progress", "lines"])
        .args(extra)
        .current_dir(repo_root());
    cmd
}

/// Runs [`ingest_cmd`] to the end.
pub fn ingest(db: impl AsRef<OsStr>, inputs: &Path, extra: &[&str]) -> Output {
    ingest_cmd(db, inputs, extra)
        .output()
        .expect("dossier runs")
}

/// The `dossier/1` JSON Schema validator.
pub fn schema() -> jsonschema::Validator {
    let raw = std::fs::read_to_string(repo_root().join("schema/dossier-1.schema.json"))
        .expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&raw).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// Checks a document against the schema and checks that every offset
/// selects the text it claims to.
pub fn check_document(doc: &serde_json::Value) {
    let validator = schema();
    let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "schema errors: {errors:?}");
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let slice = |v: &serde_json::Value| -> String {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= text.len(), "span {s}..{e} out of range");
        text[s..e].iter().collect()
    };
    let spans_with_text = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["mentions"].as_array().unwrap().iter())
        .chain(doc["claims"].as_array().unwrap().iter().map(|c| &c["cue"]))
        .chain(
            doc["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c["content"])
                .filter(|c| !c.is_null()),
        )
        .chain(
            doc["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| &v["trigger"]),
        )
        .chain(
            doc["relations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| &r["evidence"]),
        );
    for span in spans_with_text {
        assert_eq!(
            slice(span),
            span["text"].as_str().unwrap(),
            "span text mismatch"
        );
    }
    let tokens = doc["tokens"].as_array().unwrap();
    let mut last_end = 0;
    for token in tokens {
        let piece = slice(token);
        assert!(!piece.trim().is_empty(), "empty token");
        assert!(
            token["start"].as_u64().unwrap() as usize >= last_end,
            "tokens overlap"
        );
        last_end = token["end"].as_u64().unwrap() as usize;
    }
    let mut next_token = 0;
    for sentence in doc["sentences"].as_array().unwrap() {
        assert_eq!(
            sentence["first_token"].as_u64().unwrap() as usize,
            next_token
        );
        next_token = sentence["end_token"].as_u64().unwrap() as usize;
        let first = &tokens[sentence["first_token"].as_u64().unwrap() as usize];
        assert_eq!(first["start"], sentence["start"]);
    }
    assert_eq!(next_token, tokens.len(), "sentences cover every token");
}
