//! The share panel's fields once it is open on the live page: the link with its QR
//! code, the embed code, buttons that copy them, and the phone's share sheet where
//! there is one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Texts;
use crate::ui::{use_lang, QrCode};

/// Picks one message out of the interface texts.
pub type Pick = fn(&Texts) -> &'static str;

fn can_share() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false)
}

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

/// Opens the phone's share sheet with `title` and `link`.
fn share(title: &str, link: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(link);
    let navigator = window().navigator();
    if let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = share.call1(&navigator, &data);
    }
}

/// The fields of a share panel for `link` and its embed `code`; `status` says what
/// the last copy did, and outlives the fields (a panel closed and opened again).
#[component]
pub fn ShareFields(
    link: Signal<String>,
    code: Signal<String>,
    /// What the share sheet calls the link.
    title: String,
    status: RwSignal<Option<Pick>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    // Whether the browser has a share sheet is known only once the page is live.
    let shareable = RwSignal::new(false);
    Effect::new(move |_| shareable.set(can_share()));
    let qr_code = move || view! { <QrCode link/> };
    let share_button = move || {
        if !shareable.get() {
            return None;
        }
        let (link, title) = (link.get(), title.clone());
        let on_share = move |_| share(&title, &link);
        Some(
            view! { <button type="button" class="button small" on:click=on_share>{move || t().share}</button> },
        )
    };
    let copy_link = move |_| copy(link.get_untracked(), |t| t.link_copied, status);
    let copy_code = move |_| copy(code.get_untracked(), |t| t.embed_code_copied, status);
    view! {
        <label class="share-field">
            <span>{move || t().link}</span>
            <input type="text" readonly prop:value=move || link.get() value=move || link.get()/>
        </label>
        {qr_code}
        <label class="share-field">
            <span>{move || t().embed_code}</span>
            <textarea readonly rows="3" prop:value=move || code.get()></textarea>
        </label>
        <div class="share-actions">
            <button type="button" class="button small" on:click=copy_link>{move || t().copy_link}</button>
            <button type="button" class="button small" on:click=copy_code>{move || t().copy_embed_code}</button>
            {share_button}
        </div>
        <p class="share-status" role="status">{move || status.get().map(|pick| pick(t()))}</p>
    }
}
