//! The notice shown while the report is being fetched, or waiting to retry.

use leptos::prelude::*;

use crate::load::{seconds, LoadError, AUTO_RETRIES};
use crate::ui::use_lang;

/// A polite, screen-reader-announced loading message. With `retry`, it says what
/// failed and when the next automatic attempt starts, and offers to start it now.
#[component]
pub fn LoadingNotice(
    /// The failure, the number of the coming retry, and the wait before it.
    #[prop(optional)]
    retry: Option<(LoadError, u32, std::time::Duration)>,
    /// Starts the coming retry at once.
    #[prop(optional)]
    on_retry_now: Option<Callback<()>>,
) -> impl IntoView {
    let waiting = retry.is_some();
    let lang = use_lang();
    let message = move || {
        let lang = lang.get();
        match &retry {
            None => lang.texts().loading.to_string(),
            Some((error, attempt, wait)) => lang.retrying(
                error.heading(lang),
                &error.message(lang),
                &seconds(*wait),
                *attempt,
                AUTO_RETRIES,
            ),
        }
    };
    let retry_now = on_retry_now.filter(|_| waiting).map(|on_retry_now| {
        view! {
            <button type="button" class="button small retry-now" on:click=move |_| on_retry_now.run(())>
                {move || lang.get().texts().retry_now}
            </button>
        }
    });
    view! {
        <div class="loading-notice" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{message}</span>
        </div>
        {retry_now}
    }
}
