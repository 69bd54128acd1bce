//! The band that marks a chart's active point in its drawing.

use leptos::prelude::*;

use super::chart_points::ChartPoints;

/// The active point's band, over the drawing; nothing while no point is active.
#[component]
pub fn ChartHighlight(points: ChartPoints) -> impl IntoView {
    move || {
        let i = points.active.get()?;
        let band = points.layout.with(|l| l.rows.get(i).map(|r| r.band))?;
        Some(view! {
            <div
                class="chart-highlight"
                aria-hidden="true"
                style:top=format!("{}px", band.y)
                style:height=format!("{}px", band.h)
            ></div>
        })
    }
}
