//! Consistency checks on a parsed report: unique ids, references that resolve, quotes
//! that really are in their paragraphs, values written in their quotes, sane numbers
//! and the arithmetic the report states. The app and the tests run the same checks.
//!
//! Each family of rules has its module; [`check`] runs them all, in document order.

use std::collections::HashSet;

use super::model::Report;

mod charts;
mod figures;
mod ids;
pub mod limits;
mod meta;
pub(crate) mod periods;
mod problem;
mod quotes;
mod relations;
mod review;
mod translations;

#[cfg(test)]
mod fixture;

pub use problem::{ChartUnit, EnglishText, Exact, PeriodName, Problem, ProblemKind, Size};
pub use relations::{INFERENCE_EN, INFERENCE_ZH};

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
    limits::check_sizes(report, &mut problems);
    meta::check_meta(report, &mut problems);
    translations::check_translations(report, &mut problems);
    ids::check_ids(report, &mut problems);
    for (i, figure) in report.figures.iter().enumerate() {
        figures::check_figure(report, i, figure, &mut problems);
    }
    quotes::check_overlaps(report, &mut problems);
    periods::check_periods(report, &mut problems);
    for (i, relation) in report.relations.iter().enumerate() {
        relations::check_relation(report, i, relation, &mut problems);
    }
    for (i, chart) in report.charts.iter().enumerate() {
        charts::check_chart(report, i, chart, &mut problems);
    }
    review::check_key_figures(report, &mut problems);
    review::check_to_review(report, &mut problems);
    problems
}

#[cfg(test)]
mod tests {
    use super::fixture::report;
    use super::*;

    #[test]
    fn a_consistent_report_has_no_problems() {
        assert_eq!(check(&report()), vec![]);
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
}
