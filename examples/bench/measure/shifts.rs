//! Layout shifts: each one the page saw, and their sum while the app starts.

use serde_json::Value;

use super::settle::AFTER_READY;
use super::AppLoad;

/// One layout shift: when, how much, and what moved (element and rectangles).
#[derive(Debug, Clone)]
pub struct Shift {
    pub at: f64,
    pub value: f64,
    /// Chromium's `hadRecentInput`. The bench gives no input before its search, but
    /// the phone emulation's viewport set-up counts as input in Chromium: a shift
    /// within 500 ms of it is flagged, so the flag cannot be trusted to mean a reader's
    /// action here.
    pub recent_input: bool,
    pub sources: Vec<String>,
}

pub(super) fn shifts(v: &Value) -> Vec<Shift> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| {
                    Some(Shift {
                        at: s["at"].as_f64()?,
                        value: s["value"].as_f64()?,
                        recent_input: s["recentInput"] == Value::Bool(true),
                        sources: s["sources"]
                            .as_array()
                            .map(|l| {
                                l.iter()
                                    .filter_map(|x| x.as_str().map(String::from))
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

impl AppLoad {
    /// The layout shifts while the app starts: up to `AFTER_READY` after ready.
    pub fn starting_shifts(&self) -> impl Iterator<Item = &Shift> {
        self.shifts
            .iter()
            .filter(|s| s.at <= self.ready + AFTER_READY)
    }

    /// Cumulative layout shift while the app starts, every shift counted: no reader
    /// acted, whatever Chromium's `hadRecentInput` says (see [`Shift::recent_input`]).
    pub fn cls(&self) -> f64 {
        self.starting_shifts().fold(0.0, |sum, s| sum + s.value)
    }

    /// The same as the web-vitals library counts it: without shifts flagged
    /// `hadRecentInput`.
    pub fn cls_without_recent_input(&self) -> f64 {
        self.starting_shifts()
            .filter(|s| !s.recent_input)
            .fold(0.0, |sum, s| sum + s.value)
    }
}
