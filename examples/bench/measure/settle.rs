//! Checks that the emulation took effect, and the wait until a loaded page has settled.

use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

use super::timeline::PROGRESS;
use crate::profile::Profile;
use crate::support::js;

/// Layout shifts and long tasks are read until this long after the app is ready.
pub const AFTER_READY: f64 = 1000.0;
/// No chart drawing for this long (ms of page time): the charts have settled.
const DRAW_QUIET: f64 = 600.0;
/// The longest a load may take, on the slowest profile with the largest report.
pub(super) const GIVE_UP: Duration = Duration::from_secs(120);

/// Panics unless the page saw the phone's screen: the emulation took effect.
pub(super) fn assert_phone_screen(times: &Value) {
    assert_eq!(
        times["screen"],
        json!([390, 844, 2]),
        "the page should see 390 × 844 CSS px at device pixel ratio 2"
    );
}

/// Panics unless the emulated round trip delayed the document (DevTools adds the
/// latency to the response's body, not to its first byte).
pub(super) fn assert_network(profile: Profile, times: &Value) {
    if profile.emulates_network() {
        let waited = times["documentWait"].as_f64().unwrap_or(0.0);
        assert!(
            waited >= Profile::NETWORK_LATENCY_MS * 0.9,
            "the document arrived {waited:.0} ms after its request: the network \
             emulation (Network.emulateNetworkConditions) did not take effect"
        );
    }
}

/// Polls `PROGRESS` until the app is ready, `AFTER_READY` has passed and no chart has
/// drawn for `DRAW_QUIET`.
pub(super) async fn wait_until_settled(client: &Client, what: &str) {
    let start = Instant::now();
    loop {
        let p = js(client, PROGRESS).await;
        assert!(
            p["failed"] != Value::Bool(true),
            "{what}: the app failed to start (html[data-app-failed])"
        );
        let now = p["now"].as_f64().unwrap_or(0.0);
        if let Some(ready) = p["ready"].as_f64() {
            let last_draw = p["lastDraw"].as_f64().unwrap_or(0.0);
            if now >= ready + AFTER_READY && now >= last_draw + DRAW_QUIET {
                return;
            }
        }
        assert!(
            start.elapsed() < GIVE_UP,
            "{what}: not ready and settled within {GIVE_UP:?} ({p})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
