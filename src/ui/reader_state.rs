//! What the reader has open and where they navigated: collapsed sections and the
//! current link target, shared by every section through context.

use std::collections::HashSet;

use leptos::prelude::*;

/// App-wide handles for the reading position.
#[derive(Debug, Clone, Copy)]
pub struct ReaderState {
    /// Ids of the sections the reader has collapsed.
    pub collapsed: RwSignal<HashSet<String>>,
    /// The section or paragraph the last link pointed at, highlighted in the page.
    pub target: RwSignal<Option<String>>,
}

impl ReaderState {
    pub fn is_collapsed(&self, id: &str) -> bool {
        self.collapsed.with(|c| c.contains(id))
    }

    pub fn toggle(&self, id: &str) {
        let id = id.to_string();
        self.collapsed.update(|c| {
            if !c.remove(&id) {
                c.insert(id);
            }
        });
    }

    /// Opens every section on `path` so that what it leads to is visible.
    pub fn expand_path(&self, path: &[String]) {
        self.collapsed.update(|c| {
            for id in path {
                c.remove(id);
            }
        });
    }
}

pub fn provide_reader_state() -> ReaderState {
    let state = ReaderState {
        collapsed: RwSignal::new(HashSet::new()),
        target: RwSignal::new(None),
    };
    provide_context(state);
    state
}

pub fn expect_reader_state() -> ReaderState {
    expect_context::<ReaderState>()
}
