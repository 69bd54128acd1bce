//! A chart's view model: its spec resolved against the report's figures into points
//! with labels and display values, plus the steps between funnel stages (stated by
//! the report, or derived and marked so). Charts never read JSON.

use thiserror::Error;

use crate::report::format::{grouped_number, DisplayValue};
use crate::report::{ChartKind, ChartSpec, Quantity, Relation, Report, Scale};

/// Why a chart cannot be drawn. Shown in place of the chart; the rest of the page stays.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChartError {
    #[error("图表缺少数据:报告中没有编号为 `{0}` 的数字")]
    MissingFigure(String),
    #[error("图表数据有误:`{0}` 不是百分比,不能画在比率图中")]
    NotAPercentage(String),
    #[error("图表没有任何数据")]
    Empty,
}

/// One drawn value.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub figure_id: String,
    pub label: String,
    pub label_en: String,
    pub value: f64,
    /// The value as shown: qualifier, grouped number and unit (`约200场`, `1,424,343宗`).
    pub value_text: String,
    pub unit: &'static str,
    /// The paragraph that states it, and the words that do.
    pub paragraph: String,
    pub quote: String,
}

/// Where a funnel step's percentage comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum StepSource {
    /// The report states it, as this figure.
    Stated { figure_id: String },
    /// Computed here; the formula says how.
    Derived { formula: String },
}

/// The share that passes from one funnel stage to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Index of the later stage; the earlier one is `to - 1`.
    pub to: usize,
    pub percent: f64,
    /// How the step reads (`调解成功率 97.5%` or `占上一步 53.9%(推算:683 ÷ 1,268)`).
    pub text: String,
    pub source: StepSource,
}

/// Everything a chart view needs, derived once from the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    pub id: String,
    pub kind: ChartKind,
    pub scale: Scale,
    pub title: String,
    pub title_en: String,
    pub note: Option<String>,
    pub points: Vec<Point>,
    pub steps: Vec<Step>,
}

impl ChartModel {
    /// Resolves `spec` against `report`.
    pub fn build(spec: &ChartSpec, report: &Report) -> Result<ChartModel, ChartError> {
        if spec.figures.is_empty() {
            return Err(ChartError::Empty);
        }
        let mut points = Vec::with_capacity(spec.figures.len());
        for id in &spec.figures {
            let figure = report
                .figure(id)
                .ok_or_else(|| ChartError::MissingFigure(id.clone()))?;
            if spec.kind == ChartKind::Rates && figure.quantity != Quantity::Percent {
                return Err(ChartError::NotAPercentage(id.clone()));
            }
            points.push(Point {
                figure_id: figure.id.clone(),
                label: figure.label.zh.clone(),
                label_en: figure.label.en.clone(),
                value: figure.value,
                value_text: DisplayValue::of(figure).text(),
                unit: figure.quantity.unit(),
                paragraph: figure.paragraph.clone(),
                quote: figure.quote.clone(),
            });
        }
        let steps = if spec.kind == ChartKind::Funnel {
            funnel_steps(&points, report)
        } else {
            Vec::new()
        };
        Ok(ChartModel {
            id: spec.id.clone(),
            kind: spec.kind,
            scale: spec.scale,
            title: spec.title.zh.clone(),
            title_en: spec.title.en.clone(),
            note: spec.note.as_ref().map(|n| n.zh.clone()),
            points,
            steps,
        })
    }

    /// The largest value drawn (at least 1, so that scales never divide by zero).
    pub fn max_value(&self) -> f64 {
        self.points.iter().map(|p| p.value).fold(1.0, f64::max)
    }

    /// A sentence for screen readers that states every value in order.
    pub fn summary(&self) -> String {
        let kind = match self.kind {
            ChartKind::Bars => "条形图",
            ChartKind::Funnel => "漏斗图",
            ChartKind::Rates => "比率图",
            ChartKind::Cards => "数字卡片",
        };
        let scale = match self.scale {
            Scale::Log => "(对数刻度)",
            Scale::Linear => "",
        };
        let values = self
            .points
            .iter()
            .map(|p| format!("{} {}", p.label, p.value_text))
            .collect::<Vec<_>>()
            .join(";");
        let steps = self
            .steps
            .iter()
            .map(|s| format!(";{}", s.text))
            .collect::<String>();
        format!(
            "{kind}{scale}「{}」,共 {} 项:{values}{steps}。",
            self.title,
            self.points.len()
        )
    }

    /// What the live region says when point `i` becomes current: label, value, unit.
    pub fn announcement(&self, i: usize) -> Option<String> {
        let p = self.points.get(i)?;
        Some(format!(
            "{},{},第 {} 项,共 {} 项",
            p.label,
            p.value_text,
            i + 1,
            self.points.len()
        ))
    }
}

/// Steps between consecutive funnel stages: the report's own rate where a `rate`
/// relation states it, otherwise the share computed here and marked as derived.
fn funnel_steps(points: &[Point], report: &Report) -> Vec<Step> {
    (1..points.len())
        .filter_map(|to| {
            let (whole, part) = (&points[to - 1], &points[to]);
            if whole.value <= 0.0 {
                return None;
            }
            let stated = report.relations.iter().find_map(|r| match r {
                Relation::Rate {
                    part: p,
                    whole: w,
                    rate,
                    ..
                } if *p == part.figure_id && *w == whole.figure_id => report.figure(rate),
                _ => None,
            });
            Some(match stated {
                Some(rate) => Step {
                    to,
                    percent: rate.value,
                    text: format!("{} {}", rate.label.zh, DisplayValue::of(rate).text()),
                    source: StepSource::Stated {
                        figure_id: rate.id.clone(),
                    },
                },
                None => {
                    let percent = part.value / whole.value * 100.0;
                    let formula = format!(
                        "{} ÷ {}",
                        grouped_number(part.value),
                        grouped_number(whole.value)
                    );
                    Step {
                        to,
                        percent,
                        text: format!("占上一步 {percent:.1}%(推算:{formula})"),
                        source: StepSource::Derived { formula },
                    }
                }
            })
        })
        .collect()
}
