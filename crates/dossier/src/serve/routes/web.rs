//! The web workspace (static files embedded in the binary) and the OpenAPI document.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::serve::error::{ApiError, Id};

/// The OpenAPI 3 description of the API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// The workspace's files: name, content type, content.
pub const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../web/app.css"),
    ),
    (
        "util.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/util.js"),
    ),
    (
        "article.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/article.js"),
    ),
    (
        "graph.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/graph.js"),
    ),
    (
        "claims.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/claims.js"),
    ),
    (
        "timeline.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/timeline.js"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../web/app.js"),
    ),
];

const INDEX: &str = include_str!("../web/index.html");

/// `GET /`: the workspace page.
pub async fn index() -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], INDEX).into_response()
}

/// `GET /assets/{name}`: one of [`ASSETS`].
pub async fn asset(Id(name): Id) -> Result<Response, ApiError> {
    let (_, kind, body) = ASSETS
        .iter()
        .find(|(n, _, _)| *n == name)
        .ok_or_else(|| ApiError::not_found(format!("no asset {name:?}")))?;
    Ok(([(header::CONTENT_TYPE, *kind)], *body).into_response())
}

/// `GET /api/openapi.json`.
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
