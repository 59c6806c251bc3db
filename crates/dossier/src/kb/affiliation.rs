//! What a descriptive phrase says about the actor it describes: "U.S.
//! officials", "PKK commander", "German Foreign Ministry", "Iranian security
//! forces", "the Tehran government", "Chechen rebels", "a senior figure from
//! the PUK". The entities and claims stages use it to give actors and anonymous
//! sources a country, a body and a sector.

use super::fold::for_each_run;
use super::{Country, Kb, Norp, OrgKind, Organisation, RoleMatch, Sector, Territory};

/// The affiliation read from a phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Affiliation<'a> {
    /// The country named, by name, demonym, capital or through a territory or body.
    pub country: Option<&'a Country>,
    /// The territory named ("Iraqi Kurdish" authorities, "Chechen" rebels).
    pub territory: Option<&'a Territory>,
    /// The organisation named ("PUK", "the Pentagon").
    pub organisation: Option<&'a Organisation>,
    /// The groups named ("Kurdish", "Sunni").
    pub groups: Vec<&'a Norp>,
    /// The title heading the phrase ("officials", "commander").
    pub role: Option<RoleMatch<'a>>,
    /// The kind of body: the organisation's, or what the phrase's nouns say ("ministry").
    pub kind: Option<OrgKind>,
    /// The sector: the organisation's, else the title's, else the nouns'.
    pub sector: Option<Sector>,
}

impl Kb {
    /// Reads the country, territory, organisation, groups, title, kind and
    /// sector of a descriptive phrase; `None` when it names none of them.
    pub fn affiliation(&self, phrase: &str) -> Option<Affiliation<'_>> {
        let words: Vec<&str> = phrase.split_whitespace().map(without_possessive).collect();
        let mut found = Affiliation {
            country: None,
            territory: None,
            organisation: None,
            groups: Vec::new(),
            role: self.role_head(phrase),
            kind: None,
            sector: None,
        };
        let mut seat_sector = None;
        for_each_run(&words, |run| {
            self.take_run(run, &mut found, &mut seat_sector)
        });
        let country_of = |code: &str| self.countries.by_code(code);
        if found.country.is_none() {
            let via_territory = found.territory.and_then(|t| country_of(t.country));
            let via_org = found
                .organisation
                .and_then(|o| o.country())
                .and_then(country_of);
            found.country = via_territory.or(via_org);
        }
        let nouns = self.org_type_from_name(phrase);
        found.kind = found.organisation.map(|o| o.kind).or(nouns.map(|h| h.kind));
        found.sector = found
            .organisation
            .and_then(|o| o.sector)
            .or(found.role.as_ref().and_then(|r| r.role.sector))
            .or(nouns.map(|h| h.sector))
            .or(seat_sector);
        let empty = found.country.is_none()
            && found.organisation.is_none()
            && found.groups.is_empty()
            && found.role.is_none()
            && found.kind.is_none();
        (!empty).then_some(found)
    }

    /// Reads one run of words; true when it named something.
    fn take_run<'a>(
        &'a self,
        run: &str,
        found: &mut Affiliation<'a>,
        seat_sector: &mut Option<Sector>,
    ) -> bool {
        if let Some(org) = self.organisation(run) {
            found.organisation.get_or_insert(org);
        } else if let Some(c) = self
            .countries
            .get_name(run)
            .or(self.countries.by_demonym(run))
        {
            found.country.get_or_insert(c);
        } else if let Some(t) = self
            .territories
            .get(run)
            .or(self.territories.by_demonym(run))
        {
            found.territory.get_or_insert(t);
        } else if let Some(norp) = self.norps.get(run) {
            found.groups.push(norp);
        } else if let Some(seat) = self.seat_of_power(run) {
            *seat_sector = seat_sector.or(seat.sector);
            let org = seat
                .kb_id
                .strip_prefix("kb:org:")
                .and_then(|id| self.organisation_by_id(id));
            match org {
                Some(org) => found.organisation = found.organisation.or(Some(org)),
                None => {
                    found.country = found
                        .country
                        .or(seat.country.and_then(|c| self.countries.by_code(c)))
                }
            }
        } else {
            return false;
        }
        true
    }
}

/// A word without its possessive ending ("Seoul's" -> "Seoul").
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or(word.strip_suffix("’s"))
        .unwrap_or(word)
}
