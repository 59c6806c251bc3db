//! Stage 3, syntax: part-of-speech tags (UPOS and Penn XPOS), lemmas and
//! Universal Dependencies trees for every sentence.
//!
//! - the tagger ([`Tagger`]) is a greedy averaged perceptron over joint
//!   `UPOS/XPOS` classes with word, affix, shape, neighbour, tag-history and
//!   tag-dictionary features; it ships with the [`Lemmatizer`] (a form + XPOS
//!   table learned from the treebank, with suffix rules for unseen words);
//! - the parser ([`Parser`]) is a greedy arc-eager transition parser trained
//!   with a dynamic oracle, scoring actions with an averaged perceptron over
//!   Zhang-Nivre features. It builds projective trees; non-projective
//!   training trees are projectivised by lifting.
//!
//! Both are trained on UD English EWT (`dossier train pos|parse`) and
//! embedded in the binary from `models/`; `DOSSIER_MODELS=DIR` replaces them
//! with the files in `DIR`.

mod finite;
mod jackknife;
mod lemma;
mod oracle;
mod parse_features;
mod parse_train;
mod parser;
mod projective;
mod senses;
mod sentence;
mod tag_dict;
mod tag_features;
mod tag_train;
mod tagger;
mod transition;
mod word;

pub use jackknife::{jackknife_tags, tag_names};
pub use lemma::Lemmatizer;
pub use parse_train::{dev_scores, train_parser, ParserConfig};
pub use parser::{ParseScratch, Parser};
pub use senses::attack_is_verbal;
pub use sentence::{joint_tag, read_conllu, GoldSentence};
pub use tag_dict::TagDict;
pub use tag_train::{train_tagger, TaggerConfig};
pub use tagger::{TagScratch, Tagger};
pub use word::WordInfo;

use std::cell::RefCell;
use std::path::Path;

use crate::document::Document;
use crate::learn::store::{model_bytes, model_bytes_in};

thread_local! {
    /// Each thread's tagging and parsing buffers, kept from one document to
    /// the next: besides saving allocations, the tagger's memo of word
    /// scores ([`crate::learn::PartialSums`]) then serves every document the
    /// thread annotates.
    static SCRATCH: RefCell<(TagScratch, ParseScratch)> = RefCell::default();
}

/// File name of the tagger and lemmatiser model.
pub const POS_MODEL: &str = "pos.bin";
/// File name of the parser model.
pub const PARSE_MODEL: &str = "parse.bin";

/// The shipped tagger model (`models/pos.bin`).
static EMBEDDED_POS: &[u8] = include_bytes!("../../../../models/pos.bin");
/// The shipped parser model (`models/parse.bin`).
static EMBEDDED_PARSE: &[u8] = include_bytes!("../../../../models/parse.bin");

/// The tagger: `dir/pos.bin` with `dir` given, else `$DOSSIER_MODELS/pos.bin`
/// if present, else the shipped one.
pub fn load_tagger(dir: Option<&Path>) -> Result<Tagger, String> {
    let bytes = match dir {
        Some(dir) => model_bytes_in(dir, POS_MODEL, EMBEDDED_POS)?,
        None => model_bytes(POS_MODEL, EMBEDDED_POS)?,
    };
    Tagger::from_bytes(&bytes).map_err(|e| format!("{POS_MODEL}: {e}"))
}

/// The parser, found like [`load_tagger`].
pub fn load_parser(dir: Option<&Path>) -> Result<Parser, String> {
    let bytes = match dir {
        Some(dir) => model_bytes_in(dir, PARSE_MODEL, EMBEDDED_PARSE)?,
        None => model_bytes(PARSE_MODEL, EMBEDDED_PARSE)?,
    };
    Parser::from_bytes(&bytes).map_err(|e| format!("{PARSE_MODEL}: {e}"))
}

/// The syntax stage: tagger, lemmatiser and parser.
#[derive(Clone, Debug)]
pub struct Syntax {
    tagger: Tagger,
    parser: Parser,
    tag_map: Vec<u64>,
}

impl Syntax {
    /// The stage from its two models.
    pub fn new(tagger: Tagger, parser: Parser) -> Self {
        let tag_map = parser.tag_map(&tagger);
        Syntax {
            tagger,
            parser,
            tag_map,
        }
    }

    /// The stage from the bytes of `pos.bin` and `parse.bin`.
    pub fn from_bytes(pos: &[u8], parse: &[u8]) -> Result<Self, String> {
        let tagger = Tagger::from_bytes(pos).map_err(|e| format!("{POS_MODEL}: {e}"))?;
        let parser = Parser::from_bytes(parse).map_err(|e| format!("{PARSE_MODEL}: {e}"))?;
        Ok(Syntax::new(tagger, parser))
    }

    /// The shipped models, or those in `$DOSSIER_MODELS` where present.
    pub fn load() -> Result<Self, String> {
        Ok(Syntax::new(load_tagger(None)?, load_parser(None)?))
    }

    /// The models in folder `dir` (each missing file: the shipped model).
    pub fn load_from(dir: &Path) -> Result<Self, String> {
        Ok(Syntax::new(
            load_tagger(Some(dir))?,
            load_parser(Some(dir))?,
        ))
    }

    /// The tagger and lemmatiser.
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The parser.
    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    /// Fills `upos`, `xpos`, `lemma`, `head` and `deprel` of every token of
    /// every sentence of `doc` (`head` indexes `doc.tokens`; `None` for roots).
    pub fn annotate(&self, doc: &mut Document) {
        SCRATCH.with_borrow_mut(|(tag_scratch, parse_scratch)| {
            self.annotate_with(doc, tag_scratch, parse_scratch)
        });
    }

    /// [`Syntax::annotate`] with the buffers of this thread.
    fn annotate_with(
        &self,
        doc: &mut Document,
        tag_scratch: &mut TagScratch,
        parse_scratch: &mut ParseScratch,
    ) {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        let mut heads = Vec::new();
        let mut labels = Vec::new();
        let text = &doc.text;
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            if range.is_empty() {
                continue;
            }
            let tokens = &mut doc.tokens[range.clone()];
            words.clear();
            words.extend(tokens.iter().map(|t| WordInfo::new(t.span.of(text))));
            self.tagger.tag(&words, tag_scratch, &mut tags);
            self.parser.parse(
                &words,
                &tags,
                &self.tag_map,
                parse_scratch,
                &mut heads,
                &mut labels,
            );
            for (i, token) in tokens.iter_mut().enumerate() {
                let tag = tags[i];
                let xpos = self.tagger.xpos(tag);
                token.upos = self.tagger.upos(tag);
                token.lemma = self
                    .tagger
                    .lemmatizer()
                    .lemma(token.span.of(text), xpos)
                    .into_owned();
                token.xpos = xpos.to_string();
                token.head = (heads[i] > 0).then(|| range.start + heads[i] - 1);
                token.deprel = self.parser.labels().name(labels[i]).to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::document::{DocMeta, Upos};
    use crate::text;

    fn syntax() -> &'static Syntax {
        static SYNTAX: OnceLock<Syntax> = OnceLock::new();
        SYNTAX.get_or_init(|| Syntax::load().expect("shipped models load"))
    }

    fn annotate(text: &str) -> Document {
        let mut doc = Document::new(DocMeta::default(), text.to_string());
        text::segment(&mut doc);
        syntax().annotate(&mut doc);
        doc
    }

    fn find(doc: &Document, word: &str) -> usize {
        doc.tokens
            .iter()
            .position(|t| doc.slice(t.span) == word)
            .unwrap_or_else(|| panic!("no token {word}"))
    }

    #[test]
    fn a_short_news_sentence_gets_its_finite_verb() {
        let doc = annotate("Police arrested four protesters on Monday.");
        let arrested = find(&doc, "arrested");
        let t = &doc.tokens;
        assert_eq!(t[arrested].xpos, "VBD");
        assert_eq!(
            (t[arrested].head, t[arrested].deprel.as_str()),
            (None, "root")
        );
        assert_eq!(t[find(&doc, "protesters")].head, Some(arrested));
    }

    #[test]
    fn reporting_sentence() {
        let doc = annotate("The minister said on Friday that talks would resume.");
        let said = find(&doc, "said");
        let minister = find(&doc, "minister");
        let resume = find(&doc, "resume");
        let t = &doc.tokens;
        assert_eq!(t[said].upos, Some(Upos::Verb));
        assert_eq!(t[said].xpos, "VBD");
        assert_eq!(t[said].lemma, "say");
        assert_eq!((t[said].head, t[said].deprel.as_str()), (None, "root"));
        assert_eq!(
            (t[minister].head, t[minister].deprel.as_str()),
            (Some(said), "nsubj")
        );
        assert_eq!(t[find(&doc, "Friday")].head, Some(said));
        assert_eq!(t[find(&doc, "Friday")].deprel, "obl");
        assert_eq!(t[find(&doc, "would")].upos, Some(Upos::Aux));
        assert_eq!(t[find(&doc, "would")].head, Some(resume));
        assert_eq!(t[find(&doc, "talks")].lemma, "talk");
    }

    #[test]
    fn every_sentence_is_one_tree() {
        let doc = annotate(
            "Rebels attacked the northern town of Kidal on Tuesday, officials said. \
             \"We will not negotiate,\" the group's spokesman told reporters.",
        );
        assert_eq!(doc.sentences.len(), 2);
        for s in &doc.sentences {
            let roots = doc.tokens[s.tokens.clone()]
                .iter()
                .filter(|t| t.head.is_none())
                .count();
            assert_eq!(roots, 1);
            for t in &doc.tokens[s.tokens.clone()] {
                assert!(t.upos.is_some() && !t.xpos.is_empty() && !t.lemma.is_empty());
                assert!(t.head.is_none_or(|h| s.tokens.contains(&h)));
                assert!(!t.deprel.is_empty());
            }
        }
        let told = find(&doc, "told");
        assert_eq!(doc.tokens[told].lemma, "tell");
        assert_eq!(doc.tokens[find(&doc, "spokesman")].head, Some(told));
    }

    #[test]
    fn models_round_trip() {
        let s = syntax();
        let again = Syntax::from_bytes(&s.tagger().to_bytes(), &s.parser().to_bytes()).unwrap();
        assert_eq!(again.tagger().tags(), s.tagger().tags());
        assert!(Syntax::from_bytes(b"nope", b"nope").is_err());
    }
}
