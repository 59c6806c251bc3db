//! Role nouns, titles at the head of noun phrases, and organisation-name nouns.

use super::kb;
use crate::document::Predicate::{LeaderOf, MemberOf, SpokespersonFor};
use crate::kb::{OrgKind, Sector};

#[rustfmt::skip]
#[test]
fn roles_with_sector_and_relation() {
    use Sector::*;
    for (title, canonical, sector, relation) in [
        ("president", "president", Some(Gov), Some(LeaderOf)),
        ("Prime Minister", "prime minister", Some(Gov), Some(LeaderOf)),
        ("deputy prime minister", "deputy prime minister", Some(Gov), Some(MemberOf)),
        ("premier", "prime minister", Some(Gov), Some(LeaderOf)),
        ("foreign minister", "foreign minister", Some(Gov), Some(MemberOf)),
        ("ministers", "minister", Some(Gov), Some(MemberOf)),
        ("spokesman", "spokesperson", None, Some(SpokespersonFor)),
        ("spokeswoman", "spokesperson", None, Some(SpokespersonFor)),
        ("spokesmen", "spokesperson", None, Some(SpokespersonFor)),
        ("envoy", "envoy", Some(Gov), Some(MemberOf)),
        ("ambassador", "ambassador", Some(Gov), Some(MemberOf)),
        ("commander", "commander", Some(Mil), Some(LeaderOf)),
        ("general", "general", Some(Mil), Some(MemberOf)),
        ("colonel", "colonel", Some(Mil), Some(MemberOf)),
        ("chief of staff", "chief of staff", None, Some(MemberOf)),
        ("militants", "militant", Some(Reb), Some(MemberOf)),
        ("rebels", "rebel", Some(Reb), Some(MemberOf)),
        ("insurgent", "insurgent", Some(Reb), Some(MemberOf)),
        ("fighters", "fighter", Some(Reb), Some(MemberOf)),
        ("police", "police", Some(Cop), None),
        ("policemen", "police officer", Some(Cop), Some(MemberOf)),
        ("army", "army", Some(Mil), None),
        ("soldiers", "soldier", Some(Mil), Some(MemberOf)),
        ("officials", "official", Some(Gov), Some(MemberOf)),
        ("lawmaker", "lawmaker", Some(Leg), Some(MemberOf)),
        ("senator", "senator", Some(Leg), Some(MemberOf)),
        ("judge", "judge", Some(Jud), Some(MemberOf)),
        ("prosecutor", "prosecutor", Some(Jud), Some(MemberOf)),
        ("leader", "leader", None, Some(LeaderOf)),
        ("chairman", "chairman", None, Some(LeaderOf)),
        ("secretary-general", "secretary-general", None, Some(LeaderOf)),
        ("Secretary General", "secretary-general", None, Some(LeaderOf)),
        ("king", "king", Some(Gov), Some(LeaderOf)),
        ("emir", "emir", Some(Gov), Some(LeaderOf)),
        ("ayatollah", "cleric", Some(Rel), None),
        ("cleric", "cleric", Some(Rel), None),
        ("activists", "activist", Some(Cvl), Some(MemberOf)),
        ("protesters", "protester", Some(Cvl), None),
        ("journalist", "journalist", Some(Jrn), Some(MemberOf)),
        ("refugees", "refugee", Some(Ref), None),
        ("member", "member", None, Some(MemberOf)),
        ("deputies", "deputy", None, Some(MemberOf)),
    ] {
        let role = kb().role(title).unwrap_or_else(|| panic!("{title}"));
        assert_eq!((role.title, role.sector, role.relation), (canonical, sector, relation), "{title}");
    }
    assert!(kb().role("Tehran").is_none());
}

#[rustfmt::skip]
#[test]
fn role_at_the_head_of_a_noun_phrase() {
    for (phrase, title, relation, former, words) in [
        ("Iraqi Kurdish Prime Minister", "prime minister", Some(LeaderOf), false, 2..4),
        ("PUK leader", "leader", Some(LeaderOf), false, 1..2),
        ("a former PUK deputy leader", "deputy", Some(MemberOf), false, 3..5),
        ("head of the party", "head", Some(LeaderOf), false, 0..1),
        ("a senior Hamas official", "official", Some(MemberOf), false, 3..4),
        ("the party's vice chairman", "vice chairman", Some(MemberOf), false, 2..4),
        ("ODS vice - chairman", "deputy chairman", Some(MemberOf), false, 1..4),
        ("former President", "president", Some(LeaderOf), true, 0..2),
        ("ex-president", "president", Some(LeaderOf), true, 0..1),
        ("acting defense minister", "defence minister", Some(MemberOf), false, 0..3),
        ("PDSR executive president", "president", Some(LeaderOf), false, 1..3),
        ("spokesman for the ministry", "spokesperson", Some(SpokespersonFor), false, 0..1),
        ("deputy commander", "deputy commander", Some(MemberOf), false, 0..2),
        ("vice president", "vice president", Some(MemberOf), false, 0..2),
        ("assistant secretary-general", "deputy secretary-general", Some(MemberOf), false, 0..2),
        ("deputy party leader", "deputy party leader", Some(MemberOf), false, 0..3),
    ] {
        let m = kb().role_head(phrase).unwrap_or_else(|| panic!("{phrase}"));
        let got = (m.title.as_str(), m.relation, m.former, m.words);
        assert_eq!(got, (title, relation, former, words), "{phrase}");
    }
    assert!(kb().role_head("the Kurdistan Region").is_none());
}

#[rustfmt::skip]
#[test]
fn organisation_type_from_name() {
    use OrgKind::{Armed, Business, Education, Media, Party, State};
    use Sector::*;
    for (name, noun, kind, sector) in [
        ("Kurdistan Democratic Party", "party", Party, Pty),
        ("Democratic Party of Iranian Kurdistan", "party", Party, Pty),
        ("Ministry of Defence", "ministry", State, Gov),
        ("Ministry of Health", "ministry", State, Gov),
        ("Kurdistan Region Security Council", "council", State, Gov),
        ("National Liberation Army", "liberation army", Armed, Reb),
        ("Iraqi Army", "army", State, Mil),
        ("Federal Police", "police", State, Cop),
        ("Central Bank of Iraq", "central bank", State, Gov),
        ("Kurdistan Islamic Bank", "bank", Business, Bus),
        ("Salahaddin University", "university", Education, Edu),
        ("Hamza Brigades", "brigades", Armed, Reb),
        ("Supreme Court of Iraq", "supreme court", State, Jud),
        ("Tehran Times", "times", Media, Jrn),
        ("Iraqi Communist Party", "party", Party, Pty),
    ] {
        let hint = kb().org_type_from_name(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((hint.noun, hint.kind, hint.sector), (noun, kind, sector), "{name}");
    }
    assert!(kb().org_type_from_name("Bafel Talabani").is_none());
}
