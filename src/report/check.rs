//! Consistency checks on a parsed report: unique ids, references that resolve, quotes
//! that really are in their paragraphs, values written in their quotes, sane numbers
//! and the arithmetic the report states. The app and the tests run the same checks.

use std::collections::HashSet;
use std::fmt;

use thiserror::Error;

use super::model::{
    Basis, ChartKind, ChartSpec, Figure, Period, Quantity, Relation, Report, ReviewItem, Section,
};
use super::number::{expand_exponent, fixed_3, plain_list, plain_number};
use crate::i18n::Lang;

/// One thing wrong with a report, at a JSON path.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the JSON the problem is, e.g. `figures[3].quote`.
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ProblemKind {
    #[error("the id `{0}` is used more than once")]
    DuplicateId(String),
    #[error("no paragraph has the id `{0}`")]
    UnknownParagraph(String),
    #[error("no figure has the id `{0}`")]
    UnknownFigure(String),
    #[error("the quote `{quote}` is not in paragraph `{paragraph}`")]
    QuoteNotInParagraph { quote: String, paragraph: String },
    #[error(
        "the quote `{quote}` occurs {count} times in paragraph `{paragraph}`; it must be unique"
    )]
    QuoteNotUnique {
        quote: String,
        paragraph: String,
        count: usize,
    },
    #[error("the quote overlaps the quote of figure `{other}` in the same paragraph")]
    QuotesOverlap { other: String },
    #[error("the value is written as `{written}`, which the quote `{quote}` does not contain")]
    ValueNotInQuote { written: String, quote: String },
    #[error("the value {} is not a finite number", plain_number(*.0))]
    NotFinite(f64),
    #[error("the count {} is negative or not a whole number", plain_number(*.0))]
    BadCount(f64),
    #[error("the count {written} is {things} things, which is negative or not a whole number")]
    BadScaledCount { written: String, things: String },
    #[error(
        "a change is stated by its word ({word}) and its size, so the size {} must not be negative",
        plain_number(*.size)
    )]
    NegativeChange { word: &'static str, size: f64 },
    #[error("a fall of {} % would leave less than nothing", plain_number(*.0))]
    FallOverAll(f64),
    #[error("{0} is written exactly, so it cannot be approximate")]
    ApproxNotAllowed(&'static str),
    #[error("{0} is still to be filled")]
    ToBeFilled(&'static str),
    #[error(
        "no key figures are chosen yet: list the ids of the figures to show at the top of the page"
    )]
    NoKeyFigures,
    #[error("{}", review_explanation(*.0))]
    ReviewPending(ReviewItem),
    #[error("the percentage {} is outside 0–100", plain_number(*.0))]
    BadPercent(f64),
    #[error("the rank {} is not a whole number of at least 1", plain_number(*.0))]
    BadRank(f64),
    #[error("the amount {} is negative", plain_number(*.0))]
    BadAmount(f64),
    #[error(
        "{} of {} is {} %, but the report states {} %",
        plain_number(*.part),
        plain_number(*.whole),
        fixed_3(*.computed),
        plain_number(*.stated)
    )]
    RateMismatch {
        part: f64,
        whole: f64,
        computed: f64,
        stated: f64,
    },
    #[error(
        "the parts add up to {}, but the total is {}",
        plain_number(*.sum),
        plain_number(*.total)
    )]
    SumMismatch { sum: f64, total: f64 },
    #[error("the figures are meant to be equal but have the values [{}]", plain_list(.0))]
    NotEqual(Vec<f64>),
    #[error(
        "the part {} is larger than the whole {}",
        plain_number(*.part),
        plain_number(*.whole)
    )]
    PartExceedsWhole { part: f64, whole: f64 },
    #[error("`{0}` is not a date written as YYYY-MM-DD")]
    BadDate(String),
    #[error("the text is empty")]
    EmptyText,
    #[error("no section has the id `{0}`")]
    UnknownSection(String),
    #[error("figure `{0}` is not a percentage, but a rates chart draws only percentages")]
    NotAPercentage(String),
    #[error(
        "a funnel's stages must not grow, but {} follows {}",
        plain_number(*.later),
        plain_number(*.earlier)
    )]
    FunnelGrows { earlier: f64, later: f64 },
    #[error("the chart names no figures")]
    EmptyChart,
    #[error(
        "a {chart} chart compares its figures by length, so they must count one kind of thing in one unit, but `{first}` is in {first_unit} and `{other}` in {other_unit}; use cards, or a chart per unit"
    )]
    ChartMixesUnits {
        chart: &'static str,
        first: String,
        first_unit: String,
        other: String,
        other_unit: String,
    },
    #[error(
        "a {chart} chart compares its figures by length, so they must cover one period, but `{first}` is {first_period} and `{other}` {other_period}; use cards, or a chart per period"
    )]
    ChartMixesPeriods {
        chart: &'static str,
        first: String,
        first_period: String,
        other: String,
        other_period: String,
    },
    #[error(
        "a funnel stage must be tied to the one before by a relation the report states (a `rate`, or an `at_most` with basis `stated` for its 其中), but no relation ties `{later}` to `{earlier}`"
    )]
    UnstatedFunnelStage { earlier: String, later: String },
    #[error(
        "the relation's basis is `inferred`, so its note must say so: \"本页推断\" in Chinese and \"our inference\" in English"
    )]
    InferenceUnmarked,
    #[error("the year {0} is not a plausible year for a figure of this report")]
    BadYear(u16),
    #[error(
        "{what} is {}, more than the {} a report can sensibly have",
        plain_number(*.size),
        plain_number(*.limit)
    )]
    TooLarge {
        what: &'static str,
        size: f64,
        limit: f64,
    },
}

/// Limits beyond which a hand-edited file is surely wrong (a pasted document, a value
/// with extra zeros), and which keep a phone from choking on it.
pub mod limits {
    /// Characters in one paragraph.
    pub const PARAGRAPH_CHARS: usize = 5_000;
    pub const PARAGRAPHS: usize = 2_000;
    pub const FIGURES: usize = 5_000;
    pub const CHARTS: usize = 200;
    /// Points in one chart.
    pub const CHART_POINTS: usize = 40;
    /// The largest value any figure may have (a trillion).
    pub const VALUE: f64 = 1e12;
}

/// What a person still has to do for an item of `to_review`.
fn review_explanation(item: ReviewItem) -> &'static str {
    match item {
        ReviewItem::Ids => "the figure ids were generated from paragraph ids: rename each `domain.name` (and every reference to it), then remove `ids` from to_review",
        ReviewItem::Labels => "the Chinese labels were taken from the words around each number: make each say what is counted, then remove `labels` from to_review",
        ReviewItem::Periods => "each figure's period was proposed from the words around it: confirm or correct every one against the text, then remove `periods` from to_review",
        ReviewItem::Relations => "the arithmetic the report states (rates, sums, 其中) is still to be written down as relations: add them, then remove `relations` from to_review",
        ReviewItem::Charts => "the charts are still to be chosen: add them (see the chart kinds), then remove `charts` from to_review",
    }
}

impl ProblemKind {
    /// Whether this is work a draft leaves to a person (an English text to write, key
    /// figures to choose, an item of `to_review`) rather than a mistake.
    pub fn is_left_to_fill(&self) -> bool {
        matches!(
            self,
            ProblemKind::ToBeFilled(_) | ProblemKind::NoKeyFigures | ProblemKind::ReviewPending(_)
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// The ids of the figures a problem casts doubt on: the figure it is about, or every
/// figure of the relation or chart it is about. The page marks these as unverified.
pub fn suspect_figures(report: &Report, problems: &[Problem]) -> HashSet<String> {
    let index = |prefix: &str, path: &str| -> Option<usize> {
        path.strip_prefix(prefix)?.split(']').next()?.parse().ok()
    };
    let mut out = HashSet::new();
    for problem in problems {
        if let Some(f) = index("figures[", &problem.path).and_then(|i| report.figures.get(i)) {
            out.insert(f.id.clone());
        }
        if let Some(r) = index("relations[", &problem.path).and_then(|i| report.relations.get(i)) {
            out.extend(r.figure_ids().into_iter().map(str::to_string));
        }
    }
    out
}

/// Runs every check and returns every problem found, in document order.
pub fn check(report: &Report) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_sizes(report, &mut problems);
    check_meta(report, &mut problems);
    check_translations(report, &mut problems);
    check_ids(report, &mut problems);
    for (i, figure) in report.figures.iter().enumerate() {
        check_figure(report, i, figure, &mut problems);
    }
    check_overlaps(report, &mut problems);
    for (i, relation) in report.relations.iter().enumerate() {
        check_relation(report, i, relation, &mut problems);
    }
    for (i, chart) in report.charts.iter().enumerate() {
        check_chart(report, i, chart, &mut problems);
    }
    for (i, id) in report.key_figures.iter().enumerate() {
        if report.figure(id).is_none() {
            problems.push(Problem {
                path: format!("key_figures[{i}]"),
                kind: ProblemKind::UnknownFigure(id.clone()),
            });
        }
    }
    if report.key_figures.is_empty() {
        problems.push(Problem {
            path: "key_figures".into(),
            kind: ProblemKind::NoKeyFigures,
        });
    }
    for (i, item) in report.to_review.iter().enumerate() {
        problems.push(Problem {
            path: format!("to_review[{i}]"),
            kind: ProblemKind::ReviewPending(*item),
        });
    }
    problems
}

/// English texts left empty: an imported draft leaves every one for a person to write.
fn check_translations(report: &Report, problems: &mut Vec<Problem>) {
    let mut to_fill = |path: String, text: &str, what: &'static str| {
        if text.trim().is_empty() {
            problems.push(Problem {
                path,
                kind: ProblemKind::ToBeFilled(what),
            });
        }
    };
    to_fill(
        "meta.title_en".into(),
        &report.meta.title_en,
        "the English title",
    );
    to_fill(
        "meta.district.en".into(),
        &report.meta.district.en,
        "the English name of the district",
    );
    fn section_titles(sections: &[Section], path: &str, out: &mut Vec<(String, String)>) {
        for (i, section) in sections.iter().enumerate() {
            let here = format!("{path}[{i}]");
            if let Some(title_en) = &section.title_en {
                out.push((format!("{here}.title_en"), title_en.clone()));
            }
            section_titles(&section.subsections, &format!("{here}.subsections"), out);
        }
    }
    let mut titles = Vec::new();
    section_titles(&report.sections, "sections", &mut titles);
    for (path, title_en) in titles {
        to_fill(path, &title_en, "the English title");
    }
    for (i, figure) in report.figures.iter().enumerate() {
        to_fill(
            format!("figures[{i}].label.en"),
            &figure.label.en,
            "the English label",
        );
        if let Period::Cumulative {
            since: Some(since), ..
        } = &figure.period
        {
            to_fill(
                format!("figures[{i}].period.since.en"),
                &since.en,
                "the English wording of when the count starts",
            );
        }
    }
    // A note may be left out in both languages, but not translated halfway.
    for (i, relation) in report.relations.iter().enumerate() {
        if !relation.note().zh.trim().is_empty() {
            to_fill(
                format!("relations[{i}].note.en"),
                &relation.note().en,
                "the English note",
            );
        }
    }
    for (i, chart) in report.withdrawn_charts.iter().enumerate() {
        to_fill(
            format!("withdrawn_charts[{i}].reason.en"),
            &chart.reason.en,
            "the English reason",
        );
    }
    for (i, chart) in report.charts.iter().enumerate() {
        to_fill(
            format!("charts[{i}].title.en"),
            &chart.title.en,
            "the English title",
        );
        if let Some(note) = chart.note.as_ref().filter(|n| !n.zh.trim().is_empty()) {
            to_fill(format!("charts[{i}].note.en"), &note.en, "the English note");
        }
    }
}

fn check_sizes(report: &Report, problems: &mut Vec<Problem>) {
    let mut too_large = |path: String, what: &'static str, size: usize, limit: usize| {
        if size > limit {
            problems.push(Problem {
                path,
                kind: ProblemKind::TooLarge {
                    what,
                    size: size as f64,
                    limit: limit as f64,
                },
            });
        }
    };
    let paragraphs = report.paragraphs();
    too_large(
        "sections".into(),
        "the number of paragraphs",
        paragraphs.len(),
        limits::PARAGRAPHS,
    );
    too_large(
        "figures".into(),
        "the number of figures",
        report.figures.len(),
        limits::FIGURES,
    );
    too_large(
        "charts".into(),
        "the number of charts",
        report.charts.len(),
        limits::CHARTS,
    );
    for (i, chart) in report.charts.iter().enumerate() {
        too_large(
            format!("charts[{i}].figures"),
            "the number of points in a chart",
            chart.figures.len(),
            limits::CHART_POINTS,
        );
    }
    for p in paragraphs {
        too_large(
            format!("paragraph {}", p.id),
            "the length of a paragraph in characters",
            p.text.chars().count(),
            limits::PARAGRAPH_CHARS,
        );
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn check_meta(report: &Report, problems: &mut Vec<Problem>) {
    if !is_iso_date(&report.meta.signed_on) {
        problems.push(Problem {
            path: "meta.signed_on".into(),
            kind: ProblemKind::BadDate(report.meta.signed_on.clone()),
        });
    }
    let published_date = report.meta.published_at.get(..10).unwrap_or("");
    if !is_iso_date(published_date) {
        problems.push(Problem {
            path: "meta.published_at".into(),
            kind: ProblemKind::BadDate(report.meta.published_at.clone()),
        });
    }
    if report.meta.title.trim().is_empty() {
        problems.push(Problem {
            path: "meta.title".into(),
            kind: ProblemKind::EmptyText,
        });
    }
}

/// Section and paragraph ids share one namespace (both are link targets); figure and
/// relation ids each have their own.
fn check_ids(report: &Report, problems: &mut Vec<Problem>) {
    let mut anchors = HashSet::new();
    fn walk<'a>(
        sections: &'a [super::model::Section],
        path: &str,
        anchors: &mut HashSet<&'a str>,
        problems: &mut Vec<Problem>,
    ) {
        for (i, section) in sections.iter().enumerate() {
            let here = format!("{path}[{i}]");
            if !anchors.insert(section.id.as_str()) {
                problems.push(Problem {
                    path: format!("{here}.id"),
                    kind: ProblemKind::DuplicateId(section.id.clone()),
                });
            }
            for (j, paragraph) in section.paragraphs.iter().enumerate() {
                if !anchors.insert(paragraph.id.as_str()) {
                    problems.push(Problem {
                        path: format!("{here}.paragraphs[{j}].id"),
                        kind: ProblemKind::DuplicateId(paragraph.id.clone()),
                    });
                }
                if paragraph.text.trim().is_empty() {
                    problems.push(Problem {
                        path: format!("{here}.paragraphs[{j}].text"),
                        kind: ProblemKind::EmptyText,
                    });
                }
            }
            walk(
                &section.subsections,
                &format!("{here}.subsections"),
                anchors,
                problems,
            );
        }
    }
    walk(&report.sections, "sections", &mut anchors, problems);

    let mut figure_ids = HashSet::new();
    for (i, figure) in report.figures.iter().enumerate() {
        if !figure_ids.insert(figure.id.as_str()) {
            problems.push(Problem {
                path: format!("figures[{i}].id"),
                kind: ProblemKind::DuplicateId(figure.id.clone()),
            });
        }
    }
    let mut chart_ids = HashSet::new();
    for (i, chart) in report.charts.iter().enumerate() {
        if !chart_ids.insert(chart.id.as_str()) {
            problems.push(Problem {
                path: format!("charts[{i}].id"),
                kind: ProblemKind::DuplicateId(chart.id.clone()),
            });
        }
    }
    // A withdrawn chart's id stays taken: its embed page still answers to it.
    for (i, chart) in report.withdrawn_charts.iter().enumerate() {
        if !chart_ids.insert(chart.id.as_str()) {
            problems.push(Problem {
                path: format!("withdrawn_charts[{i}].id"),
                kind: ProblemKind::DuplicateId(chart.id.clone()),
            });
        }
        // The English reason is checked with the other translations.
        if chart.reason.zh.trim().is_empty() {
            problems.push(Problem {
                path: format!("withdrawn_charts[{i}].reason.zh"),
                kind: ProblemKind::EmptyText,
            });
        }
    }
    let mut relation_ids = HashSet::new();
    for (i, relation) in report.relations.iter().enumerate() {
        if !relation_ids.insert(relation.id()) {
            problems.push(Problem {
                path: format!("relations[{i}].id"),
                kind: ProblemKind::DuplicateId(relation.id().to_string()),
            });
        }
    }
}

fn check_figure(report: &Report, i: usize, figure: &Figure, problems: &mut Vec<Problem>) {
    let at = |field: &str| format!("figures[{i}].{field}");
    check_period(report, &at("period"), &figure.period, problems);
    let v = figure.value;
    let value_problem = if !v.is_finite() {
        Some(ProblemKind::NotFinite(v))
    } else {
        match figure.quantity {
            Quantity::Count { scale: None, .. } if v < 0.0 || v.fract() != 0.0 => {
                Some(ProblemKind::BadCount(v))
            }
            Quantity::Count {
                scale: Some(scale), ..
            } if !whole_and_not_negative(&scaled_digits(v, scale.exponent())) => {
                Some(ProblemKind::BadScaledCount {
                    written: format!("{}{}", plain_number(v), scale.as_str()),
                    things: scaled_digits(v, scale.exponent()),
                })
            }
            Quantity::Change { word } if v < 0.0 => Some(ProblemKind::NegativeChange {
                word: word.as_str(),
                size: v,
            }),
            Quantity::Change { word } if word.is_fall() && v > 100.0 => {
                Some(ProblemKind::FallOverAll(v))
            }
            Quantity::Percent if !(0.0..=100.0).contains(&v) => Some(ProblemKind::BadPercent(v)),
            Quantity::Rank if v < 1.0 || v.fract() != 0.0 => Some(ProblemKind::BadRank(v)),
            Quantity::Amount { .. } if v < 0.0 => Some(ProblemKind::BadAmount(v)),
            _ if v.abs() > limits::VALUE => Some(ProblemKind::TooLarge {
                what: "the value",
                size: v,
                limit: limits::VALUE,
            }),
            _ => None,
        }
    };
    if let Some(kind) = value_problem {
        problems.push(Problem {
            path: at("value"),
            kind,
        });
    }
    let exact = match figure.quantity {
        Quantity::Rank => Some("a rank"),
        Quantity::Change { .. } => Some("a change"),
        _ => None,
    };
    if let (Some(what), Some(_)) = (exact, figure.approx) {
        problems.push(Problem {
            path: at("approx"),
            kind: ProblemKind::ApproxNotAllowed(what),
        });
    }

    let Some(paragraph) = report.paragraph(&figure.paragraph) else {
        problems.push(Problem {
            path: at("paragraph"),
            kind: ProblemKind::UnknownParagraph(figure.paragraph.clone()),
        });
        return;
    };
    if figure.quote.is_empty() {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::EmptyText,
        });
        return;
    }
    let count = paragraph.text.matches(figure.quote.as_str()).count();
    if count == 0 {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::QuoteNotInParagraph {
                quote: figure.quote.clone(),
                paragraph: figure.paragraph.clone(),
            },
        });
    } else if count > 1 {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::QuoteNotUnique {
                quote: figure.quote.clone(),
                paragraph: figure.paragraph.clone(),
                count,
            },
        });
    }
    if v.is_finite() && !written_in(&figure.quote, figure) {
        problems.push(Problem {
            path: at("value"),
            kind: ProblemKind::ValueNotInQuote {
                written: figure.written_form(),
                quote: figure.quote.clone(),
            },
        });
    }
}

/// `value × 10^exponent` in plain digits, the decimal point moved in the written
/// number so that nothing is rounded (`31.5`, 4 → `315000`).
fn scaled_digits(value: f64, exponent: i32) -> String {
    expand_exponent(&format!("{}e{exponent}", plain_number(value)))
}

/// Whether a number in plain digits is a count: whole and not negative.
fn whole_and_not_negative(digits: &str) -> bool {
    !digits.contains('.') && !digits.starts_with('-')
}

/// The written form must stand in the quote as a whole number: `97宗` is not written in
/// `197宗`, and `1.1亿元` is not written in `31.1亿元`.
fn written_in(quote: &str, figure: &Figure) -> bool {
    let written = figure.written_form();
    quote.match_indices(written.as_str()).any(|(start, _)| {
        let before = quote[..start].chars().next_back();
        !matches!(before, Some(c) if c.is_ascii_digit() || c == '.')
    })
}

/// A period's dates are ISO dates, and its year one the report could speak of.
fn check_period(report: &Report, path: &str, period: &Period, problems: &mut Vec<Problem>) {
    for (field, date) in period.dates() {
        if !is_iso_date(date) {
            problems.push(Problem {
                path: format!("{path}.{field}"),
                kind: ProblemKind::BadDate(date.to_string()),
            });
        }
    }
    if let Period::Year { year } = period {
        // Up to the year after the report's: a report may state next year's plan.
        if *year < 1949 || *year > report.meta.year.saturating_add(1) {
            problems.push(Problem {
                path: format!("{path}.year"),
                kind: ProblemKind::BadYear(*year),
            });
        }
    }
}

/// Bars, funnels and rates compare lengths: every figure after the first must cover
/// the first one's period and, in bars and funnels, be counted in its unit (a rates
/// chart draws percentages only, checked apart). The first mismatch of each kind is
/// named.
fn check_comparable(report: &Report, i: usize, chart: &ChartSpec, problems: &mut Vec<Problem>) {
    let chart_name = match chart.kind {
        ChartKind::Bars => "bars",
        ChartKind::Funnel => "funnel",
        ChartKind::Rates => "rates",
        ChartKind::Cards => return,
    };
    let figures: Vec<(usize, &Figure)> = chart
        .figures
        .iter()
        .enumerate()
        .filter_map(|(j, id)| Some((j, report.figure(id)?)))
        .collect();
    let Some(&(_, first)) = figures.first() else {
        return;
    };
    let unit = |f: &Figure| match f.quantity {
        Quantity::Rank => "ranks".to_string(),
        q => format!("`{}`", q.written_unit()),
    };
    let one_unit = chart.kind != ChartKind::Rates;
    if let Some(&(j, other)) = figures
        .iter()
        .find(|(_, f)| one_unit && f.quantity != first.quantity)
    {
        problems.push(Problem {
            path: format!("charts[{i}].figures[{j}]"),
            kind: ProblemKind::ChartMixesUnits {
                chart: chart_name,
                first: first.id.clone(),
                first_unit: unit(first),
                other: other.id.clone(),
                other_unit: unit(other),
            },
        });
    }
    if let Some(&(j, other)) = figures.iter().find(|(_, f)| f.period != first.period) {
        problems.push(Problem {
            path: format!("charts[{i}].figures[{j}]"),
            kind: ProblemKind::ChartMixesPeriods {
                chart: chart_name,
                first: first.id.clone(),
                first_period: first.period.name(Lang::En),
                other: other.id.clone(),
                other_period: other.period.name(Lang::En),
            },
        });
    }
}

/// Whether the report itself ties `part` to `whole`: a stated rate between them, or
/// a subset relation whose basis is the report's own words.
fn stated_stage(report: &Report, part: &str, whole: &str) -> bool {
    report.relations.iter().any(|r| match r {
        Relation::Rate {
            part: p, whole: w, ..
        } => p == part && w == whole,
        Relation::AtMost {
            part: p,
            whole: w,
            basis,
            ..
        } => p == part && w == whole && *basis == Basis::Stated,
        Relation::Sum { .. } | Relation::Equal { .. } => false,
    })
}

fn check_chart(report: &Report, i: usize, chart: &ChartSpec, problems: &mut Vec<Problem>) {
    check_comparable(report, i, chart, problems);
    if chart.kind == ChartKind::Funnel {
        for (j, pair) in chart.figures.windows(2).enumerate() {
            let (earlier, later) = (&pair[0], &pair[1]);
            let both_exist = report.figure(earlier).is_some() && report.figure(later).is_some();
            if both_exist && !stated_stage(report, later, earlier) {
                problems.push(Problem {
                    path: format!("charts[{i}].figures[{}]", j + 1),
                    kind: ProblemKind::UnstatedFunnelStage {
                        earlier: earlier.clone(),
                        later: later.clone(),
                    },
                });
            }
        }
    }
    let at = |field: &str| format!("charts[{i}].{field}");
    if !report.all_sections().iter().any(|s| s.id == chart.section) {
        problems.push(Problem {
            path: at("section"),
            kind: ProblemKind::UnknownSection(chart.section.clone()),
        });
    }
    if chart.figures.is_empty() {
        problems.push(Problem {
            path: at("figures"),
            kind: ProblemKind::EmptyChart,
        });
    }
    let mut previous: Option<f64> = None;
    for (j, id) in chart.figures.iter().enumerate() {
        let Some(figure) = report.figure(id) else {
            problems.push(Problem {
                path: at(&format!("figures[{j}]")),
                kind: ProblemKind::UnknownFigure(id.clone()),
            });
            continue;
        };
        if chart.kind == ChartKind::Rates && figure.quantity != Quantity::Percent {
            problems.push(Problem {
                path: at(&format!("figures[{j}]")),
                kind: ProblemKind::NotAPercentage(id.clone()),
            });
        }
        if chart.kind == ChartKind::Funnel {
            if let Some(earlier) = previous.filter(|&p| figure.value > p) {
                problems.push(Problem {
                    path: at(&format!("figures[{j}]")),
                    kind: ProblemKind::FunnelGrows {
                        earlier,
                        later: figure.value,
                    },
                });
            }
            previous = Some(figure.value);
        }
    }
}

fn check_overlaps(report: &Report, problems: &mut Vec<Problem>) {
    for (i, a) in report.figures.iter().enumerate() {
        let Some(text) = report.paragraph(&a.paragraph).map(|p| p.text.as_str()) else {
            continue;
        };
        let Some(a_start) = text.find(a.quote.as_str()) else {
            continue;
        };
        let a_range = a_start..a_start + a.quote.len();
        for b in report.figures.iter().skip(i + 1) {
            if b.paragraph != a.paragraph || b.quote.is_empty() || a.quote.is_empty() {
                continue;
            }
            if let Some(b_start) = text.find(b.quote.as_str()) {
                let b_end = b_start + b.quote.len();
                if b_start < a_range.end && a_range.start < b_end {
                    problems.push(Problem {
                        path: format!("figures[{i}].quote"),
                        kind: ProblemKind::QuotesOverlap {
                            other: b.id.clone(),
                        },
                    });
                }
            }
        }
    }
}

/// Half a unit in the last decimal place the report wrote: 97.5 → 0.05, 23 → 0.5.
fn stated_precision(value: f64) -> f64 {
    let written = plain_number(value);
    let decimals = written.split_once('.').map_or(0, |(_, f)| f.len());
    0.5 * 10f64.powi(-(decimals as i32))
}

fn check_relation(report: &Report, i: usize, relation: &Relation, problems: &mut Vec<Problem>) {
    let mut values = Vec::new();
    for (field, id) in relation.figure_refs() {
        match report.figure(id) {
            Some(f) => values.push(f.value),
            None => problems.push(Problem {
                path: format!("relations[{i}].{field}"),
                kind: ProblemKind::UnknownFigure(id.to_string()),
            }),
        }
    }
    if values.len() != relation.figure_ids().len() {
        return;
    }
    let path = format!("relations[{i}]");
    let kind = match relation {
        Relation::Rate { .. } => {
            let (part, whole, stated) = (values[0], values[1], values[2]);
            let computed = if whole == 0.0 {
                f64::NAN
            } else {
                part / whole * 100.0
            };
            // A hair of slack for binary floating point at the rounding boundary.
            let ok = (computed - stated).abs() <= stated_precision(stated) + 1e-9;
            (!ok).then_some(ProblemKind::RateMismatch {
                part,
                whole,
                computed,
                stated,
            })
        }
        Relation::Sum { .. } => {
            let (total, parts) = values.split_last().expect("a sum names its total");
            let sum: f64 = parts.iter().sum();
            ((sum - total).abs() > 1e-9).then_some(ProblemKind::SumMismatch { sum, total: *total })
        }
        Relation::Equal { .. } => values
            .windows(2)
            .any(|w| w[0] != w[1])
            .then(|| ProblemKind::NotEqual(values.clone())),
        Relation::AtMost { .. } => {
            (values[0] > values[1]).then_some(ProblemKind::PartExceedsWhole {
                part: values[0],
                whole: values[1],
            })
        }
    };
    if let Some(kind) = kind {
        problems.push(Problem {
            path: path.clone(),
            kind,
        });
    }
    let note = relation.note();
    if relation.basis() == Basis::Inferred
        && !(note.zh.contains(INFERENCE_ZH) && note.en.contains(INFERENCE_EN))
    {
        problems.push(Problem {
            path: format!("{path}.note"),
            kind: ProblemKind::InferenceUnmarked,
        });
    }
}

/// The words by which a note says that a relation is the page's reading, not the
/// report's: a reader must never take an inference for something the report states.
pub const INFERENCE_ZH: &str = "本页推断";
pub const INFERENCE_EN: &str = "our inference";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::*;

    fn report() -> Report {
        let fig = |id: &str, value: f64, quantity: Quantity, quote: &str| Figure {
            id: id.into(),
            value,
            quantity,
            approx: None,
            label: Bilingual {
                zh: id.into(),
                en: id.into(),
            },
            paragraph: "p1".into(),
            quote: quote.into(),
            period: crate::report::Period::Year { year: 2023 },
        };
        let zong = Quantity::count(Measure::Zong);
        Report {
            schema_version: SCHEMA_VERSION,
            meta: Meta {
                title: "报告".into(),
                title_en: "Report".into(),
                district: Bilingual {
                    zh: "区".into(),
                    en: "District".into(),
                },
                year: 2023,
                issuers: vec!["区政府".into()],
                signed_on: "2023-12-29".into(),
                signed_on_text: "2023年12月29日".into(),
                published_at: "2024-01-18 18:08:22".into(),
                source_office: "局".into(),
                publishing_office: "办".into(),
            },
            sections: vec![Section {
                id: "s1".into(),
                ordinal: None,
                title: None,
                title_en: None,
                paragraphs: vec![Paragraph {
                    id: "p1".into(),
                    text:
                        "共调解纠纷1300宗,调解成功1268宗,调解成功率97.5%,其中甲6份、乙6份,共12份。"
                            .into(),
                }],
                subsections: vec![],
            }],
            figures: vec![
                fig("disputes", 1300.0, zong, "调解纠纷1300宗"),
                fig("success", 1268.0, zong, "调解成功1268宗"),
                fig("rate", 97.5, Quantity::Percent, "调解成功率97.5%"),
                fig("a", 6.0, Quantity::count(Measure::Fen), "甲6份"),
                fig("b", 6.0, Quantity::count(Measure::Fen), "乙6份"),
                fig("total", 12.0, Quantity::count(Measure::Fen), "共12份"),
            ],
            relations: vec![
                Relation::Rate {
                    basis: Basis::Stated,
                    id: "r".into(),
                    part: "success".into(),
                    whole: "disputes".into(),
                    rate: "rate".into(),
                    note: Bilingual {
                        zh: "".into(),
                        en: "".into(),
                    },
                },
                Relation::Sum {
                    basis: Basis::Stated,
                    id: "s".into(),
                    parts: vec!["a".into(), "b".into()],
                    total: "total".into(),
                    note: Bilingual {
                        zh: "".into(),
                        en: "".into(),
                    },
                },
                Relation::AtMost {
                    basis: Basis::Stated,
                    id: "m".into(),
                    part: "success".into(),
                    whole: "disputes".into(),
                    note: Bilingual {
                        zh: "".into(),
                        en: "".into(),
                    },
                },
            ],
            key_figures: vec!["disputes".into()],
            charts: vec![ChartSpec {
                id: "c".into(),
                kind: ChartKind::Funnel,
                section: "s1".into(),
                title: Bilingual {
                    zh: "漏斗".into(),
                    en: "Funnel".into(),
                },
                figures: vec!["disputes".into(), "success".into()],
                scale: Scale::Linear,
                note: None,
            }],
            withdrawn_charts: vec![],
            to_review: vec![],
        }
    }

    fn kinds(r: &Report) -> Vec<ProblemKind> {
        check(r).into_iter().map(|p| p.kind).collect()
    }

    #[test]
    fn a_consistent_report_has_no_problems() {
        assert_eq!(check(&report()), vec![]);
    }

    #[test]
    fn a_year_long_before_or_after_the_report_is_refused() {
        let mut r = report();
        r.figures[0].period = Period::Year { year: 2025 };
        r.figures[1].period = Period::Year { year: 1900 };
        let problems = check(&r);
        let bad_years: Vec<_> = problems
            .iter()
            .filter(|p| matches!(p.kind, ProblemKind::BadYear(_)))
            .map(|p| p.path.as_str())
            .collect();
        assert_eq!(
            bad_years,
            ["figures[0].period.year", "figures[1].period.year"]
        );
        r.figures[0].period = Period::Year { year: 2024 };
        r.figures[1].period = Period::Year { year: 2022 };
        assert!(!check(&r)
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::BadYear(_))));
    }

    #[test]
    fn a_mistyped_value_is_not_in_its_quote() {
        let mut r = report();
        r.figures[0].value = 1330.0;
        let problems = check(&r);
        assert!(problems.iter().any(|p| p.path == "figures[0].value"
            && matches!(p.kind, ProblemKind::ValueNotInQuote { .. })));
    }

    #[test]
    fn a_value_is_not_found_inside_a_longer_number() {
        let mut r = report();
        r.figures[0].value = 300.0;
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::ValueNotInQuote { .. })));
    }

    #[test]
    fn a_quote_missing_from_its_paragraph_is_reported() {
        let mut r = report();
        r.figures[1].quote = "调解成功1286宗".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuoteNotInParagraph { .. })));
    }

    #[test]
    fn an_ambiguous_quote_is_reported() {
        let mut r = report();
        r.figures[3].quote = "6份".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuoteNotUnique { count: 2, .. })));
    }

    #[test]
    fn overlapping_quotes_are_reported() {
        let mut r = report();
        r.figures[1].quote = "成功1268宗".into();
        r.figures[0].quote = "纠纷1300宗,调解成功".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuotesOverlap { .. })));
    }

    #[test]
    fn a_rate_that_disagrees_with_its_parts_is_reported() {
        let mut r = report();
        r.figures[1].value = 1200.0;
        r.figures[1].quote = "调解成功1268宗".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::RateMismatch { .. })));
    }

    #[test]
    fn a_rate_within_the_stated_rounding_passes_and_just_outside_fails() {
        assert_eq!(stated_precision(97.5), 0.05);
        assert_eq!(stated_precision(23.0), 0.5);
        assert_eq!(stated_precision(99.44), 0.005);
    }

    #[test]
    fn a_sum_that_does_not_add_up_is_reported() {
        let mut r = report();
        r.relations[1] = Relation::Sum {
            basis: Basis::Stated,
            id: "s".into(),
            parts: vec!["a".into()],
            total: "total".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        };
        assert!(kinds(&r).contains(&ProblemKind::SumMismatch {
            sum: 6.0,
            total: 12.0
        }));
    }

    #[test]
    fn a_part_larger_than_its_whole_is_reported() {
        let mut r = report();
        r.relations[2] = Relation::AtMost {
            basis: Basis::Stated,
            id: "m".into(),
            part: "disputes".into(),
            whole: "success".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        };
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::PartExceedsWhole { .. })));
    }

    #[test]
    fn dangling_references_and_duplicate_ids_are_reported() {
        let mut r = report();
        r.figures[2].paragraph = "p9".into();
        r.figures[4].id = "a".into();
        r.key_figures.push("nope".into());
        let problems = check(&r);
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"figures[2].paragraph"), "{paths:?}");
        assert!(paths.contains(&"figures[4].id"), "{paths:?}");
        assert!(paths.contains(&"key_figures[1]"), "{paths:?}");
    }

    #[test]
    fn a_withdrawn_chart_keeps_its_id_and_says_why() {
        let withdrawn = |id: &str, zh: &str| crate::report::WithdrawnChart {
            id: id.into(),
            reason: Bilingual {
                zh: zh.into(),
                en: "Shown as cards now.".into(),
            },
        };
        let mut r = report();
        r.withdrawn_charts = vec![withdrawn("old-rates", "现以数字卡片列出。")];
        assert!(check(&r).is_empty(), "{:?}", check(&r));

        let live = r.charts[0].id.clone();
        r.withdrawn_charts = vec![withdrawn(&live, " ")];
        let problems: Vec<_> = check(&r).into_iter().map(|p| (p.path, p.kind)).collect();
        assert!(problems.contains(&(
            "withdrawn_charts[0].id".into(),
            ProblemKind::DuplicateId(live)
        )));
        assert!(problems.contains(&(
            "withdrawn_charts[0].reason.zh".into(),
            ProblemKind::EmptyText
        )));

        // An English reason not written yet is one more translation to fill.
        r.withdrawn_charts = vec![withdrawn("old-rates", "现以数字卡片列出。")];
        r.withdrawn_charts[0].reason.en = String::new();
        let problems: Vec<_> = check(&r).into_iter().map(|p| (p.path, p.kind)).collect();
        assert!(problems.contains(&(
            "withdrawn_charts[0].reason.en".into(),
            ProblemKind::ToBeFilled("the English reason")
        )));
    }

    #[test]
    fn an_inferred_relation_must_say_so_in_both_languages() {
        fn with_note(basis: Basis, zh: &str, en: &str) -> Option<String> {
            let mut r = report();
            let Relation::AtMost {
                basis: b, note: n, ..
            } = &mut r.relations[2]
            else {
                unreachable!("the fixture's third relation is an at_most")
            };
            (*b, n.zh, n.en) = (basis, zh.into(), en.into());
            check(&r)
                .into_iter()
                .find(|p| p.kind == ProblemKind::InferenceUnmarked)
                .map(|p| p.path)
        }
        let marked_zh = format!("成功的应在调解的之内({INFERENCE_ZH})。");
        let marked_en = format!("Successes are among the disputes ({INFERENCE_EN}).");
        let unmarked = Some("relations[2].note".to_string());
        assert_eq!(with_note(Basis::Inferred, "", ""), unmarked);
        assert_eq!(
            with_note(Basis::Inferred, &marked_zh, "Successes are among them."),
            unmarked
        );
        assert_eq!(
            with_note(Basis::Inferred, "成功的在之内。", &marked_en),
            unmarked
        );
        assert_eq!(with_note(Basis::Inferred, &marked_zh, &marked_en), None);
        assert_eq!(with_note(Basis::Stated, "其中", "of which"), None);
    }

    #[test]
    fn a_rates_chart_of_two_periods_is_reported() {
        let mut r = report();
        r.charts[0].kind = ChartKind::Rates;
        r.charts[0].figures = vec!["rate".into()];
        r.figures.push(Figure {
            id: "later_rate".into(),
            period: crate::report::Period::AsOf { date: None },
            ..r.figure("rate").unwrap().clone()
        });
        r.charts[0].figures.push("later_rate".into());
        let mixes = |r: &Report| {
            kinds(r)
                .into_iter()
                .any(|k| matches!(k, ProblemKind::ChartMixesPeriods { chart: "rates", .. }))
        };
        assert!(mixes(&r));
        r.figures.last_mut().unwrap().period = crate::report::Period::Year { year: 2023 };
        assert!(!mixes(&r));
    }

    #[test]
    fn a_chart_with_a_missing_figure_or_section_is_reported() {
        let mut r = report();
        r.charts[0].figures.push("gone".into());
        r.charts[0].section = "s9".into();
        let problems = check(&r);
        assert!(problems.contains(&Problem {
            path: "charts[0].figures[2]".into(),
            kind: ProblemKind::UnknownFigure("gone".into())
        }));
        assert!(problems.contains(&Problem {
            path: "charts[0].section".into(),
            kind: ProblemKind::UnknownSection("s9".into())
        }));
    }

    #[test]
    fn a_growing_funnel_and_a_non_percentage_rate_are_reported() {
        let mut r = report();
        r.charts[0].figures.reverse();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::FunnelGrows { .. })));
        r.charts[0].kind = ChartKind::Rates;
        assert!(kinds(&r).contains(&ProblemKind::NotAPercentage("disputes".into())));
    }

    #[test]
    fn suspect_figures_are_those_a_problem_is_about() {
        let mut r = report();
        r.figures[0].value = 1330.0; // not in its quote, and breaks the rate
        let problems = check(&r);
        let suspect = suspect_figures(&r, &problems);
        assert!(suspect.contains("disputes"));
        assert!(
            suspect.contains("success"),
            "every figure of the broken rate"
        );
        assert!(suspect.contains("rate"));
        assert!(!suspect.contains("a"), "{suspect:?}");
    }

    #[test]
    fn absurd_sizes_are_reported() {
        let mut r = report();
        r.figures[0].value = 1e15;
        r.sections[0].paragraphs[0].text = "字".repeat(limits::PARAGRAPH_CHARS + 1);
        let k = kinds(&r);
        assert!(k.iter().any(|k| matches!(
            k,
            ProblemKind::TooLarge {
                what: "the value",
                ..
            }
        )));
        assert!(k.iter().any(|k| matches!(
            k,
            ProblemKind::TooLarge {
                what: "the length of a paragraph in characters",
                ..
            }
        )));
    }

    #[test]
    fn english_texts_left_empty_are_to_be_filled() {
        let mut r = report();
        r.meta.title_en.clear();
        r.figures[1].label.en = " ".into();
        r.sections[0].title_en = Some(String::new());
        let problems: Vec<String> = check(&r).iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "meta.title_en: the English title is still to be filled",
                "sections[0].title_en: the English title is still to be filled",
                "figures[1].label.en: the English label is still to be filled",
            ]
        );
    }

    #[test]
    fn no_key_figures_and_items_to_review_are_listed_until_done() {
        let mut r = report();
        r.key_figures.clear();
        r.to_review = vec![ReviewItem::Periods, ReviewItem::Charts];
        let paths: Vec<String> = check(&r).into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["key_figures", "to_review[0]", "to_review[1]"]);
    }

    #[test]
    fn a_scaled_count_must_be_whole_things() {
        let mut r = report();
        r.sections[0].paragraphs[0]
            .text
            .push_str("受理31.5万件,办理3.00005万件。");
        let wan = Quantity::Count {
            measure: Measure::Jian,
            scale: Some(Magnitude::Wan),
        };
        let mut fig = r.figures[0].clone();
        fig.id = "scaled".into();
        fig.quantity = wan;
        fig.value = 31.5;
        fig.quote = "受理31.5万件".into();
        r.figures.push(fig.clone());
        assert_eq!(check(&r), vec![]);
        fig.id = "fraction".into();
        fig.value = 3.00005;
        fig.quote = "办理3.00005万件".into();
        r.figures.push(fig);
        assert_eq!(
            kinds(&r),
            [ProblemKind::BadScaledCount {
                written: "3.00005万".into(),
                things: "30000.5".into()
            }]
        );
    }

    #[test]
    fn a_change_has_a_size_and_a_fall_is_at_most_all() {
        let mut r = report();
        r.sections[0].paragraphs[0]
            .text
            .push_str("同比下降120%,同比增长150%。");
        let mut fig = r.figures[0].clone();
        fig.quantity = Quantity::Change {
            word: ChangeWord::Grew,
        };
        fig.id = "rise".into();
        fig.value = 150.0;
        fig.quote = "增长150%".into();
        r.figures.push(fig.clone());
        assert_eq!(check(&r), vec![], "a rise may exceed 100 %");
        fig.quantity = Quantity::Change {
            word: ChangeWord::Fell,
        };
        fig.id = "fall".into();
        fig.value = 120.0;
        fig.quote = "下降120%".into();
        fig.approx = Some(Approx::About);
        r.figures.push(fig);
        let k = kinds(&r);
        assert!(k.contains(&ProblemKind::FallOverAll(120.0)), "{k:?}");
        assert!(
            k.contains(&ProblemKind::ApproxNotAllowed("a change")),
            "{k:?}"
        );
    }

    #[test]
    fn impossible_numbers_are_reported() {
        let mut r = report();
        r.figures[0].value = -1.0;
        r.figures[2].value = 140.0;
        r.figures[3].value = f64::NAN;
        let k = kinds(&r);
        assert!(k.contains(&ProblemKind::BadCount(-1.0)));
        assert!(k.contains(&ProblemKind::BadPercent(140.0)));
        assert!(k.iter().any(|k| matches!(k, ProblemKind::NotFinite(_))));
    }
}
