//! The report's metadata: its dates are ISO dates and it has a title.

use super::problem::{Problem, ProblemKind};
use crate::report::model::Report;

/// Whether `s` has the shape `YYYY-MM-DD`; the calendar is not consulted.
pub(super) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The signing and publishing dates, and the title.
pub(super) fn check_meta(report: &Report, problems: &mut Vec<Problem>) {
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
