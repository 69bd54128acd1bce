//! A QR code of a link, so that a page seen on a desktop or on paper opens on a phone.

use leptos::prelude::*;

use crate::qr;
use crate::ui::use_lang;

/// The QR code of `link`, black on white in every theme (as scanners read best), with
/// a caption; if the link cannot be drawn, a sentence that says why instead.
#[component]
pub fn QrCode(#[prop(into)] link: Signal<String>) -> impl IntoView {
    let lang = use_lang();
    // Encoded once per link, not again when only the language changes.
    let drawing = Memo::new(move |_| qr::draw(&link.get()));
    move || {
        let t = lang.get().texts();
        match drawing.get() {
            Ok(drawing) => {
                let size = drawing.size.to_string();
                let view_box = format!("0 0 {size} {size}");
                view! {
                    <figure class="qr-code">
                        <svg
                            viewBox=view_box
                            role="img"
                            aria-label=t.qr_code
                            shape-rendering="crispEdges"
                        >
                            <rect width=size.clone() height=size fill="#ffffff"/>
                            <path d=drawing.path fill="#000000"/>
                        </svg>
                        <figcaption>{t.qr_caption}</figcaption>
                    </figure>
                }
                .into_any()
            }
            Err(_) => view! { <p class="qr-failed">{t.qr_failed}</p> }.into_any(),
        }
    }
}
