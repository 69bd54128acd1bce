//! How long the app waits for the report, and between automatic retries.

use std::time::Duration;

use crate::address::Address;

/// How long the app waits for the report, and between automatic retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// One attempt gives up after this long.
    pub report_timeout: Duration,
    /// The first automatic retry waits this long; each later one twice the one before.
    pub retry_unit: Duration,
}

impl Default for Timing {
    /// 15 s per attempt; retries after 1, 2 and 4 s.
    fn default() -> Self {
        Timing {
            report_timeout: Duration::from_secs(15),
            retry_unit: Duration::from_secs(1),
        }
    }
}

impl Timing {
    /// The timing an address asks for: its test-only `report_timeout_ms=` and
    /// `retry_ms=` replace the defaults, so that tests exercise a time-out in well
    /// under a second instead of waiting out 15 s. Readers' links never carry them.
    pub fn from_address(address: &Address) -> Self {
        let default = Timing::default();
        Timing {
            report_timeout: address.report_timeout.unwrap_or(default.report_timeout),
            retry_unit: address.retry_unit.unwrap_or(default.retry_unit),
        }
    }

    /// The wait before automatic retry `attempt` (1-based): 1, 2, 4, … retry units.
    pub fn backoff(&self, attempt: u32) -> Duration {
        self.retry_unit * (1u32 << attempt.saturating_sub(1).min(6))
    }
}

/// A duration in seconds as a reader is told it: `15`, `0.3`.
pub fn seconds(duration: Duration) -> String {
    crate::report::format::plain_number(duration.as_millis() as f64 / 1000.0)
}
