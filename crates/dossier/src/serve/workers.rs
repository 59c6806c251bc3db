//! The extraction workers: one thread per core, fed from one queue.
//!
//! Extraction is CPU-bound, so running more at once than there are cores
//! only shares the CPU. A thread that finishes a request takes the next
//! queued one at once, with no hand-over through the async runtime: handing
//! each request to a fresh blocking task behind a semaphore left the cores
//! idle 10-14% of the time under load (each hand-over wakes two sleeping
//! threads in turn). The threads live as long as the server, so their
//! per-thread memos (word scores, scratch buffers) stay warm. A queued job
//! whose client has gone is skipped, and a request that finds the queue full
//! is answered 503 at once rather than held (with its body) for long.
//!
//! Jobs must not use rayon's parallel iterators or `join`: a worker waiting
//! on them may steal another queued request and run it first.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::http::StatusCode;
use tokio::sync::oneshot;

use super::error::ApiError;
use crate::corpus::extract::panic_message;

/// Requests waiting or running per extraction thread before more are
/// refused (503 with `Retry-After: 1`): 64 articles of 600 words take about
/// 0.6 s on a thread. Clients that resend at once instead of waiting get
/// little through once the queue is full (200 connections doing so got 66
/// requests/s answered on 2 cores, against about 170 below the limit), so the
/// limit is set well above what a batch client opens: with 16 a thread, 64
/// such connections already got only 69 requests/s through.
pub const QUEUE_PER_THREAD: usize = 64;

/// A fixed pool of extraction threads with a bounded queue.
pub struct Workers {
    pool: rayon::ThreadPool,
    /// Jobs queued or running.
    pending: Arc<AtomicUsize>,
    /// The most jobs queued or running at once.
    limit: usize,
}

/// Counts a job as pending until it is dropped (run, skipped or panicked).
struct Pending(Arc<AtomicUsize>);

impl Drop for Pending {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Workers {
    /// Starts `threads` workers (at least one) that hold at most `limit`
    /// jobs (at least one) queued or running.
    pub fn start(threads: usize, limit: usize) -> Result<Workers, String> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .thread_name(|i| format!("dossier-extract-{i}"))
            .build()
            .map_err(|e| format!("cannot start the extraction threads: {e}"))?;
        Ok(Workers {
            pool,
            pending: Arc::new(AtomicUsize::new(0)),
            limit: limit.max(1),
        })
    }

    /// Runs `job` on the next free worker and waits for its answer. A panic
    /// in it becomes a 500 answer rather than a dropped connection; a full
    /// queue, a 503 answer.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let queued = self.pending.fetch_add(1, Ordering::AcqRel);
        // Counted from here; the count drops with `pending`, here or in the job.
        let pending = Pending(self.pending.clone());
        if queued >= self.limit {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the server is busy: {} extractions are queued or running; try again shortly",
                    self.limit
                ),
            ));
        }
        let (answer, answered) = oneshot::channel();
        self.pool.spawn(move || {
            if answer.is_closed() {
                return;
            }
            let result = catch_unwind(AssertUnwindSafe(job)).unwrap_or_else(|panic| {
                Err(ApiError::internal(format!(
                    "request failed: {}",
                    panic_message(&*panic)
                )))
            });
            // The slot is free before the answer leaves, so a client that
            // sends its next request on receiving it finds room.
            drop(pending);
            // The client may have gone; its answer is then not needed.
            let _ = answer.send(result);
        });
        answered
            .await
            .unwrap_or_else(|_| Err(ApiError::internal("the extraction worker stopped")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_turns_panics_into_errors() {
        let workers = Workers::start(2, 8).unwrap();
        let answer = workers.run(|| Ok(21 * 2)).await.unwrap();
        assert_eq!(answer, 42);
        let failed = workers
            .run(|| -> Result<(), ApiError> { panic!("boom") })
            .await
            .unwrap_err();
        assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(failed.message.contains("boom"), "{}", failed.message);
        // The pool survives the panic.
        assert_eq!(
            workers.run(|| Ok("still here")).await.unwrap(),
            "still here"
        );
    }

    /// Starts a job that keeps a worker busy until the returned sender sends;
    /// returns once it runs, with the job's handle.
    async fn occupy_one_worker(
        workers: &Arc<Workers>,
    ) -> (
        std::sync::mpsc::Sender<()>,
        tokio::task::JoinHandle<Result<(), ApiError>>,
    ) {
        let (release, held) = std::sync::mpsc::channel::<()>();
        let (started, has_started) = std::sync::mpsc::channel::<()>();
        let busy = tokio::spawn({
            let workers = workers.clone();
            async move {
                workers
                    .run(move || {
                        started.send(()).ok();
                        held.recv().ok();
                        Ok(())
                    })
                    .await
            }
        });
        while has_started.try_recv().is_err() {
            tokio::task::yield_now().await;
        }
        (release, busy)
    }

    #[tokio::test]
    async fn a_job_whose_client_has_gone_is_skipped() {
        use std::sync::atomic::AtomicBool;
        use std::time::Duration;
        let workers = Arc::new(Workers::start(1, 8).unwrap());
        let (release, busy) = occupy_one_worker(&workers).await;
        // Queue a job, then give up waiting for it, as a client that leaves.
        let ran = Arc::new(AtomicBool::new(false));
        let flag = ran.clone();
        let gave_up = tokio::time::timeout(
            Duration::from_millis(20),
            workers.run(move || {
                flag.store(true, Ordering::SeqCst);
                Ok(())
            }),
        )
        .await;
        assert!(gave_up.is_err());
        release.send(()).unwrap();
        busy.await.unwrap().unwrap();
        // Queued jobs run in order, so the abandoned one has been taken.
        workers.run(|| Ok(())).await.unwrap();
        assert!(!ran.load(Ordering::SeqCst));
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_with_503_and_frees_up() {
        let workers = Arc::new(Workers::start(1, 1).unwrap());
        let (release, busy) = occupy_one_worker(&workers).await;
        let refused = workers.run(|| Ok(())).await.unwrap_err();
        assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(refused.message.contains("busy"), "{}", refused.message);
        release.send(()).unwrap();
        busy.await.unwrap().unwrap();
        assert_eq!(workers.run(|| Ok(7)).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn a_job_runs_on_a_worker_thread() {
        let workers = Workers::start(1, 8).unwrap();
        let name = workers
            .run(|| Ok(std::thread::current().name().map(str::to_string)))
            .await
            .unwrap();
        assert_eq!(name.as_deref(), Some("dossier-extract-0"));
    }
}
