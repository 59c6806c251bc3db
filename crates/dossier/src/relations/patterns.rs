//! The relation shapes, read over tokens and located entity mentions.

use std::ops::Range;

use super::Finding;
use crate::document::{Document, EntityType, Predicate, Role, Span};
use crate::entities::{locate_mentions, Located};
use crate::kb::Kb;

/// Longest title phrase read before or after a name, in tokens.
const MAX_TITLE: usize = 10;

/// Words that end a title phrase.
const STOPS: &[&str] = &[
    "said", "says", "told", "and", "but", "that", "with", "by", "on", "in", "at", "to", "when",
    "while", "after", "before", "as", "who", "which", "is", "was", "has", "had", "will", "would",
    "met", "called", "urged",
];

/// Verbs of a relative clause that make its subject a leader ("who heads the PDKI").
const LEADS: &[&str] = &[
    "heads", "headed", "leads", "led", "chairs", "chaired", "runs", "commands",
];

struct Reader<'a> {
    doc: &'a Document,
    lower: Vec<String>,
    mentions: Vec<Located>,
}

impl<'a> Reader<'a> {
    fn new(doc: &'a Document) -> Self {
        Reader {
            doc,
            lower: doc
                .tokens
                .iter()
                .map(|t| doc.slice(t.span).to_lowercase())
                .collect(),
            mentions: locate_mentions(doc),
        }
    }

    fn etype(&self, id: &str) -> Option<EntityType> {
        self.doc
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.etype)
    }

    /// The country a city stands for when the document names that country
    /// ("Bonn's foreign ministry" is part of Germany), else the entity itself.
    fn country_of(&self, id: &str) -> String {
        let Some(e) = self.doc.entities.iter().find(|e| e.id == id) else {
            return id.to_string();
        };
        let city = e.kb_id.as_deref().is_some_and(|k| k.starts_with("kb:geo:"));
        let country = e.country.as_deref().map(|c| format!("kb:country:{c}"));
        self.doc
            .entities
            .iter()
            .find(|c| city && c.kb_id.is_some() && c.kb_id == country)
            .map_or(id.to_string(), |c| c.id.clone())
    }

    fn span(&self, tokens: Range<usize>) -> Span {
        self.doc.tokens[tokens.start]
            .span
            .cover(&self.doc.tokens[tokens.end - 1].span)
    }

    /// The mention starting at token `k`, if any.
    fn mention_at(&self, k: usize) -> Option<&Located> {
        self.mentions.iter().find(|m| m.tokens.start == k)
    }

    /// The last mention ending at or before token `k` within `sentence`.
    fn mention_before(&self, k: usize, sentence: &Range<usize>) -> Option<&Located> {
        self.mentions
            .iter()
            .rev()
            .find(|m| m.tokens.end <= k && m.tokens.start >= sentence.start)
    }

    /// The first mention starting at or after token `k` within `sentence`.
    fn mention_after(&self, k: usize, sentence: &Range<usize>) -> Option<&Located> {
        self.mentions
            .iter()
            .find(|m| m.tokens.start >= k && m.tokens.end <= sentence.end)
    }

    /// A body (not a person) mentioned inside `tokens`, the last one first.
    fn body_in(&self, tokens: Range<usize>) -> Option<&Located> {
        self.mentions.iter().rev().find(|m| {
            tokens.start <= m.tokens.start
                && m.tokens.end <= tokens.end
                && self.etype(&m.entity) != Some(EntityType::Person)
        })
    }

    fn phrase(&self, tokens: Range<usize>) -> String {
        self.doc.tokens[tokens]
            .iter()
            .map(|t| self.doc.slice(t.span))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn is_stop(&self, k: usize) -> bool {
        let w = self.lower[k].as_str();
        STOPS.contains(&w)
            || (w.chars().all(|c| !c.is_alphanumeric()) && !matches!(w, "-" | "'s" | "’s" | "."))
    }
}

/// Finds every relation and role in `doc`.
pub fn find_relations(doc: &Document) -> Vec<Finding> {
    let reader = Reader::new(doc);
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let range = sentence.tokens.clone();
        for m in reader
            .mentions
            .iter()
            .filter(|m| range.contains(&m.tokens.start))
        {
            if reader.etype(&m.entity) == Some(EntityType::Person) {
                title_before(&reader, m, &range, &mut out);
                title_after(&reader, m, &range, &mut out);
            } else {
                led_by(&reader, m, &range, &mut out);
                possessive_body(&reader, m, &range, &mut out);
            }
        }
        linking_words(&reader, &range, &mut out);
    }
    out
}

/// Records a title held by `holder`, and the relation it implies.
fn title(
    reader: &Reader,
    holder: &str,
    phrase: Range<usize>,
    body: Option<&Located>,
    evidence: Span,
    out: &mut Vec<Finding>,
) -> bool {
    let Some(found) = Kb::get().role_head(&reader.phrase(phrase.clone())) else {
        return false;
    };
    let of = body.map(|b| b.entity.clone());
    // "Former Iranian president": "former" may stand before the body's name too.
    let former = found.former
        || reader.lower[phrase.start..phrase.start + found.words.start]
            .iter()
            .any(|w| matches!(w.as_str(), "former" | "ex" | "onetime" | "erstwhile"));
    out.push(Finding::Role {
        holder: holder.to_string(),
        role: Role {
            title: found.title.clone(),
            of: of.clone(),
            former,
            evidence,
        },
    });
    if let (Some(object), Some(predicate), false) = (of, found.relation, former) {
        out.push(Finding::Relation {
            subject: holder.to_string(),
            predicate,
            object,
            evidence,
        });
    }
    true
}

/// "Russian Prime Minister Viktor Chernomyrdin", "PUK leader Bafel Talabani".
fn title_before(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let mut start = m.tokens.start;
    while start > sentence.start
        && m.tokens.start - start < MAX_TITLE
        && !reader.is_stop(start - 1)
        && !matches!(reader.lower[start - 1].as_str(), "a" | "an" | "the")
    {
        start -= 1;
    }
    if start == m.tokens.start {
        return;
    }
    let phrase = start..m.tokens.start;
    let Some(found) = Kb::get().role_head(&reader.phrase(phrase.clone())) else {
        return;
    };
    // The title must end right before the name.
    if found.words.end != phrase.len() {
        return;
    }
    let body = reader.body_in(start..start + found.words.start);
    let evidence = reader.span(start..m.tokens.end);
    title(reader, &m.entity, phrase, body, evidence, out);
}

/// "Peshawa Hawramani, a spokesperson for the KRG", "Mustafa Hijri, who heads the PDKI".
fn title_after(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let comma = m.tokens.end;
    if comma + 2 >= sentence.end || reader.lower[comma] != "," {
        return;
    }
    let mut start = comma + 1;
    // "who heads the PDKI"
    if reader.lower[start] == "who" {
        let verb = reader.lower.get(start + 1).map(String::as_str);
        if verb.is_some_and(|v| LEADS.contains(&v)) {
            if let Some(body) = reader.mention_after(start + 2, sentence) {
                if body.tokens.start <= start + 4 {
                    out.push(Finding::Relation {
                        subject: m.entity.clone(),
                        predicate: Predicate::LeaderOf,
                        object: body.entity.clone(),
                        evidence: reader.span(m.tokens.start..body.tokens.end),
                    });
                }
            }
            return;
        }
        // "who is (also) the Swiss foreign minister"
        start += 1;
        while start < sentence.end && matches!(reader.lower[start].as_str(), "is" | "was" | "also")
        {
            start += 1;
        }
    }
    while start < sentence.end && matches!(reader.lower[start].as_str(), "a" | "an" | "the") {
        start += 1;
    }
    let mut end = start;
    while end < sentence.end
        && end - start < MAX_TITLE + 4
        && reader.lower[end] != ","
        && reader.lower[end] != "."
    {
        let w = reader.lower[end].as_str();
        if matches!(w, "said" | "says" | "told" | "who" | "which" | "and") {
            break;
        }
        end += 1;
    }
    if end <= start {
        return;
    }
    let phrase = start..end;
    let Some(found) = Kb::get().role_head(&reader.phrase(phrase.clone())) else {
        return;
    };
    if found.words.start > 3 {
        return;
    }
    let body = reader.body_in(phrase.clone());
    let evidence = reader.span(m.tokens.start..end);
    title(reader, &m.entity, phrase, body, evidence, out);
}

/// "the Freedom Party, led by Jan Novak".
fn led_by(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let mut k = m.tokens.end;
    if k < sentence.end && reader.lower[k] == "," {
        k += 1;
    }
    let verb = reader.lower.get(k).map(String::as_str);
    if !matches!(verb, Some("led" | "headed" | "chaired" | "commanded"))
        || reader.lower.get(k + 1).map(String::as_str) != Some("by")
    {
        return;
    }
    if let Some(leader) = reader
        .mention_at(k + 2)
        .filter(|l| reader.etype(&l.entity) == Some(EntityType::Person))
    {
        out.push(Finding::Relation {
            subject: leader.entity.clone(),
            predicate: Predicate::LeaderOf,
            object: m.entity.clone(),
            evidence: reader.span(m.tokens.start..leader.tokens.end),
        });
    }
}

/// "Seoul's unification ministry": a body of a country.
fn possessive_body(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let k = m.tokens.end;
    if k + 1 >= sentence.end || !matches!(reader.lower[k].as_str(), "'s" | "’s") {
        return;
    }
    if reader.etype(&m.entity) != Some(EntityType::Gpe) {
        return;
    }
    if let Some(body) = reader
        .mention_after(k + 1, sentence)
        .filter(|b| b.tokens.start <= k + 3)
    {
        if reader.etype(&body.entity) == Some(EntityType::Org) {
            out.push(Finding::Relation {
                subject: body.entity.clone(),
                predicate: Predicate::PartOf,
                object: reader.country_of(&m.entity),
                evidence: reader.span(m.tokens.start..body.tokens.end),
            });
        }
    }
}

/// "X ... part of Y", "X backed by Y" (not yet "Y-backed X"), "an opponent of Y",
/// "ally of Y", "partner of Y", "its links with Y", "an OSCE member".
fn linking_words(reader: &Reader, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    for k in sentence.clone() {
        let w = reader.lower[k].as_str();
        let next = reader.lower.get(k + 1).map(String::as_str);
        let (predicate, object_from) = match (w, next) {
            ("part", Some("of")) => (Predicate::PartOf, k + 2),
            ("backed", Some("by")) => (Predicate::Supports, k + 2),
            ("opponent" | "opponents" | "critic" | "enemy" | "rival" | "rivals", Some("of")) => {
                (Predicate::Opposes, k + 2)
            }
            ("ally" | "allies" | "partner" | "partners", Some("of"))
            | ("allied" | "partnered", Some("with")) => (Predicate::AlliedWith, k + 2),
            ("links" | "ties" | "link" | "connections", Some("with" | "to")) => {
                (Predicate::LinkedTo, k + 2)
            }
            ("member" | "members", _) => (Predicate::MemberOf, k),
            _ => continue,
        };
        if predicate == Predicate::MemberOf {
            // "Russia was an OSCE member": the body right before "member".
            let Some(body) = reader
                .mention_before(k, sentence)
                .filter(|b| b.tokens.end == k)
            else {
                continue;
            };
            let Some(subject) = reader.mention_before(body.tokens.start, sentence) else {
                continue;
            };
            out.push(Finding::Relation {
                subject: subject.entity.clone(),
                predicate,
                object: body.entity.clone(),
                evidence: reader.span(subject.tokens.start..k + 1),
            });
            continue;
        }
        let Some(object) = reader
            .mention_after(object_from, sentence)
            .filter(|o| o.tokens.start <= object_from + 3)
        else {
            continue;
        };
        let Some(subject) = reader.mention_before(k, sentence) else {
            continue;
        };
        let (subject, object) = if predicate == Predicate::Supports {
            (object, subject) // "X backed by Y": Y supports X
        } else {
            (subject, object)
        };
        let evidence = reader.span(
            subject.tokens.start.min(object.tokens.start)
                ..subject.tokens.end.max(object.tokens.end),
        );
        out.push(Finding::Relation {
            subject: subject.entity.clone(),
            predicate,
            object: object.entity.clone(),
            evidence,
        });
    }
}
