//! Chart geometry: where every label, bar and value goes at a given width and text
//! size, and which data point lies under a pointer. Pure arithmetic, so the page, the
//! SVG download and the tests all agree on it.
//!
//! [`Layout::new`] measures what every kind of chart shares (`frame`) and stacks the
//! heading of a download, the rows — laid out by the chart's kind (`bars`, `funnel`,
//! `rates`, `cards`) — and a log axis (`log_axis`) from the top down.

mod bars;
mod cards;
mod frame;
mod funnel;
mod log_axis;
mod rates;
mod shapes;
mod text;

#[cfg(test)]
mod tests;

pub use frame::MIN_WIDTH;
pub use log_axis::power_of_ten_label;
pub use shapes::{within, Anchor, Label, Layout, Rect, Row, Tick};
pub use text::{fit_text, label_lines, text_width, MAX_LABEL_LINES};
