//! The browser engines the tests run in, and how each is started: its WebDriver
//! server, and the capabilities that open its browser headless with a fresh profile.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

fn executable(env: &str, default: &str) -> String {
    let path = std::env::var(env).unwrap_or_else(|_| default.to_string());
    assert!(
        Path::new(&path).is_file(),
        "{path} not found (set {env} or run scripts/test, which installs it)"
    );
    path
}

/// The browser engines the tests run in: Chromium (Chrome, most Android in-app
/// browsers), Firefox, and WebKit (Safari, every browser on an iPhone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// The WebDriver server for this engine, listening on `port`. WebKitGTK's driver
    /// runs its browser in a window, so it runs under a virtual display (xvfb-run).
    pub(super) fn driver_command(self, port: u16) -> Command {
        match self {
            Engine::Chromium => {
                let mut c = Command::new(executable("CHROMEDRIVER", "/usr/bin/chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let default = format!(
                    "{}/.cargo/bin/geckodriver",
                    std::env::var("HOME").unwrap_or_default()
                );
                let mut c = Command::new(executable("GECKODRIVER", &default));
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
                c
            }
            Engine::WebKit => {
                let driver = executable("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver");
                let mut c = Command::new(executable("XVFB_RUN", "/usr/bin/xvfb-run"));
                c.args(["-a", &driver, &format!("--port={port}")]);
                c
            }
        }
    }

    /// The capabilities that start this engine's browser headless (or, for WebKit, in
    /// the virtual display) with a fresh profile in `profile`.
    pub(super) fn capabilities(
        self,
        width: u32,
        height: u32,
        profile: &Path,
    ) -> serde_json::Map<String, Value> {
        let mut caps = serde_json::Map::new();
        match self {
            Engine::Chromium => {
                let args = vec![
                    "--headless".to_string(),
                    "--no-sandbox".into(),
                    "--disable-gpu".into(),
                    "--disable-quic".into(),
                    "--no-first-run".into(),
                    "--disable-background-networking".into(),
                    "--disable-component-update".into(),
                    "--disable-sync".into(),
                    "--disable-dev-shm-usage".into(),
                    "--hide-scrollbars".into(),
                    // Instant scrolling, so that WebDriver clicks land where it scrolled to.
                    "--force-prefers-reduced-motion".into(),
                    format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={width},{height}"),
                ];
                let binary = executable("CHROMIUM", "/usr/bin/chromium");
                caps.insert(
                    "goog:chromeOptions".into(),
                    json!({ "binary": binary, "args": args }),
                );
            }
            Engine::Firefox => {
                let binary = executable("FIREFOX", "/usr/bin/firefox-esr");
                caps.insert(
                    "moz:firefoxOptions".into(),
                    json!({
                        "binary": binary,
                        "args": ["-headless", "-profile", profile.display().to_string()],
                        "prefs": {
                            "ui.prefersReducedMotion": 1,
                            "browser.shell.checkDefaultBrowser": false,
                            "app.update.enabled": false,
                            "datareporting.policy.dataSubmissionEnabled": false,
                            "toolkit.telemetry.reportingpolicy.firstRun": false,
                            "network.captive-portal-service.enabled": false,
                        },
                    }),
                );
                std::fs::create_dir_all(profile).expect("a Firefox profile folder");
            }
            Engine::WebKit => {
                let binary = std::env::var("WEBKIT_BROWSER").unwrap_or_else(|_| minibrowser());
                caps.insert(
                    "webkitgtk:browserOptions".into(),
                    json!({ "binary": executable("WEBKIT_BROWSER", &binary), "args": ["--automation"] }),
                );
            }
        }
        caps
    }
}

/// WebKitGTK's MiniBrowser, which Debian installs under the multiarch library folder.
fn minibrowser() -> String {
    std::fs::read_dir("/usr/lib")
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path().join("webkit2gtk-4.1/MiniBrowser"))
        .find(|p| p.is_file())
        .map_or_else(
            || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into(),
            |p| p.display().to_string(),
        )
}
