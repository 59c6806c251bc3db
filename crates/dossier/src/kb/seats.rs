//! Seats of power: place names used for the government or body that sits there
//! ("the Kremlin", "the White House", "the Pentagon", "Downing Street").

use super::fold::NameIndex;
use super::organisations::Organisations;
use super::sector::Sector;
use super::territories::Territories;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/seats.tsv");

/// What a seat-of-power name, or a capital used for its government, stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Seat {
    /// The name as listed ("Kremlin", "Tehran").
    pub name: &'static str,
    /// Knowledge-base id of what it stands for (`kb:country:RUS`, `kb:org:DOD`).
    pub kb_id: String,
    /// ISO alpha-3 code of the country.
    pub country: Option<&'static str>,
    /// PLOVER sector of what it stands for (GOV for the Kremlin, MIL for the Pentagon).
    pub sector: Option<Sector>,
    /// True when the name is a capital city (a metonym only in context: "Tehran launched").
    pub capital: bool,
}

/// The seats of power listed in `seats.tsv`.
#[derive(Debug)]
pub struct Seats {
    all: Vec<Seat>,
    names: NameIndex,
}

impl Seats {
    /// Loads `seats.tsv`, resolving targets against the organisations and territories.
    pub fn load(orgs: &Organisations, territories: &Territories) -> Seats {
        let mut all = Vec::new();
        let mut names = NameIndex::default();
        for row in tsv::rows("seats.tsv", DATA) {
            let target = row.required(2);
            let (kb_id, country) = if let Some(id) = target.strip_prefix("org:") {
                let org = orgs
                    .by_id(id)
                    .unwrap_or_else(|| panic!("{}: no org {id}", row.at()));
                (org.kb_id(), org.country())
            } else if let Some(id) = target.strip_prefix("territory:") {
                let t = territories.by_id(id);
                let t = t.unwrap_or_else(|| panic!("{}: no territory {id}", row.at()));
                (t.kb_id(), Some(t.country))
            } else {
                (format!("kb:country:{target}"), Some(target))
            };
            let i = all.len();
            all.push(Seat {
                name: row.required(0),
                kb_id,
                country,
                sector: row.optional(3).map(|_| row.parsed(3, Sector::parse)),
                capital: false,
            });
            names.insert(row.required(0), i);
            for alias in row.list(1) {
                names.insert(alias, i);
            }
        }
        Seats { all, names }
    }

    /// Every listed seat, in file order.
    pub fn all(&self) -> &[Seat] {
        &self.all
    }

    /// The listed seat with this name ("the Kremlin").
    pub fn get(&self, name: &str) -> Option<&Seat> {
        self.names.get(name).first().map(|&i| &self.all[i as usize])
    }
}
