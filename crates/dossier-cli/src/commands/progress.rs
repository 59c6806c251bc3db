//! Progress bars on stderr for training.

use std::time::Instant;

use dossier::learn::Progress;
use indicatif::{ProgressBar, ProgressStyle};

/// Draws each training phase as a bar and prints its summary line when it ends.
pub struct Bar {
    bar: Option<ProgressBar>,
    label: String,
    started: Instant,
}

impl Bar {
    /// A bar with nothing started yet.
    pub fn new() -> Self {
        Bar {
            bar: None,
            label: String::new(),
            started: Instant::now(),
        }
    }
}

impl Progress for Bar {
    fn start(&mut self, label: &str, total: u64) {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{msg:>24} [{bar:30}] {pos}/{len} {elapsed}/{eta}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar.set_message(label.to_string());
        self.bar = Some(bar);
        self.label = label.to_string();
        self.started = Instant::now();
    }

    fn advance(&mut self, steps: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(steps);
        }
    }

    fn finish(&mut self, summary: &str) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        eprintln!(
            "{}: {summary} ({:.1}s)",
            self.label,
            self.started.elapsed().as_secs_f64()
        );
    }
}
