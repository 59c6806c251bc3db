//! Table-driven tests: one short constructed text per shape and stance, with
//! the expected source, cue, content and stance.

use super::extract;
use crate::document::{Claim, DocMeta, Document, SourceKind, Stance};

struct Case {
    text: &'static str,
    source: Option<&'static str>,
    kind: SourceKind,
    cue: &'static str,
    content: Option<&'static str>,
    stance: Stance,
    hedged: bool,
}

fn claims_of(text: &str) -> Document {
    let mut doc = Document::new(DocMeta::default(), text.to_string());
    crate::text::segment(&mut doc);
    extract(&mut doc);
    doc
}

/// Like [`claims_of`], with the syntax stage's tags and parse.
fn claims_of_parsed(text: &str) -> Document {
    static SYNTAX: std::sync::OnceLock<crate::syntax::Syntax> = std::sync::OnceLock::new();
    let syntax = SYNTAX.get_or_init(|| crate::syntax::Syntax::load().expect("syntax models"));
    let mut doc = Document::new(DocMeta::default(), text.to_string());
    crate::text::segment(&mut doc);
    syntax.annotate(&mut doc);
    extract(&mut doc);
    doc
}

/// The content of the first claim of `text` (parsed).
fn first_content(text: &str) -> Option<String> {
    let doc = claims_of_parsed(text);
    let claim = doc.claims.first().expect("a claim");
    claim.content.map(|c| doc.slice(c).to_string())
}

/// Each claim's source kind, entity name and affiliation name, from the
/// whole pipeline.
fn kinds_and_names(text: &str) -> Vec<(SourceKind, Option<String>, Option<String>)> {
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let name = |id: &Option<String>| {
        let e = doc.entities.iter().find(|e| Some(&e.id) == id.as_ref());
        e.map(|e| e.name.clone())
    };
    doc.claims
        .iter()
        .map(|c| {
            (
                c.source.kind,
                name(&c.source.entity),
                name(&c.source.affiliation),
            )
        })
        .collect()
}

/// Each claim's cue and source phrase.
fn cues_and_sources(doc: &Document) -> Vec<(&str, Option<&str>)> {
    doc.claims
        .iter()
        .map(|c| (doc.slice(c.cue), c.source.span.map(|s| doc.slice(s))))
        .collect()
}

/// The source kind, entity and affiliation expected of each claim.
type Expected<'a> = (SourceKind, Option<&'a str>, Option<&'a str>);

/// Checks [`kinds_and_names`] of `text` against `expected`.
fn assert_sources(text: &str, expected: &[Expected]) {
    let found = kinds_and_names(text);
    let found: Vec<Expected> = found
        .iter()
        .map(|(k, e, a)| (*k, e.as_deref(), a.as_deref()))
        .collect();
    assert_eq!(found, expected);
}

fn check(case: &Case) {
    check_doc(case, claims_of(case.text));
}

fn check_doc(case: &Case, doc: Document) {
    let found: Vec<String> = doc
        .claims
        .iter()
        .map(|c| {
            format!(
                "{:?} / {} / {:?}",
                c.source.span.map(|s| doc.slice(s)),
                doc.slice(c.cue),
                c.content.map(|s| doc.slice(s))
            )
        })
        .collect();
    let claim = doc
        .claims
        .iter()
        .find(|c| doc.slice(c.cue) == case.cue)
        .unwrap_or_else(|| {
            panic!(
                "no claim with cue {:?} in {:?}; found {found:?}",
                case.cue, case.text
            )
        });
    let source = claim.source.span.map(|s| doc.slice(s));
    assert_eq!(source, case.source, "source of {:?}", case.text);
    assert_eq!(claim.source.kind, case.kind, "kind of {:?}", case.text);
    assert_eq!(
        claim.content.map(|s| doc.slice(s)),
        case.content,
        "content of {:?}",
        case.text
    );
    assert_eq!(claim.stance, case.stance, "stance of {:?}", case.text);
    assert_eq!(claim.hedged, case.hedged, "hedging of {:?}", case.text);
}

macro_rules! case {
    ($text:expr, $source:expr, $kind:ident, $cue:expr, $content:expr, $stance:ident) => {
        case!($text, $source, $kind, $cue, $content, $stance, false)
    };
    ($text:expr, $source:expr, $kind:ident, $cue:expr, $content:expr, $stance:ident, $hedged:expr) => {
        Case {
            text: $text,
            source: $source,
            kind: SourceKind::$kind,
            cue: $cue,
            content: $content,
            stance: Stance::$stance,
            hedged: $hedged,
        }
    };
}

#[test]
fn shapes_and_stances() {
    let cases = [
        case!("Viktor Chernomyrdin said on Friday that Yeltsin had backed the plan.",
            Some("Viktor Chernomyrdin"), NamedPerson, "said", Some("Yeltsin had backed the plan"), Assert),
        case!("The talks have collapsed, Jan Novak said.",
            Some("Jan Novak"), NamedPerson, "said", Some("The talks have collapsed"), Assert),
        case!("The talks have collapsed, said Jan Novak.",
            Some("Jan Novak"), NamedPerson, "said", Some("The talks have collapsed"), Assert),
        case!("According to diplomats familiar with the talks, the two sides discussed a prisoner exchange.",
            Some("diplomats familiar with the talks"), Anonymous, "According to", Some("the two sides discussed a prisoner exchange"), Assert),
        case!("The convoy reached Brezno on Friday, according to the group.",
            Some("the group"), NamedOrg, "according to", Some("The convoy reached Brezno on Friday"), Assert),
        case!("Okafor said: \"This is a fragile start.\"",
            Some("Okafor"), NamedPerson, "said", Some("This is a fragile start"), Assert),
        case!("\"This is a fragile start. But it is a start,\" she told reporters.",
            Some("she"), NamedPerson, "told", Some("This is a fragile start. But it is a start"), Assert),
        case!("Interfax quoted Chernomyrdin as saying that the plan was agreed.",
            Some("Interfax"), Media, "quoted", Some("the plan was agreed"), Assert),
        case!("Airport spokesman Ali Naghavi was quoted by IRNA as saying that flights had resumed.",
            Some("Airport spokesman Ali Naghavi"), NamedPerson, "quoted", Some("flights had resumed"), Assert),
        case!("\"Lebed is now in Chechnya,\" Interfax quoted Chernomyrdin as saying.",
            Some("Interfax"), Media, "quoted", Some("Lebed is now in Chechnya"), Assert),
        case!("\"I feared he would flee,\" the Kathmandu Post newspaper quoted Munakarmi as saying after his arrest.",
            Some("the Kathmandu Post newspaper"), Media, "quoted", Some("I feared he would flee"), Assert),
        case!("On Tuesday, Interfax quoted Yeltsin as saying the war was over.",
            Some("Interfax"), Media, "quoted", Some("the war was over"), Assert),
        case!("He quoted Ross as telling him: \"The Israelis are prepared to move.\"",
            Some("He"), NamedPerson, "quoted", Some("The Israelis are prepared to move"), Assert),
        case!("\"I am prepared to postpone the meeting,\" the paper quoted Weizman as telling Netanyahu.",
            Some("the paper"), Media, "quoted", Some("I am prepared to postpone the meeting"), Assert),
        case!("Interior Minister Petra Hollander declined to comment.",
            Some("Interior Minister Petra Hollander"), NamedPerson, "declined to comment", None, DeclineComment),
        case!("\"We will not negotiate,\" read the statement, which was signed by Miller.",
            Some("the statement"), Anonymous, "read", Some("We will not negotiate"), Assert),
        case!("The banner read: \"Peace now.\"",
            Some("The banner"), Anonymous, "read", Some("Peace now"), Assert),
        case!("Lena Hoff, who declined to comment for this article, wrote the bill.",
            Some("Lena Hoff"), NamedPerson, "declined to comment", None, DeclineComment),
        case!("The Kenyan embassy declines comment on the fighting.",
            Some("The Kenyan embassy"), NamedOrg, "declines comment", Some("the fighting"), DeclineComment),
        case!("The police spokesman would not say where he was held.",
            Some("The police spokesman"), AnonymousAffiliated, "would not say", None, DeclineComment),
        case!("Kenya said to be preparing new sanctions on Sudan.",
            None, Unattributed, "said to", Some("Kenya said to be preparing new sanctions on Sudan"), Assert, true),
        case!("The Ministry of Defence did not respond to a request for comment.",
            Some("The Ministry of Defence"), NamedOrg, "did not respond", None, NoResponse),
        case!("A police spokesperson could not be reached for comment.",
            Some("A police spokesperson"), AnonymousAffiliated, "could not be reached", None, NoResponse),
        case!("Yeltsin's press office could not confirm the call.",
            Some("Yeltsin's press office"), NamedOrg, "could not confirm", None, DeclineComment),
        case!("The army denied carrying out the attack.",
            Some("The army"), NamedOrg, "denied", Some("carrying out the attack"), Deny),
        case!("Iran denies the allegations.",
            Some("Iran"), NamedPerson, "denies", Some("the allegations"), Deny),
        case!("Another official from the party confirmed that the call took place.",
            Some("Another official from the party"), AnonymousAffiliated, "confirmed", Some("the call took place"), Confirm),
        case!("The Front is reportedly divided over the talks.",
            None, Unattributed, "reportedly", Some("The Front is reportedly divided over the talks"), Assert, true),
        case!("Witnesses said the drone came from the east.",
            Some("Witnesses"), Anonymous, "said", Some("the drone came from the east"), Assert),
        case!("State media reported an overnight strike on the town.",
            Some("State media"), Media, "reported", Some("an overnight strike on the town"), Assert),
        case!("State media reported an overnight strike on the town; the ministry declined to comment.",
            Some("State media"), Media, "reported", Some("an overnight strike on the town"), Assert),
        case!("Officials said the attacks hit Kabul, Afghanistan; Baghdad, Iraq; and Mogadishu, Somalia.",
            Some("Officials"), AnonymousAffiliated, "said", Some("the attacks hit Kabul, Afghanistan; Baghdad, Iraq; and Mogadishu, Somalia"), Assert),
        case!("Drone strike hits market town, witnesses say; army denies involvement",
            Some("witnesses"), Anonymous, "say", Some("Drone strike hits market town"), Assert),
        case!("Government officials said the cut was necessary.",
            Some("Government officials"), AnonymousAffiliated, "said", Some("the cut was necessary"), Assert),
        case!("Labour unions urged the government to reverse the increase.",
            Some("Labour unions"), Anonymous, "urged", Some("the government to reverse the increase"), Assert),
        case!("Banisadr told Reuters he did not plan to ask for a guarantee.",
            Some("Banisadr"), NamedPerson, "told", Some("he did not plan to ask for a guarantee"), Assert),
        case!("The spokesman would neither confirm nor deny the report.",
            Some("The spokesman"), AnonymousAffiliated, "would neither confirm nor deny", None, DeclineComment),
        case!("A shopkeeper said the roof came down. The toll could not be independently verified.",
            Some("A shopkeeper"), Anonymous, "said", Some("the roof came down"), Assert, true),
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn hearsay_restating_an_attributed_claim_is_its_hedge() {
    let doc = claims_of(
        "The rebels are believed to have withdrawn from the town, according to two diplomats.",
    );
    assert_eq!(doc.claims.len(), 1);
    let claim = &doc.claims[0];
    assert_eq!(doc.slice(claim.cue), "according to");
    assert_eq!(claim.source.kind, SourceKind::Anonymous);
    assert!(claim.hedged);
    let doc = claims_of("Rumours circulated on social media that the convoy carried weapons.");
    assert_eq!(
        doc.claims[0].content.map(|s| doc.slice(s)),
        Some("the convoy carried weapons")
    );
    // Alone, the hearsay is a claim of its own.
    let doc = claims_of("The rebels are believed to have withdrawn from the town.");
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(doc.claims[0].source.kind, SourceKind::Unattributed);
}

#[test]
fn one_source_with_several_cues() {
    let doc = claims_of("Another official confirmed that the call took place but suggested it was made out of caution.");
    assert_eq!(doc.claims.len(), 2);
    let second = &doc.claims[1];
    assert_eq!(doc.slice(second.cue), "suggested");
    assert_eq!(
        second.source.span.map(|s| doc.slice(s)),
        Some("Another official")
    );
    assert_eq!(second.stance, Stance::Assert);
}

#[test]
fn pronouns_resolve_to_earlier_sources() {
    let doc = claims_of(
        "A ministry spokesman said the talks failed. He added that a new round was planned.",
    );
    let found: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
    assert_eq!(found, vec!["said", "added"]);
    assert_eq!(doc.claims[1].source.kind, SourceKind::AnonymousAffiliated);
    // "They" after unnamed witnesses are those witnesses, not a place.
    let doc = claims_of_parsed(
        "RANGOON - Troops moved in early on Saturday, witnesses said. They said police \
         used water cannons.",
    );
    assert_eq!(doc.claims.len(), 2);
    assert_eq!(doc.claims[1].source.kind, SourceKind::Anonymous);
}

/// "he" with no earlier source is the person the main clause is about, not
/// the nearest name.
#[test]
fn a_pronoun_without_an_earlier_source_is_the_subject() {
    let text = "Ivan Gaulieder, formerly a member of Prime Minister Vladimir Meciar's party, \
                was stripped of his mandate over what he said was a lack of democracy.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let claim = doc.claims.first().expect("a claim");
    let entity = doc
        .entities
        .iter()
        .find(|e| Some(&e.id) == claim.source.entity.as_ref())
        .expect("a source entity");
    assert_eq!(entity.name, "Ivan Gaulieder");
}

/// The person a source works for is its affiliation; a name after the
/// owner's noun is the speaker.
#[test]
fn employers_are_affiliations() {
    let text = "A spokesman for Ahmad Shah Masood said the talks would go on. \
                Masood's spokesman Amrollah Khan said the meeting was useful. Gulbuddin \
                Hekmatyar's lawyer said he would appeal. Desmond Tutu's deputy chairman, \
                Alex Boraine, told reporters the hearings would resume.";
    assert_sources(
        text,
        &[
            (
                SourceKind::AnonymousAffiliated,
                None,
                Some("Ahmad Shah Masood"),
            ),
            (SourceKind::NamedPerson, Some("Amrollah Khan"), None),
            (
                SourceKind::AnonymousAffiliated,
                None,
                Some("Gulbuddin Hekmatyar"),
            ),
            (SourceKind::NamedPerson, Some("Alex Boraine"), None),
        ],
    );
}

/// "told reporters:" with the quotation in the next paragraph.
#[test]
fn a_colon_before_a_quotation_in_the_next_paragraph() {
    let content = first_content(
        "But opposition leader Sadiq al-Mahdi told reporters:\n\n\"This expulsion is long \
         overdue.\"",
    );
    assert_eq!(content.as_deref(), Some("This expulsion is long overdue"));
}

/// A verb coordinated after a report is the reporter's, not that of the
/// subject inside the report; so is the event it codes.
#[test]
fn a_coordinated_verb_after_a_report_is_the_speakers() {
    let text = "Yasser Arafat said that Israel had declared war on the Palestinians and \
                called for a general strike.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let call = doc
        .claims
        .iter()
        .find(|c| doc.slice(c.cue) == "called for")
        .expect("the call");
    assert_eq!(
        call.source.span.map(|s| doc.slice(s)),
        Some("Yasser Arafat")
    );
    let request = doc
        .events
        .iter()
        .find(|e| doc.slice(e.trigger) == "called for")
        .expect("a request");
    assert_eq!(
        request.sources,
        call.source.entity.iter().cloned().collect::<Vec<_>>()
    );
}

/// "the prime minister" is the one person named under that title; "the
/// government" is the country last named with its government.
#[test]
fn titles_and_the_government() {
    let text = "Opposition leader Nawaz Sharif accused Prime Minister Benazir Bhutto of \
                corruption. \"We are ready,\" the prime minister said. The British government \
                warned on Friday that it would act. Talks with American Airlines went on. The \
                government said it wanted changes.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let name = |id: &Option<String>| {
        let e = doc.entities.iter().find(|e| Some(&e.id) == id.as_ref());
        e.map(|e| e.name.as_str())
    };
    let sources: Vec<(&str, Option<&str>)> = doc
        .claims
        .iter()
        .filter(|c| doc.slice(c.cue) == "said")
        .map(|c| {
            (
                c.source.span.map_or("", |s| doc.slice(s)),
                name(&c.source.entity),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("the prime minister", Some("Benazir Bhutto")),
            ("The government", Some("United Kingdom")),
        ]
    );
    // "the hospital" after the hospital was named, whatever its type.
    let named = kinds_and_names(
        "The girl suffers from a rare condition, the St. Christopher Children's Hospital said. \
         She will need more surgery later, the hospital said.",
    );
    assert_eq!(named[0].1, named[1].1);
    assert_eq!(named[1].0, SourceKind::NamedOrg);
    // A named paper is a news outlet.
    let named = kinds_and_names("El-Velmora paper said the blast killed seven.");
    assert_eq!(named[0].0, SourceKind::Media);
}

/// A surname that spells a cue, a participle after an article and adjectives
/// joined by "and" in a source.
#[test]
fn surnames_and_participles_are_no_cues() {
    let doc = claims_of_parsed(
        "Police seized a book by Edward Said, a scholar. An estimated 2,000 people \
         marched. The accused told the court he was innocent. Egypt has expelled a \
         diplomat, official and diplomatic sources said.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("told", Some("The accused")),
            ("said", Some("official and diplomatic sources")),
        ]
    );
    assert_eq!(
        doc.claims[0].content.map(|s| doc.slice(s)),
        Some("he was innocent")
    );
}

/// "he" is a man who became the subject of the pronoun's own sentence after
/// the latest speaker; a man who is only the subject of a background
/// sentence before leaves "he" to the speaker.
#[test]
fn a_pronoun_after_a_new_subject_is_that_subject() {
    let text = "Semyon Sharetsky said the vote was rigged. Alexander Lukashenko signed a \
                pact with Moscow which he believes could grow into a federation. Talabani \
                said his forces would retake Arbil. Barzani controls the city. \"We will \
                return,\" he said.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let name = |c: &Claim| {
        let e = doc
            .entities
            .iter()
            .find(|e| Some(&e.id) == c.source.entity.as_ref());
        e.map(|e| e.name.as_str())
    };
    let found: Vec<(&str, Option<&str>)> = doc
        .claims
        .iter()
        .map(|c| (doc.slice(c.cue), name(c)))
        .collect();
    assert_eq!(
        found,
        [
            ("said", Some("Semyon Sharetsky")),
            ("believes", Some("Alexander Lukashenko")),
            ("said", Some("Talabani")),
            ("said", Some("Talabani")),
        ]
    );
}

/// Asking not to be named, a treaty agreed on and a wish inside a report are
/// no claims of their own; "resigned on Friday, saying" is the resigner's.
#[test]
fn anonymity_agreements_and_reported_wishes() {
    for text in [
        "\"The embassy must take measures,\" the official said, asking not to be named.",
        "The treaty agreed unexpectedly two weeks ago will end years of disputes.",
        "The spokesman said Lebed's representatives had not sought a meeting.",
    ] {
        let doc = claims_of_parsed(text);
        let cues: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
        let expected: &[&str] = if text.contains("said") {
            &["said"]
        } else {
            &[]
        };
        assert_eq!(cues, expected, "{text}");
    }
    let doc = claims_of_parsed(
        "The minister resigned on Friday, saying he had lost the confidence of parliament.",
    );
    let claim = doc.claims.first().expect("a claim");
    assert_eq!(
        claim.source.span.map(|s| doc.slice(s)),
        Some("The minister")
    );
}

/// Time phrases, intensifiers, prepositions and comma-enclosed participles
/// are no part of a source; two speakers joined by "and the" are one.
#[test]
fn source_phrases_without_time_or_preposition() {
    let cases = [
        (
            "A Xinhua commentary earlier this year said the plot would fail.",
            "A Xinhua commentary",
        ),
        ("Trump this week said he would run.", "Trump"),
        (
            "The ruling Socialist Party last week accused the opposition of treason.",
            "The ruling Socialist Party",
        ),
        (
            "Boris Yeltsin himself said he was concerned.",
            "Boris Yeltsin himself",
        ),
        (
            "The demolition came a day after PLO officials said they had bowed to the demand.",
            "PLO officials",
        ),
        (
            "Robert Frowick, representing the OSCE, told reporters that the polls were off.",
            "Robert Frowick",
        ),
        (
            "Specter met Abdullah in Jeddah, Saudi television and the Saudi Press Agency reported.",
            "Saudi television and the Saudi Press Agency",
        ),
        (
            "The president and the prime minister said the treaty was good.",
            "The president and the prime minister",
        ),
        (
            "Police arrested the man and the Interior Ministry said he was a spy.",
            "the Interior Ministry",
        ),
    ];
    for (text, source) in cases {
        let doc = claims_of_parsed(text);
        let claim = doc
            .claims
            .first()
            .unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(
            claim.source.span.map(|s| doc.slice(s)),
            Some(source),
            "{text}"
        );
    }
}

/// "He" is one person: unnamed witnesses before it are not, so it is the
/// man the text turned to; one unnamed witness is.
#[test]
fn he_is_not_a_plural_source() {
    let text = "Witnesses said the police fired tear gas. Minister Ram Khadga visited the \
                town. He said the police had acted lawfully.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let he = doc.claims.last().expect("a claim");
    assert_eq!(he.source.kind, SourceKind::NamedPerson);
    let entity = doc
        .entities
        .iter()
        .find(|e| Some(&e.id) == he.source.entity.as_ref());
    assert_eq!(entity.map(|e| e.name.as_str()), Some("Ram Khadga"));
    let doc = claims_of_parsed("A witness said the troops fired. He said two men died.");
    assert_eq!(doc.claims.len(), 2);
    assert_eq!(doc.claims[1].source.kind, SourceKind::Anonymous);
}

/// A nationality describes an unnamed source; it does not name it.
#[test]
fn unnamed_sources_of_a_country() {
    let text = "MINSK - A senior Belarus politician said the vote was rigged. An Iraqi \
                opposition group said troops were shelling Arbil. A British newspaper said \
                Thatcher consulted an astrologer. Indian fishermen said they were forced to \
                carry refugees. The main rebel group in south Sudan said it would free the \
                hostages. An Iranian exile group based in Iraq said it would step up attacks.";
    use SourceKind::*;
    assert_sources(
        text,
        &[
            (AnonymousAffiliated, None, Some("Belarus")),
            (AnonymousAffiliated, None, Some("Iraq")),
            (Media, None, Some("United Kingdom")),
            (AnonymousAffiliated, None, Some("India")),
            (AnonymousAffiliated, None, Some("Sudan")),
            (AnonymousAffiliated, None, Some("Iran")),
        ],
    );
}

/// "he" after "A spokesman for X" is that spokesman, of X; after two
/// officials it is no one of theirs.
#[test]
fn he_after_a_spokesman_for_a_body() {
    use SourceKind::*;
    assert_sources(
        "A spokesman for Harrow Bank said the bank was preparing a note. \"We have been \
         very positive,\" he said.",
        &[
            (AnonymousAffiliated, None, Some("Harrow Bank")),
            (AnonymousAffiliated, None, Some("Harrow Bank")),
        ],
    );
}

/// "The group" is the organisation named last; a place a source is in does
/// not name it.
#[test]
fn the_group_and_the_place_a_source_is_in() {
    let text = "GENEVA - The pressure group Amnesty International said police were brutal. \
                Amnesty criticised the European Union. The group said 20 people were held. A \
                U.N. official in Baghdad said aid was late. A group of settlers said it was \
                theirs.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let name = |id: &Option<String>| {
        let e = doc.entities.iter().find(|e| Some(&e.id) == id.as_ref());
        e.map(|e| e.name.as_str())
    };
    let found: Vec<(Option<&str>, Option<&str>)> = doc
        .claims
        .iter()
        .map(|c| (name(&c.source.entity), name(&c.source.affiliation)))
        .collect();
    assert_eq!(
        found,
        [
            (Some("Amnesty International"), None),
            (Some("Amnesty International"), None), // criticised the European Union
            (Some("Amnesty International"), None),
            (None, Some("United Nations")),
            (None, None),
        ]
    );
}

/// "he" is not a woman who spoke last.
#[test]
fn he_is_no_woman() {
    let text = "WASHINGTON - Ivanov met Madeleine Albright on Monday. Ivanov said the talks were \
                useful. Albright said they were frank. He said Russia would not yield.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let last = doc.claims.last().expect("claims");
    let entity = doc
        .entities
        .iter()
        .find(|e| Some(&e.id) == last.source.entity.as_ref())
        .map(|e| e.name.as_str());
    assert_eq!(entity, Some("Ivanov"));
}

/// An outlet's nouns after its name, and the people or outlet told, are
/// part of who is told.
#[test]
fn an_outlet_told_is_no_part_of_the_content() {
    for (text, expected) in [
        (
            "But the separatist command told Interfax news agency the patrols would begin on Tuesday.",
            "the patrols would begin on Tuesday",
        ),
        (
            "Hasina told police the home ministry had already given an order.",
            "the home ministry had already given an order",
        ),
        (
            "The minister told state radio her ministry would act.",
            "her ministry would act",
        ),
        (
            "Ruehe told Bild am Sonntag that a new mandate would be agreed.",
            "a new mandate would be agreed",
        ),
        (
            "He told reporters police had arrested three suspects.",
            "police had arrested three suspects",
        ),
        (
            "He told a news conference police had detained 12 people.",
            "police had detained 12 people",
        ),
    ] {
        assert_eq!(first_content(text).as_deref(), Some(expected), "{text}");
    }
}

/// Speakers whose words the tagger misreads: a place or company in "-ing"
/// ("a diplomat in Beijing", "Faulding Inc"), two offices of one person;
/// and refusals that "made no comment" or "declined to release" details.
#[test]
fn speakers_in_ing_or_with_two_offices_and_more_refusals() {
    for (text, cue, source) in [
        (
            "A diplomat in Beijing said Okello will meet Kamau.",
            "said",
            "A diplomat in Beijing",
        ),
        (
            "Faulding Inc said it posted a loss.",
            "said",
            "Faulding Inc",
        ),
        (
            "Mary Achieng, who heads the bank, said talks with Korvath had stalled.",
            "said",
            "Mary Achieng",
        ),
        (
            "Korvath chairman and chief executive Peter Okello said sales rose.",
            "said",
            "Korvath chairman and chief executive Peter Okello",
        ),
        (
            "The company made no comment on the report.",
            "made no comment",
            "The company",
        ),
        (
            "The ministry declined to release details of the plan.",
            "declined to release details",
            "The ministry",
        ),
        (
            "Peter Okello did not directly respond to requests to discuss the work.",
            "did not directly respond",
            "Peter Okello",
        ),
        (
            "Harrow Bank has no comment on the actions of the former director.",
            "has no comment",
            "Harrow Bank",
        ),
        (
            "They did not offer details.",
            "did not offer details",
            "They",
        ),
        (
            "People familiar with the discussions said the talks had stalled.",
            "said",
            "People familiar with the discussions",
        ),
        (
            "Officials briefed on the plan said the talks had stalled.",
            "said",
            "Officials briefed on the plan",
        ),
        (
            "Peter Okello refused to discuss the case.",
            "refused to discuss",
            "Peter Okello",
        ),
        (
            "Officials decline to say what each day's news will be.",
            "decline to say",
            "Officials",
        ),
        (
            "Achieng left Ostrava on Thursday, refusing to answer questions about the deal.",
            "refusing to answer",
            "Achieng",
        ),
    ] {
        let doc = claims_of_parsed(text);
        assert_eq!(cues_and_sources(&doc), [(cue, Some(source))], "{text}");
    }
    // What was said ends before a refusal with a speaker of its own.
    let text = "Okello has said 20 people want the seat, but he refuses to discuss them.";
    assert_eq!(
        first_content(text).as_deref(),
        Some("20 people want the seat")
    );
}

/// After "CLAUSE, SOURCE said", what follows the cue without a clause of
/// its own is where, when or to whom it was said; a clause after the cue
/// is still what was said.
#[test]
fn a_fronted_clause_is_said_whatever_adjunct_follows() {
    for (text, expected) in [
        (
            "Ten of the suits have been dismissed, Tom Okello said on the call.",
            "Ten of the suits have been dismissed",
        ),
        (
            "Savings will rise, the Reserve Bank of Velmora said in its annual report.",
            "Savings will rise",
        ),
        (
            "The driver had time to brake, a railways spokesman told Ruritanian news agency KNA.",
            "The driver had time to brake",
        ),
        (
            "The batsman must forfeit half his fee, the agency said after a committee met.",
            "The batsman must forfeit half his fee",
        ),
        (
            "The talks failed, the minister told reporters the situation was calm.",
            "the situation was calm",
        ),
        (
            "In Nairobi, the minister said the talks had failed.",
            "the talks had failed",
        ),
        (
            "Having lost the vote, Okello announced his resignation.",
            "his resignation",
        ),
    ] {
        assert_eq!(first_content(text).as_deref(), Some(expected), "{text}");
    }
}

/// Newspapers and news agencies of a country are outlets, none named.
#[test]
fn plural_outlets_are_media() {
    for text in [
        "Egyptian government newspapers have criticised Britain for harbouring militants.",
        "Russian news agencies quoted the Kremlin spokesman as saying that talks would resume.",
    ] {
        let doc = claims_of_parsed(text);
        let claim = doc
            .claims
            .first()
            .unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(
            (claim.source.kind, claim.source.entity.as_deref()),
            (SourceKind::Media, None),
            "{text}"
        );
    }
}

/// "We" outside a quotation is the writer, not the latest speaker; after a
/// colon it is the speaker's.
#[test]
fn we_the_writer() {
    // "We" outside a quotation is the writer, not the latest speaker.
    let doc = claims_of_parsed("Trump said the story was false. We asked whether it mattered.");
    let we = doc.claims.last().expect("claims");
    assert_eq!(
        (we.source.kind, we.source.entity.as_deref()),
        (SourceKind::Anonymous, None)
    );
    let doc =
        claims_of_parsed("Arafat said: We reject the plan. He added that talks would resume.");
    let he = doc.claims.last().expect("claims");
    assert_eq!(he.source.kind, SourceKind::NamedPerson);
}

/// A short parenthesis inside the title of a speaker after a quotation.
#[test]
fn a_parenthesis_inside_a_trailing_title() {
    let doc = claims_of_parsed(
        "\"They should first give up their violent activities,\" Home (Interior) Minister \
         Khum Bahadur Khadga said.",
    );
    let claim = doc.claims.first().expect("a claim");
    let source = claim.source.span.map(|s| doc.slice(s));
    assert_eq!(source, Some("Home (Interior) Minister Khum Bahadur Khadga"));
    assert_eq!(claim.source.kind, SourceKind::NamedPerson);
}

#[test]
fn quotation_over_paragraphs() {
    let doc = claims_of("\"Lebed is now in Chechnya,\" Interfax quoted Chernomyrdin as saying. \"\n\nThe main thing is his programme.\n\nIt was agreed.\"");
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(
        doc.slice(doc.claims[0].content.unwrap()),
        "Lebed is now in Chechnya"
    );
}

#[test]
fn quoted_speech_is_not_a_cue() {
    let doc = claims_of("\"They said nothing,\" Novak said.");
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(doc.slice(doc.claims[0].cue), "said");
    assert_eq!(
        doc.slice(doc.claims[0].content.unwrap()),
        "They said nothing"
    );
}

#[test]
fn participles_continue_the_source_and_appositions_are_not_inversions() {
    let doc =
        claims_of("Kerr denied those accusations, saying delays had been caused by damaged roads.");
    let cues: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
    assert_eq!(cues, vec!["denied", "saying"]);
    assert_eq!(
        doc.claims[1].source.span.map(|s| doc.slice(s)),
        Some("Kerr")
    );
    assert_eq!(
        doc.slice(doc.claims[1].content.unwrap()),
        "delays had been caused by damaged roads"
    );
    let doc = claims_of("Ostland's Interior Minister, Nadia Kerr, confirmed the agreement but said inspections would continue.");
    assert_eq!(
        doc.claims[0].source.span.map(|s| doc.slice(s)),
        Some("Ostland's Interior Minister, Nadia Kerr")
    );
    assert_eq!(doc.slice(doc.claims[0].content.unwrap()), "the agreement");
    assert_eq!(doc.claims[1].stance, Stance::Assert);
    let doc = claims_of("Donors pledged $2 billion on Monday, the agency said.");
    assert_eq!(
        doc.slice(doc.claims[0].content.unwrap()),
        "$2 billion on Monday"
    );
}

/// Shapes read with the parse: coordinated and participial cues, verbs the
/// word patterns do not read, headline colons, progressives.
#[test]
fn parsed_shapes() {
    let cases = [
        case!("The Arizona Republican survived five years in prison and says such techniques are inhumane.",
            Some("The Arizona Republican"), NamedPerson, "says", Some("such techniques are inhumane"), Assert),
        case!("Aides to the governor say she is shifting her tack toward Sanders.",
            Some("Aides to the governor"), AnonymousAffiliated, "say", Some("she is shifting her tack toward Sanders"), Assert),
        case!("Trump is telling reporters in Salem that waterboarding is peanuts.",
            Some("Trump"), NamedPerson, "telling", Some("waterboarding is peanuts"), Assert),
        case!("Martin O'Malley called Trump a fascist.",
            Some("Martin O'Malley"), NamedPerson, "called", Some("Trump a fascist"), Assert),
        case!("The senator denounced the decision to close the base.",
            Some("The senator"), Anonymous, "denounced", Some("the decision to close the base"), Assert),
        case!("Graham: Trump Is Destroying the Party.",
            Some("Graham"), NamedPerson, ":", Some("Trump Is Destroying the Party"), Assert),        // A source after the cue with a modifier, and a relative that goes
        // on with it.
        case!("\"It was bad,\" said an aide familiar with the talks, who added that the deal was dead.",
            Some("an aide familiar with the talks"), AnonymousAffiliated, "added", Some("the deal was dead"), Assert),
        case!("\"It was bad,\" said the former aide to President Bush.",
            Some("the former aide to President Bush"), AnonymousAffiliated, "said", Some("It was bad"), Assert),
        // A present tense closing the sentence, and subjects with asides.
        case!("The army is winning, Reuters reports.",
            Some("Reuters"), Media, "reports", Some("The army is winning"), Assert),
        case!("Fields, along with reporter Ben Terris, say Trump yanked her arm.",
            Some("Fields"), Anonymous, "say", Some("Trump yanked her arm"), Assert),
        case!("The senator railed against the provisions that pock the tax code.",
            Some("The senator"), Anonymous, "railed", Some("against the provisions that pock the tax code"), Assert),
        case!("The woman disputes the idea that she needed help.",
            Some("The woman"), Anonymous, "disputes", Some("the idea that she needed help"), Deny),
        case!("\"We won,\" said Smith in a statement.",
            Some("Smith"), NamedPerson, "said", Some("We won"), Assert),
        case!("\"We will appeal,\" said Peter Jones, a lawyer for the families, who added that the ruling was unjust.",
            Some("Peter Jones"), NamedPerson, "added", Some("the ruling was unjust"), Assert),
        case!("A third of voters, 33%, say they feel that way.",
            Some("A third of voters"), Anonymous, "say", Some("they feel that way"), Assert),
    ];
    for case in &cases {
        check_doc(case, claims_of_parsed(case.text));
    }
}

/// A quotation, then its speaker however long, then the verb and whatever
/// follows it: the quotation is the content.
#[test]
fn speaker_between_quotation_and_verb() {
    let cases = [
        case!("\"The mines cannot be found,\" the commission said in a report on border protection.",
            Some("the commission"), NamedOrg, "said", Some("The mines cannot be found"), Assert),
        case!("\"There is work on a meeting,\" one PLO official, who requested anonymity, told Reuters.",
            Some("one PLO official"), AnonymousAffiliated, "told", Some("There is work on a meeting"), Assert),
        case!("\"The government still has a majority,\" a spokesman from Major's office in Downing Street said.",
            Some("a spokesman from Major's office in Downing Street"), AnonymousAffiliated, "said",
            Some("The government still has a majority"), Assert),
        case!("\"This cannot endure,\" Marlow told BBC television's Newsnight programme on Thursday.",
            Some("Marlow"), NamedPerson, "told", Some("This cannot endure"), Assert),
        case!("Clarke denied on Thursday he had threatened to resign and said his position was in tune with that of John Major.",
            Some("Clarke"), NamedPerson, "denied", Some("he had threatened to resign"), Deny),
        case!("Chernomyrdin said on Thursday after a meeting with officials, who discussed the plan, that it needed work.",
            Some("Chernomyrdin"), NamedPerson, "said", Some("it needed work"), Assert),
        case!("The ministry said in a statement released by the state news agency that the talks had failed.",
            Some("The ministry"), NamedOrg, "said", Some("the talks had failed"), Assert),
        case!("Critics called the plan \"a disaster,\" but Smith said the plan would work.",
            Some("Smith"), NamedPerson, "said", Some("the plan would work"), Assert),
        case!("Rosati did not say whether the payment was part of the agreement.",
            Some("Rosati"), NamedPerson, "say", Some("whether the payment was part of the agreement"), DeclineComment),
        case!("The spokesman was unable to give more details.",
            Some("The spokesman"), AnonymousAffiliated, "was unable to give", None, DeclineComment),
        case!("Senator Smith attacked the budget plan on Friday.",
            Some("Senator Smith"), NamedPerson, "attacked", Some("the budget plan on Friday"), Assert),
    ];
    for case in &cases {
        check_doc(case, claims_of_parsed(case.text));
    }
}

/// Words that look like cues but report nothing.
#[test]
fn parsed_non_claims() {
    for text in [
        "A group called Hope for Peace held a march on Sunday.",
        "Note: The figures exclude overseas voters.",
        "The senator continues to fight for the bill.",
        "She is known as a moderate in the United States Senate.",
        "Rebels attacked an army convoy near Goma on Monday.",
        "Four skinheads attacked the rabbi on Friday.",
        "The conflict, which began in 1988, has claimed over 10,000 lives.",
        "The detention of Wang Donghai showed China's determination to crush dissent.",
        "The Treasury Department on Wednesday denied Farrakhan's application.",
        "The government responded by pressing ahead with the inquiry.",
        "Officers found a shotgun and three live shells in the vehicle.",
        "A bank employee suffered non-life threatening injuries.",
        "The woman accused had just been escorted from the building.",
        "Those who are feeling the crunch are outraged.",
        "The German frigate responded to a distress call from the freighter.",
        "The sound of the shots echoed through the street.",
        "A parolee wanted on suspicion of murder was arrested.",
        "He knows the region well.",
        "They found him barricaded in a room.",
        "The missile missed its intended target.",
        "There was no reaction from the markets.",
        "INA did not say the hijackers were Iraqis.",
        "Dozens of people opposed to the government are in detention.",
        "The trial of four Lebanese accused of carrying out the attack resumed.",
        "Nigeria called off the visit.",
        "The neighbours in Kathmandu called the police when they saw the boy limping.",
        "Ismail Boulahya claimed the title of president last week.",
        "Arson has claimed an estimated 30 houses of worship.",
        "The strikers attacked the local office of the ruling Awami League.",
        "Rebels of the Revolutionary United Front agreed a ceasefire in April.",
        "Talks planned for March were cancelled.",
        "Ronny Brunswijk was in custody on Wednesday charged with attempted murder.",
        "EU rejects German call to boycott British lamb.",
        "The government rejected the union's demand for a pay rise.",
    ] {
        let doc = claims_of_parsed(text);
        assert!(doc.claims.is_empty(), "{text}: {:?}", doc.claims);
    }
}

/// What a relative or opening clause reports ends with the clause; the
/// outlet told and a visitor told are no part of what was told.
#[test]
fn contents_end_with_their_clause() {
    for (text, expected) in [
        (
            "Jordan, which has blamed Iraq for bread riots last week, has asked an Iraqi \
             diplomat to leave.",
            "Iraq for bread riots last week",
        ),
        (
            "Hours after state radio said the rebels had surrendered, the army spokesman told \
             reporters the fighting was continuing.",
            "the rebels had surrendered",
        ),
        (
            "Mubarak told visiting Israeli Foreign Minister David Levy that the peace process \
             was in danger.",
            "the peace process was in danger",
        ),
        (
            "The minister told the French news agency the talks would resume.",
            "the talks would resume",
        ),
        (
            "The rebels will free the hostages \"as a goodwill gesture\", a spokesman said.",
            "The rebels will free the hostages \"as a goodwill gesture\"",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let first = doc.claims.first().and_then(|c| c.content);
        assert_eq!(first.map(|c| doc.slice(c)), Some(expected), "{text}");
    }
}

/// Denying a call or a demand that a clause says something of is a denial.
#[test]
fn denying_what_a_request_came_to_is_a_claim() {
    let doc = claims_of_parsed("Iraq denied the call by inspectors was ignored.");
    assert_eq!(doc.claims.len(), 1, "{:?}", doc.claims);
    assert_eq!(doc.claims[0].stance, Stance::Deny);
}

/// "found" reports a finding when a study finds or when evidence is found;
/// other verbs keep their clauses.
#[test]
fn findings_and_clauses_stay_claims() {
    for text in [
        "The poll found a five-point lead for Clinton.",
        "Investigators found no evidence of foul play.",
        "The study found that turnout fell.",
        "She responded that the charges were false.",
        "The minister echoed the call for talks.",
        "I feel that the talks will fail.",
        "Observers found widespread irregularities.",
        "He found Israel's position unacceptable.",
        "The rebels responded to the call for talks with silence.",
        "Diplomats say the rebels want some say in the allocation of spending.",
        "Sharif accused Bhutto of corruption, charges which Bhutto denies.",
        "U.S. officials do not believe the rebels will win.",
        "Some said the government had lost control.",
    ] {
        let doc = claims_of_parsed(text);
        assert_eq!(doc.claims.len(), 1, "{text}: {:?}", doc.claims);
    }
}

/// "There were reports that X" is hearsay of X; "no independent
/// confirmation" hedges what came before.
#[test]
fn reports_with_no_source_and_no_confirmation() {
    let doc = claims_of_parsed(
        "Troops shelled the town, officials said. There was no independent confirmation of \
         the report. There were unconfirmed reports that Iran had sent troops.",
    );
    let found: Vec<(SourceKind, Option<&str>, bool)> = doc
        .claims
        .iter()
        .map(|c| (c.source.kind, c.content.map(|s| doc.slice(s)), c.hedged))
        .collect();
    assert_eq!(
        found,
        [
            (
                SourceKind::AnonymousAffiliated,
                Some("Troops shelled the town"),
                true
            ),
            (SourceKind::Unattributed, Some("Iran had sent troops"), true),
        ]
    );
}

/// What was said starts after the listener and the day it was said on.
#[test]
fn contents_after_listeners_and_days() {
    let doc = claims_of_parsed(
        "Gonzalo Montoya told Radio Red the group was armed. Police told Wang's family that \
         Wang would be sent away. Tareq Aziz said on Saturday Iraqi troops were fighting. \
         Smith told the BBC the plan had failed. Erdmann told reporters Bonn supported it.",
    );
    let contents: Vec<Option<&str>> = doc
        .claims
        .iter()
        .map(|c| c.content.map(|s| doc.slice(s)))
        .collect();
    assert_eq!(
        contents,
        [
            Some("the group was armed"),
            Some("Wang would be sent away"),
            Some("Iraqi troops were fighting"),
            Some("the plan had failed"),
            Some("Bonn supported it"),
        ]
    );
}

/// A name apposed to a trailing source, and a name with a verb-like word
/// in it, are the source.
#[test]
fn names_in_trailing_sources() {
    let text = "\"I am entitled to see Jerusalem,\" said the tourist, Khaled Hijazi. Police \
                detained Wang, the group Human Rights Watch said. \"It is mine,\" said a \
                student from Austin, Texas. \"The odds are good,\" said a leading court \
                advocate, Andrew Pincus of the law firm Mayer Brown. \"He lied to this court,\" \
                presiding judge Hans Weber told the court.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    let sources: Vec<Option<&str>> = doc
        .claims
        .iter()
        .map(|c| c.source.span.map(|s| doc.slice(s)))
        .collect();
    assert_eq!(
        sources,
        [
            Some("the tourist, Khaled Hijazi"),
            Some("the group Human Rights Watch"),
            Some("a student from Austin"),
            Some("a leading court advocate, Andrew Pincus"),
            Some("presiding judge Hans Weber"),
        ]
    );
}

/// A source described by a hyphenated participle ("New York-based").
#[test]
fn a_hyphenated_participle_in_a_trailing_source() {
    let doc = claims_of_parsed(
        "Police detained Wang Donghai, the New York-based group Amnesty International said.",
    );
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(
        doc.claims[0].source.span.map(|s| doc.slice(s)),
        Some("the New York-based group Amnesty International")
    );
}

/// Refusals to say more are declined comments; withholding a name is none.
#[test]
fn declining_to_reveal_and_to_give_a_name() {
    let doc = claims_of_parsed(
        "He declined to reveal any more details. The spokesman declined further comment. \
         One elderly man, who declined to give his name, said his sons were refugees. \
         The government declined official comment. Officials at the embassy were not \
         immediately available for comment.",
    );
    let found: Vec<(&str, Stance)> = doc
        .claims
        .iter()
        .map(|c| (doc.slice(c.cue), c.stance))
        .collect();
    assert_eq!(
        found,
        [
            ("declined to reveal", Stance::DeclineComment),
            ("declined further comment", Stance::DeclineComment),
            ("said", Stance::Assert),
            ("declined official comment", Stance::DeclineComment),
            (
                "were not immediately available for comment",
                Stance::NoResponse
            ),
        ]
    );
}

/// A name that starts with a happening still speaks.
#[test]
fn a_named_source_is_no_happening() {
    let text = "LONDON - The Conflict Prevention Centre said the war was spreading.";
    let doc = crate::pipeline::Pipeline::new()
        .process(Document::new(DocMeta::default(), text.to_string()));
    assert_eq!(doc.claims.len(), 1, "{:?}", doc.entities);
}

/// A refused request is no claim, but what is said with it is.
#[test]
fn a_refused_request_lends_its_speaker() {
    let doc = claims_of_parsed(
        "A New York judge has rejected a media request to unseal the file, saying the courts \
         have no business deciding what voters should know.",
    );
    let cues: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
    assert_eq!(cues, ["saying"]);
    assert_eq!(
        doc.claims[0].source.span.map(|s| doc.slice(s)),
        Some("A New York judge")
    );
}

#[test]
fn expectations_efforts_and_appearances() {
    let cases = [
        case!(
            "The minister is expected to announce the cuts on Monday.",
            None,
            Unattributed,
            "is expected to",
            Some("The minister is expected to announce the cuts on Monday"),
            Assert,
            true
        ),
        case!(
            "Graham defended the vote on Tuesday.",
            Some("Graham"),
            NamedPerson,
            "defended",
            Some("the vote on Tuesday"),
            Assert
        ),
        case!(
            "Sanders sought a recount in two counties.",
            Some("Sanders"),
            NamedPerson,
            "sought",
            Some("a recount in two counties"),
            Assert
        ),
        case!(
            "Obama seemed to recognize the significance of the victory.",
            None,
            Unattributed,
            "seemed",
            Some("Obama seemed to recognize the significance of the victory"),
            Assert,
            true
        ),
        case!(
            "Kasich appeared to imply that the race was over.",
            None,
            Unattributed,
            "appeared",
            Some("Kasich appeared to imply that the race was over"),
            Assert,
            true
        ),
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn nouns_that_look_like_cues() {
    for text in [
        "Clinton won 40 pledged delegates in Ohio.",
        "Sanders campaigned in several states on Monday.",
    ] {
        let doc = claims_of(text);
        assert!(doc.claims.is_empty(), "claims in {text:?}");
    }
}

/// Words of reporting used otherwise: in a compound or before a noun, a
/// charge laid, a request for comment.
#[test]
fn reporting_words_that_report_nothing() {
    for text in [
        "The independence-seeking Freedom Party won 12 seats.",
        "The $2 billion proposed merger could face antitrust hurdles.",
        "Police arrested the driver and charged him with murder.",
        "The bank did not return phone calls seeking comment.",
        "He pleaded guilty, adding three years to his sentence.",
        "An Amtrak passenger train slammed into an empty logging truck on Tuesday.",
        "A U.S. appeals court on Tuesday gave Korvath a reprieve.",
        "Korvath declared a final dividend of 10 cents.",
        "SBC Harrow is maintaining its forecast for five percent growth.",
        "Korvath repaid $21 million, well above the originally planned $8 million.",
        "Obama shows great charm.",
        "The outbreak sparked calls for an overhaul of the programme.",
        "The chairman added to the bullish mood.",
    ] {
        let doc = claims_of_parsed(text);
        let cues: Vec<&str> = doc
            .claims
            .iter()
            .map(|c| doc.slice(c.cue))
            .filter(|c| !c.contains("return"))
            .collect();
        assert!(cues.is_empty(), "claims in {text:?}: {cues:?}");
    }
}

/// An attribution set off by commas in the middle of its sentence: what was
/// said runs around it, unless the words before it stand alone or a
/// quotation or a clause of its own follows.
#[test]
fn attribution_in_the_middle() {
    for (text, content) in [
        (
            "Mr. Okello, officials said, has become skeptical about the plan.",
            "Mr. Okello, officials said, has become skeptical about the plan",
        ),
        (
            "Mr. Okello, according to officials, has become skeptical about the plan.",
            "Mr. Okello, according to officials, has become skeptical about the plan",
        ),
        (
            "And yet, her aides say, Ruritania remains a priority for her.",
            "Ruritania remains a priority for her",
        ),
        (
            "At one point, Lynch asked Coleman, \"You just lied to this jury, correct?\"",
            "You just lied to this jury, correct?",
        ),
        (
            "The talks failed, he said, adding that the army would stay.",
            "The talks failed",
        ),
        (
            "The talks failed, he said, but the army would stay.",
            "The talks failed",
        ),
        (
            "In March the army shelled Kisumu, Okello said, a claim the army denies.",
            "In March the army shelled Kisumu",
        ),
        (
            "\"Norilsk is a big debtor,\" said Konstantin Chernyshev, equities analyst at Rinaco Plus.",
            "Norilsk is a big debtor",
        ),
    ] {
        assert_eq!(first_content(text).as_deref(), Some(content), "{text:?}");
    }
}

/// "confirm or deny" is one refusal, not a refusal and a denial.
#[test]
fn confirm_or_deny_is_one_refusal() {
    for (text, cues) in [
        (
            "A bank spokesman said he could not confirm or deny the report.",
            &["said", "could not confirm"][..],
        ),
        (
            "The spokesman declined to confirm or deny the report.",
            &["declined to confirm"][..],
        ),
    ] {
        let doc = claims_of_parsed(text);
        let found: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
        assert_eq!(found, cues, "{text:?}");
    }
    // Positions held, findings shown and judgments declared stay claims.
    for (text, cue) in [
        ("Okello maintained that the vote was rigged.", "maintained"),
        (
            "Okello maintained his opposition to the treaty.",
            "maintained",
        ),
        (
            "The survey showed strong support for the peace deal.",
            "showed",
        ),
        ("Okello added to the crowd that the war would end.", "added"),
        (
            "Achieng declared the state of the economy a disgrace.",
            "declared",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let cues: Vec<&str> = doc.claims.iter().map(|c| doc.slice(c.cue)).collect();
        assert_eq!(cues, [cue], "{text:?}");
    }
}

#[test]
fn asked_openers() {
    let cases = [
        case!(
            "Asked whether the plan would pass, Ryan said he was hopeful.",
            None,
            Unattributed,
            "Asked",
            Some("whether the plan would pass"),
            Assert
        ),
        case!(
            "Asked during a debate why he trailed, Sanders said the polls were wrong.",
            None,
            Unattributed,
            "Asked",
            Some("why he trailed"),
            Assert
        ),
        case!(
            "When asked about the bill, the senator said it was dead.",
            None,
            Unattributed,
            "asked",
            Some("about the bill"),
            Assert
        ),
    ];
    for case in &cases {
        check(case);
    }
}

/// Sentences the segmenter cuts ("?” Trump said.", "(R-S.C.)" / "said"),
/// parenthesised party labels, relative clauses after an inverted source,
/// "when asked" after the cue.
#[test]
fn cut_sentences_and_parentheses() {
    let cases = [
        case!("“Who do they think they are?” Trump said.",
            Some("Trump"), NamedPerson, "said", Some("Who do they think they are?"), Assert),
        case!("Rep. Trey Gowdy (R-S.C.) said that the claim smacked of hypocrisy.",
            Some("Rep. Trey Gowdy (R-S.C.)"), NamedPerson, "said", Some("the claim smacked of hypocrisy"), Assert),
        case!("“That is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of the leadership.",
            Some("Rep. Jim Clyburn (D-S.C.)"), NamedPerson, "said", Some("That is a problem for the party"), Assert),
        case!("“It was a mistake,” said the man who built the campaign.",
            Some("the man"), Anonymous, "said", Some("It was a mistake"), Assert),
        case!("“Republicans are in a frenzy,” said one Democratic source on the panel.",
            Some("one Democratic source"), Anonymous, "said", Some("Republicans are in a frenzy"), Assert),
        case!("“Using the tax is misguided,” said Mr. Burman (a view echoed by everyone I interviewed).",
            Some("Mr. Burman"), NamedPerson, "said", Some("Using the tax is misguided"), Assert),
        case!("But, according to the poll, 46 percent of voters remain undecided.",
            Some("the poll"), Anonymous, "according to", Some("46 percent of voters remain undecided"), Assert),
        case!("“Is Trump running against the party?” asked Mr. Manafort, referring to the primaries.",
            Some("Mr. Manafort"), NamedPerson, "asked", Some("Is Trump running against the party?"), Assert),
        case!("“The struggle will go on,” the 43-year-old shouted in German before being led away.",
            Some("the 43-year-old"), Anonymous, "shouted", Some("The struggle will go on"), Assert),
        case!("“I would use the word ‘old-school,’” said Mr. Slayton.",
            Some("Mr. Slayton"), NamedPerson, "said", Some("I would use the word ‘old-school,’"), Assert),
        case!("“You bet I would,” Christie said when asked about the virus.",
            Some("Christie"), NamedPerson, "said", Some("You bet I would"), Assert),
    ];
    for case in &cases {
        check(case);
    }
    let case = case!(
        "Clinton says she respects the senator but argues that he cannot deliver on his promises.",
        Some("Clinton"),
        NamedPerson,
        "argues",
        Some("he cannot deliver on his promises"),
        Assert
    );
    check_doc(&case, claims_of_parsed(case.text));
}

/// Signed quotations, transcript speakers, names before a quotation, polls
/// as sources, and verbs of praise, talk and shouting.
#[test]
fn signatures_transcripts_polls_and_talk() {
    let cases = [
        case!(
            "“He represents our greatest shame.” ― Sonya Herridge",
            Some("Sonya Herridge"),
            NamedPerson,
            "―",
            Some("He represents our greatest shame"),
            Assert
        ),
        case!(
            "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\"",
            Some("PENCE"),
            NamedPerson,
            ":",
            Some("Gennifer Flowers will not be attending the debate tomorrow night"),
            Assert
        ),
        case!(
            "The surge does not surprise Daron Shaw: “Lesser-known candidates often gain late.”",
            Some("Daron Shaw"),
            NamedPerson,
            ":",
            Some("Lesser-known candidates often gain late"),
            Assert
        ),
        case!(
            "In a CNN national poll, 50 percent of respondents chose Clinton.",
            Some("a CNN national poll"),
            Media,
            "In",
            Some("50 percent of respondents chose Clinton"),
            Assert
        ),
        case!(
            "Trump has a decisive lead in the latest polls.",
            Some("the latest polls"),
            Anonymous,
            "in",
            Some("Trump has a decisive lead"),
            Assert
        ),
        case!(
            "Sanders talked about income inequality at the rally.",
            Some("Sanders"),
            NamedPerson,
            "talked about",
            Some("income inequality at the rally"),
            Assert
        ),
        case!(
            "The governor touted the new jobs figures.",
            Some("The governor"),
            Anonymous,
            "touted",
            Some("the new jobs figures"),
            Assert
        ),
    ];
    for case in &cases {
        check_doc(case, claims_of_parsed(case.text));
    }
    let case = case!(
        "Whites made up 36 percent of the electorate, according to exit polls.",
        Some("exit polls"),
        Anonymous,
        "according to",
        Some("Whites made up 36 percent of the electorate"),
        Assert
    );
    check_doc(&case, claims_of_parsed(case.text));
    let case = case!(
        "Former DNC chairman calls for a contingency plan.",
        Some("Former DNC chairman"),
        AnonymousAffiliated,
        "calls for",
        Some("a contingency plan"),
        Assert
    );
    check_doc(&case, claims_of_parsed(case.text));
}

/// "There was no immediate comment from X": X did not respond; "no
/// comment" without "from" names no one.
#[test]
fn no_comment_from_a_body() {
    let doc = claims_of_parsed(
        "There was no immediate comment from the Sudanese government. The plan drew no comment.",
    );
    let found: Vec<(Option<&str>, Stance)> = doc
        .claims
        .iter()
        .map(|c| (c.source.span.map(|s| doc.slice(s)), c.stance))
        .collect();
    assert_eq!(
        found,
        [(Some("the Sudanese government"), Stance::NoResponse)]
    );
}

/// A statement speaks for the body it is from; "agency" alone names no
/// outlet; a common noun opening a sentence names no one; a name after a
/// title is a person's.
#[test]
fn statements_agencies_and_titled_names() {
    use SourceKind::*;
    assert_sources(
        "According to a statement from the Indian government, the pirates surrendered. \
         The statement said the prisoners would be handed over.",
        &[
            (NamedOrg, Some("India"), None),
            (NamedOrg, Some("India"), None),
        ],
    );
    assert_sources(
        "John Ging, the head of the UN agency, condemned the attack.",
        &[(NamedPerson, Some("John Ging"), None)],
    );
    assert_sources(
        "Deputies said that Orozco is a gang member.",
        &[(Anonymous, None, None)],
    );
    assert_sources(
        "Bureau of Prisons spokesman Al Quintero said Gigante died on Monday.",
        &[(NamedPerson, Some("Al Quintero"), None)],
    );
    // A body described by its leader speaks as the body.
    assert_sources(
        "The KDP, led by Massoud Barzani, said the talks failed.",
        &[(NamedOrg, Some("Kurdistan Democratic Party"), None)],
    );
    // After an outlet, "the official agency" is the outlet again.
    assert_sources(
        "IRNA said the talks failed. The official agency said Iran was ready.",
        &[
            (Media, Some("Islamic Republic News Agency"), None),
            (Media, Some("Islamic Republic News Agency"), None),
        ],
    );
    assert_sources(
        "\"We will fight,\" said the foreign minister, Hans van den Broek.",
        &[(NamedPerson, Some("Hans van den Broek"), None)],
    );
    // A name with a particle in apposition names the speaker, and "he" then.
    assert_sources(
        "Rabie Atti, a government spokesman, said the south must stop. \"We are ready,\" \
         said one of the rebel leaders, Abdel Aziz al-Hilu. \"We are prepared,\" he added.",
        &[
            (NamedPerson, Some("Rabie Atti"), None),
            (NamedPerson, Some("Abdel Aziz al-Hilu"), None),
            (NamedPerson, Some("Abdel Aziz al-Hilu"), None),
        ],
    );
}

/// A participle's speaker is found however many verbs stand between it and
/// the subject; a gerund after "for" or "of" whose governing verb has an
/// object is that object's act, not the subject's.
#[test]
fn speakers_of_participles_and_gerunds() {
    let case = case!("The strikers barricaded streets, attacked the local office of the ruling Awami League, fought running battles with police and set alight hundreds of copies of the popular Janakantha newspaper, alleging it was pro-government.",
        Some("The strikers"), Anonymous, "alleging", Some("it was pro-government"), Assert);
    check_doc(&case, claims_of_parsed(case.text));
    let doc = claims_of_parsed(
        "Iraq balked at the deal, blaming the United States for insisting on stringent monitoring.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("blaming", Some("Iraq")),
            ("insisting", Some("the United States"))
        ]
    );
}

/// A person named at the end of a phrase that opens with an outlet speaks.
#[test]
fn an_outlets_reporter_speaks() {
    assert_sources(
        "Reuters cameraman Liutauras Stremaitis said a column of vehicles pulled out.",
        &[(SourceKind::NamedPerson, Some("Liutauras Stremaitis"), None)],
    );
}

/// A country that owns or describes an outlet or a body that is no organ of
/// its state is that source's affiliation, not the source.
#[test]
fn countries_describe_outlets_and_parties() {
    let text = "Israel's biggest newspaper said the meeting was off. Tunisia's main opposition \
                party announced that it had been ousted. Chinese official media accused \
                foreign forces of meddling.";
    assert_sources(
        text,
        &[
            (SourceKind::Media, None, Some("Israel")),
            (SourceKind::AnonymousAffiliated, None, Some("Tunisia")),
            (SourceKind::Media, None, Some("China")),
        ],
    );
}

/// A relative pronoun taken for a speaker stands for its antecedent.
#[test]
fn a_relative_pronoun_speaks_for_its_antecedent() {
    let doc = claims_of_parsed(
        "Okello, who flew into Gulu earlier in the day, said he hoped to sign a peace \
         agreement. Wang was arrested by officers who told his family he would be freed.",
    );
    let found = cues_and_sources(&doc);
    assert!(found.contains(&("said", Some("Okello, who"))), "{found:?}");
    assert!(found.iter().all(|(_, s)| *s != Some("who")), "{found:?}");
}

/// Things found, force used, names given and asylum claimed report nothing;
/// findings still do.
#[test]
fn finds_weapons_names_and_strongholds_are_no_claims() {
    let doc = claims_of_parsed(
        "Police found only knives and fake pistols. Government jets blasted rebel \
         positions. The donor gave $5 million to the school, called the Unity Academy. \
         Rebel forces were defending the town. The men claimed asylum in Sweden. Police \
         found the men had been poisoned.",
    );
    assert_eq!(cues_and_sources(&doc), [("found", Some("Police"))]);
}

/// Market sources joined by "and", an outlet the tagger read as an adverb,
/// a report's author, a speaker interrupted by a participle, inverted
/// verbs of remark, and refusals after "but" or on their own.
#[test]
fn market_sources_reports_by_and_remarks() {
    let doc = claims_of_parsed(
        "Prices will rise next week, traders and analysts said. The army took the town, \
         the Okafor daily said on Monday. The rebels hold the north, said a report by the \
         Kavala Institute. Nwosu, reached by telephone, declined to comment. \"That is \
         wrong,\" interjected the judge. The ministry had no immediate comment. Officials \
         said the talks failed but declined to elaborate. They did not elaborate.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("said", Some("traders and analysts")),
            ("said", Some("the Okafor daily")),
            ("said", Some("a report by the Kavala Institute")),
            ("declined to comment", Some("Nwosu")),
            ("interjected", Some("the judge")),
            ("had no immediate comment", Some("The ministry")),
            ("said", Some("Officials")),
            ("declined to elaborate", Some("Officials")),
            ("did not elaborate", Some("They")),
        ]
    );
    let content = doc.claims[6].content.map(|c| doc.slice(c));
    assert_eq!(content, Some("the talks failed"));
    let stances: Vec<Stance> = doc.claims.iter().map(|c| c.stance).collect();
    assert_eq!(stances[3], Stance::DeclineComment);
    assert_eq!(stances[5], Stance::DeclineComment);
}

/// A cue inside another claim's content is a claim of its own only with a
/// speaker of its own: not the outer speaker again, not a relative clause's
/// verb, not what a demand asks for, not what a denial denies. A speaker of
/// its own after "but" ends the content before it.
#[test]
fn cues_inside_contents() {
    let doc = claims_of_parsed(
        "A ministry spokesman said the appointment of a new auditor, Mary Wanjiru, showed \
         the government's resolve. Okello said a group of nations that oppose the plan had \
         pressured the officials. The students demanded the government announce punishments \
         for the policemen. Kamau denied he had threatened to resign. Interfax said \
         Chernomyrdin told reporters the talks would resume. The hijackers claimed they were \
         refugees but interior ministry officials had consistently said they would be charged.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("said", Some("A ministry spokesman")),
            ("said", Some("Okello")),
            ("demanded", Some("The students")),
            ("denied", Some("Kamau")),
            ("said", Some("Interfax")),
            ("told", Some("Chernomyrdin")),
            ("claimed", Some("The hijackers")),
            ("said", Some("interior ministry officials")),
        ]
    );
    let contents: Vec<&str> = doc
        .claims
        .iter()
        .filter_map(|c| c.content.map(|s| doc.slice(s)))
        .collect();
    assert_eq!(
        contents[0],
        "the appointment of a new auditor, Mary Wanjiru, showed the government's resolve"
    );
    assert_eq!(contents[6], "they were refugees");
}

/// A relative clause's own attribution stays, its content ending with the
/// clause; a refusal after "but" ends the content before it.
#[test]
fn relative_attributions_and_refusals_after_but() {
    let doc = claims_of_parsed(
        "The UN said the militia, which denies targeting civilians, had shelled the camp. \
         Okello rejected claims by the opposition, which insisted the vote was rigged. \
         Okello said he would resign but did not say when.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("said", Some("The UN")),
            ("denies", Some("the militia")),
            ("rejected", Some("Okello")),
            ("insisted", Some("the opposition")),
            ("said", Some("Okello")),
            ("say", Some("Okello")),
        ]
    );
    let content = |i: usize| doc.claims[i].content.map(|c| doc.slice(c));
    assert_eq!(content(1), Some("targeting civilians"));
    assert_eq!(content(4), Some("he would resign"));
}

/// A source coordinated with "other witnesses", a plural noun the tagger
/// read as a verb, a speaker before a participle clause after a quotation,
/// and "are reported to" as hearsay.
#[test]
fn witnesses_metals_sources_and_reported_to() {
    let doc = claims_of_parsed(
        "The bodies were found in an open field, said Peter Okello and other witnesses. \
         \"Korvath has inherited a mountain of debt,\" said one metals source. \"The talks \
         will be held in Nairobi,\" one source, speaking on condition of anonymity, told \
         Reuters. Dozens of people are reported to have been abducted by vigilante groups.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("said", Some("Peter Okello and other witnesses")),
            ("said", Some("one metals source")),
            ("told", Some("one source")),
            ("are reported to", None),
        ]
    );
    assert!(doc.claims[3].hedged);
}

/// Nouns that look like cues ("the copper find", "the African states",
/// "in writing"), figures reported, "sources close to the talks", and a
/// "that" after an aside ("said, however, that").
#[test]
fn cue_shaped_nouns_and_sources_close_to_talks() {
    let doc = claims_of_parsed(
        "Velmora will develop the Kisumu copper find in Kenya, sources close to the talks \
         said on Friday. The move by the African states means the council could vote. The \
         delegates will hand in the nominations in writing, the envoys said. A survey sees \
         Korvath reporting higher earnings next week. He said, however, that Kenya got the \
         money.",
    );
    assert_eq!(
        cues_and_sources(&doc),
        [
            ("said", Some("sources close to the talks")),
            ("said", Some("the envoys")),
            ("said", Some("He")),
        ]
    );
    let content = doc.claims[2].content.map(|c| doc.slice(c));
    assert_eq!(content, Some("Kenya got the money"));
}

/// What is warned of starts after whom and when ("warned Korvath Corp on
/// Friday that ..."); a plain warning keeps its subject.
#[test]
fn warnings_to_an_addressee() {
    for (text, content) in [
        (
            "Okello warned Korvath Corp on Friday that it must pay its taxes.",
            "it must pay its taxes",
        ),
        (
            "Okello warned the rebels would be crushed.",
            "the rebels would be crushed",
        ),
    ] {
        assert_eq!(first_content(text).as_deref(), Some(content), "{text}");
    }
}

/// "who" after "NAME of PLACE" is the person, not the place; "which" after
/// "a report in NAME" is the outlet.
#[test]
fn who_after_a_home_is_the_person() {
    let doc = claims_of_parsed(
        "Senator Dara Kamau of Ostrava, who had opposed the bill, said it would pass.",
    );
    assert!(
        cues_and_sources(&doc).contains(&("opposed", Some("Senator Dara Kamau"))),
        "{:?}",
        cues_and_sources(&doc)
    );
}

/// A telephone call to a person is no statement ("called the prime minister
/// on Tuesday"); words about someone are ("called Novak a liar").
#[test]
fn calls_to_a_person_are_no_claims() {
    for text in [
        "Kenyatta called the Ukrainian prime minister, Jan Novak, on Tuesday.",
        "Kenyatta called the Ukrainian prime minister on Tuesday to discuss the crisis.",
        "Clinton called Sanders to congratulate him.",
        "Kenyatta called Uganda's defence minister on Tuesday.",
    ] {
        let doc = crate::pipeline::Pipeline::new()
            .process(Document::new(DocMeta::default(), text.to_string()));
        assert!(
            doc.claims.is_empty(),
            "{text}: {:?}",
            cues_and_sources(&doc)
        );
    }
    for text in [
        "Kenyatta called Novak a liar.",
        "Kenyatta called the minister \"a disgrace\" on Tuesday.",
    ] {
        let doc = claims_of_parsed(text);
        assert_eq!(cues_and_sources(&doc).len(), 1, "{text}");
    }
}

/// A participle after the main verb speaks for its subject, not for a
/// phrase of time or a paper before it; a noun phrase ends where an article
/// opens another ("a probe the agency said").
#[test]
fn participles_and_stacked_phrases_name_the_speaker() {
    for (text, cue, source) in [
        (
            "Last week, the Velmoran government lodged a complaint, arguing that Ostrava was \
             trying to start a war.",
            "arguing",
            "the Velmoran government",
        ),
        (
            "Velmora issued a statement on Thursday condemning the airstrike.",
            "condemning",
            "Velmora",
        ),
        (
            "The FBI's investigation is ongoing, a probe the law enforcement agency said was \
             ongoing as of last month.",
            "said",
            "the law enforcement agency",
        ),
        (
            "In finding Dara Kamau guilty the jury recommended that he be sent to prison.",
            "recommended",
            "the jury",
        ),
        (
            "But at least a dozen members of Congress told reporters she thinks the House is \
             within reach.",
            "told",
            "at least a dozen members of Congress",
        ),
        (
            "Kamau also decried Osei's repeated calls to ban all migrants, noting he has \
             \"sacrificed nothing\" for the country.",
            "noting",
            "Kamau",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let found = cues_and_sources(&doc);
        assert!(found.contains(&(cue, Some(source))), "{text}: {found:?}");
    }
}

/// Supporters, allies and relatives are unnamed people, tied to whom they
/// back; a place's government speaks for the place.
#[test]
fn supporters_relatives_and_a_government_in_a_place() {
    use SourceKind::*;
    assert_sources(
        "Relative said he had a history of mental problems. Supporters of Senator Lina \
         Osei say the plan should pass. The government in Kenya has vigorously denied any \
         role in the attacks.",
        &[
            (Anonymous, None, None),
            (AnonymousAffiliated, None, Some("Lina Osei")),
            (NamedOrg, Some("Kenya"), None),
        ],
    );
}

/// What is said: the quotation before "X wrote in an email", and the clause
/// after "..., and according to X,".
#[test]
fn quotation_before_an_email_and_according_to_in_a_second_clause() {
    let contents = |text: &str| {
        let doc = claims_of_parsed(text);
        doc.claims
            .iter()
            .map(|c| {
                let content = c.content.map_or("", |s| doc.slice(s));
                (doc.slice(c.cue).to_string(), content.to_string())
            })
            .collect::<Vec<_>>()
    };
    let found = contents("\"The bridge is open!\" Kamau wrote in an email to his staff.");
    assert_eq!(
        found,
        [("wrote".to_string(), "The bridge is open!".to_string())]
    );
    let found = contents(
        "Around the time of the shooting, Kamau was in debt, and according to a local \
         sheriff, he had told friends he wanted to leave.",
    );
    assert_eq!(found[0].0, "according to");
    assert_eq!(found[0].1, "he had told friends he wanted to leave");
}

/// Rarer verbs of saying after a quotation, a letter that "read", a
/// question asked of someone, and refusals written with "n't".
#[test]
fn barked_read_asked_and_wouldnt_say() {
    for (text, cue, content) in [
        (
            "\"You are wrong,\" Kamau barked.",
            "barked",
            "You are wrong",
        ),
        (
            "\"They would have gone to the bill,\" Kamau fumed on Tuesday.",
            "fumed",
            "They would have gone to the bill",
        ),
        (
            "\"Kamau made great strides this year,\" the letter read.",
            "read",
            "Kamau made great strides this year",
        ),
        (
            "\"Why are you still endorsing him?\" Obama asked Republican politicians.",
            "asked",
            "Why are you still endorsing him?",
        ),
        (
            "\"We will make no further payments,\" Lena Osei, president of Kisumu Dairy, \
             notified the panel on Aug. 1.",
            "notified",
            "We will make no further payments",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let found: Vec<(&str, &str)> = doc
            .claims
            .iter()
            .map(|c| (doc.slice(c.cue), c.content.map_or("", |s| doc.slice(s))))
            .collect();
        assert_eq!(found, [(cue, content)], "{text}");
    }
    for (text, stance) in [
        (
            "Kamau wouldn't say how the party would prioritize gun control.",
            Stance::DeclineComment,
        ),
        (
            "Kamau was not returning calls on Tuesday.",
            Stance::NoResponse,
        ),
    ] {
        let doc = claims_of_parsed(text);
        assert_eq!(doc.claims.len(), 1, "{text}");
        assert_eq!(doc.claims[0].stance, stance, "{text}");
        assert!(doc.claims[0].content.is_none(), "{text}");
    }
}

/// Acts named by verbs of saying are no claims: responding to a crash,
/// pointing a gun, writing under a pseudonym, defending seats, quoting a
/// price, observing a truce, denying someone a hearing.
#[test]
fn acts_with_verbs_of_saying_are_no_claims() {
    for text in [
        "Market makers quote one price for buyers.",
        "The rebels are observing the ceasefire.",
        "The committee denied Kamau a hearing.",
        "Police responded to the crash on Main Street to find Kamau lying in the roadway.",
        "Kamau was shot after pointing a gun at two officers.",
        "Kamau wrote under the pseudonym \"Carlos Danger\" for years.",
        "Kenyan Democrats are defending a number of seats in 2018.",
    ] {
        let doc = claims_of_parsed(text);
        assert!(
            doc.claims.is_empty(),
            "{text}: {:?}",
            cues_and_sources(&doc)
        );
    }
    let doc = claims_of_parsed("Clinton defended her record as secretary of state.");
    assert_eq!(doc.claims.len(), 1);
}

/// Whom one told, informed or telephoned is no content: "told his father",
/// "informed the athletic director", "called his mom to break the news".
/// What one told someone to do, or a quotation, is.
#[test]
fn the_one_told_or_called_is_no_content() {
    for text in [
        "Father and son then informed Velmora Athletic Director Lena Osei.",
        "Kamau told his father.",
        "Kamau notified the ministry of his decision.",
        "Doug called his mom to break the news to her, then stepped into the gym.",
    ] {
        let doc = claims_of_parsed(text);
        assert!(
            doc.claims.is_empty(),
            "{text}: {:?}",
            cues_and_sources(&doc)
        );
    }
    for text in [
        "Kamau informed the panel that he would resign.",
        "Obama told his advisers to figure out how to cut emissions.",
        "Kamau called Osei a liar.",
    ] {
        assert_eq!(claims_of_parsed(text).claims.len(), 1, "{text}");
    }
}

/// Speakers after "testified" and "tweeted", a quotation closed inside
/// another before its attribution, and ", prosecutors charge." closing the
/// sentence.
#[test]
fn inverted_and_closing_cues_report_the_clause() {
    for (text, cue, source, content) in [
        (
            "\"At first I thought it was a firework,\" testified Lena Osei.",
            "testified",
            "Lena Osei",
            "At first I thought it was a firework",
        ),
        (
            "\"Better watch out for the mayor,\" tweeted another.",
            "tweeted",
            "another",
            "Better watch out for the mayor",
        ),
        (
            "\"I've always been insulted with the term 'outreach,' \" he told the group.",
            "told",
            "he",
            "I've always been insulted with the term 'outreach,'",
        ),
        (
            "Tomas Velik fired from the roof, prosecutors charge.",
            "charge",
            "prosecutors",
            "Tomas Velik fired from the roof",
        ),
        (
            "His wife whispered to him: \"They are still with you.\"",
            "whispered",
            "His wife",
            "They are still with you",
        ),
        (
            "\"We are not going to comment on that\" said Nick Merrill, a spokesman.",
            "said",
            "Nick Merrill",
            "We are not going to comment on that",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let found: Vec<_> = doc
            .claims
            .iter()
            .map(|c| {
                (
                    doc.slice(c.cue),
                    c.source.span.map(|s| doc.slice(s)),
                    c.content.map(|s| doc.slice(s)),
                )
            })
            .collect();
        assert_eq!(found, [(cue, Some(source), Some(content))], "{text}");
    }
}

/// "His aides" are the aides of the man named last.
#[test]
fn unnamed_sources_are_affiliated_with_the_body_named_last() {
    let doc = claims_of_parsed(
        "Daniel Kamau arrived in Ostrava on Monday. His aides said the talks had failed.",
    );
    let claim = doc.claims.last().expect("a claim");
    assert_eq!(claim.source.kind, SourceKind::AnonymousAffiliated);
    let kamau = doc.entities.iter().find(|e| e.name == "Daniel Kamau");
    assert_eq!(
        claim.source.affiliation.as_deref(),
        kamau.map(|e| e.id.as_str())
    );
}

/// Faith, verdicts and the writer's own questions are no claims; a short
/// phrase of address or occasion before "that" or a colon is no content;
/// those privy to talks speak, not the talks; a name that says it is a
/// newspaper is media.
#[test]
fn questions_verdicts_addressees_and_outlets() {
    let doc = claims_of_parsed("The party's good showing in the polls surprised many.");
    assert!(cues_and_sources(&doc)
        .iter()
        .all(|(cue, _)| *cue != "showing"));
    for text in [
        "Daniel Kamau can lead them to work for the ideas he believes in.",
        "Velmora man found GUILTY of shooting his neighbour",
        "A jury found Dara Kamau guilty of murder on Tuesday.",
        "The ruling will return $81,000 in disputed costs to Korvath Corp.",
        "The Velmora report offers only the interim services of the police.",
        "Does Kamau want to run for president of Velmora?",
    ] {
        let doc = claims_of_parsed(text);
        assert!(
            doc.claims.is_empty(),
            "{text}: {:?}",
            cues_and_sources(&doc)
        );
    }
    for (text, content) in [
        (
            "USGS indicates to reporters that the quake began one mile below ground.",
            "the quake began one mile below ground",
        ),
        (
            "Another supporter wrote on a forum: \"We would have won.\"",
            "We would have won",
        ),
        (
            "They were referring to studies that seek to find true unemployment rates.",
            "to studies that seek to find true unemployment rates",
        ),
    ] {
        let doc = claims_of_parsed(text);
        let found: Vec<_> = doc
            .claims
            .iter()
            .filter_map(|c| c.content.map(|s| doc.slice(s)))
            .collect();
        assert_eq!(found, [content], "{text}");
    }
    let doc = claims_of_parsed("Multiple sources privy to the negotiations say the deal is close.");
    assert_eq!(
        doc.claims[0].source.span.map(|s| doc.slice(s)),
        Some("Multiple sources privy to the negotiations")
    );
    let doc = crate::pipeline::Pipeline::new().process(Document::new(
        DocMeta::default(),
        "The Ostrava Times reported that the mayor had resigned.".to_string(),
    ));
    assert_eq!(doc.claims[0].source.kind, SourceKind::Media);
}

/// Each claim's cue, source text and content.
fn cues_sources_contents(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let doc = claims_of_parsed(text);
    doc.claims
        .iter()
        .map(|c| {
            (
                doc.slice(c.cue).to_string(),
                c.source.span.map(|s| doc.slice(s).to_string()),
                c.content.map(|s| doc.slice(s).to_string()),
            )
        })
        .collect()
}

/// ", telling reporters, \"...\"" reports the quotation, not whom it was
/// told; a participle on a verb with a subject of its own speaks for that
/// subject, not for the sentence's last source.
#[test]
fn participles_report_after_whom_and_for_their_verbs_subject() {
    let found = cues_sources_contents(
        "Osei said the talks would resume, telling reporters, \"We have no choice.\"",
    );
    assert_eq!(found[1].0, "telling");
    assert_eq!(found[1].2.as_deref(), Some("We have no choice"));
    let found = cues_sources_contents(
        "Lena Osei, who leads in many polls, has taken up the criticism, telling \
         reporters that there is a deal going on.",
    );
    let telling = found.iter().find(|c| c.0 == "telling").expect("telling");
    assert!(
        telling
            .1
            .as_deref()
            .is_some_and(|s| s.starts_with("Lena Osei")),
        "{found:?}"
    );
}

/// "Speculation that" and "rumours that" report with no source; what the
/// subject's clause says ends before the sentence's own verb; a relative
/// "that" makes no claim.
#[test]
fn speculation_and_rumours_report_their_clause() {
    for (text, content) in [
        (
            "There was speculation that the minister would resign.",
            "the minister would resign",
        ),
        (
            "Speculation that the minister would resign grew on Monday.",
            "the minister would resign",
        ),
        (
            "Rumours that the president was ill have spread through the capital.",
            "the president was ill",
        ),
    ] {
        let doc = claims_of_parsed(text);
        assert_eq!(doc.claims.len(), 1, "{text}");
        let claim = &doc.claims[0];
        assert_eq!(claim.source.kind, SourceKind::Unattributed, "{text}");
        assert!(claim.hedged, "{text}");
        assert_eq!(claim.content.map(|c| doc.slice(c)), Some(content), "{text}");
    }
    let doc = claims_of_parsed("That would end the needless speculation that Kamau has generated.");
    assert!(doc.claims.is_empty());
}

/// A name before or after the role noun says whose the unnamed speaker is
/// ("Kamau campaign aides", "a spokesman for Prime Minister Lena Osei",
/// "Ostrava University researchers"); a newspaper named as such is media.
#[test]
fn whose_speakers_and_named_newspapers() {
    use SourceKind::{AnonymousAffiliated, Media};
    for (text, name) in [
        (
            "Daniel Kamau arrived. Kamau campaign aides said the talks had failed.",
            "Daniel Kamau",
        ),
        (
            "A spokesman for Prime Minister Lena Osei said the talks had failed.",
            "Lena Osei",
        ),
        (
            "Korvath Corp executives said the talks had failed.",
            "Korvath Corp",
        ),
    ] {
        let found = kinds_and_names(text);
        assert_eq!(
            found.last(),
            Some(&(AnonymousAffiliated, None, Some(name.to_string()))),
            "{text}"
        );
    }
    let found = kinds_and_names("The talks have failed, the Ostrava Herald reported on Monday.");
    assert_eq!(found.last().map(|f| f.0), Some(Media));
}
