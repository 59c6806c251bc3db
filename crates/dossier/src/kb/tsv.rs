//! The knowledge base's data files: tab-separated rows, `#` comments and blank
//! lines skipped, lists inside a field separated by `|`, `-` for "none".

/// One row of a data file.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The file the row comes from (for error messages).
    file: &'static str,
    /// 1-based line number.
    line: usize,
    text: &'static str,
}

/// The data rows of an embedded file.
pub fn rows(file: &'static str, text: &'static str) -> impl Iterator<Item = Row> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(move |(i, line)| Row {
            file,
            line: i + 1,
            text: line,
        })
}

impl Row {
    /// Field `i` (0-based), trimmed; empty when the row is shorter.
    pub fn field(&self, i: usize) -> &'static str {
        self.text.split('\t').nth(i).unwrap_or("").trim()
    }

    /// Field `i`, which the format requires.
    pub fn required(&self, i: usize) -> &'static str {
        let value = self.field(i);
        assert!(
            !value.is_empty() && value != "-",
            "{}: missing field {}",
            self.at(),
            i + 1
        );
        value
    }

    /// Field `i`, or `None` when it is empty or `-`.
    pub fn optional(&self, i: usize) -> Option<&'static str> {
        Some(self.field(i)).filter(|v| !v.is_empty() && *v != "-")
    }

    /// The `|`-separated items of field `i`.
    pub fn list(&self, i: usize) -> Vec<&'static str> {
        self.optional(i)
            .map(|v| {
                v.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Field `i` parsed by `parse`, which must accept it.
    pub fn parsed<T>(&self, i: usize, parse: impl Fn(&str) -> Option<T>) -> T {
        let value = self.field(i);
        parse(value).unwrap_or_else(|| panic!("{}: bad field {}: {value:?}", self.at(), i + 1))
    }

    /// Field `i` as a number, or `None` when it is empty or `-`.
    pub fn number<T: std::str::FromStr>(&self, i: usize) -> Option<T> {
        self.optional(i).map(|_| self.parsed(i, |v| v.parse().ok()))
    }

    /// Where the row is, as `FILE:LINE`.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_lists_and_placeholders() {
        let text = "# comment\n\nIRN\tIran\tPersia|Islamic Republic\t-\n";
        let rows: Vec<Row> = rows("test.tsv", text).collect();
        assert_eq!(rows.len(), 1);
        let row = rows[0];
        assert_eq!(row.required(0), "IRN");
        assert_eq!(row.list(2), ["Persia", "Islamic Republic"]);
        assert_eq!(row.optional(3), None);
        assert_eq!(row.optional(9), None);
        assert!(row.list(3).is_empty());
        assert_eq!(row.parsed(1, |v| Some(v.len())), 4);
        assert_eq!(row.number::<f64>(3), None);
        assert_eq!(row.at(), "test.tsv:3");
    }
}
