//! Small form pieces the steps share: a labelled text input bound to the work.

use leptos::prelude::*;

use crate::report::Report;
use crate::studio::state::use_studio;

/// A labelled input whose value is read from the draft report by `get` and written by `set`.
#[component]
pub fn ReportInput(
    id: String,
    label: Signal<String>,
    get: fn(&Report) -> String,
    set: fn(&mut Report, String),
    #[prop(default = false)] multiline: bool,
    #[prop(default = "")] placeholder: &'static str,
) -> impl IntoView {
    let state = use_studio();
    let value = move || {
        state
            .work
            .with(|w| w.report.as_ref().map(get).unwrap_or_default())
    };
    let write = move |text: String| {
        state.update(|w| {
            if let Some(report) = w.report.as_mut() {
                set(report, text);
            }
        });
    };
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" placeholder=placeholder prop:value=value
                on:change=move |ev| write(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" placeholder=placeholder prop:value=value
                on:change=move |ev| write(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <span class="studio-field">
            <label for=id>{label}</label>
            {input}
        </span>
    }
}
