//! The gazetteer: places ranked by prominence and country hint, regions, cities by country.

use super::kb;
use crate::kb::PlaceKind;

#[test]
fn ambiguous_names_rank_the_prominent_place_first() {
    let paris = kb().place("Paris", None);
    assert_eq!(
        (paris[0].country, paris[0].kind),
        (Some("FRA"), PlaceKind::City)
    );
    assert!(
        paris.iter().any(|p| p.country == Some("USA")),
        "Paris, Texas is a candidate"
    );
    for hint in ["United States", "US", "USA", "American"] {
        assert_eq!(
            kb().place("Paris", Some(hint))[0].country,
            Some("USA"),
            "{hint}"
        );
    }
    assert_eq!(
        kb().place("Washington", None)[0].kb_id,
        "kb:geo:4140963",
        "the capital"
    );
    assert_eq!(kb().place("Georgia", None)[0].kind, PlaceKind::Country);
    assert_eq!(
        kb().place("Georgia", Some("USA"))[0].kind,
        PlaceKind::Region
    );
    assert_eq!(kb().place("Iraq", None)[0].kb_id, "kb:country:IRQ");
    assert_eq!(kb().place("Gaza Strip", None)[0].kind, PlaceKind::Territory);
    assert!(kb().place("Nowhereville", None).is_empty());
    let middle_east = &kb().place("the Middle East", None)[0];
    assert_eq!(
        (middle_east.kind, middle_east.country),
        (PlaceKind::Area, None)
    );
    assert!(middle_east.coordinates.is_some());
    assert_eq!(kb().place("Qandil", None)[0].kb_id, "kb:area:qandil");
}

#[test]
fn alternate_names_and_diacritics() {
    let erbil = &kb().place("Erbil", None)[0];
    assert_eq!(
        (erbil.kind, erbil.country, erbil.region),
        (PlaceKind::City, Some("IRQ"), Some("Arbīl"))
    );
    let (lat, lon) = erbil.coordinates.expect("coordinates");
    assert!((lat - 36.19).abs() < 0.05 && (lon - 44.01).abs() < 0.05);
    assert_eq!(erbil.population, Some(1_612_700));
    for name in ["Hewler", "Irbil", "Arbil"] {
        assert_eq!(kb().place(name, None)[0].kb_id, erbil.kb_id, "{name}");
    }
    let zurich = &kb().place("Zurich", None)[0];
    assert_eq!((zurich.name, zurich.country), ("Zürich", Some("CHE")));
    for name in ["Zürich", "ZURICH", "zurich"] {
        assert_eq!(kb().place(name, None)[0].kb_id, zurich.kb_id, "{name}");
    }
    let qamishli = &kb().place("Qamishli", None)[0];
    assert_eq!(
        (qamishli.name, qamishli.country),
        ("Al Qāmishlī", Some("SYR"))
    );
}

#[test]
fn every_country_is_a_place_with_coordinates() {
    for c in kb().countries().iter().filter(|c| c.sovereign) {
        assert!(kb().country_place(c).coordinates.is_some(), "{}", c.name);
    }
    let kosovo = kb().country("Kosovo").expect("Kosovo");
    assert!(
        kb().country_place(kosovo).coordinates.is_some(),
        "from its capital"
    );
}

#[test]
fn regions_and_cities_by_country() {
    assert_eq!(
        kb().region("Erbil Governorate", None)[0].kb_id,
        "kb:region:IQ.11"
    );
    assert_eq!(kb().region("IQ.11", None)[0].name, "Arbīl");
    assert_eq!(kb().region("California", None)[0].country, Some("USA"));
    assert_eq!(kb().region("Punjab", Some("India"))[0].country, Some("IND"));
    assert_eq!(
        kb().region("Punjab", Some("Pakistan"))[0].country,
        Some("PAK")
    );

    let iraq = kb().places_in("Iraq");
    assert_eq!(iraq[0].name, "Baghdad");
    assert!(iraq.len() > 50);
    assert!(iraq.windows(2).all(|w| w[0].population >= w[1].population));
    assert!(kb().places_in("Atlantis").is_empty());

    let gazetteer = kb().gazetteer();
    assert!(gazetteer.cities().len() > 30_000);
    assert!(gazetteer.regions().len() > 3_000);
    for city in gazetteer.cities() {
        assert!(
            kb().country(city.country).is_some(),
            "{}: {}",
            city.name,
            city.country
        );
    }
}
