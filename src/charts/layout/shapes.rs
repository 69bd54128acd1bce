//! What a laid-out chart is made of, in CSS pixels: rectangles, labels, rows and
//! ticks; and the questions asked of it once laid out (which row is under a pointer,
//! where a tooltip goes).

/// A rectangle in CSS pixels, origin at the top left of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
}

/// How a text is placed relative to its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A text drawn in the chart. `y` is the vertical centre of the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// The geometry of one data point.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The band that belongs to this point (for hit-testing and highlighting).
    pub band: Rect,
    /// The point's label, wrapped onto as many lines as it needs at the narrowest
    /// width (at most `MAX_LABEL_LINES`), the last line just above the bar or value.
    pub labels: Vec<Label>,
    /// The 0–100 % track behind a rate's bar.
    pub track: Option<Rect>,
    pub bar: Rect,
    pub value: Label,
}

/// A gridline of a log axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: Label,
}

/// Everything drawn, in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Base font size in pixels.
    pub text_px: f64,
    /// Font size of the value labels (larger on cards).
    pub value_px: f64,
    /// The title's lines, drawn only in downloads, where nothing around the drawing
    /// says what it shows: empty in the page.
    pub title: Vec<Label>,
    /// The period the whole chart covers, under the title in downloads (the card
    /// says it in the page): empty in the page, or when the points say theirs.
    pub period: Vec<Label>,
    pub rows: Vec<Row>,
    /// Text between funnel stages.
    pub steps: Vec<Label>,
    pub ticks: Vec<Tick>,
    /// Where the plotted values start and end horizontally.
    pub plot: (f64, f64),
    /// A line stating the scale, for log axes.
    pub scale_label: Option<Label>,
}

impl Layout {
    /// The data point under (x, y), if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        self.rows.iter().position(|r| r.band.contains(x, y))
    }

    /// Where the tooltip of point `i` goes (left, top): under its row, centred on its
    /// bar, but never closer than 8 px to the left edge nor so far right that a tooltip
    /// `tooltip_width` wide would overflow.
    pub fn tooltip_at(&self, i: usize, tooltip_width: f64) -> Option<(f64, f64)> {
        let row = self.rows.get(i)?;
        let right_most = (self.width - tooltip_width).max(8.0);
        let left = within(row.bar.x + row.bar.w * 0.5, 8.0, right_most);
        Some((left, row.band.y + row.band.h))
    }
}

/// `x` limited to `lo..=hi` (`lo` wins if they cross). Unlike `f64::clamp` it cannot
/// panic, so the wasm carries no panic message with float formatting.
pub fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.min(hi).max(lo)
}
