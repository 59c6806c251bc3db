//! Organisations, NORP groups and the kb's one-stop resolver.

use super::kb;
use crate::document::EntityType;
use crate::kb::{Norp, OrgKind, Organisation, Sector, NON_STATE_ACTORS};

#[rustfmt::skip]
#[test]
fn organisations_by_acronym_and_name() {
    use OrgKind::{Armed, Igo, Media, Ngo, Party, State};
    for (name, id, kind, actor) in [
        ("PUK", "PUK", Party, "IRQ"), ("Patriotic Union of Kurdistan", "PUK", Party, "IRQ"),
        ("the Patriotic Union of Kurdistan", "PUK", Party, "IRQ"), ("KDPI", "PDKI", Party, "IRN"),
        ("PDKI", "PDKI", Party, "IRN"), ("NATO", "NATO", Igo, "IGO"), ("U.N.", "UN", Igo, "UNO"),
        ("the United Nations", "UN", Igo, "UNO"), ("UN refugee agency", "UNHCR", Igo, "UNO"),
        ("World Health Organisation", "WHO", Igo, "UNO"), ("IAEA", "IAEA", Igo, "UNO"),
        ("EU", "EU", Igo, "EUR"), ("Arab League", "ARABLEAGUE", Igo, "IGO"), ("ICC", "ICC", Igo, "IGO"),
        ("Red Cross", "ICRC", Ngo, "NGO"), ("Doctors Without Borders", "MSF", Ngo, "NGO"),
        ("Médecins Sans Frontières", "MSF", Ngo, "NGO"), ("Human Rights Watch", "HRW", Ngo, "NGO"),
        ("Reuters", "REUTERS", Media, "GBR"), ("AP", "AP", Media, "USA"),
        ("Itar-Tass", "TASS", Media, "RUS"), ("IRNA", "IRNA", Media, "IRN"),
        ("Xinhua", "XINHUA", Media, "CHN"), ("Revolutionary Guards", "IRGC", State, "IRN"),
        ("CIA", "CIA", State, "USA"), ("Islamic State", "ISIS", Armed, "IMG"),
        ("Daesh", "ISIS", Armed, "IMG"), ("Hashd al-Shaabi", "PMF", State, "IRQ"),
    ] {
        let org = kb().organisation(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((org.id, org.kind, org.actor), (id, kind, actor), "{name}");
    }
    let pdki = kb().organisation("PDKI").expect("PDKI");
    assert_eq!((pdki.country(), pdki.sector), (Some("IRN"), Some(Sector::Opp)));
    assert_eq!(kb().organisation("NATO").map(Organisation::kb_id).as_deref(), Some("kb:org:NATO"));
    assert_eq!(kb().organisation("UN").and_then(Organisation::country), None);
    assert_eq!(kb().organisation("Reuters").and_then(|o| o.sector), Some(Sector::Jrn));
    assert!(kb().organisations_named("RSF").iter().any(|o| o.country() == Some("SDN")));
}

#[test]
fn organisation_ids_parents_and_actors_are_consistent() {
    let orgs = kb().organisations();
    for org in orgs {
        assert_eq!(
            orgs.iter().filter(|o| o.id == org.id).count(),
            1,
            "duplicate {}",
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
    assert!(orgs.len() >= 300, "{} organisations", orgs.len());
}

#[rustfmt::skip]
#[test]
fn norp_groups() {
    for (name, id) in [
        ("Kurds", "kurds"), ("Kurd", "kurds"), ("Kurdish", "kurds"), ("Shiite", "shia"),
        ("Shi'ites", "shia"), ("Shia", "shia"), ("Sunnis", "sunnis"), ("Alawites", "alawites"),
        ("Uighurs", "uyghurs"), ("Pashtun", "pashtuns"), ("Yazidis", "yazidis"), ("Jewish", "jews"),
        ("Republicans", "republicans"),
    ] {
        assert_eq!(kb().norp(name).map(|n| n.id), Some(id), "{name}");
    }
    assert_eq!(kb().norp("Kurds").map(Norp::kb_id).as_deref(), Some("kb:norp:kurds"));
    assert!(kb().norp("Iranian").is_none(), "nationalities are demonyms");
}

#[rustfmt::skip]
#[test]
fn resolve_gives_type_country_and_sector() {
    use EntityType::{Gpe, Norp, Org};
    for (name, kb_id, etype, country, sector) in [
        ("Iran", "kb:country:IRN", Gpe, Some("IRN"), None),
        ("Iranian", "kb:country:IRN", Gpe, Some("IRN"), None),
        ("Washington", "kb:country:USA", Gpe, Some("USA"), Some(Sector::Gov)),
        ("the Kremlin", "kb:country:RUS", Gpe, Some("RUS"), Some(Sector::Gov)),
        ("the Pentagon", "kb:org:DOD", Org, Some("USA"), Some(Sector::Mil)),
        ("PDKI", "kb:org:PDKI", Org, Some("IRN"), Some(Sector::Opp)),
        ("NATO", "kb:org:NATO", Org, Some("IGO"), Some(Sector::Mil)),
        ("Palestinian Authority", "kb:org:PA", Org, Some("PSE"), Some(Sector::Gov)),
        ("Kurds", "kb:norp:kurds", Norp, None, None),
        ("Iraqi Kurdish", "kb:territory:kurdistan-region", Gpe, Some("IRQ"), None),
        ("Gaza", "kb:territory:gaza", Gpe, Some("PSE"), None),
        ("Sulaymaniyah", "kb:geo:98463", Gpe, Some("IRQ"), None),
        ("Qamishli", "kb:geo:173377", Gpe, Some("SYR"), None),
        ("Middle East", "kb:area:middle-east", EntityType::Loc, None, None),
    ] {
        let e = kb().resolve(name).unwrap_or_else(|| panic!("{name}"));
        let got = (e.kb_id.as_str(), e.etype, e.country, e.sector);
        assert_eq!(got, (kb_id, etype, country, sector), "{name}");
    }
    assert_eq!(kb().resolve("Iraqi Kurds").map(|e| e.country), Some(Some("IRQ")));
    assert_eq!(kb().resolve("the Kremlin").map(|e| e.name), Some("Russia"));
    assert!(kb().resolve("Bafel Talabani").is_none());
}

#[rustfmt::skip]
#[test]
fn affiliation_of_descriptive_phrases() {
    use Sector::*;
    for (phrase, country, org, sector) in [
        ("U.S. officials", Some("USA"), None, Some(Gov)),
        ("PKK commander", Some("TUR"), Some("PKK"), Some(Reb)),
        ("German Foreign Ministry", Some("DEU"), None, Some(Gov)),
        ("Iranian security forces", Some("IRN"), None, Some(Mil)),
        ("the Tehran government", Some("IRN"), None, Some(Gov)),
        ("Seoul's unification ministry", Some("KOR"), None, Some(Gov)),
        ("Chechen rebels", Some("RUS"), None, Some(Reb)),
        ("Iraqi Kurdish authorities", Some("IRQ"), None, Some(Gov)),
        ("a senior figure from the Patriotic Union of Kurdistan", Some("IRQ"), Some("PUK"), Some(Pty)),
        ("Pentagon officials", Some("USA"), Some("DOD"), Some(Mil)),
        ("Kremlin spokesman", Some("RUS"), None, Some(Gov)),
        ("Iranian Kurdish militants", Some("IRN"), None, Some(Reb)),
        ("the state-run Itar-Tass news agency", Some("RUS"), Some("TASS"), Some(Jrn)),
    ] {
        let a = kb().affiliation(phrase).unwrap_or_else(|| panic!("{phrase}"));
        let got = (a.country.map(|c| c.alpha3), a.organisation.map(|o| o.id), a.sector);
        assert_eq!(got, (country, org, sector), "{phrase}");
    }
    let kurdish = kb().affiliation("Kurdish coalition representatives").expect("coalition");
    assert_eq!(kurdish.groups.first().map(|g| g.id), Some("kurds"));
    assert_eq!(kurdish.role.map(|r| r.title), Some("representative".to_string()));
    assert!(kb().affiliation("several people familiar with the discussions").is_none());
}

#[test]
fn resolve_ignores_longer_phrases_and_common_words() {
    for phrase in [
        "Korean War",
        "German Foreign Ministry",
        "Jewish West Bank",
        "But",
        "March",
    ] {
        assert!(kb().resolve(phrase).is_none(), "{phrase}");
    }
    assert!(kb().demonym("Korean War").is_none());
}
