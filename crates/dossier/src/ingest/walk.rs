//! Turning command-line paths into inputs: files, directories walked
//! recursively, and `-` for standard input.

use std::path::{Path, PathBuf};

use super::InputError;

/// Extensions of files taken from directories (named files are read whatever their name).
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "htm", "html", "xhtml", "jsonl", "ndjson", "json", "rss", "atom", "xml", "feed",
];

/// One thing to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Input {
    /// How errors and documents name this input.
    pub fn origin(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// Expands paths into inputs: `-` is standard input, files are taken as they
/// are, directories are walked recursively (sorted, hidden entries skipped,
/// only article extensions taken). Missing paths and article-less directories
/// are reported, never fatal.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let before = inputs.len();
            walk_dir(path, &mut inputs, &mut errors);
            if inputs.len() == before {
                errors.push(InputError::new(
                    path.display().to_string(),
                    format!(
                        "directory holds no articles (looked for .{} files)",
                        ARTICLE_EXTENSIONS.join(", .")
                    ),
                ));
            }
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            errors.push(InputError::new(
                path.display().to_string(),
                "no such file or directory",
            ));
        }
    }
    (inputs, errors)
}

fn walk_dir(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(InputError::new(
                dir.display().to_string(),
                format!("cannot list directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, inputs, errors);
        } else if is_article_file(&path) {
            inputs.push(Input::File(path));
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_directories_and_reports_problems() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "b").unwrap();
        std::fs::write(dir.path().join("a.html"), "a").unwrap();
        std::fs::write(dir.path().join("notes.ann"), "x").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let missing = dir.path().join("missing.txt");
        let (inputs, errors) = collect_inputs(&[
            dir.path().to_path_buf(),
            empty.clone(),
            missing,
            PathBuf::from("-"),
        ]);
        assert_eq!(
            inputs,
            vec![
                Input::File(dir.path().join("a.html")),
                Input::File(dir.path().join("sub/b.txt")),
                Input::Stdin
            ]
        );
        assert_eq!(errors.len(), 2);
        assert!(errors[0].problem.starts_with("directory holds no articles"));
        assert_eq!(errors[1].problem, "no such file or directory");
    }
}
