//! A page made into a draft report in the current format, and the list of what a
//! person must review or fill before it can be published. The draft never invents:
//! no relations, charts or key figures, and every English text left empty.

use crate::report::{check, Bilingual, Figure, Meta, Period, Report, ReviewItem, SCHEMA_VERSION};

use super::figures::candidates;
use super::page::{iso_date, read_page, Page, PageError};
use super::sections::split_sections;

/// An imported draft and its review list.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub report: Report,
    /// Lines for a person to read, in the order to act on them.
    pub review: Vec<String>,
}

/// Makes a draft report from a page's plain text or HTML.
pub fn import(input: &str) -> Result<Draft, PageError> {
    let page = read_page(input)?;
    let year = report_year(&page);
    let sections = split_sections(&page.body);
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        meta: meta(&page, year),
        sections,
        figures: Vec::new(),
        relations: Vec::new(),
        key_figures: Vec::new(),
        charts: Vec::new(),
        withdrawn_charts: Vec::new(),
        to_review: vec![
            ReviewItem::Ids,
            ReviewItem::Labels,
            ReviewItem::Periods,
            ReviewItem::Relations,
            ReviewItem::Charts,
        ],
    };
    let mut unwritten = Vec::new();
    report.figures = figures(&report, year, &mut unwritten);
    let review = review_list(&page, &report, &unwritten);
    Ok(Draft { report, review })
}

/// The year reported on: the one the title names (`2023年度`), else the signing year.
fn report_year(page: &Page) -> u16 {
    let title = &page.title;
    let from_title = title.char_indices().find_map(|(i, _)| {
        let digits = &title[i..];
        let year = digits.get(..4)?;
        (year.bytes().all(|b| b.is_ascii_digit()) && digits[4..].starts_with('年'))
            .then(|| year.parse().ok())
            .flatten()
    });
    let signed = page
        .signed_on_text
        .as_deref()
        .and_then(|d| d.get(..4)?.parse().ok());
    from_title.or(signed).unwrap_or(0)
}

/// The district as the issuers name it (`惠阳区人民政府` → `惠阳区`).
fn district(issuers: &[String]) -> String {
    issuers
        .iter()
        .find_map(|issuer| {
            let issuer = issuer.strip_prefix("中共").unwrap_or(issuer);
            let end = issuer
                .char_indices()
                .find(|&(_, c)| matches!(c, '区' | '县' | '市'))
                .map(|(i, c)| i + c.len_utf8())?;
            Some(issuer[..end].to_string())
        })
        .unwrap_or_default()
}

fn meta(page: &Page, year: u16) -> Meta {
    let signed_on_text = page
        .signed_on_text
        .clone()
        .or_else(|| page.meta.written_on.clone())
        .unwrap_or_default();
    let published_at = page.meta.published_at.clone().unwrap_or_default();
    let published_at = iso_date(&published_at).unwrap_or(published_at);
    Meta {
        title: page.title.clone(),
        title_en: String::new(),
        district: Bilingual {
            zh: district(&page.signatories),
            en: String::new(),
        },
        year,
        issuers: page.signatories.clone(),
        signed_on: iso_date(&signed_on_text).unwrap_or_else(|| signed_on_text.clone()),
        signed_on_text,
        published_at,
        source_office: page.meta.source_office.clone().unwrap_or_default(),
        publishing_office: page.meta.publishing_office.clone().unwrap_or_default(),
    }
}

/// Every candidate as a figure with a generated id (`p1-5-1.count3`), in reading
/// order. A candidate whose written form the contract cannot reproduce is left out
/// and described in `unwritten`.
fn figures(report: &Report, year: u16, unwritten: &mut Vec<String>) -> Vec<Figure> {
    let mut out = Vec::new();
    for paragraph in report.paragraphs() {
        for (n, c) in candidates(&paragraph.text, year).into_iter().enumerate() {
            let kind = match c.quantity {
                crate::report::Quantity::Count { .. } => "count",
                crate::report::Quantity::Percent => "percent",
                crate::report::Quantity::Amount { .. } => "amount",
                crate::report::Quantity::Rank => "rank",
                crate::report::Quantity::Change { .. } => "change",
            };
            let figure = Figure {
                id: format!("{}.{kind}{}", paragraph.id, n + 1),
                value: c.value,
                quantity: c.quantity,
                approx: c.approx,
                label: Bilingual {
                    zh: c.label,
                    en: String::new(),
                },
                paragraph: paragraph.id.clone(),
                quote: c.quote,
                period: c.period,
                period_quote: None,
            };
            if figure.quote.contains(&figure.written_form()) {
                out.push(figure);
            } else {
                unwritten.push(format!(
                    "{}: `{}` is not written as the contract writes it (`{}`); add it by hand",
                    paragraph.id,
                    figure.quote,
                    figure.written_form()
                ));
            }
        }
    }
    out
}

fn period_words(period: &Period) -> String {
    match period {
        Period::Year { year: y } => format!("year {y}"),
        Period::Cumulative { since, until } => format!(
            "cumulative{}{}",
            since
                .as_ref()
                .map_or(String::new(), |s| format!(" since “{}”", s.zh)),
            until
                .as_ref()
                .map_or(String::new(), |u| format!(" until {u}"))
        ),
        Period::AsOf { date: None } => "as of the report's writing".into(),
        Period::AsOf { date: Some(d) } => format!("as of {d}"),
        Period::NotStated {} => "not stated".into(),
    }
}

/// The review list: what the page gave and what was dropped, what could not be
/// known, every figure's proposed period, and what the checks ask a person to fill.
fn review_list(page: &Page, report: &Report, unwritten: &[String]) -> Vec<String> {
    let mut out = what_was_read(page, report);
    out.extend(unstated_meta(&report.meta));
    for attachment in &page.attachments {
        out.push(format!(
            "the page has an attachment, not imported: {attachment}"
        ));
    }
    out.extend(unwritten.iter().cloned());
    out.extend(periods_to_confirm(report));
    out.extend(grouped_problems(report));
    out
}

/// What the page gave, what was dropped, and the district as read.
fn what_was_read(page: &Page, report: &Report) -> Vec<String> {
    let meta = &report.meta;
    vec![
        format!("title: {}", meta.title),
        format!(
            "year {}, signed {} by {}, published {}",
            meta.year,
            meta.signed_on,
            meta.issuers.join(" / "),
            meta.published_at
        ),
        format!(
            "{} sections, {} paragraphs, {} figures proposed",
            report.all_sections().len(),
            report.paragraphs().len(),
            report.figures.len()
        ),
        format!(
            "dropped: {} line(s) before the title (not part of the report), {} line(s) of page chrome",
            page.dropped_before_title, page.dropped_chrome
        ),
        format!(
            "meta.district.zh: `{}` was read from the issuers; give the full name if the report uses one",
            meta.district.zh
        ),
    ]
}

/// The metadata the page does not state, to fill in.
fn unstated_meta(meta: &Meta) -> Vec<String> {
    let mut out = Vec::new();
    for (field, value) in [
        ("meta.source_office (来源)", &meta.source_office),
        ("meta.publishing_office (发布机构)", &meta.publishing_office),
        ("meta.published_at (发布日期)", &meta.published_at),
        (
            "meta.signed_on_text (the signing date)",
            &meta.signed_on_text,
        ),
    ] {
        if value.is_empty() {
            out.push(format!("{field}: the page does not state it; fill it in"));
        }
    }
    out
}

/// How many figures have each proposed period, then every figure with its period and
/// the words it was read from.
fn periods_to_confirm(report: &Report) -> Vec<String> {
    let mut periods: Vec<(String, usize)> = Vec::new();
    for figure in &report.figures {
        let words = period_words(&figure.period);
        match periods.iter_mut().find(|(w, _)| *w == words) {
            Some((_, n)) => *n += 1,
            None => periods.push((words, 1)),
        }
    }
    let summary: Vec<String> = periods.iter().map(|(w, n)| format!("{n} {w}")).collect();
    let mut out = vec![format!(
        "periods to confirm ({}); each figure (figures[i] id: value — period (from which words)):",
        summary.join(", ")
    )];
    let paragraph_figures = report.figures.iter().enumerate();
    for (i, figure) in paragraph_figures {
        let reason = candidates_reason(report, figure);
        out.push(format!(
            "  figures[{i}] {}: {} — {} ({reason})",
            figure.id,
            figure.written_form(),
            period_words(&figure.period)
        ));
    }
    out
}

/// Why a figure has its period, read again from its paragraph.
fn candidates_reason(report: &Report, figure: &Figure) -> String {
    report
        .paragraph(&figure.paragraph)
        .and_then(|p| {
            candidates(&p.text, report.meta.year)
                .into_iter()
                .find(|c| c.quote == figure.quote)
        })
        .map_or_else(String::new, |c| c.period_reason)
}

/// The checks' findings, with the many empty English texts counted rather than listed
/// one by one (the validator lists each).
fn grouped_problems(report: &Report) -> Vec<String> {
    use crate::report::check::{EnglishText, ProblemKind};
    let problems = check(report);
    let mut out = vec![format!(
        "to fill or review ({} findings; `cargo run --bin validate -- FILE` lists each):",
        problems.len()
    )];
    let mut english: Vec<(EnglishText, usize)> = Vec::new();
    for problem in &problems {
        match &problem.kind {
            ProblemKind::ToBeFilled(what) => match english.iter_mut().find(|(w, _)| w == what) {
                Some((_, n)) => *n += 1,
                None => english.push((*what, 1)),
            },
            _ => out.push(format!("  {problem}")),
        }
    }
    for (what, n) in english {
        out.push(format!("  {what} is still to be filled in {n} place(s)"));
    }
    out
}

#[cfg(test)]
mod tests;
