//! `dossier ingest` end to end: idempotence, kill -9 safety, concurrent
//! writers, locked, corrupt and foreign databases, inputs that fail.

mod common;

use common::{articles, ingest, ingest_cmd};

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Duration;

use dossier::corpus::Store;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// (documents, distinct content hashes) in the database, after checking its integrity.
fn counts(db: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    conn.query_row(
        "SELECT count(*), count(DISTINCT content_hash) FROM documents",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn setup(n: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    articles(&inputs, n);
    let db = tmp.path().join("corpus.db");
    (tmp, inputs, db)
}

#[test]
fn ingesting_twice_stores_each_article_once() {
    let (_tmp, inputs, db) = setup(30);
    let first = ingest(&db, &inputs, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(stderr(&first).contains("30 new"), "{}", stderr(&first));
    let second = ingest(&db, &inputs, &[]);
    assert_eq!(second.status.code(), Some(0));
    assert!(
        stderr(&second).contains("0 new, 0 updated, 30 unchanged"),
        "{}",
        stderr(&second)
    );
    // The same texts under other names are duplicates, not new documents.
    let copies = inputs.parent().unwrap().join("copies");
    std::fs::create_dir_all(&copies).unwrap();
    for entry in std::fs::read_dir(&inputs).unwrap().take(5) {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            copies.join(format!(
                "copy-{}",
                path.file_name().unwrap().to_string_lossy()
            )),
        )
        .unwrap();
    }
    let third = ingest(&db, &copies, &[]);
    assert!(stderr(&third).contains("5 unchanged"), "{}", stderr(&third));
    assert_eq!(counts(&db), (30, 30));
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_a_rerun_completes() {
    let (_tmp, inputs, db) = setup(3000);
    let mut child = ingest_cmd(&db, &inputs, &["--batch", "10", "--threads", "1"])
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
    assert!(stored < 3000, "killed mid-run: {stored}");
    assert_eq!(stored, distinct);
    let rerun = ingest(&db, &inputs, &["--batch", "200"]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    let summary = stderr(&rerun);
    assert!(
        summary.contains(&format!("{} new", 3000 - stored)),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("{stored} unchanged")),
        "{summary}"
    );
    assert_eq!(counts(&db), (3000, 3000));
}

#[test]
fn two_processes_ingesting_one_folder_store_it_once() {
    let (_tmp, inputs, db) = setup(400);
    let spawn = || {
        ingest_cmd(&db, &inputs, &["--batch", "8"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    assert_eq!(counts(&db), (400, 400));
}

#[test]
fn a_locked_database_gives_a_clear_error_after_the_timeout() {
    let (_tmp, inputs, db) = setup(3);
    assert_eq!(ingest(&db, &inputs, &[]).status.code(), Some(0));
    let more = inputs.parent().unwrap().join("more");
    articles(&more, 1);
    std::fs::rename(more.join("a00000.txt"), more.join("late.txt")).unwrap();
    std::fs::write(
        more.join("late.txt"),
        "A late article\n\nIt arrived while the lock was held.\n",
    )
    .unwrap();
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let blocked = ingest(&db, &more, &["--busy-timeout", "0.5"]);
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(blocked.status.code(), Some(3));
    assert!(
        stderr(&blocked).contains("locked by another writer"),
        "{}",
        stderr(&blocked)
    );
    holder.execute_batch("COMMIT").unwrap();
    let after = ingest(&db, &more, &[]);
    assert_eq!(after.status.code(), Some(0), "{}", stderr(&after));
    assert_eq!(counts(&db), (4, 4));
}

#[test]
fn corrupt_and_foreign_files_are_refused_untouched() {
    let (tmp, inputs, _) = setup(2);
    let garbage = tmp.path().join("notes.db");
    std::fs::write(&garbage, "these are my notes, not a database\n").unwrap();
    let out = ingest(&garbage, &inputs, &[]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("not a Dossier database (not an SQLite file)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&garbage).unwrap(),
        "these are my notes, not a database\n"
    );
    let foreign = tmp.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (n INTEGER)")
        .unwrap();
    let out = ingest(&foreign, &inputs, &[]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("another application"),
        "{}",
        stderr(&out)
    );
    let out = common::dossier(&["actors", "--db", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let missing = tmp.path().join("missing.db");
    let out = common::dossier(&["actors", "--db", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("no such corpus database"),
        "{}",
        stderr(&out)
    );
    assert!(!missing.exists());
}

#[test]
fn inputs_that_fail_are_recorded_and_the_batch_goes_on() {
    let (_tmp, inputs, db) = setup(3);
    std::fs::write(inputs.join("empty.txt"), "").unwrap();
    std::fs::write(
        inputs.join("binary.txt"),
        [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0],
    )
    .unwrap();
    let out = ingest(&db, &inputs, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("empty.txt: ") && err.contains("binary.txt: "),
        "{err}"
    );
    assert_eq!(counts(&db), (3, 3));
    let store = Store::open_existing(&db, Duration::from_secs(5)).unwrap();
    let failed: Vec<String> = store
        .failures()
        .unwrap()
        .into_iter()
        .map(|f| {
            Path::new(&f.origin)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(failed, ["binary.txt", "empty.txt"]);
}

#[test]
fn a_full_database_rolls_back_the_batch_and_keeps_what_was_committed() {
    let (_tmp, inputs, db) = setup(400);
    let out = ingest(&db, &inputs, &["--batch", "20", "--max-db-bytes", "300000"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("database or disk is full"),
        "{}",
        stderr(&out)
    );
    let (stored, distinct) = counts(&db);
    assert!(stored > 0 && stored < 400 && stored % 20 == 0, "{stored}");
    assert_eq!(stored, distinct);
    let rerun = ingest(&db, &inputs, &[]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert_eq!(counts(&db), (400, 400));
}
