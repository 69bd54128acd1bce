//! The table of contents: every titled section and subsection, as links.

use leptos::prelude::*;

use crate::location::hash_for;
use crate::report::Section;

/// Links to every titled section, nested as the report nests them.
#[component]
pub fn TableOfContents(sections: Vec<Section>) -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">"目录"</h2>
            <TocList sections/>
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
