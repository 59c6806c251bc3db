//! Renders query answers as an aligned table, CSV or JSON.

use std::io::{self, Write};

use clap::ValueEnum;
use dossier::corpus::export::write_csv;
use dossier::corpus::query::Table;
use serde_json::Value;

/// Output formats of the corpus queries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    /// A JSON array of objects.
    Json,
    /// CSV with a header line.
    Csv,
}

/// The widest a table cell gets before it is cut.
const MAX_CELL: usize = 72;

fn cell(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > MAX_CELL {
        let cut: String = text.chars().take(MAX_CELL - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// Writes `table` as aligned columns.
pub fn write_aligned(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(cell).collect())
        .collect();
    let mut widths: Vec<usize> = table.columns.iter().map(|c| c.chars().count()).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(table.columns.clone()))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in &rows {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// Writes one table in `format`.
pub fn write_table(table: &Table, format: QueryFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        QueryFormat::Table => write_aligned(table, out),
        QueryFormat::Csv => write_csv(table, out),
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &table.to_json())?;
            writeln!(out)
        }
    }
}

/// Writes named sections: headed tables, CSV blocks after a `# name` line, or
/// one JSON object of arrays (a one-row first section becomes an object).
pub fn write_sections(
    sections: &[(&str, Table)],
    format: QueryFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        QueryFormat::Json => {
            let mut object = serde_json::Map::new();
            for (i, (name, table)) in sections.iter().enumerate() {
                let mut value = table.to_json();
                if i == 0 && table.rows.len() == 1 {
                    value = value[0].take();
                }
                object.insert(name.replace(' ', "_"), value);
            }
            serde_json::to_writer_pretty(&mut *out, &Value::Object(object))?;
            writeln!(out)
        }
        _ => {
            for (i, (name, table)) in sections.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                if format == QueryFormat::Csv {
                    writeln!(out, "# {name}")?;
                } else {
                    writeln!(out, "== {name} ({})", table.rows.len())?;
                }
                if format == QueryFormat::Table && table.rows.is_empty() {
                    continue;
                }
                write_table(table, format, out)?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn aligns_columns_and_cuts_long_cells() {
        let table = Table {
            columns: vec!["id", "name"],
            rows: vec![
                vec![json!("a"), json!("x".repeat(80))],
                vec![json!("bbb"), Value::Null],
            ],
        };
        let mut out = Vec::new();
        write_aligned(&table, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "id   name");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[3], "bbb");
    }
}
