//! What the page summarises and what a person still owes the report: key figures that
//! name real figures and are not left unchosen, and every item of `to_review`,
//! reported until it is removed.

use super::problem::{Problem, ProblemKind};
use crate::report::model::Report;

pub(super) fn check_key_figures(report: &Report, problems: &mut Vec<Problem>) {
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
}

pub(super) fn check_to_review(report: &Report, problems: &mut Vec<Problem>) {
    for (i, item) in report.to_review.iter().enumerate() {
        problems.push(Problem {
            path: format!("to_review[{i}]"),
            kind: ProblemKind::ReviewPending(*item),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::report::check::check;
    use crate::report::check::fixture::report;
    use crate::report::model::*;

    #[test]
    fn no_key_figures_and_items_to_review_are_listed_until_done() {
        let mut r = report();
        r.key_figures.clear();
        r.to_review = vec![ReviewItem::Periods, ReviewItem::Charts];
        let paths: Vec<String> = check(&r).into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["key_figures", "to_review[0]", "to_review[1]"]);
    }
}
