//! Countries: every ISO 3166-1 country and Kosovo, with names, codes,
//! demonyms, capitals and centroids.
//!
//! `data/kb/countries.tsv` lists each country's common English name, capital,
//! extra aliases and demonyms; the [`keshvar`] crate adds ISO names, unofficial
//! names, its nationality adjective, the centroid and the population.

use keshvar::Alpha2;

use super::fold::{fold, is_latin, NameIndex};
use super::tsv;

const DATA: &str = include_str!("../../data/kb/countries.tsv");

/// A country or an ISO-coded dependency.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("IR"; "XK" for Kosovo).
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3 code ("IRN"; "XKX" for Kosovo).
    pub alpha3: &'static str,
    /// Common English name ("Iran").
    pub name: &'static str,
    /// Official long name ("The Islamic Republic of Iran"), where known.
    pub official_name: Option<&'static str>,
    /// Other names and short names in English news ("Persia", "UK", "U.S.").
    pub aliases: Vec<&'static str>,
    /// Adjectives and people nouns, main adjective first ("Iranian", "Persian").
    pub demonyms: Vec<&'static str>,
    /// Capital or seat of government ("Tehran").
    pub capital: Option<&'static str>,
    /// Other names of the capital ("Kiev" for Kyiv).
    pub capital_aliases: Vec<&'static str>,
    /// Sovereign state (UN member, observer, Taiwan or Kosovo) rather than a dependency.
    pub sovereign: bool,
    /// Geographic centre (latitude, longitude), where known.
    pub centroid: Option<(f64, f64)>,
    /// Population, where known.
    pub population: Option<u64>,
}

impl Country {
    /// The knowledge-base id (`kb:country:IRN`).
    pub fn kb_id(&self) -> String {
        format!("kb:country:{}", self.alpha3)
    }
}

/// All countries with their name, code, demonym and capital indexes.
#[derive(Debug)]
pub struct Countries {
    all: Vec<Country>,
    names: NameIndex,
    demonyms: NameIndex,
    capitals: NameIndex,
}

impl Countries {
    /// Loads the countries. The crate's unofficial names are used only when
    /// they have several words (its one-word names are mostly other languages'
    /// names: "Island" for Iceland, "Chili" for Chile) and no index in
    /// `reserved` (territories, organisations) has them.
    pub fn load(reserved: &[&NameIndex]) -> Countries {
        let (all, from_file): (Vec<Country>, Vec<FromFile>) =
            tsv::rows("countries.tsv", DATA).map(country).unzip();
        let mut names = NameIndex::default();
        let mut demonyms = NameIndex::default();
        let mut capitals = NameIndex::default();
        // The file's names first, sovereign states before dependencies.
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by_key(|&i| !all[i].sovereign);
        for &i in &order {
            let (c, file) = (&all[i], &from_file[i]);
            names.insert_if_free(c.name, i);
            for alias in &c.aliases[..file.aliases] {
                names.insert_if_free(alias, i);
            }
            for demonym in &c.demonyms[..file.demonyms] {
                demonyms.insert_if_free(demonym, i);
                if let Some(plural) = plural(demonym) {
                    demonyms.insert_if_free(&plural, i);
                }
            }
        }
        // Names from the crate fill gaps only, larger countries first.
        let mut by_size: Vec<usize> = (0..all.len()).collect();
        by_size.sort_by_key(|&i| std::cmp::Reverse(all[i].population.unwrap_or(0)));
        for &i in &by_size {
            let (c, file) = (&all[i], &from_file[i]);
            for alias in &c.aliases[file.aliases..] {
                let several_words = fold(alias).contains(' ');
                if several_words && !reserved.iter().any(|index| index.contains(alias)) {
                    names.insert_if_free(alias, i);
                }
            }
            for demonym in &c.demonyms[file.demonyms..] {
                demonyms.insert_if_free(demonym, i);
            }
            for capital in c.capital.iter().chain(&c.capital_aliases) {
                capitals.insert(capital, i);
            }
        }
        // Keep as aliases only the names that lead back to the country.
        let mut all = all;
        for (i, c) in all.iter_mut().enumerate() {
            c.aliases
                .retain(|a| names.get(a).first() == Some(&(i as u32)));
        }
        Countries {
            all,
            names,
            demonyms,
            capitals,
        }
    }

    /// Every country, in alpha-2 order.
    pub fn all(&self) -> &[Country] {
        &self.all
    }

    /// The country with this name, alias or ISO code. Two- and three-letter
    /// codes count only when written in capitals ("IN" is India, "in" is not).
    pub fn get(&self, name: &str) -> Option<&Country> {
        let name = name.trim();
        if let Some(country) = self.get_name(name) {
            return Some(country);
        }
        let is_code = (2..=3).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase());
        if is_code {
            return self.by_code(name);
        }
        None
    }

    /// The country with this name or alias (no codes).
    pub fn get_name(&self, name: &str) -> Option<&Country> {
        self.names.get(name).first().map(|&i| &self.all[i as usize])
    }

    /// The country with this alpha-2 or alpha-3 code, in any case.
    pub fn by_code(&self, code: &str) -> Option<&Country> {
        let code = code.trim();
        self.all
            .iter()
            .find(|c| c.alpha2.eq_ignore_ascii_case(code) || c.alpha3.eq_ignore_ascii_case(code))
    }

    /// The country whose people or adjective this is ("Iranian", "Iraqis",
    /// "British", "U.S.").
    pub fn by_demonym(&self, word: &str) -> Option<&Country> {
        self.demonyms
            .get(word)
            .first()
            .map(|&i| &self.all[i as usize])
    }

    /// The countries whose capital has this name, most populous first.
    pub fn by_capital(&self, name: &str) -> impl Iterator<Item = &Country> {
        self.capitals
            .get(name)
            .iter()
            .map(|&i| &self.all[i as usize])
    }
}

/// How many of a country's aliases and demonyms come from the data file (they
/// come first; the crate's follow and only fill gaps in the indexes).
struct FromFile {
    aliases: usize,
    demonyms: usize,
}

/// Regular plural of a people noun ("Iranian" -> "Iranians", "Iraqi" -> "Iraqis").
fn plural(demonym: &str) -> Option<String> {
    let regular = demonym.ends_with("an") || demonym.ends_with('i');
    (regular && !demonym.contains('.')).then(|| format!("{demonym}s"))
}

/// One row of `countries.tsv`, completed from the crate.
fn country(row: tsv::Row) -> (Country, FromFile) {
    let alpha2 = row.required(0);
    let capitals = row.list(3);
    let mut c = Country {
        alpha2,
        alpha3: row.required(1),
        name: row.required(2),
        official_name: None,
        aliases: row.list(5),
        demonyms: row.list(6),
        capital: capitals.first().copied(),
        capital_aliases: capitals.get(1..).unwrap_or_default().to_vec(),
        sovereign: row.parsed(4, |kind| match kind {
            "state" => Some(true),
            "dependency" => Some(false),
            _ => None,
        }),
        centroid: None,
        population: None,
    };
    let file = FromFile {
        aliases: c.aliases.len(),
        demonyms: c.demonyms.len(),
    };
    if let Ok(code) = Alpha2::try_from(alpha2) {
        let k = code.to_country();
        assert_eq!(
            k.alpha3().to_string(),
            c.alpha3,
            "{}: alpha-3 code",
            row.at()
        );
        c.official_name = Some(k.iso_long_name().trim_start_matches("The "));
        let names = std::iter::once(k.iso_short_name())
            .chain(k.unofficial_name_list().iter().copied())
            .filter(|n| is_latin(n));
        let mut known: Vec<String> = std::iter::once(c.name)
            .chain(c.aliases.iter().copied())
            .map(fold)
            .collect();
        for name in names {
            let key = fold(name);
            if !known.contains(&key) {
                known.push(key);
                c.aliases.push(name);
            }
        }
        let nationalities = k
            .maybe_nationality()
            .into_iter()
            .flat_map(|n| n.split(", "));
        for nationality in nationalities {
            if !c.demonyms.contains(&nationality) {
                c.demonyms.push(nationality);
            }
        }
        c.centroid = Some((k.geo().latitude(), k.geo().longitude()));
        c.population = k.maybe_population();
    }
    (c, file)
}
