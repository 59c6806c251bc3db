//! The named-entity recogniser: two linear-chain models over BILOU labels of
//! the CoNLL-2003 kinds (PER, ORG, LOC, MISC), trained in [`train`].
//!
//! Stage 1 labels each sentence from local evidence: the words, their shapes,
//! affixes and Brown clusters, casing evidence from the training text and from
//! the rest of the document, the topic of a wire headline ("SOCCER - ..."),
//! and gazetteer matches (entity names of the training data, small
//! hand-written lists, and the knowledge base's places, organisations and
//! groups, from `kb_names`). Stage 2 labels again with the same
//! evidence plus what stage 1 found in the whole document, which makes
//! repeated names consistent. Mentions then get Dossier's types: LOC becomes
//! GPE or LOC and MISC becomes NORP or MISC by the lists in [`lexicon`].

mod features;
mod kb_names;
mod labels;
pub mod lexicon;
mod token;
pub mod train;

use std::cell::RefCell;
use std::path::Path;
use std::sync::LazyLock;

use features::{prepare, stage1_features, stage2_features, DocPredictions, PreparedDoc};
pub use labels::Kind;
use token::Resources;

use crate::document::{Document, Mention};
use crate::learn::codec::{CodecError, Reader, Writer};
use crate::learn::hash::KeyMap;
use crate::learn::partial::{PartedSeq, PartialSums};
use crate::learn::sequence::{ChainModel, DecodeScratch};
use crate::learn::store::model_bytes;

/// Room reserved for the stage-1 keys of a token in each part (most have
/// fewer), so that each sentence's keys are allocated once.
const KEYS_PER_TOKEN: [usize; 4] = [16, 5, 5, 24];

thread_local! {
    /// Each thread's memos of word scores for the stage-1 and stage-2
    /// models, kept from one document to the next.
    static MEMOS: RefCell<[PartialSums; 2]> = RefCell::default();
}

const MAGIC: &[u8; 4] = b"DNER";
const VERSION: u32 = 1;

/// The model shipped inside the binary.
static EMBEDDED: &[u8] = include_bytes!("../../../../../models/ner.bin");

/// File name of the model (embedded, or in a `DOSSIER_MODELS` folder).
pub const MODEL_FILE: &str = "ner.bin";

static SHARED: LazyLock<Result<Recognizer, String>> = LazyLock::new(Recognizer::load);

/// A trained recogniser.
#[derive(Clone)]
pub struct Recognizer {
    resources: Resources,
    stage1: ChainModel,
    stage2: ChainModel,
}

impl std::fmt::Debug for Recognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Recognizer {{ {} + {} features, {} clustered words, {} gazetteer phrases }}",
            self.stage1.weights().features(),
            self.stage2.weights().features(),
            self.resources.clusters.len(),
            self.resources.gazetteer.len()
        )
    }
}

impl Recognizer {
    /// The recogniser of this process: `$DOSSIER_MODELS/ner.bin` when that
    /// variable names a folder holding one, else the model built into the
    /// binary. Loaded once, on first use.
    pub fn shared() -> Result<&'static Recognizer, String> {
        SHARED.as_ref().map_err(Clone::clone)
    }

    /// Number of features with weights in stage 1 and stage 2.
    pub fn features(&self) -> (usize, usize) {
        (
            self.stage1.weights().features(),
            self.stage2.weights().features(),
        )
    }

    /// Loads the model as [`Recognizer::shared`] does.
    pub fn load() -> Result<Self, String> {
        let bytes = model_bytes(MODEL_FILE, EMBEDDED)?;
        Self::from_bytes(&bytes).map_err(|e| format!("{MODEL_FILE}: {e}"))
    }

    /// Loads a model file.
    pub fn from_file(path: &Path) -> Result<Self, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a model from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CodecError> {
        let mut r = Reader::new(bytes);
        r.header(MAGIC, VERSION)?;
        let mut resources = Resources::default();
        let prefixes = r.u32()? as usize;
        for _ in 0..prefixes {
            resources
                .cluster_prefixes
                .push([r.u64()?, r.u64()?, r.u64()?, r.u64()?]);
        }
        let n = r.u32()? as usize;
        for _ in 0..n {
            let (word, cluster) = (r.u64()?, r.u16()?);
            if cluster as usize >= prefixes {
                return Err(CodecError::Invalid("cluster index"));
            }
            resources.clusters.insert(word, cluster);
        }
        let n = r.u32()? as usize;
        for _ in 0..n {
            resources.case_ratio.insert(r.u64()?, r.u8()?);
        }
        let n = r.u32()? as usize;
        for _ in 0..n {
            resources.gazetteer.insert(r.u64()?, r.u16()?);
        }
        let stage1 = ChainModel::read(&mut r)?;
        let stage2 = ChainModel::read(&mut r)?;
        Ok(Recognizer {
            resources,
            stage1,
            stage2,
        })
    }

    /// The model as bytes (tables in key order, so equal models give equal files).
    pub fn to_bytes(&self) -> Vec<u8> {
        fn sorted<V: Copy>(map: &KeyMap<V>) -> Vec<(u64, V)> {
            let mut v: Vec<(u64, V)> = map.iter().map(|(&k, &v)| (k, v)).collect();
            v.sort_unstable_by_key(|e| e.0);
            v
        }
        let mut w = Writer::new();
        w.header(MAGIC, VERSION);
        let res = &self.resources;
        w.u32(res.cluster_prefixes.len() as u32);
        for p in res.cluster_prefixes.iter().flatten() {
            w.u64(*p);
        }
        w.u32(res.clusters.len() as u32);
        for (k, c) in sorted(&res.clusters) {
            w.u64(k);
            w.u16(c);
        }
        w.u32(res.case_ratio.len() as u32);
        for (k, c) in sorted(&res.case_ratio) {
            w.u64(k);
            w.u8(c);
        }
        w.u32(res.gazetteer.len() as u32);
        for (k, m) in sorted(&res.gazetteer) {
            w.u64(k);
            w.u16(m);
        }
        self.stage1.write(&mut w);
        self.stage2.write(&mut w);
        w.into_bytes()
    }

    /// Finds the entities of a document given as sentences of tokens: for each
    /// sentence, (first token, end token, kind).
    pub fn find<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<(usize, usize, Kind)>> {
        let gazetteer = |h: u64| self.resources.gazetteer.get(&h).copied().unwrap_or(0);
        let doc = prepare(&self.resources, sentences, &gazetteer);
        self.label(&doc)
            .iter()
            .map(|labels| labels::spans(labels))
            .collect()
    }

    /// Both stages over a prepared document; labels per sentence.
    fn label(&self, doc: &PreparedDoc) -> Vec<Vec<u16>> {
        MEMOS.with_borrow_mut(|[memo1, memo2]| {
            let mut scratch = DecodeScratch::default();
            let mut base: Vec<PartedSeq> = Vec::with_capacity(doc.tokens.len());
            let mut first = Vec::with_capacity(doc.tokens.len());
            for (s, toks) in doc.tokens.iter().enumerate() {
                let mut seq = PartedSeq::with_capacity(toks.len(), KEYS_PER_TOKEN);
                stage1_features(doc, s, &mut seq);
                first.push(self.stage1.decode_parted(&seq, memo1, &mut scratch));
                base.push(seq);
            }
            let predictions = DocPredictions::new(doc, &first);
            let mut seq = PartedSeq::default();
            (0..doc.tokens.len())
                .map(|s| {
                    seq.clear();
                    stage2_features(doc, s, &base[s], &first[s], &predictions, &mut seq);
                    self.stage2.decode_parted(&seq, memo2, &mut scratch)
                })
                .collect()
        })
    }

    /// Fills `doc.mentions` from the document's sentences and tokens, in text order.
    pub fn recognize(&self, doc: &mut Document) {
        let sentences: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| {
                doc.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| doc.slice(t.span))
                    .collect()
            })
            .collect();
        let found = self.find(&sentences);
        let mut mentions = Vec::new();
        for (sentence, spans) in doc.sentences.iter().zip(found) {
            for (start, end, kind) in spans {
                let tokens = sentence.tokens.start + start..sentence.tokens.start + end;
                let words: Vec<&str> = doc.tokens[tokens.clone()]
                    .iter()
                    .map(|t| doc.slice(t.span))
                    .collect();
                if matches!(words.as_slice(), [w] if TIME_ZONES.contains(w)) {
                    continue; // "(1000 GMT)": a clock, not a name
                }
                mentions.push(Mention {
                    span: doc.tokens[tokens.start]
                        .span
                        .cover(&doc.tokens[tokens.end - 1].span),
                    label: lexicon::refine(kind.name(), &words),
                    tokens,
                });
            }
        }
        doc.mentions = mentions;
    }
}

/// Time zones, which the model sometimes reads as names ("1000 GMT").
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "CST", "CDT",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, EntityType};

    fn mentions(text: &str) -> Vec<(String, EntityType)> {
        let mut doc = Document::new(DocMeta::default(), text.to_string());
        crate::text::segment(&mut doc);
        Recognizer::shared().unwrap().recognize(&mut doc);
        doc.mentions
            .iter()
            .map(|m| (doc.slice(m.span).to_string(), m.label))
            .collect()
    }

    #[test]
    fn finds_people_groups_and_places() {
        let got = mentions(
            "Russian Prime Minister Viktor Chernomyrdin said on Friday that Moscow \
             would not back the plan.",
        );
        assert!(
            got.contains(&("Russian".into(), EntityType::Norp)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Viktor Chernomyrdin".into(), EntityType::Person)),
            "{got:?}"
        );
        assert!(got.contains(&("Moscow".into(), EntityType::Gpe)), "{got:?}");
    }

    #[test]
    fn time_zones_are_no_names() {
        let found = mentions("The strike began at noon (1000 GMT) in Gaza.");
        assert!(found.iter().all(|(text, _)| text != "GMT"), "{found:?}");
    }

    #[test]
    fn handles_capitals_and_hyphens() {
        let got = mentions("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .");
        assert!(got.contains(&("JAPAN".into(), EntityType::Gpe)), "{got:?}");
        assert!(got.contains(&("CHINA".into(), EntityType::Gpe)), "{got:?}");
        let got = mentions("The Itar-Tass news agency quoted the Interior Ministry in Grozny.");
        assert!(
            got.contains(&("Itar-Tass".into(), EntityType::Org)),
            "{got:?}"
        );
        assert!(got.contains(&("Grozny".into(), EntityType::Gpe)), "{got:?}");
    }

    #[test]
    fn mentions_are_in_text_order_with_exact_spans() {
        let text = "Kurds in northern Iraq met Iranian officials. The European Union said \
                    Shiite leaders in Tehran agreed.";
        let mut doc = Document::new(DocMeta::default(), text.to_string());
        crate::text::segment(&mut doc);
        Recognizer::shared().unwrap().recognize(&mut doc);
        assert!(!doc.mentions.is_empty());
        for pair in doc.mentions.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
        for m in &doc.mentions {
            assert_eq!(m.span.start, doc.tokens[m.tokens.start].span.start);
            assert_eq!(m.span.end, doc.tokens[m.tokens.end - 1].span.end);
        }
        let labels: Vec<(&str, EntityType)> = doc
            .mentions
            .iter()
            .map(|m| (doc.slice(m.span), m.label))
            .collect();
        assert!(
            labels.contains(&("European Union", EntityType::Org)),
            "{labels:?}"
        );
        assert!(
            labels.contains(&("Iranian", EntityType::Norp)),
            "{labels:?}"
        );
    }

    #[test]
    fn model_bytes_round_trip() {
        let r = Recognizer::shared().unwrap();
        let bytes = r.to_bytes();
        assert_eq!(Recognizer::from_bytes(&bytes).unwrap().to_bytes(), bytes);
        assert!(Recognizer::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(Recognizer::from_bytes(b"something else").is_err());
    }
}
