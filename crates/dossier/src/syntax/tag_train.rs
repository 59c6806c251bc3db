//! Training the tagger: averaged perceptron, greedy decoding with its own
//! predicted history, fixed-seed shuffling, the best epoch on dev kept.

use super::lemma::Lemmatizer;
use super::sentence::GoldSentence;
use super::tag_dict::TagDict;
use super::tag_features::TagContext;
use super::tagger::{TagScratch, Tagger};
use super::word::WordInfo;
use crate::learn::{argmax, Features, Labels, Perceptron, Progress, Rng};

/// Settings of tagger training.
#[derive(Clone, Copy, Debug)]
pub struct TaggerConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Words seen fewer times stay out of the tag dictionary.
    pub dict_min_count: u32,
    /// Tags below this share of a word's occurrences stay out of its class.
    pub dict_min_share: f64,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        TaggerConfig {
            epochs: 10,
            seed: 1,
            dict_min_count: 5,
            dict_min_share: 0.01,
        }
    }
}

/// A sentence prepared for training: word views and gold classes.
struct Prepared {
    words: Vec<WordInfo>,
    ambiguity: Vec<u64>,
    gold: Vec<usize>,
}

/// Trains a tagger (and its lemmatiser) on `train`. When `dev` is not empty,
/// the epoch with the best dev accuracy is kept; otherwise the last.
pub fn train_tagger(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    config: &TaggerConfig,
    progress: &mut dyn Progress,
) -> Tagger {
    let mut tags = Labels::new();
    let mut prepared: Vec<Prepared> = train
        .iter()
        .map(|s| Prepared {
            words: s.forms.iter().map(|f| WordInfo::new(f)).collect(),
            ambiguity: Vec::new(),
            gold: (0..s.len()).map(|i| tags.intern(&s.joint_tag(i))).collect(),
        })
        .collect();
    let dict = TagDict::build(
        prepared
            .iter()
            .flat_map(|p| p.words.iter().zip(&p.gold).map(|(w, &g)| (w.lower, g))),
        config.dict_min_count,
        config.dict_min_share,
    );
    for p in &mut prepared {
        p.ambiguity = p.words.iter().map(|w| dict.class(w.lower)).collect();
    }
    let lemmatizer = Lemmatizer::train(train.iter().flat_map(|s| {
        (0..s.len()).map(move |i| {
            (
                s.forms[i].as_str(),
                s.xpos[i].as_str(),
                s.lemmas[i].as_str(),
            )
        })
    }));
    let mut model = Perceptron::new(tags.len());
    let mut rng = Rng::new(config.seed);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut features = Features::new();
    let mut scores = vec![0.0; tags.len()];
    let mut best: Option<(f64, Tagger)> = None;
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        progress.start(
            &format!("tagger epoch {epoch}/{}", config.epochs),
            order.len() as u64,
        );
        let (mut correct, mut total) = (0usize, 0usize);
        for &k in &order {
            let p = &prepared[k];
            let ctx = TagContext {
                words: &p.words,
                ambiguity: &p.ambiguity,
            };
            let (mut p1, mut p2) = (0u64, 0u64);
            for (i, &gold) in p.gold.iter().enumerate() {
                ctx.extract(i, p1, p2, &mut features);
                model.score(features.keys(), &mut scores);
                let guess = argmax(&scores);
                model.update(gold, guess, features.keys());
                model.tick();
                correct += (guess == gold) as usize;
                total += 1;
                p2 = p1;
                p1 = guess as u64 + 1;
            }
            progress.advance(1);
        }
        let tagger = Tagger::new(
            tags.clone(),
            dict.clone(),
            model.finish(0.0),
            lemmatizer.clone(),
        );
        let train_acc = correct as f64 / total.max(1) as f64;
        if dev.is_empty() {
            progress.finish(&format!("train {:.2}%", 100.0 * train_acc));
            best = Some((0.0, tagger));
            continue;
        }
        let dev_acc = joint_accuracy(&tagger, dev);
        progress.finish(&format!(
            "train {:.2}%  dev UPOS/XPOS {:.2}%",
            100.0 * train_acc,
            100.0 * dev_acc
        ));
        if best.as_ref().is_none_or(|(b, _)| dev_acc > *b) {
            best = Some((dev_acc, tagger));
        }
    }
    match best {
        Some((_, tagger)) => tagger,
        None => Tagger::new(tags, dict, model.finish(0.0), lemmatizer),
    }
}

/// Share of words whose joint `UPOS/XPOS` class the tagger gets right.
fn joint_accuracy(tagger: &Tagger, sentences: &[GoldSentence]) -> f64 {
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    let (mut correct, mut total) = (0usize, 0usize);
    for s in sentences {
        let words: Vec<WordInfo> = s.forms.iter().map(|f| WordInfo::new(f)).collect();
        tagger.predict(&words, &mut scratch, &mut out);
        for (i, &t) in out.iter().enumerate() {
            correct += (tagger.tags().name(t) == s.joint_tag(i)) as usize;
            total += 1;
        }
    }
    correct as f64 / total.max(1) as f64
}
