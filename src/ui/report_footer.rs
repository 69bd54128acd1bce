//! The report's sign-off and provenance, as on the published page.

use leptos::prelude::*;

use crate::report::Meta;

/// The signing bodies and date, and where the text was published.
#[component]
pub fn ReportFooter(meta: Meta) -> impl IntoView {
    view! {
        <footer class="report-footer">
            <div class="signature">
                {meta.issuers.iter().map(|i| view! { <p>{i.clone()}</p> }).collect_view()}
                <p><time datetime=meta.signed_on.clone()>{meta.signed_on_text.clone()}</time></p>
            </div>
            <p class="provenance">
                {format!(
                    "本页内容来自{},由{}发布,发布日期 {}。正文按原文逐字呈现,图表与数字均可追溯到原文句子。",
                    meta.source_office, meta.publishing_office, meta.published_at,
                )}
            </p>
        </footer>
    }
}
