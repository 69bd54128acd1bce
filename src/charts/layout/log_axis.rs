//! The axis of a chart on a log scale: a tick at every power of ten, labelled the way
//! readers count, and a line saying what the scale is.

use super::frame::{Frame, PAD};
use super::shapes::{Anchor, Label, Tick};
use super::text::{fit_text, text_width};
use crate::charts::model::ChartModel;
use crate::i18n::Lang;

/// The power of ten at the right end of a log axis: of the largest value, rounded up,
/// and at least 10.
pub(super) fn log_top(model: &ChartModel) -> f64 {
    model.max_value().log10().ceil().max(1.0)
}

/// Tick label for a power of ten, the way Chinese readers count (1, 10, 100, 1千,
/// 1万, 10万, 1亿) or English readers do (1, 10, 100, 1k, 10k, 100k, 1M).
pub fn power_of_ten_label(exponent: i32, lang: Lang) -> String {
    if lang == Lang::En {
        return match exponent {
            0..=2 => 10u32.pow(exponent as u32).to_string(),
            3..=5 => format!("{}k", 10u32.pow(exponent as u32 - 3)),
            6..=8 => format!("{}M", 10u32.pow(exponent as u32 - 6)),
            e => format!("1e{e}"),
        };
    }
    match exponent {
        0 => "1".into(),
        1 => "10".into(),
        2 => "100".into(),
        3 => "1千".into(),
        4 => "1万".into(),
        5 => "10万".into(),
        6 => "100万".into(),
        7 => "1千万".into(),
        8 => "1亿".into(),
        e => format!("1e{e}"),
    }
}

/// The axis under the rows: its ticks, then the line stating the scale.
pub(super) fn lay_out(frame: &mut Frame) -> (Vec<Tick>, Option<Label>) {
    let model = frame.model;
    let log_top = log_top(model);
    let plot_w = frame.plot_w();
    let axis_y = frame.y + frame.line / 2.0;
    let mut ticks = Vec::new();
    let mut last_end = f64::NEG_INFINITY;
    for e in 0..=(log_top as i32) {
        let x = frame.plot.0 + plot_w * f64::from(e) / log_top;
        let text = power_of_ten_label(e, model.lang);
        let half = text_width(&text, frame.text_px * 0.85) / 2.0;
        // Skip a tick label that would collide with the previous one.
        if x - half < last_end + 4.0 {
            continue;
        }
        last_end = x + half;
        ticks.push(Tick {
            x,
            label: Label {
                text,
                x,
                y: axis_y,
                anchor: Anchor::Middle,
            },
        });
    }
    frame.y += frame.line;
    let scale_label = Label {
        text: fit_text(
            match model.lang {
                Lang::Zh => "对数刻度:每条竖线是前一条的 10 倍",
                Lang::En => "Logarithmic scale: each line is 10 times the one before",
            },
            frame.text_px * 0.85,
            frame.width - 2.0 * PAD,
        ),
        x: PAD,
        y: frame.y + frame.line / 2.0,
        anchor: Anchor::Start,
    };
    frame.y += frame.line;
    (ticks, Some(scale_label))
}
