//! Territories that act as political units without an ISO 3166-1 code:
//! autonomous and breakaway regions, occupied and disputed areas, the UK's
//! constituent countries ("Kurdistan Region", "Gaza", "Crimea", "Scotland").

use super::fold::NameIndex;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/territories.tsv");

/// A territory and the country it belongs to or is claimed by.
#[derive(Clone, Debug, PartialEq)]
pub struct Territory {
    /// Short stable id ("kurdistan-region").
    pub id: &'static str,
    /// Common English name ("Kurdistan Region").
    pub name: &'static str,
    /// Other names ("Iraqi Kurdistan", "KRI").
    pub aliases: Vec<&'static str>,
    /// Adjectives and people nouns ("Iraqi Kurdish").
    pub demonyms: Vec<&'static str>,
    /// ISO alpha-3 code of the state it belongs to or is claimed by (PLOVER's country).
    pub country: &'static str,
    /// Capital or seat of its authorities, where there is one.
    pub capital: Option<&'static str>,
    /// Other names of the capital.
    pub capital_aliases: Vec<&'static str>,
    /// autonomous, breakaway, occupied, disputed, constituent or region.
    pub status: &'static str,
    /// Approximate centre (latitude, longitude).
    pub coordinates: Option<(f64, f64)>,
}

impl Territory {
    /// The knowledge-base id (`kb:territory:kurdistan-region`).
    pub fn kb_id(&self) -> String {
        format!("kb:territory:{}", self.id)
    }

    /// True for PLOVER's partially recognised entities (breakaway states), whose
    /// institutions take the sector PRE besides their own.
    pub fn partially_recognised(&self) -> bool {
        self.status == "breakaway"
    }
}

/// All territories with their name and demonym indexes.
#[derive(Debug)]
pub struct Territories {
    all: Vec<Territory>,
    names: NameIndex,
    demonyms: NameIndex,
    capitals: NameIndex,
}

const STATUSES: &[&str] = &[
    "autonomous",
    "breakaway",
    "occupied",
    "disputed",
    "constituent",
    "region",
];

impl Territories {
    /// Loads `territories.tsv`.
    pub fn load() -> Territories {
        let all: Vec<Territory> = tsv::rows("territories.tsv", DATA).map(territory).collect();
        let mut names = NameIndex::default();
        let mut demonyms = NameIndex::default();
        let mut capitals = NameIndex::default();
        for (i, t) in all.iter().enumerate() {
            for name in std::iter::once(&t.name).chain(&t.aliases) {
                names.insert(name, i);
            }
            for demonym in &t.demonyms {
                demonyms.insert(demonym, i);
            }
            for capital in t.capital.iter().chain(&t.capital_aliases) {
                capitals.insert(capital, i);
            }
        }
        Territories {
            all,
            names,
            demonyms,
            capitals,
        }
    }

    /// Every territory, in file order.
    pub fn all(&self) -> &[Territory] {
        &self.all
    }

    /// The names index (for keeping other lexicons off these names).
    pub fn names(&self) -> &NameIndex {
        &self.names
    }

    /// The territory with this name or alias.
    pub fn get(&self, name: &str) -> Option<&Territory> {
        self.names.get(name).first().map(|&i| &self.all[i as usize])
    }

    /// The territory with this id ("gaza").
    pub fn by_id(&self, id: &str) -> Option<&Territory> {
        self.all.iter().find(|t| t.id == id)
    }

    /// The territory whose adjective or people noun this is ("Iraqi Kurdish").
    pub fn by_demonym(&self, word: &str) -> Option<&Territory> {
        self.demonyms
            .get(word)
            .first()
            .map(|&i| &self.all[i as usize])
    }

    /// The territories whose capital has this name.
    pub fn by_capital(&self, name: &str) -> impl Iterator<Item = &Territory> {
        self.capitals
            .get(name)
            .iter()
            .map(|&i| &self.all[i as usize])
    }
}

fn territory(row: tsv::Row) -> Territory {
    let capitals = row.list(5);
    Territory {
        id: row.required(0),
        name: row.required(1),
        aliases: row.list(2),
        demonyms: row.list(3),
        country: row.required(4),
        capital: capitals.first().copied(),
        capital_aliases: capitals.get(1..).unwrap_or_default().to_vec(),
        status: row.parsed(6, |s| STATUSES.iter().find(|&&known| known == s).copied()),
        coordinates: row.number(7).zip(row.number(8)),
    }
}
