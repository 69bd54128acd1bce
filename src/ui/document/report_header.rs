//! The report's masthead: title, issuing bodies and publication details.

use leptos::prelude::*;

use crate::i18n::{Lang, SOURCE_LANG};
use crate::report::Meta;
use crate::ui::{use_lang, TranslationNotice};

/// Title, issuers, publication date-time, source and publishing offices. On English
/// pages the title is translated, with the original Chinese title under it; names of
/// offices stay as the report gives them.
#[component]
pub fn ReportHeader(meta: Meta) -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let english = move || lang.get() == Lang::En;
    let issuers = meta.issuers.join(" · ");
    let district = {
        let meta = meta.clone();
        move || {
            let name = meta.district.get(lang.get());
            lang.get().district_year(name, meta.year)
        }
    };
    let title = {
        let meta = meta.clone();
        move || meta.title_in(lang.get()).to_string()
    };
    let original_title = {
        let original = meta.title.clone();
        move || {
            english().then(|| {
                view! { <p class="original-title" lang=SOURCE_LANG>{original.clone()}</p> }
            })
        }
    };
    // English readers get the ISO date; Chinese readers the report's own wording.
    let signed_on = {
        let meta = meta.clone();
        move || {
            if english() {
                meta.signed_on.clone()
            } else {
                meta.signed_on_text.clone()
            }
        }
    };
    view! {
        <header class="report-header">
            <p class="district">{district}</p>
            <h1 id="report-title">{title}</h1>
            {original_title}
            <dl class="report-meta">
                <div>
                    <dt>{move || t().issued_by}</dt>
                    <dd lang=SOURCE_LANG>{issuers}</dd>
                </div>
                <div>
                    <dt>{move || t().signed_on}</dt>
                    <dd><time datetime=meta.signed_on.clone()>{signed_on}</time></dd>
                </div>
                <div>
                    <dt>{move || t().published_on}</dt>
                    <dd><time datetime=meta.published_at.replacen(' ', "T", 1)>{meta.published_at.clone()}</time></dd>
                </div>
                <div>
                    <dt>{move || t().source}</dt>
                    <dd lang=SOURCE_LANG>{meta.source_office.clone()}</dd>
                </div>
                <div>
                    <dt>{move || t().publisher}</dt>
                    <dd lang=SOURCE_LANG>{meta.publishing_office.clone()}</dd>
                </div>
            </dl>
            <TranslationNotice/>
        </header>
    }
}
