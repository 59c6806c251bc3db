//! `dossier ingest`: extract inputs on every core and store them in a corpus
//! database, one transaction per batch, with progress on standard error.
//! Into PostgreSQL, several processes share the work (see `ingest_shared`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::ValueEnum;
use dossier::corpus::extract::{extract, Extracted};
use dossier::corpus::{Backend, BatchOutcome, Failure, Location, Store};
use dossier::ingest::{collect_inputs, read_input, ReadOptions};
use dossier::pipeline::Pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::exit;

/// How progress is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Progress {
    /// A bar on a terminal, lines otherwise.
    Auto,
    /// A progress bar with rate and ETA.
    Bar,
    /// One line per stored batch.
    Lines,
    /// Only the final summary.
    None,
}

/// Arguments of `dossier ingest`.
#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Files or directories (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The corpus: an SQLite file (created when missing) or a postgres:// URL.
    #[arg(long, default_value = "dossier.db")]
    pub db: Location,
    /// Extraction threads (default: every core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Inputs extracted and stored per transaction.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..))]
    pub batch: u16,
    /// Seconds to wait for another writer before giving up.
    #[arg(long, default_value_t = 30.0)]
    pub busy_timeout: f64,
    /// PostgreSQL: seconds a process may hold claimed inputs without a word to
    /// the server before they are released to other processes.
    #[arg(long, default_value_t = 600.0)]
    pub claim_timeout: f64,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = dossier::ingest::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// How to show progress on standard error.
    #[arg(long, value_enum, default_value = "auto")]
    pub progress: Progress,
    /// Do not let an SQLite database grow beyond this many bytes (a batch that
    /// would is rolled back as on a full disk).
    #[arg(long)]
    pub max_db_bytes: Option<u64>,
}

/// Runs `ingest`; returns the exit code.
pub fn run(args: &IngestArgs) -> u8 {
    // The models first: a bad one must not leave a new, empty store behind.
    let pipeline = match super::load_pipeline() {
        Ok(pipeline) => pipeline,
        Err(code) => return code,
    };
    let timeout = Duration::from_secs_f64(args.busy_timeout.max(0.0));
    let mut backend = match Backend::open(&args.db, timeout) {
        Ok(backend) => backend,
        Err(e) => {
            eprintln!("dossier: {e}");
            return exit::FAILURE;
        }
    };
    if let Some(limit) = args.max_db_bytes {
        let limited = match &backend {
            Backend::Sqlite(store) => store.limit_size(limit).map_err(|e| e.to_string()),
            Backend::Postgres(_) => Err("--max-db-bytes applies to SQLite files only".into()),
        };
        if let Err(e) = limited {
            eprintln!("dossier: {e}");
            return exit::FAILURE;
        }
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = match pool.build() {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("dossier: cannot start threads: {e}");
            return exit::FAILURE;
        }
    };
    let outcome = pool.install(|| match &mut backend {
        Backend::Sqlite(store) => ingest(store, args, &pipeline),
        Backend::Postgres(store) => super::ingest_shared::ingest(store, args, &pipeline),
    });
    match outcome {
        Ok(total) if total.failed > 0 => exit::INPUT_PROBLEMS,
        Ok(_) => exit::OK,
        Err(e) => {
            eprintln!("dossier: {e}");
            exit::FAILURE
        }
    }
}

/// The progress bar (hidden unless wanted) and whether to print lines instead.
pub(super) fn progress_bar(mode: Progress, len: usize) -> (ProgressBar, bool) {
    let terminal = std::io::stderr().is_terminal();
    let bar = matches!(mode, Progress::Bar) || (mode == Progress::Auto && terminal);
    let lines = matches!(mode, Progress::Lines) || (mode == Progress::Auto && !terminal);
    if !bar {
        return (ProgressBar::hidden(), lines);
    }
    let pb = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{elapsed_precise} [{wide_bar}] {pos}/{len} inputs  ETA {eta}  {msg}",
    )
    .expect("valid template");
    pb.set_style(style);
    (pb, false)
}

fn ingest(
    store: &mut Store,
    args: &IngestArgs,
    pipeline: &Pipeline,
) -> Result<BatchOutcome, String> {
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let start = Instant::now();
    let (inputs, walk_errors) = collect_inputs(&args.paths);
    let (pb, lines) = progress_bar(args.progress, inputs.len());
    let report = |pb: &ProgressBar, f: &Failure| {
        pb.suspend(|| eprintln!("dossier: {}: {}", f.origin, f.error));
    };
    let mut total = BatchOutcome::default();
    let walk_failures: Vec<Failure> = walk_errors
        .into_iter()
        .map(|e| Failure {
            origin: e.origin,
            error: e.problem,
        })
        .collect();
    walk_failures.iter().for_each(|f| report(&pb, f));
    total.absorb(
        &store
            .ingest(&[], &walk_failures)
            .map_err(|e| e.to_string())?,
    );
    let (mut done, mut docs, mut tokens) = (0, 0, 0);
    for chunk in inputs.chunks(usize::from(args.batch)) {
        let extracted: Vec<Extracted> = chunk
            .par_iter()
            .map(|input| extract(pipeline, read_input(input, &options)))
            .collect();
        let mut batch_docs = Vec::new();
        let mut batch_failures = Vec::new();
        for e in extracted {
            tokens += e.tokens;
            batch_docs.extend(e.docs);
            batch_failures.extend(e.failures);
        }
        batch_failures.iter().for_each(|f| report(&pb, f));
        let outcome = store.ingest(&batch_docs, &batch_failures).map_err(|e| {
            pb.abandon();
            e.to_string()
        })?;
        total.absorb(&outcome);
        done += chunk.len();
        docs += batch_docs.len();
        let per_minute = docs as f64 * 60.0 / start.elapsed().as_secs_f64().max(1e-9);
        pb.set_message(format!("{docs} documents, {per_minute:.0} articles/minute"));
        pb.inc(chunk.len() as u64);
        if lines {
            eprintln!(
                "dossier: ingest: {done}/{} inputs, {docs} documents stored, {}",
                inputs.len(),
                rates(docs, tokens, start.elapsed())
            );
        }
    }
    pb.finish_and_clear();
    eprintln!(
        "dossier: {}: {}; {}{}",
        store.path().display(),
        summary(inputs.len(), docs, &total),
        rates(docs, tokens, start.elapsed()),
        memory()
    );
    Ok(total)
}

/// Inputs, documents and what became of them.
pub(super) fn summary(inputs: usize, docs: usize, total: &BatchOutcome) -> String {
    format!(
        "{inputs} inputs, {docs} documents ({} new, {} updated, {} unchanged, \
         {} duplicates), {} failed",
        total.added, total.updated, total.unchanged, total.duplicates, total.failed
    )
}

/// `, peak memory N MB` where the system tells it.
pub(super) fn memory() -> String {
    peak_memory().map_or(String::new(), |kb| {
        format!(", peak memory {:.1} MB", kb as f64 / 1024.0)
    })
}

/// Elapsed time, articles/minute and tokens/s.
pub(super) fn rates(docs: usize, tokens: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    format!(
        "{:.1} s, {:.0} articles/minute, {:.0} tokens/s",
        secs,
        docs as f64 * 60.0 / secs,
        tokens as f64 / secs
    )
}

/// The peak resident memory of this process in kB, where the system tells it
/// (`VmHWM` in `/proc/self/status` on Linux).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
