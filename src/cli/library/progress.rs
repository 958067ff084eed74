//! Progress of `sahifa library add` on stderr: one line rewritten in place on a
//! terminal, a line each time with `--progress`, at most ten times a second.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use sahifa_library::AddProgress;

/// How progress shows on stderr.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Show {
    Off,
    /// One line rewritten in place.
    Terminal,
    /// A line each time.
    Lines,
}

/// Progress on stderr, at most ten times a second.
pub(super) struct Ticker {
    show: Show,
    last: Mutex<Option<Instant>>,
}

impl Ticker {
    pub(super) fn new(show: Show) -> Ticker {
        Ticker {
            show,
            last: Mutex::new(None),
        }
    }

    pub(super) fn show(&self, p: &AddProgress) {
        if self.show == Show::Off {
            return;
        }
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        let now = Instant::now();
        if last.is_some_and(|t| now.duration_since(t) < Duration::from_millis(100)) {
            return;
        }
        *last = Some(now);
        let line = format!("indexing: {} of {} files", p.done, p.found);
        match self.show {
            Show::Terminal => eprint!("\r\x1b[K{line}"),
            _ => eprintln!("{line}"),
        }
    }

    pub(super) fn clear(&self) {
        if self.show == Show::Terminal {
            eprint!("\r\x1b[K");
        }
    }
}
