//! The report's masthead: title, issuing bodies and publication details.

use leptos::prelude::*;

use crate::report::Meta;

/// Title, issuers, publication date-time, source and publishing offices.
#[component]
pub fn ReportHeader(meta: Meta) -> impl IntoView {
    let issuers = meta.issuers.join(" · ");
    view! {
        <header class="report-header">
            <p class="district">{meta.district.zh.clone()}" · "{meta.year}"年度"</p>
            <h1 id="report-title">{meta.title.clone()}</h1>
            <dl class="report-meta">
                <div>
                    <dt>"发文机关"</dt>
                    <dd>{issuers}</dd>
                </div>
                <div>
                    <dt>"成文日期"</dt>
                    <dd><time datetime=meta.signed_on.clone()>{meta.signed_on_text.clone()}</time></dd>
                </div>
                <div>
                    <dt>"发布日期"</dt>
                    <dd><time datetime=meta.published_at.replacen(' ', "T", 1)>{meta.published_at.clone()}</time></dd>
                </div>
                <div>
                    <dt>"来源"</dt>
                    <dd>{meta.source_office.clone()}</dd>
                </div>
                <div>
                    <dt>"发布机构"</dt>
                    <dd>{meta.publishing_office.clone()}</dd>
                </div>
            </dl>
        </header>
    }
}
