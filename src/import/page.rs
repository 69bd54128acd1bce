//! A published report page as lines of text: HTML read by `scraper` natively or by the
//! browser's `DOMParser` in the studio (navigation, scripts, share bars and image alt
//! text left out, paragraph breaks kept) or plain text as it is; then the title, the metadata the page states, the body, the
//! signatories and the signing date, with page chrome and anything before the title
//! (such as injected spam) removed, and each removed line listed with why.

use thiserror::Error;

mod chrome;
mod header;
mod html;
mod removed;
mod sign_off;
mod text;
mod title;

pub use chrome::is_chrome;
pub use html::HtmlText;
pub use removed::{RemovedLine, RemovedReason};
pub use sign_off::iso_date;
pub use text::{is_html, page_lines, page_text, ungroup_thousands, PageText};
pub use title::TitleFrom;

use header::{is_metadata, read_meta};
use sign_off::{attachments, split_sign_off};
use title::find_title;

/// Why a page gives no draft. A page with report text always gives one (a page
/// without a title line gives a draft whose empty title the review list asks for).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PageError {
    #[error("the page has no text")]
    Empty,
    #[error("the page has no report text: only its title, metadata and the site's own lines")]
    NoBody,
}

impl PageError {
    /// The reason in `lang`: English as `Display` writes it.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match (self, lang) {
            (_, crate::i18n::Lang::En) => self.to_string(),
            (PageError::Empty, crate::i18n::Lang::Zh) => "页面没有文字。".into(),
            (PageError::NoBody, crate::i18n::Lang::Zh) => {
                "页面只有标题、发布信息和网站自身的栏目文字,没有报告正文。".into()
            }
        }
    }
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
    /// The title; empty when the page has none (`title_from` is then `Missing`).
    pub title: String,
    /// Where the title was found.
    pub title_from: TitleFrom,
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
    /// How many lines of page chrome (and metadata, and text after the signing date)
    /// were dropped after the title.
    pub dropped_chrome: usize,
    /// Every line not in the body, title, signatories or signing date, with why.
    pub removed: Vec<RemovedLine>,
}

/// Reads a page (plain text or HTML) into its parts.
pub fn read_page(input: &str) -> Result<Page, PageError> {
    read_page_keeping(input, &[])
}

/// Why a line other than the title is not the report's text, if it is not: the
/// page's metadata (read into `meta`) or its chrome.
fn furniture(line: &str, meta: &mut PageMeta) -> Option<RemovedReason> {
    if is_metadata(line) {
        return Some(if read_meta(line, meta) {
            RemovedReason::Metadata
        } else {
            RemovedReason::Chrome
        });
    }
    is_chrome(line).then_some(RemovedReason::Chrome)
}

/// Reads a page as [`read_page`] does, except that a line whose text is one of `keep`
/// is never removed: it stays in the body where it was (a line from before the title
/// at the body's start, one from after the signing date at its end).
pub fn read_page_keeping(input: &str, keep: &[String]) -> Result<Page, PageError> {
    let text = page_text(input);
    let lines = text.lines;
    if lines.is_empty() {
        return Err(PageError::Empty);
    }
    let kept = |line: &str| keep.iter().any(|k| k == line);
    let (title_from, title) = find_title(&lines, text.html_title.as_deref(), &text.html_headings);
    let body_from = match title_from {
        TitleFrom::Line(i) => i + 1,
        _ => 0,
    };
    let mut meta = PageMeta::default();
    let mut removed = Vec::new();
    let mut body = Vec::new();
    // Before the title: kept lines open the body; the rest go.
    let mut before_title = Vec::new();
    for line in &lines[..body_from.saturating_sub(1)] {
        let reason = furniture(line, &mut meta).unwrap_or(RemovedReason::BeforeTitle);
        if kept(line) {
            body.push(line.clone());
        } else {
            if reason == RemovedReason::BeforeTitle {
                before_title.push(line.clone());
            }
            removed.push(RemovedLine {
                text: line.clone(),
                reason,
            });
        }
    }
    let sign_off = split_sign_off(&lines[body_from..]);
    for line in sign_off.body {
        match furniture(line, &mut meta) {
            Some(reason) if !kept(line) => removed.push(RemovedLine {
                text: line.clone(),
                reason,
            }),
            _ => body.push(line.clone()),
        }
    }
    for line in sign_off.tail {
        furniture(line, &mut meta);
        if kept(line) {
            body.push(line.clone());
        } else {
            removed.push(RemovedLine {
                text: line.clone(),
                reason: RemovedReason::AfterSignOff,
            });
        }
    }
    if body.is_empty() && !before_title.is_empty() {
        // The only text is above the title: it is the report's, not an injection.
        removed.retain(|r| r.reason != RemovedReason::BeforeTitle);
        body = before_title;
    }
    if body.is_empty() {
        return Err(PageError::NoBody);
    }
    let dropped_before_title = removed
        .iter()
        .filter(|r| r.reason == RemovedReason::BeforeTitle)
        .count();
    Ok(Page {
        title,
        title_from,
        meta,
        body,
        signatories: sign_off.signatories,
        signed_on_text: sign_off.signed_on_text,
        attachments: attachments(sign_off.tail),
        dropped_before_title,
        dropped_chrome: removed.len() - dropped_before_title,
        removed,
    })
}

#[cfg(test)]
mod tests;
