//! What a reader can download of a chart: its numbers as CSV that spreadsheet
//! programs open with the Chinese intact (UTF-8 with a byte-order mark).

use super::model::{ChartModel, StepSource};
use crate::i18n::Lang;

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
    let mut out = String::from("\u{feff}");
    out.push_str(match model.lang {
        Lang::Zh => "项目,数值,单位,显示值,来源,原文\r\n",
        Lang::En => "Item,Value,Unit (as in the report),Shown as,Source,Original text\r\n",
    });
    for p in &model.points {
        let row = [
            field(&p.label),
            crate::report::format::plain_number(p.value),
            field(p.unit),
            field(&p.value_text),
            field(t.stated_in_report),
            field(&p.quote),
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
            unit: "宗",
            paragraph: "p".into(),
            quote: format!("{label}{text}"),
        };
        ChartModel {
            id: "m".into(),
            lang: crate::i18n::Lang::Zh,
            kind: ChartKind::Funnel,
            scale: Scale::Linear,
            title: "调解".into(),
            note: None,
            points: vec![
                point("调解成功", 1268.0, "1,268宗"),
                point("签订协议", 683.0, "683份"),
            ],
            steps: vec![Step {
                to: 1,
                percent: 53.86,
                text: "占上一步 53.9%".into(),
                source: StepSource::Derived {
                    formula: "683 ÷ 1,268".into(),
                },
            }],
        }
    }

    #[test]
    fn csv_starts_with_a_bom_and_has_a_row_per_point_and_step() {
        let csv = csv(&model());
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<_> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[1],
            "调解成功,1268,宗,\"1,268宗\",报告原文,\"调解成功1,268宗\""
        );
        assert!(lines[3].contains("推算"), "{}", lines[3]);
        assert!(lines[3].contains("683 ÷ 1,268"), "{}", lines[3]);
    }

    #[test]
    fn a_formula_like_label_cannot_run_in_a_spreadsheet() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("a\"b"), "\"a\"\"b\"");
        assert_eq!(field("a,\"b"), "\"a,\"\"b\"");
    }
}
