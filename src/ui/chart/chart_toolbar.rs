//! A chart's toolbar: the switch between the drawing and the table, and the
//! downloads. It needs the app, so the page hides it until the app is live.

use leptos::prelude::*;

use super::chart_downloads::{download_csv, download_png, download_svg};
use super::chart_sizing::ChartSize;
use crate::charts::ChartModel;

/// The toolbar's buttons, in one row.
#[component]
pub fn ChartToolbar(
    model: StoredValue<ChartModel>,
    size: ChartSize,
    show_table: RwSignal<bool>,
) -> impl IntoView {
    let t = model.with_value(|m| m.lang.texts());
    view! {
        <div class="chart-toolbar needs-app">
            <button type="button" class="button small" aria-pressed=move || show_table.get().to_string()
                on:click=move |_| show_table.update(|t| *t = !*t)>{t.table}</button>
            <span class="download-label" aria-hidden="true">{t.download}</span>
            <button type="button" class="button small" aria-label=t.download_csv
                on:click=move |_| download_csv(model)>"CSV"</button>
            <button type="button" class="button small" aria-label=t.download_svg
                on:click=move |_| download_svg(model, size)>"SVG"</button>
            <button type="button" class="button small" aria-label=t.download_png
                on:click=move |_| download_png(model, size)>"PNG"</button>
        </div>
    }
}
