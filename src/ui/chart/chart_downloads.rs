//! What a reader downloads of a chart: its data as CSV, and its drawing as SVG or PNG,
//! drawn light and at normal text size whatever the reader's settings, with its title
//! and period inside (nothing around a downloaded drawing says what it shows).

use leptos::prelude::*;

use super::chart_sizing::ChartSize;
use super::download::{save_png, save_text};
use crate::charts::export::csv;
use crate::charts::{render_svg, ChartModel, Layout, Palette};
use crate::ui::preferences::chart_text_px;

/// The narrowest a downloaded drawing is laid out.
const MIN_DOWNLOAD_WIDTH: f64 = 480.0;

/// The chart drawn for download at `width` (or the narrowest a download is): its SVG,
/// its width and its height.
fn standalone_svg(model: &ChartModel, width: f64) -> (String, f64, f64) {
    let px = chart_text_px(false);
    let layout = Layout::new(model, width.max(MIN_DOWNLOAD_WIDTH), px, true);
    (
        render_svg(&layout, &Palette::LIGHT),
        layout.width,
        layout.height,
    )
}

/// Saves the chart's data as `<id>.csv`.
pub fn download_csv(model: StoredValue<ChartModel>) {
    let (stem, text) = model.with_value(|m| (m.id.clone(), csv(m)));
    save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &text);
}

/// Saves the chart's drawing as `<id>.svg`, at the width it has in the page.
pub fn download_svg(model: StoredValue<ChartModel>, size: ChartSize) {
    let width = untrack(move || size.width());
    let (stem, (svg, _, _)) = model.with_value(|m| (m.id.clone(), standalone_svg(m, width)));
    save_text(&format!("{stem}.svg"), "image/svg+xml", &svg);
}

/// Saves the chart's drawing as `<id>.png`, at the width it has in the page.
pub fn download_png(model: StoredValue<ChartModel>, size: ChartSize) {
    let width = untrack(move || size.width());
    let (stem, (svg, w, h)) = model.with_value(|m| (m.id.clone(), standalone_svg(m, width)));
    save_png(&format!("{stem}.png"), &svg, w, h);
}
