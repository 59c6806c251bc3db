//! Feature extraction: per-token attributes (the word's own from [`super::token`],
//! then casing evidence from the document and gazetteer matches) and the
//! document's headline topic, then hashed feature keys for the two stages. Stage 2 adds what
//! stage 1 predicted elsewhere in the document (the same words' labels, the
//! entities it found).
//!
//! All hashing is a fixed function of the bytes, so keys are stable across
//! runs and platforms: the model stores keys, not strings.

use super::labels::{self, KINDS};
use super::token::{normalise, token_info, Case, HashKeyed, Resources, TokenInfo};
use crate::learn::hash::{self, fold, str_hash};
use crate::learn::partial::{CopyPosition, KeySink, Part};
#[cfg(test)]
use crate::learn::sequence::FeatureSeq;

/// Longest gazetteer phrase, in tokens.
pub const MAX_PHRASE: usize = 8;

/// Gazetteer categories: the four CoNLL types learnt from training data, the
/// hand-written lists, then the knowledge-base lists.
pub const CATEGORIES: usize = 11;

/// Gazetteer category of the hand-written political units list.
pub const CAT_POLITICAL: usize = 4;
/// Gazetteer category of the hand-written geographic list.
pub const CAT_GEOGRAPHIC: usize = 5;
/// Gazetteer category of the hand-written group list.
pub const CAT_GROUP: usize = 6;
/// Gazetteer category of the hand-written given names.
pub const CAT_GIVEN: usize = 7;
/// Gazetteer category of the knowledge base's places.
pub const CAT_KB_PLACE: usize = 8;
/// Gazetteer category of the knowledge base's organisations.
pub const CAT_KB_ORG: usize = 9;
/// Gazetteer category of the knowledge base's demonyms and groups.
pub const CAT_KB_GROUP: usize = 10;

/// The hash of a phrase extended by one more token (lowercase hash `lw`).
#[inline]
pub fn extend_phrase(phrase: u64, lw: u64) -> u64 {
    fold(phrase, lw)
}

/// The hash of the empty phrase.
pub const PHRASE_SEED: u64 = 0x5bd1_e995_1234_5678;

/// A feature key: template `t` with value `v`.
#[inline]
fn key(t: u32, v: u64) -> u64 {
    hash::key(t, &[v])
}

/// A feature key: template `t` with two values.
#[inline]
fn key2(t: u32, a: u64, b: u64) -> u64 {
    hash::key(t, &[a, b])
}

/// Per-sentence facts.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceInfo {
    /// Most words are in capitals (headlines, datelines, sports results).
    pub all_caps: bool,
    /// At least a third of the tokens hold digits (results tables, scores).
    pub numeric: bool,
}

/// A document prepared for feature extraction.
#[derive(Clone, Debug, Default)]
pub struct PreparedDoc {
    /// Token attributes, sentence after sentence.
    pub tokens: Vec<Vec<TokenInfo>>,
    /// Sentence attributes.
    pub sentences: Vec<SentenceInfo>,
    /// For each capitalised word (lowercase hash), the words around all its
    /// occurrences in the document (hashes of offset and word).
    pub contexts: HashKeyed<Vec<u64>>,
    /// The topic a wire headline starts with ("SOCCER - ..." gives the hash of
    /// "soccer"); 0 when the first sentence is not such a headline.
    pub topic: u64,
}

/// Longest topic before the dash of a headline, in tokens.
const MAX_TOPIC: usize = 4;

/// The topic of a document whose first sentence `infos` is a headline in
/// capitals of the form "TOPIC - ...": the hash of the topic's lowercase
/// words, else 0.
fn headline_topic(infos: &[TokenInfo], all_caps: bool, dash: u64) -> u64 {
    if !all_caps {
        return 0;
    }
    match infos.iter().take(MAX_TOPIC + 1).position(|t| t.lw == dash) {
        Some(p) if p > 0 => infos[..p]
            .iter()
            .fold(PHRASE_SEED, |h, t| extend_phrase(h, t.lw)),
        _ => 0,
    }
}

/// Most context words kept per word.
const MAX_CONTEXTS: usize = 24;

/// Computes token attributes for a document given as sentences of token
/// strings; `gazetteer` gives a phrase hash's category mask.
pub fn prepare<S: AsRef<str>>(
    resources: &Resources,
    sentences: &[Vec<S>],
    gazetteer: &dyn Fn(u64) -> u16,
) -> PreparedDoc {
    let mut doc = PreparedDoc::default();
    let mut casing: HashKeyed<u8> = HashKeyed::default();
    let mut infos_all = Vec::with_capacity(sentences.len());
    // Attributes of each distinct form, computed once per document.
    let mut seen: HashKeyed<TokenInfo> = HashKeyed::default();
    let mut lower = String::new();
    for sentence in sentences {
        let mut infos = Vec::with_capacity(sentence.len());
        let mut letters = 0;
        let mut capitals = 0;
        for token in sentence {
            let form = normalise(token.as_ref());
            let w = str_hash(&form);
            let info = *seen
                .entry(w)
                .or_insert_with(|| token_info(resources, &form, w, &mut lower));
            if info.case != Case::None as u8 && form.chars().nth(1).is_some() {
                letters += 1;
                if info.case == Case::Upper as u8 {
                    capitals += 1;
                }
            }
            infos.push(info);
        }
        let all_caps = capitals > 0 && capitals * 2 > letters;
        if !all_caps {
            for (i, info) in infos.iter().enumerate() {
                let bit = match info.case {
                    c if c == Case::Lower as u8 => 2,
                    c if i > 0 && (c == Case::Title as u8 || c == Case::Upper as u8) => 1,
                    _ => 0,
                };
                *casing.entry(info.lw).or_default() |= bit;
            }
        }
        let digits = sentence
            .iter()
            .filter(|t| t.as_ref().bytes().any(|b| b.is_ascii_digit()))
            .count();
        let numeric = digits >= 2 && digits * 3 >= sentence.len();
        doc.sentences.push(SentenceInfo { all_caps, numeric });
        infos_all.push(infos);
    }
    for infos in infos_all.iter_mut() {
        for info in infos.iter_mut() {
            info.doc_case = casing.get(&info.lw).copied().unwrap_or(0);
        }
        let matches = match_phrases(infos, MAX_PHRASE, CATEGORIES, gazetteer);
        for (info, bits) in infos.iter_mut().zip(matches) {
            info.gazetteer = bits;
        }
    }
    for infos in &infos_all {
        for (i, t) in infos.iter().enumerate() {
            if t.case != Case::Title as u8 && t.case != Case::Upper as u8 {
                continue;
            }
            let list = doc
                .contexts
                .entry(t.lw)
                .or_insert_with(|| Vec::with_capacity(8));
            for offset in [-2isize, -1, 1, 2] {
                let j = i as isize + offset;
                let neighbour = if j < 0 {
                    BOS
                } else {
                    infos.get(j as usize).map_or(EOS, |n| n.lw)
                };
                let v = hash::key(T_CONTEXT, &[offset as u64, neighbour]);
                if list.len() < MAX_CONTEXTS && !list.contains(&v) {
                    list.push(v);
                }
            }
        }
    }
    if let (Some(infos), Some(first)) = (infos_all.first(), doc.sentences.first()) {
        doc.topic = headline_topic(infos, first.all_caps, str_hash("-"));
    }
    doc.tokens = infos_all;
    doc
}

/// Greedy longest matches, left to right and per category, of the phrases of
/// at most `longest` tokens that `lookup` knows (phrase hash -> category
/// mask) in the sentence `toks`. Returns for each token the bits
/// `category * 4 + position` (0 B, 1 I, 2 L, 3 U). Phrases do not start at
/// punctuation (tokens without letters).
pub fn match_phrases(
    toks: &[TokenInfo],
    longest: usize,
    categories: usize,
    lookup: &dyn Fn(u64) -> u16,
) -> Vec<u64> {
    let n = toks.len();
    let mut out = vec![0u64; n];
    let mut until = [0usize; 16];
    let mut hashes = [0u64; MAX_PHRASE];
    for i in 0..n {
        if toks[i].case == Case::None as u8 {
            continue;
        }
        let longest = longest.min(MAX_PHRASE).min(n - i);
        let mut h = PHRASE_SEED;
        for (slot, t) in hashes.iter_mut().zip(&toks[i..i + longest]) {
            h = extend_phrase(h, t.lw);
            *slot = h;
        }
        for len in (1..=longest).rev() {
            let mask = lookup(hashes[len - 1]);
            if mask == 0 {
                continue;
            }
            for (c, end) in until.iter_mut().enumerate().take(categories) {
                if mask & (1 << c) != 0 && i >= *end {
                    *end = i + len;
                    for (k, bits) in out[i..i + len].iter_mut().enumerate() {
                        let pos = match (k, len) {
                            (_, 1) => 3,
                            (0, _) => 0,
                            (k, l) if k + 1 == l => 2,
                            _ => 1,
                        };
                        *bits |= 1u64 << (c * 4 + pos);
                    }
                }
            }
        }
    }
    out
}

// Feature template ids.
const T_BIAS: u32 = 1;
const T_W: u32 = 2;
const T_LW: u32 = 3;
const T_LW_M1: u32 = 4;
const T_LW_P1: u32 = 5;
const T_LW_M2: u32 = 6;
const T_LW_P2: u32 = 7;
const T_BI_M1: u32 = 8;
const T_BI_P1: u32 = 9;
const T_SH: u32 = 10;
const T_SH_M1: u32 = 11;
const T_SH_P1: u32 = 12;
const T_SH_M10: u32 = 13;
const T_SH_0P1: u32 = 14;
const T_SH_M1P1: u32 = 15;
const T_AFFIX: u32 = 16; // .. 23
const T_CL: u32 = 24; // .. 27
const T_CL_M1: u32 = 28; // .. 29
const T_CL_P1: u32 = 30; // .. 31
const T_CASE_RATIO: u32 = 32;
const T_CAPS_SHAPE: u32 = 33;
const T_DOC_CASE: u32 = 34;
const T_FIRST: u32 = 35;
const T_GAZ: u32 = 36;
const T_GAZ_CASE: u32 = 37;
const T_W_M1: u32 = 38;
const T_W_P1: u32 = 39;
const T_CL_LWM1: u32 = 40;
const T_CONTEXT: u32 = 41;
const T_TOPIC_CASE: u32 = 42;
const T_TOPIC_GAZ: u32 = 43;
const T_TOPIC_CL: u32 = 44;
const T_TABLE_CASE: u32 = 45;
const T_TABLE_GAZ: u32 = 46;
const T_S1: u32 = 50;
const T_S1_M1: u32 = 51;
const T_S1_P1: u32 = 52;
const T_DOCGAZ: u32 = 53;
const T_MAJ: u32 = 54;
const T_HAS: u32 = 55;
const T_MAJ_CASE: u32 = 56;
const T_PART: u32 = 57;
const T_ALONE: u32 = 58;

const BOS: u64 = 0x1111;
const EOS: u64 = 0x2222;

/// Appends stage-1 features of every token of sentence `s` to `out`.
pub fn stage1_features(doc: &PreparedDoc, s: usize, out: &mut impl KeySink) {
    let toks = &doc.tokens[s];
    let caps = doc.sentences[s].all_caps as u64;
    let n = toks.len();
    let lw = |i: isize| -> u64 {
        if i < 0 {
            BOS
        } else if i as usize >= n {
            EOS
        } else {
            toks[i as usize].lw
        }
    };
    let sh = |i: isize| -> u64 {
        if i < 0 {
            BOS
        } else if i as usize >= n {
            EOS
        } else {
            toks[i as usize].shape
        }
    };
    use Part::{Context, Left, Right, Word};
    for (i, t) in toks.iter().enumerate() {
        let ii = i as isize;
        let k = &mut *out;
        k.push(Word, key(T_BIAS, 0));
        k.push(Word, key(T_W, t.w));
        k.push(Word, key(T_LW, t.lw));
        k.push(Left, key(T_LW_M1, lw(ii - 1)));
        k.push(Right, key(T_LW_P1, lw(ii + 1)));
        k.push(Context, key(T_LW_M2, lw(ii - 2)));
        k.push(Context, key(T_LW_P2, lw(ii + 2)));
        k.push(Context, key2(T_BI_M1, lw(ii - 1), t.lw));
        k.push(Context, key2(T_BI_P1, t.lw, lw(ii + 1)));
        k.push(Word, key(T_SH, t.shape));
        k.push(Left, key(T_SH_M1, sh(ii - 1)));
        k.push(Right, key(T_SH_P1, sh(ii + 1)));
        k.push(Context, key2(T_SH_M10, sh(ii - 1), t.shape));
        k.push(Context, key2(T_SH_0P1, t.shape, sh(ii + 1)));
        k.push(
            Context,
            hash::key(T_SH_M1P1, &[sh(ii - 1), t.shape, sh(ii + 1)]),
        );
        if i > 0 {
            k.push(Left, key(T_W_M1, toks[i - 1].w));
        }
        if i + 1 < n {
            k.push(Right, key(T_W_P1, toks[i + 1].w));
        }
        for (j, &a) in t.affixes.iter().enumerate() {
            if a != 0 {
                k.push(Word, key(T_AFFIX + j as u32, a));
            }
        }
        if t.cluster[0] != 0 {
            for (j, &c) in t.cluster.iter().enumerate() {
                k.push(Word, key(T_CL + j as u32, c));
            }
            if i > 0 {
                k.push(Context, key2(T_CL_LWM1, t.cluster[1], toks[i - 1].lw));
            }
        }
        if i > 0 && toks[i - 1].cluster[0] != 0 {
            k.push(Left, key(T_CL_M1, toks[i - 1].cluster[1]));
            k.push(Left, key(T_CL_M1 + 1, toks[i - 1].cluster[2]));
        }
        if i + 1 < n && toks[i + 1].cluster[0] != 0 {
            k.push(Right, key(T_CL_P1, toks[i + 1].cluster[1]));
            k.push(Right, key(T_CL_P1 + 1, toks[i + 1].cluster[2]));
        }
        let case = t.case as u64;
        k.push(
            Context,
            key(
                T_CASE_RATIO,
                (t.case_ratio as u64) | (case << 4) | (caps << 8) | (((i == 0) as u64) << 9),
            ),
        );
        k.push(Context, key2(T_CAPS_SHAPE, t.shape, caps));
        k.push(
            Context,
            key(
                T_DOC_CASE,
                (t.doc_case as u64) | (case << 4) | (caps << 8) | (((i == 0) as u64) << 9),
            ),
        );
        if i == 0 {
            k.push(Context, key(T_FIRST, case | (caps << 4)));
        }
        let mut g = t.gazetteer;
        while g != 0 {
            let bit = g.trailing_zeros() as u64;
            g &= g - 1;
            k.push(Context, key(T_GAZ, bit));
            k.push(Context, key(T_GAZ_CASE, bit | (case << 8) | (caps << 12)));
        }
        let capitalised = t.case == Case::Title as u8 || t.case == Case::Upper as u8;
        if let Some(contexts) = doc.contexts.get(&t.lw) {
            if capitalised {
                for &c in contexts {
                    k.push(Context, c);
                }
            }
        }
        if doc.sentences[s].numeric && capitalised {
            // Names in results tables, by headline topic (0 for none).
            k.push(Context, key2(T_TABLE_CASE, doc.topic, case | (caps << 4)));
            let mut g = t.gazetteer;
            while g != 0 {
                let bit = g.trailing_zeros() as u64;
                g &= g - 1;
                k.push(Context, key(T_TABLE_GAZ, bit));
            }
        }
        if doc.topic != 0 && capitalised {
            k.push(Context, key2(T_TOPIC_CASE, doc.topic, case | (caps << 4)));
            let mut g = t.gazetteer;
            while g != 0 {
                let bit = g.trailing_zeros() as u64;
                g &= g - 1;
                k.push(Context, key2(T_TOPIC_GAZ, doc.topic, bit));
            }
            if t.cluster[0] != 0 {
                k.push(Context, key2(T_TOPIC_CL, doc.topic, t.cluster[1]));
            }
        }
        let word_at = |j: isize| {
            if j < 0 {
                BOS
            } else {
                toks.get(j as usize).map_or(EOS, |t| t.w)
            }
        };
        out.end_position([
            fold(Part::Word as u64, t.w),
            fold(Part::Left as u64, word_at(ii - 1)),
            fold(Part::Right as u64, word_at(ii + 1)),
        ]);
    }
}

/// What stage 1 said about the document, for stage 2.
#[derive(Clone, Debug, Default)]
pub struct DocPredictions {
    /// Phrase hash -> kinds (bit per kind) of the entities stage 1 found.
    entities: HashKeyed<u16>,
    /// Lowercase word hash -> stage-1 counts per kind, then outside.
    words: HashKeyed<[u16; 5]>,
    /// Lowercase word hash -> bits `kind * 3 + position` (first, inside, last)
    /// of the multi-word stage-1 entities the word is part of.
    parts: HashKeyed<u16>,
    /// Tokens in the longest stage-1 entity (0 for none): no longer phrase
    /// can be one of `entities`.
    longest: usize,
}

impl DocPredictions {
    /// Collects stage-1 labels `predicted` (one sequence per sentence).
    pub fn new(doc: &PreparedDoc, predicted: &[Vec<u16>]) -> Self {
        let mut out = DocPredictions::default();
        for (toks, labels) in doc.tokens.iter().zip(predicted) {
            for (t, &y) in toks.iter().zip(labels) {
                if t.case == Case::Title as u8 || t.case == Case::Upper as u8 {
                    let slot = labels::kind(y).map_or(4, |k| k as usize);
                    out.words.entry(t.lw).or_default()[slot] += 1;
                }
            }
            for (start, end, kind) in labels::spans(labels) {
                out.longest = out.longest.max(end - start);
                let mut h = PHRASE_SEED;
                for (i, t) in toks[start..end].iter().enumerate() {
                    h = extend_phrase(h, t.lw);
                    if end - start > 1 && t.case != Case::None as u8 {
                        let position = match i {
                            0 => 0,
                            i if start + i + 1 == end => 2,
                            _ => 1,
                        };
                        *out.parts.entry(t.lw).or_default() |= 1 << (kind as u16 * 3 + position);
                    }
                }
                *out.entities.entry(h).or_default() |= 1 << kind as u16;
            }
        }
        out
    }
}

/// Appends stage-2 features of sentence `s` to `out`: its stage-1 features
/// `base`, and what stage 1 predicted (`stage1` here, `predictions` in the document).
pub fn stage2_features<S: KeySink + CopyPosition>(
    doc: &PreparedDoc,
    s: usize,
    base: &S,
    stage1: &[u16],
    predictions: &DocPredictions,
    out: &mut S,
) {
    let start = out.positions();
    let toks = &doc.tokens[s];
    let lookup = |h: u64| predictions.entities.get(&h).copied().unwrap_or(0);
    let matches = match_phrases(toks, predictions.longest, KINDS.len(), &lookup);
    let kind_of = |i: isize| -> u64 {
        if i < 0 || i as usize >= stage1.len() {
            99
        } else {
            labels::kind(stage1[i as usize]).map_or(9, |k| k as u64)
        }
    };
    for (i, t) in toks.iter().enumerate() {
        let ids = base.copy_position(i, out);
        let k = &mut *out;
        let ii = i as isize;
        k.push(Part::Context, key(T_S1, stage1[i] as u64));
        k.push(Part::Context, key(T_S1_M1, kind_of(ii - 1)));
        k.push(Part::Context, key(T_S1_P1, kind_of(ii + 1)));
        let mut g = matches[i];
        while g != 0 {
            let bit = g.trailing_zeros() as u64;
            g &= g - 1;
            k.push(Part::Context, key(T_DOCGAZ, bit));
        }
        if let Some(counts) = predictions.words.get(&t.lw) {
            let (best, _) =
                counts
                    .iter()
                    .enumerate()
                    .fold((0, 0), |b, (j, &c)| if c > b.1 { (j, c) } else { b });
            k.push(Part::Context, key(T_MAJ, best as u64));
            k.push(
                Part::Context,
                key(T_MAJ_CASE, best as u64 | ((t.case as u64) << 4)),
            );
            for (j, &c) in counts.iter().enumerate().take(KINDS.len()) {
                if c > 0 {
                    k.push(Part::Context, key(T_HAS, j as u64));
                }
            }
        }
        match predictions.parts.get(&t.lw) {
            Some(&bits) => {
                let mut g = bits;
                while g != 0 {
                    let bit = g.trailing_zeros() as u64;
                    g &= g - 1;
                    k.push(Part::Context, key(T_PART, bit));
                }
            }
            None if t.case == Case::Title as u8 || t.case == Case::Upper as u8 => {
                k.push(Part::Context, key(T_ALONE, kind_of(ii)));
            }
            None => {}
        }
        out.end_position(ids);
    }
    debug_assert_eq!(out.positions() - start, toks.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_first() {
        let words = ["in", "new", "york", "city", "and", "york", ","];
        let toks: Vec<TokenInfo> = words
            .iter()
            .map(|w| TokenInfo {
                lw: str_hash(w),
                case: if *w == "," { Case::None } else { Case::Lower } as u8,
                ..Default::default()
            })
            .collect();
        let phrase = |ws: &[&str]| {
            ws.iter()
                .fold(PHRASE_SEED, |h, w| extend_phrase(h, str_hash(w)))
        };
        let mut gaz: HashKeyed<u16> = HashKeyed::default();
        gaz.insert(phrase(&["new", "york"]), 0b10); // category 1
        gaz.insert(phrase(&["york"]), 0b10);
        gaz.insert(phrase(&["new", "york", "city"]), 0b01); // category 0
        gaz.insert(phrase(&[","]), 0b01); // punctuation starts no phrase
        let lookup = |h: u64| gaz.get(&h).copied().unwrap_or(0);
        let got = match_phrases(&toks, MAX_PHRASE, 2, &lookup);
        // category 0: B I L over "new york city"; category 1: B L over "new york", U on the last "york".
        assert_eq!(got[1], (1 << 0) | (1 << 4));
        assert_eq!(got[2], (1 << 1) | (1 << 6));
        assert_eq!(got[3], 1 << 2);
        assert_eq!(got[5], 1 << 7);
        assert_eq!((got[0], got[6]), (0, 0));
        // Phrases longer than `longest` are not looked up.
        let short = match_phrases(&toks, 2, 2, &lookup);
        assert_eq!((short[1], short[3]), (1 << 4, 0));
    }

    #[test]
    fn features_are_deterministic_and_context_sensitive() {
        let mut resources = Resources::default();
        resources.set_clusters([("Germany", "0110"), ("France", "0111")].into_iter());
        let none = |_: u64| 0u16;
        let doc = prepare(
            &resources,
            &[
                vec!["GERMANY", "BEAT", "FRANCE"],
                vec!["Germany", "won", "."],
            ],
            &none,
        );
        assert!(doc.sentences[0].all_caps && !doc.sentences[1].all_caps);
        // Clusters are found through the title-case form.
        assert_ne!(doc.tokens[0][0].cluster[0], 0);
        assert_eq!(doc.tokens[0][0].cluster, doc.tokens[1][0].cluster);
        // "germany" is capitalised elsewhere in the document (not sentence-initially,
        // so only "won" contributes, as lowercase).
        assert_eq!(doc.tokens[0][1].doc_case, 0);
        assert_eq!(doc.tokens[1][1].doc_case, 2);
        let mut a = FeatureSeq::default();
        stage1_features(&doc, 0, &mut a);
        let mut b = FeatureSeq::default();
        stage1_features(&doc, 0, &mut b);
        assert_eq!(a.keys, b.keys);
        assert_eq!(a.len(), 3);
        let first: std::collections::HashSet<u64> = a.position(0).iter().copied().collect();
        let last: std::collections::HashSet<u64> = a.position(2).iter().copied().collect();
        assert!(first.contains(&key(T_BIAS, 0)) && last.contains(&key(T_BIAS, 0)));
        assert!(first.contains(&key(T_LW, str_hash("germany"))));
        assert_eq!(doc.topic, 0);
        let sport = prepare(
            &resources,
            &[
                vec!["SOCCER", "-", "GERMANY", "BEAT", "FRANCE"],
                vec!["Germany", "won"],
            ],
            &none,
        );
        assert!(!sport.sentences[0].numeric);
        let table = prepare(&resources, &[vec!["Germany", "2", "France", "1"]], &none);
        assert!(table.sentences[0].numeric);
        let soccer = extend_phrase(PHRASE_SEED, str_hash("soccer"));
        assert_eq!(sport.topic, soccer);
        let mut c = FeatureSeq::default();
        stage1_features(&sport, 1, &mut c);
        assert!(c
            .position(0)
            .contains(&key2(T_TOPIC_CL, soccer, sport.tokens[1][0].cluster[1])));
        assert!(!last.contains(&key(T_LW, str_hash("germany"))));
    }
}
