//! The notice shown while the report is being fetched.

use leptos::prelude::*;

/// A polite, screen-reader-announced loading message.
#[component]
pub fn LoadingNotice() -> impl IntoView {
    view! {
        <div class="loading-notice" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            "正在加载报告……"
        </div>
    }
}
