//! Ids unique in each namespace: sections and paragraphs share one (both are link
//! targets); figures, charts (withdrawn ones included) and relations each have their
//! own. The same walk refuses an empty paragraph and a withdrawn chart with no reason.

use std::collections::HashSet;

use super::problem::{Problem, ProblemKind};
use crate::report::model::{Report, Section};

/// Section and paragraph ids share one namespace (both are link targets); figure and
/// relation ids each have their own.
pub(super) fn check_ids(report: &Report, problems: &mut Vec<Problem>) {
    check_anchor_ids(&report.sections, "sections", &mut HashSet::new(), problems);
    check_record_ids(report, problems);
}

/// The ids of `sections`, their paragraphs and their subsections, depth first, each
/// new to `anchors`; and no paragraph empty.
fn check_anchor_ids<'a>(
    sections: &'a [Section],
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
        check_anchor_ids(
            &section.subsections,
            &format!("{here}.subsections"),
            anchors,
            problems,
        );
    }
}

/// Figure, chart and relation ids, each unique among their kind.
fn check_record_ids(report: &Report, problems: &mut Vec<Problem>) {
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

#[cfg(test)]
mod tests {
    use crate::report::check::fixture::report;
    use crate::report::check::{check, EnglishText, ProblemKind};
    use crate::report::model::*;

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
            ProblemKind::ToBeFilled(EnglishText::Reason)
        )));
    }
}
