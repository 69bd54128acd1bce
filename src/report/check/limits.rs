//! Limits beyond which a hand-edited file is surely wrong (a pasted document, a value
//! with extra zeros), and which keep a phone from choking on it; and the check that a
//! report stays within them. A figure's value is held to [`VALUE`] with its other
//! checks.

use super::problem::{Problem, ProblemKind, Size};
use crate::report::model::Report;

/// Characters in one paragraph.
pub const PARAGRAPH_CHARS: usize = 5_000;
pub const PARAGRAPHS: usize = 2_000;
pub const FIGURES: usize = 5_000;
pub const CHARTS: usize = 200;
/// Points in one chart.
pub const CHART_POINTS: usize = 40;
/// The largest value any figure may have (a trillion).
pub const VALUE: f64 = 1e12;

/// Counts and lengths over their limits.
pub(super) fn check_sizes(report: &Report, problems: &mut Vec<Problem>) {
    let mut too_large = |path: String, what: Size, size: usize, limit: usize| {
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
        Size::Paragraphs,
        paragraphs.len(),
        PARAGRAPHS,
    );
    too_large(
        "figures".into(),
        Size::Figures,
        report.figures.len(),
        FIGURES,
    );
    too_large("charts".into(), Size::Charts, report.charts.len(), CHARTS);
    for (i, chart) in report.charts.iter().enumerate() {
        too_large(
            format!("charts[{i}].figures"),
            Size::ChartPoints,
            chart.figures.len(),
            CHART_POINTS,
        );
    }
    for p in paragraphs {
        too_large(
            format!("paragraph {}", p.id),
            Size::ParagraphChars,
            p.text.chars().count(),
            PARAGRAPH_CHARS,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::report::check::fixture::{kinds, report};
    use crate::report::check::{limits, ProblemKind, Size};

    #[test]
    fn absurd_sizes_are_reported() {
        let mut r = report();
        r.figures[0].value = 1e15;
        r.sections[0].paragraphs[0].text = "字".repeat(limits::PARAGRAPH_CHARS + 1);
        let k = kinds(&r);
        assert!(k.iter().any(|k| matches!(
            k,
            ProblemKind::TooLarge {
                what: Size::Value,
                ..
            }
        )));
        assert!(k.iter().any(|k| matches!(
            k,
            ProblemKind::TooLarge {
                what: Size::ParagraphChars,
                ..
            }
        )));
    }
}
