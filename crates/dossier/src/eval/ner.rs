//! Named-entity recognition against CoNLL-2003, scored as conlleval does: exact
//! entity spans and kinds, per kind and overall. The text is re-tokenised with
//! Dossier's tokeniser; each original token takes the label of its first piece.

use super::clock::{Clock, Elapsed};
use super::Prf;
use crate::corpora::conll2003::{chunks, retokenize, Chunk, Conll2003Document};
use crate::entities::recognize::{Kind, Recognizer};

/// Scores of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NerScores {
    /// Per kind (PER, ORG, LOC, MISC, and any other kind in the gold data).
    pub per_kind: Vec<(String, Prf)>,
    /// All kinds together.
    pub overall: Prf,
    /// Dossier tokens the recogniser labelled.
    pub tokens: usize,
    /// Time spent in the recogniser.
    pub time: Elapsed,
    /// Sentences where the system and the gold chunks differ.
    pub mismatches: Vec<Mismatch>,
}

/// A sentence the recogniser got (partly) wrong.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mismatch {
    /// The original tokens.
    pub tokens: Vec<String>,
    /// Gold chunks the system missed.
    pub missed: Vec<Chunk>,
    /// System chunks not in the gold data.
    pub spurious: Vec<Chunk>,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |c: &Chunk| format!("{} [{}]", self.tokens[c.start..c.end].join(" "), c.kind);
        writeln!(f, "{}", self.tokens.join(" "))?;
        for c in &self.missed {
            writeln!(f, "  - {}", show(c))?;
        }
        for c in &self.spurious {
            writeln!(f, "  + {}", show(c))?;
        }
        Ok(())
    }
}

impl NerScores {
    /// Tokens per second of the recogniser, by thread CPU time.
    pub fn tokens_per_second(&self) -> f64 {
        self.tokens as f64 / self.time.cpu.max(1e-9)
    }
}

impl std::fmt::Display for NerScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (kind, prf) in &self.per_kind {
            writeln!(f, "  {kind:<8}{prf}")?;
        }
        writeln!(f, "  {:<8}{}", "overall", self.overall)?;
        write!(
            f,
            "  speed   {:.0} tokens/s of thread CPU time, {:.0} tokens/s wall clock ({} tokens)",
            self.tokens_per_second(),
            self.tokens as f64 / self.time.wall.max(1e-9),
            self.tokens
        )
    }
}

/// The system's chunks on the original tokens of one sentence, from the
/// recogniser's spans over the pieces.
pub fn project(spans: &[(usize, usize, Kind)], first: &[usize], pieces: usize) -> Vec<Chunk> {
    let mut piece_tags = vec![String::from("O"); pieces];
    for &(start, end, kind) in spans {
        for (p, tag) in piece_tags[start..end].iter_mut().enumerate() {
            let prefix = if p == 0 { "B" } else { "I" };
            *tag = format!("{prefix}-{}", kind.name());
        }
    }
    let token_tags: Vec<&str> = first.iter().map(|&p| piece_tags[p].as_str()).collect();
    chunks(&token_tags)
}

/// Runs `recognizer` over `docs` and scores it against their tags.
pub fn evaluate(recognizer: &Recognizer, docs: &[Conll2003Document]) -> NerScores {
    let mut out = NerScores::default();
    let mut kinds: Vec<(String, Prf)> = ["PER", "ORG", "LOC", "MISC"]
        .iter()
        .map(|k| (k.to_string(), Prf::default()))
        .collect();
    for doc in docs {
        let retok: Vec<_> = doc
            .sentences
            .iter()
            .map(|s| retokenize(&s.iter().map(|t| t.form.as_str()).collect::<Vec<_>>()))
            .collect();
        let pieces: Vec<Vec<&str>> = retok
            .iter()
            .map(|r| r.pieces.iter().map(String::as_str).collect())
            .collect();
        out.tokens += pieces.iter().map(Vec::len).sum::<usize>();
        let clock = Clock::start();
        let found = recognizer.find(&pieces);
        out.time = out.time + clock.elapsed();
        for ((sentence, r), spans) in doc.sentences.iter().zip(&retok).zip(&found) {
            let tags: Vec<&str> = sentence.iter().map(|t| t.ner.as_str()).collect();
            let gold = chunks(&tags);
            let system = project(spans, &r.first, r.pieces.len());
            let mut count = |kind: &str, f: &dyn Fn(&mut Prf)| {
                if !kinds.iter().any(|(k, _)| k == kind) {
                    kinds.push((kind.to_string(), Prf::default()));
                }
                let entry = kinds.iter_mut().find(|(k, _)| k == kind).expect("added");
                f(&mut entry.1);
            };
            for c in &gold {
                count(&c.kind, &|p| p.gold += 1);
                out.overall.gold += 1;
            }
            if gold != system {
                out.mismatches.push(Mismatch {
                    tokens: sentence.iter().map(|t| t.form.clone()).collect(),
                    missed: gold
                        .iter()
                        .filter(|c| !system.contains(c))
                        .cloned()
                        .collect(),
                    spurious: system
                        .iter()
                        .filter(|c| !gold.contains(c))
                        .cloned()
                        .collect(),
                });
            }
            for c in &system {
                let hit = gold.contains(c);
                count(&c.kind, &|p| {
                    p.system += 1;
                    p.tp += hit as usize;
                });
                out.overall.system += 1;
                out.overall.tp += hit as usize;
            }
        }
    }
    out.per_kind = kinds;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_takes_each_tokens_first_piece() {
        // Original tokens: "Itar-Tass" (pieces 0..3), "said" (3), "Moscow" (4).
        let first = [0, 3, 4];
        let spans = [(0, 3, Kind::Org), (4, 5, Kind::Loc)];
        let got = project(&spans, &first, 5);
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].start, got[0].end, got[0].kind.as_str()),
            (0, 1, "ORG")
        );
        assert_eq!(
            (got[1].start, got[1].end, got[1].kind.as_str()),
            (2, 3, "LOC")
        );
        // A span that starts inside a token does not label it.
        let got = project(&[(2, 4, Kind::Per)], &first, 5);
        assert_eq!((got[0].start, got[0].end), (1, 2));
    }
}
