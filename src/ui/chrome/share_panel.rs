//! "Share and embed" for a chart or section: its link with its QR code, the code a
//! site administrator pastes to embed it, copy buttons, and the phone's share sheet
//! where there is one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Texts;
use crate::location::{embed_code, share_link, EmbedTarget};
use crate::report::Bilingual;
use crate::ui::{use_lang, use_live, QrCode};

fn can_share() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false)
}

/// Picks one message out of the interface texts.
type Pick = fn(&Texts) -> &'static str;

/// Copies `text`; says whether it worked in `status` (as the text `done` or
/// `copy_failed` picks, so that it follows the language).
fn copy(text: String, done: Pick, status: RwSignal<Option<Pick>>) {
    let promise = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        // The panel may be gone by now (the language changed); then nobody needs telling.
        let _ = status.try_set(Some(if ok { done } else { |t| t.copy_failed }));
    });
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
    // Whether the browser has a share sheet is known only once the page is live.
    let shareable = RwSignal::new(false);
    Effect::new(move |_| shareable.set(can_share()));
    let report = crate::ui::expect_report_id();
    let link = {
        let (report, target) = (report.clone(), target.clone());
        move || page.with(|page| share_link(page, &report, &target))
    };
    let lang = use_lang();
    let code = move || {
        let lang = lang.get();
        page.with(|page| embed_code(page, &report, &target, lang, frame_title.get(lang)))
    };
    let t = move || lang.get().texts();
    let status = RwSignal::new(None::<Pick>);
    // The QR code and fields are drawn once the panel is opened on the live page: the
    // page the build writes knows no absolute address to put in them.
    let opened = RwSignal::new(false);
    let live = use_live();
    let qr_code = {
        let link = link.clone();
        move || view! { <QrCode link=Signal::derive(link.clone())/> }
    };
    let share = {
        let link = link.clone();
        move || {
            if !shareable.get() {
                return None;
            }
            let (link, title) = (link(), title.clone());
            let on_share = move |_| {
                let data = web_sys::ShareData::new();
                data.set_title(&title);
                data.set_url(&link);
                let navigator = window().navigator();
                if let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into())
                    .and_then(|f| f.dyn_into::<js_sys::Function>())
                {
                    let _ = share.call1(&navigator, &data);
                }
            };
            Some(
                view! { <button type="button" class="button small" on:click=on_share>{move || t().share}</button> },
            )
        }
    };
    let copy_link = {
        let link = link.clone();
        move |_| copy(link(), |t| t.link_copied, status)
    };
    let copy_code = {
        let code = code.clone();
        move |_| copy(code(), |t| t.embed_code_copied, status)
    };
    // The fields, QR code and buttons are built when the panel is opened on the live
    // page. Until then the panel holds the link alone, a plain link that works without
    // the app (a panel opened before the app started is filled in once it is live):
    // the page the build writes has one share panel per chart and section, and their
    // fields were a fifth of its elements, parsed and attached on every load.
    let contents = move || {
        if !(opened.get() && live.get()) {
            // Written as the build knows it; the live app replaces it before it is seen.
            let (href, label) = (untrack(&link), untrack(t).link);
            let text = href.clone();
            // In the host's iframe, the report opens in a tab of its own.
            let target = crate::ui::is_embedded().then_some("_blank");
            return view! {
                <p class="share-field">
                    <span>{label}</span>
                    <a class="share-link" href=href target=target rel=target.map(|_| "noopener")>
                        {text}
                    </a>
                </p>
            }
            .into_any();
        }
        let (link, code) = (link.clone(), code.clone());
        let (copy_link, copy_code) = (copy_link.clone(), copy_code.clone());
        view! {
            <label class="share-field">
                <span>{move || t().link}</span>
                <input type="text" readonly prop:value=link.clone() value=link.clone()/>
            </label>
            {qr_code.clone()}
            <label class="share-field">
                <span>{move || t().embed_code}</span>
                <textarea readonly rows="3" prop:value=code.clone()></textarea>
            </label>
            <div class="share-actions">
                <button type="button" class="button small" on:click=copy_link>{move || t().copy_link}</button>
                <button type="button" class="button small" on:click=copy_code>{move || t().copy_embed_code}</button>
                {share.clone()}
            </div>
            <p class="share-status" role="status">{move || status.get().map(|pick| pick(t()))}</p>
        }
        .into_any()
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
