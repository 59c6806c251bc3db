//! Place lookups over countries, territories and the gazetteer, ranked so that
//! the usual reading comes first ("Paris": France's capital before Paris, Texas).

use super::gazetteer::{City, Region};
use super::{Area, Country, Kb, Territory};

/// What kind of place a [`Place`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A territory of `territories.tsv`.
    Territory,
    /// A world region, sea, strait or mountain range, in no one country.
    Area,
    /// A first-level region.
    Region,
    /// A city or town.
    City,
}

/// A place with its country and coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Knowledge-base id: `kb:country:IRQ`, `kb:territory:gaza`, `kb:area:sahel`,
    /// `kb:region:IQ.11`, `kb:geo:95446`.
    pub kb_id: String,
    /// Name ("Erbil").
    pub name: &'static str,
    /// Kind of place.
    pub kind: PlaceKind,
    /// ISO alpha-3 code of its country (`None` for areas).
    pub country: Option<&'static str>,
    /// The first-level region a city is in ("Arbīl").
    pub region: Option<&'static str>,
    /// Latitude and longitude (a country's centre, a region's largest city).
    pub coordinates: Option<(f64, f64)>,
    /// Population (cities and countries).
    pub population: Option<u64>,
}

impl Kb {
    /// Places with this name, best reading first: countries, then territories,
    /// then areas ("Middle East"), then cities and regions by prominence (population; a national capital
    /// counts ten times). Places in `country_hint` (a country name, code or
    /// demonym) come first.
    pub fn place(&self, name: &str, country_hint: Option<&str>) -> Vec<Place> {
        let mut found: Vec<(u64, Place)> = Vec::new();
        if let Some(c) = self.countries.get_name(name) {
            found.push((4_000_000_000_000, self.country_place(c)));
        }
        if let Some(t) = self.territories.get(name) {
            found.push((2_000_000_000_000, territory_place(t)));
        }
        if let Some(a) = self.areas.get(name) {
            found.push((1_000_000_000_000, area_place(a)));
        }
        let gazetteer = self.gazetteer();
        for (city, main_name) in gazetteer.cities_named(name) {
            let mut weight = city.population * if main_name { 2 } else { 1 };
            if self.is_capital(city) {
                weight *= 10;
            }
            if let Some(place) = self.city_place(city) {
                found.push((weight, place));
            }
        }
        for region in gazetteer.regions_named(name) {
            if let Some(place) = self.region_place(region) {
                found.push((region.largest_city_population / 2, place));
            }
        }
        self.rank(found, country_hint)
    }

    /// The first-level regions with this name, or the one with this GeoNames
    /// code ("IQ.11"); those in `country_hint` first, then by prominence.
    pub fn region(&self, name_or_code: &str, country_hint: Option<&str>) -> Vec<Place> {
        let gazetteer = self.gazetteer();
        let by_code = gazetteer.region(name_or_code).into_iter();
        let found = by_code
            .chain(gazetteer.regions_named(name_or_code))
            .filter_map(|r| Some((r.largest_city_population, self.region_place(r)?)))
            .collect();
        self.rank(found, country_hint)
    }

    /// The cities of a country (name or code), most populous first.
    pub fn places_in(&self, country: &str) -> Vec<Place> {
        let Some(c) = self.country(country) else {
            return Vec::new();
        };
        let cities = self.gazetteer().cities_in(c.alpha2);
        cities
            .iter()
            .filter_map(|city| self.city_place(city))
            .collect()
    }

    /// The country as a place: its centre, or its capital when the centre is unknown.
    pub fn country_place(&self, c: &Country) -> Place {
        let capital = || {
            let city = self
                .gazetteer()
                .cities_named(c.capital?)
                .find(|(city, _)| city.country == c.alpha2);
            city.map(|(city, _)| city.coordinates)
        };
        Place {
            kb_id: c.kb_id(),
            name: c.name,
            kind: PlaceKind::Country,
            country: Some(c.alpha3),
            region: None,
            coordinates: c.centroid.or_else(capital),
            population: c.population,
        }
    }

    fn city_place(&self, city: &City) -> Option<Place> {
        let country = self.countries.by_code(city.country)?;
        let region = self.gazetteer().region(&city.region_code());
        Some(Place {
            kb_id: format!("kb:geo:{}", city.geonameid),
            name: city.name,
            kind: PlaceKind::City,
            country: Some(country.alpha3),
            region: region.map(|r| r.name),
            coordinates: Some(city.coordinates),
            population: Some(city.population),
        })
    }

    fn region_place(&self, region: &Region) -> Option<Place> {
        let country = self.countries.by_code(region.country())?;
        Some(Place {
            kb_id: format!("kb:region:{}", region.code),
            name: region.name,
            kind: PlaceKind::Region,
            country: Some(country.alpha3),
            region: None,
            coordinates: region.coordinates,
            population: None,
        })
    }

    /// True when the city is its country's capital.
    fn is_capital(&self, city: &City) -> bool {
        let Some(capital) = self.countries.by_code(city.country).and_then(|c| c.capital) else {
            return false;
        };
        self.gazetteer()
            .cities_named(capital)
            .any(|(c, _)| c.geonameid == city.geonameid)
    }

    /// Orders weighted places: in the hinted country first, then by weight;
    /// drops repeats.
    fn rank(&self, mut found: Vec<(u64, Place)>, country_hint: Option<&str>) -> Vec<Place> {
        let hint =
            country_hint.and_then(|h| self.country(h).or_else(|| self.country_by_demonym(h)));
        let hint = hint.map(|c| Some(c.alpha3));
        found.sort_by_key(|(weight, place)| {
            (hint != Some(place.country), std::cmp::Reverse(*weight))
        });
        let mut places: Vec<Place> = Vec::with_capacity(found.len());
        for (_, place) in found {
            if !places.iter().any(|p| p.kb_id == place.kb_id) {
                places.push(place);
            }
        }
        places
    }
}

fn area_place(a: &Area) -> Place {
    Place {
        kb_id: a.kb_id(),
        name: a.name,
        kind: PlaceKind::Area,
        country: None,
        region: None,
        coordinates: a.coordinates,
        population: None,
    }
}

fn territory_place(t: &Territory) -> Place {
    Place {
        kb_id: t.kb_id(),
        name: t.name,
        kind: PlaceKind::Territory,
        country: Some(t.country),
        region: None,
        coordinates: t.coordinates,
        population: None,
    }
}
