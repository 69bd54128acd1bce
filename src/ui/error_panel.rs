//! The panel that says why the report could not be shown, with a retry button.

use leptos::prelude::*;

use crate::load::LoadError;

/// Explains a failed load in plain words, names what failed, and offers a retry.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let heading = error.heading();
    let detail = error.to_string();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-heading">
            <h1 id="error-heading">{heading}</h1>
            <p class="error-detail">{detail}</p>
            <p>"请检查网络连接后重试。如果问题持续出现,请联系网站管理员。"</p>
            <button type="button" class="button retry" on:click=move |_| on_retry.run(())>
                "重新加载"
            </button>
        </section>
    }
}
