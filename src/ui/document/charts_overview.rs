//! The charts overview: every chart by title, grouped under the section it is in.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::location::hash_for;
use crate::report::{Bilingual, Report};
use crate::ui::use_lang;

/// Links to every chart, each with the heading of the section it sits in.
#[component]
pub fn ChartsOverview(report: std::sync::Arc<Report>) -> impl IntoView {
    let lang = use_lang();
    let count = report.charts.len();
    (count > 0).then(move || {
        // The links are attached in a task of their own (see `attaching`): the list is
        // folded.
        let list = crate::ui::list_attached_later(move || overview_items(&report, lang));
        view! {
            <nav class="charts-overview" aria-labelledby="charts-overview-heading">
                <details>
                    <summary id="charts-overview-heading">{move || lang.get().charts_overview(count)}</summary>
                    {list}
                </details>
            </nav>
        }
    })
}

/// A link to each chart, with its section's heading.
fn overview_items(report: &Report, lang: Signal<Lang>) -> impl IntoView {
    report
        .charts
        .iter()
        .map(|chart| {
            let section = report
                .all_sections()
                .into_iter()
                .find(|s| s.id == chart.section)
                .map(|s| Bilingual {
                    zh: s.heading_in(Lang::Zh).unwrap_or_default(),
                    en: s.heading_in(Lang::En).unwrap_or_default(),
                });
            let title = chart.title.clone();
            view! {
                <li>
                    <a href=hash_for(&format!("chart-{}", chart.id))>
                        <span class="overview-title">{move || title.get(lang.get()).to_string()}</span>
                        <span class="overview-section">
                            {move || section.as_ref().map(|s| s.get(lang.get()).to_string())}
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view()
}
