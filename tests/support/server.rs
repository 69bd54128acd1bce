//! A static file server for the built `dist/` on 127.0.0.1, which can be told to answer
//! a request otherwise (fail, wait, drop the connection) and remembers what it was asked.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::files::{app_wasm, dist, root};
use super::reply::{serve_file, Reply};

/// How a [`StaticServer`] serves `dist/`.
#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Serve the app under this path (`/fzzf/2023/`); anything else is 404.
    pub prefix: Option<String>,
    /// Headers added to every response (e.g. a Content-Security-Policy).
    pub headers: Vec<(String, String)>,
}

/// How [`StaticServer::hold_app`] holds the app's wasm back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Served after this delay: the page waits, its controls visibly waiting.
    Late(Duration),
    /// The connection is dropped, for the preload and the app's fetch alike: the page
    /// says so once and stays as written.
    Dropped,
}

/// Serves `dist/` on 127.0.0.1; replies queued with [`StaticServer::reply_once`] are
/// used first, one request each. POST bodies (CSP reports) are kept.
pub struct StaticServer {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

/// What the server's connections share with the test: the replies to give, and the
/// requests they were given.
#[derive(Default)]
struct Shared {
    replies: Mutex<HashMap<String, VecDeque<Reply>>>,
    /// Replies given for a path every time, in place of its file.
    instead: Mutex<HashMap<String, Reply>>,
    requests: Mutex<Vec<String>>,
    posts: Mutex<Vec<(String, String)>>,
}

impl Shared {
    /// The reply queued or set for `path`, if any (a queued one is used up).
    fn canned(&self, path: &str) -> Option<Reply> {
        self.replies
            .lock()
            .unwrap()
            .get_mut(path)
            .and_then(VecDeque::pop_front)
            .or_else(|| self.instead.lock().unwrap().get(path).cloned())
    }
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
        let shared: Arc<Shared> = Arc::default();
        let connections = Connections {
            dir,
            options: Arc::new(options),
            shared: shared.clone(),
        };
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                tokio::spawn(connections.clone().answer(stream));
            }
        });
        StaticServer { addr, shared }
    }

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

    /// The origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Bodies POSTed to `path`.
    pub fn posts_to(&self, path: &str) -> Vec<String> {
        self.shared
            .posts
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
        self.shared
            .instead
            .lock()
            .unwrap()
            .insert(path.to_string(), reply);
    }

    /// The next request for `path` gets `reply` instead of the file.
    pub fn reply_once(&self, path: &str, reply: Reply) {
        self.shared
            .replies
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

    /// Holds the app's wasm back as `hold` says. Returns its path.
    pub fn hold_app(&self, hold: Hold) -> String {
        let path = app_wasm();
        match hold {
            Hold::Late(delay) => self.delay_file(&path, delay),
            // Twice: boot.js preloads the wasm, and the app's own fetch of it asks
            // again when that preload has already failed.
            Hold::Dropped => {
                self.reply_once(&path, Reply::dropped());
                self.reply_once(&path, Reply::dropped());
            }
        }
        path
    }

    /// Forgets the replies still queued for `path`; later requests get the file.
    pub fn clear_replies(&self, path: &str) {
        self.shared.replies.lock().unwrap().remove(path);
    }

    pub fn requests_for(&self, path: &str) -> usize {
        self.shared
            .requests
            .lock()
            .unwrap()
            .iter()
            .filter(|p| *p == path)
            .count()
    }

    /// Every path requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.shared.requests.lock().unwrap().clone()
    }
}

/// What each connection needs: the folder served, how, and the shared state.
#[derive(Clone)]
struct Connections {
    dir: PathBuf,
    options: Arc<ServerOptions>,
    shared: Arc<Shared>,
}

impl Connections {
    /// Reads one request from `stream` and answers it.
    async fn answer(self, mut stream: TcpStream) {
        let Some((head, rest)) = read_head(&mut stream).await else {
            return;
        };
        let method = head.split_whitespace().next().unwrap_or("GET").to_string();
        let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
        let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
        self.shared.requests.lock().unwrap().push(path.clone());
        if method == "POST" {
            let body = read_body(&mut stream, &head, rest).await;
            self.shared.posts.lock().unwrap().push((path.clone(), body));
        }
        let reply = self
            .shared
            .canned(&path)
            .unwrap_or_else(|| self.file_reply(&path));
        if let Some(delay) = reply.delay {
            tokio::time::sleep(delay).await;
        }
        if reply.drop_connection {
            return;
        }
        let extra: String = self
            .options
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
    }

    /// The file for `path` from `dir/`, under the prefix if the server has one.
    fn file_reply(&self, path: &str) -> Reply {
        match &self.options.prefix {
            None => serve_file(&self.dir, path),
            Some(prefix) => match path.strip_prefix(prefix.trim_end_matches('/')) {
                Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                    serve_file(&self.dir, rest)
                }
                _ => Reply::status(404),
            },
        }
    }
}

/// Reads a request's head: its text, and the bytes read after it (the body's start).
/// `None` if the connection ends first.
async fn read_head(stream: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    Some((head, buf[head_end..].to_vec()))
}

/// Reads the rest of a request's body (its `Content-Length`), begun with `body`.
async fn read_body(stream: &mut TcpStream, head: &str, mut body: Vec<u8>) -> String {
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0);
    let mut chunk = [0u8; 4096];
    while body.len() < length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    String::from_utf8_lossy(&body).to_string()
}
