//! A static file server for the built `dist/` on 127.0.0.1, which can be told to answer
//! a request otherwise (fail, wait, drop the connection) and remembers what it was asked.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::files::{app_wasm, dist, root};
use super::reply::{serve_file, Reply};

/// How [`StaticServer::hold_app`] holds the app's wasm back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Served after this delay: the page waits, its controls visibly waiting.
    Late(Duration),
    /// The connection is dropped: the page says so once and stays as written.
    Dropped,
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
