//! The named-entity recogniser: two linear-chain models over BILOU labels of
//! the CoNLL-2003 kinds (PER, ORG, LOC, MISC), trained in [`train`].
//!
//! Stage 1 labels each sentence from local evidence: the words, their shapes,
//! affixes and Brown clusters, casing evidence from unlabelled text and from the
//! rest of the document, and gazetteer matches (entity names of the training
//! data plus small hand-written lists). Stage 2 labels again with the same
//! evidence plus what stage 1 found in the whole document, which makes
//! repeated names consistent. Mentions then get Dossier's types: LOC becomes
//! GPE or LOC and MISC becomes NORP or MISC by the lists in [`lexicon`].

mod features;
mod labels;
pub mod lexicon;
pub mod train;

use std::path::Path;
use std::sync::LazyLock;

use features::{prepare, stage1_features, stage2_features, DocPredictions, PreparedDoc, Resources};
pub use labels::Kind;

use crate::document::{Document, Mention};
use crate::learn::binary::{Reader, Writer};
use crate::learn::sequence::{ChainModel, DecodeScratch, FeatureSeq};

/// The model file's first bytes.
const MAGIC: &[u8; 12] = b"DOSSIER-NER1";

/// The model shipped inside the binary.
static EMBEDDED: &[u8] = include_bytes!("../../../../../models/ner.bin");

/// File name of the model in a `DOSSIER_MODELS` folder.
pub const MODEL_FILE: &str = "ner.bin";

static SHARED: LazyLock<Recognizer> = LazyLock::new(|| match Recognizer::load() {
    Ok(r) => r,
    Err(problem) => panic!("named-entity model: {problem}"),
});

/// A trained recogniser.
#[derive(Clone, PartialEq)]
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
            self.stage1.features(),
            self.stage2.features(),
            self.resources.clusters.len(),
            self.resources.gazetteer.len()
        )
    }
}

impl Recognizer {
    /// The recogniser of this process: `$DOSSIER_MODELS/ner.bin` when that
    /// variable names a folder holding one, else the model built into the
    /// binary. Loaded once, on first use.
    pub fn shared() -> &'static Recognizer {
        &SHARED
    }

    /// Loads the model as [`Recognizer::shared`] does.
    pub fn load() -> Result<Self, String> {
        if let Some(dir) = std::env::var_os("DOSSIER_MODELS") {
            let path = Path::new(&dir).join(MODEL_FILE);
            if path.is_file() {
                return Self::from_file(&path);
            }
        }
        Self::from_bytes(EMBEDDED)
    }

    /// Loads a model file.
    pub fn from_file(path: &Path) -> Result<Self, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a model from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let mut r = Reader::new(bytes);
        if r.raw(MAGIC.len())? != MAGIC {
            return Err("not a Dossier named-entity model".into());
        }
        let mut resources = Resources::default();
        let cluster_keys = r.u64s()?;
        let cluster_ids = r.bytes()?;
        let prefixes = r.u64s()?;
        if cluster_ids.len() != cluster_keys.len() * 2 || prefixes.len() % 4 != 0 {
            return Err("inconsistent cluster table".into());
        }
        resources.cluster_prefixes = prefixes
            .chunks_exact(4)
            .map(|c| [c[0], c[1], c[2], c[3]])
            .collect();
        for (k, id) in cluster_keys.iter().zip(cluster_ids.chunks_exact(2)) {
            let id = u16::from_le_bytes([id[0], id[1]]);
            if id as usize >= resources.cluster_prefixes.len() {
                return Err("cluster index out of range".into());
            }
            resources.clusters.insert(*k, id);
        }
        let case_keys = r.u64s()?;
        let case_values = r.bytes()?;
        if case_values.len() != case_keys.len() {
            return Err("inconsistent casing table".into());
        }
        resources.case_ratio = case_keys
            .into_iter()
            .zip(case_values.iter().copied())
            .collect();
        let gaz_keys = r.u64s()?;
        let gaz_masks = r.bytes()?;
        if gaz_masks.len() != gaz_keys.len() * 2 {
            return Err("inconsistent gazetteer".into());
        }
        resources.gazetteer = gaz_keys
            .into_iter()
            .zip(
                gaz_masks
                    .chunks_exact(2)
                    .map(|m| u16::from_le_bytes([m[0], m[1]])),
            )
            .collect();
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
        let mut w = Writer::default();
        w.raw(MAGIC);
        let mut clusters: Vec<(u64, u16)> = self
            .resources
            .clusters
            .iter()
            .map(|(&k, &v)| (k, v))
            .collect();
        clusters.sort_unstable();
        w.u64s(&clusters.iter().map(|c| c.0).collect::<Vec<_>>());
        w.bytes(
            &clusters
                .iter()
                .flat_map(|c| c.1.to_le_bytes())
                .collect::<Vec<_>>(),
        );
        w.u64s(&self.resources.cluster_prefixes.concat());
        let mut case: Vec<(u64, u8)> = self
            .resources
            .case_ratio
            .iter()
            .map(|(&k, &v)| (k, v))
            .collect();
        case.sort_unstable();
        w.u64s(&case.iter().map(|c| c.0).collect::<Vec<_>>());
        w.bytes(&case.iter().map(|c| c.1).collect::<Vec<_>>());
        let mut gaz: Vec<(u64, u16)> = self
            .resources
            .gazetteer
            .iter()
            .map(|(&k, &v)| (k, v))
            .collect();
        gaz.sort_unstable();
        w.u64s(&gaz.iter().map(|c| c.0).collect::<Vec<_>>());
        w.bytes(
            &gaz.iter()
                .flat_map(|c| c.1.to_le_bytes())
                .collect::<Vec<_>>(),
        );
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
        let mut scratch = DecodeScratch::default();
        let mut base: Vec<FeatureSeq> = Vec::with_capacity(doc.tokens.len());
        let mut first = Vec::with_capacity(doc.tokens.len());
        for s in 0..doc.tokens.len() {
            let mut seq = FeatureSeq::default();
            stage1_features(doc, s, &mut seq);
            first.push(self.stage1.decode(&seq, &mut scratch));
            base.push(seq);
        }
        let predictions = DocPredictions::new(doc, &first);
        let mut seq = FeatureSeq::default();
        (0..doc.tokens.len())
            .map(|s| {
                seq.clear();
                stage2_features(doc, s, &base[s], &first[s], &predictions, &mut seq);
                self.stage2.decode(&seq, &mut scratch)
            })
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocMeta, EntityType};

    fn mentions(text: &str) -> Vec<(String, EntityType)> {
        let mut doc = Document::new(DocMeta::default(), text.to_string());
        crate::text::segment(&mut doc);
        Recognizer::shared().recognize(&mut doc);
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
        Recognizer::shared().recognize(&mut doc);
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
        let r = Recognizer::shared();
        let bytes = r.to_bytes();
        assert_eq!(&Recognizer::from_bytes(&bytes).unwrap(), r);
        assert!(Recognizer::from_bytes(b"DOSSIER-NER1").is_err());
        assert!(Recognizer::from_bytes(b"something else").is_err());
    }
}
