//! The page's lines of text: an HTML document's visible text (navigation, scripts,
//! share bars, hidden elements and image alt text left out, a line per block) or plain
//! text as it is.

use scraper::{ElementRef, Html, Node};

/// Elements whose text is never the report: navigation, scripts, forms, banners.
const SKIPPED_ELEMENTS: [&str; 12] = [
    "script", "style", "noscript", "nav", "header", "footer", "form", "button", "iframe", "select",
    "template", "head",
];

/// Class or id words that mark navigation and share bars on government sites.
const SKIPPED_MARKS: [&str; 4] = ["share", "nav", "breadcrumb", "menu"];

/// Elements that end a line of text.
const BLOCK_ELEMENTS: [&str; 24] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "center",
    "td",
];

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

/// The visible text of an HTML document's body, one line per block element. Text
/// nodes only: an image's alt text is not text on the page.
fn html_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::new();
    collect_text(document.root_element(), &mut out);
    out
}

fn skipped(element: ElementRef<'_>) -> bool {
    let e = element.value();
    let marked = e.classes().chain(e.id()).any(|word| {
        SKIPPED_MARKS
            .iter()
            .any(|m| word.to_ascii_lowercase().contains(m))
    });
    let hidden = e.attr("hidden").is_some()
        || e.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        });
    SKIPPED_ELEMENTS.contains(&e.name()) || marked || hidden
}

fn collect_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(&collapse_html_spaces(text)),
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if skipped(child) {
                    continue;
                }
                let block = BLOCK_ELEMENTS.contains(&child.value().name());
                if block {
                    out.push('\n');
                }
                collect_text(child, out);
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// HTML's white space (not the no-break or full-width space) collapsed to one space.
fn collapse_html_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}
