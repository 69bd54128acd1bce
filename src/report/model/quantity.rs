//! What kind of number a figure is, and how that is tagged in the JSON.

use serde::{Deserialize, Serialize};

use super::units::{ChangeWord, Magnitude, Measure, MoneyUnit};

/// What kind of number a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "TaggedQuantity", into = "TaggedQuantity")]
pub enum Quantity {
    /// A count, written with its Chinese measure word (7397宗), in ten thousands or
    /// hundred millions when `scale` says so (31.5万件: value 31.5, scale 万).
    Count {
        measure: Measure,
        scale: Option<Magnitude>,
    },
    /// A percentage (97.5%).
    Percent,
    /// A sum of money (1.1亿元).
    Amount { unit: MoneyUnit },
    /// A place in a ranking (排名第一).
    Rank,
    /// A change in per cent, its direction in the word (同比增长17.1%: value 17.1, word 增长).
    Change { word: ChangeWord },
}

impl Quantity {
    /// A count of `measure` written in plain digits.
    pub fn count(measure: Measure) -> Self {
        Quantity::Count {
            measure,
            scale: None,
        }
    }

    /// The unit written after the number: a measure word, `%`, a money unit, or
    /// nothing for a rank. A count's scale (万) is not part of it.
    pub fn unit(self) -> &'static str {
        match self {
            Quantity::Count { measure, .. } => measure.as_str(),
            Quantity::Percent | Quantity::Change { .. } => "%",
            Quantity::Amount { unit } => unit.as_str(),
            Quantity::Rank => "",
        }
    }

    /// The unit with a count's scale before it, as the report writes it (`万件`).
    pub fn written_unit(self) -> String {
        match self {
            Quantity::Count {
                measure,
                scale: Some(scale),
            } => format!("{}{}", scale.as_str(), measure.as_str()),
            other => other.unit().to_string(),
        }
    }
}

/// How a quantity is written in the JSON: tagged by `kind`, every variant a map so
/// that a stray field next to `"kind": "percent"` is refused like any other.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum TaggedQuantity {
    Count {
        measure: Measure,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scale: Option<Magnitude>,
    },
    Percent {},
    Amount {
        unit: MoneyUnit,
    },
    Rank {},
    Change {
        word: ChangeWord,
    },
}

impl From<TaggedQuantity> for Quantity {
    fn from(q: TaggedQuantity) -> Self {
        match q {
            TaggedQuantity::Count { measure, scale } => Quantity::Count { measure, scale },
            TaggedQuantity::Percent {} => Quantity::Percent,
            TaggedQuantity::Amount { unit } => Quantity::Amount { unit },
            TaggedQuantity::Rank {} => Quantity::Rank,
            TaggedQuantity::Change { word } => Quantity::Change { word },
        }
    }
}

impl From<Quantity> for TaggedQuantity {
    fn from(q: Quantity) -> Self {
        match q {
            Quantity::Count { measure, scale } => TaggedQuantity::Count { measure, scale },
            Quantity::Percent => TaggedQuantity::Percent {},
            Quantity::Amount { unit } => TaggedQuantity::Amount { unit },
            Quantity::Rank => TaggedQuantity::Rank {},
            Quantity::Change { word } => TaggedQuantity::Change { word },
        }
    }
}
