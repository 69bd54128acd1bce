//! The figures that failed a consistency check, shared with every component that
//! shows a figure so that none is shown as if it were verified.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

/// Ids of figures a data problem casts doubt on.
#[derive(Debug, Clone, Default)]
pub struct SuspectFigures(pub Arc<HashSet<String>>);

impl SuspectFigures {
    /// Whether `figure_id` is suspect. Never in the browser, where the reader's checks do
    /// not run (src/load/loaded.rs) and the studio's preview provides none
    /// (src/studio/preview.rs): answered at compile time, the marking code is left
    /// out of the wasm.
    pub fn contains(&self, figure_id: &str) -> bool {
        !cfg!(target_arch = "wasm32") && self.0.contains(figure_id)
    }
}

pub fn provide_suspect_figures(ids: HashSet<String>) {
    provide_context(SuspectFigures(Arc::new(ids)));
}

/// The suspect figures; none when no report view provided them.
pub fn use_suspect_figures() -> SuspectFigures {
    use_context::<SuspectFigures>().unwrap_or_default()
}
