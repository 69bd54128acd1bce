//! The page's lines of text: an HTML document's visible text (navigation, scripts,
//! share bars, hidden elements and image alt text left out, a line per block) or plain
//! text as it is; a line that a repost flattened (paragraphs, headings and metadata
//! run together, separated by runs of spaces) split back into its lines.

use super::chrome::is_chrome;
use super::header::{is_metadata, starts_with_meta_key};
use super::html::html_text;
use super::sign_off::iso_date;
use crate::import::sections::heading_style;

/// Whether the input is an HTML document rather than plain text.
pub fn is_html(input: &str) -> bool {
    let head = input.trim_start().get(..200).unwrap_or(input.trim_start());
    let head = head.to_ascii_lowercase();
    head.starts_with('<')
        && [
            "<!doctype html",
            "<html",
            "<body",
            "<div",
            "<p",
            "<head",
            "<meta",
        ]
        .iter()
        .any(|tag| head.contains(tag))
}

/// A page's lines, and for HTML the document's `<title>` and headings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageText {
    pub lines: Vec<String>,
    pub html_title: Option<String>,
    pub html_headings: Vec<String>,
}

/// The page's lines: HTML's visible text with a line per block, or the text's own
/// lines. Each is trimmed (spaces, full-width spaces, no-break spaces), a flattened
/// line is split where its pieces are lines of their own, and empty lines go.
pub fn page_lines(input: &str) -> Vec<String> {
    page_text(input).lines
}

/// The page's lines (as [`page_lines`]) with the HTML document's title and headings.
pub fn page_text(input: &str) -> PageText {
    let (raw, html_title, html_headings) = if is_html(input) {
        let html = html_text(input);
        (html.text, html.title, html.headings)
    } else {
        (input.to_string(), None, Vec::new())
    };
    let lines = raw
        .lines()
        .flat_map(split_flattened)
        .map(|l| l.trim_matches(char::is_whitespace).to_string())
        .filter(|l| !l.is_empty())
        .collect();
    PageText {
        lines,
        html_title,
        html_headings,
    }
}

/// Characters that end a line's last sentence.
const LINE_ENDS: &str = "。!\u{ff01}?\u{ff1f};\u{ff1b}:\u{ff1a}”\"";

/// A line split at the runs of two or more spaces (of any width) that separate lines a
/// repost ran together: after a sentence, a heading, a title, a date, chrome or
/// metadata, and before a heading, metadata, chrome or a date. A run between two names
/// (`中共某县委  某县人民政府`) or inside a date banner stays.
fn split_flattened(line: &str) -> Vec<String> {
    let line = line.trim_matches(char::is_whitespace);
    let pieces = pieces(line);
    if pieces.len() < 2 {
        return vec![line.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    let mut current = pieces[0].to_string();
    for piece in &pieces[1..] {
        if ends_a_line(&current, piece) {
            out.push(std::mem::take(&mut current));
            current = piece.to_string();
        } else {
            current.push_str("  ");
            current.push_str(piece);
        }
    }
    out.push(current);
    out
}

/// The line's pieces between runs of two or more white space characters.
fn pieces(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut run_start = None;
    let mut run_len = 0;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if run_start.is_none() {
                run_start = Some(i);
                run_len = 0;
            }
            run_len += 1;
        } else if let Some(rs) = run_start.take() {
            if run_len >= 2 {
                out.push(&line[start..rs]);
                start = i;
            }
        }
    }
    out.push(&line[start..]);
    out
}

/// Whether a run of spaces between `before` (the line so far) and `after` (the next
/// piece) ends a line.
fn ends_a_line(before: &str, after: &str) -> bool {
    if after.starts_with("星期") || after.starts_with('周') && after.chars().count() == 2 {
        return false; // a date banner: 2024年1月18日  星期四
    }
    let time_only = after
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '/'));
    before.ends_with(|c: char| LINE_ENDS.contains(c))
        || heading_style(before).is_some()
        || is_metadata(before) && !time_only
        || is_chrome(before)
        || iso_date(before).is_some()
        || names_a_report(before)
        || heading_style(after).is_some()
        || starts_with_meta_key(after)
        || is_chrome(after)
        || iso_date(after).is_some()
}

/// A short line that names a report without a sentence: a title.
pub(super) fn names_a_report(line: &str) -> bool {
    line.ends_with("报告") && !line.contains('。') && line.chars().count() <= 100
}

/// The line with its digit groups written without separators (`1,260` → `1260`; also
/// with a full-width comma, `4，306`): only digits, a comma and exactly three digits
/// count, at most three digits before the first comma. The contract writes numbers
/// without separators, and a figure's quote must write its value. Returns the line
/// and each group as it was written.
pub fn ungroup_thousands(line: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut groups = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let lead = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut end = i + lead;
        let mut groups_found = 0;
        while lead <= 3
            && end + 4 <= chars.len()
            && matches!(chars[end], ',' | '\u{ff0c}')
            && chars[end + 1..end + 4].iter().all(char::is_ascii_digit)
            && chars
                .get(end + 4)
                .is_none_or(|c| !(c.is_ascii_digit() || matches!(c, '%' | '\u{ff05}')))
        {
            end += 4;
            groups_found += 1;
        }
        let written: String = chars[i..end].iter().collect();
        if groups_found > 0 {
            out.extend(written.chars().filter(char::is_ascii_digit));
            groups.push(written);
        } else {
            out.push_str(&written);
        }
        i = end;
    }
    (out, groups)
}
