//! The panel that says why the report could not be shown, with a retry button.

use leptos::prelude::*;

use crate::load::LoadError;
use crate::ui::use_lang;

/// Explains a failed load in plain words, names what failed, and offers a retry.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
    /// Whether the page the build wrote stays below, readable: then the panel says
    /// that only the interactive parts are missing.
    #[prop(optional)]
    page_stays: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let heading = {
        let error = error.clone();
        move || error.heading(lang.get())
    };
    let detail = {
        let error = error.clone();
        move || error.message(lang.get())
    };
    // The parser's or the browser's own words, in English, folded away.
    let technical = error.technical().map(|text| {
        view! {
            <details class="technical-details">
                <summary>{move || t().technical_details}</summary>
                <p lang="en">{text}</p>
            </details>
        }
    });
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-heading">
            <h1 id="error-heading">{heading}</h1>
            <p class="error-detail">{detail}</p>
            {technical}
            {page_stays.then(|| view! { <p>{move || t().page_stays}</p> })}
            <p>{move || t().load_advice}</p>
            <button type="button" class="button retry" on:click=move |_| on_retry.run(())>
                {move || t().reload}
            </button>
        </section>
    }
}
