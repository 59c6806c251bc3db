//! Documents: storing (`POST /api/documents`), listing and reading back.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::corpus::export::documents;
use crate::corpus::extract::extract;
use crate::corpus::Store;
use crate::ingest::read_bytes;
use crate::serve::auth::authorize;
use crate::serve::error::{ApiError, Id, Params};
use crate::serve::paging::{page, Page};
use crate::serve::state::{blocking, AppState, BUSY_TIMEOUT};

/// Paging of a plain list.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Rows per page.
    pub limit: Option<usize>,
    /// Index of the first row.
    pub offset: Option<usize>,
}

/// Extracts the body (text, HTML, a feed, or JSON Lines records) and stores
/// its documents as `dossier ingest` does; needs the bearer token.
pub async fn ingest(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    authorize(state.token.as_deref(), &headers)?;
    let body = body?;
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty: send the article text or HTML",
        ));
    }
    let (pipeline, path) = (state.pipeline.clone(), state.corpus.path().to_path_buf());
    let extracted = state
        .extracting(move || Ok(extract(&pipeline, read_bytes("api", None, &body))))
        .await?;
    // Storing may wait for another writer's lock: not on an extraction thread.
    blocking(move || {
        let mut store = Store::open(&path, BUSY_TIMEOUT)?;
        let outcome = store.ingest(&extracted.docs, &extracted.failures)?;
        let ids: Vec<&str> = extracted.docs.iter().map(|d| d.doc.id.as_str()).collect();
        let failures: Vec<Value> = extracted
            .failures
            .iter()
            .map(|f| json!({"origin": f.origin, "error": f.error}))
            .collect();
        let status = if ids.is_empty() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else if outcome.added > 0 {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        };
        let answer = json!({
            "documents": ids,
            "added": outcome.added,
            "updated": outcome.updated,
            "unchanged": outcome.unchanged,
            "duplicates": outcome.duplicates,
            "failed": outcome.failed,
            "failures": failures,
        });
        Ok((status, Json(answer)).into_response())
    })
    .await
}

/// The stored documents: id, title, url, outlet, published, origin, tokens.
pub async fn list(
    State(state): State<AppState>,
    Params(p): Params<Paging>,
) -> Result<Json<Page>, ApiError> {
    let corpus = state.corpus.clone();
    let rows = blocking(move || Ok(documents(&*corpus.model()?).to_json())).await?;
    page(rows, p.limit, p.offset).map(Json)
}

/// One stored document: `{"document": dossier/1 JSON, "actors": {entity id: actor id}}`.
pub async fn get(State(state): State<AppState>, Id(id): Id) -> Result<Response, ApiError> {
    let cache = state.corpus.clone();
    blocking(move || {
        let stored = cache.with_store(|s| Ok(s.document_json(&id)?))?;
        let stored = stored.ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))?;
        let document: Value = serde_json::from_str(&stored)
            .map_err(|e| ApiError::internal(format!("document {id}: {e}")))?;
        let model = cache.model()?;
        let actors: Map<String, Value> = model
            .rows_of(&id)
            .entities
            .iter()
            .map(|&i| &model.records.entities[i])
            .map(|e| (e.id.clone(), json!(model.actor_id(&id, &e.id))))
            .collect();
        let answer = json!({ "document": document, "actors": actors });
        Ok((
            [(header::CONTENT_TYPE, "application/json")],
            answer.to_string(),
        )
            .into_response())
    })
    .await
}
