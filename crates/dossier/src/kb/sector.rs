//! PLOVER actor sectors: the broad part of society an actor belongs to.
//!
//! The codes are PLOVER's (manual v0.8, "Sector Codes"). Note that PLOVER's `MED`
//! is health and medicine and `JRN` is the news media (CAMEO used `MED` for media).

/// A PLOVER sector code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    /// Police forces, officers, criminal investigation units, protective agencies.
    Cop,
    /// Government: the executive, governing parties and coalitions, executive divisions.
    Gov,
    /// Judiciary: judges, courts, prosecutors.
    Jud,
    /// Legislature: parliaments, assemblies, lawmakers.
    Leg,
    /// Military: troops, soldiers, state military personnel.
    Mil,
    /// Paramilitary organisations not in opposition to the government.
    Prm,
    /// Political parties.
    Pty,
    /// Rebels: armed opposition groups and their fighters.
    Reb,
    /// State intelligence services and their operatives.
    Spy,
    /// Unidentified armed forces ("unknown gunmen").
    Uaf,
    /// Generic unidentified actors.
    Unk,
    /// Agriculture: farmers, peasants.
    Agr,
    /// Business: companies, executives, traders.
    Bus,
    /// Criminals and criminal gangs.
    Crm,
    /// Civilians, protesters, activists and other unarmed, unaffiliated people.
    Cvl,
    /// Education: teachers, schools, universities, students.
    Edu,
    /// Elites: former officials and their families.
    Eli,
    /// Journalists and the news media.
    Jrn,
    /// Organised labour: trade unions, workers.
    Lab,
    /// Health: doctors, hospitals, medical organisations.
    Med,
    /// Refugees and internally displaced people.
    Ref,
    /// Political opposition: opposition parties, dissidents, anti-government activists.
    Opp,
    /// Partially recognised entities: breakaway regions and their institutions.
    Pre,
    /// Religious organisations, institutions and clergy.
    Rel,
    /// Civil society organisations not covered above.
    Soc,
}

impl Sector {
    /// Every sector, in PLOVER's order.
    pub const ALL: &'static [Sector] = &[
        Sector::Cop,
        Sector::Gov,
        Sector::Jud,
        Sector::Leg,
        Sector::Mil,
        Sector::Prm,
        Sector::Pty,
        Sector::Reb,
        Sector::Spy,
        Sector::Uaf,
        Sector::Unk,
        Sector::Agr,
        Sector::Bus,
        Sector::Crm,
        Sector::Cvl,
        Sector::Edu,
        Sector::Eli,
        Sector::Jrn,
        Sector::Lab,
        Sector::Med,
        Sector::Ref,
        Sector::Opp,
        Sector::Pre,
        Sector::Rel,
        Sector::Soc,
    ];

    /// The three-letter code ("GOV").
    pub fn code(self) -> &'static str {
        match self {
            Sector::Cop => "COP",
            Sector::Gov => "GOV",
            Sector::Jud => "JUD",
            Sector::Leg => "LEG",
            Sector::Mil => "MIL",
            Sector::Prm => "PRM",
            Sector::Pty => "PTY",
            Sector::Reb => "REB",
            Sector::Spy => "SPY",
            Sector::Uaf => "UAF",
            Sector::Unk => "UNK",
            Sector::Agr => "AGR",
            Sector::Bus => "BUS",
            Sector::Crm => "CRM",
            Sector::Cvl => "CVL",
            Sector::Edu => "EDU",
            Sector::Eli => "ELI",
            Sector::Jrn => "JRN",
            Sector::Lab => "LAB",
            Sector::Med => "MED",
            Sector::Ref => "REF",
            Sector::Opp => "OPP",
            Sector::Pre => "PRE",
            Sector::Rel => "REL",
            Sector::Soc => "SOC",
        }
    }

    /// The sector with this code (upper case), if any.
    pub fn parse(code: &str) -> Option<Sector> {
        Sector::ALL.iter().copied().find(|s| s.code() == code)
    }
}

impl std::fmt::Display for Sector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(Sector::ALL.len(), 25);
        for &sector in Sector::ALL {
            assert_eq!(Sector::parse(sector.code()), Some(sector));
        }
        assert_eq!(Sector::parse("gov"), None);
        assert_eq!(Sector::Jrn.to_string(), "JRN");
    }
}
