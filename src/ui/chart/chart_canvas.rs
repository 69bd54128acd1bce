//! The chart's drawing as the reader handles it: one focusable group holding the
//! drawing, the active point's highlight and its tooltip, answering pointer, touch and
//! keys.

use leptos::html::Div;
use leptos::prelude::*;

use super::chart_drawing::ChartDrawing;
use super::chart_highlight::ChartHighlight;
use super::chart_keyboard::on_chart_key;
use super::chart_pointer::{on_pointer_leave, on_pointer_move, on_pointer_up};
use super::chart_points::ChartPoints;
use super::chart_sizing::ChartSize;
use super::chart_tooltip::ChartTooltip;

/// The drawing's place in the card, hidden while the table shows; described by the
/// chart's text summary (`summary_id`).
#[component]
pub fn ChartCanvas(
    canvas: NodeRef<Div>,
    points: ChartPoints,
    size: ChartSize,
    svg: Memo<String>,
    show_table: RwSignal<bool>,
    title: String,
    summary_id: String,
) -> impl IntoView {
    let lang = points.model.with_value(|m| m.lang);
    let t = lang.texts();
    view! {
        <div
            class="chart-canvas"
            node_ref=canvas
            hidden=move || show_table.get()
            tabindex="0"
            role="group"
            aria-roledescription=t.chart
            aria-label=lang.chart_label(&title)
            aria-describedby=summary_id
            on:pointermove=on_pointer_move(canvas, points)
            on:pointerleave=on_pointer_leave(points)
            on:pointerup=on_pointer_up(canvas, points)
            on:keydown=on_chart_key(points)
        >
            <ChartDrawing svg size/>
            <ChartHighlight points/>
            <ChartTooltip points/>
        </div>
    }
}
