//! Progress reports from training loops, so a front end can show a bar.

/// Receives progress from a long-running job (training epochs, tagging folds).
/// Library code reports through it; the command line draws it.
pub trait Progress {
    /// A new phase named `label` begins, with `total` steps.
    fn start(&mut self, label: &str, total: u64);
    /// `steps` more steps are done.
    fn advance(&mut self, steps: u64);
    /// The phase ended; `summary` says how it went (for example a dev score).
    fn finish(&mut self, summary: &str);
}

/// A [`Progress`] that shows nothing (for tests and library callers).
#[derive(Clone, Copy, Debug, Default)]
pub struct Silent;

impl Progress for Silent {
    fn start(&mut self, _label: &str, _total: u64) {}
    fn advance(&mut self, _steps: u64) {}
    fn finish(&mut self, _summary: &str) {}
}
