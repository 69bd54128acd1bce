//! The lines the importer took out of the page, each with why, so that a person (the
//! studio's editor) can see what went and put a line back.

use serde::{Deserialize, Serialize};

/// A line of the page that is not in the draft's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    /// The line as the importer read it (trimmed; a flattened line's piece).
    pub text: String,
    pub reason: RemovedReason,
}

/// Why a line is not in the draft's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedReason {
    /// Above the title and not the report: an image's alt text, an injected name.
    BeforeTitle,
    /// The site's own furniture: breadcrumbs, menus, 点击次数, 【关闭窗口】, share bars,
    /// a date banner, a repost's author, word count or age.
    Chrome,
    /// The page's metadata (发布日期, 来源, 发布机构, 成文日期), read into the draft's meta.
    Metadata,
    /// Page text after the signing date (attachments, links, controls).
    AfterSignOff,
}

impl RemovedReason {
    /// Every reason, in the order a page has them.
    pub const ALL: [RemovedReason; 4] = [
        RemovedReason::BeforeTitle,
        RemovedReason::Chrome,
        RemovedReason::Metadata,
        RemovedReason::AfterSignOff,
    ];

    /// The reason in Chinese, for the studio.
    pub fn label_zh(&self) -> &'static str {
        match self {
            RemovedReason::BeforeTitle => "标题之前的内容（非报告正文）",
            RemovedReason::Chrome => "网站栏目、按钮等页面元素",
            RemovedReason::Metadata => "发布信息（已读入元数据）",
            RemovedReason::AfterSignOff => "落款日期之后的内容",
        }
    }

    /// The reason in English, for the studio and the CLI.
    pub fn label_en(&self) -> &'static str {
        match self {
            RemovedReason::BeforeTitle => "before the title (not the report)",
            RemovedReason::Chrome => "page chrome (the site's menus, controls, banners)",
            RemovedReason::Metadata => "page metadata (read into meta)",
            RemovedReason::AfterSignOff => "after the signing date",
        }
    }
}
