//! Organisations: the United Nations and other intergovernmental bodies,
//! NGOs, news media, well-known state bodies, parties and armed groups.

use super::fold::{fold, NameIndex};
use super::sector::Sector;
use super::tsv;

const DATA: &str = include_str!("../../data/kb/organisations.tsv");

/// What kind of body an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// Intergovernmental organisation (UN, NATO, EU).
    Igo,
    /// Non-governmental organisation (Red Cross, Amnesty).
    Ngo,
    /// News agency, broadcaster, newspaper.
    Media,
    /// A state body: ministry, agency, legislature, court, armed force, intelligence service.
    State,
    /// Political party.
    Party,
    /// Non-state armed group.
    Armed,
    /// Company.
    Business,
    /// Religious institution.
    Religious,
    /// School, university, research institute.
    Education,
    /// Civil-society body not covered above: association, union, foundation.
    Civil,
}

impl OrgKind {
    /// The kind's code in the data files ("IGO", "MEDIA").
    pub fn code(self) -> &'static str {
        match self {
            OrgKind::Igo => "IGO",
            OrgKind::Ngo => "NGO",
            OrgKind::Media => "MEDIA",
            OrgKind::State => "STATE",
            OrgKind::Party => "PARTY",
            OrgKind::Armed => "ARMED",
            OrgKind::Business => "BUSINESS",
            OrgKind::Religious => "RELIGIOUS",
            OrgKind::Education => "EDUCATION",
            OrgKind::Civil => "CIVIL",
        }
    }

    /// The kind with this code, if any.
    pub fn parse(code: &str) -> Option<OrgKind> {
        [
            OrgKind::Igo,
            OrgKind::Ngo,
            OrgKind::Media,
            OrgKind::State,
            OrgKind::Party,
            OrgKind::Armed,
            OrgKind::Business,
            OrgKind::Religious,
            OrgKind::Education,
            OrgKind::Civil,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }
}

/// PLOVER's actor codes for international non-state actors (used instead of a country).
pub const NON_STATE_ACTORS: &[&str] = &["UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"];

/// Folded words that describe a news outlet before its name.
const MEDIA_BEFORE: &[&str] = &[
    "state run ",
    "state owned ",
    "state ",
    "official ",
    "semi official ",
    "semiofficial ",
    "domestic ",
    "independent ",
    "news weekly ",
    "weekly ",
    "daily ",
    "newspaper ",
    "news agency ",
    "broadcaster ",
    "television ",
    "channel ",
];
/// Folded words that describe a news outlet after its name.
const MEDIA_AFTER: &[&str] = &[
    " news agency",
    " agency",
    " newspaper",
    " daily",
    " weekly",
    " television",
    " tv",
    " radio",
    " channel",
    " broadcaster",
    " news",
];

/// An organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    /// Short stable id ("NATO", "PUK").
    pub id: &'static str,
    /// Canonical name ("Patriotic Union of Kurdistan").
    pub name: &'static str,
    /// Acronyms and other names ("PUK").
    pub aliases: Vec<&'static str>,
    /// What kind of body it is.
    pub kind: OrgKind,
    /// PLOVER sector, where one applies.
    pub sector: Option<Sector>,
    /// PLOVER actor code: the ISO alpha-3 code of its country, or for international
    /// bodies one of [`NON_STATE_ACTORS`] (UNO for the UN system, EUR for the EU).
    pub actor: &'static str,
    /// The id of the organisation it is part of ("UN" for UNHCR), if any.
    pub parent: Option<&'static str>,
}

impl Organisation {
    /// The knowledge-base id (`kb:org:NATO`).
    pub fn kb_id(&self) -> String {
        format!("kb:org:{}", self.id)
    }

    /// ISO alpha-3 code of the organisation's country; `None` for international bodies.
    pub fn country(&self) -> Option<&'static str> {
        (!NON_STATE_ACTORS.contains(&self.actor)).then_some(self.actor)
    }
}

/// All organisations with a name index.
#[derive(Debug)]
pub struct Organisations {
    all: Vec<Organisation>,
    names: NameIndex,
}

impl Organisations {
    /// Loads `organisations.tsv`.
    pub fn load() -> Organisations {
        let all: Vec<Organisation> = tsv::rows("organisations.tsv", DATA)
            .map(organisation)
            .collect();
        let mut names = NameIndex::default();
        for (i, org) in all.iter().enumerate() {
            for name in std::iter::once(&org.name).chain(&org.aliases) {
                names.insert(name, i);
            }
        }
        Organisations { all, names }
    }

    /// Every organisation, in file order.
    pub fn all(&self) -> &[Organisation] {
        &self.all
    }

    /// The names index (for keeping other lexicons off these names).
    pub fn names(&self) -> &NameIndex {
        &self.names
    }

    /// Every organisation with this name, acronym or alias, the usual reading
    /// first. A news outlet is also found under its descriptions ("the
    /// state-run Itar-Tass news agency", "news weekly Der Spiegel").
    pub fn get_all(&self, name: &str) -> impl Iterator<Item = &Organisation> {
        let key = fold(name);
        let exact = self.names.get_folded(&key);
        let ids = if exact.is_empty() {
            self.media_described(&key)
        } else {
            exact
        };
        ids.iter().map(|&i| &self.all[i as usize])
    }

    /// The news outlets named by `key` once media descriptions are removed.
    fn media_described(&self, key: &str) -> &[u32] {
        let mut bare = key;
        while let Some(rest) = MEDIA_BEFORE.iter().find_map(|d| bare.strip_prefix(d)) {
            bare = rest.trim_start();
        }
        while let Some(rest) = MEDIA_AFTER.iter().find_map(|d| bare.strip_suffix(d)) {
            bare = rest.trim_end();
        }
        let ids = self.names.get_folded(bare);
        let media = ids
            .iter()
            .all(|&i| self.all[i as usize].kind == OrgKind::Media);
        if bare != key && !ids.is_empty() && media {
            ids
        } else {
            &[]
        }
    }

    /// The organisation with this id ("NATO").
    pub fn by_id(&self, id: &str) -> Option<&Organisation> {
        self.all.iter().find(|o| o.id == id)
    }
}

fn organisation(row: tsv::Row) -> Organisation {
    Organisation {
        id: row.required(0),
        name: row.required(1),
        aliases: row.list(2),
        kind: row.parsed(3, OrgKind::parse),
        sector: row.optional(4).map(|_| row.parsed(4, Sector::parse)),
        actor: row.required(5),
        parent: row.optional(6),
    }
}
