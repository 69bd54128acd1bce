//! A chart's caption: its title, the period it covers, its note, and which of its
//! figures failed a consistency check.

use leptos::prelude::*;

use crate::charts::ChartModel;
use crate::ui::use_suspect_figures;

/// The `<figcaption>` of a chart; its title carries `title_id`, which names the figure.
#[component]
pub fn ChartCaption(model: StoredValue<ChartModel>, title_id: String) -> impl IntoView {
    let suspects = use_suspect_figures();
    let (title, period, note, unverified) = model.with_value(|m| {
        let unverified: Vec<String> = m
            .points
            .iter()
            .filter(|p| suspects.contains(&p.figure_id))
            .map(|p| p.label.clone())
            .collect();
        let unverified = (!unverified.is_empty()).then(|| m.lang.unverified_in_chart(&unverified));
        let period = m.shared_period().map(|p| m.lang.chart_period(p));
        (m.title.clone(), period, m.note.clone(), unverified)
    });
    let unverified = unverified.map(|text| {
        view! {
            <span class="suspect-note" role="note">
                {text}
            </span>
        }
    });
    view! {
        <figcaption>
            <span class="chart-title" id=title_id>{title}</span>
            {period.map(|p| view! { <span class="chart-period">{p}</span> })}
            {note.map(|n| view! { <span class="chart-note">{n}</span> })}
            {unverified}
        </figcaption>
    }
}
