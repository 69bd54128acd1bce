//! The reader's settings bar: elderly mode, the colour theme and the interface language.

use leptos::prelude::*;

use crate::ui::preferences::{Preferences, Theme};

/// One clearly labelled elderly-mode toggle, a theme choice and a language switch.
#[component]
pub fn ReaderSettings(prefs: Preferences) -> impl IntoView {
    let lang = prefs.lang;
    let t = move || lang.get().texts();
    let options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <option value=theme.key() selected=move || prefs.theme.get() == theme>
                    {move || theme.label(lang.get())}
                </option>
            }
        })
        .collect_view();
    // The switch names the other language in that language, as language links do.
    let other = move || lang.get().other();
    view! {
        <div class="reader-settings" role="group" aria-label=move || t().reader_settings>
            <button
                type="button"
                class="button elderly-toggle"
                aria-pressed=move || prefs.elderly.get().to_string()
                on:click=move |_| prefs.elderly.update(|e| *e = !*e)
            >
                {move || t().elderly_mode}
            </button>
            <label class="theme-choice">
                <span>{move || t().colours}</span>
                <select on:change:target=move |ev| {
                    if let Some(theme) = Theme::from_key(&ev.target().value()) {
                        prefs.theme.set(theme);
                    }
                }>{options}</select>
            </label>
            <div class="language-choice">
                <span aria-hidden="true">{move || t().interface_language}</span>
                <button
                    type="button"
                    class="button language-switch"
                    lang=move || other().tag()
                    title=move || t().switch_language
                    on:click=move |_| lang.update(|l| *l = l.other())
                >
                    {move || other().endonym()}
                </button>
            </div>
        </div>
    }
}
