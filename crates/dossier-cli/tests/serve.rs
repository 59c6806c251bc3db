//! `dossier serve` end to end: the real binary on an ephemeral port, over a
//! store built by `dossier ingest examples/`, asked with plain HTTP/1.1.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use common::{check_document, dossier, repo_root};
use serde_json::Value;

const TOKEN: &str = "e2e-token";

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Ingests the examples into a fresh store and serves it.
fn start() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("examples.db");
    let db = db.to_str().unwrap();
    let ingest = dossier(&["ingest", "examples", "--db", db, "--progress", "none"]);
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args([
            "serve",
            "--db",
            db,
            "--bind",
            "127.0.0.1:0",
            "--token",
            TOKEN,
        ])
        .current_dir(repo_root())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dossier serve starts");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server {
        child,
        addr,
        _dir: dir,
    }
}

/// Status, headers (lower-cased) and body of one request.
fn request(
    server: &Server,
    method: &str,
    path: &str,
    body: &[u8],
    auth: bool,
) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    let auth = if auth {
        format!("Authorization: Bearer {TOKEN}\r\n")
    } else {
        String::new()
    };
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n",
        server.addr,
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head[9..12].parse().unwrap();
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    (status, head, body)
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 4 + size..];
    }
}

fn json(server: &Server, method: &str, path: &str, body: &[u8], auth: bool) -> (u16, Value) {
    let (status, _, body) = request(server, method, path, body, auth);
    let value = serde_json::from_slice(&body)
        .unwrap_or_else(|e| panic!("{path}: {e}: {}", String::from_utf8_lossy(&body)));
    (status, value)
}

#[test]
fn extract_over_http_matches_the_cli() {
    let server = start();
    let article = std::fs::read(repo_root().join("examples/sanctions.txt")).unwrap();
    let (status, served) = json(&server, "POST", "/api/extract", &article, false);
    assert_eq!(status, 200);
    check_document(&served);
    let mut cli = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["extract", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    cli.stdin.take().unwrap().write_all(&article).unwrap();
    let printed = cli.wait_with_output().unwrap();
    let printed: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(served, printed);
}

#[test]
fn the_ingested_examples_are_queryable_and_writable() {
    let server = start();
    let (_, docs) = json(&server, "GET", "/api/documents", b"", false);
    let stored = docs["total"].as_u64().unwrap();
    assert!(stored >= 8, "{docs}");
    let (_, actors) = json(&server, "GET", "/api/actors?limit=5&offset=1", b"", false);
    assert_eq!(actors["items"].as_array().unwrap().len(), 5);
    let (_, hits) = json(&server, "GET", "/api/search?q=talks", b"", false);
    let found = hits["items"].as_array().unwrap().len() as u64;
    assert!(found >= 2, "{hits}");
    assert_eq!(hits["total"].as_u64(), Some(found));
    let (_, first) = json(&server, "GET", "/api/search?q=talks&limit=1", b"", false);
    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    assert_eq!(first["total"].as_u64(), Some(found));
    let far = format!("/api/search?q=talks&offset={}", usize::MAX);
    let (_, beyond) = json(&server, "GET", &far, b"", false);
    assert_eq!(
        beyond["items"].as_array().map(Vec::len),
        Some(0),
        "{beyond}"
    );
    assert_eq!(beyond["total"].as_u64(), Some(found));
    let (_, graph) = json(&server, "GET", "/api/graph", b"", false);
    assert!(!graph["edges"].as_array().unwrap().is_empty(), "{graph}");
    let (_, corroborated) = json(
        &server,
        "GET",
        "/api/claims?standing=single-source",
        b"",
        false,
    );
    let all = corroborated["items"].as_array().unwrap();
    assert!(all.iter().all(|c| c["standing"] == "single-source"));

    let article = b"Rebels seized the port of Kalemba on Friday, the army said.\n";
    let (status, refused) = json(&server, "POST", "/api/documents", article, false);
    assert_eq!((status, refused["error"].is_string()), (401, true));
    let (status, added) = json(&server, "POST", "/api/documents", article, true);
    assert_eq!(status, 201, "{added}");
    let (_, docs) = json(&server, "GET", "/api/documents", b"", false);
    assert_eq!(docs["total"].as_u64().unwrap(), stored + 1);
    let id = added["documents"][0].as_str().unwrap();
    let (status, doc) = json(&server, "GET", &format!("/api/documents/{id}"), b"", false);
    assert_eq!(status, 200);
    assert!(doc["document"]["text"]
        .as_str()
        .unwrap()
        .contains("Kalemba"));
}

#[test]
fn bad_requests_get_json_errors_and_the_server_survives() {
    let server = start();
    for (method, path, body) in [
        ("GET", "/api/events?limit=-1", &b""[..]),
        ("GET", "/api/actors/%FF%FE", b""),
        ("GET", "/api/documents/missing", b""),
        ("POST", "/api/extract", b""),
        ("POST", "/api/extract", &[0xff, 0x00, 0xfe, 0x00][..]),
        ("PUT", "/api/claims", b"{}"),
    ] {
        let (status, answer) = json(&server, method, path, body, false);
        assert!(
            (400..500).contains(&status),
            "{method} {path}: {status} {answer}"
        );
        assert!(answer["error"].is_string(), "{answer}");
    }
    let (status, page, _) = request(&server, "GET", "/", b"", false);
    assert_eq!(status, 200);
    assert!(page.contains("content-security-policy"), "{page}");
}
