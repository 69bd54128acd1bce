//! The charts overview: every chart by title, grouped under the section it is in.

use leptos::prelude::*;

use crate::location::hash_for;
use crate::report::Report;

/// Links to every chart, each with the heading of the section it sits in.
#[component]
pub fn ChartsOverview(report: std::sync::Arc<Report>) -> impl IntoView {
    let items = report
        .charts
        .iter()
        .map(|chart| {
            let section = report
                .all_sections()
                .into_iter()
                .find(|s| s.id == chart.section)
                .and_then(|s| s.heading())
                .unwrap_or_default();
            view! {
                <li>
                    <a href=hash_for(&format!("chart-{}", chart.id))>
                        <span class="overview-title">{chart.title.zh.clone()}</span>
                        <span class="overview-section">{section}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    (!report.charts.is_empty()).then(|| {
        view! {
            <nav class="charts-overview" aria-labelledby="charts-overview-heading">
                <details>
                    <summary id="charts-overview-heading">{format!("图表一览({} 幅)", report.charts.len())}</summary>
                    <ol>{items}</ol>
                </details>
            </nav>
        }
    })
}
