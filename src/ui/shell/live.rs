//! Whether the app is live on the page. The page the build writes, and the browser's
//! first render that attaches to it, show controls as they are before the app runs;
//! once the whole page is attached (`on_attached`, which runs only in the browser), the
//! app is live and they work.

use leptos::prelude::*;

use crate::location::{current_page, BUILD_PAGE};

#[derive(Debug, Clone, Copy)]
struct Live(RwSignal<bool>);

/// Starts following whether the app is live; called once by each page's root view.
pub fn provide_live() {
    let live = RwSignal::new(false);
    crate::ui::on_attached(move || live.set(true));
    provide_context(Live(live));
}

/// Whether the app is live: false in the HTML written at build time, true once the
/// app runs on the page (and for a view rendered without a page root).
pub fn use_live() -> Signal<bool> {
    use_context::<Live>().map_or(Signal::stored(true), |live| live.0.into())
}

/// The report page's address, for links that leave the page (share links, embed
/// codes, an embed's source line): relative ([`BUILD_PAGE`]) in the HTML the build
/// writes, where the site's address is unknown, and absolute once the app is live.
pub fn use_page_address() -> RwSignal<String> {
    let page = RwSignal::new(BUILD_PAGE.to_string());
    crate::ui::on_attached(move || page.set(current_page()));
    page
}
