//! The router: API routes by area, the web workspace, JSON fallbacks.

pub mod actors;
pub mod claims;
pub mod documents;
pub mod extract;
pub mod search;
pub mod web;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::map_response;
use axum::response::Response;
use axum::routing::{get, post, MethodRouter};
use axum::Router;

use super::error::ApiError;
use super::state::AppState;

/// The API routes, path and handlers; `/api/openapi.json` documents each.
pub fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/api/extract", post(extract::extract)),
        (
            "/api/documents",
            get(documents::list).post(documents::ingest),
        ),
        ("/api/documents/{id}", get(documents::get)),
        ("/api/actors", get(actors::list)),
        ("/api/actors/{id}", get(actors::profile)),
        ("/api/claims", get(claims::claims)),
        ("/api/events", get(claims::events)),
        ("/api/timeline", get(claims::timeline)),
        ("/api/graph", get(actors::graph)),
        ("/api/search", get(search::search)),
        ("/api/openapi.json", get(web::openapi)),
    ]
}

/// The whole application: API, web workspace, JSON errors for unknown paths
/// and methods, request bodies limited to `max_body` bytes, and security
/// headers on every answer.
pub fn router(state: AppState, max_body: usize) -> Router {
    let mut router = Router::new()
        .route("/", get(web::index))
        .route("/assets/{name}", get(web::asset));
    for (path, handlers) in api_routes() {
        router = router.route(path, handlers);
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(map_response(security_headers))
        .with_state(state)
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {}", uri.path()))
}

async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}", uri.path()),
    )
}

/// The page may load only its own scripts, styles and data: no inline script,
/// no other origin, no framing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
