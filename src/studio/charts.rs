//! Charts the studio proposes from the accepted figures: only what the validator would
//! accept on its face — figures of one section, one measure and one period — so that a
//! proposal never juxtaposes what the report does not compare. The editor keeps,
//! renames or drops each; charts the editor builds by hand are checked by the
//! validator like any other.

use crate::report::{Bilingual, ChartKind, ChartSpec, Figure, Quantity, Report, Scale};

/// The section (deepest) that holds paragraph `paragraph`.
fn section_of<'a>(report: &'a Report, paragraph: &str) -> Option<&'a crate::report::Section> {
    report
        .all_sections()
        .into_iter()
        .rev()
        .find(|s| s.paragraphs.iter().any(|p| p.id == paragraph))
}

/// A chart id not used yet in `report` (`c1`, `c2`, …).
pub fn new_chart_id(report: &Report) -> String {
    (1..)
        .map(|n| format!("c{n}"))
        .find(|id| {
            !report.charts.iter().any(|c| c.id == *id)
                && !report.withdrawn_charts.iter().any(|c| c.id == *id)
        })
        .expect("an unused id exists")
}

/// The charts the figures suggest: each group of two or more accepted figures in one
/// section with the same quantity and the same period, in reading order, as bars (or
/// rates for percentages). Groups a chart already draws are not proposed again.
pub fn propose(report: &Report) -> Vec<ChartSpec> {
    let mut groups: Vec<(String, Quantity, &Figure, Vec<String>)> = Vec::new();
    for figure in &report.figures {
        if matches!(figure.quantity, Quantity::Rank | Quantity::Change { .. }) {
            continue;
        }
        let Some(section) = section_of(report, &figure.paragraph) else {
            continue;
        };
        match groups.iter_mut().find(|(s, q, first, _)| {
            *s == section.id && *q == figure.quantity && first.period == figure.period
        }) {
            Some(group) => group.3.push(figure.id.clone()),
            None => groups.push((
                section.id.clone(),
                figure.quantity,
                figure,
                vec![figure.id.clone()],
            )),
        }
    }
    let mut draft = report.clone();
    let mut out = Vec::new();
    for (section, quantity, _, figures) in groups {
        if figures.len() < 2 || report.charts.iter().any(|c| c.figures == figures) {
            continue;
        }
        let heading = report
            .all_sections()
            .into_iter()
            .find(|s| s.id == section)
            .and_then(|s| s.title.clone())
            .unwrap_or_default();
        // The section's heading without its closing full stop, and the unit in
        // full-width parentheses: 坚持全面推进公正文明执法,行政执法更加规范（宗）.
        let heading = heading.trim_end_matches(['。', '.']);
        let unit = quantity.written_unit();
        let zh = if unit.is_empty() {
            heading.to_string()
        } else {
            format!("{heading}（{unit}）")
        };
        let chart = ChartSpec {
            id: new_chart_id(&draft),
            kind: if quantity == Quantity::Percent {
                ChartKind::Rates
            } else {
                ChartKind::Bars
            },
            section,
            title: Bilingual {
                zh,
                en: String::new(),
            },
            figures,
            scale: Scale::Linear,
            note: None,
        };
        draft.charts.push(chart.clone());
        out.push(chart);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{check, Period, ProblemKind};

    use crate::studio::fixtures::bundled;

    #[test]
    fn every_proposal_holds_one_section_one_quantity_and_one_period() {
        let mut report = bundled();
        report.charts.clear();
        let proposals = propose(&report);
        assert!(!proposals.is_empty());
        for chart in &proposals {
            assert!(chart.figures.len() >= 2);
            // Titled by the section's heading, its full stop dropped, and the unit.
            assert!(
                chart.title.zh.ends_with('）') && !chart.title.zh.contains("。（"),
                "{}",
                chart.title.zh
            );
            let figures: Vec<_> = chart
                .figures
                .iter()
                .map(|id| report.figure(id).unwrap())
                .collect();
            assert!(figures.iter().all(|f| f.quantity == figures[0].quantity));
            assert!(figures.iter().all(|f| f.period == figures[0].period));
        }
        // With English titles filled, the validator finds nothing to compare wrongly.
        report.charts = proposals;
        for chart in &mut report.charts {
            chart.title.en = format!("Chart {}", chart.id);
        }
        let wrong: Vec<_> = check(&report)
            .into_iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    ProblemKind::ChartMixesUnits { .. } | ProblemKind::ChartMixesPeriods { .. }
                )
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn figures_of_different_periods_are_not_proposed_together() {
        let mut report = bundled();
        report.charts.clear();
        let first = report
            .figures
            .iter()
            .find(|f| matches!(f.quantity, Quantity::Count { .. }))
            .unwrap()
            .clone();
        let mut twin = first.clone();
        twin.id = "twin".into();
        twin.period = match first.period {
            Period::NotStated {} => Period::Year { year: 2023 },
            _ => Period::NotStated {},
        };
        let mut same = first.clone();
        same.id = "same".into();
        report.figures = vec![first.clone(), twin, same];
        let proposals = propose(&report);
        assert_eq!(proposals.len(), 1);
        assert_eq!(
            proposals[0].figures,
            vec![first.id.clone(), "same".to_string()]
        );
    }

    #[test]
    fn chart_ids_are_new() {
        let report = bundled();
        let id = new_chart_id(&report);
        assert!(report.charts.iter().all(|c| c.id != id));
    }
}

/// The validator's objections to adding `chart` to `report`: every problem it finds
/// with the chart, except English texts still to write. Empty when it can be added.
pub fn objections(report: &Report, chart: &ChartSpec) -> Vec<crate::report::Problem> {
    let mut with = report.clone();
    with.charts.push(chart.clone());
    let at = format!("charts[{}]", with.charts.len() - 1);
    crate::report::check(&with)
        .into_iter()
        .filter(|p| p.path == at || p.path.starts_with(&format!("{at}.")))
        .filter(|p| !p.kind.is_left_to_fill())
        .collect()
}

/// A chart of `figures` (ids, in order) of `kind`, shown in the section of the first.
pub fn chart_of(
    report: &Report,
    kind: ChartKind,
    title: Bilingual,
    figures: Vec<String>,
) -> ChartSpec {
    let section = figures
        .first()
        .and_then(|id| report.figure(id))
        .and_then(|f| section_of(report, &f.paragraph))
        .map(|s| s.id.clone())
        .unwrap_or_default();
    ChartSpec {
        id: new_chart_id(report),
        kind,
        section,
        title,
        figures,
        scale: Scale::Linear,
        note: None,
    }
}

#[cfg(test)]
mod refusal_tests {
    use super::*;
    use crate::report::{parse_report, ProblemKind};

    #[test]
    fn a_chart_mixing_measures_is_refused_and_one_measure_is_not() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/huiyang-2023.json"
        ))
        .unwrap();
        let report = parse_report(&text).unwrap();
        let counts: Vec<&Figure> = report
            .figures
            .iter()
            .filter(|f| matches!(f.quantity, Quantity::Count { .. }))
            .collect();
        let other = counts
            .iter()
            .find(|f| f.quantity != counts[0].quantity && f.period == counts[0].period)
            .expect("two counts of different measures in one period");
        let title = Bilingual {
            zh: "混合".into(),
            en: String::new(),
        };
        let mixed = chart_of(
            &report,
            ChartKind::Bars,
            title.clone(),
            vec![counts[0].id.clone(), other.id.clone()],
        );
        let refused = objections(&report, &mixed);
        assert!(
            refused
                .iter()
                .any(|p| matches!(p.kind, ProblemKind::ChartMixesUnits { .. })),
            "{refused:?}"
        );
        let cards = chart_of(
            &report,
            ChartKind::Cards,
            title,
            vec![counts[0].id.clone(), other.id.clone()],
        );
        assert_eq!(objections(&report, &cards), Vec::new());
    }
}
