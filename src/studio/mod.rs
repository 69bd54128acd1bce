//! The publishing studio (studio/index.html): a web editor brings next year's published
//! page, checks its text, reviews every figure in its sentence, picks charts and key
//! figures while the validator watches, previews the report with the reader's own
//! components and exports the report JSON and the catalog — in the browser, with
//! nothing to install, the work saved in the browser on every change.
//!
//! The studio is a page with a wasm of its own (src/bin/studio.rs): the reader links
//! none of this module. The work and everything derived from it are plain Rust
//! ([`work`], [`charts`], [`publish`]), tested natively; the rest are components.

pub mod charts;
pub mod publish;
pub mod work;

mod app;
mod files;
#[cfg(test)]
mod fixtures;
mod preview;
mod state;
mod steps;
mod store;

pub use app::Studio;
pub use preview::{is_preview, PreviewPage, PREVIEW_QUERY};
pub use state::StudioState;

/// The id of the element in studio/index.html the studio is mounted in.
pub const MOUNT_ID: &str = "studio";

/// Starts the studio: replaces the page's "starting" notice with the studio, or, in a
/// preview frame (`?preview`), with the reader's page of the saved draft.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(root) = document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_text_content(None);
    if is_preview() {
        // The reader's page: its body and its root, as the reader's stylesheet knows them.
        if let Some(body) = document().body() {
            body.set_class_name("");
        }
        // As prefs.js marks the reader's page: scripts run here.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-js", "");
        }
        root.set_id("app");
        leptos::mount::mount_to(root, PreviewPage).forget();
    } else {
        leptos::mount::mount_to(root, Studio).forget();
    }
}
