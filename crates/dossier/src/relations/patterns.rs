//! The relation shapes, read over tokens and located entity mentions.

use std::ops::Range;

use super::Finding;
use crate::claims::is_quote_mark;
use crate::document::{Document, EntityType, Predicate, Role, Span, Upos};
use crate::entities::{locate_mentions, prefixed_name, Located};
use crate::kb::Kb;

/// Longest title phrase read before or after a name, in tokens.
const MAX_TITLE: usize = 10;

/// Words that end a title phrase.
const STOPS: &[&str] = &[
    "said", "says", "told", "and", "but", "that", "with", "by", "on", "in", "at", "to", "when",
    "while", "after", "before", "as", "who", "which", "is", "was", "has", "had", "will", "would",
    "met", "called", "urged",
];

/// Words that may stand between a name and "part of" it is the subject of.
const PART_OF_LINKS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "remain",
    "remains",
    "remained",
    "become",
    "became",
    "must",
    "would",
    "should",
    "will",
    "can",
    "to",
    "a",
    "an",
    "as",
    ",",
    "still",
    "now",
    "also",
    "already",
    "formally",
    "officially",
    "not",
    "considered",
    "seen",
    "regarded",
    "recognised",
    "recognized",
    "deemed",
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

    /// The entity called `name` in the document, as the country a city
    /// stands for where the document names that country.
    fn entity_named(&self, name: &str) -> Option<String> {
        self.doc
            .entities
            .iter()
            .find(|e| e.aliases.iter().any(|a| a == name))
            .map(|e| self.country_of(&e.id))
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

    /// A body (not a person) mentioned inside `tokens`, the last one first;
    /// not the name in a hyphenated modifier ("the Texas-born senator").
    fn body_in(&self, tokens: Range<usize>) -> Option<&Located> {
        self.mentions.iter().rev().find(|m| {
            tokens.start <= m.tokens.start
                && m.tokens.end <= tokens.end
                && self.etype(&m.entity) != Some(EntityType::Person)
                && self.lower.get(m.tokens.end).map(String::as_str) != Some("-")
                && !self.is_posting(m.tokens.start)
        })
    }

    /// Whether the name at token `k` is where an envoy is posted, not whom
    /// the envoy serves: "Israel's ambassador to Egypt", "envoy to the U.N.".
    fn is_posting(&self, k: usize) -> bool {
        let word = |j: usize| self.lower.get(j).map_or("", String::as_str);
        let to = if word(k.wrapping_sub(1)) == "the" {
            k.wrapping_sub(2)
        } else {
            k.wrapping_sub(1)
        };
        word(to) == "to" && to >= 1 && POSTED.iter().any(|p| word(to - 1).starts_with(p))
    }

    fn phrase(&self, tokens: Range<usize>) -> String {
        self.doc.tokens[tokens]
            .iter()
            .map(|t| self.doc.slice(t.span))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A finite verb or auxiliary ("quoted", "had"): no title runs across one.
    fn is_finite_verb(&self, k: usize) -> bool {
        let token = &self.doc.tokens[k];
        matches!(token.upos, Some(Upos::Verb | Upos::Aux))
            && matches!(token.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
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
                of_body(&reader, m, &range, &mut out);
            } else {
                led_by(&reader, m, &range, &mut out);
                possessive_body(&reader, m, &range, &mut out);
            }
        }
        linking_words(&reader, &range, &mut out);
        hyphenated_modifiers(&reader, &range, &mut out);
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
    let title_tokens = phrase.start + found.words.start..phrase.start + found.words.end;
    let descriptive = found.relation == Some(Predicate::LeaderOf)
        && body.is_some_and(|b| !leads_plainly(reader, &title_tokens, b));
    if let (Some(object), Some(predicate), false, false) = (of, found.relation, former, descriptive)
    {
        out.push(Finding::Relation {
            subject: holder.to_string(),
            predicate,
            object,
            evidence,
        });
    }
    true
}

/// Military ranks, which a title of function before them outranks.
const RANKS: &[&str] = &[
    "general",
    "colonel",
    "brigadier",
    "major",
    "captain",
    "lieutenant",
    "sergeant",
];

/// Titles of people posted to a country or a body they do not belong to.
const POSTED: &[&str] = &[
    "ambassador",
    "envoy",
    "emissary",
    "representative",
    "delegate",
];

/// Lower-case words that name or qualify the body a title leads ("Sinn Fein
/// party president", "leader of the main opposition National Congress",
/// "general secretary of the ruling Communist Party").
const BODY_WORDS: &[&str] = &["party", "opposition", "ruling", "main", "governing"];

/// Whether the title at `title` leads `body` itself rather than something
/// a word between them names: "PUK leader", "Iraqi Kurdish Prime Minister"
/// and "leader of the PUK", but not "Burma's democracy leader", "the U.S.
/// black leader" or "a police commander in Tacambaro".
fn leads_plainly(reader: &Reader, title: &Range<usize>, body: &Located) -> bool {
    let before = body.tokens.end <= title.start;
    let between = if before {
        body.tokens.end..title.start
    } else {
        title.end..body.tokens.start
    };
    // After the title an adjective only describes the body ("chairman of the
    // powerful Senate Banking Committee").
    let adjective = |k: usize| !before && reader.doc.tokens[k].upos == Some(Upos::Adj);
    // "the Islamic Group and its leader": the possessive names the body.
    if title.start > 0 && matches!(reader.lower[title.start - 1].as_str(), "its" | "their") {
        return true;
    }
    let named = |k: usize| reader.mentions.iter().any(|m| m.tokens.contains(&k));
    between.clone().all(|k| {
        let word = reader.doc.slice(reader.doc.tokens[k].span);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        capitalised
            || named(k)
            || adjective(k)
            || matches!(
                reader.lower[k].as_str(),
                "'s" | "’s" | "of" | "the" | "for" | "(" | ")"
            )
            || BODY_WORDS.contains(&reader.lower[k].as_str())
    })
}

/// "Russian Prime Minister Viktor Chernomyrdin", "PUK leader Bafel Talabani".
fn title_before(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    // "Botswana's envoy, Mothusi Nkgowe,": a title in apposition before the name.
    let apposed = m.tokens.start > sentence.start + 1 && reader.lower[m.tokens.start - 1] == ",";
    let end = m.tokens.start - usize::from(apposed);
    let mut start = end;
    while start > sentence.start
        && end - start < MAX_TITLE
        && !reader.is_stop(start - 1)
        && !reader.is_finite_verb(start - 1)
        && !matches!(reader.lower[start - 1].as_str(), "a" | "an" | "the")
    {
        start -= 1;
    }
    if start == end {
        return;
    }
    let mut phrase = start..end;
    let Some(mut found) = Kb::get().role_head(&reader.phrase(phrase.clone())) else {
        return;
    };
    // The title must end right before the name.
    if found.words.end != phrase.len() {
        return;
    }
    // "NATO spokesman Lieutenant Colonel Max Marriner", "Brigade Commander
    // Major Fallah Sewa": a rank after the title says what he is of the body.
    if RANKS.contains(&found.role.title) && found.words.start > 0 {
        let before = start..start + found.words.start;
        if let Some(function) = Kb::get()
            .role_head(&reader.phrase(before.clone()))
            .filter(|f| f.words.end == before.len() && !RANKS.contains(&f.role.title))
        {
            phrase = before;
            found = function;
        }
    }
    let body = reader
        .body_in(start..start + found.words.start)
        .or_else(|| {
            // "the Islamic Group and its leader Rami al-Saadani": the body
            // named last before the possessive.
            let possessive = matches!(reader.lower[start].as_str(), "its" | "their");
            let earlier = || reader.mention_before(start, sentence);
            possessive
                .then(earlier)
                .flatten()
                .filter(|b| reader.etype(&b.entity) == Some(EntityType::Org))
        });
    if apposed && body.is_none() {
        return; // "the envoy, Nkgowe": whose envoy is not said
    }
    let evidence = reader.span(start..m.tokens.end);
    title(reader, &m.entity, phrase, body, evidence, out);
}

/// "Peshawa Hawramani, a spokesperson for the KRG", "Mustafa Hijri, who heads the PDKI".
fn title_after(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let comma = m.tokens.end;
    if comma + 2 >= sentence.end || reader.lower[comma] != "," {
        return;
    }
    // "... President Mubarak,\" one PLO official said": the quotation ends
    // at the comma, and what follows is its speaker.
    if is_quote_mark(&reader.lower[comma + 1]) {
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
        // A name is read whole: "the chairman of the Organisation for
        // Security and Cooperation in Europe".
        if let Some(name) = reader.mention_at(end) {
            end = name.tokens.end.min(sentence.end);
            continue;
        }
        let w = reader.lower[end].as_str();
        if matches!(w, "said" | "says" | "told" | "who" | "which" | "and")
            || reader.is_finite_verb(end)
        {
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

/// "Faik Nerweyi of the Kurdistan Democratic Party": a member of an
/// organisation named right after the person.
fn of_body(reader: &Reader, m: &Located, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    let mut k = m.tokens.end;
    if reader.lower.get(k).map(String::as_str) != Some("of") {
        return;
    }
    k += 1;
    if reader.lower.get(k).map(String::as_str) == Some("the") {
        k += 1;
    }
    let Some(body) = reader
        .mention_at(k)
        .filter(|b| b.tokens.end <= sentence.end)
    else {
        return;
    };
    if reader.etype(&body.entity) == Some(EntityType::Org) {
        out.push(Finding::Relation {
            subject: m.entity.clone(),
            predicate: Predicate::MemberOf,
            object: body.entity.clone(),
            evidence: reader.span(m.tokens.start..body.tokens.end),
        });
    }
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
    // "led by Jan Novak", "led by former Prime Minister Tony Blair", "led by
    // U.S. President Bill Clinton": the first person before a break.
    let leader = (k + 2..sentence.end.min(k + 8))
        .take_while(|&t| !reader.is_stop(t) || reader.lower[t] == ".")
        .filter_map(|t| reader.mention_at(t))
        .find(|l| reader.etype(&l.entity) == Some(EntityType::Person));
    if let Some(leader) = leader {
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

/// What a hyphenated modifier says of the name it holds (X) and the name
/// it modifies (Y): "X-backed Y" is X supports Y, and so on.
fn modifier_relation(word: &str) -> Option<(Predicate, bool)> {
    // (predicate, whether X is the subject)
    Some(match word {
        "based" | "headquartered" => (Predicate::LocatedIn, false),
        "backed" | "funded" | "financed" | "sponsored" | "supported" | "armed" => {
            (Predicate::Supports, true)
        }
        "led" => (Predicate::LeaderOf, true),
        "allied" | "aligned" => (Predicate::AlliedWith, false),
        "linked" | "affiliated" => (Predicate::LinkedTo, false),
        "pro" => (Predicate::Supports, false),
        "anti" => (Predicate::Opposes, false),
        _ => return None,
    })
}

/// The name a hyphenated modifier qualifies: the mention right after it or
/// after a title, past a people adjective when a name follows that
/// ("Iran-backed Shiite Hezbollah"); none for a common noun ("the Saudi-led
/// coalition in Yemen").
fn modified<'r>(reader: &'r Reader, from: usize, sentence: &Range<usize>) -> Option<&'r Located> {
    // Past a title: "pro-Moscow leader Doku Zavgayev".
    let titled = |m: &&Located| {
        m.tokens.start <= from + 3
            && (from..m.tokens.start).all(|t| Kb::get().role(&reader.lower[t]).is_some())
    };
    let first = reader.mention_after(from, sentence).filter(titled)?;
    if reader.etype(&first.entity) != Some(EntityType::Norp) {
        return Some(first);
    }
    reader
        .mention_after(first.tokens.end, sentence)
        .filter(|m| m.tokens.start == first.tokens.end)
        .or(Some(first))
}

/// "the Iran-backed Hezbollah", "the Vienna-based OSCE", "a Saudi-led
/// coalition", "pro-Moscow leaders": the name in the modifier and the name
/// it modifies.
fn hyphenated_modifiers(reader: &Reader, sentence: &Range<usize>, out: &mut Vec<Finding>) {
    for k in sentence.clone() {
        let word = reader.doc.slice(reader.doc.tokens[k].span);
        let (holder, relation, after, start) = if let Some(name) = prefixed_name(word) {
            let prefix = reader.lower[k].split('-').next().unwrap_or_default();
            let Some(holder) = reader.entity_named(name) else {
                continue;
            };
            (holder, modifier_relation(prefix), k + 1, k)
        } else if reader.lower[k] == "-" && k > sentence.start && k + 1 < sentence.end {
            let tokens = &reader.doc.tokens;
            let glued = tokens[k - 1].span.end == tokens[k].span.start
                && tokens[k].span.end == tokens[k + 1].span.start;
            let participle = reader.lower[k + 1].as_str();
            let holder = reader
                .mention_before(k, sentence)
                .filter(|m| m.tokens.end == k && glued);
            let Some(holder) = holder else {
                continue;
            };
            let relation = modifier_relation(participle);
            (holder.entity.clone(), relation, k + 2, holder.tokens.start)
        } else {
            continue;
        };
        let Some((predicate, holder_first)) = relation else {
            continue;
        };
        let Some(other) = modified(reader, after, sentence) else {
            continue;
        };
        let holder = reader.country_of(&holder);
        let (subject, object) = if holder_first {
            (holder, other.entity.clone())
        } else {
            (other.entity.clone(), holder)
        };
        out.push(Finding::Relation {
            subject,
            predicate,
            object,
            evidence: reader.span(start..other.tokens.end),
        });
    }
}

/// Verbs and nouns before "ties" that end them ("cut diplomatic ties").
const ENDED_TIES: &[&str] = &[
    "cut",
    "cuts",
    "cutting",
    "sever",
    "severed",
    "severs",
    "severing",
    "broke",
    "break",
    "breaks",
    "breaking",
    "suspended",
    "suspend",
    "downgraded",
    "froze",
    "frozen",
    "rupture",
    "no",
];

/// "X ... part of Y", "X backed by Y", "an opponent of Y",
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
            // Not "cut diplomatic ties with Sudan", "severed links with".
            ("links" | "ties" | "link" | "connections", Some("with" | "to"))
                if !reader.lower[k.saturating_sub(3).max(sentence.start)..k]
                    .iter()
                    .any(|w| ENDED_TIES.contains(&w.as_str())) =>
            {
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
            let Some(subject) = reader
                .mention_before(body.tokens.start, sentence)
                .filter(|s| body.tokens.start - s.tokens.end <= 3)
            else {
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
        // "Chechnya must remain part of Russia", "Chechnya as a part of the
        // Russian Federation", not "Israel strip off a part of Lebanon".
        if predicate == Predicate::PartOf
            && !(subject.tokens.end..k).all(|j| PART_OF_LINKS.contains(&reader.lower[j].as_str()))
        {
            continue;
        }
        let (subject, object) = if predicate == Predicate::Supports {
            (object, subject) // "X backed by Y": Y supports X
        } else {
            (subject, object)
        };
        // "part of the Soviet-led Warsaw Pact": a word that names no actor.
        let misc = |m: &Located| reader.etype(&m.entity) == Some(EntityType::Misc);
        if misc(subject) || misc(object) {
            continue;
        }
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
