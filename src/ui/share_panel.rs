//! "Share and embed" for a chart or section: its link, the code a site administrator
//! pastes to embed it, copy buttons, and the phone's share sheet where there is one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// Copies `text`; says whether it worked in `status`.
fn copy(text: String, done: &'static str, status: RwSignal<String>) {
    let promise = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(
            if ok {
                done
            } else {
                "无法自动复制,请选中文本后手动复制"
            }
            .to_string(),
        );
    });
}

/// A folded panel with the link and embed code for `target`.
#[component]
pub fn SharePanel(target: EmbedTarget, title: String) -> impl IntoView {
    let page = current_page();
    let link = share_link(&page, &target);
    let code = embed_code(&page, &target);
    let status = RwSignal::new(String::new());
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
        view! { <button type="button" class="button small" on:click=on_share>"分享…"</button> }
    });
    let copy_link = {
        let link = link.clone();
        move |_| copy(link.clone(), "链接已复制", status)
    };
    let copy_code = {
        let code = code.clone();
        move |_| copy(code.clone(), "嵌入代码已复制", status)
    };
    view! {
        <details class="share-panel">
            <summary>"分享与嵌入"</summary>
            <label class="share-field">
                <span>"链接"</span>
                <input type="text" readonly value=link/>
            </label>
            <label class="share-field">
                <span>"嵌入代码(粘贴到网站页面中)"</span>
                <textarea readonly rows="3">{code}</textarea>
            </label>
            <div class="share-actions">
                <button type="button" class="button small" on:click=copy_link>"复制链接"</button>
                <button type="button" class="button small" on:click=copy_code>"复制嵌入代码"</button>
                {share}
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
        </details>
    }
}
