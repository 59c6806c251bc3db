//! Claim matching across articles: claims that state the same thing are
//! grouped, and each group gets a standing.
//!
//! Two claims state the same thing when they rest on the same event (type,
//! source and target actors) or the same relation, or when their contents
//! name the same actors in close wording. A group is **disputed** when one
//! claim confirms what another denies, **denied** when its claims only deny,
//! **corroborated** when two supporting claims come from different outlets and
//! different original sources, and **single-source** otherwise. A document
//! without a known outlet cannot count as a different outlet.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use super::records::Records;
use super::resolve::Actors;

/// How well a group of claims stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// Two or more independent sources support it.
    Corroborated,
    /// Supported by one source (or by sources that are not independent).
    SingleSource,
    /// Supported by one source and denied by another.
    Disputed,
    /// Only denied.
    Denied,
}

impl Standing {
    /// Every standing.
    pub const ALL: [Standing; 4] = [
        Standing::Corroborated,
        Standing::SingleSource,
        Standing::Disputed,
        Standing::Denied,
    ];

    /// The name used on the command line and in exports.
    pub fn name(self) -> &'static str {
        match self {
            Standing::Corroborated => "corroborated",
            Standing::SingleSource => "single-source",
            Standing::Disputed => "disputed",
            Standing::Denied => "denied",
        }
    }

    /// The standing called `name`.
    pub fn parse(name: &str) -> Option<Standing> {
        Standing::ALL.into_iter().find(|s| s.name() == name)
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Claims stating the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimGroup {
    /// Stable id, from its first claim.
    pub id: String,
    /// Its standing.
    pub standing: Standing,
    /// Indices into [`Records::claims`], in document order.
    pub claims: Vec<usize>,
    /// The distinct original sources of its claims.
    pub sources: Vec<String>,
    /// The distinct outlets of its claims (known ones).
    pub outlets: Vec<String>,
}

/// What a claim is about, for matching.
struct Features {
    anchors: BTreeSet<String>,
    actors: BTreeSet<usize>,
    words: BTreeSet<String>,
}

const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "that",
    "this",
    "with",
    "for",
    "from",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "not",
    "but",
    "its",
    "his",
    "her",
    "their",
    "they",
    "them",
    "been",
    "will",
    "would",
    "could",
    "did",
    "does",
    "any",
    "all",
    "who",
    "which",
    "there",
    "than",
    "into",
    "about",
    "also",
    "said",
    "says",
    "denied",
    "denies",
    "deny",
    "confirmed",
    "confirms",
    "claimed",
    "never",
    "no",
];

fn words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2 && !STOPWORDS.contains(w))
        .map(str::to_string)
        .collect()
}

fn features(records: &Records, actors: &Actors) -> Vec<Features> {
    let actor = |doc: &str, entity: &str| {
        actors
            .of(doc, entity)
            .map_or_else(|| format!("{doc}/{entity}"), |i| actors.list[i].id.clone())
    };
    let mut anchors: HashMap<(&str, &str), BTreeSet<String>> = HashMap::new();
    for v in &records.events {
        if let Some(claim) = &v.claim {
            let side = |ids: &[String]| {
                let set: BTreeSet<String> = ids.iter().map(|e| actor(&v.doc_id, e)).collect();
                set.into_iter().collect::<Vec<_>>().join("+")
            };
            anchors
                .entry((&v.doc_id, claim))
                .or_default()
                .insert(format!(
                    "event:{}:{}:{}",
                    v.etype,
                    side(&v.sources),
                    side(&v.targets)
                ));
        }
    }
    for r in &records.relations {
        if let Some(claim) = &r.claim {
            anchors
                .entry((&r.doc_id, claim))
                .or_default()
                .insert(format!(
                    "relation:{}:{}:{}",
                    actor(&r.doc_id, &r.subject),
                    r.predicate,
                    actor(&r.doc_id, &r.object)
                ));
        }
    }
    let mut mentions: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for m in &records.mentions {
        if let Some(a) = actors.of(&m.doc_id, &m.entity_id) {
            mentions
                .entry(&m.doc_id)
                .or_default()
                .push((m.start, m.end, a));
        }
    }
    records
        .claims
        .iter()
        .map(|c| {
            let in_content = match (c.content_start, c.content_end) {
                (Some(s), Some(e)) => mentions
                    .get(c.doc_id.as_str())
                    .map(|ms| {
                        ms.iter()
                            .filter(|(ms, me, _)| *ms >= s && *me <= e)
                            .map(|m| m.2)
                            .collect()
                    })
                    .unwrap_or_default(),
                _ => BTreeSet::new(),
            };
            Features {
                anchors: anchors
                    .get(&(c.doc_id.as_str(), c.id.as_str()))
                    .cloned()
                    .unwrap_or_default(),
                actors: in_content,
                words: c.content.as_deref().map(words).unwrap_or_default(),
            }
        })
        .collect()
}

/// How close two wordings must be: the Jaccard similarity of their content
/// words, stricter when the contents name no actor.
fn needed_similarity(actors: &BTreeSet<usize>) -> f64 {
    if actors.is_empty() {
        0.7
    } else {
        0.5
    }
}

/// Words this common within a bucket do not propose candidate pairs on their own.
const COMMON_WORD: usize = 500;

struct Parents(Vec<usize>);

impl Parents {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Groups the claims of `records` and gives each group its standing.
pub fn group_claims(records: &Records, actors: &Actors) -> Vec<ClaimGroup> {
    let features = features(records, actors);
    let n = records.claims.len();
    let mut parents = Parents((0..n).collect());
    // Claims resting on the same event or relation.
    let mut by_anchor: HashMap<&str, usize> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        for anchor in &f.anchors {
            match by_anchor.get(anchor.as_str()) {
                Some(&j) => parents.join(j, i),
                None => {
                    by_anchor.insert(anchor, i);
                }
            }
        }
    }
    // Claims naming the same actors in close wording, compared within buckets
    // of equal actor sets through an index of their words.
    let mut buckets: HashMap<&BTreeSet<usize>, Vec<usize>> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        if !f.words.is_empty() {
            buckets.entry(&f.actors).or_default().push(i);
        }
    }
    for (actor_set, claims) in buckets {
        let needed = needed_similarity(actor_set);
        let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
        for &i in &claims {
            for w in &features[i].words {
                postings.entry(w).or_default().push(i);
            }
        }
        for &i in &claims {
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for w in &features[i].words {
                let list = &postings[w.as_str()];
                if list.len() > COMMON_WORD {
                    continue;
                }
                for &j in list.iter().filter(|&&j| j > i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
            for (j, common) in shared {
                let union = features[i].words.len() + features[j].words.len() - common;
                if common as f64 / union as f64 >= needed {
                    parents.join(i, j);
                }
            }
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let r = parents.root(i);
        members[r].push(i);
    }
    let publishers: HashMap<&str, Option<String>> = records
        .docs
        .iter()
        .map(|d| (d.id.as_str(), d.publisher()))
        .collect();
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|claims| standing_of(records, actors, &publishers, claims))
        .collect()
}

/// The original source of a claim: its speaker, else the body it is tied to,
/// else the medium; an anonymous or unattributed claim is its own source.
fn source_key(records: &Records, actors: &Actors, i: usize) -> String {
    let c = &records.claims[i];
    let actor = |e: &str| {
        actors.of(&c.doc_id, e).map_or_else(
            || format!("{}/{e}", c.doc_id),
            |a| actors.list[a].id.clone(),
        )
    };
    if let Some(e) = &c.source_entity {
        return actor(e);
    }
    if let Some(e) = &c.source_affiliation {
        return format!("{} ({})", c.source_kind, actor(e));
    }
    match (&c.source_text, c.source_kind.as_str()) {
        (Some(text), "media") => format!("media: {}", super::resolve::normalize(text)),
        _ => format!("{} in {}#{}", c.source_kind, c.doc_id, c.id),
    }
}

fn standing_of(
    records: &Records,
    actors: &Actors,
    publishers: &HashMap<&str, Option<String>>,
    claims: Vec<usize>,
) -> ClaimGroup {
    let outlet = |i: usize| {
        publishers
            .get(records.claims[i].doc_id.as_str())
            .cloned()
            .flatten()
    };
    let stance = |i: usize| records.claims[i].stance.as_str();
    let supports: Vec<usize> = claims
        .iter()
        .copied()
        .filter(|&i| matches!(stance(i), "assert" | "confirm"))
        .collect();
    let denies = claims.iter().any(|&i| stance(i) == "deny");
    let independent = supports.iter().enumerate().any(|(k, &a)| {
        supports[k + 1..].iter().any(|&b| {
            matches!((outlet(a), outlet(b)), (Some(x), Some(y)) if x != y)
                && source_key(records, actors, a) != source_key(records, actors, b)
        })
    });
    let standing = match (supports.is_empty(), denies) {
        (false, true) => Standing::Disputed,
        (true, true) => Standing::Denied,
        (false, false) if independent => Standing::Corroborated,
        _ => Standing::SingleSource,
    };
    let sources: BTreeSet<String> = claims
        .iter()
        .map(|&i| source_key(records, actors, i))
        .collect();
    let outlets: BTreeSet<String> = claims.iter().filter_map(|&i| outlet(i)).collect();
    let first = &records.claims[claims[0]];
    ClaimGroup {
        id: format!(
            "g{}",
            &super::ingest::content_hash(&format!("{}#{}", first.doc_id, first.id))[..12]
        ),
        standing,
        claims,
        sources: sources.into_iter().collect(),
        outlets: outlets.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::fixtures::{claim, document, entity, event};
    use crate::corpus::resolve::resolve;
    use crate::output::DocumentJson;

    fn analyse(docs: &[DocumentJson]) -> (Records, Vec<ClaimGroup>) {
        let records = Records::from_documents(docs);
        let actors = resolve(&records.entities);
        let groups = group_claims(&records, &actors);
        (records, groups)
    }

    /// A document where `speaker` says, with `stance`, that Turkey shelled Kobani.
    fn shelling(id: &str, outlet: &str, speaker: &str, stance: &str) -> DocumentJson {
        let text = format!("{speaker} said Turkish forces shelled villages near Kobani overnight.");
        let mut doc = document(id, outlet, &text);
        entity(&mut doc, "e1", speaker, "PERSON", &[speaker], None);
        entity(&mut doc, "e2", "Turkey", "GPE", &["Turkish"], None);
        entity(&mut doc, "e3", "Kobani", "GPE", &["Kobani"], None);
        claim(
            &mut doc,
            "c1",
            "named_person",
            Some("e1"),
            stance,
            "Turkish forces shelled villages near Kobani overnight",
        );
        doc
    }

    #[test]
    fn two_outlets_and_two_sources_corroborate() {
        let (_, groups) = analyse(&[
            shelling("d1", "Reuters", "Mazloum Abdi", "assert"),
            shelling("d2", "AP", "Farhad Shami", "assert"),
        ]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].standing, Standing::Corroborated);
        assert_eq!(groups[0].claims, [0, 1]);
        assert_eq!(groups[0].outlets, ["ap", "reuters"]);
    }

    #[test]
    fn one_source_in_two_outlets_is_single_source() {
        let (_, groups) = analyse(&[
            shelling("d1", "Reuters", "Mazloum Abdi", "assert"),
            shelling("d2", "AP", "Mazloum Abdi", "assert"),
        ]);
        assert_eq!(groups[0].standing, Standing::SingleSource);
        assert_eq!(groups[0].sources, ["mazloum-abdi"]);
    }

    #[test]
    fn two_sources_in_one_outlet_is_single_source() {
        let (_, groups) = analyse(&[
            shelling("d1", "Reuters", "Mazloum Abdi", "assert"),
            shelling("d2", "Reuters", "Farhad Shami", "assert"),
        ]);
        assert_eq!(groups[0].standing, Standing::SingleSource);
    }

    #[test]
    fn a_confirmation_and_a_denial_dispute() {
        let (_, groups) = analyse(&[
            shelling("d1", "Reuters", "Mazloum Abdi", "assert"),
            shelling("d2", "Anadolu", "Hulusi Akar", "deny"),
        ]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].standing, Standing::Disputed);
    }

    #[test]
    fn only_denials_are_denied() {
        let (_, groups) = analyse(&[shelling("d1", "Anadolu", "Hulusi Akar", "deny")]);
        assert_eq!(groups[0].standing, Standing::Denied);
    }

    #[test]
    fn different_statements_are_not_grouped() {
        let mut other = document(
            "d2",
            "AP",
            "Officials said talks in Geneva will resume in June.",
        );
        claim(
            &mut other,
            "c1",
            "anonymous",
            None,
            "assert",
            "talks in Geneva will resume in June",
        );
        let (_, groups) = analyse(&[shelling("d1", "Reuters", "Mazloum Abdi", "assert"), other]);
        assert_eq!(groups.len(), 2);
        assert!(groups.iter().all(|g| g.standing == Standing::SingleSource));
    }

    #[test]
    fn claims_resting_on_the_same_event_are_grouped_despite_wording() {
        let mut a = document("d1", "Reuters", "Ankara said it hit PKK targets in Qandil.");
        entity(&mut a, "e1", "Turkey", "GPE", &["Ankara"], None);
        entity(&mut a, "e2", "PKK", "ORG", &["PKK"], None);
        claim(
            &mut a,
            "c1",
            "named_org",
            Some("e1"),
            "assert",
            "it hit PKK targets in Qandil",
        );
        event(&mut a, "v1", "ASSAULT", Some("e1"), Some("e2"), None);
        a.events[0].claim = Some("c1".into());
        let mut b = document(
            "d2",
            "AP",
            "Turkish jets bombed the Kurdistan Workers' Party, the army said.",
        );
        entity(&mut b, "e1", "Turkey", "GPE", &["Turkish"], None);
        entity(
            &mut b,
            "e2",
            "PKK",
            "ORG",
            &["Kurdistan Workers' Party"],
            None,
        );
        claim(
            &mut b,
            "c1",
            "named_org",
            Some("e1"),
            "confirm",
            "Turkish jets bombed the Kurdistan Workers' Party",
        );
        event(&mut b, "v1", "ASSAULT", Some("e1"), Some("e2"), None);
        b.events[0].claim = Some("c1".into());
        let (_, groups) = analyse(&[a, b]);
        assert_eq!(groups.len(), 1);
        // Same original source (Turkey) in two outlets: not independent.
        assert_eq!(groups[0].standing, Standing::SingleSource);
    }

    #[test]
    fn unknown_outlets_do_not_corroborate() {
        let (_, groups) = analyse(&[
            shelling("d1", "", "Mazloum Abdi", "assert"),
            shelling("d2", "", "Farhad Shami", "assert"),
        ]);
        assert_eq!(groups[0].standing, Standing::SingleSource);
        assert!(groups[0].outlets.is_empty());
    }

    #[test]
    fn standings_parse_their_names() {
        for s in Standing::ALL {
            assert_eq!(Standing::parse(s.name()), Some(s));
        }
        assert_eq!(Standing::parse("rumour"), None);
    }
}
