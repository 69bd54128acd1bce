//! A chart's view model: its spec resolved against the report's figures into points
//! with labels and display values, plus the steps between funnel stages (stated by
//! the report, or derived and marked so). Charts never read JSON.

use thiserror::Error;

use crate::i18n::Lang;
use crate::report::format::{grouped_number, DisplayValue};
use crate::report::period::with_period;
use crate::report::{ChartKind, ChartSpec, Quantity, Relation, Report, Scale};

/// Why a chart cannot be drawn. Shown in place of the chart; the rest of the page stays.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChartError {
    #[error("{}", self.message(Lang::Zh))]
    MissingFigure(String),
    #[error("{}", self.message(Lang::Zh))]
    NotAPercentage(String),
    #[error("{}", self.message(Lang::Zh))]
    Empty,
}

impl ChartError {
    /// The explanation shown in place of the chart.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ChartError::MissingFigure(id), Lang::Zh) => {
                format!("图表缺少数据:报告中没有编号为 `{id}` 的数字")
            }
            (ChartError::MissingFigure(id), Lang::En) => {
                format!("The chart is missing data: the report has no figure with the id `{id}`")
            }
            (ChartError::NotAPercentage(id), Lang::Zh) => {
                format!("图表数据有误:`{id}` 不是百分比,不能画在比率图中")
            }
            (ChartError::NotAPercentage(id), Lang::En) => format!(
                "The chart's data are wrong: `{id}` is not a percentage, so a rates chart cannot draw it"
            ),
            (ChartError::Empty, Lang::Zh) => "图表没有任何数据".into(),
            (ChartError::Empty, Lang::En) => "The chart has no data".into(),
        }
    }
}

/// One drawn value.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub figure_id: String,
    /// The label in the chart's language.
    pub label: String,
    pub value: f64,
    /// The value as shown: qualifier, grouped number and unit (`约200场`,
    /// `1,424,343宗`; in English `about 200`, `1,424,343`).
    pub value_text: String,
    /// The unit as the report writes it (`宗`, `%`, `万元`), whatever the language.
    pub unit: &'static str,
    /// The paragraph that states it, and the words that do.
    pub paragraph: String,
    pub quote: String,
    /// The period the figure covers in the chart's language (`截至2023年12月31日累计`),
    /// or `None` for the report's own year.
    pub period: Option<String>,
}

impl Point {
    /// The value followed by its period when that is not the report's year, as the
    /// summary, the live region and the CSV say it.
    pub fn value_with_period(&self, lang: Lang) -> String {
        with_period(&self.value_text, self.period.as_deref(), lang)
    }
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
    /// The language of every text below except the quotes, which stay in Chinese.
    pub lang: Lang,
    pub kind: ChartKind,
    pub scale: Scale,
    pub title: String,
    pub note: Option<String>,
    pub points: Vec<Point>,
    pub steps: Vec<Step>,
    /// The year the report is about; points of another period say theirs.
    pub year: u16,
}

impl ChartModel {
    /// Resolves `spec` against `report`, with labels and texts in `lang`.
    pub fn build(spec: &ChartSpec, report: &Report, lang: Lang) -> Result<ChartModel, ChartError> {
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
                label: figure.label.get(lang).to_string(),
                value: figure.value,
                value_text: DisplayValue::in_lang(figure, lang).text(),
                unit: figure.quantity.unit(),
                paragraph: figure.paragraph.clone(),
                quote: figure.quote.clone(),
                period: figure.period.describe(report.meta.year, lang),
            });
        }
        let steps = if spec.kind == ChartKind::Funnel {
            funnel_steps(&points, report, lang)
        } else {
            Vec::new()
        };
        Ok(ChartModel {
            id: spec.id.clone(),
            lang,
            kind: spec.kind,
            scale: spec.scale,
            title: spec.title.get(lang).to_string(),
            note: spec.note.as_ref().map(|n| n.get(lang).to_string()),
            points,
            steps,
            year: report.meta.year,
        })
    }

    /// The period every point shares, when that is not the report's year: said once,
    /// beside the chart's title.
    pub fn shared_period(&self) -> Option<&str> {
        let first = self.points.first()?.period.as_deref()?;
        self.points
            .iter()
            .all(|p| p.period.as_deref() == Some(first))
            .then_some(first)
    }

    /// A point's label as drawn: followed by its period when that is neither the
    /// report's year nor said once for the whole chart.
    pub fn drawn_label(&self, point: &Point) -> String {
        with_period(&point.label, self.own_period(point), self.lang)
    }

    /// The period drawn after a point's label, if any (see `drawn_label`).
    pub fn own_period<'a>(&self, point: &'a Point) -> Option<&'a str> {
        point
            .period
            .as_deref()
            .filter(|_| self.shared_period().is_none())
    }

    /// The largest value drawn (at least 1, so that scales never divide by zero).
    pub fn max_value(&self) -> f64 {
        self.points.iter().map(|p| p.value).fold(1.0, f64::max)
    }

    /// A sentence for screen readers that states every value in order.
    pub fn summary(&self) -> String {
        let english = self.lang == Lang::En;
        let kind = match (self.kind, english) {
            (ChartKind::Bars, false) => "条形图",
            (ChartKind::Funnel, false) => "漏斗图",
            (ChartKind::Rates, false) => "比率图",
            (ChartKind::Cards, false) => "数字卡片",
            (ChartKind::Bars, true) => "Bar chart",
            (ChartKind::Funnel, true) => "Funnel chart",
            (ChartKind::Rates, true) => "Rates chart",
            (ChartKind::Cards, true) => "Number cards",
        };
        let scale = match (self.scale, english) {
            (Scale::Log, false) => "(对数刻度)",
            (Scale::Log, true) => " (logarithmic scale)",
            (Scale::Linear, _) => "",
        };
        let (sep, colon) = if english { ("; ", ": ") } else { (";", " ") };
        let values = self
            .points
            .iter()
            .map(|p| format!("{}{colon}{}", p.label, p.value_with_period(self.lang)))
            .collect::<Vec<_>>()
            .join(sep);
        let steps = self
            .steps
            .iter()
            .map(|s| format!("{sep}{}", s.text))
            .collect::<String>();
        let (title, n) = (&self.title, self.points.len());
        if english {
            format!("{kind}{scale} “{title}”, {n} items: {values}{steps}.")
        } else {
            format!("{kind}{scale}「{title}」,共 {n} 项:{values}{steps}。")
        }
    }

    /// What the live region says when point `i` becomes current: label, value, unit.
    pub fn announcement(&self, i: usize) -> Option<String> {
        let p = self.points.get(i)?;
        let (n, at) = (self.points.len(), i + 1);
        Some(match self.lang {
            Lang::Zh => format!(
                "{},{},第 {at} 项,共 {n} 项",
                p.label,
                p.value_with_period(self.lang)
            ),
            Lang::En => format!(
                "{}: {}, item {at} of {n}",
                p.label,
                p.value_with_period(self.lang)
            ),
        })
    }
}

/// Steps between consecutive funnel stages: the report's own rate where a `rate`
/// relation states it, otherwise the share computed here and marked as derived.
fn funnel_steps(points: &[Point], report: &Report, lang: Lang) -> Vec<Step> {
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
                    text: format!(
                        "{} {}",
                        rate.label.get(lang),
                        DisplayValue::in_lang(rate, lang).text()
                    ),
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
                        text: match lang {
                            Lang::Zh => format!("占上一步 {percent:.1}%(推算:{formula})"),
                            Lang::En => {
                                format!("{percent:.1}% (derived: {formula})")
                            }
                        },
                        source: StepSource::Derived { formula },
                    }
                }
            })
        })
        .collect()
}
