//! One repair after tagging: a sentence needs a finite verb. When the tagger
//! found none but read an "-ed" form between a subject and an object as a
//! participle ("Police arrested forty protesters."), the past tense is taken
//! instead. The tagger learns from UD EWT, web text where such forms after a
//! noun are mostly participles ("the man arrested yesterday"); in news they
//! are mostly the main verb of a short sentence.

use super::word::WordInfo;

/// The tag classes the repair reads, found by their Penn Treebank tags.
#[derive(Clone, Debug)]
pub struct FiniteRepair {
    /// The class of the past tense (`VERB/VBD`), if the tagger has one.
    past: Option<usize>,
    /// Per class: a finite verb or modal (VBD, VBZ, VBP, MD).
    finite: Vec<bool>,
    /// Per class: a past participle (VBN).
    participle: Vec<bool>,
    /// Per class: can head a subject (nouns, personal pronouns).
    subject: Vec<bool>,
    /// Per class: can start an object (determiners, numbers, nouns, adjectives).
    object: Vec<bool>,
    /// Per class: an adverb, which may stand between subject and verb
    /// ("Seoul unconditionally repatriated").
    adverb: Vec<bool>,
    /// The hash of the two-letter suffix "ed", as [`WordInfo`] computes it.
    ed: u64,
}

impl FiniteRepair {
    /// The repair for classes named `UPOS/XPOS`, given their XPOS tags.
    pub fn new<'a>(xpos: impl Iterator<Item = &'a str> + Clone, class_names: &[String]) -> Self {
        let is = |tags: &[&str]| xpos.clone().map(|x| tags.contains(&x)).collect::<Vec<_>>();
        FiniteRepair {
            past: class_names.iter().position(|n| n == "VERB/VBD"),
            finite: is(&["VBD", "VBZ", "VBP", "MD"]),
            participle: is(&["VBN"]),
            subject: is(&["NN", "NNS", "NNP", "NNPS", "PRP"]),
            object: is(&["DT", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ"]),
            adverb: is(&["RB"]),
            ed: WordInfo::new("ed").suffix[1],
        }
    }

    /// Retags the first "-ed" participle between a subject and an object as
    /// the past tense, when no word of the sentence is a finite verb.
    pub fn apply(&self, words: &[WordInfo], tags: &mut [usize]) {
        let Some(past) = self.past else { return };
        if tags.iter().any(|&t| self.finite[t]) {
            return;
        }
        for i in 1..tags.len().saturating_sub(1) {
            let before = (0..i).rev().find(|&j| !self.adverb[tags[j]]);
            if self.participle[tags[i]]
                && words[i].suffix[1] == self.ed
                && before.is_some_and(|j| self.subject[tags[j]])
                && self.object[tags[i + 1]]
            {
                tags[i] = past;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASSES: [&str; 8] = [
        "NOUN/NNS", "VERB/VBN", "NUM/CD", "PUNCT/.", "VERB/VBD", "ADP/IN", "AUX/VBD", "ADV/RB",
    ];

    fn repair() -> FiniteRepair {
        let names: Vec<String> = CLASSES.iter().map(|c| c.to_string()).collect();
        FiniteRepair::new(CLASSES.iter().map(|c| c.split_once('/').unwrap().1), &names)
    }

    fn words(text: &str) -> Vec<WordInfo> {
        text.split(' ').map(WordInfo::new).collect()
    }

    #[test]
    fn a_participle_between_subject_and_object_becomes_the_main_verb() {
        let mut tags = vec![0, 1, 2, 0, 3];
        repair().apply(&words("Police arrested forty protesters ."), &mut tags);
        assert_eq!(tags, [0, 4, 2, 0, 3]);
        let mut tags = vec![0, 7, 1, 2, 0, 3];
        repair().apply(
            &words("Police reportedly arrested forty protesters ."),
            &mut tags,
        );
        assert_eq!(tags, [0, 7, 4, 2, 0, 3]);
    }

    #[test]
    fn participles_stay_where_a_finite_verb_exists_or_no_object_follows() {
        // "Officials said police arrested forty protesters": "said" is finite.
        let mut reported = vec![0, 4, 0, 1, 2, 0];
        let sentence = words("Officials said police arrested forty protesters");
        repair().apply(&sentence, &mut reported);
        assert_eq!(reported, [0, 4, 0, 1, 2, 0]);
        // "Police arrested in raids": no object follows.
        let mut headline = vec![0, 1, 5, 0];
        repair().apply(&words("Police arrested in raids"), &mut headline);
        assert_eq!(headline, [0, 1, 5, 0]);
        // "Police taken forty protesters": not an "-ed" form.
        let mut irregular = vec![0, 1, 2, 0];
        repair().apply(&words("Police taken forty protesters"), &mut irregular);
        assert_eq!(irregular, [0, 1, 2, 0]);
    }
}
