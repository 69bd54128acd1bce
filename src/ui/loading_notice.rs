//! The notice shown while the report is being fetched, or waiting to retry.

use leptos::prelude::*;

use crate::load::{LoadError, AUTO_RETRIES};

/// A polite, screen-reader-announced loading message. With `retry`, it says what
/// failed and when the next automatic attempt starts.
#[component]
pub fn LoadingNotice(
    /// The failure, the number of the coming retry, and the wait before it in seconds.
    #[prop(optional)]
    retry: Option<(LoadError, u32, u64)>,
) -> impl IntoView {
    let message = match &retry {
        None => "正在加载报告……".to_string(),
        Some((error, attempt, wait)) => format!(
            "{}:{error}。{wait} 秒后自动重试(第 {attempt} 次,共 {AUTO_RETRIES} 次)……",
            error.heading()
        ),
    };
    view! {
        <div class="loading-notice" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{message}</span>
        </div>
    }
}
