//! The page's lines of text: an HTML document's visible text (navigation, scripts,
//! share bars, hidden elements and image alt text left out, a line per block) or plain
//! text as it is.

use super::html::html_text;

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

/// The page's lines: HTML's visible text with a line per block, or the text's own
/// lines. Each is trimmed (spaces, full-width spaces, no-break spaces); empty lines go.
pub fn page_lines(input: &str) -> Vec<String> {
    let raw = if is_html(input) {
        html_text(input)
    } else {
        input.to_string()
    };
    raw.lines()
        .map(|l| l.trim_matches(char::is_whitespace).to_string())
        .filter(|l| !l.is_empty())
        .collect()
}
