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
    /// The figure the reader last activated, in a chart or in the text.
    pub figure: RwSignal<Option<FigureFocus>>,
}

/// Which figure is active, and where the reader activated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureFocus {
    pub figure_id: String,
    pub origin: FocusOrigin,
}

/// Where a figure was activated: the other side follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusOrigin {
    Chart,
    Text,
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

impl ReaderState {
    /// Whether `figure_id` is the active figure.
    pub fn is_active_figure(&self, figure_id: &str) -> bool {
        self.figure
            .with(|f| f.as_ref().is_some_and(|f| f.figure_id == figure_id))
    }

    pub fn activate_figure(&self, figure_id: &str, origin: FocusOrigin) {
        self.figure.set(Some(FigureFocus {
            figure_id: figure_id.to_string(),
            origin,
        }));
    }
}

pub fn provide_reader_state() -> ReaderState {
    let state = ReaderState {
        collapsed: RwSignal::new(HashSet::new()),
        target: RwSignal::new(None),
        figure: RwSignal::new(None),
    };
    provide_context(state);
    state
}

pub fn expect_reader_state() -> ReaderState {
    expect_context::<ReaderState>()
}
