//! Test harness for the browser tests: a static file server for the built `dist/` that
//! can be told to fail on purpose, and a browser — headless Chromium, headless Firefox
//! or WebKitGTK in a virtual display — driven through its WebDriver server. Each test
//! gets its own server, driver and browser.

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built app: `dist/`, or the folder `LAW_REPORT_DIST` names (the benchmark
/// builds its own). The test command builds it before running these tests.
pub fn dist() -> PathBuf {
    let dist = std::env::var_os("LAW_REPORT_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the app first (scripts/test does: trunk build --release)",
        dist.display()
    );
    dist
}

/// The app's wasm module in dist/ (`law-report-<hash>_bg.wasm`), as a server path.
pub fn app_wasm() -> String {
    let names: Vec<String> = std::fs::read_dir(dist())
        .expect("dist/ is built")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("law-report-") && n.ends_with("_bg.wasm"))
        .collect();
    assert_eq!(names.len(), 1, "one app module in dist/: {names:?}");
    format!("/{}", names[0])
}

/// How [`StaticServer::hold_app`] holds the app's wasm back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Served after this delay: the page waits, its controls visibly waiting.
    Late(Duration),
    /// The connection is dropped: the page says so once and stays as written.
    Dropped,
}

/// The report JSON as shipped in `dist/`.
pub fn shipped_report() -> Value {
    let path = dist().join("data/huiyang-2023.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("shipped report is JSON")
}

/// How many paragraphs `report` (report JSON) has, in every section and subsection.
pub fn paragraph_count(report: &Value) -> usize {
    fn walk(sections: &Value) -> usize {
        sections
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["paragraphs"].as_array().unwrap().len() + s.get("subsections").map_or(0, walk)
            })
            .sum()
    }
    walk(&report["sections"])
}

/// A canned reply the server gives instead of a file.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Wait this long before answering (a slow network).
    pub delay: Option<Duration>,
    /// Close the connection without answering (a network failure).
    pub drop_connection: bool,
}

impl Reply {
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("status {status}").into_bytes(),
            delay: None,
            drop_connection: false,
        }
    }

    pub fn json(body: impl Into<String>) -> Self {
        Reply {
            status: 200,
            content_type: "application/json",
            body: body.into().into_bytes(),
            delay: None,
            drop_connection: false,
        }
    }

    pub fn html(body: impl Into<String>) -> Self {
        Reply::json(body).with_content_type("text/html; charset=utf-8")
    }

    pub fn with_content_type(mut self, content_type: &'static str) -> Self {
        self.content_type = content_type;
        self
    }

    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    pub fn dropped() -> Self {
        Reply {
            drop_connection: true,
            ..Reply::status(0)
        }
    }
}

/// How a [`StaticServer`] serves `dist/`.
#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Serve the app under this path (`/fzzf/2023/`); anything else is 404.
    pub prefix: Option<String>,
    /// Headers added to every response (e.g. a Content-Security-Policy).
    pub headers: Vec<(String, String)>,
}

/// Serves `dist/` on 127.0.0.1; replies queued with [`StaticServer::reply_once`] are
/// used first, one request each. POST bodies (CSP reports) are kept.
pub struct StaticServer {
    pub addr: SocketAddr,
    replies: Arc<Mutex<HashMap<String, VecDeque<Reply>>>>,
    /// Replies given for a path every time, in place of its file.
    instead: Arc<Mutex<HashMap<String, Reply>>>,
    requests: Arc<Mutex<Vec<String>>>,
    posts: Arc<Mutex<Vec<(String, String)>>>,
}

impl StaticServer {
    pub async fn start() -> Self {
        Self::start_with(ServerOptions::default()).await
    }

    pub async fn start_with(options: ServerOptions) -> Self {
        let dir = dist();
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a port on 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let replies: Arc<Mutex<HashMap<String, VecDeque<Reply>>>> = Arc::default();
        let instead: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let posts: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let (r, q, po, i) = (
            replies.clone(),
            requests.clone(),
            posts.clone(),
            instead.clone(),
        );
        let options = Arc::new(options);
        tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    continue;
                };
                let (dir, replies, requests, posts, options, instead) = (
                    dir.clone(),
                    r.clone(),
                    q.clone(),
                    po.clone(),
                    options.clone(),
                    i.clone(),
                );
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                    let method = head.split_whitespace().next().unwrap_or("GET").to_string();
                    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
                    requests.lock().unwrap().push(path.clone());
                    if method == "POST" {
                        let length: usize = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        let mut body = buf[head_end..].to_vec();
                        while body.len() < length {
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => break,
                                Ok(n) => body.extend_from_slice(&chunk[..n]),
                            }
                        }
                        let body = String::from_utf8_lossy(&body).to_string();
                        posts.lock().unwrap().push((path.clone(), body));
                    }
                    let canned = replies
                        .lock()
                        .unwrap()
                        .get_mut(&path)
                        .and_then(VecDeque::pop_front)
                        .or_else(|| instead.lock().unwrap().get(&path).cloned());
                    let reply = canned.unwrap_or_else(|| match &options.prefix {
                        None => serve_file(&dir, &path),
                        Some(prefix) => match path.strip_prefix(prefix.trim_end_matches('/')) {
                            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                                serve_file(&dir, rest)
                            }
                            _ => Reply::status(404),
                        },
                    });
                    if let Some(delay) = reply.delay {
                        tokio::time::sleep(delay).await;
                    }
                    if reply.drop_connection {
                        return;
                    }
                    let extra: String = options
                        .headers
                        .iter()
                        .map(|(k, v)| format!("{k}: {v}\r\n"))
                        .collect();
                    let header = format!(
                        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra}Connection: close\r\n\r\n",
                        reply.status,
                        reply.content_type,
                        reply.body.len()
                    );
                    let _ = stream.write_all(header.as_bytes()).await;
                    let _ = stream.write_all(&reply.body).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        StaticServer {
            addr,
            replies,
            instead,
            requests,
            posts,
        }
    }

    /// The origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Bodies POSTed to `path`.
    pub fn posts_to(&self, path: &str) -> Vec<String> {
        self.posts
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
            .collect()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Every request for `path` gets `reply` instead of the file (after any replies
    /// queued with [`StaticServer::reply_once`]).
    pub fn serve_instead(&self, path: &str, reply: Reply) {
        self.instead.lock().unwrap().insert(path.to_string(), reply);
    }

    /// The next request for `path` gets `reply` instead of the file.
    pub fn reply_once(&self, path: &str, reply: Reply) {
        self.replies
            .lock()
            .unwrap()
            .entry(path.to_string())
            .or_default()
            .push_back(reply);
    }

    /// The next request for `path` gets its file from dist/ only after `delay`, as on
    /// a slow network.
    pub fn delay_file(&self, path: &str, delay: Duration) {
        self.reply_once(path, serve_file(&dist(), path).delayed(delay));
    }

    /// Holds the next request for the app's wasm back as `hold` says. Returns its path.
    pub fn hold_app(&self, hold: Hold) -> String {
        let path = app_wasm();
        match hold {
            Hold::Late(delay) => self.delay_file(&path, delay),
            Hold::Dropped => self.reply_once(&path, Reply::dropped()),
        }
        path
    }

    /// Forgets the replies still queued for `path`; later requests get the file.
    pub fn clear_replies(&self, path: &str) {
        self.replies.lock().unwrap().remove(path);
    }

    pub fn requests_for(&self, path: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|p| *p == path)
            .count()
    }
}

fn serve_file(dir: &Path, path: &str) -> Reply {
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    if relative.split('/').any(|part| part == "..") {
        return Reply::status(403);
    }
    match std::fs::read(dir.join(&relative)) {
        Ok(body) => Reply {
            content_type: content_type(&relative),
            body,
            ..Reply::status(200)
        },
        Err(_) => Reply::status(404),
    }
}

/// The content type a static server sends for `path`.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

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
    fn driver_command(self, port: u16) -> Command {
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
    fn capabilities(
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

/// Waits up to 15 s for a CSS selector to match.
pub async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("`{css}` did not appear within 15 s: {e}"))
}

/// Runs a script and returns its JSON result.
pub async fn js(client: &Client, script: &str) -> Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Waits until a script returns `true`, up to 15 s.
pub async fn wait_until(client: &Client, what: &str, script: &str) {
    for _ in 0..150 {
        if js(client, script).await == Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting until {what}");
}

/// The text of the first element matching `css`.
pub async fn text_of(client: &Client, css: &str) -> String {
    let el = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
    el.text().await.expect("element text")
}

/// Clicks the first element matching `css`.
pub async fn click(client: &Client, css: &str) {
    let el = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
    el.click()
        .await
        .unwrap_or_else(|e| panic!("cannot click `{css}`: {e}"));
}

/// Whether the app has drawn the chart `#chart-{id}` at its container's width (at
/// least the layout's narrowest, 240 px): a chart far from the screen keeps the drawing
/// it has, the build's (`data-drawn="build"`) or the app's, until it nears it.
pub fn chart_drawn_at_width(id: &str) -> String {
    format!(
        "const canvas = document.querySelector('#chart-{id} .chart-canvas'); \
         const svg = canvas && canvas.querySelector('svg'); \
         if (!svg || svg.parentElement.dataset.drawn === 'build') return false; \
         const style = getComputedStyle(canvas); \
         const content = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight); \
         return Math.abs(Number(svg.getAttribute('width')) - Math.max(240, Math.floor(content))) <= 1"
    )
}

/// Scrolls the chart `#chart-{id}` to the middle of the screen and waits until it is
/// drawn at its width.
pub async fn scroll_to_chart(client: &Client, id: &str) {
    js(
        client,
        &format!(
            "document.getElementById('chart-{id}').scrollIntoView({{block: 'center'}}); return 0"
        ),
    )
    .await;
    wait_until(
        client,
        &format!("chart {id} drawn at its width"),
        &chart_drawn_at_width(id),
    )
    .await;
}

/// Opens the share panel of `scope` (a chart card's or section's selector; `""` for the
/// page's first) and waits until the live app has filled in its fields.
pub async fn open_share_panel(client: &Client, scope: &str) {
    let panel = format!("{scope} .share-panel").trim().to_string();
    click(client, &format!("{panel} summary")).await;
    wait_for(client, &format!("{panel} textarea")).await;
}

/// Opens the top bar's panel `panel` (`contents`, `search` or `settings`) if its
/// button is shown and the panel closed; a wide screen shows the contents and the
/// search in its side column, without buttons. Waits until the panel is shown.
pub async fn open_panel(client: &Client, panel: &str) {
    let script = format!(
        "const b = document.getElementById('toolbar-{panel}');
         if (!b) throw new Error('no button for the {panel} panel');
         if (b.getClientRects().length && b.getAttribute('aria-expanded') !== 'true') b.click();
         return 0"
    );
    js(client, &script).await;
    let shown = format!(
        "const p = document.getElementById(document.getElementById('toolbar-{panel}').getAttribute('aria-controls'));
         return p.getClientRects().length > 0"
    );
    wait_until(client, &format!("the {panel} panel is shown"), &shown).await;
}

/// Types `query` into the search box and waits until matches are marked.
pub async fn search_for(client: &Client, query: &str) {
    open_panel(client, "search").await;
    let input = client
        .find(Locator::Css("#report-search-input"))
        .await
        .expect("the search box");
    input.send_keys(query).await.expect("type the query");
    wait_until(
        client,
        "matches are marked",
        "return document.querySelectorAll('mark.search-hit').length > 0",
    )
    .await;
}

/// Scrolls through the whole page a screen at a time from the top, waiting at each
/// step until every paragraph in view that holds `query` has its marks (a paragraph's
/// matches are marked while it is near the view), and returns how many marks the
/// paragraphs held when in view, all told.
pub async fn scroll_through_marks(client: &Client, query: &str) -> usize {
    js(
        client,
        "window.scrollTo({ top: 0, behavior: 'instant' }); return 0",
    )
    .await;
    wait_until(client, "the page is at its top", "return scrollY === 0").await;
    let marked_in_view = format!(
        "return [...document.querySelectorAll('p.paragraph')].every(p => {{ \
             const r = p.getBoundingClientRect(); \
             const inView = r.height > 0 && r.bottom > 0 && r.top < innerHeight; \
             return !inView || !p.textContent.includes({query:?}) || p.querySelector('mark.search-hit') !== null; \
         }})"
    );
    let mut marks = std::collections::HashMap::<String, u64>::new();
    loop {
        wait_until(client, "the matches in view are marked", &marked_in_view).await;
        let in_view = js(
            client,
            "return [...document.querySelectorAll('p.paragraph')].filter(p => { \
                 const r = p.getBoundingClientRect(); \
                 return r.height > 0 && r.bottom > 0 && r.top < innerHeight; \
             }).map(p => [p.id, p.querySelectorAll('mark.search-hit').length])",
        )
        .await;
        for pair in in_view.as_array().expect("paragraphs in view") {
            let (id, count) = (
                pair[0].as_str().unwrap_or_default(),
                pair[1].as_u64().unwrap_or(0),
            );
            let seen = marks.entry(id.to_string()).or_default();
            *seen = (*seen).max(count);
        }
        // Where the next screen begins, or -1 at the end of the page. Some engines land
        // a scroll later than the call returns: the test waits for it to land.
        let next = js(
            client,
            "const end = Math.floor(document.documentElement.scrollHeight - innerHeight); \
             if (scrollY >= end - 1) return -1; \
             const next = Math.min(Math.floor(scrollY + innerHeight), end); \
             window.scrollTo({ top: next, behavior: 'instant' }); \
             return next",
        )
        .await
        .as_f64()
        .expect("a scroll position");
        if next < 0.0 {
            break;
        }
        wait_until(
            client,
            "the scroll lands",
            &format!("return Math.abs(scrollY - {next}) <= 1"),
        )
        .await;
    }
    marks.values().sum::<u64>() as usize
}

impl StaticServer {
    /// A server whose catalog lists two reports: a fictional 2024 one that exists only
    /// in tests/fixtures (so the newest, the default), and the bundled one.
    pub async fn start_with_two_reports() -> StaticServer {
        let fixture = |name: &str| {
            let path = root().join("tests/fixtures").join(name);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let server = StaticServer::start().await;
        server.serve_instead(
            "/data/reports.json",
            Reply::json(fixture("two-reports.json")),
        );
        server.serve_instead(
            "/data/shiliqu-2024.json",
            Reply::json(fixture("fictional-2024.json")),
        );
        server
    }
}

/// Loads the page and waits until the app is live on it (`<html data-ready>`: the
/// page the build wrote has been attached to, or the page asked for has been built)
/// and the report is shown.
pub async fn open_report(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    wait_until_ready(client).await;
    wait_for(client, "#report-title").await;
    wait_for(client, ".report-footer").await;
}

/// Loads `url` from a server holding the app back (`StaticServer::hold_app`) and checks
/// that the page the build wrote is there without the app being live yet.
pub async fn goto_before_the_app(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    assert_eq!(
        js(
            client,
            "return document.documentElement.hasAttribute('data-ready')"
        )
        .await,
        json!(false),
        "the app is not live yet"
    );
}

/// Waits until the app is live on the page (`<html data-ready>`).
pub async fn wait_until_ready(client: &Client) {
    wait_until(
        client,
        "the app to be live (html[data-ready])",
        "return document.documentElement.hasAttribute('data-ready')",
    )
    .await;
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

/// Every QR code a decoder finds in a greyscale picture (`width` × `height`, one byte
/// per pixel), read as text.
pub fn read_qr_codes(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().expect("a QR code that decodes").1)
        .collect()
}

/// The text of a QR code drawn as the app draws it (an SVG path of unit squares on a
/// `size` × `size` grid), read back from its picture at 6 pixels per module.
pub fn read_qr_drawing(size: usize, path: &str) -> String {
    let drawing = law_report::qr::QrDrawing {
        size,
        path: path.to_string(),
    };
    let dark = law_report::qr::modules(&drawing);
    const SCALE: usize = 6;
    let side = size * SCALE;
    let grey: Vec<u8> = (0..side * side)
        .map(|i| {
            let (x, y) = (i % side / SCALE, i / side / SCALE);
            if dark[y * size + x] {
                0
            } else {
                255
            }
        })
        .collect();
    let codes = read_qr_codes(side, side, &grey);
    assert_eq!(codes.len(), 1, "one QR code in the drawing");
    codes.into_iter().next().unwrap()
}

/// Reads a binary greyscale PGM (`P5`, as `pdftoppm -gray` writes): width, height, pixels.
pub fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
    }
    assert_eq!(fields[0], "P5", "not a binary greyscale PGM");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    assert_eq!(fields[3], "255", "not 8-bit");
    let pixels = bytes[at + 1..at + 1 + width * height].to_vec();
    (width, height, pixels)
}

/// A stand-in for the browser's `speechSynthesis`, for read-aloud tests and
/// screenshots: it records every utterance (text, language, voice, rate) in
/// `window.__spoken` and every pause, resume and cancel in `window.__events`, and
/// ends the utterance being spoken only when `window.__finish()` is called.
/// `VOICES` (a JavaScript array of voices) is put in its place.
const STAND_IN: &str = r#"
(() => {
  const voices = VOICES;
  window.__spoken = [];
  window.__events = [];
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
  }
  const synth = {
    current: null,
    onvoiceschanged: null,
    get speaking() { return this.current !== null; },
    getVoices() { return voices; },
    speak(u) {
      this.current = u;
      window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name });
    },
    // With `window.__dropOnPause`, as Chrome on Android: pausing drops the sentence.
    pause() {
      window.__events.push('pause');
      if (window.__dropOnPause) this.current = null;
    },
    resume() { window.__events.push('resume'); },
    cancel() {
      const u = this.current;
      this.current = null;
      window.__events.push('cancel');
      // As browsers do: the cancelled utterance reports an interruption.
      if (u && u.onerror) u.onerror({ error: 'interrupted' });
    },
  };
  // Ends the utterance being spoken, as the voice would when done.
  window.__finish = () => {
    const u = synth.current;
    synth.current = null;
    if (u && u.onend) u.onend({});
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
})();
"#;

pub const CHINESE_AND_ENGLISH: &str =
    "[{name: 'Stand-in English', lang: 'en-US'}, {name: 'Stand-in Chinese', lang: 'zh-CN'}]";

pub fn speech_stand_in(voices: &str) -> String {
    STAND_IN.replace("VOICES", voices)
}
