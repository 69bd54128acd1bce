//! A figure: a statistic the report states, what time it covers and how it is qualified.

use serde::{Deserialize, Serialize};

use super::bilingual::Bilingual;
use super::quantity::Quantity;

/// A statistic the report states, tied to the words that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub value: f64,
    pub quantity: Quantity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx: Option<Approx>,
    pub label: Bilingual,
    /// Id of the paragraph that states the figure.
    pub paragraph: String,
    /// The exact words of that paragraph that state it.
    pub quote: String,
    /// The time the figure covers, as the report states it.
    pub period: Period,
    /// For a `year` period that the figure's own sentence does not name: the words of
    /// the same paragraph, before the quote, that govern it (`2023年共完成审计项目26个`).
    /// They must name the year, so that the period is checked like the value is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_quote: Option<String>,
}

/// The time a figure covers. Figures of different periods are never compared by
/// length; each place that shows a figure says its period unless it is the report's year.
/// A `year` must be named by the words (see `period_rule`); without such words a
/// figure's period is `not_stated`, never the report's year by default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Period {
    /// Activity within one calendar year, usually the report's own (`2023年共办理…`).
    Year { year: u16 },
    /// A running total (`累计`, `…以来,截至2023年12月31日`): since when and until
    /// when, each only where the report says.
    Cumulative {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        since: Option<Bilingual>,
        /// `YYYY-MM-DD`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<String>,
    },
    /// A standing number at a point in time: on `date` (`YYYY-MM-DD`), or, without
    /// one, when the report was written (`目前`, `全区共有`).
    AsOf {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<String>,
    },
    /// The report does not say what time the figure covers.
    NotStated {},
}

/// How the report qualifies a number that is not exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// 约: about.
    About,
    /// 余: more than (10余期, 3万余件, 300余万元).
    MoreThan,
    /// 多: more than, written where 余 is (300多件).
    Plus,
    /// 近: nearly.
    Nearly,
    /// 超过: over.
    Over,
}

impl Approx {
    /// The qualifier's words before and after the number as the report writes them.
    pub fn written(self) -> (&'static str, &'static str) {
        match self {
            Approx::About => ("约", ""),
            Approx::MoreThan => ("", "余"),
            Approx::Plus => ("", "多"),
            Approx::Nearly => ("近", ""),
            Approx::Over => ("超过", ""),
        }
    }

    /// The qualifier for an English reader, written before the number.
    pub fn english(self) -> &'static str {
        match self {
            Approx::About => "about ",
            Approx::MoreThan | Approx::Plus => "more than ",
            Approx::Nearly => "nearly ",
            Approx::Over => "over ",
        }
    }
}
