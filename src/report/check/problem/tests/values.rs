//! One value of every problem, with ids and quotes made of digits and Chinese, and the
//! facts each message must show.

use super::super::*;
use crate::report::check::{INFERENCE_EN, INFERENCE_ZH};
use crate::report::model::Bilingual;
use crate::report::period_rule::PeriodProblem;

use ProblemKind as K;

/// Where the problem is in the enum: a variant added without a place here does not
/// compile, and one given a place but no value in [`every_kind`] fails
/// `every_variant_is_built`.
pub(super) fn variant(kind: &ProblemKind) -> usize {
    match kind {
        K::DuplicateId(_) => 0,
        K::UnknownParagraph(_) => 1,
        K::UnknownFigure(_) => 2,
        K::QuoteNotInParagraph { .. } => 3,
        K::QuoteNotUnique { .. } => 4,
        K::QuotesOverlap { .. } => 5,
        K::ValueNotInQuote { .. } => 6,
        K::NotFinite(_) => 7,
        K::BadCount(_) => 8,
        K::BadScaledCount { .. } => 9,
        K::NegativeChange { .. } => 10,
        K::FallOverAll(_) => 11,
        K::ApproxNotAllowed(_) => 12,
        K::ToBeFilled(_) => 13,
        K::NoKeyFigures => 14,
        K::ReviewPending(_) => 15,
        K::BadPercent(_) => 16,
        K::BadRank(_) => 17,
        K::BadAmount(_) => 18,
        K::RateMismatch { .. } => 19,
        K::SumMismatch { .. } => 20,
        K::NotEqual(_) => 21,
        K::PartExceedsWhole { .. } => 22,
        K::BadDate(_) => 23,
        K::EmptyText => 24,
        K::UnknownSection(_) => 25,
        K::NotAPercentage(_) => 26,
        K::FunnelGrows { .. } => 27,
        K::EmptyChart => 28,
        K::ChartMixesUnits { .. } => 29,
        K::ChartMixesPeriods { .. } => 30,
        K::UnstatedFunnelStage { .. } => 31,
        K::InferenceUnmarked => 32,
        K::BadYear(_) => 33,
        K::Period(_) => 34,
        K::TooLarge { .. } => 35,
    }
}

pub(super) const VARIANTS: usize = 36;

/// Two Chinese ids, so that any Latin letter in a Chinese message is the message's own.
pub(super) const A: &str = "调解.纠纷1";
pub(super) const B: &str = "调解.成功2";
const QUOTE: &str = "共调解纠纷1300宗";

pub(super) fn s(text: &str) -> String {
    text.to_string()
}

/// Every variant at least once, and every value of the small enums some carry.
pub(super) fn every_kind() -> Vec<ProblemKind> {
    let mut kinds = vec![
        K::DuplicateId(s(A)),
        K::UnknownParagraph(s("段落0-1")),
        K::UnknownFigure(s(A)),
        K::QuoteNotInParagraph {
            quote: s(QUOTE),
            paragraph: s("段落0-1"),
        },
        K::QuoteNotUnique {
            quote: s(QUOTE),
            paragraph: s("段落0-1"),
            count: 3,
        },
        K::QuotesOverlap { other: s(B) },
        K::ValueNotInQuote {
            written: s("1030宗"),
            quote: s(QUOTE),
        },
        K::NotFinite(f64::INFINITY),
        K::BadCount(-1300.0),
        K::BadScaledCount {
            written: s("3.00005万"),
            things: s("30000.5"),
        },
        K::NegativeChange {
            word: "增长",
            size: -3.5,
        },
        K::FallOverAll(120.0),
        K::NoKeyFigures,
        K::BadPercent(197.5),
        K::BadRank(0.5),
        K::BadAmount(-12.25),
        K::RateMismatch {
            part: 1268.0,
            whole: 1300.0,
            computed: 1268.0 / 1300.0 * 100.0,
            stated: 97.5,
        },
        K::SumMismatch {
            sum: 11.0,
            total: 12.0,
        },
        K::NotEqual(vec![6.0, 6.5]),
        K::PartExceedsWhole {
            part: 1301.0,
            whole: 1300.0,
        },
        K::BadDate(s("2023年底")),
        K::EmptyText,
        K::UnknownSection(s("第9节")),
        K::NotAPercentage(s(A)),
        K::FunnelGrows {
            earlier: 1268.0,
            later: 1300.0,
        },
        K::EmptyChart,
        K::ChartMixesUnits {
            chart: "bars",
            first: s(A),
            first_unit: ChartUnit::Written(s("宗")),
            other: s(B),
            other_unit: ChartUnit::Ranks,
        },
        K::ChartMixesPeriods {
            chart: "funnel",
            first: s(A),
            first_period: PeriodName(Period::Year { year: 2023 }),
            other: s(B),
            other_period: PeriodName(Period::Cumulative {
                since: Some(Bilingual {
                    zh: s("2019年以来"),
                    en: s("since 2019"),
                }),
                until: Some(s("2023-12-31")),
            }),
        },
        K::UnstatedFunnelStage {
            earlier: s(A),
            later: s(B),
        },
        K::InferenceUnmarked,
        K::BadYear(1900),
    ];
    kinds.extend([Exact::Rank, Exact::Change].map(K::ApproxNotAllowed));
    kinds.extend(
        [
            EnglishText::Title,
            EnglishText::DistrictName,
            EnglishText::Label,
            EnglishText::Since,
            EnglishText::Note,
            EnglishText::Reason,
        ]
        .map(K::ToBeFilled),
    );
    kinds.extend(
        [
            ReviewItem::Ids,
            ReviewItem::Labels,
            ReviewItem::Periods,
            ReviewItem::Relations,
            ReviewItem::Charts,
        ]
        .map(K::ReviewPending),
    );
    kinds.extend(
        [
            (Size::Value, 1.3e15, 1e12),
            (Size::Paragraphs, 2001.0, 2000.0),
            (Size::Figures, 5001.0, 5000.0),
            (Size::Charts, 201.0, 200.0),
            (Size::ChartPoints, 41.0, 40.0),
            (Size::ParagraphChars, 5001.0, 5000.0),
        ]
        .map(|(what, size, limit)| K::TooLarge { what, size, limit }),
    );
    kinds.extend(period_problems().into_iter().map(K::Period));
    kinds
}

/// Every kind of period problem, and every kind of period one can be about.
fn period_problems() -> Vec<PeriodProblem> {
    use PeriodProblem as P;
    let mut problems = vec![
        P::YearUnsupported { year: 2023 },
        P::SentenceNamesOtherYear {
            year: 2023,
            named: 2022,
            written: s("2022年"),
        },
        P::QuoteNotInParagraph {
            quote: s("2023年共调解"),
            paragraph: s("段落0-1"),
        },
        P::QuoteNotUnique {
            quote: s("2023年共"),
            paragraph: s("段落0-1"),
            count: 2,
        },
        P::QuoteAfterFigure {
            quote: s("以上均为2023年全年数据"),
        },
        P::QuoteNamesNoYear {
            quote: s("调解成功率97.5%"),
        },
        P::QuoteNamesOtherYear {
            quote: s(QUOTE),
            named: 2023,
            written: s("2023年"),
            year: 2022,
        },
    ];
    problems.extend(every_period().iter().map(|p| P::QuoteWithoutYear {
        kind: p.kind_name(),
    }));
    problems
}

pub(super) fn every_period() -> [Period; 4] {
    [
        Period::Year { year: 2023 },
        Period::Cumulative {
            since: None,
            until: None,
        },
        Period::AsOf { date: None },
        Period::NotStated {},
    ]
}

/// The values a message must show as they are: ids, quotes, written numbers and units,
/// and the numbers as the English writes them.
pub(super) fn facts(kind: &ProblemKind) -> Vec<String> {
    let n = |v: &f64| plain_number(*v);
    match kind {
        K::DuplicateId(id)
        | K::UnknownParagraph(id)
        | K::UnknownFigure(id)
        | K::BadDate(id)
        | K::UnknownSection(id)
        | K::NotAPercentage(id) => vec![id.clone()],
        K::QuoteNotInParagraph { quote, paragraph } => vec![quote.clone(), paragraph.clone()],
        K::QuoteNotUnique {
            quote,
            paragraph,
            count,
        } => vec![quote.clone(), paragraph.clone(), count.to_string()],
        K::QuotesOverlap { other } => vec![other.clone()],
        K::ValueNotInQuote { written, quote } => vec![written.clone(), quote.clone()],
        K::NotFinite(v)
        | K::BadCount(v)
        | K::FallOverAll(v)
        | K::BadPercent(v)
        | K::BadRank(v)
        | K::BadAmount(v) => vec![n(v)],
        K::BadScaledCount { written, things } => vec![written.clone(), things.clone()],
        K::NegativeChange { word, size } => vec![word.to_string(), n(size)],
        K::RateMismatch {
            part,
            whole,
            computed,
            stated,
        } => vec![n(part), n(whole), fixed_3(*computed), n(stated)],
        K::SumMismatch { sum, total } => vec![n(sum), n(total)],
        K::NotEqual(values) => vec![plain_list(values)],
        K::PartExceedsWhole { part, whole } => vec![n(part), n(whole)],
        K::FunnelGrows { earlier, later } => vec![n(earlier), n(later)],
        K::ChartMixesUnits {
            first,
            other,
            first_unit,
            ..
        } => {
            let mut out = vec![first.clone(), other.clone()];
            if let ChartUnit::Written(unit) = first_unit {
                out.push(unit.clone());
            }
            out
        }
        K::ChartMixesPeriods { first, other, .. }
        | K::UnstatedFunnelStage {
            earlier: first,
            later: other,
        } => vec![first.clone(), other.clone()],
        K::InferenceUnmarked => vec![s(INFERENCE_ZH), s(INFERENCE_EN)],
        K::BadYear(year) => vec![year.to_string()],
        K::Period(p) => period_facts(p),
        K::TooLarge { size, limit, .. } => vec![n(size), n(limit)],
        K::ApproxNotAllowed(_) | K::ToBeFilled(_) | K::NoKeyFigures | K::ReviewPending(_) => {
            vec![]
        }
        K::EmptyText | K::EmptyChart => vec![],
    }
}

fn period_facts(problem: &PeriodProblem) -> Vec<String> {
    use PeriodProblem as P;
    match problem {
        P::YearUnsupported { year } => vec![year.to_string()],
        P::SentenceNamesOtherYear {
            year,
            named,
            written,
        } => vec![year.to_string(), named.to_string(), written.clone()],
        P::QuoteNotInParagraph { quote, paragraph } => vec![quote.clone(), paragraph.clone()],
        P::QuoteNotUnique {
            quote,
            paragraph,
            count,
        } => vec![quote.clone(), paragraph.clone(), count.to_string()],
        P::QuoteAfterFigure { quote } | P::QuoteNamesNoYear { quote } => vec![quote.clone()],
        P::QuoteNamesOtherYear {
            quote,
            named,
            written,
            year,
        } => vec![
            quote.clone(),
            named.to_string(),
            written.clone(),
            year.to_string(),
        ],
        P::QuoteWithoutYear { .. } => vec![],
    }
}
