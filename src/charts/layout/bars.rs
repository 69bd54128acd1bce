//! Bars: each value a bar from the left edge of the plot, as long as the value in
//! proportion to the largest (or to its logarithm, on a log scale), with the value
//! written at its end.

use super::frame::{shown, BarLine, Frame};
use super::log_axis::log_top;
use super::shapes::{Rect, Row};
use crate::report::Scale;

/// The rows of a bar chart.
pub(super) fn rows(frame: &mut Frame) -> Vec<Row> {
    frame.rows(|f, point, y| {
        let bar = Rect {
            x: f.plot.0,
            y,
            w: scaled_length(f, point.value),
            h: f.bar_h,
        };
        BarLine {
            bar,
            track: None,
            value_x: bar.x + bar.w + f.text_px * 0.4,
        }
    })
}

/// The length of the bar of `value` on the chart's scale (a funnel's too).
pub(super) fn scaled_length(frame: &Frame, value: f64) -> f64 {
    let v = value.max(0.0);
    let plot_w = frame.plot_w();
    let length = match frame.model.scale {
        Scale::Log => plot_w * (v.max(1.0).log10() / log_top(frame.model)),
        Scale::Linear => plot_w * v / frame.model.max_value(),
    };
    shown(length, value)
}
