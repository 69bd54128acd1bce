//! A published report page as lines of text: HTML read by `scraper` natively or by the
//! browser's `DOMParser` in the studio (navigation, scripts, share bars and image alt
//! text left out, paragraph breaks kept) or plain text as it is; then the title, the metadata the page states, the body, the
//! signatories and the signing date, with page chrome and anything before the title
//! (such as injected spam) dropped.

use thiserror::Error;

mod chrome;
mod header;
mod html;
mod sign_off;
mod text;

pub use chrome::is_chrome;
pub use sign_off::iso_date;
pub use text::{is_html, page_lines};

use header::{is_metadata_or_chrome, read_header, title_index};
use sign_off::{attachments, split_sign_off};

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

/// Reads a page (plain text or HTML) into its parts.
pub fn read_page(input: &str) -> Result<Page, PageError> {
    let lines = page_lines(input);
    if lines.is_empty() {
        return Err(PageError::Empty);
    }
    let title_at = title_index(&lines).ok_or(PageError::NoTitle)?;
    let after_title = &lines[title_at + 1..];
    let header = read_header(after_title);
    let sign_off = split_sign_off(&after_title[header.len..]);

    let mut dropped_chrome = header.dropped_chrome;
    let mut body = Vec::new();
    for line in sign_off.body {
        if is_metadata_or_chrome(line) {
            dropped_chrome += 1;
        } else {
            body.push(line.clone());
        }
    }
    if body.is_empty() {
        return Err(PageError::NoBody);
    }
    dropped_chrome += sign_off.tail.len();

    Ok(Page {
        title: lines[title_at].clone(),
        meta: header.meta,
        body,
        signatories: sign_off.signatories,
        signed_on_text: sign_off.signed_on_text,
        attachments: attachments(sign_off.tail),
        dropped_before_title: title_at,
        dropped_chrome,
    })
}

#[cfg(test)]
mod tests;
