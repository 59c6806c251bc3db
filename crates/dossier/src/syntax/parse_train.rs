//! Training the parser: the arc-eager dynamic oracle with exploration
//! (Goldberg and Nivre 2012), the averaged perceptron, fixed-seed shuffling,
//! the best epoch on dev kept. Non-projective training trees are made
//! projective by lifting first.

use super::oracle::{costs, GoldTree};
use super::parse_features::ParseInput;
use super::parser::{
    coarse_value, tag_value, ParseScratch, Parser, ROOT_SUFFIX, ROOT_TAG, ROOT_WORD,
};
use super::projective::projectivize;
use super::sentence::GoldSentence;
use super::transition::{Actions, State};
use super::word::WordInfo;
use crate::learn::{argmax_where, Features, Labels, Perceptron, Progress, Rng};

/// Settings of parser training.
#[derive(Clone, Copy, Debug)]
pub struct ParserConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of shuffling and exploration.
    pub seed: u64,
    /// From this epoch on (1-based), the parser follows its own predictions.
    pub explore_from: usize,
    /// Probability of following the prediction rather than the oracle when exploring.
    pub explore_p: f64,
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig {
            epochs: 15,
            seed: 1,
            explore_from: 2,
            explore_p: 0.9,
        }
    }
}

/// A training sentence as position values (index 0 the root) and its gold tree.
struct Example {
    words: Vec<u64>,
    tags: Vec<u64>,
    coarse: Vec<u64>,
    suffixes: Vec<u64>,
    gold: GoldTree,
}

/// Trains a parser on `train`, whose words carry the tags `train_tags`
/// (`UPOS/XPOS` names, ideally predicted by jackknifing). With a non-empty
/// `dev` (tagged `dev_tags`), the epoch with the best dev LAS is kept.
pub fn train_parser(
    train: &[GoldSentence],
    train_tags: &[Vec<String>],
    dev: &[GoldSentence],
    dev_tags: &[Vec<String>],
    config: &ParserConfig,
    progress: &mut dyn Progress,
) -> Parser {
    let mut labels = Labels::new();
    labels.intern("root");
    let mut tags = Labels::new();
    let mut lifted = 0;
    let examples: Vec<Example> = train
        .iter()
        .zip(train_tags)
        .map(|(s, t)| {
            let mut heads: Vec<u32> = std::iter::once(0)
                .chain(s.heads.iter().map(|&h| h as u32))
                .collect();
            lifted += projectivize(&mut heads);
            let views: Vec<WordInfo> = s.forms.iter().map(|f| WordInfo::new(f)).collect();
            Example {
                words: std::iter::once(ROOT_WORD)
                    .chain(views.iter().map(|w| w.lower))
                    .collect(),
                tags: std::iter::once(ROOT_TAG)
                    .chain(t.iter().map(|name| tag_value(tags.intern(name))))
                    .collect(),
                coarse: std::iter::once(ROOT_TAG)
                    .chain(t.iter().map(|name| coarse_value(name)))
                    .collect(),
                suffixes: std::iter::once(ROOT_SUFFIX)
                    .chain(views.iter().map(|w| w.suffix[2]))
                    .collect(),
                gold: GoldTree {
                    heads,
                    labels: std::iter::once(0)
                        .chain(s.deprels.iter().map(|r| labels.intern(r) as u16))
                        .collect(),
                },
            }
        })
        .collect();
    let actions = Actions {
        labels: labels.len(),
        root: 0,
    };
    let mut model = Perceptron::new(actions.len());
    let mut rng = Rng::new(config.seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::default();
    let mut features = Features::new();
    let mut scores = vec![0.0; actions.len()];
    let mut best: Option<(f64, Parser)> = None;
    let build = |model: &Perceptron| {
        Parser::new(labels.clone(), tags.clone(), model.finish(0.0)).expect("consistent parser")
    };
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        progress.start(
            &format!("parser epoch {epoch}/{}", config.epochs),
            order.len() as u64,
        );
        let explore = epoch >= config.explore_from;
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &examples[k];
            let input = ParseInput {
                words: &ex.words,
                tags: &ex.tags,
                coarse: &ex.coarse,
                suffixes: &ex.suffixes,
            };
            state.reset(ex.words.len() - 1);
            while !state.is_terminal() {
                input.extract(&state, &mut features);
                model.score(features.keys(), &mut scores);
                let legal = state.legal(&actions);
                let c = costs(&state, &ex.gold);
                let guess = argmax_where(&scores, |a| legal.allows(a)).expect("a legal action");
                let min = (0..actions.len())
                    .filter(|&a| legal.allows(a))
                    .map(|a| c.of(&actions, a))
                    .min()
                    .unwrap_or(0);
                let best_gold =
                    argmax_where(&scores, |a| legal.allows(a) && c.of(&actions, a) == min)
                        .expect("a best action");
                let wrong = c.of(&actions, guess) > min;
                if wrong {
                    model.update(best_gold, guess, features.keys());
                }
                model.tick();
                total += 1;
                right += !wrong as usize;
                let next = if explore && rng.next_f64() < config.explore_p {
                    guess
                } else {
                    best_gold
                };
                state.apply(&actions, next);
            }
            progress.advance(1);
        }
        let train_acc = 100.0 * right as f64 / total.max(1) as f64;
        let parser = build(&model);
        if dev.is_empty() {
            progress.finish(&format!(
                "train actions {train_acc:.2}% ({lifted} arcs lifted)"
            ));
            best = Some((0.0, parser));
            continue;
        }
        let (uas, las) = dev_scores(&parser, dev, dev_tags);
        progress.finish(&format!(
            "train actions {train_acc:.2}%  dev UAS {uas:.2} LAS {las:.2}"
        ));
        if best.as_ref().is_none_or(|(b, _)| las > *b) {
            best = Some((las, parser));
        }
    }
    match best {
        Some((_, parser)) => parser,
        None => build(&model),
    }
}

/// UAS and LAS (percent) of `parser` on `sentences` tagged `tags`.
pub fn dev_scores(parser: &Parser, sentences: &[GoldSentence], tags: &[Vec<String>]) -> (f64, f64) {
    let mut scratch = ParseScratch::default();
    let (mut words, mut heads, mut labelled) = (0usize, 0usize, 0usize);
    for (s, t) in sentences.iter().zip(tags) {
        let views: Vec<WordInfo> = s.forms.iter().map(|f| WordInfo::new(f)).collect();
        let names: Vec<&str> = t.iter().map(String::as_str).collect();
        parser.load_named(&views, &names, &mut scratch);
        parser.parse_values(&mut scratch);
        let (h, l) = Parser::result(&scratch);
        for i in 0..s.len() {
            words += 1;
            if h[i] as usize == s.heads[i] {
                heads += 1;
                labelled += (parser.labels().name(l[i] as usize) == s.deprels[i]) as usize;
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / words.max(1) as f64;
    (pct(heads), pct(labelled))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::syntax::{evaluate_parser, evaluate_tagger};
    use crate::learn::Silent;
    use crate::syntax::jackknife::jackknife_tags;
    use crate::syntax::sentence::read_conllu;
    use crate::syntax::sentence::tests::TINY;
    use crate::syntax::tag_train::{train_tagger, TaggerConfig};

    #[test]
    fn tiny_training_runs_end_to_end_and_fits_its_data() {
        let data = read_conllu(TINY).unwrap();
        let config = TaggerConfig {
            epochs: 5,
            ..TaggerConfig::default()
        };
        let tagger = train_tagger(&data, &data, &config, &mut Silent);
        let tags = evaluate_tagger(&tagger, &data);
        assert_eq!(tags.words, 13);
        assert_eq!(tags.upos, 13);
        let gold = jackknife_tags(&data, 0, &config, &mut Silent);
        assert_eq!(gold[0], vec!["PRON/PRP", "VERB/VBD", "ADV/RB", "PUNCT/."]);
        assert_eq!(jackknife_tags(&data, 3, &config, &mut Silent)[2].len(), 4);
        let parser_config = ParserConfig {
            epochs: 8,
            ..ParserConfig::default()
        };
        let parser = train_parser(&data, &gold, &data, &gold, &parser_config, &mut Silent);
        let (uas, las) = dev_scores(&parser, &data, &gold);
        assert_eq!((uas, las), (100.0, 100.0));
        let bytes = parser.to_bytes();
        let back = Parser::from_bytes(&bytes).unwrap();
        let scores = evaluate_parser(&tagger, &back, &data);
        assert_eq!(scores.heads, 13);
        assert_eq!(scores.labelled, 13);
    }
}
