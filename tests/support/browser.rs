//! A browser window driven through its engine's WebDriver server: starting the driver,
//! opening the window at a CSS size, closing both, and Chromium's DevTools commands.

use std::future::Future;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

use super::engine::Engine;
use super::page::js;

/// A WebDriver server process (and whatever it started: its browser, a virtual
/// display), killed as a group when dropped. What it printed is kept for errors.
struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    /// What the driver printed, for a failure message.
    fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The process group (driver, xvfb-run's display, the browser) goes together.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// Starts `engine`'s driver and waits until it listens (it says so by accepting a
/// connection). Panics with what the driver printed if it exits or never listens.
async fn start_driver(engine: Engine) -> Driver {
    use std::os::unix::process::CommandExt;
    let port = free_port();
    let log = std::env::temp_dir().join(format!(
        "law-report-driver-{}-{port}.log",
        std::process::id()
    ));
    let out = std::fs::File::create(&log).expect("a driver log file");
    let child = engine
        .driver_command(port)
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("driver log"))
        .stderr(out)
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the {} driver: {e}", engine.name()));
    let mut driver = Driver { child, port, log };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return driver;
        }
        if let Ok(Some(status)) = driver.child.try_wait() {
            panic!(
                "the {} driver exited ({status}) before listening:\n{}",
                engine.name(),
                driver.output()
            );
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the {} driver did not listen on port {port} within 20 s:\n{}",
            engine.name(),
            driver.output()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A browser window of the given CSS size, driven through WebDriver.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    _driver: Driver,
    _profile: TempDir,
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Browser {
    /// A headless Chromium window, the engine the full suite runs in.
    pub async fn open(width: u32, height: u32) -> Browser {
        Browser::open_in(Engine::Chromium, width, height).await
    }

    /// A window of `engine`. Started once: if the browser does not start, the test
    /// fails with the driver's own error and what it printed.
    pub async fn open_in(engine: Engine, width: u32, height: u32) -> Browser {
        let driver = start_driver(engine).await;
        let profile = std::env::temp_dir().join(format!(
            "law-report-{}-{}-{}",
            engine.name().to_lowercase(),
            std::process::id(),
            driver.port
        ));
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(engine.capabilities(width, height, &profile))
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "could not start {} through its WebDriver: {e}\n{}",
                    engine.name(),
                    driver.output()
                )
            });
        set_viewport(&client, width, height).await;
        Browser {
            client,
            engine,
            _driver: driver,
            _profile: TempDir(profile),
        }
    }

    /// Runs `body` in Chromium, then closes the browser whether or not the body
    /// panicked, and returns what the body returned.
    pub async fn run<F, Fut, T>(width: u32, height: u32, body: F) -> T
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = T>,
    {
        Browser::run_in(Engine::Chromium, width, height, body).await
    }

    /// [`Browser::run`] in `engine`.
    pub async fn run_in<F, Fut, T>(engine: Engine, width: u32, height: u32, body: F) -> T
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = T>,
    {
        use futures::FutureExt;
        let browser = Browser::open_in(engine, width, height).await;
        let outcome = std::panic::AssertUnwindSafe(body(browser.client.clone()))
            .catch_unwind()
            .await;
        let _ = browser.client.clone().close().await;
        drop(browser);
        match outcome {
            Ok(value) => value,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

/// Sizes the window so that the page's viewport is `width` × `height` CSS pixels
/// (headless Chromium clamps `--window-size` to a minimum width).
pub async fn set_viewport(client: &Client, width: u32, height: u32) {
    client
        .set_window_size(width, height)
        .await
        .expect("resize window");
    let inner = js(client, "return [window.innerWidth, window.innerHeight]").await;
    let iw = inner[0].as_i64().unwrap_or(i64::from(width));
    let ih = inner[1].as_i64().unwrap_or(i64::from(height));
    let outer_w = (2 * i64::from(width) - iw).max(1) as u32;
    let outer_h = (2 * i64::from(height) - ih).max(1) as u32;
    if (iw, ih) != (i64::from(width), i64::from(height)) {
        client
            .set_window_size(outer_w, outer_h)
            .await
            .expect("resize window");
    }
    let iw = js(client, "return window.innerWidth").await;
    assert_eq!(
        iw.as_i64(),
        Some(i64::from(width)),
        "viewport width (Firefox's and WebKitGTK's windows have a minimum width of about \
         500 and 450 px: test narrower layouts in an iframe of that width)"
    );
}

/// A Chrome DevTools Protocol command, sent through ChromeDriver's vendor endpoint
/// `POST /session/{id}/goog/cdp/execute` with fantoccini's custom-command support.
#[derive(Debug)]
struct CdpCommand {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params }).to_string();
        (http::Method::POST, Some(body))
    }
}

impl Browser {
    /// Runs `source` in every page this browser opens from now on, before the page's
    /// own scripts (`Page.addScriptToEvaluateOnNewDocument`; Chromium only): a
    /// stand-in, an instrument, or something taken away. `what` names it for a failure.
    pub async fn before_page_scripts(&self, source: &str, what: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await
        .unwrap_or_else(|e| panic!("{what} could not be put into the page: {e}"));
    }

    /// Sends a Chrome DevTools Protocol command to the current page and returns its
    /// result, or ChromeDriver's error. For what WebDriver cannot do: CPU throttling,
    /// device emulation, disabling the cache, reading the JS heap. Chromium only.
    pub async fn cdp(&self, command: &str, params: Value) -> Result<Value, String> {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "the DevTools protocol is Chromium's"
        );
        self.client
            .issue_cmd(CdpCommand {
                cmd: command.to_string(),
                params,
            })
            .await
            .map_err(|e| format!("{command}: {e}"))
    }
}
