//! What a check finds: a [`Problem`] at a JSON path, and every [`ProblemKind`] with the
//! sentence that explains it to whoever edits the file.

use std::fmt;

use thiserror::Error;

use crate::i18n::Lang;
use crate::report::model::{Period, ReviewItem};
use crate::report::number::{fixed_3, plain_list, plain_number};

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
    ApproxNotAllowed(Exact),
    #[error("{0} is still to be filled")]
    ToBeFilled(EnglishText),
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
        first_unit: ChartUnit,
        other: String,
        other_unit: ChartUnit,
    },
    #[error(
        "a {chart} chart compares its figures by length, so they must cover one period, but `{first}` is {first_period} and `{other}` {other_period}; use cards, or a chart per period"
    )]
    ChartMixesPeriods {
        chart: &'static str,
        first: String,
        first_period: PeriodName,
        other: String,
        other_period: PeriodName,
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
    #[error("{0}")]
    Period(crate::report::period_rule::PeriodProblem),
    #[error(
        "{what} is {}, more than the {} a report can sensibly have",
        plain_number(*.size),
        plain_number(*.limit)
    )]
    TooLarge { what: Size, size: f64, limit: f64 },
}

/// A kind of number the report writes exactly, so that 约, 余 and the like cannot go with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exact {
    Rank,
    Change,
}

/// An English text of the report, which an imported draft leaves for a person to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnglishText {
    /// The report's or a section's or a chart's title.
    Title,
    DistrictName,
    /// A figure's label.
    Label,
    /// When a running total starts.
    Since,
    /// A relation's or a chart's note.
    Note,
    /// Why a chart was withdrawn.
    Reason,
}

/// What a report can have too much of, or a value too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Value,
    Paragraphs,
    Figures,
    Charts,
    ChartPoints,
    ParagraphChars,
}

/// The unit a chart's figure is counted in: its written unit, or ranks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartUnit {
    Ranks,
    /// As the report writes it (`宗`, `万件`, `%`).
    Written(String),
}

/// A figure's period, named in a message in the message's language.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodName(pub Period);

impl fmt::Display for Exact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Exact::Rank => "a rank",
            Exact::Change => "a change",
        })
    }
}

impl fmt::Display for EnglishText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EnglishText::Title => "the English title",
            EnglishText::DistrictName => "the English name of the district",
            EnglishText::Label => "the English label",
            EnglishText::Since => "the English wording of when the count starts",
            EnglishText::Note => "the English note",
            EnglishText::Reason => "the English reason",
        })
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Size::Value => "the value",
            Size::Paragraphs => "the number of paragraphs",
            Size::Figures => "the number of figures",
            Size::Charts => "the number of charts",
            Size::ChartPoints => "the number of points in a chart",
            Size::ParagraphChars => "the length of a paragraph in characters",
        })
    }
}

impl fmt::Display for ChartUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartUnit::Ranks => f.write_str("ranks"),
            ChartUnit::Written(unit) => write!(f, "`{unit}`"),
        }
    }
}

impl fmt::Display for PeriodName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.name(Lang::En))
    }
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

    /// The sentence that explains the problem, in `lang`: in English as `Display`
    /// writes it, in Chinese for an editor of the report, with the same ids, quotes
    /// and numbers.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Zh => zh::message(self),
        }
    }
}

impl Problem {
    /// The problem with where it is, in `lang`: `figures[3].quote: …` as `Display`
    /// writes it, or `位置 figures[3].quote：…`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Zh => format!("位置 {}：{}", self.path, self.kind.message(lang)),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

mod zh;

#[cfg(test)]
mod tests;
