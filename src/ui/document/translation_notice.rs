//! The note, on English pages, that the interface text is an unofficial translation.

use leptos::prelude::*;

use crate::ui::use_lang;

/// Nothing in Chinese; in English, a note that only the Chinese report is authoritative.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let lang = use_lang();
    move || {
        lang.get()
            .translation_notice()
            .map(|text| view! { <p class="translation-notice" role="note">{text}</p> })
    }
}
