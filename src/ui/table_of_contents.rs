//! The table of contents: every titled section and subsection, as links. Open by
//! default on wide screens, folded behind its heading on phones.

use leptos::prelude::*;

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
    view! {
        <nav class="toc" aria-label="目录">
            <details open=is_wide_layout()>
                <summary>"目录"</summary>
                <TocList sections/>
            </details>
        </nav>
    }
}

#[component]
fn TocList(sections: Vec<Section>) -> impl IntoView {
    let items = sections
        .into_iter()
        .filter_map(|section| {
            let heading = section.heading()?;
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
