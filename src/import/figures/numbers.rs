//! Numbers in the text that are figures: digits with a unit, a qualifier and perhaps a
//! change word, and places in a ranking. Years, document and meeting numbers, list
//! ordinals, formulas and percentage points are not figures and are never found.

use crate::report::number::leading_chinese_numeral;
use crate::report::{Approx, ChangeWord, Magnitude, Measure, MoneyUnit, Quantity};

use super::Found;

/// Words before 第 that make it a place in a ranking.
const RANK_WORDS: [&str; 5] = ["排名", "名列", "位列", "位居", "居"];
/// Characters before a number that make it an ordinal or a document or meeting number.
const NOT_A_STATISTIC_BEFORE: &str = "第届〔[+-—/#№号";

/// The numbers in digits that carry a unit, each with its qualifier.
pub(super) fn numbers(text: &str) -> impl Iterator<Item = Found> + '_ {
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

/// The figure whose digits start at `start`, unless what is around them says it is
/// not one.
fn number_at(text: &str, start: usize) -> Option<Found> {
    let before = &text[..start];
    let previous = before.chars().next_back();
    if previous.is_some_and(|p| NOT_A_STATISTIC_BEFORE.contains(p) || p.is_ascii_alphabetic()) {
        return None;
    }
    let end = start + digits_len(&text[start..]);
    let value: f64 = text[start..end].parse().ok()?;
    let rest = &text[end..];
    if rest.starts_with('+') || rest.starts_with(['〕', ']']) {
        return None;
    }

    let (approx_before, written_start) = qualifier_before(before, start);
    let (scale, rest) = magnitude_after(rest);
    let (approx_after, rest) = qualifier_after(rest);
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

/// How long the number written in digits at the start of `text` is, with its decimals.
fn digits_len(text: &str) -> usize {
    let int_len = text.bytes().take_while(u8::is_ascii_digit).count();
    let mut end = int_len;
    if text[end..].starts_with('.') {
        let frac = text[end + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if frac > 0 {
            end += 1 + frac;
        }
    }
    end
}

/// 万 / 亿 after the digits (not of 万元 or 亿元, which are money), and the words after it.
fn magnitude_after(mut rest: &str) -> (Option<Magnitude>, &str) {
    let mut scale = None;
    if !rest.starts_with("万元") && !rest.starts_with("亿元") {
        for magnitude in Magnitude::ALL {
            if let Some(r) = rest.strip_prefix(magnitude.as_str()) {
                scale = Some(magnitude);
                rest = r;
            }
        }
    }
    (scale, rest)
}

/// 余 / 多 after the number, and the words after it.
fn qualifier_after(mut rest: &str) -> (Option<Approx>, &str) {
    let mut approx_after = None;
    for (word, approx) in [("余", Approx::MoreThan), ("多", Approx::Plus)] {
        if let Some(r) = rest.strip_prefix(word) {
            approx_after = Some(approx);
            rest = r;
        }
    }
    (approx_after, rest)
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
    if measure == Measure::Ge
        && ["月", "工作日", "小时"]
            .iter()
            .any(|w| after.starts_with(w))
    {
        return None; // a length of time (`3个月`, `1个工作日`), not a count of things
    }
    Some((Quantity::Count { measure, scale }, measure.as_str().len()))
}

/// Places in a ranking written in Chinese numerals (`排名第一`).
pub(super) fn ranks(text: &str) -> impl Iterator<Item = Found> + '_ {
    text.match_indices('第').filter_map(move |(at, _)| {
        if !RANK_WORDS.iter().any(|w| text[..at].ends_with(w)) {
            return None;
        }
        let rest = &text[at + '第'.len_utf8()..];
        let (value, len) = leading_chinese_numeral(rest)?;
        Some(Found {
            start: at,
            end: at + '第'.len_utf8() + len,
            value: f64::from(value),
            quantity: Quantity::Rank,
            approx: None,
        })
    })
}
