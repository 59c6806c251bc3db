//! Names from the knowledge base ([`crate::kb`]) as gazetteer lists for the
//! recogniser: places (countries, territories, areas, capitals, GeoNames cities
//! and first-level regions), organisations, and nationality or group words.

use crate::kb::Kb;

/// A gazetteer list drawn from the knowledge base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KbList {
    /// Countries, territories, areas, cities and regions, with their other names.
    Place,
    /// Organisations and their aliases ("UN", "Itar-Tass").
    Organisation,
    /// Demonyms of countries and territories, and group names and forms ("Kurdish").
    Group,
}

/// Place names of one word shorter than this are left out (GeoNames lists
/// towns such as "Of" and "Ba").
const MIN_PLACE_CHARS: usize = 4;

/// Every name of the knowledge base with its list, as written there.
pub fn kb_entries() -> Vec<(&'static str, KbList)> {
    let kb = Kb::get();
    let mut out: Vec<(&'static str, KbList)> = Vec::new();
    let mut place = |name: &'static str| {
        if name.contains(' ') || name.chars().count() >= MIN_PLACE_CHARS {
            out.push((name, KbList::Place));
        }
    };
    for c in kb.countries() {
        [c.name]
            .into_iter()
            .chain(c.official_name)
            .for_each(&mut place);
        c.aliases.iter().for_each(|&a| place(a));
        c.capital.into_iter().for_each(&mut place);
        c.capital_aliases.iter().for_each(|&a| place(a));
    }
    for t in kb.territories() {
        place(t.name);
        t.aliases.iter().for_each(|&a| place(a));
        t.capital.into_iter().for_each(&mut place);
    }
    for a in kb.areas() {
        place(a.name);
        a.aliases.iter().for_each(|&a| place(a));
    }
    let gazetteer = kb.gazetteer();
    for c in gazetteer.cities() {
        place(c.name);
        c.alternate_names.iter().for_each(|&a| place(a));
    }
    for r in gazetteer.regions() {
        place(r.name);
        r.aliases.iter().for_each(|&a| place(a));
    }
    for o in kb.organisations() {
        out.push((o.name, KbList::Organisation));
        out.extend(o.aliases.iter().map(|&a| (a, KbList::Organisation)));
    }
    for c in kb.countries() {
        out.extend(c.demonyms.iter().map(|&d| (d, KbList::Group)));
    }
    for t in kb.territories() {
        out.extend(t.demonyms.iter().map(|&d| (d, KbList::Group)));
    }
    for n in kb.norps() {
        out.push((n.name, KbList::Group));
        out.extend(n.forms.iter().map(|&f| (f, KbList::Group)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_places_organisations_and_groups() {
        let entries = kb_entries();
        let has = |name: &str, list: KbList| entries.contains(&(name, list));
        assert!(entries.len() > 40_000);
        assert!(entries
            .iter()
            .any(|&(n, l)| l == KbList::Place && n == "Grozny"));
        assert!(has("Kurdish", KbList::Group) || has("Kurds", KbList::Group));
        assert!(entries.iter().any(|&(_, l)| l == KbList::Organisation));
        assert!(!has("Of", KbList::Place));
    }
}
