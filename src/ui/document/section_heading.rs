//! A titled section's heading: a button that folds the section once the app is live,
//! its ordinal and title in the reader's language, and a link anchor to it.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::location::hash_for;
use crate::report::{Bilingual, Section};
use crate::ui::{expect_reader_state, use_lang};

/// The heading of `section` at `depth` (an `<h2>` for the report's parts, an `<h3>`
/// below), folding the section body `body_id`.
#[component]
pub fn SectionHeading(section: Section, depth: u8, body_id: String) -> impl IntoView {
    let state = expect_reader_state();
    let lang = use_lang();
    let id = section.id.clone();
    let heading_id = format!("{id}-heading");
    // Both languages' forms, so that switching language only swaps text.
    let both = |f: &dyn Fn(Lang) -> String| Bilingual {
        zh: f(Lang::Zh),
        en: f(Lang::En),
    };
    let ordinal = both(&|l| section.ordinal_in(l));
    let title = both(&|l| section.title_in(l).unwrap_or_default().to_string());
    let toggle = {
        let id = id.clone();
        move |_| state.toggle(&id)
    };
    let expanded = {
        let id = id.clone();
        move || {
            if state.is_collapsed(&id) {
                "false"
            } else {
                "true"
            }
        }
    };
    // A heading until the app is live; then it folds its section.
    let live = crate::ui::use_live();
    // An excerpt in the host's iframe links to no place of its own page.
    let embedded = crate::ui::is_embedded();
    let inner = view! {
        <button
            type="button"
            class="section-toggle"
            aria-expanded=expanded
            aria-controls=body_id
            disabled=move || !live.get()
            on:click=toggle
        >
            <span class="chevron" aria-hidden="true"></span>
            <span class="ordinal">{move || ordinal.get(lang.get()).to_string()}</span>
            <span class="title">{move || title.get(lang.get()).to_string()}</span>
        </button>
        {(!embedded).then(|| view! {
            <a
                class="anchor"
                href=hash_for(&id)
                title=move || lang.get().texts().section_link
                aria-label=move || lang.get().texts().section_link
            >"#"</a>
        })}
    };
    match depth {
        0 => view! { <h2 id=heading_id class="section-heading">{inner}</h2> }.into_any(),
        _ => view! { <h3 id=heading_id class="section-heading">{inner}</h3> }.into_any(),
    }
}
