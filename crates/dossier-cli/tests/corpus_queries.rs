//! The corpus queries and exports end to end, on a database holding
//! hand-made documents with entities, claims and events.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use dossier::corpus::Store;
use dossier::output::DocumentJson;
use serde_json::{json, Value};

/// A document where `speaker` (of `outlet`) asserts or denies that Turkey
/// shelled Kobani, with a dated ASSAULT event.
fn report(id: &str, outlet: &str, speaker: &str, stance: &str) -> DocumentJson {
    let content = "Turkish forces shelled villages near Kobani";
    let text = format!("{speaker} said {content} on Sunday.");
    let at = |s: &str| {
        let start = text.find(s).unwrap();
        json!({"text": s, "start": start, "end": start + s.len()})
    };
    let mention = |s: &str, label: &str| {
        let mut m = at(s);
        m["label"] = json!(label);
        m
    };
    let entity = |eid: &str, name: &str, ty: &str, surface: &str| {
        json!({"id": eid, "name": name, "type": ty, "aliases": [surface],
               "mentions": [mention(surface, ty)], "roles": [],
               "country": null, "sector": null, "kb_id": null})
    };
    let value = json!({
        "schema": "dossier/1",
        "doc": {"id": id, "title": format!("Shelling near Kobani ({outlet})"), "url": null,
                "outlet": outlet, "published": "2024-05-06", "origin": format!("{id}.txt"),
                "format": "text", "dateline": null, "warnings": []},
        "text": text,
        "sentences": [], "tokens": [],
        "entities": [
            entity("e1", speaker, "PERSON", speaker),
            entity("e2", "Turkey", "GPE", "Turkish"),
            entity("e3", "Kobani", "GPE", "Kobani"),
        ],
        "relations": [],
        "claims": [{"id": "c1",
                    "source": {"text": speaker, "start": 0, "end": speaker.len(),
                               "kind": "named_person", "entity": "e1", "affiliation": null},
                    "cue": at("said"), "content": at(content), "stance": stance, "hedged": false}],
        "events": [{"id": "v1", "type": "ASSAULT", "mode": null, "cameo": null,
                    "source": "e2", "target": "e3", "sources": ["e2"], "targets": ["e3"],
                    "trigger": at("shelled"), "modality": "reported", "claim": "c1",
                    "date": {"text": "Sunday", "start": 0, "end": 6, "value": "2024-05-05"},
                    "location": null}],
    });
    serde_json::from_value(value).unwrap()
}

fn corpus(dir: &Path, denial: bool) -> String {
    let db = dir.join("c.db");
    let mut store = Store::open(&db, Duration::from_secs(5)).unwrap();
    let mut docs = vec![
        report("d1", "Reuters", "Mazloum Abdi", "assert"),
        report("d2", "AP", "Farhad Shami", "assert"),
    ];
    if denial {
        docs.push(report("d3", "Anadolu", "Hulusi Akar", "deny"));
    }
    store.ingest(&docs, &[]).unwrap();
    db.to_str().unwrap().to_string()
}

fn run(args: &[&str]) -> Output {
    let out = common::dossier(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn actors_are_resolved_across_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let actors = json_of(&run(&["actors", "--db", &db, "--format", "json"]));
    let turkey = actors
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Turkey")
        .unwrap();
    assert_eq!(turkey["documents"], 2);
    assert_eq!(turkey["mentions"], 2);
    let table = run(&["actors", "--db", &db]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.starts_with("id "), "{text}");
    assert!(text.contains("mazloum-abdi"));
}

#[test]
fn an_actor_profile_lists_claims_events_and_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let profile = json_of(&run(&["actor", "Turkey", "--db", &db, "--format", "json"]));
    assert_eq!(profile["actor"]["id"], "turkey");
    assert_eq!(profile["claims_about"].as_array().unwrap().len(), 2);
    assert_eq!(profile["events_as_source"].as_array().unwrap().len(), 2);
    assert_eq!(profile["documents"].as_array().unwrap().len(), 2);
    assert_eq!(profile["mentions"][0]["text"], "Turkish");
    let unknown = common::dossier(&["actor", "Atlantis", "--db", &db]);
    assert_eq!(unknown.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no actor called"));
}

#[test]
fn claims_carry_their_standing() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let csv = run(&[
        "claims",
        "--db",
        &db,
        "--standing",
        "corroborated",
        "--format",
        "csv",
    ]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .starts_with("group,standing,doc,claim"));
    let by = json_of(&run(&[
        "claims",
        "--db",
        &db,
        "--by",
        "Farhad Shami",
        "--format",
        "json",
    ]));
    assert_eq!(by.as_array().unwrap().len(), 1);

    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), true);
    let disputed = json_of(&run(&[
        "claims",
        "--db",
        &db,
        "--standing",
        "disputed",
        "--format",
        "json",
    ]));
    assert_eq!(disputed.as_array().unwrap().len(), 3);
    assert!(disputed
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["group"] == disputed[0]["group"]));
}

#[test]
fn events_are_filtered_by_type_actor_and_date() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let count = |extra: &[&str]| {
        let mut args = vec!["events", "--db", &db, "--format", "json"];
        args.extend_from_slice(extra);
        json_of(&run(&args)).as_array().unwrap().len()
    };
    assert_eq!(count(&[]), 2);
    assert_eq!(count(&["--type", "ASSAULT", "--actor", "Kobani"]), 2);
    assert_eq!(count(&["--type", "PROTEST"]), 0);
    assert_eq!(count(&["--since", "2024-05-06"]), 0);
    assert_eq!(count(&["--until", "2024-05"]), 2);
}

#[test]
fn the_timeline_lists_events_and_claims_by_date() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let rows = json_of(&run(&["timeline", "--db", &db, "--format", "json"]));
    let kinds: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["event", "event", "claim", "claim"]);
    assert_eq!(rows[0]["date"], "2024-05-05");
    assert_eq!(rows[2]["standing"], "corroborated");
}

#[test]
fn search_finds_documents_by_text() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let hits = json_of(&run(&[
        "search",
        "Farhad shelled",
        "--db",
        &db,
        "--format",
        "json",
    ]));
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["doc"], "d2");
    let either = [
        "search",
        "Farhad OR Mazloum",
        "--db",
        &db,
        "--format",
        "json",
    ];
    let one = run(&[&either[..], &["--limit", "1"]].concat());
    assert_eq!(json_of(&one).as_array().unwrap().len(), 1);
    assert!(String::from_utf8_lossy(&one.stderr).contains("1 of 2 matching documents shown"));
    let both = run(&[&either[..], &["--limit", "2"]].concat());
    assert!(both.stderr.is_empty());
}

#[test]
fn exports_tables_and_the_actor_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), true);
    let jsonl = run(&["export", "--db", &db, "--format", "jsonl"]);
    let kinds: Vec<String> = String::from_utf8(jsonl.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .into()
        })
        .collect();
    assert_eq!(kinds.iter().filter(|k| *k == "document").count(), 3);
    assert_eq!(kinds.iter().filter(|k| *k == "claim").count(), 3);
    assert_eq!(kinds.iter().filter(|k| *k == "event").count(), 3);

    let dir = tmp.path().join("csv");
    run(&[
        "export",
        "--db",
        &db,
        "--format",
        "csv",
        "-o",
        dir.to_str().unwrap(),
    ]);
    for name in ["documents", "actors", "relations", "claims", "events"] {
        assert!(dir.join(format!("{name}.csv")).exists(), "{name}");
    }
    let events = std::fs::read_to_string(dir.join("events.csv")).unwrap();
    assert!(
        events.starts_with("Event ID,Event Date,Event Type"),
        "{events}"
    );

    let graphml = tmp.path().join("g.graphml");
    run(&[
        "export",
        "--db",
        &db,
        "--format",
        "graphml",
        "-o",
        graphml.to_str().unwrap(),
    ]);
    let graphml = std::fs::read_to_string(graphml).unwrap();
    assert_eq!(graphml.matches("<node ").count(), 5);
    assert!(graphml.contains(r#"source="turkey" target="kobani""#));
    assert!(graphml.contains(r#"<data key="weight">3</data>"#));
    let gexf = run(&["export", "--db", &db, "--format", "gexf"]);
    let gexf = String::from_utf8(gexf.stdout).unwrap();
    assert!(gexf.contains(r#"<gexf xmlns="http://gexf.net/1.3""#));
    assert!(gexf.trim_end().ends_with("</gexf>"));

    let no_folder = common::dossier(&["export", "--db", &db, "--format", "csv"]);
    assert_eq!(no_folder.status.code(), Some(3));
}

#[cfg(feature = "parquet")]
#[test]
fn exports_parquet_files() {
    let tmp = tempfile::tempdir().unwrap();
    let db = corpus(tmp.path(), false);
    let dir = tmp.path().join("pq");
    run(&[
        "export",
        "--db",
        &db,
        "--format",
        "parquet",
        "-o",
        dir.to_str().unwrap(),
    ]);
    for name in ["documents", "actors", "relations", "claims", "events"] {
        let bytes = std::fs::read(dir.join(format!("{name}.parquet"))).unwrap();
        assert!(
            bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"),
            "{name}"
        );
    }
}
