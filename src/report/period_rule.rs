//! Which words let a figure claim a year: the sentence that states it, or a clause
//! of its paragraph that governs it and that the figure quotes as `period_quote`.
//! The checks hold a report to this rule and the importer proposes periods by it, so
//! a year is never taken from the report's title or assumed for want of words.

use thiserror::Error;

use super::model::{Figure, Period, Report};

/// Characters that end a sentence: a year named before one does not reach past it.
pub const SENTENCE_ENDS: &str = "。;\u{ff1b}!\u{ff01}?\u{ff1f}";

/// Words that name the report's own year without its number, longest first.
const THIS_YEAR_WORDS: [&str; 4] = ["本年度", "本年", "全年", "今年"];

/// A year the words name as a time, and the words that name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedYear {
    pub year: u16,
    /// As written: `2023年`, `2022年度`, `2023年11月`, `全年`.
    pub written: String,
}

/// The last year `words` name as a time: `2023年`, `2022年度`, a month or day of one
/// (`2023年11月`: what happened then happened in 2023), or 全年 / 今年 / 本年度 for
/// `report_year`. Not a time: a year inside a document title (`《…2023年度…计划》`), an
/// edition (`2022年版`), or the date a running total or standing count is taken on
/// (`截至2023年12月31日`), which makes a period of its own.
pub fn named_year(words: &str, report_year: u16) -> Option<NamedYear> {
    let bytes = words.as_bytes();
    let mut in_title = 0i32;
    let mut last = None;
    for (i, c) in words.char_indices() {
        match c {
            '《' => in_title += 1,
            '》' => in_title -= 1,
            _ => {}
        }
        if in_title > 0 {
            continue;
        }
        let rest = &words[i..];
        if let Some(word) = THIS_YEAR_WORDS.iter().find(|w| rest.starts_with(**w)) {
            last = Some(NamedYear {
                year: report_year,
                written: (*word).to_string(),
            });
            continue;
        }
        let starts_number = c.is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if starts_number {
            if let Some(named) = year_at(words, i) {
                last = Some(named);
            }
        }
    }
    last
}

/// The year written at byte `i` of `words` (four digits and 年), if it names a time.
fn year_at(words: &str, i: usize) -> Option<NamedYear> {
    let rest = &words[i..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(digits..)?.strip_prefix('年')?;
    if digits != 4 || after.starts_with('版') {
        return None;
    }
    let year: u16 = rest[..4].parse().ok()?;
    let written = if after.starts_with('度') {
        format!("{year}年度")
    } else if let Some(date) = month_or_day(after) {
        let taken_on = ["截至", "截止"].iter().any(|w| words[..i].ends_with(w));
        if taken_on {
            return None;
        }
        format!("{year}年{date}")
    } else {
        format!("{year}年")
    };
    Some(NamedYear { year, written })
}

/// `11月` or `12月31日` at the start of `words`, as written.
fn month_or_day(words: &str) -> Option<&str> {
    let month_digits = words.bytes().take_while(u8::is_ascii_digit).count();
    if month_digits == 0 || !words[month_digits..].starts_with('月') {
        return None;
    }
    let mut end = month_digits + '月'.len_utf8();
    let day_digits = words[end..].bytes().take_while(u8::is_ascii_digit).count();
    if day_digits > 0 && words[end + day_digits..].starts_with('日') {
        end += day_digits + '日'.len_utf8();
    }
    Some(&words[..end])
}

/// Where the sentence holding byte offset `at` of `text` starts.
pub fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| SENTENCE_ENDS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The year a figure's own sentence names up to the end of the figure's words
/// (`text[quote_start..quote_end]`): the one nearest before them, or in them.
pub fn year_of_sentence(
    text: &str,
    quote_start: usize,
    quote_end: usize,
    report_year: u16,
) -> Option<NamedYear> {
    named_year(
        &text[sentence_start(text, quote_start)..quote_end],
        report_year,
    )
}

/// Why the words do not support a figure's period.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeriodProblem {
    #[error(
        "the figure claims the year {year}, but the sentence that states it names no year and no `period_quote` gives the words that govern it: make the period `not_stated` (or `as_of` / `cumulative` where the words say so), or quote the governing words of the paragraph as `period_quote`"
    )]
    YearUnsupported { year: u16 },
    #[error(
        "the figure claims the year {year}, but the sentence that states it names {named} (`{written}`)"
    )]
    SentenceNamesOtherYear {
        year: u16,
        named: u16,
        written: String,
    },
    #[error("the period_quote `{quote}` is not in paragraph `{paragraph}`")]
    QuoteNotInParagraph { quote: String, paragraph: String },
    #[error(
        "the period_quote `{quote}` occurs {count} times in paragraph `{paragraph}`; it must be unique"
    )]
    QuoteNotUnique {
        quote: String,
        paragraph: String,
        count: usize,
    },
    #[error("the period_quote `{quote}` does not come before the figure's quote, so it cannot govern it")]
    QuoteAfterFigure { quote: String },
    #[error(
        "the period_quote `{quote}` names no year (`2023年`, `2023年度`, or 全年, 今年, 本年度 for the report's year)"
    )]
    QuoteNamesNoYear { quote: String },
    #[error(
        "the period_quote `{quote}` names {named} (`{written}`), but the figure claims the year {year}"
    )]
    QuoteNamesOtherYear {
        quote: String,
        named: u16,
        written: String,
        year: u16,
    },
    #[error("a period_quote supports a year, but the period is `{kind}`; remove the period_quote")]
    QuoteWithoutYear { kind: &'static str },
}

/// The problems of one figure's period, each with the field it is about. A figure
/// whose paragraph or quote cannot be found has that reported by the other checks.
pub(crate) fn period_problems(
    report: &Report,
    figure: &Figure,
) -> Vec<(&'static str, PeriodProblem)> {
    let Some(paragraph) = report.paragraph(&figure.paragraph) else {
        return Vec::new();
    };
    let text = paragraph.text.as_str();
    let Some(quote_start) = text
        .find(figure.quote.as_str())
        .filter(|_| !figure.quote.is_empty())
    else {
        return Vec::new();
    };
    let quote_end = quote_start + figure.quote.len();
    let report_year = report.meta.year;
    let claimed = match figure.period {
        Period::Year { year } => year,
        ref other => {
            return figure
                .period_quote
                .as_ref()
                .map(|_| {
                    let kind = other.kind_name();
                    ("period_quote", PeriodProblem::QuoteWithoutYear { kind })
                })
                .into_iter()
                .collect();
        }
    };
    let mut out = Vec::new();
    let governing = figure.period_quote.as_deref().map(|quote| {
        governing_year(text, quote, quote_start, &paragraph.id, report_year).and_then(|named| {
            if named.year == claimed {
                Ok(named)
            } else {
                Err(PeriodProblem::QuoteNamesOtherYear {
                    quote: quote.to_string(),
                    named: named.year,
                    written: named.written,
                    year: claimed,
                })
            }
        })
    });
    if let Some(Err(problem)) = &governing {
        out.push(("period_quote", problem.clone()));
    }
    match year_of_sentence(text, quote_start, quote_end, report_year) {
        Some(named) if named.year == claimed => {}
        Some(named) => out.push((
            "period.year",
            PeriodProblem::SentenceNamesOtherYear {
                year: claimed,
                named: named.year,
                written: named.written,
            },
        )),
        None if governing.is_none() => {
            out.push(("period", PeriodProblem::YearUnsupported { year: claimed }))
        }
        // The governing words hold, or what is wrong with them is said above.
        None => {}
    }
    out
}

/// The year a `period_quote` names, once it is found to stand, once, in the
/// paragraph before the figure's words.
fn governing_year(
    text: &str,
    quote: &str,
    figure_start: usize,
    paragraph: &str,
    report_year: u16,
) -> Result<NamedYear, PeriodProblem> {
    let named = named_year(quote, report_year).ok_or_else(|| PeriodProblem::QuoteNamesNoYear {
        quote: quote.to_string(),
    })?;
    let count = text.matches(quote).count();
    if count == 0 {
        return Err(PeriodProblem::QuoteNotInParagraph {
            quote: quote.to_string(),
            paragraph: paragraph.to_string(),
        });
    }
    if count > 1 {
        return Err(PeriodProblem::QuoteNotUnique {
            quote: quote.to_string(),
            paragraph: paragraph.to_string(),
            count,
        });
    }
    let at = text.find(quote).expect("counted once");
    if at + quote.len() > figure_start {
        return Err(PeriodProblem::QuoteAfterFigure {
            quote: quote.to_string(),
        });
    }
    Ok(named)
}

#[cfg(test)]
mod tests;
