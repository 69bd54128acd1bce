//! What the test server answers: a file from `dist/` with its content type, or a canned
//! reply — an error status, other content, a slow answer or none at all.

use std::path::Path;
use std::time::Duration;

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

/// The file at server path `path` in `dir` (a folder's `index.html`), 404 if there is
/// none and 403 for a path that climbs out of `dir`.
pub(super) fn serve_file(dir: &Path, path: &str) -> Reply {
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
