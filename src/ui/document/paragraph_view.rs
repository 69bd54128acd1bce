//! One paragraph, verbatim, with its numbered lead in bold, each stated figure
//! emphasised and focusable, and search matches marked.

use leptos::prelude::*;

use super::paragraph_text::{render_paragraph, Marks, StatedFigures};
use crate::i18n::SOURCE_LANG;
use crate::report::{Figure, Paragraph};
use crate::ui::dom::{observe_nearness, ON_SERVER};
use crate::ui::{expect_reader_state, use_lang, use_search_state};

/// A paragraph of the report. `figures` are the figures it states.
#[component]
pub fn ParagraphView(
    paragraph: Paragraph,
    figures: Vec<Figure>,
    /// The year the report is about: a figure of another period says which.
    year: u16,
) -> impl IntoView {
    let state = expect_reader_state();
    let id = paragraph.id.clone();
    let is_target = move || state.target.with(|t| t.as_deref() == Some(id.as_str()));

    let search = use_search_state();
    let paragraph_id = paragraph.id.clone();
    let text = paragraph.text.clone();
    let figures = StoredValue::new(figures);
    let lang = use_lang();
    // This paragraph's matches, compared on every change of the query or the current
    // match: the paragraph is re-rendered only when its own matches change, not on
    // every keystroke (a search re-rendered every paragraph of the report before).
    // They are marked while the paragraph is within a screen of the view, and always
    // when they hold the current match: on a long report a keystroke re-draws the few
    // paragraphs a reader can see, and the others as the reader scrolls to them.
    let near = RwSignal::new(false);
    let own_matches = search.map(|search| {
        let found = {
            let id = paragraph_id.clone();
            Memo::new(move |_| search.in_paragraph(&id))
        };
        let has_matches = move || found.with(|(ranges, _)| !ranges.is_empty());
        watch_for_the_reader(has_matches, near, paragraph_id.clone());
        Memo::new(move |_| {
            let (ranges, current) = found.get();
            if current.is_some() || (near.get() && !ranges.is_empty()) {
                (ranges, current)
            } else {
                (Vec::new(), None)
            }
        })
    });
    let content = move || {
        let marks = match own_matches {
            Some(matches) => {
                let (ranges, current) = matches.get();
                Marks { ranges, current }
            }
            None => Marks::default(),
        };
        let lang = lang.get();
        figures.with_value(|list| {
            let figures = StatedFigures { list, year };
            render_paragraph(&text, figures, state, &marks, lang)
        })
    };

    view! {
        <p id=paragraph.id.clone() class="paragraph" class:is-target=is_target lang=SOURCE_LANG>
            {content}
        </p>
    }
}

/// Keeps `near` saying whether the paragraph `id` is within a screen of the view,
/// watching from the first time it has matches: most paragraphs never have any, and
/// then cost no observer.
fn watch_for_the_reader(
    has_matches: impl Fn() -> bool + 'static,
    near: RwSignal<bool>,
    id: String,
) {
    if ON_SERVER {
        return;
    }
    // The observer lives as long as the paragraph, not as the effect that starts it.
    let owner = Owner::current();
    let watching = StoredValue::new(false);
    Effect::new(move |_| {
        if watching.get_value() || !has_matches() {
            return;
        }
        let Some(el) = document().get_element_by_id(&id) else {
            return;
        };
        watching.set_value(true);
        let observe = move || {
            observe_nearness(&el, move |is_near| {
                if near.get_untracked() != is_near {
                    near.set(is_near);
                }
            })
        };
        let observed = match &owner {
            Some(owner) => owner.with(observe),
            None => observe(),
        };
        if !observed {
            near.set(true);
        }
    });
}
