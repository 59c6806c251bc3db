//! Bad input never panics and never stops the run: each problem is named on
//! stderr, everything else is processed, and the exit code is 1.

mod common;

use common::{check_document, dossier};

#[test]
fn every_kind_of_bad_input_is_reported_and_the_rest_processed() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    std::fs::write(p("good.txt"), "Talks end\n\nThe minister said talks ended.").unwrap();
    std::fs::write(p("empty.txt"), "").unwrap();
    std::fs::write(p("binary.txt"), [0x7f, b'E', b'L', b'F', 0, 1, 0, 0, 2, 3]).unwrap();
    std::fs::write(p("latin1.txt"), b"Caf\xe9 owners said prices rose.").unwrap();
    std::fs::write(p("huge.txt"), "word ".repeat(100)).unwrap();
    std::fs::write(
        p("broken.html"),
        "<html><body><div><p>Officials <b>said the <i>talks",
    )
    .unwrap();
    std::fs::write(
        p("nav-only.html"),
        "<html><body><nav>Home</nav></body></html>",
    )
    .unwrap();
    std::fs::write(
        p("lines.jsonl"),
        "{\"text\": \"First record said.\"}\n{\"text\": broken\n{\"title\": \"no text\"}\n",
    )
    .unwrap();
    std::fs::write(
        p("empty.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title></channel></rss>",
    )
    .unwrap();
    std::fs::write(
        p("broken.rss"),
        "<rss version=\"2.0\"><channel><item><title>",
    )
    .unwrap();
    std::fs::create_dir(p("no-articles")).unwrap();
    std::fs::write(p("no-articles/notes.ann"), "T1").unwrap();
    std::os::unix::fs::symlink(p("nowhere.txt"), p("dangling.txt")).unwrap();
    let out_dir = p("out");
    let out = dossier(&[
        "extract",
        p("good.txt").to_str().unwrap(),
        p("empty.txt").to_str().unwrap(),
        p("binary.txt").to_str().unwrap(),
        p("latin1.txt").to_str().unwrap(),
        p("huge.txt").to_str().unwrap(),
        p("broken.html").to_str().unwrap(),
        p("nav-only.html").to_str().unwrap(),
        p("lines.jsonl").to_str().unwrap(),
        p("empty.rss").to_str().unwrap(),
        p("broken.rss").to_str().unwrap(),
        p("no-articles").to_str().unwrap(),
        p("missing.txt").to_str().unwrap(),
        p("dangling.txt").to_str().unwrap(),
        "--max-bytes",
        "400",
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let expect = [
        ("empty.txt", "empty input"),
        ("binary.txt", "binary data"),
        ("latin1.txt", "warning: not valid UTF-8"),
        ("huge.txt", "over the 400-byte limit"),
        ("nav-only.html", "no article text"),
        ("lines.jsonl:2", "malformed JSON"),
        ("lines.jsonl:3", "no \"text\" or \"html\""),
        ("empty.rss", "feed has no entries"),
        ("broken.rss", "malformed feed"),
        ("no-articles", "directory holds no articles"),
        ("missing.txt", "no such file or directory"),
        ("dangling.txt", "no such file or directory"),
    ];
    for (origin, problem) in expect {
        let line = stderr
            .lines()
            .find(|l| l.contains(origin) && l.contains(problem));
        assert!(
            line.is_some(),
            "no line naming {origin} with {problem:?} in:\n{stderr}"
        );
    }
    // Each error is one line; warnings are not errors.
    assert_eq!(
        stderr.lines().filter(|l| !l.contains("warning")).count(),
        11,
        "{stderr}"
    );
    // Everything readable was processed: good, latin1 (marked), broken.html, one JSONL record.
    let mut written: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written.len(), 4, "{written:?}");
    let latin1: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("latin1.json")).unwrap())
            .unwrap();
    check_document(&latin1);
    assert_eq!(latin1["text"], "Café owners said prices rose.");
    assert!(latin1["doc"]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("Windows-1252"));
    let html: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("broken.json")).unwrap())
            .unwrap();
    assert_eq!(html["text"], "Officials said the talks");
}

#[test]
fn usage_errors_exit_with_2() {
    let out = dossier(&["extract"]);
    assert_eq!(out.status.code(), Some(2));
    let out = dossier(&["extract", "x.txt", "--format", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn exit_codes_are_documented() {
    let out = dossier(&["extract", "--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Exit codes:"));
    assert!(help.contains("1  some inputs had problems"));
}

#[test]
fn a_damaged_model_in_dossier_models_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "The minister said talks ended.").unwrap();
    let article = article.to_str().unwrap();
    let treebank = dir.path().join("t.conllu");
    std::fs::write(
        &treebank,
        "# text = Talks ended.\n1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
         2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
         3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
    )
    .unwrap();
    let treebank = treebank.to_str().unwrap();
    for (model, args) in [
        ("pos.bin", vec!["extract", article]),
        (
            "parse.bin",
            vec!["eval", "gold", "--gold-dir", "../shared/eval/dev"],
        ),
        ("ner.bin", vec!["extract", article]),
        ("sentences.bin", vec!["extract", article]),
        (
            "sentences.bin",
            vec!["eval", "segmentation", "--data", treebank],
        ),
    ] {
        let models = tempfile::tempdir().unwrap();
        std::fs::write(models.path().join(model), b"not a model").unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(&args)
            .env("DOSSIER_MODELS", models.path())
            .current_dir(common::repo_root())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{model}: {stderr}");
        assert!(stderr.contains(model), "{model}: {stderr}");
        assert!(!stderr.contains("panicked"), "{model}: {stderr}");
        assert!(out.stdout.is_empty(), "{model}: nothing is written");
    }
}

#[test]
fn training_a_tagger_on_too_many_tags_is_refused_up_front() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("tags.conllu");
    let sentences: String = (0..513)
        .map(|i| format!("# text = w{i}\n1\tw{i}\tw{i}\tX\tT{i}\t_\t0\troot\t_\t_\n\n"))
        .collect();
    std::fs::write(&data, sentences).unwrap();
    let path = data.to_str().unwrap();
    let out_file = dir.path().join("pos.bin");
    let out = dossier(&[
        "train",
        "pos",
        "--train",
        path,
        "--dev",
        path,
        "-o",
        out_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("513 distinct UPOS/XPOS tags"), "{err}");
    assert!(!out_file.exists());
}
