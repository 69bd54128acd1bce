//! Fetching the bundled report over HTTP and turning every way that can fail into a
//! [`LoadError`] the page can explain.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};
use thiserror::Error;

use crate::report::{check, parse_report, suspect_figures, ParseError, Problem, Report};

/// Where the bundled report lives, relative to the page so that the app works under
/// any sub-path.
pub const REPORT_URL: &str = "data/huiyang-2023.json";

/// How long to wait for the report before giving up on one attempt.
pub const REPORT_TIMEOUT: Duration = Duration::from_secs(15);

/// Automatic retries after a failure that may pass (network, timeout, offline).
pub const AUTO_RETRIES: u32 = 3;

/// The wait before automatic retry `attempt` (1-based): 1 s, 2 s, 4 s, …
pub fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1u64 << attempt.saturating_sub(1).min(6))
}

/// Why the report could not be shown.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("网络请求失败:{0}")]
    Network(String),
    #[error("服务器返回 HTTP {status}{}", status_text_suffix(status_text))]
    Http { status: u16, status_text: String },
    #[error("请求超时:{0} 秒内没有收到报告数据")]
    Timeout(u64),
    #[error("设备目前处于离线状态,无法下载报告数据")]
    Offline,
    #[error("服务器返回的不是报告数据(内容类型为 {0})")]
    ContentType(String),
    #[error("报告数据有误:{0}")]
    Parse(#[from] ParseError),
}

fn status_text_suffix(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" {text}")
    }
}

impl LoadError {
    /// A short heading for the error panel.
    pub fn heading(&self) -> &'static str {
        match self {
            LoadError::Network(_) => "无法连接到服务器",
            LoadError::Http { status: 404, .. } => "找不到报告数据",
            LoadError::Http { .. } => "服务器出错",
            LoadError::Timeout(_) => "加载超时",
            LoadError::Offline => "网络已断开",
            LoadError::ContentType(_) => "报告数据类型不对",
            LoadError::Parse(ParseError::Truncated { .. }) => "报告数据不完整",
            LoadError::Parse(_) => "报告数据格式错误",
        }
    }

    /// Whether trying again unchanged may succeed without anyone fixing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LoadError::Network(_) | LoadError::Timeout(_) | LoadError::Offline
        )
    }
}

/// A report that parsed, with whatever consistency problems the checks found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedReport {
    /// Shared by every view, never copied.
    pub report: Arc<Report>,
    pub problems: Vec<Problem>,
    /// Figures the problems cast doubt on; the page marks them as unverified.
    pub suspect: HashSet<String>,
}

impl LoadedReport {
    /// Parses and checks report JSON text: the one path from text to a shown report.
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        let report = parse_report(text)?;
        let problems = check(&report);
        let suspect = suspect_figures(&report, &problems);
        Ok(LoadedReport {
            report: Arc::new(report),
            problems,
            suspect,
        })
    }
}

/// Fetches, parses and checks the report at `url`, giving up after `timeout`.
pub async fn fetch_report(url: &str, timeout: Duration) -> Result<LoadedReport, LoadError> {
    // Aborting a timed-out request frees the browser to send the retry at once
    // (Chrome otherwise holds a second request for the same URL behind the first).
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let request = Box::pin(fetch_text(url, signal.as_ref()));
    let timer = Box::pin(gloo_timers::future::sleep(timeout));
    let text = match select(request, timer).await {
        Either::Left((result, _)) => result?,
        Either::Right(_) => {
            if let Some(abort) = abort {
                abort.abort();
            }
            return Err(LoadError::Timeout(timeout.as_secs()));
        }
    };
    Ok(LoadedReport::from_json(&text)?)
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

async fn fetch_text(url: &str, signal: Option<&web_sys::AbortSignal>) -> Result<String, LoadError> {
    if is_offline() {
        return Err(LoadError::Offline);
    }
    let response = gloo_net::http::Request::get(url)
        .abort_signal(signal)
        .send()
        .await
        .map_err(|e| {
            if is_offline() {
                LoadError::Offline
            } else {
                LoadError::Network(e.to_string())
            }
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !content_type.contains("json") {
        return Err(LoadError::ContentType(if content_type.is_empty() {
            "未注明".into()
        } else {
            content_type
        }));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_one_second() {
        let waits: Vec<u64> = (1..=4).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8]);
        assert_eq!(backoff(40), Duration::from_secs(64), "capped");
    }

    #[test]
    fn only_failures_that_may_pass_are_retried_automatically() {
        assert!(LoadError::Network("x".into()).is_transient());
        assert!(LoadError::Timeout(15).is_transient());
        assert!(LoadError::Offline.is_transient());
        let http = LoadError::Http {
            status: 500,
            status_text: String::new(),
        };
        assert!(
            !http.is_transient(),
            "the server answered; a person must fix it"
        );
        assert!(!LoadError::ContentType("text/html".into()).is_transient());
    }

    #[test]
    fn a_truncated_body_is_named_as_such() {
        let err = LoadError::from(ParseError::Truncated { line: 1, column: 9 });
        assert_eq!(err.heading(), "报告数据不完整");
    }
}
