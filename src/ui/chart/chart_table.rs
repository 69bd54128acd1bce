//! A chart as a table: every point with its value, period and the words of the report
//! that state it, then the funnel's steps with where each comes from.

use leptos::prelude::*;

use crate::charts::{ChartModel, StepSource};
use crate::i18n::SOURCE_LANG;

/// The table view of a chart.
#[component]
pub fn ChartTable(model: StoredValue<ChartModel>) -> impl IntoView {
    move || {
        model.with_value(|m| {
            let (lang, t) = (m.lang, m.lang.texts());
            let rows = m
                .points
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{p.label.clone()}</th>
                            <td class="num">
                                {p.value_text.clone()}
                                {p.period.clone().map(|period| view! { <span class="table-period">{period}</span> })}
                            </td>
                            <td class="quote" lang=SOURCE_LANG>{p.quote.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let steps = m
                .steps
                .iter()
                .map(|s| {
                    let source = match &s.source {
                        StepSource::Stated { .. } => t.stated_in_report.to_string(),
                        StepSource::Derived { formula } => lang.derived_from(formula),
                    };
                    view! {
                        <tr class="derived-row">
                            <th scope="row">{s.text.clone()}</th>
                            <td class="num">{format!("{:.1}%", s.percent)}</td>
                            <td class="quote">{source}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="chart-table">
                    <caption>{m.title.clone()}</caption>
                    <thead>
                        <tr><th scope="col">{t.table_item}</th><th scope="col">{t.table_value}</th><th scope="col">{t.table_source}</th></tr>
                    </thead>
                    <tbody>{rows}{steps}</tbody>
                </table>
            }
        })
    }
}
