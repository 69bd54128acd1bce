//! The source line under an embedded excerpt: the report it comes from, linked to the
//! same place in the full report, its publisher and its date.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::SOURCE_LANG;
use crate::location::{share_link, EmbedTarget};
use crate::report::Report;
use crate::ui::{use_lang, TranslationNotice};

/// The date part (`2024-01-18`) of a publication time (`2024-01-18 18:08:22`).
pub fn published_date(published_at: &str) -> &str {
    published_at
        .split([' ', 'T'])
        .next()
        .unwrap_or(published_at)
}

/// The source line of the excerpt `target` of `report`.
#[component]
pub fn EmbedSource(report: Arc<Report>, target: EmbedTarget) -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let page = crate::ui::use_page_address();
    let full_report = {
        let report = crate::ui::expect_report_id();
        move || page.with(|page| share_link(page, &report, &target))
    };
    let meta = &report.meta;
    let (title, office) = (meta.title.clone(), meta.publishing_office.clone());
    let published = published_date(&meta.published_at).to_string();
    view! {
        <footer class="embed-source">
            {move || t().source_colon}
            <a href=full_report target="_blank" rel="noopener" lang=SOURCE_LANG>{format!("《{title}》")}</a>
            " · "<span lang=SOURCE_LANG>{office}</span>
            {move || format!(" · {} {published}", t().published_colon)}
            <TranslationNotice/>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::published_date;

    #[test]
    fn the_source_line_shows_the_date_without_the_time() {
        assert_eq!(published_date("2024-01-18 18:08:22"), "2024-01-18");
        assert_eq!(published_date("2024-01-18T18:08:22"), "2024-01-18");
        assert_eq!(published_date("2024年1月18日"), "2024年1月18日");
    }
}
