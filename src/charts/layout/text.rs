//! Chart text: how wide a text is estimated to be, where a line may break, and a
//! point's label wrapped and cut to the lines it may take.

use crate::charts::model::{ChartModel, Point};
use crate::report::period::with_period;

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
pub(super) fn wrap_all(text: &str, px: f64, max_width: f64) -> Vec<String> {
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

/// `lines` each cut to `max_width` (a piece wider than a line is cut).
pub(super) fn fit_lines(lines: &[String], px: f64, max_width: f64) -> Vec<String> {
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
