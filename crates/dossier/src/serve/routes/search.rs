//! `GET /api/search?q=`: full-text search over headlines and texts.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use crate::corpus::{query, CorpusError};

use crate::serve::error::{ApiError, Params};
use crate::serve::paging::{bounds, page, Page};
use crate::serve::state::{blocking, AppState};

/// The query and its page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    q: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// Documents matching `q` (words, or FTS5 syntax as in `dossier search`),
/// best first: doc, title, rank, snippet. `total` counts every match.
pub async fn search(
    State(state): State<AppState>,
    Params(p): Params<SearchParams>,
) -> Result<Json<Page>, ApiError> {
    let q = p.q.filter(|q| !q.trim().is_empty());
    let q = q.ok_or_else(|| ApiError::bad_request("give the words to search for as ?q="))?;
    let (limit, offset) = bounds(p.limit, p.offset)?;
    let corpus = state.corpus.clone();
    let found = blocking(move || {
        corpus.with_store(|store| {
            // A query FTS5 cannot read is the client's error (400); a busy or
            // damaged store is the server's (503, 500).
            let failed = |e: CorpusError| match e {
                CorpusError::Other(..) => {
                    ApiError::bad_request(format!("cannot search for {q:?}: {e}"))
                }
                e => ApiError::from(e),
            };
            store
                .search(&q, offset.saturating_add(limit))
                .map_err(failed)
        })
    })
    .await?;
    let rows = query::hits(found.hits).to_json();
    let mut page = page(rows, Some(limit), Some(offset))?;
    page.total = found.total;
    Ok(Json(page))
}
