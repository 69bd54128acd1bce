//! Statistic candidates in a paragraph: a number with its measure word or unit (`3次`,
//! `10余期`, `31.5万件`, `97.5%`, `1.1亿元`), its qualifier (约 余 多 近 超过), ranks
//! (`排名第一`) and changes (`同比增长17.1%`) — each with a quote unique in the
//! paragraph, a Chinese label from the words around it and a proposed period. Years,
//! dates, document and meeting numbers (`第46次`, `六届52次`, `〔2023〕5号`), list
//! ordinals and named formulas (`“1+6”`) are not statistics and are never proposed.

use crate::report::format::chinese_numeral_value;
use crate::report::period_rule::{named_year, sentence_start, year_of_sentence};
use crate::report::{
    Approx, Bilingual, ChangeWord, Magnitude, Measure, MoneyUnit, Period, Quantity,
};

use super::page::iso_date;

/// A statistic the importer proposes, with the words it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub value: f64,
    pub quantity: Quantity,
    pub approx: Option<Approx>,
    /// Words of the paragraph that state it, unique there.
    pub quote: String,
    /// What is counted, in the report's words.
    pub label: String,
    pub period: Period,
    /// Why that period: the words it was read from, or that none state it.
    pub period_reason: String,
}

/// Characters that end a clause, for quotes and labels.
const CLAUSE_ENDS: &str = ",\u{ff0c}。;\u{ff1b}:\u{ff1a}、!\u{ff01}?\u{ff1f}(\u{ff08})\u{ff09}+";
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
/// Words before 第 that make it a place in a ranking.
const RANK_WORDS: [&str; 5] = ["排名", "名列", "位列", "位居", "居"];
/// Characters before a number that make it an ordinal or a document or meeting number.
const NOT_A_STATISTIC_BEFORE: &str = "第届〔[+-—/#№号";

/// A number found in the text: where its written form starts and ends (byte offsets),
/// and what it is.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    start: usize,
    end: usize,
    value: f64,
    quantity: Quantity,
    approx: Option<Approx>,
}

/// Every statistic candidate in one paragraph, in reading order.
pub fn candidates(text: &str, report_year: u16) -> Vec<Candidate> {
    let mut found: Vec<Found> = numbers(text).chain(ranks(text)).collect();
    found.sort_by_key(|f| f.start);
    let protected = protected_spans(text);
    let mut out = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let previous_end = i.checked_sub(1).map_or(0, |p| found[p].end);
        let next_start = found.get(i + 1).map_or(text.len(), |n| n.start);
        let clause_start = clause_start(text, f.start, &protected);
        let clause_end = clause_end(text, f.end, &protected);
        let quote_start = clause_start.max(previous_end);
        let quote_end = clause_end.min(next_start);
        let (quote_start, quote_end) = unique_quote(text, quote_start, quote_end, previous_end);
        let quote = (quote_start, quote_end);
        let (period, period_reason) = period(text, clause_start, f.start, quote, report_year);
        out.push(Candidate {
            value: f.value,
            quantity: f.quantity,
            approx: f.approx,
            quote: text[quote_start..quote_end].to_string(),
            label: label(
                &text[quote_start..f.start],
                &text[f.end..quote_end],
                f.quantity,
            ),
            period,
            period_reason,
        });
    }
    out
}

/// Spans of short parentheticals (`(社区)`, `(市、区)`, `(依职权除外)`): their
/// punctuation belongs to a name, not to the clause.
fn protected_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (open, c) in text.char_indices() {
        if !matches!(c, '(' | '\u{ff08}') {
            continue;
        }
        let inner = &text[open + c.len_utf8()..];
        let close = inner
            .char_indices()
            .take(7)
            .find(|(_, c)| matches!(c, ')' | '\u{ff09}' | '(' | '\u{ff08}'));
        if let Some((at, close @ (')' | '\u{ff09}'))) = close {
            let end = open + c.len_utf8() + at + close.len_utf8();
            spans.push((open, end));
        }
    }
    spans
}

/// Where the clause holding `at` starts: just after the last clause end before it.
fn clause_start(text: &str, at: usize, protected: &[(usize, usize)]) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_clause(i, c, protected))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the clause holding `at` ends: at the first clause end from it on.
fn clause_end(text: &str, at: usize, protected: &[(usize, usize)]) -> usize {
    text[at..]
        .char_indices()
        .find(|&(i, c)| ends_clause(at + i, c, protected))
        .map_or(text.len(), |(i, _)| at + i)
}

fn ends_clause(at: usize, c: char, protected: &[(usize, usize)]) -> bool {
    CLAUSE_ENDS.contains(c) && !protected.iter().any(|&(s, e)| (s..e).contains(&at))
}

/// Widens a quote that occurs more than once in the paragraph, a clause at a time
/// backwards (never into the previous figure's words), then forwards.
fn unique_quote(text: &str, mut start: usize, mut end: usize, floor: usize) -> (usize, usize) {
    let occurs = |s: usize, e: usize| text.matches(&text[s..e]).count();
    while occurs(start, end) > 1 {
        if start > floor {
            let before = &text[floor..start];
            let step = before
                .char_indices()
                .rev()
                .skip(1)
                .find(|&(_, c)| CLAUSE_ENDS.contains(c))
                .map_or(floor, |(i, c)| floor + i + c.len_utf8());
            start = step.max(floor);
        } else if end < text.len() {
            let rest = &text[end..];
            end += rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| CLAUSE_ENDS.contains(c))
                .map_or(rest.len(), |(i, _)| i);
        } else {
            break;
        }
    }
    (start, end)
}

/// The label: the words before the number that name what is counted, without the
/// words that say when or link (`2023年共调解各类纠纷1300宗` → `调解各类纠纷`); for a
/// measure word followed by its noun (`319名领导干部参加…`), that noun.
fn label(before: &str, after: &str, quantity: Quantity) -> String {
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

/// The period the words propose, and why: a running total or a standing count by
/// their words, else a year by the rule the checks hold a report to (its sentence
/// names it), else `not_stated`. A year an earlier sentence names may govern the
/// figure, but only a person can tell: the reason says so, the period does not.
fn period(
    text: &str,
    clause_start: usize,
    at: usize,
    (quote_start, quote_end): (usize, usize),
    report_year: u16,
) -> (Period, String) {
    let sentence_start = sentence_start(text, at);
    let sentence = &text[sentence_start..at];
    let clause = &text[clause_start..at];
    let until = until_date(sentence);
    if clause.contains("累计") || until.is_some() {
        let since = since_words(sentence).map(|zh| Bilingual {
            zh: zh.to_string(),
            en: String::new(),
        });
        let reason = match (&until, clause.contains("累计")) {
            (Some(_), _) => "截至",
            (None, _) => "累计",
        };
        return (
            Period::Cumulative {
                since,
                until: until.map(|(date, _)| date),
            },
            reason.to_string(),
        );
    }
    for word in ["目前", "现有", "当前"] {
        if sentence.contains(word) {
            return (Period::AsOf { date: None }, word.to_string());
        }
    }
    if clause.contains("共有") {
        return (Period::AsOf { date: None }, "共有".to_string());
    }
    if let Some(named) = year_of_sentence(text, quote_start, quote_end, report_year) {
        return (Period::Year { year: named.year }, named.written);
    }
    let reason = match named_year(&text[..sentence_start], report_year) {
        Some(earlier) => format!(
            "its sentence names no period; an earlier one names “{}”: if that governs it, make it year {} with those words as period_quote",
            earlier.written, earlier.year
        ),
        None => "no words state its period".to_string(),
    };
    (Period::NotStated {}, reason)
}

/// `截至2023年12月31日` in the words: the date as ISO and as written.
fn until_date(words: &str) -> Option<(String, String)> {
    let at = words.find("截至")?;
    let rest = &words[at + "截至".len()..];
    let day_end = rest.find('日')? + '日'.len_utf8();
    let written = &rest[..day_end];
    Some((iso_date(written)?, written.to_string()))
}

/// The clause ending in 以来 (`平台上线运用以来`), which says when a running total starts.
fn since_words(sentence: &str) -> Option<&str> {
    let end = sentence.find("以来")? + "以来".len();
    let start = sentence[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| CLAUSE_ENDS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(&sentence[start..end])
}

/// The numbers in digits that carry a unit, each with its qualifier.
fn numbers(text: &str) -> impl Iterator<Item = Found> + '_ {
    let bytes = text.as_bytes();
    text.char_indices().filter_map(move |(i, c)| {
        let starts_number = c.is_ascii_digit()
            && (i == 0 || !(bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'));
        if !starts_number {
            return None;
        }
        number_at(text, i)
    })
}

fn number_at(text: &str, start: usize) -> Option<Found> {
    let before = &text[..start];
    let previous = before.chars().next_back();
    if previous.is_some_and(|p| NOT_A_STATISTIC_BEFORE.contains(p) || p.is_ascii_alphabetic()) {
        return None;
    }
    let int_len = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    let mut end = start + int_len;
    if text[end..].starts_with('.') {
        let frac = text[end + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if frac > 0 {
            end += 1 + frac;
        }
    }
    let value: f64 = text[start..end].parse().ok()?;
    let mut rest = &text[end..];
    if rest.starts_with('+') || rest.starts_with(['〕', ']']) {
        return None;
    }

    let (approx_before, written_start) = qualifier_before(before, start);
    let mut scale = None;
    if !rest.starts_with("万元") && !rest.starts_with("亿元") {
        for magnitude in Magnitude::ALL {
            if let Some(r) = rest.strip_prefix(magnitude.as_str()) {
                scale = Some(magnitude);
                rest = r;
            }
        }
    }
    let mut approx_after = None;
    for (word, approx) in [("余", Approx::MoreThan), ("多", Approx::Plus)] {
        if let Some(r) = rest.strip_prefix(word) {
            approx_after = Some(approx);
            rest = r;
        }
    }
    let approx = approx_before.or(approx_after);
    if approx_before.is_some() && approx_after.is_some() {
        return None;
    }
    let (quantity, unit_len) = unit_at(rest, scale)?;
    let end = text.len() - rest.len() + unit_len;

    let found = match change_word_before(&text[..written_start]) {
        Some(word) if quantity == Quantity::Percent && approx.is_none() => Found {
            start: written_start - word.as_str().len(),
            end,
            value,
            quantity: Quantity::Change { word },
            approx: None,
        },
        _ => Found {
            start: written_start,
            end,
            value,
            quantity,
            approx,
        },
    };
    Some(found)
}

/// 约 / 近 / 超过 just before the number, and where the written form then starts.
fn qualifier_before(before: &str, start: usize) -> (Option<Approx>, usize) {
    for (word, approx) in [
        ("约", Approx::About),
        ("超过", Approx::Over),
        ("近", Approx::Nearly),
    ] {
        if before.ends_with(word) {
            let not_nearly = word == "近" && (before.ends_with("最近") || before.ends_with("附近"));
            if !not_nearly {
                return (Some(approx), start - word.len());
            }
        }
    }
    (None, start)
}

fn change_word_before(before: &str) -> Option<ChangeWord> {
    ChangeWord::ALL
        .into_iter()
        .find(|w| before.ends_with(w.as_str()))
}

/// The unit the words start with, and its length: money, a percent sign, or a
/// measure word (the longest that fits: `场次` before `场`).
fn unit_at(rest: &str, scale: Option<Magnitude>) -> Option<(Quantity, usize)> {
    if scale.is_none() {
        for unit in MoneyUnit::ALL {
            if rest.starts_with(unit.as_str()) {
                return Some((Quantity::Amount { unit }, unit.as_str().len()));
            }
        }
        if rest.starts_with('%') {
            return Some((Quantity::Percent, 1));
        }
    }
    let measure = Measure::ALL
        .into_iter()
        .filter(|m| rest.starts_with(m.as_str()))
        .max_by_key(|m| m.as_str().len())?;
    let after = &rest[measure.as_str().len()..];
    if measure == Measure::Ge && after.starts_with("百分点") {
        return None; // percentage points, which the contract does not express
    }
    Some((Quantity::Count { measure, scale }, measure.as_str().len()))
}

/// Places in a ranking written in Chinese numerals (`排名第一`).
fn ranks(text: &str) -> impl Iterator<Item = Found> + '_ {
    text.match_indices('第').filter_map(move |(at, _)| {
        if !RANK_WORDS.iter().any(|w| text[..at].ends_with(w)) {
            return None;
        }
        let rest = &text[at + '第'.len_utf8()..];
        let len: usize = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .map(char::len_utf8)
            .sum();
        let value = chinese_numeral_value(&rest[..len])?;
        Some(Found {
            start: at,
            end: at + '第'.len_utf8() + len,
            value: f64::from(value),
            quantity: Quantity::Rank,
            approx: None,
        })
    })
}

#[cfg(test)]
mod tests;
