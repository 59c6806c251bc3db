//! What the handlers share: the pipeline, the store and its cached model, the
//! write token.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;

use super::error::ApiError;
use super::workers::{Workers, QUEUE_PER_THREAD};
use crate::corpus::{Corpus, Store};
use crate::pipeline::Pipeline;

/// How long a request waits for another writer's lock on the store.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The state behind every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The extraction pipeline, loaded once.
    pub pipeline: Arc<Pipeline>,
    /// The store and its cached model.
    pub corpus: Arc<CorpusCache>,
    /// The bearer token that write endpoints require; writing is refused when `None`.
    pub token: Option<String>,
    /// The extraction threads, one per core: more would only share the CPU
    /// and hold memory, while queued requests wait without using a core.
    pub workers: Arc<Workers>,
}

impl AppState {
    /// State serving the store at `db` (created when missing), with an
    /// optional write token (an empty one counts as none).
    pub fn open(db: &Path, token: Option<String>) -> Result<AppState, String> {
        Ok(AppState {
            pipeline: Arc::new(Pipeline::load()?),
            corpus: Arc::new(CorpusCache::open(db)?),
            token: token.filter(|t| !t.is_empty()),
            workers: {
                let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
                Arc::new(Workers::start(threads, threads * QUEUE_PER_THREAD)?)
            },
        })
    }

    /// Runs an extraction (CPU-bound work, no waiting on locks or I/O) on the
    /// next free extraction thread.
    pub async fn extracting<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.workers.run(f).await
    }
}

/// A read connection to the store and the model built from it, rebuilt when
/// the store has changed since (another connection or process committed).
pub struct CorpusCache {
    path: PathBuf,
    inner: Mutex<Cached>,
}

struct Cached {
    store: Store,
    model: Option<(i64, Arc<Corpus>)>,
}

impl CorpusCache {
    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> Result<CorpusCache, String> {
        let store = Store::open(path, BUSY_TIMEOUT).map_err(|e| e.to_string())?;
        Ok(CorpusCache {
            path: path.to_path_buf(),
            inner: Mutex::new(Cached { store, model: None }),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The current model, loaded again only when the store has changed.
    /// Blocking: call from `spawn_blocking`.
    pub fn model(&self) -> Result<Arc<Corpus>, ApiError> {
        let mut cached = self.lock()?;
        let version = cached.store.data_version()?;
        if let Some((v, model)) = &cached.model {
            if *v == version {
                return Ok(model.clone());
            }
        }
        let model = Arc::new(Corpus::build(cached.store.records()?));
        cached.model = Some((version, model.clone()));
        Ok(model)
    }

    /// Runs `f` on the read connection. Blocking: call from `spawn_blocking`.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        f(&self.lock()?.store)
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Cached>, ApiError> {
        self.inner.lock().map_err(|_| {
            ApiError::internal("the store connection was poisoned by a failed request")
        })
    }
}

/// Runs blocking work (SQLite) off the async threads; extraction goes to
/// [`AppState::extracting`] instead. A panic in
/// it becomes a 500 answer rather than a dropped connection.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|e| {
        Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("request failed: {e}"),
        ))
    })
}
