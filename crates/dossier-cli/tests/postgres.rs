//! `--db postgres://...` end to end against a real server (`DOSSIER_TEST_POSTGRES`,
//! started by `.ci/postgres.sh`): the same answers as SQLite, idempotent ingest,
//! several processes sharing the work, a killed ingest, bad URLs and a server
//! that is down. Each test works in a database of its own.

mod common;

use common::{articles, ingest, ingest_cmd};
use dossier::corpus::test_db::{pg_database as database, PgDatabase};

use std::io::{BufRead, BufReader};
use std::process::{Output, Stdio};

/// A new client of `db`.
fn client(db: &PgDatabase) -> postgres::Client {
    postgres::Client::connect(&db.url, postgres::NoTls).unwrap()
}

/// (documents, distinct content hashes) in `db`.
fn counts(db: &PgDatabase) -> (i64, i64) {
    let row = client(db)
        .query_one(
            "SELECT count(*), count(DISTINCT content_hash) FROM documents",
            &[],
        )
        .unwrap();
    (row.get(0), row.get(1))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(args: &[&str]) -> String {
    let out = common::dossier(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_examples_give_the_same_answers_as_sqlite() {
    let Some(db) = database("examples") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("c.db");
    let file = file.to_str().unwrap();
    let examples = common::repo_root().join("examples");
    for target in [file, db.url.as_str()] {
        let out = ingest(target, &examples, &[]);
        assert_eq!(out.status.code(), Some(0), "{target}: {}", stderr(&out));
    }
    let queries: [&[&str]; 6] = [
        &["actors", "--format", "json"],
        &["claims", "--format", "json"],
        &["events", "--format", "csv"],
        &["timeline", "--format", "json"],
        &["export", "--format", "jsonl"],
        &["export", "--format", "graphml"],
    ];
    for query in queries {
        let answer = |target: &str| stdout(&[query, &["--db", target]].concat());
        let sqlite = answer(file);
        assert!(sqlite.len() > 100, "{query:?} gives something: {sqlite}");
        assert_eq!(answer(&db.url), sqlite, "{query:?}");
    }
    let actor = stdout(&["actors", "--db", file, "--format", "csv"]);
    let first = actor.lines().nth(1).unwrap().split(',').next().unwrap();
    let profile = |target: &str| stdout(&["actor", first, "--db", target, "--format", "json"]);
    assert_eq!(profile(&db.url), profile(file));
    let docs = |target: &str| -> Vec<String> {
        let hits: serde_json::Value = serde_json::from_str(&stdout(&[
            "search",
            "ceasefire",
            "--db",
            target,
            "--format",
            "json",
        ]))
        .unwrap();
        let mut ids: Vec<String> = hits
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["doc"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    let found = docs(file);
    assert!(!found.is_empty());
    assert_eq!(docs(&db.url), found);
}

#[test]
fn ingesting_twice_stores_each_article_once() {
    let Some(db) = database("twice") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, 30);
    let first = ingest(&db.url, &inputs, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(stderr(&first).contains("30 new"), "{}", stderr(&first));
    let second = ingest(&db.url, &inputs, &[]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(
        stderr(&second).contains("0 new, 0 updated, 30 unchanged"),
        "{}",
        stderr(&second)
    );
    // The same texts under other names are read, and are the same documents.
    let copies = tmp.path().join("copies");
    std::fs::create_dir_all(&copies).unwrap();
    for i in 0..5 {
        let name = format!("a{i:05}.txt");
        std::fs::copy(inputs.join(&name), copies.join(format!("copy-{name}"))).unwrap();
    }
    let third = ingest(&db.url, &copies, &[]);
    assert!(stderr(&third).contains("5 unchanged"), "{}", stderr(&third));
    assert_eq!(counts(&db), (30, 30));
}

#[test]
fn two_processes_share_the_work_and_store_each_article_once() {
    let Some(db) = database("shared") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, 400);
    let spawn = || {
        ingest_cmd(&db.url, &inputs, &["--batch", "8", "--threads", "1"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    assert_eq!(counts(&db), (400, 400));
    let shares: Vec<(String, i64)> = client(&db)
        .query(
            "SELECT claimed_by, count(*) FROM work WHERE done_at IS NOT NULL
             GROUP BY claimed_by ORDER BY claimed_by",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(shares.len(), 2, "both processes claimed inputs: {shares:?}");
    assert_eq!(shares.iter().map(|s| s.1).sum::<i64>(), 400);
    assert!(shares.iter().all(|s| s.1 >= 40), "{shares:?}");
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_a_rerun_completes() {
    let Some(db) = database("killed") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, 1000);
    let mut child = ingest_cmd(&db.url, &inputs, &["--batch", "10", "--threads", "1"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut committed = 0;
    while committed < 3 {
        let line = lines.next().expect("progress line").unwrap();
        if line.starts_with("dossier: ingest:") {
            committed += 1;
        }
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let (stored, distinct) = counts(&db);
    assert!(stored >= 30, "committed batches survive the kill: {stored}");
    assert!(stored < 1000, "killed mid-run: {stored}");
    assert_eq!(stored, distinct);
    // Every input marked done has its documents stored, and no other.
    let done: i64 = client(&db)
        .query_one(
            "SELECT coalesce(sum(documents), 0)::bigint FROM work WHERE done_at IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(done, stored);
    let rerun = ingest(&db.url, &inputs, &["--batch", "100"]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    let summary = stderr(&rerun);
    assert!(
        summary.contains(&format!("{} new", 1000 - stored)),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("{stored} unchanged")),
        "{summary}"
    );
    assert_eq!(counts(&db), (1000, 1000));
}

#[test]
fn failed_inputs_are_recorded_and_retried_and_an_empty_database_holds_no_corpus() {
    let Some(db) = database("failures") else {
        return;
    };
    let empty = common::dossier(&["actors", "--db", &db.url]);
    assert_eq!(empty.status.code(), Some(3));
    assert!(
        stderr(&empty).contains("no Dossier corpus in this database"),
        "{}",
        stderr(&empty)
    );
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, 3);
    std::fs::write(inputs.join("empty.txt"), "").unwrap();
    std::fs::write(inputs.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 0]).unwrap();
    for run in 0..2 {
        let out = ingest(&db.url, &inputs, &[]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "run {run}: {err}");
        assert!(
            err.contains("empty.txt: ") && err.contains("binary.txt: "),
            "run {run} reads the failed inputs again: {err}"
        );
    }
    assert_eq!(counts(&db), (3, 3));
    let failed: Vec<String> = client(&db)
        .query("SELECT origin FROM failures ORDER BY origin", &[])
        .unwrap()
        .iter()
        .map(|r| {
            let origin: String = r.get(0);
            origin.rsplit('/').next().unwrap().to_string()
        })
        .collect();
    assert_eq!(failed, ["binary.txt", "empty.txt"]);
}

#[test]
fn a_bad_url_or_a_server_that_is_down_gives_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, 1);
    let bad = ingest("postgres://me@localhost:notaport/db", &inputs, &[]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("not a valid PostgreSQL URL"),
        "{}",
        stderr(&bad)
    );
    // Nothing listens on port 1; the password stays out of the message.
    let down = "postgres://me:secret@127.0.0.1:1/news";
    for out in [
        ingest(down, &inputs, &[]),
        common::dossier(&["actors", "--db", down]),
        common::dossier(&["search", "talks", "--db", down]),
    ] {
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{err}");
        assert!(
            err.contains(
                "postgres://me:***@127.0.0.1:1/news: cannot connect to the PostgreSQL server"
            ),
            "{err}"
        );
        assert!(
            !err.contains("secret") && !err.contains("panicked"),
            "{err}"
        );
    }
}
