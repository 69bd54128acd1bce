//! Each figure on its own: a value that makes sense for its kind of number, no
//! qualifier where the report writes it exactly, and a period with real dates and a
//! plausible year. Its ties to the words that state it are checked in `quotes`.

use super::limits;
use super::meta::is_iso_date;
use super::problem::{Exact, Problem, ProblemKind, Size};
use super::quotes::check_quote;
use crate::report::model::{Figure, Period, Quantity, Report};
use crate::report::number::{expand_exponent, plain_number};

/// Runs the checks of one figure, `figures[i]`, in the order its fields are reported.
pub(super) fn check_figure(
    report: &Report,
    i: usize,
    figure: &Figure,
    problems: &mut Vec<Problem>,
) {
    let at = |field: &str| format!("figures[{i}].{field}");
    check_period(report, &at("period"), &figure.period, problems);
    if let Some(kind) = value_problem(figure) {
        problems.push(Problem {
            path: at("value"),
            kind,
        });
    }
    let exact = match figure.quantity {
        Quantity::Rank => Some(Exact::Rank),
        Quantity::Change { .. } => Some(Exact::Change),
        _ => None,
    };
    if let (Some(what), Some(_)) = (exact, figure.approx) {
        problems.push(Problem {
            path: at("approx"),
            kind: ProblemKind::ApproxNotAllowed(what),
        });
    }
    check_quote(report, i, figure, problems);
}

/// What is wrong with the value for its kind of number, if anything.
fn value_problem(figure: &Figure) -> Option<ProblemKind> {
    let v = figure.value;
    if !v.is_finite() {
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
                what: Size::Value,
                size: v,
                limit: limits::VALUE,
            }),
            _ => None,
        }
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

#[cfg(test)]
mod tests {
    use crate::report::check::fixture::{kinds, report};
    use crate::report::check::{check, Exact, ProblemKind};
    use crate::report::model::*;

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
    fn a_scaled_count_must_be_whole_things() {
        let mut r = report();
        r.sections[0].paragraphs[0]
            .text
            .push_str("2023年受理31.5万件,办理3.00005万件。");
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
            .push_str("2023年同比下降120%,同比增长150%。");
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
            k.contains(&ProblemKind::ApproxNotAllowed(Exact::Change)),
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
