//! A figure's period against its words: the rule of `report::period_rule`, reported
//! as problems with the field each is about.

use super::problem::{Problem, ProblemKind};
use crate::report::model::Report;
use crate::report::period_rule::period_problems;

/// Every figure whose period the words do not support, in figure order.
pub fn check_periods(report: &Report, problems: &mut Vec<Problem>) {
    for (i, figure) in report.figures.iter().enumerate() {
        for (field, problem) in period_problems(report, figure) {
            problems.push(Problem {
                path: format!("figures[{i}].{field}"),
                kind: ProblemKind::Period(problem),
            });
        }
    }
}
