//! Serve: the store and the extractor over HTTP, and a web workspace for
//! analysts (`dossier serve`).
//!
//! - [`routes`]: the router, one file of handlers per area (extraction,
//!   documents, actors and graph, claims/events/timeline, search, web files);
//! - [`state`]: the shared pipeline, and the store's model cached until the
//!   store changes; [`auth`]: the bearer token of write endpoints;
//! - [`error`]: JSON errors and extractors that answer bad input with them;
//!   [`paging`]: `limit`/`offset` pages;
//! - [`workers`]: the extraction threads, one per core.
//!
//! Extraction runs on the extraction threads, SQLite work on tokio's
//! blocking threads.

pub mod auth;
pub mod error;
pub mod paging;
pub mod routes;
pub mod state;
pub mod workers;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use routes::router;
pub use state::AppState;

/// Default request body limit: 5 MB.
pub const DEFAULT_MAX_BODY: usize = 5 * 1024 * 1024;

/// How to serve.
#[derive(Clone, Debug)]
pub struct Config {
    /// The corpus database (created when missing).
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    pub bind: SocketAddr,
    /// Bearer token for write endpoints; without one they are refused.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body: usize,
}

/// Serves until interrupted (Ctrl-C or SIGTERM), calling `ready` with the
/// bound address once listening.
pub fn run(config: &Config, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let state = AppState::open(&config.db, config.token.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("cannot read the bound address: {e}"))?;
        ready(addr);
        axum::serve(listener, router(state, config.max_body))
            .with_graceful_shutdown(stopped())
            .await
            .map_err(|e| format!("server failed: {e}"))
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests;
