//! The benchmark's web server: serves a built site as deploy/nginx.conf does, each file
//! brotli-compressed (`brotli -q 11`, as scripts/precompress writes the `.br` copies)
//! for a browser that accepts `br` — so an emulated network carries the bytes a reader's
//! phone would receive — and pages held in memory (the baseline) the same way.

use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use crate::support::content_type;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A file as served: its bytes, brotli-compressed and not.
struct Body {
    content_type: &'static str,
    raw: Vec<u8>,
    brotli: Vec<u8>,
}

impl Body {
    fn new(path: &str, raw: Vec<u8>) -> Body {
        Body {
            content_type: content_type(path),
            brotli: brotli(&raw),
            raw,
        }
    }
}

type Files = Arc<Mutex<HashMap<String, Arc<Body>>>>;

/// Serves one site folder on 127.0.0.1 until the program ends.
pub struct SiteServer {
    addr: SocketAddr,
    files: Files,
}

impl SiteServer {
    /// Serves `folder`. Every file outside `embed/` (the pages other sites embed, not
    /// part of a load) is compressed before this returns, so that no measured request
    /// waits for compression; the others are compressed when first asked for.
    pub async fn start(folder: &Path) -> SiteServer {
        let files: Files = Arc::default();
        for (path, file) in site_files(folder, folder) {
            let raw = std::fs::read(&file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            files
                .lock()
                .unwrap()
                .insert(path.clone(), Arc::new(Body::new(&path, raw)));
        }
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a port on 127.0.0.1");
        let addr = listener.local_addr().expect("the server's address");
        let (shared, folder) = (files.clone(), folder.to_path_buf());
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                tokio::spawn(answer(stream, shared.clone(), folder.clone()));
            }
        });
        SiteServer { addr, files }
    }

    /// Serves `html` at `path` (`/baseline.html`), compressed like the files.
    pub fn add_page(&self, path: &str, html: String) {
        let path = path.trim_start_matches('/').to_string();
        let body = Arc::new(Body::new(&path, html.into_bytes()));
        self.files.lock().unwrap().insert(path, body);
    }

    /// The origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }
}

/// The files under `dir` outside `embed/`, by their path in the site.
fn site_files(root: &Path, dir: &Path) -> Vec<(String, PathBuf)> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut files = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "embed") {
                files.extend(site_files(root, &path));
            }
        } else {
            files.push((site_path(root, &path), path));
        }
    }
    files
}

fn site_path(root: &Path, file: &Path) -> String {
    file.strip_prefix(root)
        .expect("a file in the site")
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Answers one request on `stream` (one per connection, like the tests' server).
async fn answer(mut stream: TcpStream, files: Files, folder: PathBuf) {
    let mut head = Vec::new();
    let mut chunk = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let target = head.split_whitespace().nth(1).unwrap_or("/");
    let mut path = target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .trim_start_matches('/')
        .to_string();
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    let accepts_brotli = head.lines().any(|line| {
        line.to_ascii_lowercase()
            .strip_prefix("accept-encoding:")
            .is_some_and(|v| v.split(',').any(|e| e.trim() == "br"))
    });
    let cached = files.lock().unwrap().get(&path).cloned();
    let body = match cached {
        Some(body) => Some(body),
        None if !path.split('/').any(|part| part == "..") => {
            let file = folder.join(&path);
            match tokio::task::spawn_blocking(move || std::fs::read(file)).await {
                Ok(Ok(raw)) => {
                    let body = Arc::new(Body::new(&path, raw));
                    files.lock().unwrap().insert(path.clone(), body.clone());
                    Some(body)
                }
                _ => None,
            }
        }
        None => None,
    };
    let (status, content_type, encoding, bytes): (&str, &str, &str, &[u8]) = match &body {
        Some(b) if accepts_brotli => ("200 OK", b.content_type, "br", &b.brotli),
        Some(b) => ("200 OK", b.content_type, "identity", &b.raw),
        None => ("404 Not Found", "text/plain", "identity", b"not found"),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Encoding: {encoding}\r\n\
         Content-Length: {}\r\nVary: Accept-Encoding\r\nCache-Control: no-store\r\n\
         Connection: close\r\n\r\n",
        bytes.len()
    );
    let _ = stream.write_all(header.as_bytes()).await;
    let _ = stream.write_all(bytes).await;
    let _ = stream.shutdown().await;
}

/// `raw` compressed by the `brotli` command at quality 11.
fn brotli(raw: &[u8]) -> Vec<u8> {
    let mut child = Command::new("brotli")
        .args(["-q", "11", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run brotli (scripts/bench installs it): {e}"));
    let mut stdin = child.stdin.take().expect("brotli's input");
    let input = raw.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("brotli's output");
    writer
        .join()
        .expect("the writer thread")
        .expect("brotli read its input");
    assert!(out.status.success(), "brotli failed");
    out.stdout
}
