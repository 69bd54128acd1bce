//! A page made into a draft report in the current format, and the list of what a
//! person must review or fill before it can be published. The draft never invents:
//! no relations, charts or key figures, and every English text left empty.

use crate::report::{check, Bilingual, Figure, Meta, Period, Report, ReviewItem, SCHEMA_VERSION};

use super::figures::candidates;
use super::page::{
    iso_date, read_page_keeping, ungroup_thousands, Page, PageError, RemovedLine, RemovedReason,
    TitleFrom,
};
use super::sections::split_sections;

/// An imported draft, its review list, and the lines of the page it left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub report: Report,
    /// Lines for a person to read, in the order to act on them.
    pub review: Vec<String>,
    /// The page's lines that are not in the draft's text, in page order, each with why
    /// (the title, signatories and signing date are in `report.meta`, not here).
    pub removed: Vec<RemovedLine>,
}

/// Makes a draft report from a page's plain text or HTML.
pub fn import(input: &str) -> Result<Draft, PageError> {
    import_keeping(input, &[])
}

/// Makes a draft as [`import`] does, except that a page line whose text is one of
/// `keep` (a [`RemovedLine`]'s `text`) is not removed: it stays in the draft's text
/// where it was on the page (a line from above the title at the text's start).
pub fn import_keeping(input: &str, keep: &[String]) -> Result<Draft, PageError> {
    let page = read_page_keeping(input, keep)?;
    let (year, year_from) = report_year(&page);
    let mut sections = split_sections(&page.body);
    let ungrouped = ungroup_paragraphs(&mut sections);
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
    let mut notes = page_notes(&page, year_from);
    notes.extend(ungrouped);
    let review = review_list(&page, &report, &notes, &unwritten);
    Ok(Draft {
        report,
        review,
        removed: page.removed,
    })
}

/// Every paragraph's digit groups written without separators (`1,260` → `1260`), as
/// the contract writes numbers, and a review line for each paragraph changed.
fn ungroup_paragraphs(sections: &mut [crate::report::Section]) -> Vec<String> {
    let mut notes = Vec::new();
    for section in sections {
        for paragraph in &mut section.paragraphs {
            let (text, groups) = ungroup_thousands(&paragraph.text);
            if !groups.is_empty() {
                notes.push(format!(
                    "{}: the page groups digits ({}); the text has them without separators, as the contract writes numbers",
                    paragraph.id,
                    groups.join(", ")
                ));
                paragraph.text = text;
            }
        }
        notes.extend(ungroup_paragraphs(&mut section.subsections));
    }
    notes
}

/// Where the year was read from, when not from the title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearFrom {
    Title,
    OpeningParagraph,
    SigningDate,
    Nowhere,
}

/// The first year a line names (`2022年`), four digits and 年 (not 年版, not a run of
/// more digits such as `20212025年`).
fn first_year(line: &str) -> Option<u16> {
    let bytes = line.as_bytes();
    line.char_indices().find_map(|(i, _)| {
        if i > 0 && bytes[i - 1].is_ascii_digit() {
            return None;
        }
        let year = line.get(i..i + 4)?;
        let after = &line[i + 4..];
        (year.bytes().all(|b| b.is_ascii_digit())
            && after.starts_with('年')
            && !after.starts_with("年版"))
        .then(|| year.parse().ok())
        .flatten()
    })
}

/// The year reported on: the one the title names (`2023年度`), else the one the
/// report's opening paragraph names (`2022年,某县…`), else the signing year.
fn report_year(page: &Page) -> (u16, YearFrom) {
    if let Some(year) = first_year(&page.title) {
        return (year, YearFrom::Title);
    }
    let opening = page
        .body
        .iter()
        .find(|l| super::sections::ordinal(l).is_none());
    if let Some(year) = opening.and_then(|l| first_year(l)) {
        return (year, YearFrom::OpeningParagraph);
    }
    let signed = page
        .signed_on_text
        .as_deref()
        .and_then(|d| d.get(..4)?.parse().ok());
    match signed {
        Some(year) => (year, YearFrom::SigningDate),
        None => (0, YearFrom::Nowhere),
    }
}

/// The district in a name (`惠阳区人民政府` → `惠阳区`, `中共某县委` → `某县`): up to the
/// last 区, 县 or 市 before the body's own words.
fn district_in(name: &str) -> Option<String> {
    let name = name.strip_prefix("中共").unwrap_or(name);
    let digit = name.find(|c: char| c.is_ascii_digit());
    let cut = ["人民政府", "委员会", "政府", "司法局", "关于", "法治", "委"]
        .iter()
        .filter_map(|w| name.find(w))
        .chain(digit)
        .min()
        .unwrap_or(name.len());
    let name = &name[..cut];
    let end = name
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '区' | '县' | '市'))
        .map(|(i, c)| i + c.len_utf8())?;
    Some(name[..end].to_string())
}

/// The district as the issuers name it, else as the title or the source office does.
fn district(page: &Page) -> String {
    page.signatories
        .iter()
        .find_map(|issuer| district_in(issuer))
        .or_else(|| district_in(&page.title))
        .or_else(|| page.meta.source_office.as_deref().and_then(district_in))
        .unwrap_or_default()
}

/// A publication time as `YYYY-MM-DD` (with the time after it kept): from
/// `2024年1月18日`, `2024/1/18 10:00` or `2024-1-8`; anything else as written.
fn published_at(written: &str) -> String {
    if let Some(iso) = iso_date(written) {
        return iso;
    }
    let (date, time) = written.split_once(' ').unwrap_or((written, ""));
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let iso = match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && [y, m, d]
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                && m.len() <= 2
                && d.len() <= 2 =>
        {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        _ => return written.to_string(),
    };
    match time.trim() {
        "" => iso,
        time => format!("{iso} {time}"),
    }
}

fn meta(page: &Page, year: u16) -> Meta {
    let signed_on_text = page
        .signed_on_text
        .clone()
        .or_else(|| page.meta.written_on.clone())
        .unwrap_or_default();
    let published_at = page
        .meta
        .published_at
        .as_deref()
        .map(published_at)
        .unwrap_or_default();
    Meta {
        title: page.title.clone(),
        title_en: String::new(),
        district: Bilingual {
            zh: district(page),
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
fn review_list(
    page: &Page,
    report: &Report,
    notes: &[String],
    unwritten: &[String],
) -> Vec<String> {
    let mut out = what_was_read(page, report);
    out.extend(notes.iter().cloned());
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
        removed_summary(&page.removed),
        format!(
            "meta.district.zh: `{}` was read from the issuers (or the title or source office); give the full name if the report uses one",
            meta.district.zh
        ),
    ]
}

/// How many lines were removed, by reason.
fn removed_summary(removed: &[RemovedLine]) -> String {
    let count = |reason| removed.iter().filter(|r| r.reason == reason).count();
    format!(
        "dropped: {} line(s) before the title (not part of the report), {} line(s) of page chrome, {} line(s) after the signing date; {} metadata line(s) read into meta (each removed line is listed with its reason)",
        count(RemovedReason::BeforeTitle),
        count(RemovedReason::Chrome),
        count(RemovedReason::AfterSignOff),
        count(RemovedReason::Metadata),
    )
}

/// What a person must know of how the page was read: where the title and the year
/// came from when the page does not state them plainly.
fn page_notes(page: &Page, year_from: YearFrom) -> Vec<String> {
    let mut out = Vec::new();
    match page.title_from {
        TitleFrom::Line(_) => {}
        TitleFrom::HtmlTitle => out.push(format!(
            "meta.title: no line of the page is its title; `{}` was taken from the HTML <title>: check it against the report",
            page.title
        )),
        TitleFrom::Missing => out.push(
            "meta.title: the page has no title line (nor an HTML <title> naming it): write the report's title".to_string(),
        ),
    }
    match year_from {
        YearFrom::Title => {}
        YearFrom::OpeningParagraph => out.push(
            "meta.year: the title names no year; it was read from the report's opening paragraph: check it".to_string(),
        ),
        YearFrom::SigningDate => out.push(
            "meta.year: neither the title nor the opening paragraph names a year; the signing year was taken: check it (a report is often signed the year after)".to_string(),
        ),
        YearFrom::Nowhere => out.push(
            "meta.year: the page names no year: write the year reported on".to_string(),
        ),
    }
    out
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
