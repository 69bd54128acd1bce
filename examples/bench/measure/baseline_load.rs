//! One cold load of the baseline page on a phone profile.

use std::time::Duration;

use serde_json::Value;

use super::blocking::{after_paint, blocking, pairs};
use super::settle::{assert_network, assert_phone_screen};
use super::timeline::{instrument, PAGE_TIMES};
use crate::baseline;
use crate::profile::{self, Profile};
use crate::server::SiteServer;
use crate::support::js;

/// One cold load of the baseline page on a phone profile.
#[derive(Debug)]
pub struct BaselineLoad {
    pub fcp: f64,
    pub lcp: Option<f64>,
    /// Total blocking time after first contentful paint, until 1 s after the load
    /// event: what the plain page of the same text costs the main thread.
    pub tbt: f64,
}

/// Loads the baseline page, which `server` serves at [`baseline::PATH`].
pub async fn baseline_load(server: &SiteServer, profile: Profile) -> BaselineLoad {
    let browser = profile::open(profile, &instrument(0)).await;
    let c = browser.client.clone();
    c.goto(&server.url(baseline::PATH))
        .await
        .expect("navigate to the baseline");
    let mut times = js(&c, PAGE_TIMES).await;
    for _ in 0..100 {
        if times["fcp"].is_number() && times["lcp"].is_number() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        times = js(&c, PAGE_TIMES).await;
    }
    assert_phone_screen(&times);
    assert_network(profile, &times);
    // Long tasks until a second of page time after the load event.
    for _ in 0..200 {
        let settled = js(
            &c,
            "const nav = performance.getEntriesByType('navigation')[0];
             return Boolean(nav && nav.loadEventEnd > 0 && performance.now() > nav.loadEventEnd + 1000);",
        )
        .await;
        if settled == Value::Bool(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let times = js(&c, PAGE_TIMES).await;
    let fcp = times["fcp"]
        .as_f64()
        .expect("a first-contentful-paint entry for the baseline");
    let tbt = blocking(after_paint(fcp, &pairs(&times["longTasks"])));
    let load = BaselineLoad {
        fcp,
        lcp: times["lcp"].as_f64(),
        tbt,
    };
    profile::close(browser).await;
    load
}
