//! Charts: they name figures and a section that exist, compare like with like, draw
//! only percentages as rates, and show a funnel only where the report states each stage.

use super::problem::{ChartUnit, PeriodName, Problem, ProblemKind};
use crate::report::model::{Basis, ChartKind, ChartSpec, Figure, Quantity, Relation, Report};

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
        Quantity::Rank => ChartUnit::Ranks,
        q => ChartUnit::Written(q.written_unit()),
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
                first_period: PeriodName(first.period.clone()),
                other: other.id.clone(),
                other_period: PeriodName(other.period.clone()),
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

/// Runs the checks of one chart, `charts[i]`.
pub(super) fn check_chart(
    report: &Report,
    i: usize,
    chart: &ChartSpec,
    problems: &mut Vec<Problem>,
) {
    check_comparable(report, i, chart, problems);
    if chart.kind == ChartKind::Funnel {
        check_funnel_stages(report, i, chart, problems);
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

/// Each stage of a funnel is tied to the one before by a relation the report states.
fn check_funnel_stages(report: &Report, i: usize, chart: &ChartSpec, problems: &mut Vec<Problem>) {
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

#[cfg(test)]
mod tests {
    use crate::report::check::fixture::{kinds, report};
    use crate::report::check::{check, Problem, ProblemKind};
    use crate::report::model::*;

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
}
