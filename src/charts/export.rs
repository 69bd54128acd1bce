//! What a reader can download of a chart: its numbers as CSV that spreadsheet
//! programs open with the Chinese intact (UTF-8 with a byte-order mark).

use super::model::{ChartModel, StepSource};
use crate::i18n::Lang;
use crate::report::Period;

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The chart's numbers: one row per point (label, value, unit, shown value, quote),
/// then one per funnel step, derived steps marked as such. Headings and labels are in
/// the chart's language; units and quotes are the report's own Chinese.
pub fn csv(model: &ChartModel) -> String {
    let t = model.lang.texts();
    // Every row says its period; most are the report's year.
    let report_year = Period::Year { year: model.year }.name(model.lang);
    let mut out = String::from("\u{feff}");
    out.push_str(match model.lang {
        Lang::Zh => "项目,数值,单位,显示值,来源,原文,时期\r\n",
        Lang::En => "Item,Value,Unit (as in the report),Shown as,Source,Original text,Period\r\n",
    });
    for p in &model.points {
        let row = [
            field(&p.label),
            crate::report::format::plain_number(p.value),
            field(p.unit),
            field(&p.value_text),
            field(t.stated_in_report),
            field(&p.quote),
            field(p.period.as_deref().unwrap_or(&report_year)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    for s in &model.steps {
        let (source, note) = match &s.source {
            StepSource::Stated { .. } => (t.stated_in_report, String::new()),
            StepSource::Derived { formula } => (t.derived, formula.clone()),
        };
        let row = [
            field(&s.text),
            format!("{:.1}", s.percent),
            "%".to_string(),
            field(&format!("{:.1}%", s.percent)),
            field(source),
            field(&note),
            String::new(),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::model::{Point, Step};
    use crate::report::{ChartKind, Scale};

    fn model() -> ChartModel {
        let point = |label: &str, value: f64, text: &str| Point {
            figure_id: label.into(),
            label: label.into(),
            value,
            value_text: text.into(),
            unit: "件",
            paragraph: "p".into(),
            quote: format!("{label}{text}"),
            period: None,
        };
        let mut filed = point("立案办理", 74.0, "74件");
        filed.period = Some("截至2023年12月31日累计".into());
        ChartModel {
            id: "m".into(),
            lang: crate::i18n::Lang::Zh,
            kind: ChartKind::Funnel,
            scale: Scale::Linear,
            title: "提案".into(),
            note: None,
            points: vec![point("委员提案", 1083.0, "1,083件"), filed],
            steps: vec![Step {
                to: 1,
                percent: 6.83,
                text: "占上一步 6.8%".into(),
                source: StepSource::Derived {
                    formula: "74 ÷ 1,083".into(),
                },
            }],
            year: 2023,
        }
    }

    #[test]
    fn csv_starts_with_a_bom_and_has_a_row_per_point_and_step_each_with_its_period() {
        let csv = csv(&model());
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<_> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], "\u{feff}项目,数值,单位,显示值,来源,原文,时期");
        assert_eq!(
            lines[1],
            "委员提案,1083,件,\"1,083件\",报告原文,\"委员提案1,083件\",2023年度"
        );
        assert!(
            lines[2].ends_with(",截至2023年12月31日累计"),
            "{}",
            lines[2]
        );
        assert!(lines[3].contains("推算"), "{}", lines[3]);
        assert!(lines[3].contains("74 ÷ 1,083"), "{}", lines[3]);
    }

    #[test]
    fn a_formula_like_label_cannot_run_in_a_spreadsheet() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("a\"b"), "\"a\"\"b\"");
        assert_eq!(field("a,\"b"), "\"a,\"\"b\"");
    }
}
