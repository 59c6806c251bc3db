//! Event coding measured on sentence-level gold records: the PLOVER gold
//! standard records (CAMEO manual examples recoded in PLOVER, older type
//! names mapped) and the PETRARCH2 validation records (CAMEO codes mapped to
//! PLOVER through the CAMEO-to-PLOVER table).
//!
//! For each gold event the sentence is extracted on its own; the event counts
//! as typed when the system found an event of its type, and its source
//! (target) as right when such an event's source (target) entity is the gold
//! actor, by name or by country code.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{DocMeta, Document, EventType};
use crate::pipeline::Pipeline;

/// A gold actor: its text (PLOVER records) and/or its CAMEO-style code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldActor {
    /// The actor as written.
    pub text: Option<String>,
    /// Country or actor code ("USA", "USAGOV", "IGO").
    pub code: Option<String>,
}

/// One gold event of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldEvent {
    /// PLOVER type.
    pub etype: EventType,
    /// Source actors.
    pub sources: Vec<GoldActor>,
    /// Target actors.
    pub targets: Vec<GoldActor>,
}

/// A gold sentence with its events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSentence {
    /// Record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Its date, ISO.
    pub date: Option<String>,
    /// Its events.
    pub events: Vec<GoldEvent>,
}

/// PLOVER's older type names, as the 2016 gold records use them.
fn plover_type(name: &str) -> Option<EventType> {
    EventType::parse(name).or(match name {
        "DEMAND" => Some(EventType::Request),
        "FIGHT" => Some(EventType::Assault),
        "DISAPPROVE" | "INVESTIGATE" => Some(EventType::Accuse),
        _ => None,
    })
}

fn actors(value: Option<&serde_json::Value>) -> Vec<GoldActor> {
    let Some(serde_json::Value::Array(items)) = value else {
        return Vec::new();
    };
    items
        .iter()
        .map(|a| GoldActor {
            text: a
                .get("actorText")
                .and_then(|t| t.as_str())
                .map(str::to_string),
            code: a.get("code").and_then(|t| t.as_str()).map(str::to_string),
        })
        .collect()
}

/// Reads the PLOVER gold standard records (a JSON array).
pub fn read_plover_records(json: &str) -> Result<Vec<GoldSentence>, String> {
    let records: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(records
        .iter()
        .filter_map(|r| {
            let etype = plover_type(r.get("event")?.as_str()?)?;
            Some(GoldSentence {
                id: r.get("id")?.as_str()?.to_string(),
                text: r.get("text")?.as_str()?.to_string(),
                date: r.get("date").and_then(|d| d.as_str()).map(str::to_string),
                events: vec![GoldEvent {
                    etype,
                    sources: actors(r.get("source")),
                    targets: actors(r.get("target")),
                }],
            })
        })
        .collect())
}

/// CAMEO code prefixes mapped to PLOVER types, from the CAMEO-to-PLOVER table
/// (`CODE: TYPE, mode, context # description` lines).
pub fn read_cameo_table(table: &str) -> Vec<(String, EventType)> {
    static LINE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{2,4}):\s*([A-Z]+)").expect("valid regex"));
    table
        .lines()
        .filter_map(|l| {
            let c = LINE.captures(l)?;
            Some((c[1].to_string(), EventType::parse(&c[2])?))
        })
        .collect()
}

/// The PLOVER type of a CAMEO code: the entry with the longest matching prefix.
fn cameo_to_plover(table: &[(String, EventType)], code: &str) -> Option<EventType> {
    table
        .iter()
        .filter(|(prefix, _)| code.starts_with(prefix.as_str()))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, t)| *t)
}

/// Reads PETRARCH2 validation or unit-test records (`<Sentence ...>`,
/// `<EventCoding .../>`, `<Text>`), mapping CAMEO codes to PLOVER.
pub fn read_petrarch_records(xml: &str, table: &[(String, EventType)]) -> Vec<GoldSentence> {
    static SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?s)<Sentence[^>]*?date="(\d{8})"[^>]*?id="([^"]+)"[^>]*>(.*?)</Sentence>"#)
            .expect("valid regex")
    });
    static CODING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"<EventCoding ([^>]*)/?>").expect("valid regex"));
    static ATTR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(\w+)="([^"]*)""#).expect("valid regex"));
    static TEXT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<Text>(.*?)</Text>").expect("valid regex"));
    let mut out = Vec::new();
    for s in SENTENCE.captures_iter(xml) {
        let body = &s[3];
        let Some(text) = TEXT
            .captures(body)
            .map(|t| t[1].split_whitespace().collect::<Vec<_>>().join(" "))
        else {
            continue;
        };
        let events: Vec<GoldEvent> = CODING
            .captures_iter(body)
            .filter_map(|c| {
                let attrs: Vec<(String, String)> = ATTR
                    .captures_iter(&c[1])
                    .map(|a| (a[1].to_string(), a[2].to_string()))
                    .collect();
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
                let etype = cameo_to_plover(table, &get("eventcode")?)?;
                let actor = |k: &str| {
                    get(k)
                        .filter(|c| !c.is_empty() && c != "---")
                        .map(|code| GoldActor {
                            text: None,
                            code: Some(code),
                        })
                        .into_iter()
                        .collect()
                };
                Some(GoldEvent {
                    etype,
                    sources: actor("sourcecode"),
                    targets: actor("targetcode"),
                })
            })
            .collect();
        if events.is_empty() {
            continue;
        }
        let d = &s[1];
        out.push(GoldSentence {
            id: s[2].to_string(),
            text,
            date: Some(format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])),
            events,
        });
    }
    out
}

/// Scores of event coding on gold sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EventScores {
    /// Gold sentences.
    pub sentences: usize,
    /// Gold events.
    pub events: usize,
    /// Gold events whose type the system found in the sentence.
    pub typed: usize,
    /// Sentences whose first system event has the first gold type.
    pub first_typed: usize,
    /// Typed events whose gold source is known.
    pub with_source: usize,
    /// ... and whose source the system got right.
    pub source_right: usize,
    /// Typed events whose gold target is known.
    pub with_target: usize,
    /// ... and whose target the system got right.
    pub target_right: usize,
    /// System events in all sentences.
    pub system_events: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl std::fmt::Display for EventScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sentences, {} gold events, {} system events\n  event-type accuracy {:.3} ({} of {}); first event type {:.3}\n  source accuracy {:.3} ({} of {} typed); target accuracy {:.3} ({} of {} typed)",
            self.sentences,
            self.events,
            self.system_events,
            ratio(self.typed, self.events),
            self.typed,
            self.events,
            ratio(self.first_typed, self.sentences),
            ratio(self.source_right, self.with_source),
            self.source_right,
            self.with_source,
            ratio(self.target_right, self.with_target),
            self.target_right,
            self.with_target
        )
    }
}

/// True when entity `id` of `doc` is the gold actor: a mention containing the
/// actor's text, or the entity's country equal to the code's first three letters.
fn same_actor(doc: &Document, id: &str, gold: &GoldActor) -> bool {
    let Some(e) = doc.entities.iter().find(|e| e.id == id) else {
        return false;
    };
    let by_text = gold.text.as_ref().is_some_and(|t| {
        let t = t.to_lowercase();
        e.aliases.iter().chain(std::iter::once(&e.name)).any(|a| {
            let a = a.to_lowercase();
            a.contains(&t) || t.contains(&a)
        })
    });
    let by_code = gold
        .code
        .as_ref()
        .and_then(|c| c.get(..3))
        .is_some_and(|c| {
            e.country.as_deref() == Some(c) || e.kb_id.as_deref().is_some_and(|k| k.ends_with(c))
        });
    by_text || by_code
}

/// Extracts every gold sentence and scores the events.
pub fn evaluate(pipeline: &Pipeline, gold: &[GoldSentence]) -> EventScores {
    let mut scores = EventScores::default();
    for sentence in gold {
        let meta = DocMeta {
            id: sentence.id.clone(),
            published: sentence.date.clone(),
            ..Default::default()
        };
        let doc = pipeline.process(Document::new(meta, sentence.text.clone()));
        scores.sentences += 1;
        scores.system_events += doc.events.len();
        if let (Some(first), Some(gold_first)) = (doc.events.first(), sentence.events.first()) {
            scores.first_typed += usize::from(first.etype == gold_first.etype);
        }
        for g in &sentence.events {
            scores.events += 1;
            let typed: Vec<_> = doc.events.iter().filter(|e| e.etype == g.etype).collect();
            if typed.is_empty() {
                continue;
            }
            scores.typed += 1;
            if !g.sources.is_empty() {
                scores.with_source += 1;
                scores.source_right += usize::from(typed.iter().any(|e| {
                    e.sources
                        .iter()
                        .any(|s| g.sources.iter().any(|a| same_actor(&doc, s, a)))
                }));
            }
            if !g.targets.is_empty() {
                scores.with_target += 1;
                scores.target_right += usize::from(typed.iter().any(|e| {
                    e.targets
                        .iter()
                        .any(|t| g.targets.iter().any(|a| same_actor(&doc, t, a)))
                }));
            }
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_record_formats() {
        let plover = r#"[{"id": "D", "event": "DOCUMENT"},
            {"id": "A1", "event": "DEMAND", "date": "2000-01-01", "text": "Iran urged Iraq to act.",
             "source": [{"actorText": "Iran", "code": "IRN"}], "target": ""}]"#;
        let gold = read_plover_records(plover).unwrap();
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].events[0].etype, EventType::Request);
        assert!(gold[0].events[0].targets.is_empty());
        let table =
            read_cameo_table("04: CONSULT\n042: CONSULT, visit,   # Make a visit\n19: ASSAULT\n");
        assert_eq!(cameo_to_plover(&table, "0423"), Some(EventType::Consult));
        let xml = r#"<Sentence category="AFP" date="20080804" id="X_1" evaluate="true">
            <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
            <Text>
            The US leader visited China.
            </Text></Sentence>"#;
        let petr = read_petrarch_records(xml, &table);
        assert_eq!(petr[0].date.as_deref(), Some("2008-08-04"));
        assert_eq!(petr[0].text, "The US leader visited China.");
        assert_eq!(petr[0].events[0].targets[0].code.as_deref(), Some("CHN"));
    }

    #[test]
    fn scores_a_sentence() {
        let gold = vec![GoldSentence {
            id: "s".into(),
            text: "Police arrested forty protesters.".into(),
            date: Some("2026-06-08".into()),
            events: vec![GoldEvent {
                etype: EventType::Coerce,
                sources: vec![],
                targets: vec![],
            }],
        }];
        let scores = evaluate(&Pipeline::new(), &gold);
        assert_eq!((scores.events, scores.typed, scores.first_typed), (1, 1, 1));
    }
}
