//! Whether the app is live on the page. The page the build writes, and the browser's
//! first render that attaches to it, show controls as they are before the app runs;
//! from the first effect on (which runs only in the browser, after attaching), the
//! app is live and they work.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy)]
struct Live(RwSignal<bool>);

/// Starts following whether the app is live; called once by each page's root view.
pub fn provide_live() {
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    provide_context(Live(live));
}

/// Whether the app is live: false in the HTML written at build time, true once the
/// app runs on the page (and for a view rendered without a page root).
pub fn use_live() -> Signal<bool> {
    use_context::<Live>().map_or(Signal::stored(true), |live| live.0.into())
}
