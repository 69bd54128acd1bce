//! The page's own furniture, which is never the report: its controls, share bars,
//! an empty 附件:, links to the next article.

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
