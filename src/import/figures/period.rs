//! The period proposed for a figure, and the words that say why.

use crate::report::period_rule::{named_year, sentence_start, year_of_sentence};
use crate::report::{Bilingual, Period};

use super::super::page::iso_date;
use super::quote::CLAUSE_ENDS;

/// The period the words propose, and why: a running total or a standing count by
/// their words, else a year by the rule the checks hold a report to (its sentence
/// names it), else `not_stated`. A year an earlier sentence names may govern the
/// figure, but only a person can tell: the reason says so, the period does not.
pub(super) fn period(
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
        let reason = match &until {
            Some((_, word)) => word,
            None => "累计",
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

/// Words that say "up to" a date: 截至, and 截止 which pages write as often.
const UP_TO: [&str; 2] = ["截至", "截止"];

/// `截至2023年12月31日` (or `截止…`, `截至2023年底`) in the words: the date as ISO, and the word
/// that says "up to".
fn until_date(words: &str) -> Option<(String, &'static str)> {
    let (at, word) = UP_TO
        .iter()
        .filter_map(|w| words.find(w).map(|at| (at, *w)))
        .min()?;
    let rest = &words[at + word.len()..];
    let rest = rest.strip_prefix('到').unwrap_or(rest); // 截止到2023年…
    if let Some(year) = year_end(rest) {
        return Some((format!("{year}-12-31"), word));
    }
    let day_end = rest.find('日')? + '日'.len_utf8();
    Some((iso_date(&rest[..day_end])?, word))
}

/// `2022年底` (or `2022年末`) at the start of the words: the year whose last day it is.
fn year_end(words: &str) -> Option<&str> {
    let year = words.get(..4)?;
    let after = &words[4..];
    (year.bytes().all(|b| b.is_ascii_digit())
        && (after.starts_with("年底") || after.starts_with("年末")))
    .then_some(year)
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
