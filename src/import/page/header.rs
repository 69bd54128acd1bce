//! The title and the metadata a page states beside it (`发布日期:…`, `来源:…`).

use super::chrome::is_chrome;
use super::PageMeta;

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

pub(super) fn is_metadata_or_chrome(line: &str) -> bool {
    meta_pairs(line).is_some() || is_chrome(line)
}

/// Where the title is: the last line before the first metadata line, or else the
/// first line that names a report.
pub(super) fn title_index(lines: &[String]) -> Option<usize> {
    let first_meta = lines.iter().position(|l| meta_pairs(l).is_some());
    if let Some(meta) = first_meta {
        if let Some(title) = lines[..meta].iter().rposition(|l| !is_chrome(l)) {
            return Some(title);
        }
    }
    lines.iter().position(|l| l.contains("报告"))
}

/// The metadata and chrome lines just after the title: what they state, and how many
/// lines they are and of those (or of their pairs) are chrome.
pub(super) struct Header {
    pub meta: PageMeta,
    pub len: usize,
    pub dropped_chrome: usize,
}

/// Reads the header that follows the title, up to the first line that is neither
/// metadata nor chrome.
pub(super) fn read_header(after_title: &[String]) -> Header {
    let mut meta = PageMeta::default();
    let mut dropped_chrome = 0;
    let len = after_title
        .iter()
        .take_while(|l| is_metadata_or_chrome(l))
        .count();
    for line in &after_title[..len] {
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
    Header {
        meta,
        len,
        dropped_chrome,
    }
}
