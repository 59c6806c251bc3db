//! `dossier extract` and `dossier demo` end to end: formats, the schema, offsets.

mod common;

use common::{check_document, dossier, repo_root};

#[test]
fn every_example_validates_against_the_schema() {
    let out = dossier(&["extract", "examples", "--format", "jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 9, "7 files, one of them a feed of 2 entries");
    for doc in &docs {
        check_document(doc);
        assert!(!doc["sentences"].as_array().unwrap().is_empty());
    }
    let html = docs.iter().find(|d| d["doc"]["format"] == "html").unwrap();
    let text = html["text"].as_str().unwrap();
    assert!(text.contains("ERBIL, Oct 21 (Meridian Wire) - Leaders"));
    for furniture in [
        "Advertisement",
        "First!",
        "Related",
        "Delegates arrive",
        "analytics",
    ] {
        assert!(
            !text.contains(furniture),
            "{furniture} leaked into the text"
        );
    }
    assert_eq!(html["doc"]["dateline"]["date"], "2026-10-21");
}

#[test]
fn json_to_a_folder_writes_one_file_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out");
    let examples = repo_root().join("examples");
    let out = dossier(&[
        "extract",
        examples.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let mut names: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 9);
    assert!(names.contains(&"border-convoy.json".to_string()));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(target.join("border-convoy.json")).unwrap())
            .unwrap();
    assert_eq!(doc["doc"]["published"], "2026-03-04");
    assert_eq!(doc["doc"]["dateline"]["place"], "VIENNA");
    check_document(&doc);
}

#[test]
fn text_and_html_formats_render() {
    let out = dossier(&["extract", "examples/border-convoy.txt", "--format", "text"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("== Ministry asked border guards"));
    let out = dossier(&["extract", "examples/border-convoy.txt", "--format", "html"]);
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Freedom Party"));
    // Several documents need a folder for HTML.
    let out = dossier(&["extract", "examples", "--format", "html"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("give -o FOLDER"));
}

#[test]
fn reads_standard_input() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["extract", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Talks end\n\nANKARA 1996-08-31 - Turkey’s minister said “yes”.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    check_document(&doc);
    assert_eq!(doc["doc"]["title"], "Talks end");
    assert_eq!(doc["doc"]["origin"], "-");
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 3);
}

#[test]
fn demo_runs_on_the_examples() {
    let out = dossier(&["demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("\n== ").count() + 1, 9);
}

#[test]
fn an_official_described_through_a_named_leader_stays_unnamed() {
    let out = dossier(&["extract", "examples/border-convoy.txt", "--format", "json"]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kind_of = |source: &str| {
        let claim = doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| {
                c["source"]["text"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with(source)
            })
            .unwrap_or_else(|| panic!("no claim by {source}"));
        claim["source"]["kind"].as_str().unwrap().to_string()
    };
    // "led by Jan Novak" describes the party, not the speaker ...
    assert_eq!(
        kind_of("A senior official of the Freedom Party"),
        "anonymous_affiliated"
    );
    // ... while an apposition names him.
    assert_eq!(
        kind_of("A ministry spokesman, Lukas Brandt"),
        "named_person"
    );
}
