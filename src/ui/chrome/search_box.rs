//! Search in the report: a search box with the number of matches, previous/next with
//! buttons and Enter/Shift+Enter, the query kept in the address (`?q=…`), and the
//! current match opened, scrolled to and marked.

use std::sync::Arc;

use leptos::prelude::*;

use super::search_state::{write_query_to_address, SearchState};
use crate::report::Report;
use crate::ui::dom::scroll_to_centre;
use crate::ui::preferences::use_lang;
use crate::ui::{expect_reader_state, ReaderState};

/// How long after the last keystroke the query is written into the address.
const ADDRESS_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// The match to show after a step forward or back from `current` among `count`
/// matches, or `None` with no match. Typing makes the first match current without
/// moving the page; the first step forward after it (`first_look`) then shows that
/// match, rather than skipping to the second (a step back goes from it, to the last).
pub fn step_from(current: usize, count: usize, forward: bool, first_look: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (forward, first_look) {
        (true, true) => current,
        (true, false) => (current + 1) % count,
        (false, _) => (current + count - 1) % count,
    })
}

/// Moving through the matches: which one is current, and whether it has been shown.
#[derive(Clone, Copy)]
struct Steps {
    search: SearchState,
    reader: ReaderState,
    report: StoredValue<Arc<Report>>,
    /// Whether the current match has been scrolled to (see `step_from`).
    shown: StoredValue<bool>,
}

impl Steps {
    /// The query has changed: its first match is current, not yet shown.
    fn restart(self) {
        self.shown.set_value(false);
        self.search.current.set(0);
    }

    /// Steps to the next match (`forward`) or the one before, and shows it.
    fn step(self, forward: bool) {
        let current = self.search.current.get_untracked();
        let count = self.search.matches.with(Vec::len);
        let Some(next) = step_from(current, count, forward, !self.shown.get_value()) else {
            return;
        };
        if next != current {
            self.search.current.set(next);
        }
        self.show();
    }

    /// Shows the current match: opens its section, then scrolls to it.
    fn show(self) {
        self.shown.set_value(true);
        let Some(paragraph) = self.search.matches.with_untracked(|m| {
            m.get(self.search.current.get_untracked())
                .map(|m| m.paragraph.clone())
        }) else {
            return;
        };
        let path = self.report.with_value(|r| r.section_path(&paragraph));
        self.reader.expand_path(&path);
        request_animation_frame(|| {
            scroll_to_centre("search-current");
        });
    }
}

/// Writes each query given it into the address once typing pauses: writing the
/// address (`history.replaceState`) took a third of a keystroke's work on a slow phone.
fn address_keeper() -> impl Fn(String) + Copy + 'static {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    move |query: String| {
        if let Some(earlier) = pending.get_value() {
            earlier.clear();
        }
        let handle = set_timeout_with_handle(move || write_query_to_address(&query), ADDRESS_DELAY);
        pending.set_value(handle.ok());
    }
}

/// The search box.
#[component]
pub fn SearchBox(search: SearchState, report: Arc<Report>) -> impl IntoView {
    let steps = Steps {
        search,
        reader: expect_reader_state(),
        report: StoredValue::new(report),
        shown: StoredValue::new(false),
    };
    let count = move || search.matches.with(Vec::len);
    let keep_in_address = address_keeper();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        keep_in_address(value.clone());
        steps.restart();
        search.query.set(value);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            steps.step(!ev.shift_key());
        }
        // Escape clears the query; with none, it is left to close the search panel.
        "Escape" if !search.query.with_untracked(String::is_empty) => {
            ev.prevent_default();
            keep_in_address(String::new());
            search.query.set(String::new());
        }
        _ => {}
    };
    // A search link (`?q=`) opens at its first match, unless it also names a place
    // (`#s1-5`), which the browser has scrolled to.
    crate::ui::on_attached(move || {
        let hash = window().location().hash().unwrap_or_default();
        if hash.len() <= 1 && count() > 0 {
            steps.show();
        }
    });
    let lang = use_lang();
    let t = move || lang.get().texts();
    let status = move || {
        let q = search.query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        lang.get().search_status(count(), search.current.get(), &q)
    };
    view! {
        <search id="report-search" class="report-search needs-app">
            <form role="search" on:submit=move |ev| ev.prevent_default()>
                <label for="report-search-input">{move || t().search_label}</label>
                <div class="search-row">
                    <input
                        id="report-search-input"
                        type="search"
                        enterkeyhint="search"
                        placeholder=move || t().search_placeholder
                        prop:value=move || search.query.get()
                        on:input=on_input
                        on:keydown=on_key
                        aria-describedby="report-search-status"
                    />
                    <button type="button" class="button small" on:click=move |_| steps.step(false)
                        disabled=move || count() == 0 aria-label=move || t().previous_match>"↑"</button>
                    <button type="button" class="button small" on:click=move |_| steps.step(true)
                        disabled=move || count() == 0 aria-label=move || t().next_match>"↓"</button>
                </div>
                <p id="report-search-status" class="search-status" role="status">{status}</p>
            </form>
        </search>
    }
}

#[cfg(test)]
mod tests {
    use super::step_from;

    #[test]
    fn the_first_enter_after_typing_shows_the_first_match_and_steps_wrap_around() {
        assert_eq!(step_from(0, 3, true, true), Some(0));
        assert_eq!(step_from(0, 3, true, false), Some(1));
        assert_eq!(step_from(2, 3, true, false), Some(0));
        // Shift+Enter goes back from the first match, to the last, first look or not.
        assert_eq!(step_from(0, 3, false, true), Some(2));
        assert_eq!(step_from(1, 3, false, false), Some(0));
        assert_eq!(step_from(0, 0, true, true), None);
    }
}
