//! The report's sign-off and provenance, as on the published page.

use leptos::prelude::*;

use super::use_lang;
use crate::i18n::{Lang, SOURCE_LANG};
use crate::report::Meta;

/// The signing bodies and date, and where the text was published.
#[component]
pub fn ReportFooter(meta: Meta) -> impl IntoView {
    let lang = use_lang();
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
        </footer>
    }
}
