//! Training the recogniser on CoNLL-2003.
//!
//! The training text is re-tokenised with Dossier's tokeniser, so the models see
//! what they will see at run time. Evidence derived from the training labels is
//! cross-fitted (jackknifed) over document folds, so the models learn how far it
//! can be trusted on unseen text: each training document's gazetteer features
//! come from the other folds' entity names, and stage 2 learns from stage-1
//! predictions made by models that did not see the document. The shipped
//! gazetteer and stage-1 model use all the training data.

use super::features::{
    extend_phrase, prepare, stage1_features, stage2_features, DocPredictions, PreparedDoc,
    CAT_GEOGRAPHIC, CAT_GIVEN, CAT_GROUP, CAT_KB_GROUP, CAT_KB_ORG, CAT_KB_PLACE, CAT_POLITICAL,
    MAX_PHRASE, PHRASE_SEED,
};
use super::kb_names::{kb_entries, KbList};
use super::labels::{self, Kind};
use super::lexicon::{list_entries, ListCategory};
use super::token::{lower_form, normalise, HashKeyed, Resources};
use super::Recognizer;
use crate::corpora::conll2003::{chunks, retokenize, Conll2003Document};
use crate::learn::brown::BrownClusters;
use crate::learn::hash::str_hash;
use crate::learn::progress::Progress;
use crate::learn::sequence::{
    train_perceptron, ChainModel, DecodeScratch, FeatureSeq, PerceptronConfig, TrainSeq,
};
use crate::text::tokenize;

/// Settings of a training run.
#[derive(Clone, Copy, Debug)]
pub struct TrainConfig {
    /// Perceptron epochs of stage 1.
    pub epochs1: usize,
    /// Perceptron epochs of stage 2.
    pub epochs2: usize,
    /// Document folds for cross-fitting.
    pub folds: usize,
    /// Seed of the example shuffling.
    pub seed: u64,
    /// Emission weights below this (absolute value) are dropped.
    pub prune: f32,
    /// Largest passive-aggressive step (chosen on the development data).
    pub aggressiveness: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs1: 12,
            epochs2: 12,
            folds: 5,
            seed: 1,
            prune: 0.0,
            aggressiveness: 0.003,
        }
    }
}

/// A training document: sentences of Dossier tokens with gold BILOU labels.
#[derive(Clone, Debug, Default)]
pub struct LabelledDoc {
    /// Token strings per sentence.
    pub sentences: Vec<Vec<String>>,
    /// Gold labels per sentence.
    pub labels: Vec<Vec<u16>>,
}

/// Re-tokenises CoNLL documents and projects their entity chunks onto the pieces.
/// Chunks of unknown kinds are dropped.
pub fn labelled_docs(docs: &[Conll2003Document]) -> Vec<LabelledDoc> {
    docs.iter()
        .map(|d| {
            let mut out = LabelledDoc::default();
            for s in &d.sentences {
                let forms: Vec<&str> = s.iter().map(|t| t.form.as_str()).collect();
                let tags: Vec<&str> = s.iter().map(|t| t.ner.as_str()).collect();
                let r = retokenize(&forms);
                let spans: Vec<(usize, usize, Kind)> = chunks(&tags)
                    .into_iter()
                    .filter_map(|c| {
                        let range = r.piece_range(c.start, c.end);
                        Kind::parse(&c.kind).map(|k| (range.start, range.end, k))
                    })
                    .collect();
                out.labels.push(labels::encode(&spans, r.pieces.len()));
                out.sentences.push(r.pieces);
            }
            out
        })
        .collect()
}

/// How often each lowercase word is capitalised when not sentence-initial, in
/// sentences that are not in capitals, bucketed 1..=5; words seen fewer than
/// three times are left out.
pub fn case_ratios<T: AsRef<[S]>, S: AsRef<str>>(sentences: &[T]) -> HashKeyed<u8> {
    let mut counts: HashKeyed<(u32, u32)> = HashKeyed::default();
    for s in sentences {
        let forms: Vec<_> = s.as_ref().iter().map(|t| normalise(t.as_ref())).collect();
        let caps = forms
            .iter()
            .filter(|f| f.chars().count() > 1 && f.chars().all(|c| !c.is_lowercase()))
            .filter(|f| f.chars().any(char::is_alphabetic))
            .count();
        let letters = forms
            .iter()
            .filter(|f| f.chars().count() > 1 && f.chars().any(char::is_alphabetic))
            .count();
        if caps * 2 > letters {
            continue;
        }
        for f in forms.iter().skip(1) {
            let Some(first) = f.chars().find(|c| c.is_alphabetic()) else {
                continue;
            };
            let entry = counts.entry(str_hash(&lower_form(f))).or_default();
            entry.0 += 1;
            entry.1 += first.is_uppercase() as u32;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= 3)
        .map(|(k, (n, up))| (k, 1 + ((up as f64 / n as f64) * 5.0).floor().min(4.0) as u8))
        .collect()
}

fn phrase_hash<S: AsRef<str>>(words: &[S]) -> u64 {
    words.iter().fold(PHRASE_SEED, |h, w| {
        extend_phrase(h, str_hash(&lower_form(&normalise(w.as_ref()))))
    })
}

/// "st." -> "St.", so the tokeniser sees names as they are written.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Entity names per fold (phrase hash -> kind mask of each fold) and the
/// hand-written lists (phrase hash -> category mask).
struct Gazetteers {
    folds: HashKeyed<Vec<u16>>,
    lists: HashKeyed<u16>,
}

impl Gazetteers {
    fn new(docs: &[LabelledDoc], folds: usize) -> Self {
        let mut g = Gazetteers {
            folds: HashKeyed::default(),
            lists: HashKeyed::default(),
        };
        for (d, doc) in docs.iter().enumerate() {
            for (words, labels) in doc.sentences.iter().zip(&doc.labels) {
                for (start, end, kind) in labels::spans(labels) {
                    if end - start <= MAX_PHRASE {
                        let masks = g
                            .folds
                            .entry(phrase_hash(&words[start..end]))
                            .or_insert_with(|| vec![0; folds]);
                        masks[d % folds] |= 1 << kind as u16;
                    }
                }
            }
        }
        for (entry, category) in list_entries() {
            // Tokenised as running text would be ("Mazar-i-Sharif" in five tokens).
            let text: Vec<String> = entry.split('_').map(title_case).collect();
            let text = text.join(" ");
            let words: Vec<&str> = tokenize(&text).iter().map(|s| s.of(&text)).collect();
            let bit = match category {
                ListCategory::Political => CAT_POLITICAL,
                ListCategory::Geographic => CAT_GEOGRAPHIC,
                ListCategory::Group => CAT_GROUP,
                ListCategory::GivenName => CAT_GIVEN,
            };
            *g.lists.entry(phrase_hash(&words)).or_default() |= 1 << bit;
        }
        for (name, list) in kb_entries() {
            let words: Vec<&str> = tokenize(name).iter().map(|s| s.of(name)).collect();
            if words.is_empty() || words.len() > MAX_PHRASE {
                continue;
            }
            let bit = match list {
                KbList::Place => CAT_KB_PLACE,
                KbList::Organisation => CAT_KB_ORG,
                KbList::Group => CAT_KB_GROUP,
            };
            *g.lists.entry(phrase_hash(&words)).or_default() |= 1 << bit;
        }
        g
    }

    /// The mask of a phrase for a document of fold `fold` (`None`: all folds).
    fn lookup(&self, h: u64, fold: Option<usize>) -> u16 {
        let learnt = self.folds.get(&h).map_or(0, |masks| {
            masks
                .iter()
                .enumerate()
                .filter(|&(f, _)| Some(f) != fold)
                .fold(0, |m, (_, &x)| m | x)
        });
        learnt | self.lists.get(&h).copied().unwrap_or(0)
    }

    fn merged(&self) -> HashKeyed<u16> {
        let mut out = self.lists.clone();
        for &h in self.folds.keys() {
            out.insert(h, self.lookup(h, None));
        }
        out
    }
}

/// Trains a recogniser on `train` (CoNLL-2003 documents) with word `clusters`
/// (from unlabelled text), reporting each model's epochs to `progress`.
/// Casing statistics come from the training text: in experiments on the
/// development data, statistics from the unlabelled text did worse.
pub fn train(
    train: &[Conll2003Document],
    clusters: Option<&BrownClusters>,
    config: TrainConfig,
    progress: &mut dyn Progress,
) -> Recognizer {
    let folds = config.folds.max(2);
    let docs = labelled_docs(train);
    let mut resources = Resources::default();
    if let Some(c) = clusters {
        let mut pairs: Vec<(&str, &str)> = c
            .words
            .iter()
            .map(|(w, &i)| (w.as_str(), c.paths[i as usize].as_str()))
            .collect();
        pairs.sort_unstable();
        resources.set_clusters(pairs.into_iter());
    }
    let sentences: Vec<&Vec<String>> = docs.iter().flat_map(|d| &d.sentences).collect();
    resources.case_ratio = case_ratios(&sentences);
    let gazetteers = Gazetteers::new(&docs, folds);
    resources.gazetteer = gazetteers.merged();

    // Stage-1 features, with each document's gazetteer from the other folds.
    progress.start("ner features", docs.len() as u64);
    let prepared: Vec<PreparedDoc> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let lookup = |h: u64| gazetteers.lookup(h, Some(d % folds));
            prepare(&resources, &doc.sentences, &lookup)
        })
        .collect();
    let data1: Vec<Vec<TrainSeq>> = docs
        .iter()
        .zip(&prepared)
        .map(|(doc, p)| {
            progress.advance(1);
            doc.labels
                .iter()
                .enumerate()
                .map(|(s, gold)| {
                    let mut features = FeatureSeq::default();
                    stage1_features(p, s, &mut features);
                    TrainSeq {
                        features,
                        labels: gold.clone(),
                    }
                })
                .collect()
        })
        .collect();
    progress.finish(&format!(
        "{} documents, {} sentences, {} tokens; {} clustered words, {} casing entries, {} gazetteer phrases",
        docs.len(),
        docs.iter().map(|d| d.sentences.len()).sum::<usize>(),
        docs.iter().flat_map(|d| &d.sentences).map(Vec::len).sum::<usize>(),
        resources.clusters.len(),
        resources.case_ratio.len(),
        resources.gazetteer.len()
    ));
    let spec = labels::spec();
    let perceptron = |epochs: usize| PerceptronConfig {
        epochs,
        seed: config.seed,
        prune: config.prune,
        aggressiveness: Some(config.aggressiveness),
    };

    // Stage-1 predictions on each fold by a model trained on the other folds.
    let mut predicted: Vec<Vec<Vec<u16>>> = vec![Vec::new(); docs.len()];
    for f in 0..folds {
        let subset: Vec<&TrainSeq> = data1
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds != f)
            .flat_map(|(_, s)| s)
            .collect();
        let label = format!("ner stage 1, fold {}/{folds}", f + 1);
        let model = train_perceptron(&spec, &subset, perceptron(config.epochs1), &label, progress);
        let mut scratch = DecodeScratch::default();
        for d in (0..docs.len()).filter(|d| d % folds == f) {
            predicted[d] = data1[d]
                .iter()
                .map(|seq| model.decode(&seq.features, &mut scratch))
                .collect();
        }
    }
    let all1: Vec<&TrainSeq> = data1.iter().flatten().collect();
    let stage1 = train_perceptron(
        &spec,
        &all1,
        perceptron(config.epochs1),
        "ner stage 1",
        progress,
    );
    drop(all1);

    // Stage 2 on the cross-fitted stage-1 predictions.
    let mut data2: Vec<TrainSeq> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let predictions = DocPredictions::new(&prepared[d], &predicted[d]);
        for (s, gold) in doc.labels.iter().enumerate() {
            let mut features = FeatureSeq::default();
            let base = &data1[d][s].features;
            stage2_features(
                &prepared[d],
                s,
                base,
                &predicted[d][s],
                &predictions,
                &mut features,
            );
            data2.push(TrainSeq {
                features,
                labels: gold.clone(),
            });
        }
    }
    drop(data1);
    let refs: Vec<&TrainSeq> = data2.iter().collect();
    let stage2: ChainModel = train_perceptron(
        &spec,
        &refs,
        perceptron(config.epochs2),
        "ner stage 2",
        progress,
    );
    Recognizer {
        resources,
        stage1,
        stage2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpora::conll2003::parse;

    const DATA: &str = "-DOCSTART- -X- O O\n\n\
Itar-Tass NNP I-NP I-ORG\nsaid VBD I-VP O\nYeltsin NNP I-NP I-PER\nflew VBD I-VP O\nto TO I-PP O\n\
Moscow NNP I-NP I-LOC\n. . O O\n\n";

    #[test]
    fn projects_chunks_onto_pieces() {
        let docs = labelled_docs(&parse(DATA).unwrap());
        let s = &docs[0].sentences[0];
        assert_eq!(&s[..4], &["Itar", "-", "Tass", "said"]);
        let spans = labels::spans(&docs[0].labels[0]);
        assert_eq!(
            spans,
            vec![(0, 3, Kind::Org), (4, 5, Kind::Per), (7, 8, Kind::Loc)]
        );
    }

    #[test]
    fn case_ratios_separate_names_from_words() {
        let mut text = Vec::new();
        for _ in 0..4 {
            text.push(vec!["The", "talks", "in", "Geneva", "ended", "."]);
            text.push(vec!["NEWS", "FROM", "GENEVA"]);
        }
        let ratios = case_ratios(&text);
        assert_eq!(ratios[&str_hash("geneva")], 5);
        assert_eq!(ratios[&str_hash("talks")], 1);
        assert!(!ratios.contains_key(&str_hash("news")));
    }

    #[test]
    fn gazetteer_folds_hide_a_documents_own_names() {
        let text = format!("{DATA}-DOCSTART- -X- O O\n\nParis NNP I-NP I-LOC\n\n");
        let docs = labelled_docs(&parse(&text).unwrap());
        let g = Gazetteers::new(&docs, 2);
        let moscow = phrase_hash(&["Moscow"]);
        let paris = phrase_hash(&["PARIS"]);
        let loc = 1 << Kind::Loc as u16;
        let lists = 1 << CAT_POLITICAL | 1 << CAT_KB_PLACE;
        assert_eq!(g.lookup(moscow, Some(0)), lists); // lists only
        assert_eq!(g.lookup(moscow, Some(1)), loc | lists);
        assert_eq!(g.lookup(paris, None), loc | lists);
        // The learnt kinds are the low bits.
        let itar = phrase_hash(&["Itar", "-", "Tass"]);
        assert_eq!(g.lookup(itar, Some(1)) & 0xf, 1 << Kind::Org as u16);
        assert_eq!(g.lookup(itar, Some(0)) & 0xf, 0);
    }
}
