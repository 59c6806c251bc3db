//! Timing for speed figures: wall-clock time and the CPU time of the calling
//! thread, so speeds stay meaningful on a machine shared with other jobs.

use std::time::Instant;

/// A started stopwatch.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    wall: Instant,
    cpu: f64,
}

/// Elapsed times in seconds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Elapsed {
    /// Wall-clock seconds.
    pub wall: f64,
    /// CPU seconds of the calling thread.
    pub cpu: f64,
}

impl std::ops::Add for Elapsed {
    type Output = Elapsed;
    fn add(self, other: Elapsed) -> Elapsed {
        Elapsed {
            wall: self.wall + other.wall,
            cpu: self.cpu + other.cpu,
        }
    }
}

/// CPU seconds used by the calling thread so far.
fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes to it.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if ok {
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    } else {
        0.0
    }
}

impl Clock {
    /// Starts timing.
    pub fn start() -> Self {
        Clock {
            wall: Instant::now(),
            cpu: thread_cpu_seconds(),
        }
    }

    /// Time since the start (never zero, so rates stay finite).
    pub fn elapsed(&self) -> Elapsed {
        Elapsed {
            wall: self.wall.elapsed().as_secs_f64().max(1e-9),
            cpu: (thread_cpu_seconds() - self.cpu).max(1e-9),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_work() {
        let clock = Clock::start();
        let mut x = 0u64;
        for i in 0..200_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        std::hint::black_box(x);
        let e = clock.elapsed();
        assert!(e.cpu > 0.0 && e.wall > 0.0);
    }
}
