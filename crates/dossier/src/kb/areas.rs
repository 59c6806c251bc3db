//! Geographic areas that span or lie between countries ("Middle East",
//! "Sahel", "Strait of Hormuz", "Qandil Mountains"): locations without a country.

use super::fold::NameIndex;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/areas.tsv");

/// A world region, sea, strait or mountain range.
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    /// Short stable id ("middle-east").
    pub id: &'static str,
    /// Name ("Middle East").
    pub name: &'static str,
    /// Other names ("Mideast").
    pub aliases: Vec<&'static str>,
    /// Approximate centre (latitude, longitude).
    pub coordinates: Option<(f64, f64)>,
}

impl Area {
    /// The knowledge-base id (`kb:area:middle-east`).
    pub fn kb_id(&self) -> String {
        format!("kb:area:{}", self.id)
    }
}

/// All areas with a name index.
#[derive(Debug)]
pub struct Areas {
    all: Vec<Area>,
    names: NameIndex,
}

impl Areas {
    /// Loads `areas.tsv`.
    pub fn load() -> Areas {
        let all: Vec<Area> = tsv::rows("areas.tsv", DATA)
            .map(|row| Area {
                id: row.required(0),
                name: row.required(1),
                aliases: row.list(2),
                coordinates: row.number(3).zip(row.number(4)),
            })
            .collect();
        let mut names = NameIndex::default();
        for (i, area) in all.iter().enumerate() {
            for name in std::iter::once(&area.name).chain(&area.aliases) {
                names.insert(name, i);
            }
        }
        Areas { all, names }
    }

    /// Every area, in file order.
    pub fn all(&self) -> &[Area] {
        &self.all
    }

    /// The area with this name ("the Middle East").
    pub fn get(&self, name: &str) -> Option<&Area> {
        self.names.get(name).first().map(|&i| &self.all[i as usize])
    }
}
