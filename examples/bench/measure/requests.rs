//! The requests of a load, and the bytes they transferred.

use serde_json::Value;

use super::AppLoad;

/// One request of a load: its URL, when it started and its response ended (ms after
/// navigation start), and the bytes it transferred (Resource Timing's `transferSize`,
/// headers and compressed body, or the body alone when the browser reports no more).
#[derive(Debug, Clone)]
pub struct Request {
    pub url: String,
    pub start: f64,
    pub end: f64,
    pub transferred: u64,
}

pub(super) fn requests(v: &Value) -> Vec<Request> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| {
                    Some(Request {
                        url: r.get(0)?.as_str()?.to_string(),
                        start: r.get(1)?.as_f64()?,
                        end: r.get(2)?.as_f64()?,
                        transferred: r.get(3).and_then(Value::as_f64).unwrap_or(0.0) as u64,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

impl AppLoad {
    /// Bytes transferred by the requests that started before the app was ready.
    pub fn transferred_until_ready(&self) -> u64 {
        self.requested
            .iter()
            .filter(|r| r.start <= self.ready)
            .map(|r| r.transferred)
            .sum()
    }
}
