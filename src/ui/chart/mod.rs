//! The chart card: one chart of the report with its caption, its drawing sized to its
//! container, a tooltip for pointer, touch and keyboard, a table view, downloads, and
//! the link between each data point and its sentence.

// Without the `charts` feature the chart code is built but never called.
#![cfg_attr(not(feature = "charts"), allow(dead_code))]

mod chart_canvas;
mod chart_caption;
mod chart_card;
mod chart_downloads;
mod chart_drawing;
mod chart_figure;
mod chart_highlight;
mod chart_keyboard;
mod chart_pointer;
mod chart_points;
mod chart_sizing;
mod chart_table;
mod chart_toolbar;
mod chart_tooltip;
mod download;

pub use chart_card::ChartCard;
pub use chart_sizing::BUILD_WIDTH;
pub use download::save_text;
