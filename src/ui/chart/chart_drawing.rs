//! The chart's drawing in the page: laid out at its width and the reader's text size,
//! and drawn by plotters in the reader's palette.

use leptos::prelude::*;

use super::chart_sizing::ChartSize;
use crate::charts::{render_svg, ChartModel, Layout, Palette};
use crate::ui::dom::ON_SERVER;
use crate::ui::preferences::{chart_text_px, use_preferences};
use crate::user_timing::timed;

/// The chart's layout at its current width; its text follows elderly mode.
pub fn lay_out(model: StoredValue<ChartModel>, size: ChartSize) -> Memo<Layout> {
    let prefs = use_preferences();
    let text_px = move || prefs.map_or(chart_text_px(false), |p| p.chart_text_px());
    Memo::new(move |_| {
        let px = text_px();
        model.with_value(|m| Layout::new(m, size.width(), px, false))
    })
}

/// The chart's SVG, in the colours of the reader's theme; empty while the chart shows
/// the drawing made at build time, which the browser keeps until it is measured.
/// Timed with the User Timing API so that the benchmark can read draw times.
pub fn draw(model: StoredValue<ChartModel>, layout: Memo<Layout>, size: ChartSize) -> Memo<String> {
    let prefs = use_preferences();
    let palette = move || prefs.map_or(Palette::LIGHT, |p| p.palette());
    Memo::new(move |_| {
        if !ON_SERVER && size.shows_build_drawing() {
            return String::new();
        }
        let id = model.with_value(|m| m.id.clone());
        timed(&format!("chart-draw:{id}"), || {
            let palette = palette();
            layout.with(|l| render_svg(l, &palette))
        })
    })
}

/// The drawing, hidden from screen readers (the summary and the table say it).
#[component]
pub fn ChartDrawing(svg: Memo<String>, size: ChartSize) -> impl IntoView {
    // Marked while it is the drawing made at build time, in the light palette, which
    // the stylesheet recolours for the reader's theme.
    view! {
        <div
            class="chart-svg"
            aria-hidden="true"
            data-drawn=move || size.shows_build_drawing().then_some("build")
            inner_html=move || svg.get()
        ></div>
    }
}
