//! Test harness for the browser tests: a static file server for the built `dist/` that
//! can be told to fail on purpose, and a headless Chromium session driven through
//! ChromeDriver. Each test gets its own server, driver and browser.

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

/// The built app. The test command builds it before running these tests.
pub fn dist() -> PathBuf {
    let dist = root().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the app first (scripts/test does: trunk build --release)",
        dist.display()
    );
    dist
}

/// The split wasm modules (scripts/split-wasm), each named by its content:
/// `split_<name>-<hash>.wasm` in dist/.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    /// The report's sections, sign-off and embed view.
    Text,
    /// The chart drawing code.
    Charts,
}

impl Module {
    fn prefix(self) -> &'static str {
        match self {
            Module::Text => "split_text-",
            Module::Charts => "split_charts-",
        }
    }

    /// The module's path on the server, `/split_<name>-<hash>.wasm`.
    pub fn path(self) -> String {
        let names: Vec<String> = std::fs::read_dir(dist())
            .expect("dist/ is built")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with(self.prefix()) && n.ends_with(".wasm"))
            .collect();
        assert_eq!(names.len(), 1, "one {self:?} module in dist/: {names:?}");
        format!("/{}", names[0])
    }
}

/// How [`StaticServer::hold_module`] holds a split module back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Served after this delay: the module's places say they are loading meanwhile.
    Late(Duration),
    /// The connection is dropped: the places say the module failed, with "Try again".
    Dropped,
}

/// The report JSON as shipped in `dist/`.
pub fn shipped_report() -> Value {
    let path = dist().join("data/huiyang-2023.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("shipped report is JSON")
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
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let posts: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let (r, q, po) = (replies.clone(), requests.clone(), posts.clone());
        let options = Arc::new(options);
        tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    continue;
                };
                let (dir, replies, requests, posts, options) = (
                    dir.clone(),
                    r.clone(),
                    q.clone(),
                    po.clone(),
                    options.clone(),
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
                        .and_then(VecDeque::pop_front);
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

    /// The next request for a split module (scripts/split-wasm) gets it only after
    /// `delay`. Returns the module's path.
    pub fn delay_module(&self, module: Module, delay: Duration) -> String {
        let path = module.path();
        self.delay_file(&path, delay);
        path
    }

    /// Holds the next request for a split module back as `hold` says. Returns the
    /// module's path.
    pub fn hold_module(&self, module: Module, hold: Hold) -> String {
        match hold {
            Hold::Late(delay) => self.delay_module(module, delay),
            Hold::Dropped => {
                let path = module.path();
                self.reply_once(&path, Reply::dropped());
                path
            }
        }
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

fn content_type(path: &str) -> &'static str {
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

/// A ChromeDriver process, killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

async fn start_driver() -> Driver {
    let chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    let port = free_port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver { child, port };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return driver;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("chromedriver did not listen on port {port} within 5 s");
}

/// A headless Chromium window of the given CSS size.
pub struct Browser {
    pub client: Client,
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
    pub async fn open(width: u32, height: u32) -> Browser {
        // Starting Chromium on a loaded two-core machine occasionally fails; a fresh
        // driver on a fresh port is tried twice more before the test fails.
        let mut last_error = String::new();
        for _ in 0..3 {
            match Browser::try_open(width, height).await {
                Ok(browser) => return browser,
                Err(e) => last_error = e,
            }
        }
        panic!("could not open a Chromium session through chromedriver: {last_error}");
    }

    async fn try_open(width: u32, height: u32) -> Result<Browser, String> {
        let chromium = executable("CHROMIUM", "/usr/bin/chromium");
        let driver = start_driver().await;
        let profile = std::env::temp_dir().join(format!(
            "law-report-chromium-{}-{}",
            std::process::id(),
            driver.port
        ));
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
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium, "args": args }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .map_err(|e| e.to_string())?;
        set_viewport(&client, width, height).await;
        Ok(Browser {
            client,
            _driver: driver,
            _profile: TempDir(profile),
        })
    }

    /// Runs `body`, then closes the browser whether or not the body panicked, and
    /// returns what the body returned.
    pub async fn run<F, Fut, T>(width: u32, height: u32, body: F) -> T
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = T>,
    {
        use futures::FutureExt;
        let browser = Browser::open(width, height).await;
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
    assert_eq!(iw.as_i64(), Some(i64::from(width)), "viewport width");
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

/// Loads the app and waits until the report is shown.
pub async fn open_report(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    wait_for(client, "#report-title").await;
    // The sections and footer follow the top of the page one frame later.
    wait_for(client, ".report-footer").await;
    // The charts follow once the chart module has arrived (or failed to).
    wait_until(
        client,
        "the chart module to arrive or fail",
        "return document.querySelectorAll('.chart-loading').length === 0",
    )
    .await;
}

impl Browser {
    /// Sends a Chrome DevTools Protocol command to the current page through
    /// ChromeDriver (`POST /session/{id}/goog/cdp/execute`) and returns its result, or
    /// ChromeDriver's error message. For what WebDriver cannot do: CPU throttling,
    /// device emulation, disabling the cache, reading the JS heap.
    pub async fn cdp(&self, command: &str, params: Value) -> Result<Value, String> {
        let session = self
            .client
            .session_id()
            .await
            .map_err(|e| e.to_string())?
            .ok_or("no WebDriver session")?;
        let body = json!({ "cmd": command, "params": params }).to_string();
        let port = self._driver.port;
        let request = format!(
            "POST /session/{session}/goog/cdp/execute HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .map_err(|e| format!("connect to chromedriver: {e}"))?;
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| format!("send to chromedriver: {e}"))?;
        // ChromeDriver may keep the connection open: read the head, then the body by
        // its length (or its chunks), rather than until the connection closes.
        let mut response = Vec::new();
        let mut chunk = [0u8; 8192];
        let reply_complete = |response: &[u8]| -> Option<(String, Vec<u8>)> {
            let head_end = response.windows(4).position(|w| w == b"\r\n\r\n")?;
            let head = String::from_utf8_lossy(&response[..head_end]).to_ascii_lowercase();
            let body = &response[head_end + 4..];
            if head.contains("transfer-encoding: chunked") {
                body.windows(5)
                    .any(|w| w == b"0\r\n\r\n")
                    .then(|| (head.clone(), dechunk(body)))
            } else {
                let length = head.lines().find_map(|l| {
                    l.strip_prefix("content-length:")
                        .and_then(|v| v.trim().parse::<usize>().ok())
                })?;
                (body.len() >= length).then(|| (head.clone(), body[..length].to_vec()))
            }
        };
        let (head, body) = loop {
            if let Some(reply) = reply_complete(&response) {
                break reply;
            }
            let read = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut chunk));
            match read.await {
                Ok(Ok(0)) => return Err(format!("{command}: chromedriver closed the connection")),
                Ok(Ok(n)) => response.extend_from_slice(&chunk[..n]),
                Ok(Err(e)) => return Err(format!("read from chromedriver: {e}")),
                Err(_) => return Err(format!("{command}: no reply from chromedriver in 30 s")),
            }
        };
        let body = String::from_utf8_lossy(&body);
        let reply: Value = serde_json::from_str(&body)
            .map_err(|e| format!("chromedriver replied with no JSON ({e}): {body}"))?;
        let value = reply.get("value").cloned().unwrap_or(Value::Null);
        if head.starts_with("http/1.1 200") {
            Ok(value)
        } else {
            Err(format!(
                "{command}: {}",
                value["message"].as_str().unwrap_or(&body)
            ))
        }
    }
}

/// The body of an HTTP/1.1 reply sent with `Transfer-Encoding: chunked`.
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&rest[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        let chunk = &rest[line_end + 2..];
        if size == 0 || chunk.len() < size {
            break;
        }
        out.extend_from_slice(&chunk[..size]);
        rest = chunk[size..]
            .strip_prefix(b"\r\n")
            .unwrap_or(&chunk[size..]);
    }
    out
}
