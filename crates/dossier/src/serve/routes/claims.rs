//! Claims, events and the timeline, with the filters of the CLI queries.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use crate::corpus::query::{self, find_actor, ClaimFilter, EventFilter};
use crate::corpus::Standing;
use crate::serve::error::{ApiError, Params};
use crate::serve::paging::{page, Page};
use crate::serve::routes::documents::Paging;
use crate::serve::state::{blocking, AppState};

/// Filters of `GET /api/claims` (`dossier claims`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimParams {
    about: Option<String>,
    by: Option<String>,
    standing: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// Claims with their group and standing, in timeline order.
pub async fn claims(
    State(state): State<AppState>,
    Params(p): Params<ClaimParams>,
) -> Result<Json<Page>, ApiError> {
    let corpus = state.corpus.clone();
    let standing = p
        .standing
        .as_deref()
        .map(|s| {
            Standing::parse(s).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "unknown standing {s:?}: corroborated, single-source, disputed or denied"
                ))
            })
        })
        .transpose()?;
    let (about, by) = (p.about, p.by);
    let rows = blocking(move || {
        let model = corpus.model()?;
        let filter = ClaimFilter {
            about: about.map(|a| find_actor(&model, &a)).transpose()?,
            by: by.map(|a| find_actor(&model, &a)).transpose()?,
            standing,
        };
        Ok(query::claims(&model, &filter).to_json())
    })
    .await?;
    page(rows, p.limit, p.offset).map(Json)
}

/// Filters of `GET /api/events` (`dossier events`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    #[serde(rename = "type")]
    etype: Option<String>,
    actor: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// Events by date.
pub async fn events(
    State(state): State<AppState>,
    Params(p): Params<EventParams>,
) -> Result<Json<Page>, ApiError> {
    let corpus = state.corpus.clone();
    let (etype, actor, since, until) = (p.etype, p.actor, p.since, p.until);
    let rows = blocking(move || {
        let model = corpus.model()?;
        let filter = EventFilter {
            etype,
            actor: actor.map(|a| find_actor(&model, &a)).transpose()?,
            since,
            until,
        };
        Ok(query::events(&model, &filter).to_json())
    })
    .await?;
    page(rows, p.limit, p.offset).map(Json)
}

/// Events and claims together, by date (`dossier timeline`).
pub async fn timeline(
    State(state): State<AppState>,
    Params(p): Params<Paging>,
) -> Result<Json<Page>, ApiError> {
    let corpus = state.corpus.clone();
    let rows = blocking(move || Ok(query::timeline(&*corpus.model()?).to_json())).await?;
    page(rows, p.limit, p.offset).map(Json)
}
