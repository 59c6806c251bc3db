//! Actors: the list (`GET /api/actors`), one profile, and the actor graph.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::corpus::export::graph_json;
use crate::corpus::query::{self, find_actor};
use crate::serve::error::{ApiError, Id, Params};
use crate::serve::paging::{page, Page};
use crate::serve::routes::documents::Paging;
use crate::serve::state::{blocking, AppState};

/// Every actor with its documents and mentions (`dossier actors`).
pub async fn list(
    State(state): State<AppState>,
    Params(p): Params<Paging>,
) -> Result<Json<Page>, ApiError> {
    let corpus = state.corpus.clone();
    let rows = blocking(move || Ok(query::actors(&*corpus.model()?).to_json())).await?;
    page(rows, p.limit, p.offset).map(Json)
}

/// One actor's profile, by id, name or alias (`dossier actor`): an object of
/// sections (`actor`, `aliases`, `relations`, `claims`, `events`, ...), each a list of rows.
pub async fn profile(State(state): State<AppState>, Id(name): Id) -> Result<Json<Value>, ApiError> {
    let corpus = state.corpus.clone();
    blocking(move || {
        let model = corpus.model()?;
        let actor = find_actor(&model, &name)?;
        let sections: Map<String, Value> = query::profile(&model, actor)
            .into_iter()
            .map(|(name, table)| (name.to_string(), table.to_json()))
            .collect();
        Ok(Json(Value::Object(sections)))
    })
    .await
}

/// Filters of the graph.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraphParams {
    since: Option<String>,
    until: Option<String>,
}

/// The actor graph: `nodes` (actors with type, sector, country) and `edges`
/// (relations and event flows, weighted), optionally limited to a date range.
pub async fn graph(
    State(state): State<AppState>,
    Params(p): Params<GraphParams>,
) -> Result<Json<Value>, ApiError> {
    let corpus = state.corpus.clone();
    blocking(move || {
        let model = corpus.model()?;
        let graph = graph_json(&model, p.since.as_deref(), p.until.as_deref());
        Ok(Json(json!(graph)))
    })
    .await
}
