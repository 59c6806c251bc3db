//! Tagging, lemmatisation and parsing accuracy on a UD treebank with gold
//! tokenisation, and the speed of each.

use super::clock::{Clock, Elapsed};
use crate::syntax::{GoldSentence, ParseScratch, Parser, TagScratch, Tagger, WordInfo};

/// Tagger scores.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TagScores {
    /// Words scored.
    pub words: usize,
    /// Words with the right universal tag.
    pub upos: usize,
    /// Words with the right Penn tag.
    pub xpos: usize,
    /// Words with the right lemma.
    pub lemma: usize,
    /// Time spent tagging (word views and tags; lemmas not included).
    pub tag_time: Elapsed,
}

/// Parser scores (with the tagger's predicted tags).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ParseScores {
    /// Words scored (punctuation included).
    pub words: usize,
    /// Words with the right head.
    pub heads: usize,
    /// Words with the right head and relation (subtypes included).
    pub labelled: usize,
    /// Words with the right head and universal relation (subtypes ignored, as in CoNLL 2018).
    pub labelled_universal: usize,
    /// Time spent tagging.
    pub tag_time: Elapsed,
    /// Time spent parsing.
    pub parse_time: Elapsed,
}

fn pct(n: usize, d: usize) -> f64 {
    100.0 * n as f64 / d.max(1) as f64
}

impl TagScores {
    /// UPOS accuracy in percent.
    pub fn upos_pct(&self) -> f64 {
        pct(self.upos, self.words)
    }
    /// XPOS accuracy in percent.
    pub fn xpos_pct(&self) -> f64 {
        pct(self.xpos, self.words)
    }
    /// Lemma accuracy in percent.
    pub fn lemma_pct(&self) -> f64 {
        pct(self.lemma, self.words)
    }
}

impl ParseScores {
    /// Unlabelled attachment score in percent.
    pub fn uas(&self) -> f64 {
        pct(self.heads, self.words)
    }
    /// Labelled attachment score in percent (full relations).
    pub fn las(&self) -> f64 {
        pct(self.labelled, self.words)
    }
    /// Labelled attachment score in percent on universal relations.
    pub fn las_universal(&self) -> f64 {
        pct(self.labelled_universal, self.words)
    }
}

/// Tags `sentences`, returning each sentence's word views and classes.
fn tag_all(
    tagger: &Tagger,
    sentences: &[GoldSentence],
) -> (Vec<Vec<WordInfo>>, Vec<Vec<usize>>, Elapsed) {
    let clock = Clock::start();
    let mut scratch = TagScratch::default();
    let mut words = Vec::with_capacity(sentences.len());
    let mut tags = Vec::with_capacity(sentences.len());
    for s in sentences {
        let w: Vec<WordInfo> = s.forms.iter().map(|f| WordInfo::new(f)).collect();
        let mut t = Vec::with_capacity(w.len());
        tagger.tag(&w, &mut scratch, &mut t);
        words.push(w);
        tags.push(t);
    }
    (words, tags, clock.elapsed())
}

/// Scores the tagger and lemmatiser on gold sentences.
pub fn evaluate_tagger(tagger: &Tagger, sentences: &[GoldSentence]) -> TagScores {
    let (_, tags, time) = tag_all(tagger, sentences);
    let mut scores = TagScores::default();
    for (s, t) in sentences.iter().zip(&tags) {
        for (i, &tag) in t.iter().enumerate() {
            scores.words += 1;
            scores.upos +=
                (tagger.upos(tag).map(|u| u.name()) == Some(s.upos[i].as_str())) as usize;
            scores.xpos += (tagger.xpos(tag) == s.xpos[i]) as usize;
            let lemma = tagger.lemmatizer().lemma(&s.forms[i], tagger.xpos(tag));
            scores.lemma += (lemma == s.lemmas[i]) as usize;
        }
    }
    scores.tag_time = time;
    scores
}

/// Scores the parser on gold sentences, with tags predicted by `tagger`.
pub fn evaluate_parser(
    tagger: &Tagger,
    parser: &Parser,
    sentences: &[GoldSentence],
) -> ParseScores {
    let (words, tags, tag_time) = tag_all(tagger, sentences);
    let map = parser.tag_map(tagger);
    let clock = Clock::start();
    let mut scratch = ParseScratch::default();
    let mut heads = Vec::new();
    let mut labels = Vec::new();
    let mut scores = ParseScores::default();
    let mut predicted = Vec::with_capacity(sentences.len());
    for (w, t) in words.iter().zip(&tags) {
        parser.parse(w, t, &map, &mut scratch, &mut heads, &mut labels);
        predicted.push((heads.clone(), labels.clone()));
    }
    let parse_time = clock.elapsed();
    for (s, (h, l)) in sentences.iter().zip(&predicted) {
        for i in 0..s.len() {
            scores.words += 1;
            if h[i] == s.heads[i] {
                scores.heads += 1;
                let label = parser.labels().name(l[i]);
                scores.labelled += (label == s.deprels[i]) as usize;
                let universal = |r: &str| r.split(':').next().unwrap_or("").to_string();
                scores.labelled_universal +=
                    (universal(label) == universal(&s.deprels[i])) as usize;
            }
        }
    }
    scores.tag_time = tag_time;
    scores.parse_time = parse_time;
    scores
}
