//! Cards: values written large under their labels, without bars, for figures of
//! different units that must not be compared by length.

use super::frame::{BarLine, Frame, PAD};
use super::shapes::{Rect, Row};

/// A card's value size and the height of its line: larger than the labels' text.
pub(super) fn value_line(text_px: f64) -> (f64, f64) {
    let value_px = text_px * 1.6;
    (value_px, (value_px * 1.4).round())
}

/// The rows of a chart of cards: an empty bar (so that the row still has a place for
/// hit-testing and highlighting) and the value at the left edge.
pub(super) fn rows(frame: &mut Frame) -> Vec<Row> {
    frame.rows(|f, _, y| BarLine {
        bar: Rect {
            x: f.plot.0,
            y,
            w: 0.0,
            h: f.bar_h,
        },
        track: None,
        value_x: PAD,
    })
}
