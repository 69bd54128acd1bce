//! Chart geometry: where every label, bar and value goes at a given width and text
//! size, and which data point lies under a pointer. Pure arithmetic, so the page, the
//! SVG download and the tests all agree on it.

use super::model::{ChartModel, Point};
use crate::i18n::Lang;
use crate::report::period::with_period;
use crate::report::{ChartKind, Scale};

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

/// Narrowest width laid out; narrower containers get a horizontally clipped chart.
pub const MIN_WIDTH: f64 = 240.0;
const PAD: f64 = 8.0;

/// Estimated advance of `text` at `px`: CJK and full-width characters take one em,
/// digits and Latin letters a little over half. Generous, so that text never collides.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ',' | '.' | ':' | ';' | '(' | ')' | ' ' | '\'' | '|' => 0.34,
            c if c.is_ascii_digit() => 0.6,
            c if c.is_ascii_uppercase() => 0.72,
            c if c.is_ascii() => 0.6,
            '%' | '…' => 0.9,
            _ => 1.0,
        })
        .sum::<f64>()
        * px
}

/// Cuts `text` with an ellipsis so that it fits `max_width`.
pub fn fit_text(text: &str, px: f64, max_width: f64) -> String {
    if text_width(text, px) <= max_width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let candidate = format!("{out}{c}…");
        if text_width(&candidate, px) > max_width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The most lines a chart label takes; a longer one is cut on its last line.
pub const MAX_LABEL_LINES: usize = 4;

/// `text` split where a line may break: after a space, and between CJK characters,
/// but never before closing punctuation nor after opening punctuation, and never
/// inside a run of Latin letters and digits. Joined, the pieces are `text` again.
fn break_units(text: &str) -> Vec<String> {
    const NO_BREAK_BEFORE: &str = ",。、;:!?)」』》】〉”’%…,.;:!?)";
    const NO_BREAK_AFTER: &str = "(「『《【〈“‘(";
    let mut units: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let joins = match previous {
            Some(p) => {
                c == ' '
                    || NO_BREAK_BEFORE.contains(c)
                    || NO_BREAK_AFTER.contains(p)
                    || (p != ' ' && p.is_ascii() && c.is_ascii())
            }
            _ => false,
        };
        match units.last_mut() {
            Some(unit) if joins => unit.push(c),
            _ => units.push(c.to_string()),
        }
        previous = Some(c);
    }
    units
}

/// `text` broken into lines no wider than `max_width` (greedy; a piece wider than a
/// line gets a line of its own). Each line keeps its trailing spaces, so that the
/// lines joined are `text` again.
fn wrap_all(text: &str, px: f64, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in break_units(text) {
        let candidate = format!("{line}{unit}");
        if !line.is_empty() && text_width(candidate.trim_end(), px) > max_width {
            lines.push(std::mem::replace(&mut line, unit));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A point's label as drawn, wrapped onto at most `max_lines` lines of `max_width`.
/// When it needs more, the name is cut with an ellipsis and the period kept whole:
/// the time a figure covers is part of what it says, so only the name is shortened
/// (the table, the tooltip and the summary carry it whole). The period follows the
/// cut name on the last line where both fit, and takes lines of its own where not.
pub fn label_lines(
    model: &ChartModel,
    point: &Point,
    px: f64,
    max_width: f64,
    max_lines: usize,
) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let whole = model.drawn_label(point);
    let lines = wrap_all(&whole, px, max_width);
    if lines.len() <= max_lines {
        return fit_lines(&lines, px, max_width);
    }
    let Some(suffix) = model
        .own_period(point)
        .map(|period| with_period("", Some(period), model.lang))
    else {
        return cut_to_lines(&lines, px, max_width, max_lines);
    };
    let name = wrap_all(&point.label, px, max_width);
    let beside = max_width - text_width(&suffix, px);
    if beside >= text_width("字…", px) {
        let keep = (max_lines - 1).min(name.len());
        let mut out = fit_lines(&name[..keep], px, max_width);
        let rest = name[keep..].concat();
        out.push(format!("{}{suffix}", fit_text(rest.trim(), px, beside)));
        return out;
    }
    let period = wrap_all(suffix.trim_start(), px, max_width);
    if period.len() >= max_lines {
        // A period too long for its own lines (no report's is): cut the whole.
        return cut_to_lines(&lines, px, max_width, max_lines);
    }
    let mut out = cut_to_lines(&name, px, max_width, max_lines - period.len());
    out.extend(fit_lines(&period, px, max_width));
    out
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

/// `lines` each cut to `max_width` (a piece wider than a line is cut).
fn fit_lines(lines: &[String], px: f64, max_width: f64) -> Vec<String> {
    lines
        .iter()
        .map(|l| fit_text(l.trim_end(), px, max_width))
        .collect()
}

/// Wrapped `lines` on at most `max_lines` lines, what does not fit cut with an
/// ellipsis on the last.
fn cut_to_lines(lines: &[String], px: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let keep = (max_lines.max(1) - 1).min(lines.len());
    let mut out = fit_lines(&lines[..keep], px, max_width);
    let rest = lines[keep..].concat();
    if !rest.trim().is_empty() {
        out.push(fit_text(rest.trim(), px, max_width));
    }
    out
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

impl Layout {
    /// Lays out `model` at `width` CSS pixels with base text size `text_px`.
    /// `with_title` puts the title inside the drawing (for downloads).
    pub fn new(model: &ChartModel, width: f64, text_px: f64, with_title: bool) -> Layout {
        let width = width.max(MIN_WIDTH);
        let line = (text_px * 1.5).round();
        let cards = model.kind == ChartKind::Cards;
        let value_px = if cards { text_px * 1.6 } else { text_px };
        let bar_h = if cards {
            (value_px * 1.4).round()
        } else {
            (text_px * 1.35).round()
        };
        let gap = (text_px * 0.75).round();
        let step_h = if model.kind == ChartKind::Funnel {
            (text_px * 1.7).round()
        } else {
            0.0
        };

        let mut y = PAD;
        let mut heading = |text: &str, px: f64| -> Vec<Label> {
            let lines = wrap_all(text, px, width - 2.0 * PAD);
            stacked(fit_lines(&lines, px, width - 2.0 * PAD), &mut y, line)
        };
        let (title, period) = if with_title {
            let title = heading(&model.title, text_px * 1.15);
            let period = model
                .shared_period()
                .map(|p| heading(&model.lang.chart_period(p), text_px))
                .unwrap_or_default();
            y += gap;
            (title, period)
        } else {
            (Vec::new(), Vec::new())
        };

        // Room at the right for the longest value text, so that no value is clipped.
        let value_room = model
            .points
            .iter()
            .map(|p| text_width(&p.value_text, text_px))
            .fold(0.0, f64::max)
            + text_px * 0.5;
        let plot = (PAD, (width - PAD - value_room).max(PAD + 40.0));
        let plot_w = plot.1 - plot.0;
        let max = model.max_value();
        let log_top = max.log10().ceil().max(1.0);
        let length = |value: f64| -> f64 {
            let v = value.max(0.0);
            match (model.kind, model.scale) {
                (ChartKind::Rates, _) => plot_w * (v / 100.0).min(1.0),
                (_, Scale::Log) => plot_w * (v.max(1.0).log10() / log_top),
                (_, Scale::Linear) => plot_w * v / max,
            }
        };

        let mut rows = Vec::with_capacity(model.points.len());
        let mut steps = Vec::new();
        for (i, point) in model.points.iter().enumerate() {
            if i > 0 && model.kind == ChartKind::Funnel {
                if let Some(step) = model.steps.iter().find(|s| s.to == i) {
                    steps.push(Label {
                        text: fit_text(
                            &format!("↓ {}", step.text),
                            text_px * 0.9,
                            width - 2.0 * PAD,
                        ),
                        x: (plot.0 + plot.1) / 2.0,
                        y: y + step_h / 2.0 - gap / 2.0,
                        anchor: Anchor::Middle,
                    });
                }
                y += step_h;
            }
            let top = y;
            // As many lines as the label needs at the narrowest width, whatever this
            // width: the drawing's height never depends on its width, so the app
            // re-draws the build's drawings without moving anything.
            let reserved = label_lines(
                model,
                point,
                text_px,
                MIN_WIDTH - 2.0 * PAD,
                MAX_LABEL_LINES,
            )
            .len();
            let lines = label_lines(model, point, text_px, width - 2.0 * PAD, reserved);
            y += line * (reserved - lines.len()) as f64;
            let labels = stacked(lines, &mut y, line);
            let len = if cards {
                0.0
            } else {
                length(point.value).max(if point.value > 0.0 { 2.0 } else { 0.0 })
            };
            let bar_x = match model.kind {
                ChartKind::Funnel => plot.0 + (plot_w - len) / 2.0,
                _ => plot.0,
            };
            let bar = Rect {
                x: bar_x,
                y,
                w: len,
                h: bar_h,
            };
            let track = (model.kind == ChartKind::Rates).then_some(Rect {
                x: plot.0,
                y,
                w: plot_w,
                h: bar_h,
            });
            let value_x = match model.kind {
                ChartKind::Rates => plot.1 + text_px * 0.4,
                ChartKind::Cards => PAD,
                _ => bar.x + bar.w + text_px * 0.4,
            };
            let value = Label {
                text: point.value_text.clone(),
                x: value_x,
                y: y + bar_h / 2.0,
                anchor: Anchor::Start,
            };
            y += bar_h + gap;
            rows.push(Row {
                band: Rect {
                    x: 0.0,
                    y: top - gap / 2.0,
                    w: width,
                    h: y - top,
                },
                labels,
                track,
                bar,
                value,
            });
        }

        let mut ticks = Vec::new();
        let mut scale_label = None;
        if model.scale == Scale::Log && model.kind != ChartKind::Rates {
            let axis_y = y + line / 2.0;
            let mut last_end = f64::NEG_INFINITY;
            for e in 0..=(log_top as i32) {
                let x = plot.0 + plot_w * f64::from(e) / log_top;
                let text = power_of_ten_label(e, model.lang);
                let half = text_width(&text, text_px * 0.85) / 2.0;
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
            y += line;
            scale_label = Some(Label {
                text: fit_text(
                    match model.lang {
                        Lang::Zh => "对数刻度:每条竖线是前一条的 10 倍",
                        Lang::En => "Logarithmic scale: each line is 10 times the one before",
                    },
                    text_px * 0.85,
                    width - 2.0 * PAD,
                ),
                x: PAD,
                y: y + line / 2.0,
                anchor: Anchor::Start,
            });
            y += line;
        }

        Layout {
            width,
            height: (y + PAD).ceil(),
            text_px,
            value_px,
            title,
            period,
            rows,
            steps,
            ticks,
            plot,
            scale_label,
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::model::Point;

    fn model(kind: ChartKind, scale: Scale, values: &[f64]) -> ChartModel {
        ChartModel {
            id: "t".into(),
            lang: crate::i18n::Lang::Zh,
            kind,
            scale,
            title: "测试".into(),
            note: None,
            points: values
                .iter()
                .enumerate()
                .map(|(i, &v)| Point {
                    figure_id: format!("f{i}"),
                    label: format!("项目{i}"),
                    value: v,
                    value_text: format!("{v}宗"),
                    unit: "宗",
                    paragraph: "p".into(),
                    quote: "q".into(),
                    period: None,
                })
                .collect(),
            steps: vec![],
            year: 2023,
        }
    }

    fn texts(row: &Row) -> Vec<&str> {
        row.labels.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn a_long_label_wraps_and_the_drawing_keeps_its_height_at_every_width() {
        let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
        m.points[0].label = "非现场执法办理案件".into();
        m.points[0].period = Some("报告未注明时期".into());
        // Elderly mode's 18 px on a 320 px phone: two lines, nothing cut.
        let l = Layout::new(&m, 300.0, 18.0, false);
        assert_eq!(
            texts(&l.rows[0]),
            ["非现场执法办理案件(报告未注明时", "期)"]
        );
        let l = Layout::new(&m, 390.0, 18.0, false);
        assert_eq!(texts(&l.rows[0]), ["非现场执法办理案件(报告未注明时期)"]);

        m.lang = crate::i18n::Lang::En;
        m.points[0].label = "Cumulative transactions handled citywide".into();
        m.points[0].period = Some("cumulative, dates not stated".into());
        for px in [13.0, 18.0] {
            let heights: Vec<f64> = [240.0, 320.0, 390.0, 768.0, 1280.0]
                .iter()
                .map(|&w| Layout::new(&m, w, px, false).height)
                .collect();
            assert!(
                heights.iter().all(|&h| h == heights[0]),
                "{px} px: {heights:?}"
            );
            for width in [240.0, 320.0, 390.0, 1280.0] {
                let l = Layout::new(&m, width, px, false);
                let lines = texts(&l.rows[0]);
                // Words are never split, and the lines read as the whole label.
                assert_eq!(
                    lines.join(" "),
                    "Cumulative transactions handled citywide (cumulative, dates not stated)",
                    "{width} at {px} px"
                );
                for line in &lines {
                    assert!(text_width(line, px) <= width - 2.0 * PAD, "{width}: {line}");
                }
                // The last line sits just above the value.
                let last = l.rows[0].labels.last().unwrap();
                assert!(last.y < l.rows[0].value.y && l.rows[0].value.y - last.y <= px * 2.0);
            }
        }
        assert_eq!(
            texts(&Layout::new(&m, 1280.0, 13.0, false).rows[0]).len(),
            1
        );
        assert!(texts(&Layout::new(&m, 240.0, 18.0, false).rows[0]).len() > 2);
    }

    #[test]
    fn a_label_longer_than_its_lines_is_cut_but_keeps_its_period_whole() {
        // Two points, so that the first one's period is its own, drawn after its label.
        let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
        m.points[0].label = "非现场执法办理案件".into();
        m.points[0].period = Some("报告未注明时期".into());
        let one = label_lines(&m, &m.points[0], 18.0, 284.0, 1);
        assert_eq!(one, ["非现场执法办理…(报告未注明时期)"]);
        // Without a period, the end is cut as any text.
        m.points[0].period = None;
        m.points[0].label = "非现场执法办理案件非现场执法办理案件非现场执法办理案件".into();
        let two = label_lines(&m, &m.points[0], 18.0, 150.0, 2);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'), "{two:?}");
        assert!(two.iter().all(|l| text_width(l, 18.0) <= 150.0), "{two:?}");
    }

    #[test]
    fn a_period_too_wide_to_follow_the_cut_name_takes_lines_of_its_own() {
        let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
        m.lang = Lang::En;
        m.points[0].label = "Cases handled by off-site enforcement across every township and \
                             street of the district, by every office that enforces the law"
            .into();
        m.points[0].period = Some("period not stated in the report".into());
        // The narrowest line at elderly mode's size: the period alone is wider than
        // the line, so it cannot sit beside even one character of the name.
        let (px, width) = (18.0, MIN_WIDTH - 2.0 * PAD);
        assert!(text_width(" (period not stated in the report)", px) > width);
        let lines = label_lines(&m, &m.points[0], px, width, MAX_LABEL_LINES);
        assert_eq!(lines.len(), MAX_LABEL_LINES, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, px) <= width),
            "{lines:?}"
        );
        let (name, period) = lines.split_at(2);
        assert_eq!(period.join(" "), "(period not stated in the report)");
        assert!(
            name[1].ends_with('…') && name[0].starts_with("Cases"),
            "{name:?}"
        );
    }

    #[test]
    fn a_download_carries_its_whole_title_and_the_period_of_the_whole_chart() {
        let mut m = model(ChartKind::Bars, Scale::Linear, &[74728.0, 9178.0]);
        m.lang = Lang::En;
        m.title = "Records entered on the Guangdong administrative law-enforcement \
                   information disclosure platform (cumulative)"
            .into();
        for point in &mut m.points {
            point.period = Some("cumulative, dates not stated".into());
        }
        let download = Layout::new(&m, 480.0, 13.0, true);
        let texts =
            |labels: &[Label]| -> Vec<String> { labels.iter().map(|l| l.text.clone()).collect() };
        let title = texts(&download.title);
        assert!(title.len() > 1, "{title:?}");
        assert_eq!(title.join(" "), m.title);
        assert_eq!(
            texts(&download.period).join(" "),
            "Period: cumulative, dates not stated"
        );
        let heading: Vec<_> = download.title.iter().chain(&download.period).collect();
        for line in &heading {
            assert!(
                text_width(&line.text, 13.0 * 1.15) <= 480.0 - 2.0 * PAD,
                "{}",
                line.text
            );
        }
        assert!(heading.windows(2).all(|w| w[0].y < w[1].y));
        let first_row = download.rows[0]
            .labels
            .first()
            .map_or(download.rows[0].band.y, |l| l.y);
        assert!(heading.last().unwrap().y < first_row);

        // The page says both around the drawing, which carries neither.
        let page = Layout::new(&m, 480.0, 13.0, false);
        assert!(page.title.is_empty() && page.period.is_empty());
        // A chart whose points say their own periods has no period line.
        m.points[1].period = None;
        assert!(Layout::new(&m, 480.0, 13.0, true).period.is_empty());
    }

    #[test]
    fn linear_bars_are_proportional_to_their_values() {
        let m = model(ChartKind::Bars, Scale::Linear, &[74728.0, 9178.0, 7397.0]);
        let l = Layout::new(&m, 390.0, 13.0, false);
        let ratio = l.rows[1].bar.w / l.rows[0].bar.w;
        assert!((ratio - 9178.0 / 74728.0).abs() < 1e-9, "{ratio}");
        assert_eq!(l.rows[0].bar.x, l.plot.0);
        assert!((l.rows[0].bar.w - (l.plot.1 - l.plot.0)).abs() < 1e-9);
    }

    #[test]
    fn every_value_label_fits_inside_the_chart_at_every_width() {
        for width in [240.0, 320.0, 390.0, 768.0, 1280.0] {
            let m = model(ChartKind::Bars, Scale::Linear, &[1424343.0, 917.0, 13.0]);
            let l = Layout::new(&m, width, 13.0, false);
            for row in &l.rows {
                let end = row.value.x + text_width(&row.value.text, l.text_px);
                assert!(
                    end <= l.width,
                    "{} overflows at {width}: {end}",
                    row.value.text
                );
                for label in &row.labels {
                    assert!(text_width(&label.text, l.text_px) <= l.width - 2.0 * PAD);
                }
            }
        }
    }

    #[test]
    fn a_log_scale_keeps_small_values_visible_and_labels_its_axis() {
        let m = model(ChartKind::Bars, Scale::Log, &[74728.0, 13.0]);
        let l = Layout::new(&m, 390.0, 13.0, false);
        let plot_w = l.plot.1 - l.plot.0;
        assert!(
            l.rows[1].bar.w > plot_w * 0.2,
            "13 is readable on a log axis"
        );
        let ticks: Vec<_> = l.ticks.iter().map(|t| t.label.text.as_str()).collect();
        assert_eq!(ticks.first(), Some(&"1"));
        assert_eq!(ticks.last(), Some(&"10万"));
        assert!(l.scale_label.as_ref().unwrap().text.contains("对数刻度"));
    }

    #[test]
    fn rates_are_drawn_on_a_full_0_to_100_track() {
        let m = model(ChartKind::Rates, Scale::Linear, &[67.2, 100.0]);
        let l = Layout::new(&m, 390.0, 13.0, false);
        let track = l.rows[0].track.unwrap();
        assert!((l.rows[0].bar.w / track.w - 0.672).abs() < 1e-9);
        assert!((l.rows[1].bar.w - track.w).abs() < 1e-9);
    }

    #[test]
    fn cards_draw_no_bars_and_write_values_large() {
        let m = model(ChartKind::Cards, Scale::Linear, &[9940.0, 100.0]);
        let l = Layout::new(&m, 320.0, 13.0, false);
        assert!(l.rows.iter().all(|r| r.bar.w == 0.0));
        assert!(l.value_px > l.text_px);
        assert_eq!(l.hit(l.rows[1].value.x, l.rows[1].value.y), Some(1));
    }

    #[test]
    fn funnel_bars_are_centred() {
        let m = model(ChartKind::Funnel, Scale::Linear, &[1300.0, 683.0]);
        let l = Layout::new(&m, 390.0, 13.0, false);
        let centre = |r: &Rect| r.x + r.w / 2.0;
        assert!((centre(&l.rows[0].bar) - centre(&l.rows[1].bar)).abs() < 1e-9);
    }

    #[test]
    fn hit_testing_finds_the_row_under_the_pointer_at_several_widths() {
        for width in [320.0, 390.0, 1280.0] {
            let m = model(ChartKind::Bars, Scale::Linear, &[5.0, 4.0, 3.0]);
            let l = Layout::new(&m, width, 13.0, false);
            for (i, row) in l.rows.iter().enumerate() {
                let (x, y) = (row.bar.x + 1.0, row.bar.y + row.bar.h / 2.0);
                assert_eq!(l.hit(x, y), Some(i), "bar {i} at {width}");
                assert_eq!(
                    l.hit(width - 2.0, row.labels[0].y),
                    Some(i),
                    "label {i} at {width}"
                );
            }
            assert_eq!(l.hit(10.0, l.height + 5.0), None);
            assert_eq!(l.hit(10.0, -5.0), None);
        }
    }

    #[test]
    fn rows_do_not_overlap_and_larger_text_makes_a_taller_chart() {
        let m = model(ChartKind::Bars, Scale::Linear, &[5.0, 4.0, 3.0]);
        let small = Layout::new(&m, 390.0, 13.0, false);
        let large = Layout::new(&m, 390.0, 18.0, false);
        assert!(large.height > small.height);
        for pair in small.rows.windows(2) {
            assert!(pair[0].band.y + pair[0].band.h <= pair[1].band.y + 1e-9);
        }
    }

    #[test]
    fn tooltips_stay_inside_the_chart() {
        let m = model(ChartKind::Bars, Scale::Linear, &[10.0, 1000.0]);
        let l = Layout::new(&m, 320.0, 13.0, false);
        for i in 0..2 {
            let (left, top) = l.tooltip_at(i, 200.0).unwrap();
            assert!((8.0..=120.0).contains(&left), "{left}");
            assert!(top >= l.rows[i].band.y + l.rows[i].band.h);
        }
        assert_eq!(l.tooltip_at(2, 200.0), None);
        assert_eq!(within(5.0, 8.0, 100.0), 8.0);
        assert_eq!(within(500.0, 8.0, 100.0), 100.0);
        assert_eq!(
            within(50.0, 8.0, 4.0),
            8.0,
            "lo wins when the range is empty"
        );
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        let fitted = fit_text("非常非常非常非常非常非常长的标签", 13.0, 100.0);
        assert!(fitted.ends_with('…'));
        assert!(text_width(&fitted, 13.0) <= 100.0);
        assert_eq!(fit_text("短", 13.0, 100.0), "短");
    }
}
