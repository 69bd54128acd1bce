//! Search in the report: a search box with the number of matches, previous/next with
//! buttons and Enter/Shift+Enter, the query kept in the address (`?q=…`), and the
//! current match opened, scrolled to and marked.

use std::sync::Arc;

use leptos::prelude::*;

use crate::report::search::{search, Match};
use crate::report::Report;
use crate::ui::dom::scroll_to_centre;
use crate::ui::expect_reader_state;
use crate::ui::preferences::use_lang;

/// The search query and its matches, shared with every paragraph.
#[derive(Debug, Clone, Copy)]
pub struct SearchState {
    pub query: RwSignal<String>,
    pub matches: Memo<Vec<Match>>,
    /// Index of the current match in `matches`.
    pub current: RwSignal<usize>,
}

impl SearchState {
    /// Byte ranges matched in one paragraph, and the index among them of the current
    /// match if it is in this paragraph.
    pub fn in_paragraph(&self, paragraph: &str) -> (Vec<(usize, usize)>, Option<usize>) {
        let current = self.current.get();
        self.matches.with(|all| {
            let mut ranges = Vec::new();
            let mut current_here = None;
            for (i, m) in all
                .iter()
                .enumerate()
                .filter(|(_, m)| m.paragraph == paragraph)
            {
                if i == current {
                    current_here = Some(ranges.len());
                }
                ranges.push((m.start, m.end));
            }
            (ranges, current_here)
        })
    }
}

fn query_from_address() -> String {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("q"))
        .unwrap_or_default()
}

/// How long after the last keystroke the query is written into the address.
const ADDRESS_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

fn write_query_to_address(query: &str) {
    let Ok(href) = window().location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    if query.is_empty() {
        url.search_params().delete("q");
    } else {
        url.search_params().set("q", query);
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

pub fn provide_search_state(report: Arc<Report>) -> SearchState {
    // Empty as at build time; a search in the address (`?q=`) is applied once the page
    // is live.
    let query = RwSignal::new(String::new());
    crate::ui::on_attached(move || {
        let from_address = query_from_address();
        if !from_address.is_empty() {
            query.set(from_address);
        }
    });
    let matches = Memo::new(move |_| query.with(|q| search(&report, q)));
    let state = SearchState {
        query,
        matches,
        current: RwSignal::new(0),
    };
    provide_context(state);
    state
}

pub fn use_search_state() -> Option<SearchState> {
    use_context::<SearchState>()
}

/// The search box.
#[component]
pub fn SearchBox(search: SearchState, report: Arc<Report>) -> impl IntoView {
    let reader = expect_reader_state();
    let report = StoredValue::new(report);
    let count = move || search.matches.with(Vec::len);
    // Show the current match: open its section, then scroll to it.
    let show_current = move || {
        let Some(paragraph) = search.matches.with_untracked(|m| {
            m.get(search.current.get_untracked())
                .map(|m| m.paragraph.clone())
        }) else {
            return;
        };
        reader.expand_path(&report.with_value(|r| r.section_path(&paragraph)));
        request_animation_frame(|| {
            scroll_to_centre("search-current");
        });
    };
    // Whether the current match has been scrolled to. Typing makes the first match
    // current without moving the page; the first Enter then shows it, rather than
    // skipping to the second (Shift+Enter goes back from it, to the last).
    let shown = StoredValue::new(false);
    let step = move |forward: bool| {
        let n = count();
        if n == 0 {
            return;
        }
        let first_look = !shown.get_value();
        shown.set_value(true);
        if forward && first_look {
            show_current();
            return;
        }
        search.current.update(|c| {
            *c = if forward {
                (*c + 1) % n
            } else {
                (*c + n - 1) % n
            }
        });
        show_current();
    };
    // The query goes into the address once typing pauses: writing the address
    // (`history.replaceState`) took a third of a keystroke's work on a slow phone.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let keep_in_address = move |query: String| {
        if let Some(earlier) = pending.get_value() {
            earlier.clear();
        }
        let handle = set_timeout_with_handle(move || write_query_to_address(&query), ADDRESS_DELAY);
        pending.set_value(handle.ok());
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        keep_in_address(value.clone());
        shown.set_value(false);
        search.current.set(0);
        search.query.set(value);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            step(!ev.shift_key());
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
            shown.set_value(true);
            show_current();
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
                    <button type="button" class="button small" on:click=move |_| step(false)
                        disabled=move || count() == 0 aria-label=move || t().previous_match>"↑"</button>
                    <button type="button" class="button small" on:click=move |_| step(true)
                        disabled=move || count() == 0 aria-label=move || t().next_match>"↓"</button>
                </div>
                <p id="report-search-status" class="search-status" role="status">{status}</p>
            </form>
        </search>
    }
}
