//! Role nouns and titles of political news ("deputy prime minister",
//! "spokeswoman", "militant"), with the sector they imply and the relation they
//! suggest between their holder and the body they name.

use std::ops::Range;

use super::fold::{fold, NameIndex};
use super::sector::Sector;
use super::tsv;
use crate::document::Predicate;

const DATA: &str = include_str!("../../data/kb/roles.tsv");

/// A title or role noun.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// Canonical title ("prime minister").
    pub title: &'static str,
    /// Other forms of the same title ("premier", "PM").
    pub forms: Vec<&'static str>,
    /// The sector the title implies on its own; an organisation named with the
    /// title ("PKK commander") takes precedence. `None` when it implies none.
    pub sector: Option<Sector>,
    /// The relation between the holder and the body the title names
    /// (`leader_of`, `member_of`, `spokesperson_for`), if any.
    pub relation: Option<Predicate>,
}

/// A title found at the head of a noun phrase, with its modifiers.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMatch<'a> {
    /// The lexicon entry.
    pub role: &'a Role,
    /// Canonical title, with "deputy" added for a deputy ("deputy leader").
    pub title: String,
    /// The relation: a deputy of a leader is a member, not the leader.
    pub relation: Option<Predicate>,
    /// True for "former", "ex-" and "then" titles.
    pub former: bool,
    /// The words of the phrase (split on whitespace) that the title and its
    /// modifiers cover.
    pub words: Range<usize>,
}

/// Words before a title that make its holder a deputy.
const DEPUTY: &[&str] = &["deputy", "vice", "assistant", "under", "associate"];
/// Words before a title that mark a past holder.
const FORMER: &[&str] = &["former", "ex", "then", "late", "onetime", "erstwhile"];
/// Words before a title that change nothing about it.
const NEUTRAL: &[&str] = &[
    "acting",
    "interim",
    "senior",
    "top",
    "junior",
    "caretaker",
    "new",
    "executive",
    "honorary",
    "outgoing",
];
/// Words after which a title's body is named ("leader of the PUK").
const LINKS: &[&str] = &["of", "for", "to", "at", "in", "with", "from"];

/// The role lexicon with its index.
#[derive(Debug)]
pub struct Roles {
    all: Vec<Role>,
    names: NameIndex,
}

impl Roles {
    /// Loads `roles.tsv`.
    pub fn load() -> Roles {
        let all: Vec<Role> = tsv::rows("roles.tsv", DATA)
            .map(|row| Role {
                title: row.required(0),
                forms: row.list(1),
                sector: row.optional(2).map(|_| row.parsed(2, Sector::parse)),
                relation: row.optional(3).map(|_| row.parsed(3, Predicate::parse)),
            })
            .collect();
        let mut names = NameIndex::default();
        for (i, role) in all.iter().enumerate() {
            for name in std::iter::once(&role.title).chain(&role.forms) {
                names.insert(name, i);
            }
        }
        Roles { all, names }
    }

    /// Every role, in file order.
    pub fn all(&self) -> &[Role] {
        &self.all
    }

    /// The role with exactly this title or form, in the singular or a regular
    /// plural ("Prime Minister", "spokesmen", "officials").
    pub fn get(&self, title: &str) -> Option<&Role> {
        self.get_folded(&fold(title))
    }

    fn get_folded(&self, key: &str) -> Option<&Role> {
        std::iter::once(key.to_string())
            .chain(singulars(key))
            .find_map(|k| {
                self.names
                    .get_folded(&k)
                    .first()
                    .map(|&i| &self.all[i as usize])
            })
    }

    /// The title heading a noun phrase: the longest title that ends the phrase
    /// or stands before "of"/"for" ("Iraqi Kurdish Prime Minister", "head of the
    /// PUK", "a senior Hamas official"), with "deputy", "vice" and "former" read
    /// from the words before it.
    pub fn head(&self, phrase: &str) -> Option<RoleMatch<'_>> {
        // Folded words; "ex-president" is read as "president" marked former.
        let mut keys = Vec::new();
        let mut ex = Vec::new();
        for word in phrase.split_whitespace() {
            let key = fold(word);
            ex.push(key.starts_with("ex "));
            keys.push(key.strip_prefix("ex ").map_or(key.clone(), str::to_string));
        }
        let ends = std::iter::once(keys.len())
            .chain((1..keys.len()).filter(|&i| LINKS.contains(&keys[i].as_str())));
        for end in ends {
            for start in 0..end {
                let candidate = keys[start..end].join(" ");
                if let Some(role) = self.get_folded(&candidate) {
                    return Some(with_modifiers(role, &keys, &ex, start..end));
                }
            }
        }
        None
    }
}

/// Completes a title found at `words` with the modifiers before it.
fn with_modifiers<'a>(
    role: &'a Role,
    keys: &[String],
    ex: &[bool],
    words: Range<usize>,
) -> RoleMatch<'a> {
    let mut start = words.start;
    let (mut deputy, mut former) = (false, ex[start]);
    while start > 0 {
        let word = keys[start - 1].as_str();
        let hyphenated = |k: usize| {
            k >= 2
                && [DEPUTY, FORMER]
                    .iter()
                    .any(|l| l.contains(&keys[k - 2].as_str()))
        };
        if matches!(word, "-" | "") && hyphenated(start) {
            // "vice-chairman", "ex-": the hyphen joins the modifier to the title.
        } else if DEPUTY.contains(&word) {
            deputy = true;
        } else if FORMER.contains(&word) || ex[start - 1] {
            former = true;
        } else if !NEUTRAL.contains(&word) {
            break;
        }
        start -= 1;
    }
    let already_deputy = DEPUTY.iter().any(|d| role.title.starts_with(d));
    let deputy = deputy && !already_deputy;
    let relation = match role.relation {
        Some(Predicate::LeaderOf) if deputy => Some(Predicate::MemberOf),
        relation => relation,
    };
    RoleMatch {
        role,
        title: if deputy {
            format!("deputy {}", role.title)
        } else {
            role.title.to_string()
        },
        relation,
        former,
        words: start..words.end,
    }
}

/// Singular readings of a folded phrase whose last word may be a plural.
fn singulars(key: &str) -> Vec<String> {
    let (head, last) = key.rsplit_once(' ').map_or(("", key), |(h, l)| (h, l));
    let join = |word: String| {
        if head.is_empty() {
            word
        } else {
            format!("{head} {word}")
        }
    };
    let mut out = Vec::new();
    if let Some(stem) = last.strip_suffix("ies") {
        out.push(join(format!("{stem}y")));
    }
    if let Some(stem) = last.strip_suffix("men") {
        out.push(join(format!("{stem}man")));
    }
    if let Some(stem) = last.strip_suffix("es") {
        out.push(join(stem.to_string()));
    }
    if let Some(stem) = last.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        out.push(join(stem.to_string()));
    }
    out
}
