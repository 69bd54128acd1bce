//! What every kind of chart shares: its measures at one width and text size, the
//! heading a download carries, and how a row stacks its label lines over its bar; and
//! [`Layout::new`], which lays a chart out from the top down.

use super::shapes::{Anchor, Label, Layout, Rect, Row};
use super::text::{fit_lines, label_lines, text_width, wrap_all, MAX_LABEL_LINES};
use super::{bars, cards, funnel, log_axis, rates};
use crate::charts::model::{ChartModel, Point};
use crate::report::{ChartKind, Scale};

/// Narrowest width laid out; narrower containers get a horizontally clipped chart.
pub const MIN_WIDTH: f64 = 240.0;
/// The margin around everything drawn.
pub(super) const PAD: f64 = 8.0;

impl Layout {
    /// Lays out `model` at `width` CSS pixels with base text size `text_px`.
    /// `with_title` puts the title inside the drawing (for downloads).
    pub fn new(model: &ChartModel, width: f64, text_px: f64, with_title: bool) -> Layout {
        let mut frame = Frame::new(model, width, text_px);
        let (title, period) = if with_title {
            frame.heading()
        } else {
            (Vec::new(), Vec::new())
        };
        let (rows, steps) = match model.kind {
            ChartKind::Bars => (bars::rows(&mut frame), Vec::new()),
            ChartKind::Funnel => funnel::rows(&mut frame),
            ChartKind::Rates => (rates::rows(&mut frame), Vec::new()),
            ChartKind::Cards => (cards::rows(&mut frame), Vec::new()),
        };
        // Rates are drawn on their 0–100 % tracks, whatever the scale.
        let (ticks, scale_label) = match model.scale {
            Scale::Log if model.kind != ChartKind::Rates => log_axis::lay_out(&mut frame),
            _ => (Vec::new(), None),
        };
        Layout {
            width: frame.width,
            height: (frame.y + PAD).ceil(),
            text_px,
            value_px: frame.value_px,
            title,
            period,
            rows,
            steps,
            ticks,
            plot: frame.plot,
            scale_label,
        }
    }
}

/// A chart's measures at one width and text size, and how far down it is laid out.
pub(super) struct Frame<'a> {
    pub model: &'a ChartModel,
    pub width: f64,
    pub text_px: f64,
    /// Font size of the value labels.
    pub value_px: f64,
    /// The height of a line of text.
    pub line: f64,
    /// The height of the line a bar and its value take.
    pub bar_h: f64,
    /// The space between rows.
    pub gap: f64,
    /// Where the plotted values start and end horizontally.
    pub plot: (f64, f64),
    /// Where the next part goes: below everything laid out so far.
    pub y: f64,
}

/// What a row draws in its bar's line, as each kind of chart places it.
pub(super) struct BarLine {
    pub bar: Rect,
    pub track: Option<Rect>,
    /// Where the value is written from.
    pub value_x: f64,
}

impl<'a> Frame<'a> {
    fn new(model: &'a ChartModel, width: f64, text_px: f64) -> Frame<'a> {
        let width = width.max(MIN_WIDTH);
        let (value_px, bar_h) = match model.kind {
            ChartKind::Cards => cards::value_line(text_px),
            _ => (text_px, (text_px * 1.35).round()),
        };
        // Room at the right for the longest value text, so that no value is clipped.
        let value_room = model
            .points
            .iter()
            .map(|p| text_width(&p.value_text, text_px))
            .fold(0.0, f64::max)
            + text_px * 0.5;
        Frame {
            model,
            width,
            text_px,
            value_px,
            line: (text_px * 1.5).round(),
            bar_h,
            gap: (text_px * 0.75).round(),
            plot: (PAD, (width - PAD - value_room).max(PAD + 40.0)),
            y: PAD,
        }
    }

    /// The width the values are plotted across.
    pub fn plot_w(&self) -> f64 {
        self.plot.1 - self.plot.0
    }

    /// The title and the period of the whole chart, each on as many lines as it needs,
    /// then a gap: a download's heading.
    fn heading(&mut self) -> (Vec<Label>, Vec<Label>) {
        let model = self.model;
        let title = self.lines(&model.title, self.text_px * 1.15);
        let period = model
            .shared_period()
            .map(|p| self.lines(&model.lang.chart_period(p), self.text_px))
            .unwrap_or_default();
        self.y += self.gap;
        (title, period)
    }

    /// `text` at `px`, wrapped to the chart's width and stacked from the top down.
    fn lines(&mut self, text: &str, px: f64) -> Vec<Label> {
        let max_width = self.width - 2.0 * PAD;
        let lines = wrap_all(text, px, max_width);
        stacked(fit_lines(&lines, px, max_width), &mut self.y, self.line)
    }

    /// A row for every point, in order, each bar's line placed by `bar_line` (given the
    /// point and the line's top).
    pub fn rows(&mut self, bar_line: impl Fn(&Frame, &Point, f64) -> BarLine) -> Vec<Row> {
        let model = self.model;
        model
            .points
            .iter()
            .map(|point| self.row(point, |f, y| bar_line(f, point, y)))
            .collect()
    }

    /// The row of `point`: its label's lines, then its bar's line as `bar_line` places
    /// it (given the line's top), then a gap.
    pub fn row(&mut self, point: &Point, bar_line: impl FnOnce(&Frame, f64) -> BarLine) -> Row {
        let top = self.y;
        // As many lines as the label needs at the narrowest width, whatever this
        // width: the drawing's height never depends on its width, so the app
        // re-draws the build's drawings without moving anything.
        let (model, px) = (self.model, self.text_px);
        let reserved = label_lines(model, point, px, MIN_WIDTH - 2.0 * PAD, MAX_LABEL_LINES).len();
        let lines = label_lines(model, point, px, self.width - 2.0 * PAD, reserved);
        self.y += self.line * (reserved - lines.len()) as f64;
        let labels = stacked(lines, &mut self.y, self.line);
        let BarLine {
            bar,
            track,
            value_x,
        } = bar_line(self, self.y);
        let value = Label {
            text: point.value_text.clone(),
            x: value_x,
            y: self.y + self.bar_h / 2.0,
            anchor: Anchor::Start,
        };
        self.y += self.bar_h + self.gap;
        Row {
            band: Rect {
                x: 0.0,
                y: top - self.gap / 2.0,
                w: self.width,
                h: self.y - top,
            },
            labels,
            track,
            bar,
            value,
        }
    }
}

/// A bar `length` long for `value`, or 2 px for a value above zero too small to show.
pub(super) fn shown(length: f64, value: f64) -> f64 {
    length.max(if value > 0.0 { 2.0 } else { 0.0 })
}

/// `lines` as labels at the left edge, one under the other from `y` (which ends
/// below the last).
fn stacked(lines: Vec<String>, y: &mut f64, line: f64) -> Vec<Label> {
    lines
        .into_iter()
        .map(|text| {
            let label = Label {
                text,
                x: PAD,
                y: *y + line / 2.0,
                anchor: Anchor::Start,
            };
            *y += line;
            label
        })
        .collect()
}
