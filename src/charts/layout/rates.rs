//! Rates: each percentage a bar on a full 0–100 % track, whatever the chart's scale,
//! with the value written after the track, so that the values line up.

use super::frame::{shown, BarLine, Frame};
use super::shapes::{Rect, Row};

/// The rows of a chart of rates.
pub(super) fn rows(frame: &mut Frame) -> Vec<Row> {
    frame.rows(|f, point, y| {
        let plot_w = f.plot_w();
        let v = point.value.max(0.0);
        let length = shown(plot_w * (v / 100.0).min(1.0), point.value);
        BarLine {
            bar: Rect {
                x: f.plot.0,
                y,
                w: length,
                h: f.bar_h,
            },
            track: Some(Rect {
                x: f.plot.0,
                y,
                w: plot_w,
                h: f.bar_h,
            }),
            value_x: f.plot.1 + f.text_px * 0.4,
        }
    })
}
