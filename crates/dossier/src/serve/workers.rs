//! The extraction workers: one thread per core, fed from one queue.
//!
//! Extraction is CPU-bound, so running more at once than there are cores
//! only shares the CPU. A thread that finishes a request takes the next
//! queued one at once, with no hand-over through the async runtime: handing
//! each request to a fresh blocking task behind a semaphore left the cores
//! idle 10-14% of the time under load (each hand-over wakes two sleeping
//! threads in turn). The threads live as long as the server, so their
//! per-thread memos (word scores, scratch buffers) stay warm. A queued job
//! whose client has gone is skipped.
//!
//! Jobs must not use rayon's parallel iterators or `join`: a worker waiting
//! on them may steal another queued request and run it first.

use std::panic::{catch_unwind, AssertUnwindSafe};

use tokio::sync::oneshot;

use super::error::ApiError;

/// A fixed pool of extraction threads.
pub struct Workers {
    pool: rayon::ThreadPool,
}

impl Workers {
    /// Starts `threads` workers (at least one).
    pub fn start(threads: usize) -> Result<Workers, String> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .thread_name(|i| format!("dossier-extract-{i}"))
            .build()
            .map_err(|e| format!("cannot start the extraction threads: {e}"))?;
        Ok(Workers { pool })
    }

    /// Runs `job` on the next free worker and waits for its answer; a panic
    /// in it becomes a 500 answer rather than a dropped connection.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let (answer, answered) = oneshot::channel();
        self.pool.spawn(move || {
            if answer.is_closed() {
                return;
            }
            let result = catch_unwind(AssertUnwindSafe(job)).unwrap_or_else(|panic| {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                Err(ApiError::internal(format!("request failed: {why}")))
            });
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
    use axum::http::StatusCode;

    #[tokio::test]
    async fn runs_jobs_and_turns_panics_into_errors() {
        let workers = Workers::start(2).unwrap();
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

    #[tokio::test]
    async fn a_job_whose_client_has_gone_is_skipped() {
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::{mpsc, Arc};
        use std::time::Duration;
        let workers = Arc::new(Workers::start(1).unwrap());
        // Keep the only worker busy until told.
        let (release, held) = mpsc::channel::<()>();
        let (started, has_started) = mpsc::channel::<()>();
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
    async fn a_job_runs_on_a_worker_thread() {
        let workers = Workers::start(1).unwrap();
        let name = workers
            .run(|| Ok(std::thread::current().name().map(str::to_string)))
            .await
            .unwrap();
        assert_eq!(name.as_deref(), Some("dossier-extract-0"));
    }
}
