//! The tooltip of a chart's active point: its label, value and period, the words of
//! the report that state it, and a button to go to them.

use leptos::prelude::*;

use super::chart_points::ChartPoints;
use crate::i18n::SOURCE_LANG;

/// The tooltip's width in CSS pixels, as the stylesheet sets it (`.chart-tooltip`).
const TOOLTIP_WIDTH: f64 = 200.0;

/// The active point's tooltip, under its row; nothing while no point is active.
#[component]
pub fn ChartTooltip(points: ChartPoints) -> impl IntoView {
    let t = points.model.with_value(|m| m.lang.texts());
    move || {
        let i = points.active.get()?;
        let (label, value, period, quote) = points.model.with_value(|m| {
            m.points.get(i).map(|p| {
                let period = p.period.clone();
                (
                    p.label.clone(),
                    p.value_text.clone(),
                    period,
                    p.quote.clone(),
                )
            })
        })?;
        let (left, top) = points.layout.with(|l| l.tooltip_at(i, TOOLTIP_WIDTH))?;
        Some(view! {
            <div class="chart-tooltip" style:left=format!("{left}px") style:top=format!("{top}px")>
                <strong>{label}</strong>
                <span class="chart-tooltip-value">{value}</span>
                {period.map(|period| view! { <span class="chart-tooltip-period">{period}</span> })}
                <span class="chart-tooltip-quote">{t.original_text}"“"<span lang=SOURCE_LANG>{quote}</span>"”"</span>
                <button type="button" class="link-button" on:click=move |_| points.show_in_text(i)>{t.show_in_text}</button>
            </div>
        })
    }
}
