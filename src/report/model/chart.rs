//! The charts the report's figures are drawn in, and those withdrawn.

use serde::{Deserialize, Serialize};

use super::bilingual::Bilingual;

/// A chart the report's figures are drawn in. It names figures; values are never copied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    /// Stable id, also the chart's link target (`#chart-<id>`).
    pub id: String,
    pub kind: ChartKind,
    /// The section the figures come from, where the chart is shown.
    pub section: String,
    pub title: Bilingual,
    /// Figure ids, in the order drawn.
    pub figures: Vec<String>,
    #[serde(default)]
    pub scale: Scale,
    /// A caveat printed under the title, e.g. what the report does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
}

/// How a chart draws its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Horizontal bars with the value written at the end of each.
    Bars,
    /// Successive stages of one process, each a subset of the one before.
    Funnel,
    /// Percentages, each on its own 0–100 % track.
    Rates,
    /// Values written large without bars, for figures of different units that must
    /// not be compared by length.
    Cards,
}

/// The value axis of a bar chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    #[default]
    Linear,
    /// Powers of ten equally spaced, for values of very different size; always labelled.
    Log,
}

/// A chart no longer shown, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawnChart {
    /// The id it was published under (its embed code names it).
    pub id: String,
    /// Why it was withdrawn, and where its figures are now.
    pub reason: Bilingual,
}
