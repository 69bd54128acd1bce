//! The two device profiles the bench measures with, applied through the Chrome DevTools
//! Protocol to a fresh headless Chromium before it navigates to the measured page.

use serde_json::{json, Value};

use crate::support::Browser;

/// Installed in every page before its own scripts run: keeps the latest
/// largest-contentful-paint candidate, and marks `bench:report-shown` in the first
/// animation frame in which the report's title (`#report-title`) is in the document —
/// the first screen of the report, app or baseline — and `bench:text-shown` in the
/// first frame with a section heading in the report body (the app's sections, built
/// once their code has arrived). Two lookups per frame until then.
const INSTRUMENT: &str = "
    window.__bench = { lcp: null };
    try {
        new PerformanceObserver(list => {
            for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (_) {}
    const look = () => {
        const b = window.__bench;
        if (!b.shown && document.getElementById('report-title')) {
            performance.mark('bench:report-shown');
            b.shown = true;
        }
        if (!b.text && document.querySelector('#main .section-heading')) {
            performance.mark('bench:text-shown');
            b.text = true;
        }
        if (!(b.shown && b.text)) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// 390 × 844 CSS px at device pixel ratio 2, mobile viewport and touch, CPU 4× slower.
    Phone,
    /// A 1280 × 900 window at device pixel ratio 1, full CPU speed; its window can be
    /// resized to change the width.
    Desktop,
}

impl Profile {
    pub const PHONE_CPU_SLOWDOWN: u32 = 4;

    fn window(self) -> (u32, u32) {
        match self {
            Profile::Phone => (390, 844),
            Profile::Desktop => (1280, 900),
        }
    }

    /// DevTools commands, in order, that set the profile up. Both disable the cache.
    fn setup(self) -> Vec<(&'static str, Value)> {
        let mut commands = vec![
            ("Network.enable", json!({})),
            ("Network.setCacheDisabled", json!({ "cacheDisabled": true })),
            (
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": INSTRUMENT }),
            ),
        ];
        if self == Profile::Phone {
            commands.extend([
                (
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true }),
                ),
                (
                    "Emulation.setTouchEmulationEnabled",
                    json!({ "enabled": true, "maxTouchPoints": 5 }),
                ),
                (
                    "Emulation.setCPUThrottlingRate",
                    json!({ "rate": Self::PHONE_CPU_SLOWDOWN }),
                ),
            ]);
        }
        commands
    }
}

/// A fresh Chromium (new profile directory, empty cache) on `about:blank`, set up as
/// `profile`. Close it with [`close`].
pub async fn open(profile: Profile) -> Browser {
    let (width, height) = profile.window();
    let browser = Browser::open(width, height).await;
    browser
        .client
        .goto("about:blank")
        .await
        .expect("navigate to about:blank");
    for (command, params) in profile.setup() {
        browser
            .cdp(command, params)
            .await
            .unwrap_or_else(|e| panic!("DevTools command failed: {e}"));
    }
    browser
}

pub async fn close(browser: Browser) {
    let _ = browser.client.clone().close().await;
}
