//! The label proposed for a figure: what is counted, in the report's words, without the
//! words that say when or where or that link it to the number.

use crate::report::Quantity;

/// Words before a label that say when or where rather than what (`2023年共`, `全区`).
const LEADING_FILLERS: [&str; 13] = [
    "共", "累计", "目前", "全区", "我区", "其中", "全年", "另", "并", "已", "同时", "此外", "还",
];
/// Words at a label's end that link it to the number (`参考率为`, `调解率达`).
const TRAILING_FILLERS: [&str; 12] = [
    "为", "达", "共", "约", "累计", "超过", "近", "等", "是", "了", "同比", "计",
];
/// Words after a counted noun that start what is said about it (`…事项在贵州`).
const AFTER_NOUN_STOPS: [&str; 12] = [
    "在", "参加", "开展", "进行", "可", "被", "均", "向", "于", "关于", "实现", "的",
];
/// The label: the words before the number that name what is counted, without the
/// words that say when or link (`2023年共调解各类纠纷1300宗` → `调解各类纠纷`); for a
/// measure word followed by its noun (`319名领导干部参加…`), that noun.
pub(super) fn label(before: &str, after: &str, quantity: Quantity) -> String {
    let before = strip_fillers(before);
    let noun_after = match quantity {
        Quantity::Count { .. } => cut_at_stops(after),
        _ => "",
    };
    if noun_after.chars().count() >= 2 {
        noun_after.to_string()
    } else if !before.is_empty() {
        before.to_string()
    } else {
        after.to_string()
    }
}

fn cut_at_stops(after: &str) -> &str {
    let cut = AFTER_NOUN_STOPS
        .iter()
        .filter_map(|w| after.find(w))
        .filter(|&i| i > 0)
        .min()
        .unwrap_or(after.len());
    &after[..cut]
}

fn strip_fillers(words: &str) -> &str {
    let mut words = words.trim_matches(|c: char| c.is_whitespace() || "“”".contains(c));
    loop {
        let before = words;
        words = strip_year_prefix(words);
        for filler in LEADING_FILLERS {
            words = words.strip_prefix(filler).unwrap_or(words);
        }
        for filler in TRAILING_FILLERS {
            words = words.strip_suffix(filler).unwrap_or(words);
        }
        if words == before {
            return words;
        }
    }
}

/// `2023年度…` and `2023年…` without their year; a date (`2023年7月`) stays.
fn strip_year_prefix(words: &str) -> &str {
    let digits = words.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return words;
    }
    let rest = &words[4..];
    let rest = rest
        .strip_prefix("年度")
        .or_else(|| rest.strip_prefix('年'))
        .unwrap_or(words);
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        words
    } else {
        rest
    }
}
