//! "Share and embed" for a chart or section: its link with its QR code, the code a
//! site administrator pastes to embed it, copy buttons, and the phone's share sheet
//! where there is one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::share_fields::{Pick, ShareFields};
use crate::location::{embed_code, share_link, EmbedTarget};
use crate::report::Bilingual;
use crate::ui::{use_lang, use_live};

/// The link alone, as the page the build writes has it: a plain link that works
/// without the app. In the host's iframe, the report opens in a tab of its own.
fn plain_link(href: String, label: &'static str) -> AnyView {
    let text = href.clone();
    let target = crate::ui::is_embedded().then_some("_blank");
    view! {
        <p class="share-field">
            <span>{label}</span>
            <a class="share-link" href=href target=target rel=target.map(|_| "noopener")>
                {text}
            </a>
        </p>
    }
    .into_any()
}

/// A folded panel with the link and embed code for `target`.
#[component]
pub fn SharePanel(
    target: EmbedTarget,
    title: String,
    /// The iframe's name on the host's page, per language (`embed_frame_title`).
    frame_title: Bilingual,
) -> impl IntoView {
    let page = crate::ui::use_page_address();
    let report = crate::ui::expect_report_id();
    let link = {
        let (report, target) = (report.clone(), target.clone());
        Signal::derive(move || page.with(|page| share_link(page, &report, &target)))
    };
    let lang = use_lang();
    let code = Signal::derive(move || {
        let lang = lang.get();
        page.with(|page| embed_code(page, &report, &target, lang, frame_title.get(lang)))
    });
    let t = move || lang.get().texts();
    let status = RwSignal::new(None::<Pick>);
    // The QR code and fields are drawn once the panel is opened on the live page: the
    // page the build writes knows no absolute address to put in them.
    let opened = RwSignal::new(false);
    let live = use_live();
    // The fields, QR code and buttons are built when the panel is opened on the live
    // page. Until then the panel holds the link alone, a plain link that works without
    // the app (a panel opened before the app started is filled in once it is live):
    // the page the build writes has one share panel per chart and section, and their
    // fields were a fifth of its elements, parsed and attached on every load.
    let contents = move || {
        if !(opened.get() && live.get()) {
            // Written as the build knows it; the live app replaces it before it is seen.
            return plain_link(link.get_untracked(), untrack(t).link);
        }
        let title = title.clone();
        view! { <ShareFields link code title status/> }.into_any()
    };
    let panel = NodeRef::<leptos::html::Details>::new();
    crate::ui::on_attached(move || {
        if panel.get_untracked().is_some_and(|p| p.open()) {
            opened.set(true);
        }
    });
    view! {
        <details
            class="share-panel"
            node_ref=panel
            on:toggle=move |ev| {
                let details: web_sys::Element = ev.target().unwrap().unchecked_into();
                opened.set(details.has_attribute("open"));
            }
        >
            <summary>{move || t().share_and_embed}</summary>
            {contents}
        </details>
    }
}
