//! Annotated sentences for training and evaluation, read from CoNLL-U.

use crate::corpora::conllu::ConlluSentence;

/// One gold sentence: its words and their annotation (0-based word indices;
/// `heads[i]` is 1-based with 0 for the root, as in CoNLL-U).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldSentence {
    /// Word forms.
    pub forms: Vec<String>,
    /// Universal POS tags.
    pub upos: Vec<String>,
    /// Penn Treebank tags.
    pub xpos: Vec<String>,
    /// Lemmas.
    pub lemmas: Vec<String>,
    /// Heads (1-based, 0 = root).
    pub heads: Vec<usize>,
    /// Dependency relations.
    pub deprels: Vec<String>,
}

impl GoldSentence {
    /// The sentence's syntactic words (multiword tokens and empty nodes left out).
    pub fn from_conllu(s: &ConlluSentence) -> Self {
        let mut g = GoldSentence::default();
        for w in &s.words {
            g.forms.push(w.form.clone());
            g.upos.push(w.upos.clone());
            g.xpos.push(w.xpos.clone());
            g.lemmas.push(w.lemma.clone());
            g.heads.push(w.head);
            g.deprels.push(w.deprel.clone());
        }
        g
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True for a sentence without words.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The joint tag of word `i` (`UPOS/XPOS`), the tagger's class.
    pub fn joint_tag(&self, i: usize) -> String {
        joint_tag(&self.upos[i], &self.xpos[i])
    }
}

/// The tagger's class name for a UPOS and XPOS pair.
pub fn joint_tag(upos: &str, xpos: &str) -> String {
    format!("{upos}/{xpos}")
}

/// Reads every sentence of a CoNLL-U text.
pub fn read_conllu(text: &str) -> Result<Vec<GoldSentence>, String> {
    Ok(crate::corpora::conllu::parse(text)?
        .iter()
        .map(GoldSentence::from_conllu)
        .filter(|s| !s.is_empty())
        .collect())
}
