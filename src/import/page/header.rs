//! The metadata a page states around its report (`发布日期:…`, `来源:…`), one pair a line
//! or several run together (`发布时间:…来源:…浏览字号:大|中|小分享到:`).

use super::PageMeta;

/// Metadata labels a page writes before a colon, longer before the shorter they
/// contain. 点击次数, 作者 and the like are the page's, not the report's: chrome.
const META_KEYS: [&str; 22] = [
    "发布日期",
    "发布时间",
    "发布机构",
    "成文日期",
    "信息来源",
    "文章来源",
    "来源",
    "时间",
    "点击次数",
    "浏览次数",
    "访问次数",
    "阅读次数",
    "点击量",
    "浏览量",
    "阅读量",
    "浏览字号",
    "字号",
    "字体",
    "分享到",
    "责任编辑",
    "编辑",
    "作者",
];

/// The `key:value` pairs a metadata line holds (one line may hold several), or
/// `None` when the line does not start with a metadata label.
fn meta_pairs(line: &str) -> Option<Vec<(&'static str, String)>> {
    if !starts_with_meta_key(line) {
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

/// Whether the line starts with a metadata label and its colon.
pub(super) fn starts_with_meta_key(line: &str) -> bool {
    META_KEYS.iter().any(|k| {
        line.strip_prefix(k)
            .is_some_and(|r| r.starts_with([':', '\u{ff1a}']))
    })
}

/// Whether the line is a metadata line.
pub(super) fn is_metadata(line: &str) -> bool {
    meta_pairs(line).is_some()
}

/// The field of [`PageMeta`] a label fills, if it is the report's metadata.
fn slot<'a>(meta: &'a mut PageMeta, key: &str) -> Option<&'a mut Option<String>> {
    match key {
        "发布日期" | "发布时间" | "时间" => Some(&mut meta.published_at),
        "来源" | "信息来源" | "文章来源" => Some(&mut meta.source_office),
        "发布机构" => Some(&mut meta.publishing_office),
        "成文日期" => Some(&mut meta.written_on),
        _ => None,
    }
}

/// Reads what a metadata line states into `meta` (a field already read stays): whether
/// it stated any of the report's metadata (else the line is only the page's chrome).
pub(super) fn read_meta(line: &str, meta: &mut PageMeta) -> bool {
    let mut stated = false;
    for (key, value) in meta_pairs(line).unwrap_or_default() {
        let Some(slot) = slot(meta, key) else {
            continue;
        };
        if !value.is_empty() && !value.chars().all(|c| c == '-') {
            stated = true;
            if slot.is_none() {
                *slot = Some(value);
            }
        }
    }
    stated
}
