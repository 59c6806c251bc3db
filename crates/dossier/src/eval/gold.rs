//! Runs the extractor over a gold set and hands the outputs to the shared
//! scorers (`score_extraction.py` for `dossier/1` gold, `score_polnear.py` for
//! a PolNeAR split).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::ingest::read_bytes;
use crate::output::to_json;
use crate::pipeline::Pipeline;

/// Extracts every `*.txt` article listed by the gold files of `gold_dir` (each
/// gold JSON names its `text_file`) into `out_dir/<gold name>.json`.
pub fn extract_gold_dir(
    pipeline: &Pipeline,
    gold_dir: &Path,
    out_dir: &Path,
) -> Result<usize, String> {
    let mut pairs = Vec::new();
    for gold in sorted_files(gold_dir, "json")? {
        let raw = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", gold.display()))?;
        let text_file = match value.get("text_file").and_then(|t| t.as_str()) {
            Some(name) => gold_dir.join(name),
            None => gold.with_extension("txt"),
        };
        pairs.push((
            text_file,
            gold.file_name().map(PathBuf::from).unwrap_or_default(),
        ));
    }
    extract_files(pipeline, &pairs, out_dir)
}

/// Extracts every `text/*.txt` of a PolNeAR split into `out_dir/<name>.json`.
pub fn extract_polnear_split(
    pipeline: &Pipeline,
    split_dir: &Path,
    out_dir: &Path,
) -> Result<usize, String> {
    let pairs: Vec<(PathBuf, PathBuf)> = sorted_files(&split_dir.join("text"), "txt")?
        .into_iter()
        .map(|t| {
            let name = t.with_extension("json");
            let name = name.file_name().map(PathBuf::from).unwrap_or_default();
            (t, name)
        })
        .collect();
    extract_files(pipeline, &pairs, out_dir)
}

fn extract_files(
    pipeline: &Pipeline,
    pairs: &[(PathBuf, PathBuf)],
    out_dir: &Path,
) -> Result<usize, String> {
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    for (text_file, out_name) in pairs {
        let bytes =
            std::fs::read(text_file).map_err(|e| format!("{}: {e}", text_file.display()))?;
        let origin = text_file.display().to_string();
        let mut outcome = read_bytes(&origin, Some("txt"), &bytes);
        if let Some(err) = outcome.errors.first() {
            return Err(err.to_string());
        }
        let doc = pipeline.process(outcome.documents.remove(0));
        let json = serde_json::to_string(&to_json(&doc)).map_err(|e| e.to_string())?;
        let out = out_dir.join(out_name);
        std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(pairs.len())
}

fn sorted_files(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs a Python scorer with `args`, returning what it printed.
pub fn run_scorer(scorer: &Path, args: &[&std::ffi::OsStr]) -> Result<String, String> {
    let output = Command::new("python3")
        .arg(scorer)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run python3 {}: {e}", scorer.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed: {}",
            scorer.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_a_gold_folder() {
        let gold = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        std::fs::write(gold.path().join("a.txt"), "Talks ended. Officials left.").unwrap();
        std::fs::write(
            gold.path().join("a.json"),
            r#"{"doc": "a", "text_file": "a.txt"}"#,
        )
        .unwrap();
        let n = extract_gold_dir(&Pipeline::new(), gold.path(), out.path()).unwrap();
        assert_eq!(n, 1);
        let written = std::fs::read_to_string(out.path().join("a.json")).unwrap();
        let value: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(value["text"], "Talks ended. Officials left.");
    }
}
