//! The search of the report, shared with every paragraph: the query, its matches and
//! the current one; and the query kept in the address (`?q=…`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::report::search::{search, Match};
use crate::report::Report;

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

/// The query a search link carries (`?q=`), or none.
/// Writes `query` into the address (`?q=`), or takes it out when empty, without a new
/// history entry.
pub fn write_query_to_address(query: &str) {
    let query = (!query.is_empty()).then_some(query);
    crate::address::replace_in_address(crate::address::SEARCH, query);
}

pub fn provide_search_state(report: Arc<Report>) -> SearchState {
    // Empty as at build time; a search in the address (`?q=`) is applied once the page
    // is live.
    let query = RwSignal::new(String::new());
    crate::ui::on_attached(move || {
        if let Some(from_address) = crate::address::Address::current().search {
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
