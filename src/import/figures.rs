//! Statistic candidates in a paragraph: a number with its measure word or unit (`3次`,
//! `10余期`, `31.5万件`, `97.5%`, `1.1亿元`), its qualifier (约 余 多 近 超过), ranks
//! (`排名第一`) and changes (`同比增长17.1%`) — each with a quote unique in the
//! paragraph, a Chinese label from the words around it and a proposed period. Years,
//! dates, document and meeting numbers (`第46次`, `六届52次`, `〔2023〕5号`), list
//! ordinals and named formulas (`“1+6”`) are not statistics and are never proposed.

use crate::report::{Approx, Period, Quantity};

mod label;
mod numbers;
mod period;
mod quote;

use label::label;
use numbers::{numbers, ranks};
use period::period;
use quote::{clause_end, clause_start, protected_spans, unique_quote};

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

#[cfg(test)]
mod tests;
