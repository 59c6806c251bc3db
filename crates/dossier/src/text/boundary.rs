//! A learned sentence-boundary model that refines the rules of
//! [`super::sentences`] inside paragraphs: an averaged perceptron over the
//! words and shapes around each token gap, with the rules' own decision as a
//! feature. It learns what the rules cannot see, such as informal text that
//! starts a sentence in lower case or closes one without punctuation. Words
//! seen fewer than [`MIN_COUNT`] times in training, and URLs and e-mail
//! addresses, enter the features as their shape, so the model learns from the
//! contexts of rare words instead of memorising them. Shapes set apart
//! addresses, rule lines ("=====") and numbers with marks (phone numbers,
//! dates), and features of the line before the gap tell headings, names and
//! signatures (no lower-case word since the last terminal mark) and a line's
//! first words from running text.
//!
//! Trained on UD English EWT train (`dossier train sentences`); shipped as
//! `models/sentences.bin`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::corpora::conllu::{parse, raw_text};
use crate::document::Span;
use crate::learn::hash::{str_hash, KeyHasher};
use crate::learn::{argmax, store, Features, Perceptron, Reader, Rng, Weights, Writer};

/// The shipped model.
const EMBEDDED: &[u8] = include_bytes!("../../../../models/sentences.bin");

/// File name of the model (in `models/` and under `DOSSIER_MODELS`).
pub const MODEL_FILE: &str = "sentences.bin";

const MAGIC: &[u8; 4] = b"DSBM";
const VERSION: u32 = 3;

/// Words seen fewer times than this in the training text are rare.
const MIN_COUNT: u32 = 2;

/// Hashes of lower-cased words.
type WordSet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// The boundary model.
#[derive(Debug)]
pub struct BoundaryModel {
    weights: Weights,
    /// Words seen at least [`MIN_COUNT`] times in training (lower-cased hashes).
    known: WordSet,
}

static MODEL: LazyLock<Result<BoundaryModel, String>> = LazyLock::new(|| {
    let bytes = store::model_bytes(MODEL_FILE, EMBEDDED)?;
    BoundaryModel::from_bytes(&bytes).map_err(|e| format!("{MODEL_FILE}: {e}"))
});

impl BoundaryModel {
    /// The shipped model (or the one under `DOSSIER_MODELS`), or what is
    /// wrong with it. Segmentation falls back to the rules without it, so
    /// [`crate::Pipeline::load`] checks it first.
    pub fn shared() -> Result<&'static BoundaryModel, String> {
        MODEL.as_ref().map_err(Clone::clone)
    }

    /// Reads a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let mut r = Reader::new(bytes);
        r.header(MAGIC, VERSION).map_err(|e| e.to_string())?;
        let weights = Weights::read(&mut r).map_err(|e| e.to_string())?;
        let n = r.u32().map_err(|e| e.to_string())? as usize;
        let mut known = WordSet::default();
        known.reserve(n.min(1 << 20));
        for _ in 0..n {
            known.insert(r.u64().map_err(|e| e.to_string())?);
        }
        Ok(BoundaryModel { weights, known })
    }

    /// Writes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.header(MAGIC, VERSION);
        self.weights.write(&mut w);
        let mut known: Vec<u64> = self.known.iter().copied().collect();
        known.sort_unstable();
        w.u32(known.len() as u32);
        for k in known {
            w.u64(k);
        }
        w.into_bytes()
    }

    /// The words of `tokens` as this model's features see them.
    pub fn words<'a>(&self, text: &'a str, tokens: &[Span]) -> GapWords<'a> {
        GapWords::new(text, tokens, &self.known)
    }

    /// Whether a sentence ends after token `i`, given the rules' decision;
    /// `words` come from [`BoundaryModel::words`] for the same tokens, and
    /// `feats` is a buffer reused across calls.
    pub fn decide(
        &self,
        words: &GapWords,
        tokens: &[Span],
        i: usize,
        rule: bool,
        feats: &mut Features,
    ) -> bool {
        features(words, tokens, i, rule, feats);
        let mut scores = [0.0f32; 2];
        self.weights.score(feats.keys(), &mut scores);
        argmax(&scores) == 1
    }

    /// Trains a model on a CoNLL-U treebank: every in-paragraph token gap is
    /// an instance, labelled by whether a gold sentence ends there.
    pub fn train(treebank: &str, epochs: usize, seed: u64) -> Result<Self, String> {
        let raw = raw_text(&parse(treebank)?);
        let tokens = super::tokenize(&raw.text);
        let mut counts: HashMap<String, u32> = HashMap::new();
        for t in &tokens {
            *counts.entry(t.of(&raw.text).to_lowercase()).or_default() += 1;
        }
        let known: WordSet = counts
            .iter()
            .filter(|&(_, &n)| n >= MIN_COUNT)
            .map(|(w, _)| str_hash(w))
            .collect();
        let ends: std::collections::HashSet<usize> = raw.sentences.iter().map(|s| s.1).collect();
        let gaps = super::sentences::rule_gaps(&raw.text, &tokens, &[]);
        let mut instances: Vec<(usize, bool, usize)> = gaps
            .into_iter()
            .filter(|g| !g.hard)
            .map(|g| {
                (
                    g.token,
                    g.boundary,
                    usize::from(ends.contains(&tokens[g.token].end)),
                )
            })
            .collect();
        let words = GapWords::new(&raw.text, &tokens, &known);
        let mut model = Perceptron::new(2);
        let mut rng = Rng::new(seed);
        let mut feats = Features::new();
        let mut scores = [0.0f32; 2];
        for _ in 0..epochs {
            rng.shuffle(&mut instances);
            for &(i, rule, truth) in &instances {
                features(&words, &tokens, i, rule, &mut feats);
                model.score(feats.keys(), &mut scores);
                model.update(truth, argmax(&scores), feats.keys());
                model.tick();
            }
        }
        Ok(BoundaryModel {
            weights: model.finish(0.0),
            known,
        })
    }
}

/// The shape of a token: `X` capitalised, `XX` all capitals, `x` lower case,
/// `d` digits, the token itself for punctuation, `o` otherwise.
fn shape(token: &str) -> &str {
    let mut chars = token.chars();
    let Some(first) = chars.next() else {
        return "";
    };
    if token.chars().all(|c| !c.is_alphanumeric()) {
        return token;
    }
    if token.chars().all(|c| c.is_ascii_digit()) {
        return "d";
    }
    if first.is_uppercase() {
        if token
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && token.len() > 1
        {
            return "XX";
        }
        return "X";
    }
    if first.is_lowercase() {
        return "x";
    }
    "o"
}

/// Whether a lower-cased token is a URL or an e-mail address.
fn is_address(lower: &str) -> bool {
    if ["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    lower.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain
                .rsplit_once('.')
                .is_some_and(|(host, top)| !host.is_empty() && !top.is_empty())
    })
}

/// How a word enters the features: `<url>` for an address, lower-cased if
/// `known`, otherwise `<rare` and its shape.
fn view(word: &str, known: &WordSet) -> Cow<'static, str> {
    let lower = word.to_lowercase();
    if is_address(&lower) {
        Cow::Borrowed("<url>")
    } else if known.contains(&str_hash(&lower)) {
        Cow::Owned(lower)
    } else {
        Cow::Owned(format!("<rare{}>", shape(word)))
    }
}

/// The class of a token in the shape features: `<addr>` for a URL or an
/// e-mail address, `<line>` for a rule of three or more of one mark
/// ("=====", "____", "***"; not "..." or "!!!"), `<dp>` for digits mixed with
/// marks but no letters (phone numbers, dates, times, prices: "713.306.7940",
/// "03/23/2001", "$5.76"; also decimals and percentages: "3.5", "1,000",
/// "5%"), otherwise its [`shape`].
fn class(token: &str) -> &str {
    class_of(token, is_address(&token.to_lowercase()))
}

/// [`class`] of a token already known to be an `address` or not.
fn class_of(token: &str, address: bool) -> &str {
    if address {
        return "<addr>";
    }
    let mut chars = token.chars();
    if let Some(first) = chars.next() {
        if !first.is_alphanumeric()
            && !matches!(first, '.' | '!' | '?')
            && token.chars().count() >= 3
            && chars.all(|c| c == first)
        {
            return "<line>";
        }
    }
    if token.chars().any(|c| c.is_ascii_digit())
        && token.chars().any(|c| !c.is_alphanumeric())
        && !token.chars().any(char::is_alphabetic)
    {
        return "<dp>";
    }
    shape(token)
}

/// What the features need to know of each token, computed once for all the
/// gaps around it: its [`view`] and [`class`], where its line starts, and
/// where the stretch since the last terminal token before it starts.
pub struct GapWords<'a> {
    views: Vec<Cow<'static, str>>,
    classes: Vec<&'a str>,
    /// First token of each token's line (after the last line break before it).
    line_starts: Vec<usize>,
    /// One past the last terminal token before each token (0 for none).
    after_terminal: Vec<usize>,
    /// Running count of lower-case words, one entry more than tokens: entry
    /// `k` counts those among the first `k` tokens.
    lower_words: Vec<usize>,
}

impl<'a> GapWords<'a> {
    fn new(text: &'a str, tokens: &[Span], known: &WordSet) -> Self {
        let mut words = GapWords {
            views: Vec::with_capacity(tokens.len()),
            classes: Vec::with_capacity(tokens.len()),
            line_starts: Vec::with_capacity(tokens.len()),
            after_terminal: Vec::with_capacity(tokens.len()),
            lower_words: Vec::with_capacity(tokens.len() + 1),
        };
        words.lower_words.push(0);
        for (k, t) in tokens.iter().enumerate() {
            let word = t.of(text);
            let seen = view(word, known);
            // The view is the borrowed `<url>` exactly for addresses.
            let address = matches!(seen, Cow::Borrowed("<url>"));
            words.views.push(seen);
            words.classes.push(class_of(word, address));
            let (line_start, after_terminal) = match k.checked_sub(1) {
                None => (0, 0),
                Some(p) => (
                    if text[tokens[p].end..t.start].contains('\n') {
                        k
                    } else {
                        words.line_starts[p]
                    },
                    if super::sentences::is_terminal(tokens[p].of(text)) {
                        k
                    } else {
                        words.after_terminal[p]
                    },
                ),
            };
            words.line_starts.push(line_start);
            words.after_terminal.push(after_terminal);
            let lower = word.chars().next().is_some_and(char::is_lowercase)
                && word.chars().all(char::is_alphabetic);
            words
                .lower_words
                .push(words.lower_words[k] + usize::from(lower));
        }
        words
    }

    /// The view of token `k`; `<none>` past either end.
    fn view(&self, k: usize) -> &str {
        self.views.get(k).map_or("<none>", |v| v)
    }

    /// The class of token `k`; that of the word `<none>` past either end.
    fn class(&self, k: usize) -> &str {
        self.classes
            .get(k)
            .copied()
            .unwrap_or_else(|| class("<none>"))
    }
}

/// Features of the gap after token `i`.
fn features(words: &GapWords, tokens: &[Span], i: usize, rule: bool, feats: &mut Features) {
    let (prev, next) = (words.view(i), words.view(i + 1));
    let (prev2, next2) = (words.view(i.wrapping_sub(1)), words.view(i + 2));
    let (prev_shape, next_shape) = (words.class(i), words.class(i + 1));
    let rule = if rule { "1" } else { "0" };
    feats.clear();
    feats.add_str(1, "bias");
    feats.add_str(2, rule);
    feats.add_str(3, prev);
    feats.add_str(4, next);
    feats.add_str(5, prev_shape);
    feats.add_str(6, next_shape);
    feats.add_joined(7, &[prev_shape, next_shape]);
    feats.add_joined(8, &[prev, next_shape]);
    feats.add_joined(9, &[prev_shape, next]);
    feats.add_str(10, prev2);
    feats.add_str(11, next2);
    feats.add_joined(12, &[rule, prev_shape, next_shape]);
    feats.add_joined(13, &[rule, prev]);
    let prev2_shape = words.class(i.wrapping_sub(1));
    let next2_shape = words.class(i + 2);
    feats.add_joined(14, &[prev2_shape, prev_shape, next_shape]);
    feats.add_joined(15, &[prev_shape, next_shape, next2_shape]);
    feats.add_joined(16, &[prev2, next]);
    feats.add_joined(17, &[prev, next]);
    let gap = match (tokens.get(i), tokens.get(i + 1)) {
        (Some(a), Some(b)) if a.end == b.start => "glued",
        _ => "spaced",
    };
    feats.add_joined(18, &[gap, prev_shape, next_shape]);
    line_features(words, i, rule, prev_shape, next_shape, feats);
}

/// Features of the line before the gap after token `i` (the tokens since the
/// last line break, at most 80 back): whether the stretch since the last terminal token
/// holds a lower-case word, and its length (headings, names, list items and
/// signatures have none: "Analyst Team Participants:", "Regards, Debra
/// Perlingiere"), and whether token `i` is the line's first or second
/// ("Vince", "Hi ,").
fn line_features(
    words: &GapWords,
    i: usize,
    rule: &str,
    prev_shape: &str,
    next_shape: &str,
    feats: &mut Features,
) {
    let start = words.line_starts[i].max(i.saturating_sub(80));
    let since = words.after_terminal[i].max(start);
    let lower = words.lower_words[i + 1] > words.lower_words[since];
    let lower = if lower { "lower" } else { "nolower" };
    let len = match i + 1 - since {
        1 => "1",
        2 => "2",
        3 => "3",
        4..=6 => "4",
        _ => "7",
    };
    feats.add_joined(23, &[lower, next_shape]);
    feats.add_joined(24, &[lower, prev_shape, next_shape]);
    feats.add_joined(25, &[lower, len, rule]);
    let position = match i - start {
        0 => "first",
        1 => "second",
        _ => "later",
    };
    feats.add_joined(26, &[position, prev_shape, next_shape]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Hello"), "X");
        assert_eq!(shape("NATO"), "XX");
        assert_eq!(shape("word"), "x");
        assert_eq!(shape("1996"), "d");
        assert_eq!(shape("?!"), "?!");
    }

    #[test]
    fn classes() {
        assert_eq!(class("bob@enron.com"), "<addr>");
        assert_eq!(class("=========="), "<line>");
        assert_eq!(class("___"), "<line>");
        assert_eq!(class("..."), "...");
        assert_eq!(class("!!!"), "!!!");
        assert_eq!(class("713.306.7940"), "<dp>");
        assert_eq!(class("03/23/2001"), "<dp>");
        assert_eq!(class("1996"), "d");
        assert_eq!(class("B-52"), "XX");
        assert_eq!(class("Hello"), "X");
    }

    #[test]
    fn headings_and_first_words_of_a_line() {
        let text = "Hi, Analyst Team 1: Coach\nthanks a lot";
        let tokens = crate::text::tokenize(text);
        let mut feats = Features::new();
        let words = GapWords::new(text, &tokens, &WordSet::default());
        line_features(&words, 0, "0", "X", ",", &mut feats);
        let mut expect = Features::new();
        expect.add_joined(23, &["nolower", ","]);
        expect.add_joined(24, &["nolower", "X", ","]);
        expect.add_joined(25, &["nolower", "1", "0"]);
        expect.add_joined(26, &["first", "X", ","]);
        assert_eq!(feats.keys(), expect.keys());
        // "thanks" opens the second line: first again, and lower case.
        feats.clear();
        line_features(&words, 7, "0", "x", "x", &mut feats);
        expect.clear();
        expect.add_joined(23, &["lower", "x"]);
        expect.add_joined(24, &["lower", "x", "x"]);
        expect.add_joined(25, &["lower", "1", "0"]);
        expect.add_joined(26, &["first", "x", "x"]);
        assert_eq!(feats.keys(), expect.keys());
    }

    #[test]
    fn rare_words_and_addresses_become_shapes() {
        let known: WordSet = [str_hash("thanks")].into_iter().collect();
        assert_eq!(view("Thanks", &known), "thanks");
        assert_eq!(view("Rudwell", &known), "<rareX>");
        assert_eq!(view("http://x.org/a", &known), "<url>");
        assert_eq!(view("WWW.x.org", &known), "<url>");
        assert_eq!(view("bob@enron.com", &known), "<url>");
        assert_eq!(view("@home", &known), "<rareo>");
        assert!(!is_address("a@b"));
        assert!(!is_address("a@.com"));
    }

    #[test]
    fn gap_words_past_the_ends_are_none() {
        let text = "Go home";
        let tokens = crate::text::tokenize(text);
        let words = GapWords::new(text, &tokens, &WordSet::default());
        assert_eq!(words.view(0), "<rareX>");
        assert_eq!(words.view(2), "<none>");
        assert_eq!(words.view(usize::MAX), "<none>");
        assert_eq!(words.class(1), "x");
        assert_eq!(words.class(2), shape("<none>"));
    }

    #[test]
    fn line_starts_and_stretches_match_a_scan_back_from_each_gap() {
        let mut text = String::from("Regards, Debra Perlingiere\nAnalyst Team 1: Coach Doug\n");
        text.push_str("I said. so what ");
        text.push_str(&"Word x ".repeat(60));
        text.push_str("end.\nLast LINE here");
        let tokens = crate::text::tokenize(&text);
        let words = GapWords::new(&text, &tokens, &WordSet::default());
        for i in 0..tokens.len() {
            let mut start = i;
            while start > 0
                && i - start < 80
                && !text[tokens[start - 1].end..tokens[start].start].contains('\n')
            {
                start -= 1;
            }
            let mut since = i;
            while since > start
                && !super::super::sentences::is_terminal(tokens[since - 1].of(&text))
            {
                since -= 1;
            }
            let lower = tokens[since..=i].iter().any(|t| {
                let w = t.of(&text);
                w.chars().next().is_some_and(char::is_lowercase)
                    && w.chars().all(char::is_alphabetic)
            });
            let fast_start = words.line_starts[i].max(i.saturating_sub(80));
            let fast_since = words.after_terminal[i].max(fast_start);
            assert_eq!((fast_start, fast_since), (start, since), "token {i}");
            assert_eq!(words.lower_words[i + 1] > words.lower_words[since], lower);
        }
    }

    #[test]
    fn trains_saves_and_loads() {
        let treebank = "# newpar\n# text = Thanks\n1\tThanks\tthanks\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n\
# text = i will go\n1\ti\ti\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n";
        let model = BoundaryModel::train(treebank, 3, 7).unwrap();
        let again = BoundaryModel::from_bytes(&model.to_bytes()).unwrap();
        let text = "Thanks i will go";
        let tokens = crate::text::tokenize(text);
        let words = again.words(text, &tokens);
        assert!(again.decide(&words, &tokens, 0, false, &mut Features::new()));
        assert!(!again.decide(&words, &tokens, 1, false, &mut Features::new()));
    }
}
