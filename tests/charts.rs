//! Every chart of the bundled report: its view model against the figures it names,
//! its placement, its geometry at phone and desktop widths, and its SVG.

mod support;

use law_report::charts::layout::text_width;
use law_report::charts::{render_svg, ChartModel, Layout, Palette, StepSource};
use law_report::i18n::Lang;
use law_report::report::format::{english_amount, grouped_number};
use law_report::report::{ChartKind, Quantity, Report, Scale};
use support::bundled;

fn models(report: &Report) -> Vec<ChartModel> {
    models_in(report, Lang::Zh)
}

fn models_in(report: &Report, lang: Lang) -> Vec<ChartModel> {
    report
        .charts
        .iter()
        .map(|spec| {
            ChartModel::build(spec, report, lang)
                .unwrap_or_else(|e| panic!("chart {}: {e}", spec.id))
        })
        .collect()
}

/// Text as it appears inside SVG markup.
fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn english_charts_translate_everything_but_the_quotes_and_keep_every_number() {
    let report = bundled();
    for (zh, en) in models(&report).iter().zip(models_in(&report, Lang::En)) {
        let summary = en.summary();
        let announcement = en.announcement(0).unwrap();
        let texts = [&en.title, &summary, &announcement]
            .into_iter()
            .chain(en.note.as_ref())
            .chain(en.points.iter().flat_map(|p| [&p.label, &p.value_text]))
            .chain(en.steps.iter().map(|s| &s.text));
        for text in texts {
            assert!(!has_han(text), "{}: untranslated: {text}", en.id);
        }
        for (z, e) in zh.points.iter().zip(&en.points) {
            assert_eq!((z.value, &z.quote, z.unit), (e.value, &e.quote, e.unit));
            // The same number; only the qualifier and unit words differ.
            let number = grouped_number(z.value);
            let figure = report.figure(&z.figure_id).unwrap();
            if z.value_text.starts_with('第') {
                assert_eq!(e.value_text, format!("No. {number}"));
            } else if let Quantity::Amount { unit } = figure.quantity {
                // Money is converted exactly: 1.1亿元 is 110 million yuan.
                let (converted, words) = english_amount(z.value, unit);
                assert!(z.value_text.contains(&number), "{}", z.value_text);
                assert_eq!(e.value_text, format!("{converted}{words}"));
            } else {
                assert!(z.value_text.contains(&number), "{}", z.value_text);
                assert!(e.value_text.contains(&number), "{}", e.value_text);
            }
        }
        let percents = |m: &ChartModel| m.steps.iter().map(|s| s.percent).collect::<Vec<_>>();
        assert_eq!(percents(zh), percents(&en));
        let csv = law_report::charts::export::csv(&en);
        assert!(csv.starts_with("\u{feff}Item,Value,"), "{}", en.id);
        if en.scale == Scale::Log {
            let layout = Layout::new(&en, 390.0, 13.0, false);
            assert!(layout.ticks.iter().all(|t| !has_han(&t.label.text)));
            assert!(layout.scale_label.unwrap().text.starts_with("Logarithmic"));
        }
    }
}

#[test]
fn every_chart_shows_exactly_the_figures_it_names() {
    let report = bundled();
    assert!(report.charts.len() >= 12, "{} charts", report.charts.len());
    for (spec, model) in report.charts.iter().zip(models(&report)) {
        assert_eq!(model.points.len(), spec.figures.len(), "{}", spec.id);
        for (point, id) in model.points.iter().zip(&spec.figures) {
            let figure = report.figure(id).unwrap();
            assert_eq!(&point.figure_id, id);
            assert_eq!(point.value, figure.value, "{} {id}", spec.id);
            assert_eq!(point.label, figure.label.zh);
            assert_eq!(point.quote, figure.quote);
            // The shown value is the written number, only grouped: strip the grouping
            // commas and it must be what the report wrote.
            assert!(
                figure.quote.contains(&point.value_text.replace(',', "")),
                "{}: shown {} but the report says {}",
                spec.id,
                point.value_text,
                figure.quote
            );
        }
    }
}

#[test]
fn every_chart_sits_in_the_section_its_figures_come_from() {
    let report = bundled();
    for spec in &report.charts {
        let section = report
            .all_sections()
            .into_iter()
            .find(|s| s.id == spec.section)
            .unwrap_or_else(|| panic!("{}: no section {}", spec.id, spec.section));
        for id in &spec.figures {
            let paragraph = &report.figure(id).unwrap().paragraph;
            assert!(
                section.contains(paragraph),
                "chart {} in {} shows {id}, stated in {paragraph}",
                spec.id,
                spec.section
            );
        }
    }
}

#[test]
fn the_charts_the_issue_asks_for_exist() {
    let report = bundled();
    let charted = |id: &str| {
        report
            .charts
            .iter()
            .any(|c| c.figures.iter().any(|f| f == id))
    };
    for id in [
        "enforcement.inspections_recorded",
        "enforcement.permits_recorded",
        "enforcement.penalties_recorded",
        "enforcement.off_site_enforcement_cases",
        "enforcement.safety_enterprises_planned",
        "enforcement.safety_units_inspected",
        "regulation.supervision_items_claimed",
        "regulation.supervision_coverage_rate",
        "enforcement.price_violation_cases",
        "mediation.disputes",
        "mediation.successful",
        "mediation.agreements",
        "mediation.organizations",
        "mediation.industry_committees",
        "mediation.mediation_studios",
        "litigation.pre_litigation_mediations",
        "review.applications",
        "review.pre_filing_mediations",
        "review.withdrawn_after_mediation",
        "review.post_filing_mediation_rate",
        "litigation.head_appearance_rate",
        "legality_review.normative_doc_review_opinions",
        "legality_review.legal_counsel_opinions",
        "openness.disclosure_requests",
        "oversight.audit_projects",
        "study.exam_pass_rate",
        "regulation.double_random_inspections",
        "regulation.entities_inspected",
        "regulation.entities_results_published",
        "lists.penalty_reduction_waiver_decisions",
        "enforcement.safety_hazards_found",
        "legality_review.government_normative_docs",
        "legality_review.department_normative_docs",
        "legality_review.major_decisions_published",
        "services.transactions_handled",
    ] {
        assert!(charted(id), "{id} is in no chart");
    }
}

#[test]
fn the_mediation_funnel_has_only_the_stage_the_report_ties_with_its_stated_rate() {
    let report = bundled();
    let spec = report
        .charts
        .iter()
        .find(|c| c.id == "mediation-funnel")
        .unwrap();
    assert_eq!(spec.kind, ChartKind::Funnel);
    assert_eq!(spec.figures, ["mediation.disputes", "mediation.successful"]);
    let model = ChartModel::build(spec, &report, Lang::Zh).unwrap();
    assert_eq!(model.steps.len(), 1);
    assert_eq!(model.steps[0].percent, 97.5);
    assert!(
        matches!(&model.steps[0].source, StepSource::Stated { figure_id } if figure_id == "mediation.success_rate")
    );
    // The 683 agreements (份, not 宗) are shown on their own, never as a stage.
    assert!(report
        .charts
        .iter()
        .any(|c| c.kind == ChartKind::Cards && c.figures.contains(&"mediation.agreements".into())));
}

#[test]
fn the_proposals_其中_is_not_drawn_as_a_stage_of_the_83() {
    // "各党派团体和委员提案83件,其中立案办理74件": the 其中 may cover all the motions,
    // suggestions and proposals before it, so 83 → 74 is our reading, not a stage.
    let mut report = bundled();
    let spec = report
        .charts
        .iter()
        .find(|c| c.id == "oversight-proposals")
        .unwrap()
        .clone();
    assert_eq!(spec.kind, ChartKind::Cards);
    let mut funnel = spec.clone();
    funnel.id = "proposals-funnel".into();
    funnel.kind = ChartKind::Funnel;
    funnel.figures = vec![
        "oversight.cppcc_proposals".into(),
        "oversight.cppcc_proposals_filed".into(),
    ];
    report.charts.push(funnel);
    let problems: Vec<String> = law_report::report::check(&report)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [format!(
            "charts[{}].figures[1]: a funnel stage must be tied to the one before by a relation the report states (a `rate`, or an `at_most` with basis `stated` for its 其中), but no relation ties `oversight.cppcc_proposals_filed` to `oversight.cppcc_proposals`",
            report.charts.len() - 1
        )]
    );
}

#[test]
fn a_funnel_step_tied_without_a_stated_rate_is_marked_derived() {
    let mut report = bundled();
    // A stated 其中 with no rate, as a report may have one.
    for relation in &mut report.relations {
        if let law_report::report::Relation::AtMost {
            id, basis, note, ..
        } = relation
        {
            if id == "oversight.filed_within_proposals" {
                *basis = law_report::report::Basis::Stated;
                note.zh = "委员提案83件,其中立案办理74件。".into();
            }
        }
    }
    let spec = law_report::report::ChartSpec {
        id: "proposals".into(),
        kind: ChartKind::Funnel,
        section: "s1-6".into(),
        title: law_report::report::Bilingual {
            zh: "提案".into(),
            en: "Proposals".into(),
        },
        figures: vec![
            "oversight.cppcc_proposals".into(),
            "oversight.cppcc_proposals_filed".into(),
        ],
        scale: Scale::Linear,
        note: None,
    };
    report.charts.push(spec.clone());
    assert_eq!(
        law_report::report::check(&report),
        [],
        "其中 is a stated tie"
    );
    let model = ChartModel::build(&spec, &report, Lang::Zh).unwrap();
    match &model.steps[0].source {
        StepSource::Derived { formula } => assert_eq!(formula, "74 ÷ 83"),
        other => panic!("74 of 83 as a percentage is not stated by the report: {other:?}"),
    }
    assert!(
        model.steps[0].text.contains("推算"),
        "{}",
        model.steps[0].text
    );
    assert!((model.steps[0].percent - 74.0 / 83.0 * 100.0).abs() < 1e-9);
}

#[test]
fn figures_the_report_does_not_tie_as_peers_are_cards_with_a_note_saying_why() {
    let report = bundled();
    let chart = |id: &str| report.charts.iter().find(|c| c.id == id).unwrap();
    // 150 is the whole; the 4 committees and 15 studios are kinds of mediation body.
    let bodies = chart("mediation-bodies");
    assert_eq!(bodies.kind, ChartKind::Cards);
    assert_eq!(
        bodies.figures,
        [
            "mediation.organizations",
            "mediation.industry_committees",
            "mediation.mediation_studios"
        ]
    );
    assert!(bodies.note.as_ref().unwrap().zh.contains("不是与150个并列"));
    // A claim rate and a coverage rate of different bases are not two lengths.
    let rates = chart("service-rates");
    assert_eq!(rates.kind, ChartKind::Cards);
    assert!(rates.note.as_ref().unwrap().zh.contains("基数不同"));
    let proposals = chart("oversight-proposals");
    assert!(proposals
        .note
        .as_ref()
        .unwrap()
        .zh
        .contains("各党派团体和委员提案83件,其中立案办理74件"));
    // What the report does not tie is never drawn by length.
    for chart in &report.charts {
        if matches!(
            chart.kind,
            ChartKind::Bars | ChartKind::Funnel | ChartKind::Rates
        ) {
            assert!(
                !chart.figures.iter().any(|f| [
                    "mediation.organizations",
                    "oversight.cppcc_proposals_filed",
                    "regulation.supervision_items_claim_rate"
                ]
                .contains(&f.as_str())),
                "{}",
                chart.id
            );
        }
    }
}

#[test]
fn a_figure_whose_period_is_not_stated_says_so_in_the_tooltip_the_table_the_csv_and_the_summary() {
    let report = bundled();
    let spec = report
        .charts
        .iter()
        .find(|c| c.id == "legality-review")
        .unwrap();
    let counsel = report
        .figure("legality_review.legal_counsel_opinions")
        .unwrap();
    for (lang, said, value) in [
        (Lang::Zh, "报告未写明时段", "742份(报告未写明时段)"),
        (Lang::En, "period not stated", "742 (period not stated)"),
    ] {
        let model = ChartModel::build(spec, &report, lang).unwrap();
        assert_eq!(model.shared_period(), None, "the chart mixes periods");
        let i = model
            .points
            .iter()
            .position(|p| p.figure_id == counsel.id)
            .unwrap();
        let point = &model.points[i];
        // The tooltip and the table show the point's period beside its value.
        assert_eq!(point.period.as_deref(), Some(said));
        assert_eq!(point.value_with_period(lang), value);
        assert!(model.drawn_label(point).ends_with(&with_parens(said, lang)));
        assert!(model.announcement(i).unwrap().contains(value));
        assert!(model.summary().contains(value), "{}", model.summary());
        let csv = law_report::charts::export::csv(&model);
        let row = csv.lines().find(|l| l.contains(",742,")).unwrap();
        assert!(row.ends_with(&format!(",{said}")), "{row}");
        // A figure of the report's year in the same chart says nothing more.
        let review = model
            .points
            .iter()
            .find(|p| p.figure_id == "legality_review.normative_doc_review_opinions")
            .unwrap();
        assert_eq!(review.period, None);
    }
}

fn with_parens(period: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("({period})"),
        Lang::En => format!(" ({period})"),
    }
}

#[test]
fn values_of_very_different_size_use_a_labelled_log_axis() {
    let report = bundled();
    for model in models(&report) {
        let values: Vec<f64> = model
            .points
            .iter()
            .map(|p| p.value)
            .filter(|v| *v > 0.0)
            .collect();
        let spread = values.iter().cloned().fold(0.0, f64::max)
            / values.iter().cloned().fold(f64::INFINITY, f64::min);
        if model.kind == ChartKind::Bars {
            let units: std::collections::HashSet<_> = model.points.iter().map(|p| p.unit).collect();
            let explained = model.note.as_ref().is_some_and(|n| n.contains("单位"));
            assert!(
                units.len() == 1 || explained,
                "{}: bars compare lengths, but the units differ ({units:?}) and no note says so",
                model.id
            );
        }
        if model.kind == ChartKind::Bars && spread > 1000.0 {
            assert_eq!(
                model.scale,
                Scale::Log,
                "{}: values differ {spread:.0}×",
                model.id
            );
        }
        if model.scale == Scale::Log {
            let layout = Layout::new(&model, 390.0, 13.0, false);
            assert!(layout
                .scale_label
                .as_ref()
                .unwrap()
                .text
                .contains("对数刻度"));
            assert!(model.summary().contains("对数刻度"));
        }
    }
}

#[test]
fn every_chart_svg_contains_its_labels_and_values_at_phone_and_desktop_widths() {
    let report = bundled();
    let both = models(&report)
        .into_iter()
        .chain(models_in(&report, Lang::En));
    // Every text size: the usual 13 px, and elderly mode's 18 px on a 320 px phone.
    let sizes = [(320.0, 13.0), (390.0, 13.0), (1280.0, 13.0), (320.0, 18.0)];
    for model in both {
        for (width, px) in sizes {
            let layout = Layout::new(&model, width, px, true);
            let svg = render_svg(&layout, &Palette::LIGHT);
            for (point, row) in model.points.iter().zip(&layout.rows) {
                let lines: Vec<&str> = row.labels.iter().map(|l| l.text.as_str()).collect();
                for line in &lines {
                    assert!(
                        svg.contains(&xml_escaped(line)),
                        "{} at {width}: label line {line}",
                        model.id
                    );
                }
                // Nothing of the label is cut, and its own period is drawn with it.
                let joined = lines.join(if model.lang == Lang::En { " " } else { "" });
                assert_eq!(joined, model.drawn_label(point), "{} at {width}", model.id);
                if let Some(period) = model.own_period(point) {
                    assert!(joined.contains(period), "{} at {width}: {joined}", model.id);
                }
                assert!(
                    svg.contains(&point.value_text),
                    "{} at {width}: {}",
                    model.id,
                    point.value_text
                );
            }
            for row in &layout.rows {
                let right = row.value.x + text_width(&row.value.text, layout.value_px);
                assert!(
                    right <= layout.width,
                    "{} at {width}: {} is clipped",
                    model.id,
                    row.value.text
                );
            }
            // A download carries its whole title, and the period of the whole chart,
            // which in the page the card says around the drawing.
            let squeezed = |labels: &[law_report::charts::layout::Label]| -> String {
                labels
                    .iter()
                    .flat_map(|l| l.text.split_whitespace())
                    .collect()
            };
            let title: String = model.title.split_whitespace().collect();
            assert_eq!(squeezed(&layout.title), title, "{} at {width}", model.id);
            if let Some(period) = model.shared_period() {
                let period: String = period.split_whitespace().collect();
                assert!(
                    squeezed(&layout.period).contains(&period),
                    "{} at {width}: {}",
                    model.id,
                    squeezed(&layout.period)
                );
            }
            for line in layout.title.iter().chain(&layout.period) {
                assert!(
                    svg.contains(&xml_escaped(&line.text)),
                    "{}: {}",
                    model.id,
                    line.text
                );
            }
        }
    }
}

#[test]
fn every_chart_has_a_summary_naming_each_value() {
    let report = bundled();
    for model in models(&report) {
        let summary = model.summary();
        for point in &model.points {
            assert!(
                summary.contains(&format!("{} {}", point.label, point.value_text)),
                "{summary}"
            );
        }
        assert_eq!(
            model.announcement(0).unwrap(),
            format!(
                "{},{},第 1 项,共 {} 项",
                model.points[0].label,
                model.points[0].value_with_period(Lang::Zh),
                model.points.len()
            )
        );
    }
}

#[test]
fn a_chart_naming_a_missing_figure_says_which() {
    let report = bundled();
    let mut spec = report.charts[0].clone();
    spec.figures.push("mediation.no_such_figure".into());
    let err = ChartModel::build(&spec, &report, Lang::Zh).unwrap_err();
    assert!(
        err.to_string().contains("mediation.no_such_figure"),
        "{err}"
    );
}

#[test]
fn a_running_total_says_its_period_in_the_summary_the_live_region_and_the_csv() {
    let report = bundled();
    let spec = report
        .charts
        .iter()
        .find(|c| c.id == "enforcement-platform-records")
        .unwrap();
    let penalties = report.figure("enforcement.penalties_recorded").unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let period = penalties.period.name(lang);
        let model = ChartModel::build(spec, &report, lang).unwrap();
        assert_eq!(
            model.shared_period(),
            Some(period.as_str()),
            "said once by the card"
        );
        assert!(model.summary().contains(&period), "{}", model.summary());
        let i = model
            .points
            .iter()
            .position(|p| p.figure_id == penalties.id)
            .unwrap();
        assert!(model.announcement(i).unwrap().contains(&period));
        let csv = law_report::charts::export::csv(&model);
        let row = csv.lines().find(|l| l.contains("9178")).unwrap();
        assert!(row.contains(&period), "{row}");
    }
    let zh = penalties.period.name(Lang::Zh);
    assert_eq!(
        zh,
        "广东省行政执法信息公示平台上线运用以来,截至2023年12月31日累计"
    );
}

#[test]
fn cards_of_different_periods_name_each_period_in_the_drawing() {
    let report = bundled();
    let spec = report
        .charts
        .iter()
        .find(|c| c.id == "enforcement-cases")
        .unwrap();
    assert_eq!(spec.kind, ChartKind::Cards);
    let model = ChartModel::build(spec, &report, Lang::Zh).unwrap();
    assert_eq!(model.shared_period(), None);
    let drawn: Vec<String> = model.points.iter().map(|p| model.drawn_label(p)).collect();
    assert_eq!(
        drawn,
        [
            "非现场执法办理案件(报告未写明时段)",
            "办理价格类违法案件处罚"
        ],
        "2,159 has no stated period; 13 is the report's year and says nothing"
    );
    let svg = render_svg(&Layout::new(&model, 1280.0, 13.0, false), &Palette::LIGHT);
    assert!(svg.contains("报告未写明时段"), "the drawing says it");
}

#[test]
fn no_bar_or_funnel_chart_compares_figures_of_different_units_or_periods() {
    let report = bundled();
    for chart in &report.charts {
        if !matches!(chart.kind, ChartKind::Bars | ChartKind::Funnel) {
            continue;
        }
        let figures: Vec<_> = chart
            .figures
            .iter()
            .map(|id| report.figure(id).unwrap())
            .collect();
        for f in &figures {
            assert_eq!(f.quantity, figures[0].quantity, "{}: {}", chart.id, f.id);
            assert_eq!(f.period, figures[0].period, "{}: {}", chart.id, f.id);
        }
    }
}
