//! `dossier ingest --db postgres://...`: several processes, on one machine or
//! many, share the inputs through the database's work table. Each registers
//! the inputs it found, then claims batches nobody else holds, extracts them
//! and stores each batch with its inputs marked done in one transaction.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use dossier::corpus::{bytes_hash, BatchOutcome, Failure, InputResult, PgStore, WorkItem};
use dossier::ingest::{collect_inputs, read_input, Input, ReadOptions};
use dossier::pipeline::Pipeline;
use indicatif::ProgressBar;
use rayon::prelude::*;

use super::ingest::{memory, progress_bar, rates, summary, IngestArgs};
use dossier::corpus::extract::{extract, Extracted};

/// This process, as the work table records who claimed what: `host:pid`.
fn worker() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    format!("{host}:{}", std::process::id())
}

/// A file's work item, or `None` when it cannot be read (then it is
/// extracted here, which records the failure as SQLite ingest does).
fn work_item(input: &Input) -> Option<WorkItem> {
    let Input::File(path) = input else {
        return None;
    };
    let bytes = std::fs::read(path).ok()?;
    Some(WorkItem {
        origin: input.origin(),
        content_hash: bytes_hash(&bytes),
    })
}

/// Flattens extraction results: documents, failures, tokens and what each input gave.
fn gather(extracted: Vec<Extracted>) -> (Extracted, Vec<InputResult>) {
    let mut all = Extracted {
        docs: Vec::new(),
        failures: Vec::new(),
        tokens: 0,
    };
    let mut results = Vec::with_capacity(extracted.len());
    for e in extracted {
        results.push(InputResult {
            documents: e.docs.len(),
            failures: e.failures.len(),
        });
        all.tokens += e.tokens;
        all.docs.extend(e.docs);
        all.failures.extend(e.failures);
    }
    (all, results)
}

/// Ingests into PostgreSQL, sharing the inputs with any other process doing
/// the same; returns what this process stored.
pub(super) fn ingest(
    store: &mut PgStore,
    args: &IngestArgs,
    pipeline: &Pipeline,
) -> Result<BatchOutcome, String> {
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let start = Instant::now();
    let (inputs, walk_errors) = collect_inputs(&args.paths);
    let report = |pb: &ProgressBar, f: &Failure| {
        pb.suspend(|| eprintln!("dossier: {}: {}", f.origin, f.error));
    };
    let items: Vec<Option<WorkItem>> = inputs.par_iter().map(work_item).collect();
    let mut shared = HashMap::new();
    let mut here = Vec::new();
    for (input, item) in inputs.iter().zip(items) {
        match item {
            Some(item) => {
                shared.insert(item, input);
            }
            None => here.push(extract(pipeline, read_input(input, &options))),
        }
    }
    // Unreadable files, standard input and walk errors are stored at once.
    let (mut local, _) = gather(here);
    local
        .failures
        .extend(walk_errors.into_iter().map(|e| Failure {
            origin: e.origin,
            error: e.problem,
        }));
    local
        .failures
        .iter()
        .for_each(|f| report(&ProgressBar::hidden(), f));
    let mut total = store
        .ingest(&local.docs, &local.failures)
        .map_err(|e| e.to_string())?;
    let (mut docs, mut tokens) = (local.docs.len(), local.tokens);

    let work: Vec<WorkItem> = shared.keys().cloned().collect();
    let claim_timeout = Duration::from_secs_f64(args.claim_timeout.max(1.0));
    let before = store
        .register(&work, claim_timeout)
        .map_err(|e| e.to_string())?;
    total.unchanged += before.documents_done;
    let pending = work.len() - before.inputs_done;
    let (pb, lines) = progress_bar(args.progress, pending);
    let me = worker();
    let (mut claimed, mut extracted_docs) = (0, 0);
    loop {
        let batch = match store.claim(&me, usize::from(args.batch)) {
            Ok(Some(batch)) => batch,
            Ok(None) => break,
            Err(e) => {
                pb.abandon();
                return Err(e.to_string());
            }
        };
        let extracted: Vec<Extracted> = batch
            .inputs
            .par_iter()
            .map(|item| extract(pipeline, read_input(shared[item], &options)))
            .collect();
        let n = batch.inputs.len();
        let (got, results) = gather(extracted);
        got.failures.iter().for_each(|f| report(&pb, f));
        let outcome = batch
            .complete(&got.docs, &got.failures, &results)
            .map_err(|e| {
                pb.abandon();
                e.to_string()
            })?;
        total.absorb(&outcome);
        claimed += n;
        extracted_docs += got.docs.len();
        tokens += got.tokens;
        let per_minute = extracted_docs as f64 * 60.0 / start.elapsed().as_secs_f64().max(1e-9);
        pb.set_message(format!(
            "{extracted_docs} documents, {per_minute:.0} articles/minute"
        ));
        pb.inc(n as u64);
        if lines {
            eprintln!(
                "dossier: ingest: {claimed} inputs claimed by {me} ({pending} were pending), \
                 {extracted_docs} documents stored, {}",
                rates(extracted_docs, tokens, start.elapsed())
            );
        }
    }
    pb.finish_and_clear();
    docs += extracted_docs + before.documents_done;
    eprintln!(
        "dossier: {}: {}; {claimed} inputs claimed by {me}, {} done before, {} by other \
         processes; {}{}",
        store.name(),
        summary(inputs.len(), docs, &total),
        before.inputs_done,
        pending.saturating_sub(claimed),
        rates(extracted_docs + local.docs.len(), tokens, start.elapsed()),
        memory()
    );
    Ok(total)
}
