//! NORP groups that are not nationalities: ethnic, religious, political and
//! regional groups ("Kurds", "Shiite", "Alawites", "Republicans").

use super::fold::NameIndex;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/norp.tsv");

/// An ethnic, religious, political or regional group.
#[derive(Clone, Debug, PartialEq)]
pub struct Norp {
    /// Short stable id ("kurds").
    pub id: &'static str,
    /// Canonical name, plural ("Kurds").
    pub name: &'static str,
    /// People nouns, plurals and adjectives ("Kurd", "Kurdish").
    pub forms: Vec<&'static str>,
    /// ethnic, religious, political or regional.
    pub kind: &'static str,
    /// ISO alpha-3 code of the country the group is mostly tied to, if one.
    pub country: Option<&'static str>,
}

impl Norp {
    /// The knowledge-base id (`kb:norp:kurds`).
    pub fn kb_id(&self) -> String {
        format!("kb:norp:{}", self.id)
    }
}

const KINDS: &[&str] = &["ethnic", "religious", "political", "regional"];

/// All groups with a name index.
#[derive(Debug)]
pub struct Norps {
    all: Vec<Norp>,
    names: NameIndex,
}

impl Norps {
    /// Loads `norp.tsv`.
    pub fn load() -> Norps {
        let all: Vec<Norp> = tsv::rows("norp.tsv", DATA)
            .map(|row| Norp {
                id: row.required(0),
                name: row.required(1),
                forms: row.list(2),
                kind: row.parsed(3, |k| KINDS.iter().find(|&&known| known == k).copied()),
                country: row.optional(4),
            })
            .collect();
        let mut names = NameIndex::default();
        for (i, norp) in all.iter().enumerate() {
            for name in std::iter::once(&norp.name).chain(&norp.forms) {
                names.insert(name, i);
            }
        }
        Norps { all, names }
    }

    /// Every group, in file order.
    pub fn all(&self) -> &[Norp] {
        &self.all
    }

    /// The group with this name or form ("Kurdish", "Shi'ites").
    pub fn get(&self, name: &str) -> Option<&Norp> {
        self.names.get(name).first().map(|&i| &self.all[i as usize])
    }
}
