//! CoNLL-U (Universal Dependencies) reading, and the raw text of a treebank
//! rebuilt with character offsets for every word.

/// One syntactic word of a CoNLL-U sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Language-specific tag (Penn Treebank for English).
    pub xpos: String,
    /// Morphological features.
    pub feats: String,
    /// Head (1-based word index; 0 for the root).
    pub head: usize,
    /// Dependency relation.
    pub deprel: String,
    /// MISC column.
    pub misc: String,
}

/// A multiword token ("don't" = "do" + "n't") spanning words `first..=last` (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiwordToken {
    /// First word (1-based).
    pub first: usize,
    /// Last word (1-based).
    pub last: usize,
    /// Surface form.
    pub form: String,
}

/// One CoNLL-U sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// `# sent_id`.
    pub id: String,
    /// `# text`.
    pub text: String,
    /// Starts a new document.
    pub new_doc: bool,
    /// Starts a new paragraph.
    pub new_par: bool,
    /// Syntactic words (empty nodes dropped).
    pub words: Vec<Word>,
    /// Multiword tokens.
    pub multiword: Vec<MultiwordToken>,
}

/// Parses CoNLL-U text. Malformed lines are reported with their line number.
pub fn parse(input: &str) -> Result<Vec<ConlluSentence>, String> {
    let mut out = Vec::new();
    let mut current = ConlluSentence::default();
    let mut pending_doc = false;
    let mut pending_par = false;
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.words.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if comment.starts_with("newdoc") {
                pending_doc = true;
            } else if comment.starts_with("newpar") {
                pending_par = true;
            } else if let Some(id) = comment.strip_prefix("sent_id = ") {
                current.id = id.to_string();
            } else if let Some(text) = comment.strip_prefix("text = ") {
                current.text = text.to_string();
            }
            continue;
        }
        if current.words.is_empty() && current.multiword.is_empty() {
            current.new_doc = pending_doc;
            current.new_par = pending_par || pending_doc;
            pending_doc = false;
            pending_par = false;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!(
                "line {}: expected 10 columns, found {}",
                n + 1,
                cols.len()
            ));
        }
        if cols[0].contains('.') {
            continue; // empty node of the enhanced graph
        }
        if let Some((a, b)) = cols[0].split_once('-') {
            let first = a
                .parse()
                .map_err(|_| format!("line {}: bad id {}", n + 1, cols[0]))?;
            let last = b
                .parse()
                .map_err(|_| format!("line {}: bad id {}", n + 1, cols[0]))?;
            current.multiword.push(MultiwordToken {
                first,
                last,
                form: cols[1].to_string(),
            });
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| format!("line {}: bad head {}", n + 1, cols[6]))?
        };
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !current.words.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// A treebank as running text, with the gold sentence and word spans (byte offsets).
#[derive(Clone, Debug, Default)]
pub struct RawTreebank {
    /// Sentences joined by a space inside a paragraph and a blank line between paragraphs.
    pub text: String,
    /// Gold sentence spans.
    pub sentences: Vec<(usize, usize)>,
    /// Gold word spans, all sentences in order.
    pub words: Vec<(usize, usize)>,
}

/// Rebuilds the running text of `sentences` (as UD's raw-text files do: a space
/// between sentences, a blank line between paragraphs and documents) and
/// locates every word in it.
pub fn raw_text(sentences: &[ConlluSentence]) -> RawTreebank {
    let mut raw = RawTreebank::default();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            raw.text.push_str(if s.new_par { "\n\n" } else { " " });
        }
        let base = raw.text.len();
        raw.text.push_str(&s.text);
        raw.sentences.push((base, raw.text.len()));
        locate_words(s, base, &raw.text, &mut raw.words);
    }
    raw
}

/// Finds each word of `s` in the text (sentence starting at `base`). Words of
/// a multiword token whose forms do not spell the surface share its span.
fn locate_words(s: &ConlluSentence, base: usize, text: &str, out: &mut Vec<(usize, usize)>) {
    let end = base + s.text.len();
    let mut at = base;
    let mut w = 1;
    while w <= s.words.len() {
        let skip = text[at..end].len() - text[at..end].trim_start().len();
        at += skip;
        if let Some(mwt) = s.multiword.iter().find(|m| m.first == w) {
            let surface_end = (at + mwt.form.len()).min(end);
            let mut inner = at;
            let forms: Vec<&str> = (mwt.first..=mwt.last)
                .map(|k| s.words[k - 1].form.as_str())
                .collect();
            let spelled = forms.concat() == text[at..surface_end];
            for (k, form) in forms.iter().enumerate() {
                if spelled {
                    out.push((inner, inner + form.len()));
                    inner += form.len();
                } else if k + 1 == forms.len() {
                    out.push((inner, surface_end));
                } else {
                    out.push((inner, inner));
                }
            }
            at = surface_end;
            w = mwt.last + 1;
        } else {
            let form = &s.words[w - 1].form;
            let found = text[at..end].find(form.as_str()).map(|p| at + p);
            let start = found.unwrap_or(at);
            let stop = if found.is_some() {
                start + form.len()
            } else {
                end
            };
            out.push((start, stop));
            at = stop;
            w += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
# sent_id = s2\n# text = Fine.\n\
1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

    #[test]
    fn parses_and_rebuilds_text() {
        let sentences = parse(SAMPLE).unwrap();
        assert_eq!(sentences.len(), 2);
        assert!(sentences[0].new_doc && sentences[0].new_par && !sentences[1].new_par);
        assert_eq!(sentences[0].words[1].form, "do");
        assert_eq!(sentences[0].words[3].head, 0);
        let raw = raw_text(&sentences);
        assert_eq!(raw.text, "I don't know. Fine.");
        let words: Vec<&str> = raw.words.iter().map(|&(a, b)| &raw.text[a..b]).collect();
        assert_eq!(words, vec!["I", "do", "n't", "know", ".", "Fine", "."]);
        assert_eq!(raw.sentences, vec![(0, 13), (14, 19)]);
    }

    #[test]
    fn reports_bad_lines() {
        assert!(parse("1\tonly\tthree\n").unwrap_err().starts_with("line 1"));
    }
}
