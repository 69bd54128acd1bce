//! "Share and embed" for a chart or section: its link, the code a site administrator
//! pastes to embed it, copy buttons, and the phone's share sheet where there is one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_lang;
use crate::i18n::Texts;
use crate::location::{embed_code, page_base, share_link, EmbedTarget};

fn current_page() -> String {
    let location = window().location();
    page_base(
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
    )
}

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
pub fn SharePanel(target: EmbedTarget, title: String) -> impl IntoView {
    let page = current_page();
    let report = super::expect_report_id();
    let link = share_link(&page, &report, &target);
    let lang = use_lang();
    let code = {
        let (page, target) = (page.clone(), target.clone());
        move || embed_code(&page, &report, &target, lang.get())
    };
    let t = move || lang.get().texts();
    let status = RwSignal::new(None::<Pick>);
    let share = can_share().then(|| {
        let (link, title) = (link.clone(), title.clone());
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
        view! { <button type="button" class="button small" on:click=on_share>{move || t().share}</button> }
    });
    let copy_link = {
        let link = link.clone();
        move |_| copy(link.clone(), |t| t.link_copied, status)
    };
    let copy_code = {
        let code = code.clone();
        move |_| copy(code(), |t| t.embed_code_copied, status)
    };
    view! {
        <details class="share-panel">
            <summary>{move || t().share_and_embed}</summary>
            <label class="share-field">
                <span>{move || t().link}</span>
                <input type="text" readonly value=link/>
            </label>
            <label class="share-field">
                <span>{move || t().embed_code}</span>
                <textarea readonly rows="3" prop:value=code.clone()></textarea>
            </label>
            <div class="share-actions">
                <button type="button" class="button small" on:click=copy_link>{move || t().copy_link}</button>
                <button type="button" class="button small" on:click=copy_code>{move || t().copy_embed_code}</button>
                {share}
            </div>
            <p class="share-status" role="status">{move || status.get().map(|pick| pick(t()))}</p>
        </details>
    }
}
