//! Countries, demonyms, capitals, seats of power and territories.

use super::kb;
use crate::kb::{Sector, Territory};

#[rustfmt::skip]
#[test]
fn countries_by_name_alias_and_code() {
    for (name, alpha3) in [
        ("Iran", "IRN"), ("the Islamic Republic of Iran", "IRN"), ("U.S.", "USA"), ("US", "USA"),
        ("USA", "USA"), ("America", "USA"), ("United States of America", "USA"),
        ("the United States", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("Great Britain", "GBR"),
        ("Russian Federation", "RUS"), ("Russia", "RUS"), ("Syrian Arab Republic", "SYR"),
        ("DRC", "COD"), ("Democratic Republic of the Congo", "COD"), ("Congo-Brazzaville", "COG"),
        ("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV"), ("Türkiye", "TUR"), ("Burma", "MMR"),
        ("North Korea", "PRK"), ("South Korea", "KOR"), ("Kosovo", "XKX"), ("Taiwan", "TWN"),
        ("Palestine", "PSE"), ("Czechia", "CZE"), ("Holland", "NLD"), ("Korea (North)", "PRK"),
        ("IRN", "IRN"), ("IR", "IRN"), ("DE", "DEU"),
    ] {
        assert_eq!(kb().country(name).map(|c| c.alpha3), Some(alpha3), "{name}");
    }
    assert!(kb().country("in").is_none(), "lower-case codes are words");
    assert!(kb().country("Kurdistan").is_none(), "Kurdistan is not a country");
    assert!(kb().country("England").is_none(), "England is a territory");
    for foreign in ["Island", "Chili", "Salvador", "Kenia", "Palestinian Authority"] {
        assert!(kb().country(foreign).is_none(), "{foreign}");
    }
}

#[test]
fn every_iso_country_is_present_with_codes_and_names() {
    let countries = kb().countries();
    assert_eq!(countries.len(), 250, "249 ISO 3166-1 countries and Kosovo");
    for c in countries {
        assert_eq!((c.alpha2.len(), c.alpha3.len()), (2, 3), "{c:?}");
        assert_eq!(kb().country(c.alpha3).map(|k| k.alpha2), Some(c.alpha2));
        for name in std::iter::once(&c.name).chain(&c.aliases) {
            assert_eq!(
                kb().country(name).map(|k| k.alpha3),
                Some(c.alpha3),
                "{name}"
            );
        }
        if c.sovereign {
            assert!(c.capital.is_some(), "{} has a capital", c.name);
            assert!(!c.demonyms.is_empty(), "{} has a demonym", c.name);
        }
    }
    let sovereign = countries.iter().filter(|c| c.sovereign).count();
    assert_eq!(
        sovereign, 197,
        "193 UN members, 2 observers, Taiwan, Kosovo"
    );
    assert_eq!(
        kb().country("Iran").map(|c| c.kb_id()).as_deref(),
        Some("kb:country:IRN")
    );
}

#[rustfmt::skip]
#[test]
fn demonyms_and_adjectives() {
    for (word, alpha3) in [
        ("Iranian", "IRN"), ("Iranians", "IRN"), ("Iraqi", "IRQ"), ("Iraqis", "IRQ"),
        ("American", "USA"), ("Americans", "USA"), ("U.S.", "USA"), ("British", "GBR"),
        ("Britons", "GBR"), ("French", "FRA"), ("Dutch", "NLD"), ("Israeli", "ISR"),
        ("Palestinians", "PSE"), ("Saudi", "SAU"), ("Emirati", "ARE"), ("Turkish", "TUR"),
        ("Congolese", "COD"), ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Korean", "KOR"),
        ("Filipino", "PHL"), ("Iraqi Kurdish", "IRQ"), ("Iranian Kurdish", "IRN"),
        ("Scottish", "GBR"),
    ] {
        assert_eq!(kb().country_by_demonym(word).map(|c| c.alpha3), Some(alpha3), "{word}");
    }
    assert!(kb().country_by_demonym("Kurdish").is_none(), "Kurdish names a people");
    assert_eq!(kb().demonym("Kurdish").expect("Kurdish").groups[0].id, "kurds");
    let iraqi_kurdish = kb().demonym("Iraqi Kurdish").expect("Iraqi Kurdish");
    assert_eq!(iraqi_kurdish.territory.map(|t| t.id), Some("kurdistan-region"));
    assert_eq!(iraqi_kurdish.groups.first().map(|g| g.id), Some("kurds"));
    let iranian_kurds = kb().demonym("Iranian Kurds").expect("Iranian Kurds");
    assert_eq!(iranian_kurds.country.map(|c| c.alpha3), Some("IRN"));
    assert_eq!(iranian_kurds.groups.first().map(|g| g.id), Some("kurds"));
    let sunni_arab = kb().demonym("Sunni Arab").expect("Sunni Arab");
    let ids: Vec<&str> = sunni_arab.groups.iter().map(|g| g.id).collect();
    assert_eq!(ids, ["sunnis", "arabs"]);
    assert!(kb().demonym("Tuesday").is_none());
}

#[rustfmt::skip]
#[test]
fn capitals_are_not_countries_but_stand_for_governments() {
    for (country, capital) in [
        ("Iran", "Tehran"), ("United States", "Washington"), ("Ukraine", "Kyiv"),
        ("Kazakhstan", "Astana"), ("Iraq", "Baghdad"), ("Turkey", "Ankara"), ("Kosovo", "Pristina"),
    ] {
        assert_eq!(kb().capital_of(country), Some(capital), "{country}");
    }
    assert_eq!(kb().country_by_capital("Kiev").map(|c| c.alpha3), Some("UKR"));
    assert_eq!(kb().country_by_capital("Kingston").map(|c| c.alpha3), Some("JAM"));
    assert!(kb().country("Tehran").is_none());
    let gov = Some(Sector::Gov);
    for (name, kb_id, sector, capital) in [
        ("Tehran", "kb:country:IRN", gov, true),
        ("Washington", "kb:country:USA", gov, true),
        ("Moscow", "kb:country:RUS", gov, true),
        ("Erbil", "kb:territory:kurdistan-region", gov, true),
        ("the Kremlin", "kb:country:RUS", gov, false),
        ("White House", "kb:country:USA", gov, false),
        ("the Pentagon", "kb:org:DOD", Some(Sector::Mil), false),
        ("Downing Street", "kb:country:GBR", gov, false),
        ("No. 10", "kb:country:GBR", gov, false),
        ("Elysee", "kb:country:FRA", gov, false),
        ("Élysée Palace", "kb:country:FRA", gov, false),
        ("Whitehall", "kb:country:GBR", gov, false),
        ("Zhongnanhai", "kb:country:CHN", gov, false),
        ("Blue House", "kb:country:KOR", gov, false),
        ("Langley", "kb:org:CIA", Some(Sector::Spy), false),
        ("Brussels", "kb:org:EU", None, false),
    ] {
        let seat = kb().seat_of_power(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((seat.kb_id.as_str(), seat.sector, seat.capital), (kb_id, sector, capital), "{name}");
    }
    assert_eq!(kb().seat_of_power("the Pentagon").and_then(|s| s.country), Some("USA"));
    assert!(kb().seat_of_power("Gaza City").is_none(), "occupied, not governed");
    assert!(kb().seat_of_power("Sulaymaniyah").is_none());
}

#[rustfmt::skip]
#[test]
fn territories() {
    for (name, id, country) in [
        ("Kurdistan Region", "kurdistan-region", "IRQ"), ("Iraqi Kurdistan", "kurdistan-region", "IRQ"),
        ("KRI", "kurdistan-region", "IRQ"), ("Gaza", "gaza", "PSE"), ("the Gaza Strip", "gaza", "PSE"),
        ("West Bank", "west-bank", "PSE"), ("Crimea", "crimea", "UKR"), ("Donbass", "donbas", "UKR"),
        ("Chechnya", "chechnya", "RUS"), ("Transnistria", "transnistria", "MDA"),
        ("England", "england", "GBR"),
    ] {
        let t = kb().territory(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((t.id, t.country), (id, country), "{name}");
        assert!(t.coordinates.is_some(), "{name}");
    }
    assert!(kb().territory("Abkhazia").is_some_and(Territory::partially_recognised));
    assert!(!kb().territory("Gaza").is_some_and(Territory::partially_recognised));
    for t in kb().territories() {
        assert!(kb().country(t.country).is_some(), "{}: country {}", t.id, t.country);
    }
}
