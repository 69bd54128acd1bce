//! The notice shown while the report is being fetched, or waiting to retry.

use leptos::prelude::*;

use super::use_lang;
use crate::load::{LoadError, AUTO_RETRIES};

/// A polite, screen-reader-announced loading message. With `retry`, it says what
/// failed and when the next automatic attempt starts.
#[component]
pub fn LoadingNotice(
    /// The failure, the number of the coming retry, and the wait before it in seconds.
    #[prop(optional)]
    retry: Option<(LoadError, u32, u64)>,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || {
        let lang = lang.get();
        match &retry {
            None => lang.texts().loading.to_string(),
            Some((error, attempt, wait)) => lang.retrying(
                error.heading(lang),
                &error.message(lang),
                *wait,
                *attempt,
                AUTO_RETRIES,
            ),
        }
    };
    view! {
        <div class="loading-notice" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{message}</span>
        </div>
    }
}
