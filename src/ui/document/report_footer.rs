//! The report's sign-off and provenance, as on the published page.

use leptos::prelude::*;

use crate::i18n::{Lang, SOURCE_LANG};
use crate::location::report_link;
use crate::report::Meta;
use crate::ui::{expect_report_id, use_lang, use_live, use_page_address, QrCode};

/// The signing bodies and date, where the text was published, and (on paper only) a
/// QR code of the online report.
#[component]
pub fn ReportFooter(meta: Meta) -> impl IntoView {
    let lang = use_lang();
    let page = use_page_address();
    let report = expect_report_id();
    let live = use_live();
    // Drawn once the page is live, when its address is known.
    let print_qr = move || {
        live.get().then(|| {
            let report = report.clone();
            let link = Signal::derive(move || format!("{}{}", page.get(), report_link(&report)));
            view! {
                <div class="print-qr">
                    <p>{move || lang.get().texts().qr_print}</p>
                    <QrCode link/>
                </div>
            }
        })
    };
    let provenance = {
        let meta = meta.clone();
        move || {
            let (source, publisher, published) = (
                meta.source_office.clone(),
                meta.publishing_office.clone(),
                meta.published_at.clone(),
            );
            match lang.get() {
                Lang::Zh => view! {
                    "本页内容来自"{source}",由"{publisher}"发布,发布日期 "{published}
                    "。正文按原文逐字呈现,图表与数字均可追溯到原文句子。"
                }
                .into_any(),
                Lang::En => view! {
                    "This page reproduces a report from "<span lang=SOURCE_LANG>{source}</span>
                    ", published by "<span lang=SOURCE_LANG>{publisher}</span>" on "{published}
                    ". The report text is shown word for word in the original Chinese; every chart and number traces back to a sentence of it. "
                    {Lang::En.translation_notice()}
                }
                .into_any(),
            }
        }
    };
    view! {
        <footer class="report-footer">
            <div class="signature" lang=SOURCE_LANG>
                {meta.issuers.iter().map(|i| view! { <p>{i.clone()}</p> }).collect_view()}
                <p><time datetime=meta.signed_on.clone()>{meta.signed_on_text.clone()}</time></p>
            </div>
            <p class="provenance">{provenance}</p>
            {print_qr}
        </footer>
    }
}
