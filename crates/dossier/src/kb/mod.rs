//! Dossier's built-in knowledge base and gazetteer.
//!
//! [`Kb::get`] loads, once, lexicons of countries and territories (names, ISO
//! codes, demonyms, capitals), geographic areas ("the Middle East"), seats of
//! power ("the Kremlin"), organisations
//! (UN agencies, NGOs, news media, state bodies, parties, armed groups), NORP
//! groups, role nouns with their PLOVER [`Sector`] and relation hint, and the
//! nouns that type an organisation from its name. The gazetteer (cities of
//! 15,000+ people and first-level regions, from GeoNames) loads on first use.
//!
//! Besides lookups by name, [`Kb::resolve`] gives the likeliest record for a
//! name (id, type, country, sector), [`Kb::demonym`] reads adjectives ("Iraqi
//! Kurdish"), [`Kb::role_head`] finds the title heading a noun phrase and
//! [`Kb::affiliation`] reads the country, body and sector of a description
//! ("U.S. officials", "PKK commander").
//!
//! Lookups ignore case, diacritics, punctuation and a leading "the". Every
//! record has a stable id for `Entity.kb_id`: `kb:country:IRN`,
//! `kb:territory:kurdistan-region`, `kb:area:sahel`, `kb:org:NATO`, `kb:norp:kurds`,
//! `kb:region:IQ.11`, `kb:geo:95446` (a GeoNames id).
//!
//! Data files live in `crates/dossier/data/kb/` (sources and licences in its
//! README); they are embedded in the binary, so nothing is read at run time.

mod affiliation;
mod areas;
mod countries;
mod demonyms;
mod fold;
mod gazetteer;
mod norp;
mod org_nouns;
mod organisations;
mod places;
mod resolve;
mod roles;
mod seats;
mod sector;
mod territories;
mod tsv;

use std::sync::{LazyLock, OnceLock};

pub use affiliation::Affiliation;
pub use areas::Area;
pub use countries::Country;
pub use demonyms::Demonym;
pub use fold::fold;
pub use gazetteer::{City, Gazetteer, Region};
pub use norp::Norp;
pub use org_nouns::OrgHint;
pub use organisations::{OrgKind, Organisation, NON_STATE_ACTORS};
pub use places::{Place, PlaceKind};
pub use resolve::KbEntity;
pub use roles::{Role, RoleMatch};
pub use seats::Seat;
pub use sector::Sector;
pub use territories::Territory;

/// The knowledge base. Get the shared instance with [`Kb::get`].
#[derive(Debug)]
pub struct Kb {
    areas: areas::Areas,
    countries: countries::Countries,
    territories: territories::Territories,
    organisations: organisations::Organisations,
    seats: seats::Seats,
    norps: norp::Norps,
    roles: roles::Roles,
    org_nouns: org_nouns::OrgNouns,
    gazetteer: OnceLock<Gazetteer>,
}

static KB: LazyLock<Kb> = LazyLock::new(Kb::load);

impl Kb {
    /// The shared knowledge base, loaded on first call (a few milliseconds; the
    /// gazetteer loads separately, on the first place lookup).
    pub fn get() -> &'static Kb {
        &KB
    }

    fn load() -> Kb {
        let territories = territories::Territories::load();
        let organisations = organisations::Organisations::load();
        let seats = seats::Seats::load(&organisations, &territories);
        Kb {
            areas: areas::Areas::load(),
            countries: countries::Countries::load(&[territories.names(), organisations.names()]),
            territories,
            organisations,
            seats,
            norps: norp::Norps::load(),
            roles: roles::Roles::load(),
            org_nouns: org_nouns::OrgNouns::load(),
            gazetteer: OnceLock::new(),
        }
    }

    /// The gazetteer, loaded on first use.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.get_or_init(Gazetteer::load)
    }

    /// Every country, in alpha-2 order.
    pub fn countries(&self) -> &[Country] {
        self.countries.all()
    }

    /// The country with this name, alias ("U.S.", "Britain", "Russian
    /// Federation") or ISO code ("IRN", "IR"; codes only in capitals).
    pub fn country(&self, name_or_code: &str) -> Option<&Country> {
        self.countries.get(name_or_code)
    }

    /// The capital (or seat of government) of a country given by name or code.
    pub fn capital_of(&self, country: &str) -> Option<&'static str> {
        self.country(country).and_then(|c| c.capital)
    }

    /// The country whose capital this is ("Tehran" -> Iran), sovereign states
    /// first, then the most populous.
    pub fn country_by_capital(&self, city: &str) -> Option<&Country> {
        let mut found: Vec<&Country> = self.countries.by_capital(city).collect();
        found.sort_by_key(|c| !c.sovereign);
        found.first().copied()
    }

    /// Every territory (autonomous, breakaway, occupied and disputed areas).
    pub fn territories(&self) -> &[Territory] {
        self.territories.all()
    }

    /// The territory with this name ("Iraqi Kurdistan", "Gaza", "Crimea").
    pub fn territory(&self, name: &str) -> Option<&Territory> {
        self.territories.get(name)
    }

    /// What a seat of power or a capital stands for: "the Kremlin" (Russia,
    /// GOV), "the Pentagon" (US Department of Defense, MIL), "Downing Street",
    /// "Brussels" (the EU); a sovereign state's capital stands for its
    /// government ("Washington", "Tehran"), a territory's for its authorities
    /// ("Erbil"). Whether a capital is used that way depends on the sentence.
    pub fn seat_of_power(&self, name: &str) -> Option<Seat> {
        if let Some(seat) = self.seats.get(name) {
            return Some(seat.clone());
        }
        if let Some(c) = self.country_by_capital(name).filter(|c| c.sovereign) {
            return Some(Seat {
                name: c.capital.unwrap_or(c.name),
                kb_id: c.kb_id(),
                country: Some(c.alpha3),
                sector: Some(Sector::Gov),
                capital: true,
            });
        }
        let governed = |t: &&Territory| matches!(t.status, "autonomous" | "breakaway");
        self.territories
            .by_capital(name)
            .find(governed)
            .map(|t| Seat {
                name: t.capital.unwrap_or(t.name),
                kb_id: t.kb_id(),
                country: Some(t.country),
                sector: Some(Sector::Gov),
                capital: true,
            })
    }

    /// Every geographic area (world regions, seas, straits, mountain ranges).
    pub fn areas(&self) -> &[Area] {
        self.areas.all()
    }

    /// The area with this name ("the Middle East", "Strait of Hormuz").
    pub fn area(&self, name: &str) -> Option<&Area> {
        self.areas.get(name)
    }

    /// Every seat of power listed in the data (capitals not included).
    pub fn seats(&self) -> &[Seat] {
        self.seats.all()
    }

    /// Every organisation.
    pub fn organisations(&self) -> &[Organisation] {
        self.organisations.all()
    }

    /// The organisation with this name, acronym or alias ("PUK", "Patriotic
    /// Union of Kurdistan", "U.N. refugee agency"); the usual reading of a
    /// shared acronym.
    pub fn organisation(&self, name: &str) -> Option<&Organisation> {
        self.organisations.get_all(name).next()
    }

    /// Every organisation with this name or acronym, the usual reading first.
    pub fn organisations_named(&self, name: &str) -> Vec<&Organisation> {
        self.organisations.get_all(name).collect()
    }

    /// The organisation with this id ("NATO").
    pub fn organisation_by_id(&self, id: &str) -> Option<&Organisation> {
        self.organisations.by_id(id)
    }

    /// Every ethnic, religious, political and regional group.
    pub fn norps(&self) -> &[Norp] {
        self.norps.all()
    }

    /// The group with this name or form ("Kurds", "Kurdish", "Shiite"). For
    /// nationalities ("Iranian") see [`Kb::demonym`].
    pub fn norp(&self, name: &str) -> Option<&Norp> {
        self.norps.get(name)
    }

    /// Every role noun.
    pub fn roles(&self) -> &[Role] {
        self.roles.all()
    }

    /// The role with exactly this title, singular or plural ("deputy prime
    /// minister", "spokesmen", "officials").
    pub fn role(&self, title: &str) -> Option<&Role> {
        self.roles.get(title)
    }

    /// The title heading a noun phrase ("Iraqi Kurdish Prime Minister", "a
    /// former PUK deputy leader", "head of the party"), with deputy and former
    /// readings.
    pub fn role_head(&self, phrase: &str) -> Option<RoleMatch<'_>> {
        self.roles.head(phrase)
    }

    /// The kind and sector an organisation's name suggests ("Kurdistan
    /// Democratic Party": PARTY, PTY; "Ministry of Defence": STATE, GOV).
    pub fn org_type_from_name(&self, name: &str) -> Option<&OrgHint> {
        self.org_nouns.hint(name)
    }
}

#[cfg(test)]
mod tests;
