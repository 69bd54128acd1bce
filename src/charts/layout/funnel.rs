//! A funnel: the stages of one process, each bar centred under the one before, with
//! the step between two stages (what share went on) written between them.

use super::bars::scaled_length;
use super::frame::{BarLine, Frame, PAD};
use super::shapes::{Anchor, Label, Rect, Row};
use super::text::fit_text;

/// The rows of a funnel, and the steps between them.
pub(super) fn rows(frame: &mut Frame) -> (Vec<Row>, Vec<Label>) {
    let model = frame.model;
    let step_h = (frame.text_px * 1.7).round();
    let mut steps = Vec::new();
    let mut rows = Vec::with_capacity(model.points.len());
    for (i, point) in model.points.iter().enumerate() {
        if i > 0 {
            if let Some(step) = model.steps.iter().find(|s| s.to == i) {
                steps.push(step_label(frame, &step.text, step_h));
            }
            frame.y += step_h;
        }
        rows.push(frame.row(point, |f, y| {
            let length = scaled_length(f, point.value);
            let bar = Rect {
                x: f.plot.0 + (f.plot_w() - length) / 2.0,
                y,
                w: length,
                h: f.bar_h,
            };
            BarLine {
                bar,
                track: None,
                value_x: bar.x + bar.w + f.text_px * 0.4,
            }
        }));
    }
    (rows, steps)
}

/// The step `text` in the `step_h` high space above the next stage, centred.
fn step_label(frame: &Frame, text: &str, step_h: f64) -> Label {
    Label {
        text: fit_text(
            &format!("↓ {text}"),
            frame.text_px * 0.9,
            frame.width - 2.0 * PAD,
        ),
        x: (frame.plot.0 + frame.plot.1) / 2.0,
        y: frame.y + step_h / 2.0 - frame.gap / 2.0,
        anchor: Anchor::Middle,
    }
}
