//! The table of contents: every titled section and subsection, as links. Open once the
//! app is live (in the side column, or the panel the top bar opens on phones); folded
//! in the page the build writes, which is what a reader without the app keeps.

use leptos::prelude::*;

use crate::location::hash_for;
use crate::report::Section;
use crate::ui::use_lang;

/// Links to every titled section, nested as the report nests them.
#[component]
pub fn TableOfContents(sections: Vec<Section>) -> impl IntoView {
    let lang = use_lang();
    let contents = move || lang.get().texts().contents;
    // Folded in the page written at build time: without the app it sits above the
    // report on a phone. The effect runs only where the app is live.
    let open = RwSignal::new(false);
    Effect::new(move |_| open.set(true));
    view! {
        <nav id="report-contents" class="toc" aria-label=contents>
            <details prop:open=move || open.get()>
                <summary>{contents}</summary>
                <TocList sections/>
            </details>
        </nav>
    }
}

#[component]
fn TocList(sections: Vec<Section>) -> impl IntoView {
    // Attached in a task of its own (see `attaching`): folded in the page, and on a
    // phone in a panel.
    crate::ui::list_attached_later(move || toc_items(sections))
}

/// An item for each titled section: its link, and its subsections' list.
fn toc_items(sections: Vec<Section>) -> impl IntoView {
    let lang = use_lang();
    sections
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
        .collect_view()
}
