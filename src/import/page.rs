//! A published report page as lines of text: HTML read with `scraper` (navigation,
//! scripts, share bars and image alt text left out, paragraph breaks kept) or plain
//! text as it is; then the title, the metadata the page states, the body, the
//! signatories and the signing date, with page chrome and anything before the title
//! (such as injected spam) dropped.

use scraper::{ElementRef, Html, Node};
use thiserror::Error;

/// What the importer could not find on the page.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PageError {
    #[error("the page has no text")]
    Empty,
    #[error("no title found: no line names a report (报告) or precedes the page's metadata (发布日期, 来源)")]
    NoTitle,
    #[error("the page has no report text after its title")]
    NoBody,
}

/// The metadata a page states beside its title (`发布日期:…`, `来源:…`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// 发布日期 / 发布时间, as written.
    pub published_at: Option<String>,
    /// 来源.
    pub source_office: Option<String>,
    /// 发布机构.
    pub publishing_office: Option<String>,
    /// 成文日期, as written.
    pub written_on: Option<String>,
}

/// A page split into what the report is and what it is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    pub meta: PageMeta,
    /// The report's headings and paragraphs, one a line, verbatim.
    pub body: Vec<String>,
    /// The signing lines before the date (`中共惠阳区委  惠阳区人民政府`), split into bodies.
    pub signatories: Vec<String>,
    /// The signing date as written (`2023年12月29日`).
    pub signed_on_text: Option<String>,
    /// Attachments the page names (`附件:` with something after it); not imported.
    pub attachments: Vec<String>,
    /// How many lines came before the title and were dropped.
    pub dropped_before_title: usize,
    /// How many lines of page chrome were dropped after the title.
    pub dropped_chrome: usize,
}

/// Metadata labels a page writes before a colon; 点击次数 and the like are chrome.
const META_KEYS: [&str; 10] = [
    "发布日期",
    "发布时间",
    "发布机构",
    "成文日期",
    "信息来源",
    "来源",
    "点击次数",
    "浏览次数",
    "访问次数",
    "字号",
];

/// Words of the page's own controls, never of a report.
const CHROME_WORDS: [&str; 12] = [
    "打印本页",
    "关闭窗口",
    "打印",
    "关闭",
    "返回顶部",
    "收藏",
    "字体",
    "分享到",
    "分享",
    "大",
    "中",
    "小",
];

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

/// The `key:value` pairs a metadata line holds (one line may hold several), or
/// `None` when the line does not start with a metadata label.
fn meta_pairs(line: &str) -> Option<Vec<(&'static str, String)>> {
    let starts_with_key = META_KEYS.iter().any(|k| {
        line.strip_prefix(k)
            .is_some_and(|r| r.starts_with([':', '\u{ff1a}']))
    });
    if !starts_with_key {
        return None;
    }
    let mut marks: Vec<(usize, usize, &'static str)> = Vec::new();
    for key in META_KEYS {
        for (at, _) in line.match_indices(key) {
            let after = &line[at + key.len()..];
            let overlaps = marks.iter().any(|&(s, e, _)| at < e && s < at + key.len());
            if after.starts_with([':', '\u{ff1a}']) && !overlaps {
                let colon = after.chars().next().map_or(0, char::len_utf8);
                marks.push((at, at + key.len() + colon, key));
            }
        }
    }
    marks.sort_unstable();
    let pairs = marks
        .iter()
        .enumerate()
        .map(|(i, &(_, value_start, key))| {
            let value_end = marks.get(i + 1).map_or(line.len(), |next| next.0);
            let value = line[value_start..value_end].trim_matches(char::is_whitespace);
            (key, value.to_string())
        })
        .collect();
    Some(pairs)
}

/// Whether a line is the page's own furniture: its controls (【打印本页】 【关闭窗口】,
/// 字体:大 中 小), a share bar, an empty 附件:, or a link to the next article.
pub fn is_chrome(line: &str) -> bool {
    if line.starts_with("分享") || line.starts_with("上一篇") || line.starts_with("下一篇")
    {
        return true;
    }
    if matches!(line, "附件:" | "附件\u{ff1a}") {
        return true;
    }
    let mut rest = line.to_string();
    for word in CHROME_WORDS {
        rest = rest.replace(word, "");
    }
    !line.is_empty()
        && rest
            .chars()
            .all(|c| c.is_whitespace() || "【】[]|:\u{ff1a}".contains(c))
}

/// A date written `2023年12月29日` as `2023-12-29`.
pub fn iso_date(written: &str) -> Option<String> {
    let (year, rest) = written.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (y, m, d) = (number(year)?, number(month)?, number(day)?);
    (year.len() == 4 && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn is_metadata_or_chrome(line: &str) -> bool {
    meta_pairs(line).is_some() || is_chrome(line)
}

/// Where the title is: the last line before the first metadata line, or else the
/// first line that names a report.
fn title_index(lines: &[String]) -> Option<usize> {
    let first_meta = lines.iter().position(|l| meta_pairs(l).is_some());
    if let Some(meta) = first_meta {
        if let Some(title) = lines[..meta].iter().rposition(|l| !is_chrome(l)) {
            return Some(title);
        }
    }
    lines.iter().position(|l| l.contains("报告"))
}

/// Reads a page (plain text or HTML) into its parts.
pub fn read_page(input: &str) -> Result<Page, PageError> {
    let lines = page_lines(input);
    if lines.is_empty() {
        return Err(PageError::Empty);
    }
    let title_at = title_index(&lines).ok_or(PageError::NoTitle)?;
    let after_title = &lines[title_at + 1..];

    let mut meta = PageMeta::default();
    let mut dropped_chrome = 0;
    let header_len = after_title
        .iter()
        .take_while(|l| is_metadata_or_chrome(l))
        .count();
    for line in &after_title[..header_len] {
        for (key, value) in meta_pairs(line).unwrap_or_default() {
            let slot = match key {
                "发布日期" | "发布时间" => &mut meta.published_at,
                "来源" | "信息来源" => &mut meta.source_office,
                "发布机构" => &mut meta.publishing_office,
                "成文日期" => &mut meta.written_on,
                _ => {
                    dropped_chrome += 1;
                    continue;
                }
            };
            if !value.is_empty() && !value.chars().all(|c| c == '-') {
                *slot = Some(value);
            }
        }
        if is_chrome(line) {
            dropped_chrome += 1;
        }
    }
    let rest = &after_title[header_len..];

    // The report ends at its signing date; the lines just before it that are not
    // sentences are the signatories. Everything after the date is the page's.
    let date_at = rest.iter().rposition(|l| iso_date(l).is_some());
    let (body_lines, signatories, signed_on_text, tail) = match date_at {
        Some(date_at) => {
            let signing_lines = rest[..date_at]
                .iter()
                .rev()
                .take(3)
                .take_while(|l| is_signatory_line(l))
                .count();
            let body_end = date_at - signing_lines;
            let signatories = rest[body_end..date_at]
                .iter()
                .flat_map(|l| l.split(char::is_whitespace))
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            (
                &rest[..body_end],
                signatories,
                Some(rest[date_at].clone()),
                &rest[date_at + 1..],
            )
        }
        None => (rest, Vec::new(), None, &rest[rest.len()..]),
    };

    let mut body = Vec::new();
    for line in body_lines {
        if is_metadata_or_chrome(line) {
            dropped_chrome += 1;
        } else {
            body.push(line.clone());
        }
    }
    if body.is_empty() {
        return Err(PageError::NoBody);
    }
    let attachments = tail
        .iter()
        .filter_map(|l| {
            l.strip_prefix("附件:")
                .or_else(|| l.strip_prefix("附件\u{ff1a}"))
                .map(|a| a.trim_matches(char::is_whitespace).to_string())
        })
        .filter(|a| !a.is_empty())
        .collect();
    dropped_chrome += tail.len();

    Ok(Page {
        title: lines[title_at].clone(),
        meta,
        body,
        signatories,
        signed_on_text,
        attachments,
        dropped_before_title: title_at,
        dropped_chrome,
    })
}

/// A signing line names bodies: short, no sentence, no numbering.
fn is_signatory_line(line: &str) -> bool {
    line.chars().count() <= 40
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && !line.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '\u{ff08}')
}

#[cfg(test)]
mod tests;
