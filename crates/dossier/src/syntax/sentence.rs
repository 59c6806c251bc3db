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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Three tiny gold sentences, for tests of training and evaluation code.
    pub(crate) const TINY: &str = "# text = She left early.\n\
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tearly\tearly\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# text = He said talks resumed.\n\
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\ttalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n\
4\tresumed\tresume\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# text = The talks ended.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\ttalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n\
3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";

    #[test]
    fn reads_gold_sentences() {
        let s = read_conllu(TINY).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].forms, vec!["He", "said", "talks", "resumed", "."]);
        assert_eq!(s[1].heads, vec![2, 0, 4, 2, 2]);
        assert_eq!(s[1].joint_tag(2), "NOUN/NNS");
        assert_eq!(s[1].lemmas[1], "say");
    }
}
