//! Fetching the bundled report over HTTP and turning every way that can fail into a
//! [`LoadError`] the page can explain.

use std::time::Duration;

use futures::future::{select, Either};
use thiserror::Error;

use crate::report::{check, parse_report, ParseError, Problem, Report};

/// Where the bundled report lives, relative to the page so that the app works under
/// any sub-path.
pub const REPORT_URL: &str = "data/huiyang-2023.json";

/// How long to wait for the report before giving up and offering a retry.
pub const REPORT_TIMEOUT: Duration = Duration::from_secs(20);

/// Why the report could not be shown.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("网络请求失败:{0}")]
    Network(String),
    #[error("服务器返回 HTTP {status}{}", status_text_suffix(status_text))]
    Http { status: u16, status_text: String },
    #[error("请求超时:{0} 秒内没有收到报告数据")]
    Timeout(u64),
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
            LoadError::Parse(_) => "报告数据格式错误",
        }
    }
}

/// A report that parsed, with whatever consistency problems the checks found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedReport {
    pub report: Report,
    pub problems: Vec<Problem>,
}

impl LoadedReport {
    /// Parses and checks report JSON text: the one path from text to a shown report.
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        let report = parse_report(text)?;
        let problems = check(&report);
        Ok(LoadedReport { report, problems })
    }
}

/// Fetches, parses and checks the report at `url`, giving up after `timeout`.
pub async fn fetch_report(url: &str, timeout: Duration) -> Result<LoadedReport, LoadError> {
    let request = Box::pin(fetch_text(url));
    let timer = Box::pin(gloo_timers::future::sleep(timeout));
    let text = match select(request, timer).await {
        Either::Left((result, _)) => result?,
        Either::Right(_) => return Err(LoadError::Timeout(timeout.as_secs())),
    };
    Ok(LoadedReport::from_json(&text)?)
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}
