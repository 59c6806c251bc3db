//! Running text for unsupervised learning (word clusters), as tokenised
//! sentences, read from files or folders in the formats of `../shared/data`:
//! plain text (`.txt`, tokenised and split by Dossier), CoNLL-U (`.conllu`),
//! CoNLL-2003 (`-DOCSTART-` files), tab-separated CoNLL files with the word in
//! the second column (`.conll`), token XML as in ECB+ (`<token ...>w</token>`),
//! and CSV files with a `text` column (the column's cells are read as plain
//! text). Annotations are ignored.

use std::path::{Path, PathBuf};

use super::{conll2003, conllu};
use crate::text::{split_sentences, tokenize};

/// The sentences of every supported file under `paths` (files in sorted order).
pub fn read_sentences(paths: &[PathBuf]) -> Result<Vec<Vec<String>>, String> {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files)?;
    }
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let sentences = if name.ends_with(".conllu") {
            conllu::parse(&text)
                .map_err(|e| format!("{}: {e}", f.display()))?
                .into_iter()
                .map(|s| s.words.into_iter().map(|w| w.form).collect())
                .collect()
        } else if text.starts_with("-DOCSTART-") {
            conll2003::parse(&text)
                .map_err(|e| format!("{}: {e}", f.display()))?
                .into_iter()
                .flat_map(|d| d.sentences)
                .map(|s| s.into_iter().map(|t| t.form).collect())
                .collect()
        } else if name.ends_with(".conll") {
            tabbed_words(&text)
        } else if name.ends_with(".xml") {
            token_xml(&text)
        } else if name.ends_with(".csv") {
            csv_column(&text, "text")
                .iter()
                .flat_map(|cell| plain(cell))
                .collect()
        } else {
            plain(&text)
        };
        out.extend(
            sentences
                .into_iter()
                .filter(|s: &Vec<String>| !s.is_empty()),
        );
    }
    Ok(out)
}

/// Files under `path` that [`read_sentences`] reads, in sorted order.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            let supported = e.is_dir()
                || e.extension()
                    .and_then(|x| x.to_str())
                    .is_some_and(|x| matches!(x, "txt" | "conllu" | "conll" | "xml" | "csv"));
            if supported {
                collect(&e, out)?;
            }
        }
        Ok(())
    } else if path.is_file() {
        out.push(path.to_path_buf());
        Ok(())
    } else {
        Err(format!("{}: not found", path.display()))
    }
}

/// Plain text, tokenised and split into sentences.
fn plain(text: &str) -> Vec<Vec<String>> {
    let spans = tokenize(text);
    split_sentences(text, &spans, &[])
        .into_iter()
        .map(|r| spans[r].iter().map(|s| s.of(text).to_string()).collect())
        .collect()
}

/// The cells of column `name` of a CSV file (RFC 4180: quoted cells may hold
/// commas, line breaks and doubled quotes); empty when there is no such column.
fn csv_column(text: &str, name: &str) -> Vec<String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    let mut rows = rows.into_iter();
    let Some(column) = rows
        .next()
        .and_then(|header| header.iter().position(|h| h == name))
    else {
        return Vec::new();
    };
    rows.filter_map(|mut r| (column < r.len()).then(|| r.swap_remove(column)))
        .collect()
}

/// Tab-separated lines `INDEX WORD ...`, blank lines between sentences.
fn tabbed_words(text: &str) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new()];
    for line in text.lines() {
        let mut cols = line.split('\t');
        match (cols.next(), cols.next()) {
            (Some(_), Some(word)) if !word.is_empty() => {
                out.last_mut().expect("non-empty").push(word.to_string())
            }
            _ => out.push(Vec::new()),
        }
    }
    out
}

/// `<token ... sentence="N" ...>word</token>` elements; a new sentence starts
/// when the `sentence` attribute changes.
fn token_xml(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current_sentence: Option<&str> = None;
    for piece in text.split("<token ").skip(1) {
        let Some((attrs, rest)) = piece.split_once('>') else {
            continue;
        };
        let Some((word, _)) = rest.split_once("</token>") else {
            continue;
        };
        let sentence = attrs
            .split_once("sentence=\"")
            .and_then(|(_, v)| v.split_once('"'))
            .map(|(v, _)| v);
        if out.is_empty() || sentence != current_sentence {
            out.push(Vec::new());
            current_sentence = sentence;
        }
        let word = word
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'");
        if !word.trim().is_empty() {
            out.last_mut()
                .expect("pushed")
                .push(word.trim().to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_format() {
        assert_eq!(
            plain("Mr. Smith left. He came back."),
            vec![
                vec!["Mr.", "Smith", "left", "."],
                vec!["He", "came", "back", "."]
            ]
        );
        assert_eq!(
            tabbed_words("0\tLive\t_\n1\tfrom\t_\n\n0\tNext\t_\n"),
            vec![vec!["Live", "from"], vec!["Next"]]
        );
        let xml = "<Document><token t_id=\"1\" sentence=\"0\" number=\"0\">A</token>\
<token t_id=\"2\" sentence=\"0\" number=\"1\">judge</token>\
<token t_id=\"3\" sentence=\"1\" number=\"0\">AT&amp;T</token></Document>";
        assert_eq!(token_xml(xml), vec![vec!["A", "judge"], vec!["AT&T"]]);
        let csv =
            "id,text,label\n1,\"Rain fell, then \"\"snow\"\".\nIt stopped.\",X\n2,Short one.,Y\n";
        assert_eq!(
            csv_column(csv, "text"),
            vec!["Rain fell, then \"snow\".\nIt stopped.", "Short one."]
        );
        assert!(csv_column(csv, "body").is_empty());
    }

    #[test]
    fn reads_folders_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second file.").unwrap();
        std::fs::write(dir.path().join("a.txt"), "First file.").unwrap();
        std::fs::write(dir.path().join("skip.bin"), "ignored").unwrap();
        let got = read_sentences(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(
            got,
            vec![vec!["First", "file", "."], vec!["Second", "file", "."]]
        );
        assert!(read_sentences(&[dir.path().join("missing")]).is_err());
    }
}
