//! The reader's settings bar: elderly mode and the colour theme.

use leptos::prelude::*;

use super::preferences::{Preferences, Theme};

/// One clearly labelled elderly-mode toggle and a theme choice.
#[component]
pub fn ReaderSettings(prefs: Preferences) -> impl IntoView {
    let options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <option value=theme.key() selected=move || prefs.theme.get() == theme>
                    {theme.label()}
                </option>
            }
        })
        .collect_view();
    view! {
        <aside class="reader-settings" aria-label="阅读设置">
            <button
                type="button"
                class="button elderly-toggle"
                aria-pressed=move || prefs.elderly.get().to_string()
                on:click=move |_| prefs.elderly.update(|e| *e = !*e)
            >
                "长辈模式(大字版)"
            </button>
            <label class="theme-choice">
                <span>"配色"</span>
                <select on:change:target=move |ev| {
                    if let Some(theme) = Theme::from_key(&ev.target().value()) {
                        prefs.theme.set(theme);
                    }
                }>{options}</select>
            </label>
        </aside>
    }
}
