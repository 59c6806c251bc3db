//! Cross-article actor resolution: the entities of many documents become
//! canonical actors.
//!
//! Two entities are one actor when they share a knowledge-base id, a full
//! name or alias of the same kind of actor, or an acronym and the name it
//! abbreviates. A bare surname joins a person only when exactly one person in
//! the corpus carries that surname and the two documents share another actor.
//! Entities with different knowledge-base ids are never merged; two people who
//! share a surname are never merged on that alone.

use std::collections::{BTreeSet, HashMap};

use super::records::EntityRow;

/// A canonical actor across documents.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// Stable id: the knowledge-base id, else a slug of the name.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    pub etype: String,
    /// Every surface form seen, sorted.
    pub aliases: Vec<String>,
    /// Knowledge-base id.
    pub kb_id: Option<String>,
    /// Country (ISO alpha-3), the most frequent given.
    pub country: Option<String>,
    /// The document entities it gathers, as `(doc_id, entity_id)`.
    pub members: Vec<(String, String)>,
}

/// The actors of a corpus and the map from document entities to them.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// Actors, ordered by name.
    pub list: Vec<Actor>,
    index: HashMap<(String, String), usize>,
}

impl Actors {
    /// The actor a document's entity belongs to.
    pub fn of(&self, doc_id: &str, entity_id: &str) -> Option<usize> {
        self.index
            .get(&(doc_id.to_string(), entity_id.to_string()))
            .copied()
    }

    /// Actors whose id, name or an alias is `query` (case and punctuation
    /// ignored).
    pub fn find(&self, query: &str) -> Vec<usize> {
        let wanted = normalize(query);
        (0..self.list.len())
            .filter(|&i| {
                let a = &self.list[i];
                a.id.eq_ignore_ascii_case(query.trim())
                    || normalize(&a.name) == wanted
                    || a.aliases.iter().any(|x| normalize(x) == wanted)
            })
            .collect()
    }
}

/// Normalises a name for comparison: lower case, no dots, apostrophes or
/// possessive `'s`, other punctuation as spaces, no leading "the".
pub fn normalize(name: &str) -> String {
    let lower = name.to_lowercase().replace(['’', '\''], "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    let cleaned: String = lower
        .chars()
        .filter(|c| *c != '.' && *c != '\'')
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// Titles that do not tell people apart: "President Trump" is just "Trump".
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "president",
    "prime",
    "minister",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "king",
    "queen",
    "prince",
    "sheikh",
    "lt",
    "col",
    "colonel",
    "maj",
    "major",
    "capt",
    "captain",
    "chancellor",
    "premier",
    "ayatollah",
];

/// A person's normalised name without leading titles.
fn person_name(norm: &str) -> String {
    let words: Vec<&str> = norm.split(' ').collect();
    let first_real = words
        .iter()
        .position(|w| !HONORIFICS.contains(w))
        .unwrap_or(words.len().saturating_sub(1));
    words[first_real..].join(" ")
}

/// The group of types that may name the same actor.
fn type_group(etype: &str) -> &str {
    match etype {
        "GPE" | "LOC" => "PLACE",
        other => other,
    }
}

const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "in", "de", "du", "la", "&"];

/// The acronym a form is, or abbreviates: "PUK", "U.S." or the initials of
/// "Patriotic Union of Kurdistan".
fn acronym(form: &str) -> Option<String> {
    let letters: String = form.chars().filter(|c| *c != '.').collect();
    if (2..=6).contains(&letters.chars().count())
        && letters
            .chars()
            .all(|c| c.is_uppercase() && c.is_alphabetic())
    {
        return Some(letters);
    }
    let words: Vec<&str> = form
        .split_whitespace()
        .filter(|w| !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

struct Clusters {
    parent: Vec<usize>,
    kb: Vec<Option<String>>,
}

impl Clusters {
    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the clusters of `a` and `b` unless their knowledge-base ids differ.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return true;
        }
        match (&self.kb[ra], &self.kb[rb]) {
            (Some(x), Some(y)) if x != y => return false,
            (None, Some(_)) => self.kb[ra] = self.kb[rb].clone(),
            _ => {}
        }
        self.parent[rb] = ra;
        true
    }
}

/// Resolves entities into actors.
pub fn resolve(entities: &[EntityRow]) -> Actors {
    let mut clusters = Clusters {
        parent: (0..entities.len()).collect(),
        kb: entities.iter().map(|e| e.kb_id.clone()).collect(),
    };
    let mut first_with_key: HashMap<String, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        for key in keys(e) {
            match first_with_key.get(&key) {
                Some(&j) => {
                    clusters.join(j, i);
                }
                None => {
                    first_with_key.insert(key, i);
                }
            }
        }
    }
    join_surnames(entities, &mut clusters);
    build(entities, &mut clusters)
}

/// The keys that identify an entity: knowledge-base id, full names, acronyms.
fn keys(e: &EntityRow) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(kb) = &e.kb_id {
        keys.push(format!("kb:{kb}"));
    }
    let group = type_group(&e.etype);
    let person = e.etype == "PERSON";
    for form in std::iter::once(&e.name).chain(&e.aliases) {
        let norm = normalize(form);
        let norm = if person { person_name(&norm) } else { norm };
        if norm.is_empty() || (person && !norm.contains(' ')) {
            continue;
        }
        keys.push(format!("name:{group}:{norm}"));
        if !person {
            if let Some(acr) = acronym(form) {
                keys.push(format!("acr:{acr}"));
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Joins a person known only by one name to the single person of the corpus
/// with that surname, when their documents share another actor.
fn join_surnames(entities: &[EntityRow], clusters: &mut Clusters) {
    let person_forms = |e: &EntityRow| -> Vec<String> {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|f| person_name(&normalize(f)))
            .filter(|f| !f.is_empty())
            .collect()
    };
    let mut full_forms: HashMap<usize, bool> = HashMap::new();
    let mut surname_owners: HashMap<String, BTreeSet<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.etype != "PERSON" {
            continue;
        }
        let root = clusters.root(i);
        for form in person_forms(e) {
            if let Some((_, surname)) = form.rsplit_once(' ') {
                full_forms.insert(root, true);
                surname_owners
                    .entry(surname.to_string())
                    .or_default()
                    .insert(root);
            }
        }
    }
    // Roots of the actors of each document, for context.
    let mut doc_actors: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        let root = clusters.root(i);
        doc_actors.entry(&e.doc_id).or_default().insert(root);
    }
    let mut root_docs: HashMap<usize, BTreeSet<&str>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        let root = clusters.root(i);
        root_docs.entry(root).or_default().insert(&e.doc_id);
    }
    for (i, e) in entities.iter().enumerate() {
        let root = clusters.root(i);
        if e.etype != "PERSON" || full_forms.contains_key(&root) {
            continue;
        }
        let name = person_name(&normalize(&e.name));
        let Some(owners) = surname_owners.get(&name) else {
            continue;
        };
        if owners.len() != 1 {
            continue;
        }
        let owner = *owners.iter().next().expect("one owner");
        let here: BTreeSet<usize> = doc_actors[e.doc_id.as_str()]
            .iter()
            .copied()
            .filter(|&r| r != root && r != owner)
            .collect();
        let shares_context = root_docs[&owner].iter().any(|d| {
            doc_actors[d]
                .iter()
                .any(|r| *r != root && *r != owner && here.contains(r))
        });
        if shares_context {
            clusters.join(owner, i);
        }
    }
}

fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            (
                a.1,
                a.0.split_whitespace().count(),
                a.0.len(),
                std::cmp::Reverse(a.0),
            )
                .cmp(&(
                    b.1,
                    b.0.split_whitespace().count(),
                    b.0.len(),
                    std::cmp::Reverse(b.0),
                ))
        })
        .map(|(v, _)| v)
}

fn slug(name: &str) -> String {
    let s = normalize(name).replace(' ', "-");
    if s.is_empty() {
        "actor".into()
    } else {
        s
    }
}

fn build(entities: &[EntityRow], clusters: &mut Clusters) -> Actors {
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..entities.len() {
        let root = clusters.root(i);
        groups.entry(root).or_default().push(i);
    }
    let mut list: Vec<Actor> = groups
        .into_iter()
        .map(|(root, members)| {
            let of = |f: fn(&EntityRow) -> Option<&str>| {
                most_common(members.iter().filter_map(|&i| f(&entities[i]))).map(str::to_string)
            };
            let name = of(|e| Some(e.name.as_str())).unwrap_or_default();
            let aliases: BTreeSet<String> = members
                .iter()
                .flat_map(|&i| std::iter::once(&entities[i].name).chain(&entities[i].aliases))
                .cloned()
                .collect();
            let mut pairs: Vec<(String, String)> = members
                .iter()
                .map(|&i| (entities[i].doc_id.clone(), entities[i].id.clone()))
                .collect();
            pairs.sort();
            Actor {
                id: String::new(),
                name,
                etype: of(|e| Some(e.etype.as_str())).unwrap_or_default(),
                aliases: aliases.into_iter().collect(),
                kb_id: clusters.kb[root].clone(),
                country: of(|e| e.country.as_deref()),
                members: pairs,
            }
        })
        .collect();
    list.sort_by(|a, b| {
        (a.name.to_lowercase(), &a.members).cmp(&(b.name.to_lowercase(), &b.members))
    });
    let mut used: HashMap<String, usize> = HashMap::new();
    for actor in &mut list {
        let base = actor.kb_id.clone().unwrap_or_else(|| slug(&actor.name));
        let n = used.entry(base.clone()).or_default();
        *n += 1;
        actor.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
    let mut index = HashMap::new();
    for (i, actor) in list.iter().enumerate() {
        for pair in &actor.members {
            index.insert(pair.clone(), i);
        }
    }
    Actors { list, index }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(doc: &str, id: &str, name: &str, etype: &str, aliases: &[&str]) -> EntityRow {
        EntityRow {
            doc_id: doc.into(),
            id: id.into(),
            name: name.into(),
            etype: etype.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        }
    }

    fn with_kb(mut e: EntityRow, kb: &str) -> EntityRow {
        e.kb_id = Some(kb.into());
        e
    }

    fn names(actors: &Actors) -> Vec<(String, usize)> {
        actors
            .list
            .iter()
            .map(|a| (a.name.clone(), a.members.len()))
            .collect()
    }

    #[test]
    fn normalises_names() {
        assert_eq!(normalize("The U.S. Army's"), "us army");
        assert_eq!(
            normalize("  Recep  Tayyip-Erdoğan "),
            "recep tayyip erdoğan"
        );
        assert_eq!(normalize("The"), "the");
    }

    #[test]
    fn finds_acronyms() {
        assert_eq!(acronym("PUK").as_deref(), Some("PUK"));
        assert_eq!(acronym("U.S.").as_deref(), Some("US"));
        assert_eq!(
            acronym("Patriotic Union of Kurdistan").as_deref(),
            Some("PUK")
        );
        assert_eq!(acronym("Kurdistan"), None);
    }

    #[test]
    fn one_name_across_documents_is_one_actor_with_every_member() {
        let actors = resolve(&[
            ent(
                "d1",
                "e1",
                "Donald Trump",
                "PERSON",
                &["Donald Trump", "Trump"],
            ),
            ent("d2", "e4", "Donald Trump", "PERSON", &["Donald J. Trump"]),
            ent("d2", "e5", "Iran", "GPE", &["Iran"]),
        ]);
        assert_eq!(
            names(&actors),
            [("Donald Trump".into(), 2), ("Iran".into(), 1)]
        );
        let trump = &actors.list[0];
        assert_eq!(trump.id, "donald-trump");
        assert!(trump.aliases.contains(&"Donald J. Trump".to_string()));
        assert_eq!(actors.of("d2", "e4"), Some(0));
        assert_eq!(actors.find("trump"), [0]);
    }

    #[test]
    fn acronyms_join_the_names_they_abbreviate() {
        let actors = resolve(&[
            ent("d1", "e1", "Patriotic Union of Kurdistan", "ORG", &[]),
            ent("d2", "e1", "PUK", "ORG", &["PUK"]),
        ]);
        assert_eq!(names(&actors), [("Patriotic Union of Kurdistan".into(), 2)]);
    }

    #[test]
    fn knowledge_base_ids_join_spellings_and_keep_namesakes_apart() {
        let actors = resolve(&[
            with_kb(
                ent("d1", "e1", "Recep Tayyip Erdogan", "PERSON", &[]),
                "Q39259",
            ),
            with_kb(ent("d2", "e1", "Erdoğan", "PERSON", &[]), "Q39259"),
            with_kb(ent("d3", "e1", "John Smith", "PERSON", &[]), "Q1"),
            with_kb(ent("d4", "e1", "John Smith", "PERSON", &[]), "Q2"),
        ]);
        assert_eq!(actors.list.len(), 3);
        let erdogan = &actors.list[actors.find("Q39259")[0]];
        assert_eq!(erdogan.members.len(), 2);
        assert_eq!(erdogan.name, "Recep Tayyip Erdogan");
        let smiths = actors.find("john smith");
        assert_eq!(smiths.len(), 2);
        assert_ne!(actors.list[smiths[0]].id, actors.list[smiths[1]].id);
    }

    #[test]
    fn a_surname_joins_the_only_person_bearing_it_when_context_is_shared() {
        let actors = resolve(&[
            ent("d1", "e1", "Jalal Talabani", "PERSON", &[]),
            ent("d1", "e2", "PUK", "ORG", &[]),
            ent("d2", "e1", "Talabani", "PERSON", &[]),
            ent("d2", "e2", "PUK", "ORG", &[]),
        ]);
        assert_eq!(
            names(&actors),
            [("Jalal Talabani".into(), 2), ("PUK".into(), 2)]
        );
    }

    #[test]
    fn a_surname_without_shared_context_stays_apart() {
        let actors = resolve(&[
            ent("d1", "e1", "Jalal Talabani", "PERSON", &[]),
            ent("d2", "e1", "Talabani", "PERSON", &[]),
        ]);
        assert_eq!(actors.list.len(), 2);
    }

    #[test]
    fn titles_do_not_make_a_full_name() {
        assert_eq!(person_name("president donald trump"), "donald trump");
        assert_eq!(person_name("mr trump"), "trump");
        assert_eq!(person_name("general"), "general");
        let actors = resolve(&[
            ent("d1", "e1", "Mr. Trump", "PERSON", &[]),
            ent("d2", "e1", "Mr. Trump", "PERSON", &[]),
        ]);
        assert_eq!(actors.list.len(), 2);
    }

    #[test]
    fn people_sharing_a_surname_are_never_merged() {
        let actors = resolve(&[
            ent("d1", "e1", "Donald Trump", "PERSON", &["Trump"]),
            ent("d1", "e2", "White House", "ORG", &[]),
            ent("d2", "e1", "Ivanka Trump", "PERSON", &["Trump"]),
            ent("d2", "e2", "White House", "ORG", &[]),
            ent("d3", "e1", "Trump", "PERSON", &[]),
            ent("d3", "e2", "White House", "ORG", &[]),
        ]);
        assert_eq!(
            names(&actors),
            [
                ("Donald Trump".into(), 1),
                ("Ivanka Trump".into(), 1),
                ("Trump".into(), 1),
                ("White House".into(), 3)
            ]
        );
    }
}
