//! The page's own furniture, which is never the report: its controls, share bars,
//! menus and breadcrumbs, a date banner, a repost's byline, an empty 附件:, links to the
//! next article.

/// Words of the page's own controls and menus, never of a report.
const CHROME_WORDS: [&str; 38] = [
    "打印本页",
    "关闭窗口",
    "打印",
    "关闭",
    "返回顶部",
    "加入收藏",
    "设为首页",
    "收藏",
    "浏览字号",
    "字号",
    "字体",
    "分享到",
    "分享",
    "个人中心",
    "联系我们",
    "网站地图",
    "无障碍阅读",
    "无障碍",
    "长者模式",
    "关怀版",
    "简体",
    "繁体",
    "登录",
    "注册",
    "首页",
    "扫一扫",
    "在手机上打开",
    "微信",
    "微博",
    "默认",
    "大",
    "中",
    "小",
    "English",
    "ENGLISH",
    "[",
    "]",
    "|",
];

/// Words that open a breadcrumb trail (`当前位置: 首页 > 政务公开`).
const BREADCRUMB_OPENERS: [&str; 5] = [
    "当前位置",
    "您当前的位置",
    "您现在的位置",
    "您的位置",
    "当前的位置",
];

/// Whether a line is the page's own furniture: its controls (【打印本页】 【关闭窗口】,
/// 字体:大 中 小), a share bar, a menu (`个人中心 | 联系我们`), a breadcrumb trail, a
/// date banner (`2024年1月18日 星期四`), a repost's age or word count (`10个月前`,
/// `全文共3210字`), an empty 附件:, or a link to the next article.
pub fn is_chrome(line: &str) -> bool {
    if line.starts_with("分享") || line.starts_with("上一篇") || line.starts_with("下一篇")
    {
        return true;
    }
    if matches!(line, "附件:" | "附件\u{ff1a}") {
        return true;
    }
    if is_breadcrumb(line) || is_date_banner(line) || is_repost_note(line) {
        return true;
    }
    let mut rest = line.to_string();
    for word in CHROME_WORDS {
        rest = rest.replace(word, "");
    }
    !line.is_empty()
        && rest
            .chars()
            .all(|c| c.is_whitespace() || "【】[]|\u{ff5c}:\u{ff1a}>\u{ff1e}»/".contains(c))
}

/// `当前位置: 首页 > 政务公开 > …`, or a trail from 首页 with arrows.
fn is_breadcrumb(line: &str) -> bool {
    let opened = BREADCRUMB_OPENERS.iter().any(|w| {
        line.strip_prefix(w)
            .is_some_and(|r| r.starts_with([':', '\u{ff1a}']))
    });
    let trail = line.starts_with("首页")
        && line.contains(['>', '\u{ff1e}', '»', '→'])
        && !line.contains('。');
    opened || trail
}

/// A date with its weekday, as a site's banner shows today: `2024年1月18日 星期四`,
/// `今天是2024年1月18日 星期四`.
fn is_date_banner(line: &str) -> bool {
    let line = line.strip_prefix("今天是").unwrap_or(line);
    let Some((date, weekday)) = line.split_once("星期").or_else(|| line.split_once("周")) else {
        return false;
    };
    let date = date.trim_matches(char::is_whitespace);
    super::sign_off::iso_date(date).is_some()
        && weekday.chars().count() == 1
        && "一二三四五六日天".contains(weekday)
}

/// A repost's age (`10个月前`, `3天前`) or word count (`全文共3210字`, with its reading
/// time).
fn is_repost_note(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let age = digits > 0
        && ["分钟前", "小时前", "天前", "周前", "个月前", "年前"].contains(&&line[digits..]);
    let words = line.strip_prefix("全文共").is_some_and(|r| {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        n > 0 && r[n..].starts_with('字') && !r.contains('。')
    });
    age || words
}
