//! Table-driven lookups over the whole knowledge base.

use super::*;
use crate::document::{EntityType, Predicate};

fn kb() -> &'static Kb {
    Kb::get()
}

#[test]
fn countries_by_name_alias_and_code() {
    for (name, alpha3) in [
        ("Iran", "IRN"),
        ("the Islamic Republic of Iran", "IRN"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("United States of America", "USA"),
        ("the United States", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Great Britain", "GBR"),
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("Syrian Arab Republic", "SYR"),
        ("DRC", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("Palestine", "PSE"),
        ("Czechia", "CZE"),
        ("Holland", "NLD"),
        ("IRN", "IRN"),
        ("IR", "IRN"),
        ("DE", "DEU"),
    ] {
        assert_eq!(kb().country(name).map(|c| c.alpha3), Some(alpha3), "{name}");
    }
    assert!(kb().country("in").is_none(), "lower-case codes are words");
    assert!(
        kb().country("Kurdistan").is_none(),
        "Kurdistan is not a country"
    );
    assert!(kb().country("England").is_none(), "England is a territory");
}

#[test]
fn every_iso_country_is_present_with_codes_and_names() {
    let countries = kb().countries();
    assert_eq!(countries.len(), 250, "249 ISO 3166-1 countries and Kosovo");
    for c in countries {
        assert_eq!(c.alpha2.len(), 2, "{c:?}");
        assert_eq!(c.alpha3.len(), 3, "{c:?}");
        assert_eq!(kb().country(c.alpha3).map(|k| k.alpha2), Some(c.alpha2));
        assert_eq!(
            kb().country(c.name).map(|k| k.alpha3),
            Some(c.alpha3),
            "{}",
            c.name
        );
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
}

#[test]
fn demonyms_and_adjectives() {
    for (word, alpha3) in [
        ("Iranian", "IRN"),
        ("Iranians", "IRN"),
        ("Iraqi", "IRQ"),
        ("Iraqis", "IRQ"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("U.S.", "USA"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("French", "FRA"),
        ("Dutch", "NLD"),
        ("Israeli", "ISR"),
        ("Palestinians", "PSE"),
        ("Saudi", "SAU"),
        ("Emirati", "ARE"),
        ("Turkish", "TUR"),
        ("Congolese", "COD"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Korean", "KOR"),
        ("Filipino", "PHL"),
        ("Iraqi Kurdish", "IRQ"),
        ("Iranian Kurdish", "IRN"),
        ("Scottish", "GBR"),
    ] {
        assert_eq!(
            kb().country_by_demonym(word).map(|c| c.alpha3),
            Some(alpha3),
            "{word}"
        );
    }
    assert!(
        kb().country_by_demonym("Kurdish").is_none(),
        "Kurdish names a people"
    );

    let kurdish = kb().demonym("Kurdish").expect("Kurdish");
    assert_eq!(kurdish.groups[0].id, "kurds");
    let iraqi_kurdish = kb().demonym("Iraqi Kurdish").expect("Iraqi Kurdish");
    assert_eq!(
        iraqi_kurdish.territory.map(|t| t.id),
        Some("kurdistan-region")
    );
    let sunni_arab = kb().demonym("Sunni Arab").expect("Sunni Arab");
    let ids: Vec<&str> = sunni_arab.groups.iter().map(|g| g.id).collect();
    assert_eq!(ids, ["sunnis", "arabs"]);
    assert!(kb().demonym("Tuesday").is_none());
}

#[test]
fn capitals_are_not_countries_but_stand_for_governments() {
    for (country, capital) in [
        ("Iran", "Tehran"),
        ("United States", "Washington"),
        ("Ukraine", "Kyiv"),
        ("Kazakhstan", "Astana"),
        ("Iraq", "Baghdad"),
        ("Turkey", "Ankara"),
        ("Kosovo", "Pristina"),
    ] {
        assert_eq!(kb().capital_of(country), Some(capital), "{country}");
    }
    assert_eq!(
        kb().country_by_capital("Kiev").map(|c| c.alpha3),
        Some("UKR")
    );
    assert_eq!(
        kb().country_by_capital("Kingston").map(|c| c.alpha3),
        Some("JAM")
    );
    assert!(kb().country("Tehran").is_none());
    for (name, kb_id, sector, capital) in [
        ("Tehran", "kb:country:IRN", Some(Sector::Gov), true),
        ("Washington", "kb:country:USA", Some(Sector::Gov), true),
        ("Moscow", "kb:country:RUS", Some(Sector::Gov), true),
        (
            "Erbil",
            "kb:territory:kurdistan-region",
            Some(Sector::Gov),
            true,
        ),
        ("the Kremlin", "kb:country:RUS", Some(Sector::Gov), false),
        ("White House", "kb:country:USA", Some(Sector::Gov), false),
        ("the Pentagon", "kb:org:DOD", Some(Sector::Mil), false),
        ("Downing Street", "kb:country:GBR", Some(Sector::Gov), false),
        ("No. 10", "kb:country:GBR", Some(Sector::Gov), false),
        ("Elysee", "kb:country:FRA", Some(Sector::Gov), false),
        ("Élysée Palace", "kb:country:FRA", Some(Sector::Gov), false),
        ("Whitehall", "kb:country:GBR", Some(Sector::Gov), false),
        ("Zhongnanhai", "kb:country:CHN", Some(Sector::Gov), false),
        ("Blue House", "kb:country:KOR", Some(Sector::Gov), false),
        ("Langley", "kb:org:CIA", Some(Sector::Spy), false),
        ("Brussels", "kb:org:EU", None, false),
    ] {
        let seat = kb().seat_of_power(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            (seat.kb_id.as_str(), seat.sector, seat.capital),
            (kb_id, sector, capital),
            "{name}"
        );
    }
    assert_eq!(
        kb().seat_of_power("the Pentagon").and_then(|s| s.country),
        Some("USA")
    );
    assert!(
        kb().seat_of_power("Gaza City").is_none(),
        "occupied, not governed"
    );
    assert!(kb().seat_of_power("Sulaymaniyah").is_none());
}

#[test]
fn territories() {
    for (name, id, country) in [
        ("Kurdistan Region", "kurdistan-region", "IRQ"),
        ("Iraqi Kurdistan", "kurdistan-region", "IRQ"),
        ("KRI", "kurdistan-region", "IRQ"),
        ("Gaza", "gaza", "PSE"),
        ("the Gaza Strip", "gaza", "PSE"),
        ("West Bank", "west-bank", "PSE"),
        ("Crimea", "crimea", "UKR"),
        ("Donbass", "donbas", "UKR"),
        ("Chechnya", "chechnya", "RUS"),
        ("Transnistria", "transnistria", "MDA"),
        ("England", "england", "GBR"),
    ] {
        let t = kb().territory(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((t.id, t.country), (id, country), "{name}");
        assert!(t.coordinates.is_some(), "{name}");
    }
    assert!(kb()
        .territory("Abkhazia")
        .is_some_and(Territory::partially_recognised));
    assert!(!kb()
        .territory("Gaza")
        .is_some_and(Territory::partially_recognised));
    for t in kb().territories() {
        assert!(
            kb().country(t.country).is_some(),
            "{}: country {}",
            t.id,
            t.country
        );
    }
}

#[test]
fn organisations_by_acronym_and_name() {
    for (name, id, kind, actor) in [
        ("PUK", "PUK", OrgKind::Party, "IRQ"),
        ("Patriotic Union of Kurdistan", "PUK", OrgKind::Party, "IRQ"),
        (
            "the Patriotic Union of Kurdistan",
            "PUK",
            OrgKind::Party,
            "IRQ",
        ),
        ("KDPI", "PDKI", OrgKind::Party, "IRN"),
        ("PDKI", "PDKI", OrgKind::Party, "IRN"),
        ("NATO", "NATO", OrgKind::Igo, "IGO"),
        ("U.N.", "UN", OrgKind::Igo, "UNO"),
        ("the United Nations", "UN", OrgKind::Igo, "UNO"),
        ("UN refugee agency", "UNHCR", OrgKind::Igo, "UNO"),
        ("World Health Organisation", "WHO", OrgKind::Igo, "UNO"),
        ("IAEA", "IAEA", OrgKind::Igo, "UNO"),
        ("EU", "EU", OrgKind::Igo, "EUR"),
        ("Arab League", "ARABLEAGUE", OrgKind::Igo, "IGO"),
        ("ICC", "ICC", OrgKind::Igo, "IGO"),
        ("Red Cross", "ICRC", OrgKind::Ngo, "NGO"),
        ("Doctors Without Borders", "MSF", OrgKind::Ngo, "NGO"),
        ("Médecins Sans Frontières", "MSF", OrgKind::Ngo, "NGO"),
        ("Human Rights Watch", "HRW", OrgKind::Ngo, "NGO"),
        ("Reuters", "REUTERS", OrgKind::Media, "GBR"),
        ("AP", "AP", OrgKind::Media, "USA"),
        ("Itar-Tass", "TASS", OrgKind::Media, "RUS"),
        ("IRNA", "IRNA", OrgKind::Media, "IRN"),
        ("Xinhua", "XINHUA", OrgKind::Media, "CHN"),
        ("Revolutionary Guards", "IRGC", OrgKind::State, "IRN"),
        ("CIA", "CIA", OrgKind::State, "USA"),
        ("Islamic State", "ISIS", OrgKind::Armed, "IMG"),
        ("Daesh", "ISIS", OrgKind::Armed, "IMG"),
        ("Hashd al-Shaabi", "PMF", OrgKind::State, "IRQ"),
    ] {
        let org = kb().organisation(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((org.id, org.kind, org.actor), (id, kind, actor), "{name}");
    }
    let pdki = kb().organisation("PDKI").expect("PDKI");
    assert_eq!(
        (pdki.country(), pdki.sector),
        (Some("IRN"), Some(Sector::Opp))
    );
    assert_eq!(
        kb().organisation("NATO")
            .map(Organisation::kb_id)
            .as_deref(),
        Some("kb:org:NATO")
    );
    assert_eq!(
        kb().organisation("UN").and_then(Organisation::country),
        None
    );
    assert_eq!(
        kb().organisation("Reuters").and_then(|o| o.sector),
        Some(Sector::Jrn)
    );
}

#[test]
fn organisation_ids_parents_and_actors_are_consistent() {
    let orgs = kb().organisations();
    for org in orgs {
        assert_eq!(
            orgs.iter().filter(|o| o.id == org.id).count(),
            1,
            "duplicate id {}",
            org.id
        );
        if let Some(parent) = org.parent {
            assert!(
                kb().organisation_by_id(parent).is_some(),
                "{}: parent {parent}",
                org.id
            );
        }
        let known = NON_STATE_ACTORS.contains(&org.actor) || kb().country(org.actor).is_some();
        assert!(known, "{}: actor {}", org.id, org.actor);
    }
    assert!(orgs.len() >= 250, "{} organisations", orgs.len());
}

#[test]
fn norp_groups() {
    for (name, id) in [
        ("Kurds", "kurds"),
        ("Kurd", "kurds"),
        ("Kurdish", "kurds"),
        ("Shiite", "shia"),
        ("Shi'ites", "shia"),
        ("Shia", "shia"),
        ("Sunnis", "sunnis"),
        ("Alawites", "alawites"),
        ("Uighurs", "uyghurs"),
        ("Pashtun", "pashtuns"),
        ("Yazidis", "yazidis"),
        ("Jewish", "jews"),
        ("Republicans", "republicans"),
    ] {
        assert_eq!(kb().norp(name).map(|n| n.id), Some(id), "{name}");
    }
    assert_eq!(
        kb().norp("Kurds").map(Norp::kb_id).as_deref(),
        Some("kb:norp:kurds")
    );
    assert!(kb().norp("Iranian").is_none(), "nationalities are demonyms");
}

#[test]
fn roles_with_sector_and_relation() {
    use Predicate::{LeaderOf, MemberOf, SpokespersonFor};
    for (title, canonical, sector, relation) in [
        ("president", "president", Some(Sector::Gov), Some(LeaderOf)),
        (
            "Prime Minister",
            "prime minister",
            Some(Sector::Gov),
            Some(LeaderOf),
        ),
        (
            "deputy prime minister",
            "deputy prime minister",
            Some(Sector::Gov),
            Some(MemberOf),
        ),
        (
            "premier",
            "prime minister",
            Some(Sector::Gov),
            Some(LeaderOf),
        ),
        (
            "foreign minister",
            "foreign minister",
            Some(Sector::Gov),
            Some(MemberOf),
        ),
        ("ministers", "minister", Some(Sector::Gov), Some(MemberOf)),
        ("spokesman", "spokesperson", None, Some(SpokespersonFor)),
        ("spokeswoman", "spokesperson", None, Some(SpokespersonFor)),
        ("spokesmen", "spokesperson", None, Some(SpokespersonFor)),
        ("envoy", "envoy", Some(Sector::Gov), Some(MemberOf)),
        (
            "ambassador",
            "ambassador",
            Some(Sector::Gov),
            Some(MemberOf),
        ),
        ("commander", "commander", Some(Sector::Mil), Some(LeaderOf)),
        ("general", "general", Some(Sector::Mil), Some(MemberOf)),
        ("colonel", "colonel", Some(Sector::Mil), Some(MemberOf)),
        ("chief of staff", "chief of staff", None, Some(MemberOf)),
        ("militants", "militant", Some(Sector::Reb), Some(MemberOf)),
        ("rebels", "rebel", Some(Sector::Reb), Some(MemberOf)),
        ("insurgent", "insurgent", Some(Sector::Reb), Some(MemberOf)),
        ("fighters", "fighter", Some(Sector::Reb), Some(MemberOf)),
        ("police", "police", Some(Sector::Cop), None),
        (
            "policemen",
            "police officer",
            Some(Sector::Cop),
            Some(MemberOf),
        ),
        ("army", "army", Some(Sector::Mil), None),
        ("soldiers", "soldier", Some(Sector::Mil), Some(MemberOf)),
        ("officials", "official", Some(Sector::Gov), Some(MemberOf)),
        ("lawmaker", "lawmaker", Some(Sector::Leg), Some(MemberOf)),
        ("senator", "senator", Some(Sector::Leg), Some(MemberOf)),
        ("judge", "judge", Some(Sector::Jud), Some(MemberOf)),
        (
            "prosecutor",
            "prosecutor",
            Some(Sector::Jud),
            Some(MemberOf),
        ),
        ("leader", "leader", None, Some(LeaderOf)),
        ("chairman", "chairman", None, Some(LeaderOf)),
        (
            "secretary-general",
            "secretary-general",
            None,
            Some(LeaderOf),
        ),
        (
            "Secretary General",
            "secretary-general",
            None,
            Some(LeaderOf),
        ),
        ("king", "king", Some(Sector::Gov), Some(LeaderOf)),
        ("emir", "emir", Some(Sector::Gov), Some(LeaderOf)),
        ("ayatollah", "cleric", Some(Sector::Rel), None),
        ("cleric", "cleric", Some(Sector::Rel), None),
        ("activists", "activist", Some(Sector::Cvl), Some(MemberOf)),
        ("protesters", "protester", Some(Sector::Cvl), None),
        (
            "journalist",
            "journalist",
            Some(Sector::Jrn),
            Some(MemberOf),
        ),
        ("refugees", "refugee", Some(Sector::Ref), None),
        ("member", "member", None, Some(MemberOf)),
        ("deputies", "deputy", None, Some(MemberOf)),
    ] {
        let role = kb().role(title).unwrap_or_else(|| panic!("{title}"));
        assert_eq!(
            (role.title, role.sector, role.relation),
            (canonical, sector, relation),
            "{title}"
        );
    }
    assert!(kb().role("Tehran").is_none());
}

#[test]
fn role_at_the_head_of_a_noun_phrase() {
    use Predicate::{LeaderOf, MemberOf, SpokespersonFor};
    for (phrase, title, relation, former, words) in [
        (
            "Iraqi Kurdish Prime Minister",
            "prime minister",
            Some(LeaderOf),
            false,
            2..4,
        ),
        ("PUK leader", "leader", Some(LeaderOf), false, 1..2),
        (
            "a former PUK deputy leader",
            "deputy",
            Some(MemberOf),
            false,
            3..5,
        ),
        ("head of the party", "head", Some(LeaderOf), false, 0..1),
        (
            "a senior Hamas official",
            "official",
            Some(MemberOf),
            false,
            3..4,
        ),
        (
            "the party's vice chairman",
            "vice chairman",
            Some(MemberOf),
            false,
            2..4,
        ),
        ("former President", "president", Some(LeaderOf), true, 0..2),
        ("ex-president", "president", Some(LeaderOf), true, 0..1),
        (
            "acting defense minister",
            "defence minister",
            Some(MemberOf),
            false,
            0..3,
        ),
        (
            "spokesman for the ministry",
            "spokesperson",
            Some(SpokespersonFor),
            false,
            0..1,
        ),
        (
            "deputy commander",
            "deputy commander",
            Some(MemberOf),
            false,
            0..2,
        ),
        (
            "vice president",
            "vice president",
            Some(MemberOf),
            false,
            0..2,
        ),
        (
            "assistant secretary-general",
            "deputy secretary-general",
            Some(MemberOf),
            false,
            0..2,
        ),
    ] {
        let m = kb().role_head(phrase).unwrap_or_else(|| panic!("{phrase}"));
        assert_eq!(
            (m.title.as_str(), m.relation, m.former, m.words),
            (title, relation, former, words),
            "{phrase}"
        );
    }
    assert!(kb().role_head("the Kurdistan Region").is_none());
}

#[test]
fn organisation_type_from_name() {
    for (name, noun, kind, sector) in [
        (
            "Kurdistan Democratic Party",
            "party",
            OrgKind::Party,
            Sector::Pty,
        ),
        (
            "Democratic Party of Iranian Kurdistan",
            "party",
            OrgKind::Party,
            Sector::Pty,
        ),
        (
            "Ministry of Defence",
            "ministry",
            OrgKind::State,
            Sector::Gov,
        ),
        (
            "Ministry of Health",
            "ministry",
            OrgKind::State,
            Sector::Gov,
        ),
        (
            "Kurdistan Region Security Council",
            "council",
            OrgKind::State,
            Sector::Gov,
        ),
        (
            "National Liberation Army",
            "liberation army",
            OrgKind::Armed,
            Sector::Reb,
        ),
        ("Iraqi Army", "army", OrgKind::State, Sector::Mil),
        ("Federal Police", "police", OrgKind::State, Sector::Cop),
        (
            "Central Bank of Iraq",
            "central bank",
            OrgKind::State,
            Sector::Gov,
        ),
        (
            "Kurdistan Islamic Bank",
            "bank",
            OrgKind::Business,
            Sector::Bus,
        ),
        (
            "Salahaddin University",
            "university",
            OrgKind::Education,
            Sector::Edu,
        ),
        ("Hamza Brigades", "brigades", OrgKind::Armed, Sector::Reb),
        (
            "Supreme Court of Iraq",
            "supreme court",
            OrgKind::State,
            Sector::Jud,
        ),
        ("Tehran Times", "times", OrgKind::Media, Sector::Jrn),
        (
            "Iraqi Communist Party",
            "party",
            OrgKind::Party,
            Sector::Pty,
        ),
    ] {
        let hint = kb()
            .org_type_from_name(name)
            .unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            (hint.noun, hint.kind, hint.sector),
            (noun, kind, sector),
            "{name}"
        );
    }
    assert!(kb().org_type_from_name("Bafel Talabani").is_none());
}

#[test]
fn resolve_gives_type_country_and_sector() {
    for (name, kb_id, etype, country, sector) in [
        ("Iran", "kb:country:IRN", EntityType::Gpe, Some("IRN"), None),
        (
            "Iranian",
            "kb:country:IRN",
            EntityType::Gpe,
            Some("IRN"),
            None,
        ),
        (
            "Washington",
            "kb:country:USA",
            EntityType::Gpe,
            Some("USA"),
            Some(Sector::Gov),
        ),
        (
            "the Kremlin",
            "kb:country:RUS",
            EntityType::Gpe,
            Some("RUS"),
            Some(Sector::Gov),
        ),
        (
            "the Pentagon",
            "kb:org:DOD",
            EntityType::Org,
            Some("USA"),
            Some(Sector::Mil),
        ),
        (
            "PDKI",
            "kb:org:PDKI",
            EntityType::Org,
            Some("IRN"),
            Some(Sector::Opp),
        ),
        (
            "NATO",
            "kb:org:NATO",
            EntityType::Org,
            Some("IGO"),
            Some(Sector::Mil),
        ),
        ("Kurds", "kb:norp:kurds", EntityType::Norp, None, None),
        (
            "Iraqi Kurdish",
            "kb:territory:kurdistan-region",
            EntityType::Gpe,
            Some("IRQ"),
            None,
        ),
        (
            "Gaza",
            "kb:territory:gaza",
            EntityType::Gpe,
            Some("PSE"),
            None,
        ),
        (
            "Sulaymaniyah",
            "kb:geo:98463",
            EntityType::Gpe,
            Some("IRQ"),
            None,
        ),
    ] {
        let e = kb().resolve(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            (e.kb_id.as_str(), e.etype, e.country, e.sector),
            (kb_id, etype, country, sector),
            "{name}"
        );
    }
    assert_eq!(
        kb().resolve("Iraqi Kurds").map(|e| e.country),
        Some(Some("IRQ"))
    );
    assert!(kb().resolve("Bafel Talabani").is_none());
}

#[test]
fn places_ranked_by_prominence_and_hint() {
    let paris = kb().place("Paris", None);
    assert_eq!((paris[0].country, paris[0].kind), ("FRA", PlaceKind::City));
    assert!(
        paris.iter().any(|p| p.country == "USA"),
        "Paris, Texas is a candidate"
    );
    let texas = kb().place("Paris", Some("United States"));
    assert_eq!(texas[0].country, "USA");
    assert_eq!(kb().place("Paris", Some("US"))[0].country, "USA");
    assert_eq!(kb().place("Paris", Some("American"))[0].country, "USA");

    let erbil = &kb().place("Erbil", None)[0];
    assert_eq!(
        (erbil.kind, erbil.country, erbil.region),
        (PlaceKind::City, "IRQ", Some("Arbīl"))
    );
    let (lat, lon) = erbil.coordinates.expect("coordinates");
    assert!((lat - 36.19).abs() < 0.05 && (lon - 44.01).abs() < 0.05);
    assert_eq!(kb().place("Hewler", None)[0].kb_id, erbil.kb_id);
    assert_eq!(kb().place("Irbil", None)[0].kb_id, erbil.kb_id);

    let zurich = &kb().place("Zurich", None)[0];
    assert_eq!((zurich.name, zurich.country), ("Zürich", "CHE"));
    assert_eq!(kb().place("Zürich", None)[0].kb_id, zurich.kb_id);
    assert_eq!(kb().place("ZURICH", None)[0].kb_id, zurich.kb_id);

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
}

#[test]
fn every_country_is_a_place_with_coordinates() {
    for c in kb().countries() {
        let place = kb().country_place(c);
        if c.sovereign {
            assert!(place.coordinates.is_some(), "{}", c.name);
        }
    }
    let kosovo = kb().country("Kosovo").expect("Kosovo");
    assert!(
        kb().country_place(kosovo).coordinates.is_some(),
        "from its capital"
    );
}

#[test]
fn regions_and_cities_by_country() {
    let erbil = kb().region("Erbil Governorate", None);
    assert_eq!(erbil[0].kb_id, "kb:region:IQ.11");
    assert_eq!(kb().region("IQ.11", None)[0].name, "Arbīl");
    assert_eq!(kb().region("California", None)[0].country, "USA");
    assert!(kb().region("Punjab", Some("India"))[0].country == "IND");
    assert!(kb().region("Punjab", Some("Pakistan"))[0].country == "PAK");

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
