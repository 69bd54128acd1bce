//! The device profiles the bench measures with, applied through the Chrome DevTools
//! Protocol to a fresh headless Chromium before it navigates to the measured page.

use serde_json::{json, Value};

use crate::support::Browser;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// 390 × 844 CSS px at device pixel ratio 2, mobile viewport and touch, CPU 4×
    /// slower; the network as it is (the local server).
    Phone,
    /// [`Profile::Phone`] on Lighthouse's mobile network: 150 ms round trip, 1.6 Mbps
    /// down, 750 Kbps up, through the DevTools protocol's network emulation.
    PhoneMobileNetwork,
    /// A 1280 × 900 window at device pixel ratio 1, full CPU speed; its window can be
    /// resized to change the width.
    Desktop,
}

impl Profile {
    pub const PHONE_CPU_SLOWDOWN: u32 = 4;
    /// Lighthouse's mobile throttling (`mobileSlow4G`), in its units: Kbps of 1,024 bits.
    pub const NETWORK_LATENCY_MS: f64 = 150.0;
    pub const NETWORK_DOWN_KBPS: f64 = 1.6 * 1024.0;
    pub const NETWORK_UP_KBPS: f64 = 750.0;

    /// The phone profiles, in the order the bench reports them.
    pub const PHONES: [Profile; 2] = [Profile::Phone, Profile::PhoneMobileNetwork];

    /// A short name for tables.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Phone => "phone",
            Profile::PhoneMobileNetwork => "phone + mobile network",
            Profile::Desktop => "desktop",
        }
    }

    /// What the profile emulates, for a table's heading.
    pub fn description(self) -> String {
        let phone = format!(
            "390 × 844 CSS px, DPR 2, mobile, CPU {}× slower, cache disabled",
            Self::PHONE_CPU_SLOWDOWN
        );
        match self {
            Profile::Phone => format!("{phone}, local network"),
            Profile::PhoneMobileNetwork => format!(
                "{phone}, Lighthouse's mobile network ({} ms round trip, {} Mbps down, {} Kbps up)",
                Self::NETWORK_LATENCY_MS,
                Self::NETWORK_DOWN_KBPS / 1024.0,
                Self::NETWORK_UP_KBPS
            ),
            Profile::Desktop => "1280 × 900 window, DPR 1, full CPU speed".into(),
        }
    }

    pub fn emulates_network(self) -> bool {
        self == Profile::PhoneMobileNetwork
    }

    fn window(self) -> (u32, u32) {
        match self {
            Profile::Phone | Profile::PhoneMobileNetwork => (390, 844),
            Profile::Desktop => (1280, 900),
        }
    }

    /// DevTools commands, in order, that set the profile up, with `instrument` run in
    /// every page before its own scripts. Every profile disables the cache.
    fn setup(self, instrument: &str) -> Vec<(&'static str, Value)> {
        let mut commands = vec![
            ("Network.enable", json!({})),
            ("Network.setCacheDisabled", json!({ "cacheDisabled": true })),
            (
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": instrument }),
            ),
        ];
        if self != Profile::Desktop {
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
        if self.emulates_network() {
            // Bytes per second, as the protocol takes them (Lighthouse converts alike).
            commands.push((
                "Network.emulateNetworkConditions",
                json!({
                    "offline": false,
                    "latency": Self::NETWORK_LATENCY_MS,
                    "downloadThroughput": Self::NETWORK_DOWN_KBPS * 1024.0 / 8.0,
                    "uploadThroughput": Self::NETWORK_UP_KBPS * 1024.0 / 8.0,
                }),
            ));
        }
        commands
    }
}

/// A fresh Chromium (new profile directory, empty cache) on `about:blank`, set up as
/// `profile`, running `instrument` in every page it opens. Close it with [`close`].
pub async fn open(profile: Profile, instrument: &str) -> Browser {
    let (width, height) = profile.window();
    let browser = Browser::open(width, height).await;
    browser
        .client
        .goto("about:blank")
        .await
        .expect("navigate to about:blank");
    for (command, params) in profile.setup(instrument) {
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
