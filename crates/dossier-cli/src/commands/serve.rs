//! `dossier serve`: the HTTP API and web workspace over a corpus database.

use std::net::SocketAddr;
use std::path::PathBuf;

use dossier::serve::{run as serve, Config, DEFAULT_MAX_BODY};

use crate::exit;

/// Arguments of `dossier serve`.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The corpus database (created when missing).
    #[arg(long, default_value = "dossier.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0: any free port; the address is printed on stderr).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Bearer token that write endpoints (POST /api/documents) require; default
    /// $DOSSIER_TOKEN. Without one, writing is refused.
    #[arg(long)]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BODY)]
    pub max_body: usize,
}

/// Runs `serve` until interrupted; returns the exit code.
pub fn run(args: ServeArgs) -> u8 {
    let config = Config {
        db: args.db,
        bind: args.bind,
        token: args.token.or_else(|| std::env::var("DOSSIER_TOKEN").ok()),
        max_body: args.max_body,
    };
    let writes = if config.token.as_deref().is_some_and(|t| !t.is_empty()) {
        "writes need the bearer token"
    } else {
        "writes disabled (no --token or DOSSIER_TOKEN)"
    };
    let ready = |addr: SocketAddr| {
        eprintln!(
            "dossier: serving {} on http://{addr}/ ({writes})",
            config.db.display()
        );
    };
    match serve(&config, ready) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("dossier: {e}");
            exit::FAILURE
        }
    }
}
