//! Kind and sector of an organisation read from the nouns of its name
//! ("Kurdistan Democratic Party": a party; "Ministry of Defence": government).

use super::fold::fold;
use super::organisations::OrgKind;
use super::sector::Sector;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/org_nouns.tsv");

/// What the nouns of an organisation's name say about it.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgHint {
    /// The phrase that decided ("party", "liberation army").
    pub noun: &'static str,
    /// The kind of body.
    pub kind: OrgKind,
    /// Its PLOVER sector.
    pub sector: Sector,
}

/// Words that end the head of a name ("Ministry | of Defence").
const HEAD_END: &[&str] = &["of", "for", "on", "in"];

/// The phrases with their folded words.
#[derive(Debug)]
pub struct OrgNouns {
    all: Vec<(Vec<String>, OrgHint)>,
}

impl OrgNouns {
    /// Loads `org_nouns.tsv`.
    pub fn load() -> OrgNouns {
        let all = tsv::rows("org_nouns.tsv", DATA)
            .map(|row| {
                let noun = row.required(0);
                let words = fold(noun).split(' ').map(str::to_string).collect();
                let hint = OrgHint {
                    noun,
                    kind: row.parsed(1, OrgKind::parse),
                    sector: row.parsed(2, Sector::parse),
                };
                (words, hint)
            })
            .collect();
        OrgNouns { all }
    }

    /// The hint from the best phrase found in `name`: the longest, then one in the
    /// name's head (before "of"/"for"), then the last.
    pub fn hint(&self, name: &str) -> Option<&OrgHint> {
        let key = fold(name);
        let words: Vec<&str> = key.split(' ').collect();
        let head_end = words
            .iter()
            .skip(1)
            .position(|w| HEAD_END.contains(w))
            .map_or(words.len(), |i| i + 1);
        let mut best: Option<((usize, bool, usize), &OrgHint)> = None;
        for (pattern, hint) in &self.all {
            let n = pattern.len();
            if n > words.len() {
                continue;
            }
            let found = |&s: &usize| words[s..s + n].iter().zip(pattern).all(|(w, p)| *w == p);
            for start in (0..=words.len() - n).filter(found) {
                let score = (n, start + n <= head_end, start + n);
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, hint));
                }
            }
        }
        best.map(|(_, hint)| hint)
    }
}
