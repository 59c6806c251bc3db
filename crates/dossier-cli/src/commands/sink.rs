//! Where `extract` writes documents: stdout, one file, or a folder with one
//! file per document, in each output format.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use dossier::document::{Document, InputFormat};
use dossier::output::{render_html, render_summary, to_json};

use crate::OutputFormat;

/// Writes processed documents in one format to one destination.
pub struct Sink {
    format: OutputFormat,
    destination: Destination,
    /// Documents held back until the end (a single JSON value or HTML page).
    held: Vec<serde_json::Value>,
    held_html: Vec<String>,
    used_names: HashSet<String>,
    written: usize,
}

enum Destination {
    Stream(Box<dyn Write>),
    File(PathBuf),
    Folder(PathBuf),
}

impl Sink {
    /// A sink for `format` writing to `output` (stdout when `None`). An output
    /// path that is a folder, or has no extension, is a folder.
    pub fn new(format: OutputFormat, output: Option<&Path>) -> Result<Sink, String> {
        let destination = match output {
            None => Destination::Stream(Box::new(BufWriter::new(std::io::stdout().lock()))),
            Some(path)
                if matches!(format, OutputFormat::Json | OutputFormat::Html)
                    && (path.is_dir() || path.extension().is_none()) =>
            {
                std::fs::create_dir_all(path)
                    .map_err(|e| format!("{}: cannot create folder: {e}", path.display()))?;
                Destination::Folder(path.to_path_buf())
            }
            Some(path) if matches!(format, OutputFormat::Json | OutputFormat::Html) => {
                Destination::File(path.to_path_buf())
            }
            Some(path) => {
                let file = File::create(path)
                    .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
                Destination::Stream(Box::new(BufWriter::new(file)))
            }
        };
        Ok(Sink {
            format,
            destination,
            held: Vec::new(),
            held_html: Vec::new(),
            used_names: HashSet::new(),
            written: 0,
        })
    }

    /// Writes (or holds) one document.
    pub fn write(&mut self, doc: &Document) -> Result<(), String> {
        self.written += 1;
        if let Destination::Folder(dir) = &self.destination {
            let (body, ext) = match self.format {
                OutputFormat::Html => (render_html(doc), "html"),
                _ => (pretty(&to_json(doc))?, "json"),
            };
            let name = unique_name(&mut self.used_names, doc);
            let path = dir.join(format!("{name}.{ext}"));
            return std::fs::write(&path, body)
                .map_err(|e| format!("{}: cannot write: {e}", path.display()));
        }
        match self.format {
            OutputFormat::Json => {
                let value = serde_json::to_value(to_json(doc)).map_err(|e| e.to_string())?;
                self.held.push(value);
                Ok(())
            }
            OutputFormat::Html => {
                self.held_html.push(render_html(doc));
                Ok(())
            }
            OutputFormat::Jsonl => {
                let line = serde_json::to_string(&to_json(doc)).map_err(|e| e.to_string())?;
                self.stream(format!("{line}\n"))
            }
            OutputFormat::Text => self.stream(render_summary(doc) + "\n"),
        }
    }

    fn stream(&mut self, text: String) -> Result<(), String> {
        match &mut self.destination {
            Destination::Stream(w) => w
                .write_all(text.as_bytes())
                .map_err(|e| format!("cannot write output: {e}")),
            _ => unreachable!("json and html never stream"),
        }
    }

    /// Writes what was held back and flushes.
    pub fn finish(mut self) -> Result<usize, String> {
        let body = match self.format {
            OutputFormat::Json if !self.held.is_empty() => {
                let value = if self.held.len() == 1 {
                    self.held.remove(0)
                } else {
                    serde_json::Value::Array(std::mem::take(&mut self.held))
                };
                Some(pretty(&value)? + "\n")
            }
            OutputFormat::Html if self.held_html.len() > 1 => {
                return Err(format!(
                    "{} documents make {} HTML pages: give -o FOLDER",
                    self.held_html.len(),
                    self.held_html.len()
                ));
            }
            OutputFormat::Html => self.held_html.pop(),
            _ => None,
        };
        match (&mut self.destination, body) {
            (Destination::File(path), Some(body)) => std::fs::write(&*path, body)
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?,
            (Destination::Stream(w), Some(body)) => w
                .write_all(body.as_bytes())
                .map_err(|e| format!("cannot write output: {e}"))?,
            _ => {}
        }
        if let Destination::Stream(w) = &mut self.destination {
            w.flush().map_err(|e| format!("cannot write output: {e}"))?;
        }
        Ok(self.written)
    }
}

fn pretty<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}

/// A file name for a document: the input file's stem when the file holds one
/// article, else the document id; made unique within the run.
fn unique_name(used: &mut HashSet<String>, doc: &Document) -> String {
    let origin = &doc.meta.origin;
    let is_record = origin.contains('#')
        || origin
            .rsplit_once(':')
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let single_file = matches!(doc.meta.format, InputFormat::Text | InputFormat::Html)
        && origin != "-"
        && !is_record;
    let base = if single_file {
        Path::new(&doc.meta.origin)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| doc.meta.id.clone())
    } else {
        doc.meta.id.clone()
    };
    let base: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut name = base.clone();
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}
