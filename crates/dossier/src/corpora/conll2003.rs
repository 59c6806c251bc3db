//! CoNLL-2003 named-entity data: `TOKEN POS CHUNK NER` lines, a blank line
//! between sentences, `-DOCSTART-` lines between documents, IOB1 or IOB2 tags.
//! Entity spans follow conlleval: a chunk starts at `B-X`, or at `I-X` after
//! `O` or after a tag of another type.

/// One token line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conll2003Token {
    /// Word form.
    pub form: String,
    /// Penn Treebank part of speech.
    pub pos: String,
    /// Chunk tag.
    pub chunk: String,
    /// Named-entity tag (`O`, `I-PER`, `B-LOC`, ...).
    pub ner: String,
}

/// A sentence: its tokens.
pub type Conll2003Sentence = Vec<Conll2003Token>;

/// A document: the sentences between two `-DOCSTART-` lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conll2003Document {
    /// Sentences in order.
    pub sentences: Vec<Conll2003Sentence>,
}

/// An entity chunk: tokens `start..end` of a sentence, of type `kind` ("PER", ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Entity type as written in the tags.
    pub kind: String,
}

/// A sentence re-tokenised with Dossier's tokeniser, each original token on its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Retokenized {
    /// Dossier tokens ("Itar-Tass" gives "Itar", "-", "Tass").
    pub pieces: Vec<String>,
    /// Index of each original token's first piece.
    pub first: Vec<usize>,
}

impl Retokenized {
    /// Pieces `first[start]..first[end]`: the pieces of original tokens `start..end`.
    pub fn piece_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        self.first[start]..self.first.get(end).copied().unwrap_or(self.pieces.len())
    }
}

/// Clitics that stay whole as tokens of their own (as they do in running text,
/// where Dossier splits them off the word before).
const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'"];

/// Splits each token of `forms` with [`crate::text::tokenize`], as Dossier would
/// tokenise running text.
pub fn retokenize<S: AsRef<str>>(forms: &[S]) -> Retokenized {
    let mut out = Retokenized::default();
    for form in forms {
        let form = form.as_ref();
        out.first.push(out.pieces.len());
        let spans = crate::text::tokenize(form);
        if spans.len() <= 1 || CLITICS.contains(&form.to_lowercase().as_str()) {
            out.pieces.push(form.to_string());
        } else {
            out.pieces
                .extend(spans.iter().map(|s| s.of(form).to_string()));
        }
    }
    out
}

/// Parses CoNLL-2003 text. Text before the first `-DOCSTART-` forms a document of
/// its own; lines with fewer than two columns are reported with their number.
pub fn parse(input: &str) -> Result<Vec<Conll2003Document>, String> {
    let mut docs = Vec::new();
    let mut doc = Conll2003Document::default();
    let mut sentence: Conll2003Sentence = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            if !sentence.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if cols.len() < 2 {
            return Err(format!("line {}: expected TOKEN ... NER columns", n + 1));
        }
        let col = |i: usize| {
            if i + 1 < cols.len() {
                cols[i].to_string()
            } else {
                String::new()
            }
        };
        sentence.push(Conll2003Token {
            form: cols[0].to_string(),
            pos: col(1),
            chunk: col(2),
            ner: cols[cols.len() - 1].to_string(),
        });
    }
    if !sentence.is_empty() {
        doc.sentences.push(sentence);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// The entity chunks of a tag sequence, conlleval style (IOB1 or IOB2).
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut open: Option<Chunk> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) if tag != "O" => (p, k),
            _ => ("O", ""),
        };
        let continues = matches!(&open, Some(c) if prefix == "I" && c.kind == kind);
        if !continues {
            out.extend(open.take());
            if prefix != "O" {
                open = Some(Chunk {
                    start: i,
                    end: i + 1,
                    kind: kind.to_string(),
                });
            }
        } else if let Some(c) = open.as_mut() {
            c.end = i + 1;
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\
German JJ I-NP I-MISC\ncall NN I-NP O\n. . O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n\
-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n1996-08-22 CD I-NP O\n";

    #[test]
    fn reads_documents_and_sentences() {
        let docs = parse(SAMPLE).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0][2].form, "German");
        assert_eq!(docs[0].sentences[0][2].pos, "JJ");
        assert_eq!(docs[0].sentences[0][2].ner, "I-MISC");
        assert_eq!(docs[1].sentences[0][0].ner, "I-LOC");
        assert!(parse("lonely\n").unwrap_err().starts_with("line 1"));
    }

    #[test]
    fn retokenizes_like_running_text() {
        let r = retokenize(&[
            "Itar-Tass",
            "said",
            "Yeltsin",
            "'s",
            "F-16",
            "U.S.",
            "1996-08-30",
        ]);
        assert_eq!(
            r.pieces,
            vec![
                "Itar",
                "-",
                "Tass",
                "said",
                "Yeltsin",
                "'s",
                "F-16",
                "U.S.",
                "1996-08-30"
            ]
        );
        assert_eq!(r.first, vec![0, 3, 4, 5, 6, 7, 8]);
        assert_eq!(r.piece_range(0, 1), 0..3);
        assert_eq!(r.piece_range(5, 7), 7..9);
    }

    #[test]
    fn chunks_follow_conlleval() {
        let tags = [
            "I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG",
        ];
        let found = chunks(&tags);
        let got: Vec<(usize, usize, &str)> = found
            .iter()
            .map(|c| (c.start, c.end, c.kind.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 2, "PER"),
                (2, 3, "PER"),
                (4, 5, "LOC"),
                (5, 6, "ORG"),
                (6, 8, "ORG")
            ]
        );
        assert!(chunks(&["O", "O"]).is_empty());
    }
}
