//! Router tests: requests through `oneshot`, against a store in a temporary folder.

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use serde_json::Value;
use tower::ServiceExt;

use super::routes::{api_routes, web::OPENAPI};
use super::{router, AppState};
use crate::corpus::extract::extract;
use crate::ingest::read_bytes;

const ARTICLE: &str = include_str!("../../../../examples/ceasefire-talks.txt");
const TOKEN: &str = "test-token";

struct Server {
    app: Router,
    _dir: tempfile::TempDir,
}

fn server(token: Option<&str>, max_body: usize) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::open(&dir.path().join("t.db"), token.map(String::from)).unwrap();
    Server {
        app: router(state, max_body),
        _dir: dir,
    }
}

async fn send(
    app: &Router,
    method: Method,
    uri: &str,
    body: &[u8],
    auth: Option<&str>,
) -> (StatusCode, Value) {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(token) = auth {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body.to_vec())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    let json = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{uri}: {status}: not JSON ({e}): {}",
            String::from_utf8_lossy(&bytes)
        )
    });
    (status, json)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    send(app, Method::GET, uri, b"", None).await
}

fn assert_error(answer: &(StatusCode, Value), status: u16, needle: &str) {
    assert_eq!(answer.0.as_u16(), status, "{:?}", answer.1);
    let message = answer.1["error"]
        .as_str()
        .unwrap_or_else(|| panic!("no error in {:?}", answer.1));
    assert!(message.contains(needle), "{message:?} lacks {needle:?}");
}

#[tokio::test]
async fn extract_answers_what_the_cli_prints() {
    let s = server(None, super::DEFAULT_MAX_BODY);
    let (status, json) = send(
        &s.app,
        Method::POST,
        "/api/extract",
        ARTICLE.as_bytes(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let pipeline = crate::pipeline::Pipeline::new();
    let expected = extract(&pipeline, read_bytes("-", None, ARTICLE.as_bytes())).docs;
    assert_eq!(json, serde_json::to_value(&expected[0]).unwrap());
    assert_eq!(json["schema"], "dossier/1");
    assert!(!json["claims"].as_array().unwrap().is_empty());
    assert_error(
        &send(&s.app, Method::POST, "/api/extract", b"", None).await,
        400,
        "empty",
    );
}

#[tokio::test]
async fn writes_need_the_token_and_refresh_the_queries() {
    let s = server(Some(TOKEN), super::DEFAULT_MAX_BODY);
    assert_eq!(get(&s.app, "/api/actors").await.1["total"], 0);
    let post = |auth| {
        send(
            &s.app,
            Method::POST,
            "/api/documents",
            ARTICLE.as_bytes(),
            auth,
        )
    };
    assert_error(&post(None).await, 401, "Bearer");
    assert_error(&post(Some("wrong")).await, 401, "wrong");
    let (status, stored) = post(Some(TOKEN)).await;
    assert_eq!(status, StatusCode::CREATED, "{stored}");
    assert_eq!(stored["added"], 1);
    let (status, again) = post(Some(TOKEN)).await;
    assert_eq!(
        (status, &again["unchanged"]),
        (StatusCode::OK, &Value::from(1))
    );

    let id = stored["documents"][0].as_str().unwrap();
    let (_, docs) = get(&s.app, "/api/documents").await;
    assert_eq!(docs["items"][0]["id"], id);
    let (status, doc) = get(&s.app, &format!("/api/documents/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        doc["document"]["text"].as_str().unwrap().trim(),
        ARTICLE.trim()
    );
    assert!(doc["actors"].as_object().is_some_and(|a| !a.is_empty()));
    assert_error(&get(&s.app, "/api/documents/nope").await, 404, "nope");

    let (_, actors) = get(&s.app, "/api/actors?limit=2").await;
    assert!(actors["total"].as_u64().unwrap() > 2, "{actors}");
    assert_eq!(actors["items"].as_array().unwrap().len(), 2);
    let first = actors["items"][0]["id"].as_str().unwrap();
    let (status, profile) = get(&s.app, &format!("/api/actors/{first}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        profile.as_object().unwrap().values().all(Value::is_array),
        "{profile}"
    );
    assert_error(
        &get(&s.app, "/api/actors/Nobody%20At%20All").await,
        404,
        "no actor",
    );

    let (_, claims) = get(&s.app, "/api/claims").await;
    assert!(claims["total"].as_u64().unwrap() > 0);
    let (_, events) = get(&s.app, "/api/events?since=2000-01-01").await;
    assert!(events["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["date"].is_string()));
    let (_, timeline) = get(&s.app, "/api/timeline").await;
    assert!(timeline["total"].as_u64().unwrap() >= claims["total"].as_u64().unwrap());
    let (_, graph) = get(&s.app, "/api/graph").await;
    assert_eq!(
        graph["nodes"].as_array().unwrap().len() as u64,
        actors["total"].as_u64().unwrap()
    );
    assert!(!graph["edges"].as_array().unwrap().is_empty(), "{graph}");
    let (_, later) = get(&s.app, "/api/graph?since=2100-01-01").await;
    assert_eq!(later["nodes"], graph["nodes"]);
    assert!(later["edges"].as_array().unwrap().is_empty(), "{later}");
    let (_, hits) = get(&s.app, "/api/search?q=ceasefire").await;
    assert_eq!(hits["items"][0]["doc"], id);

    let other = include_str!("../../../../examples/border-convoy.txt");
    let (status, _) = send(
        &s.app,
        Method::POST,
        "/api/documents",
        other.as_bytes(),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, page) = get(&s.app, "/api/search?q=said&limit=1").await;
    assert_eq!(
        (&page["total"], page["items"].as_array().unwrap().len()),
        (&Value::from(2), 1)
    );
}

#[tokio::test]
async fn writing_without_a_configured_token_is_refused() {
    let s = server(None, super::DEFAULT_MAX_BODY);
    let answer = send(
        &s.app,
        Method::POST,
        "/api/documents",
        ARTICLE.as_bytes(),
        Some("x"),
    )
    .await;
    assert_error(&answer, 403, "--token");
}

#[tokio::test]
async fn malformed_requests_get_json_4xx() {
    let s = server(Some(TOKEN), 1000);
    assert_error(&get(&s.app, "/api/claims?limit=abc").await, 400, "limit");
    assert_error(&get(&s.app, "/api/claims?limit=0").await, 400, "limit");
    assert_error(
        &get(&s.app, "/api/claims?standing=maybe").await,
        400,
        "standing",
    );
    assert_error(&get(&s.app, "/api/claims?colour=red").await, 400, "colour");
    assert_error(&get(&s.app, "/api/search").await, 400, "q=");
    assert_error(
        &get(&s.app, "/api/search?q=%22unbalanced").await,
        400,
        "cannot search",
    );
    assert_error(&get(&s.app, "/api/nowhere").await, 404, "no such endpoint");
    assert_error(
        &send(&s.app, Method::DELETE, "/api/actors", b"", None).await,
        405,
        "DELETE",
    );
    let big = vec![b'a'; 2000];
    assert_error(
        &send(&s.app, Method::POST, "/api/extract", &big, None).await,
        413,
        "",
    );
    let binary = [0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0xc3];
    let (status, _) = send(&s.app, Method::POST, "/api/extract", &binary, None).await;
    assert!(status.is_client_error() || status.is_success(), "{status}");
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let spec: Value = serde_json::from_str(OPENAPI).unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    let documented: Vec<&str> = spec["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut routed: Vec<&str> = api_routes().into_iter().map(|(p, _)| p).collect();
    let mut sorted = documented.clone();
    sorted.sort();
    routed.sort();
    assert_eq!(sorted, routed);
    let s = server(None, super::DEFAULT_MAX_BODY);
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let uri = path.replace("{id}", "x");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let (status, json) = send(&s.app, method.clone(), &uri, b"", None).await;
            assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            let error = json["error"].as_str().unwrap_or("");
            assert!(
                !error.contains("no such endpoint"),
                "{method} {uri}: {error}"
            );
        }
    }
}

#[tokio::test]
async fn the_workspace_is_served_with_a_strict_policy() {
    let s = server(None, super::DEFAULT_MAX_BODY);
    let response = s
        .app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    let page = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    let page = String::from_utf8(page.to_vec()).unwrap();
    for (name, _, _) in super::routes::web::ASSETS {
        assert!(
            page.contains(&format!("/assets/{name}")),
            "{name} is not linked"
        );
        let response = s
            .app
            .clone()
            .oneshot(
                Request::get(format!("/assets/{name}"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{name}");
    }
    assert_error(&get(&s.app, "/assets/secret.txt").await, 404, "secret");
}
