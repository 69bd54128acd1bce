//! Where the report's title is: a line of the page, or, when no line is one, the HTML
//! document's `<title>`; or nowhere, and a person writes it.

use super::chrome::is_chrome;
use super::header::is_metadata;
use super::sign_off::iso_date;
use super::text::names_a_report;
use crate::import::sections::ordinal;

/// Where the title was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleFrom {
    /// A line of the page (its index in the page's lines).
    Line(usize),
    /// The HTML document's `<title>`, which no line repeats.
    HtmlTitle,
    /// Nowhere: the draft's title is empty and the review list asks for it.
    Missing,
}

/// Words a title has (a report on the year's work), one at least.
const TITLE_WORDS: [&str; 5] = ["报告", "情况", "工作", "年度", "法治"];

/// A line that may be a title: short, no sentence, no ordinal, not chrome, metadata
/// or a date.
fn could_be_title(line: &str) -> bool {
    let n = line.chars().count();
    (6..=100).contains(&n)
        && !line.contains('。')
        && ordinal(line).is_none()
        && !is_chrome(line)
        && !is_metadata(line)
        && iso_date(line).is_none()
}

/// The title's place and its text. In order: the last line before the first
/// metadata line, if it is title-like (the usual page); the first line that names a
/// report; the first `<h1>`–`<h3>` that is a line and title-like; a line that the
/// `<title>` names; the `<title>` itself (without the site's name); nothing.
pub(super) fn find_title(
    lines: &[String],
    html_title: Option<&str>,
    html_headings: &[String],
) -> (TitleFrom, String) {
    let at_line = |i: usize| (TitleFrom::Line(i), lines[i].clone());
    let first_meta = lines.iter().position(|l| is_metadata(l));
    if let Some(meta) = first_meta {
        let before = lines[..meta].iter().rposition(|l| !is_chrome(l));
        if let Some(i) = before {
            let line = &lines[i];
            if could_be_title(line) && TITLE_WORDS.iter().any(|w| line.contains(w)) {
                return at_line(i);
            }
        }
    }
    if let Some(i) = lines
        .iter()
        .position(|l| could_be_title(l) && names_a_report(l))
    {
        return at_line(i);
    }
    for heading in html_headings {
        if could_be_title(heading) && TITLE_WORDS.iter().any(|w| heading.contains(w)) {
            if let Some(i) = lines.iter().position(|l| l == heading) {
                return at_line(i);
            }
        }
    }
    if let Some(title) = html_title.and_then(report_part_of_title) {
        if let Some(i) = lines.iter().position(|l| *l == title) {
            return at_line(i);
        }
        return (TitleFrom::HtmlTitle, title);
    }
    (TitleFrom::Missing, String::new())
}

/// The report's part of a document title: sites add their name after `_`, `|`, ` - `
/// or `－` (`…报告_某区人民政府网`). The part that names a report, or else the first,
/// if it names the year's work at all (a site's name alone is no title).
fn report_part_of_title(title: &str) -> Option<String> {
    let parts: Vec<&str> = title
        .split(['_', '|', '\u{ff5c}', '\u{ff0d}'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" — "))
        .map(|p| p.trim_matches(char::is_whitespace))
        .filter(|p| !p.is_empty())
        .collect();
    let part = parts
        .iter()
        .find(|p| p.contains("报告"))
        .or(parts.first())?;
    let names_the_work = TITLE_WORDS.iter().any(|w| part.contains(w));
    (could_be_title(part) && names_the_work).then(|| part.to_string())
}
