//! Fetching the catalog and the chosen report over HTTP, with a time-out per request.

use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};

use super::{fingerprint, report_url, ChosenReport, LoadError, LoadedReport, CATALOG_URL};
use crate::report::Catalog;

/// Fetches the catalog, chooses the report `requested` names (the newest when it
/// names none), and fetches and parses that report; each request gives up
/// after `timeout`.
pub async fn fetch_chosen(
    requested: Option<&str>,
    timeout: Duration,
) -> Result<ChosenReport, LoadError> {
    let catalog_text = fetch_with_timeout(CATALOG_URL, timeout).await?;
    let catalog = Catalog::parse(&catalog_text).map_err(LoadError::Catalog)?;
    let entry = catalog
        .select(requested)
        .map_err(LoadError::NoSuchReport)?
        .clone();
    let text = fetch_with_timeout(&report_url(&entry), timeout).await?;
    // Timed for the benchmark: text to a parsed report.
    let loaded = crate::user_timing::timed("report-parse", || LoadedReport::from_json(&text))?;
    Ok(ChosenReport {
        catalog: Arc::new(catalog),
        entry,
        loaded: Arc::new(loaded),
        fingerprint: fingerprint(&catalog_text, &text),
    })
}

/// The text at `url`, or why there is none within `timeout`.
async fn fetch_with_timeout(url: &str, timeout: Duration) -> Result<String, LoadError> {
    // Aborting a timed-out request frees the browser to send the retry at once
    // (Chrome otherwise holds a second request for the same URL behind the first).
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let request = Box::pin(fetch_text(url, signal.as_ref()));
    let timer = Box::pin(gloo_timers::future::sleep(timeout));
    let outcome = match select(request, timer).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            if let Some(abort) = abort {
                abort.abort();
            }
            Err(LoadError::Timeout(timeout))
        }
    };
    outcome
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// The addresses this page has requested.
static REQUESTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Whether this is the page's first request for `url`, noting that it has been made.
fn first_request_for(url: &str) -> bool {
    let mut requested = REQUESTED.lock().unwrap_or_else(|e| e.into_inner());
    let first = !requested.iter().any(|u| u == url);
    if first {
        requested.push(url.to_string());
    }
    first
}

async fn fetch_text(url: &str, signal: Option<&web_sys::AbortSignal>) -> Result<String, LoadError> {
    if is_offline() {
        return Err(LoadError::Offline);
    }
    // The first request for a URL takes over public/boot.js's preload of it (the
    // catalog, the report the page holds). Every later one bypasses the HTTP cache: Chrome holds a
    // request for a URL behind a stalled earlier one (the preload cannot be aborted),
    // so a retry would wait for it.
    let cache = if first_request_for(url) {
        web_sys::RequestCache::Default
    } else {
        web_sys::RequestCache::NoStore
    };
    let response = gloo_net::http::Request::get(url)
        .cache(cache)
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
        return Err(LoadError::ContentType(
            (!content_type.is_empty()).then_some(content_type),
        ));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}
