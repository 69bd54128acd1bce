//! The table of contents: every titled section and subsection, as links. Open by
//! default on wide screens, folded behind its heading on phones.

use leptos::prelude::*;

use super::use_lang;
use crate::location::hash_for;
use crate::report::Section;

/// Wide enough for the side-by-side layout (matches the CSS breakpoint).
const WIDE_LAYOUT: &str = "(min-width: 60rem)";

fn is_wide_layout() -> bool {
    window()
        .match_media(WIDE_LAYOUT)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Links to every titled section, nested as the report nests them.
#[component]
pub fn TableOfContents(sections: Vec<Section>) -> impl IntoView {
    let lang = use_lang();
    let contents = move || lang.get().texts().contents;
    // Folded in the page written at build time, as a phone shows it; opened once the
    // page is live on a wide screen, where it sits in the side column.
    let open = RwSignal::new(false);
    Effect::new(move |_| open.set(is_wide_layout()));
    view! {
        <nav class="toc" aria-label=contents>
            <details prop:open=move || open.get()>
                <summary>{contents}</summary>
                <TocList sections/>
            </details>
        </nav>
    }
}

#[component]
fn TocList(sections: Vec<Section>) -> impl IntoView {
    let lang = use_lang();
    let items = sections
        .into_iter()
        .filter_map(|section| {
            section.title.as_ref()?;
            let heading = {
                let section = section.clone();
                move || section.heading_in(lang.get())
            };
            let subsections = (!section.subsections.is_empty())
                .then(|| view! { <TocList sections=section.subsections.clone()/> }.into_any());
            Some(view! {
                <li>
                    <a href=hash_for(&section.id)>{heading}</a>
                    {subsections}
                </li>
            })
        })
        .collect_view();
    view! { <ol>{items}</ol> }
}
