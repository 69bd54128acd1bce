//! One search, timed from the keystroke to its marks painted.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{js, open_panel, Browser};

/// Keystroke to marks for one search, in ms from the input event's time stamp.
#[derive(Debug, Clone, Copy)]
pub struct SearchTime {
    /// The first DOM change adding a search mark.
    pub to_marks: f64,
    /// The task after the next animation frame: the marks are painted.
    pub to_painted: f64,
    pub marks: usize,
}

/// Arms the page for one search: the input event's time stamp (a capturing listener
/// on the window, ahead of the app's), the first DOM change that adds a search mark
/// (a MutationObserver), and the task after the next animation frame. Focuses the box
/// (shown: on a phone its panel is opened before).
const SEARCH_ARM: &str = "
    const input = document.getElementById('report-search-input');
    const s = window.__search = { start: null, marks: null, painted: null, count: null };
    const hasHit = n => n.nodeType === 1 && (n.matches('mark.search-hit') || n.querySelector('mark.search-hit') !== null);
    const observer = new MutationObserver(records => {
        if (s.start === null || s.marks !== null) return;
        if (!records.some(r => [...r.addedNodes].some(hasHit))) return;
        s.marks = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
                s.painted = performance.now();
                s.count = document.querySelectorAll('mark.search-hit').length;
            };
            channel.port2.postMessage(0);
        });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('input', e => { if (s.start === null) s.start = e.timeStamp; }, { capture: true });
    input.focus();
    return document.activeElement === input;";

/// Types `query` into the search box as one keyboard input (`Input.insertText`, as a
/// Chinese input method commits a word) and times it.
pub(super) async fn search(browser: &Browser, query: &str) -> SearchTime {
    let c = &browser.client;
    // On a phone the search box is in a panel of the top bar: opened first, untimed.
    open_panel(c, "search").await;
    assert_eq!(
        js(c, SEARCH_ARM).await,
        Value::Bool(true),
        "the search box (#report-search-input) takes focus"
    );
    browser
        .cdp("Input.insertText", json!({ "text": query }))
        .await
        .unwrap_or_else(|e| panic!("typing the query failed: {e}"));
    let start = Instant::now();
    loop {
        let s = js(c, "return window.__search").await;
        if let (Some(input), Some(marks), Some(painted)) = (
            s["start"].as_f64(),
            s["marks"].as_f64(),
            s["painted"].as_f64(),
        ) {
            return SearchTime {
                to_marks: marks - input,
                to_painted: painted - input,
                marks: s["count"].as_u64().unwrap_or(0) as usize,
            };
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no search mark for `{query}` within 20 s: {s}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
