//! The words written around a number (measure words, money units, 万 and 亿, the words of a
//! change), each read from and written back to its Chinese spelling.

use serde::{Deserialize, Serialize};

/// A power of ten written between a count and its measure word (31.5万件).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Magnitude {
    /// 万: ten thousand.
    Wan,
    /// 亿: one hundred million.
    Yi,
}

impl Magnitude {
    pub const ALL: [Magnitude; 2] = [Magnitude::Wan, Magnitude::Yi];

    /// The character as written.
    pub fn as_str(self) -> &'static str {
        match self {
            Magnitude::Wan => "万",
            Magnitude::Yi => "亿",
        }
    }

    /// The power of ten it stands for.
    pub fn exponent(self) -> i32 {
        match self {
            Magnitude::Wan => 4,
            Magnitude::Yi => 8,
        }
    }
}

/// The word that states a change and its direction (同比增长, 同比下降).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum ChangeWord {
    /// 增长: grew.
    Grew,
    /// 增加: increased.
    Increased,
    /// 上升: rose.
    Rose,
    /// 提高: was raised.
    Raised,
    /// 下降: fell.
    Fell,
    /// 减少: decreased.
    Decreased,
    /// 降低: was lowered.
    Lowered,
}

impl ChangeWord {
    pub const ALL: [ChangeWord; 7] = [
        ChangeWord::Grew,
        ChangeWord::Increased,
        ChangeWord::Rose,
        ChangeWord::Raised,
        ChangeWord::Fell,
        ChangeWord::Decreased,
        ChangeWord::Lowered,
    ];

    /// The word as written.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeWord::Grew => "增长",
            ChangeWord::Increased => "增加",
            ChangeWord::Rose => "上升",
            ChangeWord::Raised => "提高",
            ChangeWord::Fell => "下降",
            ChangeWord::Decreased => "减少",
            ChangeWord::Lowered => "降低",
        }
    }

    /// Whether the word states a fall.
    pub fn is_fall(self) -> bool {
        matches!(
            self,
            ChangeWord::Fell | ChangeWord::Decreased | ChangeWord::Lowered
        )
    }
}

/// Chinese measure words that follow a count in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Measure {
    Ci,
    Chang,
    Changci,
    Qi,
    Xiang,
    Zong,
    Jian,
    Jianci,
    Fen,
    Ge,
    Jia,
    Hu,
    Ming,
    Mei,
    Zhong,
    Tiao,
    Pian,
    Ren,
    Renci,
    /// 起 (qǐ), for incidents and cases; 期 (qī) is `Qi`.
    Qi3,
    Pi,
}

impl Measure {
    /// Every measure word, in the order of [`Measure::as_str`]'s spellings.
    pub const ALL: [Measure; 21] = [
        Measure::Ci,
        Measure::Chang,
        Measure::Changci,
        Measure::Qi,
        Measure::Xiang,
        Measure::Zong,
        Measure::Jian,
        Measure::Jianci,
        Measure::Fen,
        Measure::Ge,
        Measure::Jia,
        Measure::Hu,
        Measure::Ming,
        Measure::Mei,
        Measure::Zhong,
        Measure::Tiao,
        Measure::Pian,
        Measure::Ren,
        Measure::Renci,
        Measure::Qi3,
        Measure::Pi,
    ];

    /// The measure word as written.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Ci => "次",
            Measure::Chang => "场",
            Measure::Changci => "场次",
            Measure::Qi => "期",
            Measure::Xiang => "项",
            Measure::Zong => "宗",
            Measure::Jian => "件",
            Measure::Jianci => "件次",
            Measure::Fen => "份",
            Measure::Ge => "个",
            Measure::Jia => "家",
            Measure::Hu => "户",
            Measure::Ming => "名",
            Measure::Mei => "枚",
            Measure::Zhong => "种",
            Measure::Tiao => "条",
            Measure::Pian => "篇",
            Measure::Ren => "人",
            Measure::Renci => "人次",
            Measure::Qi3 => "起",
            Measure::Pi => "批",
        }
    }
}

/// Units of money the report uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum MoneyUnit {
    /// Yuan.
    Yuan,
    /// Ten thousand yuan.
    Wan,
    /// One hundred million yuan.
    Yi,
}

impl MoneyUnit {
    pub const ALL: [MoneyUnit; 3] = [MoneyUnit::Yuan, MoneyUnit::Wan, MoneyUnit::Yi];

    /// The unit as written.
    pub fn as_str(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::Wan => "万元",
            MoneyUnit::Yi => "亿元",
        }
    }
}

/// A unit word the contract does not know, with the ones it does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{found}`, expected one of {}", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))]
pub struct UnknownUnit {
    what: &'static str,
    found: String,
    known: Vec<&'static str>,
}

/// A unit read from its written form, which [`Measure::as_str`] and
/// [`MoneyUnit::as_str`] spell once for parsing and display alike.
fn unit_from_written<T: Copy>(
    what: &'static str,
    written: String,
    all: &[T],
    spell: fn(T) -> &'static str,
) -> Result<T, UnknownUnit> {
    all.iter()
        .copied()
        .find(|u| spell(*u) == written)
        .ok_or_else(|| UnknownUnit {
            what,
            found: written,
            known: all.iter().map(|u| spell(*u)).collect(),
        })
}

/// Reads a unit enum from its written form and writes it back, both through its
/// `as_str` and `ALL`, so that the JSON and the page spell it the same way.
macro_rules! written_unit {
    ($unit:ty, $what:literal) => {
        impl TryFrom<String> for $unit {
            type Error = UnknownUnit;
            fn try_from(written: String) -> Result<Self, UnknownUnit> {
                unit_from_written($what, written, &<$unit>::ALL, <$unit>::as_str)
            }
        }

        impl From<$unit> for &'static str {
            fn from(unit: $unit) -> Self {
                unit.as_str()
            }
        }
    };
}

written_unit!(Measure, "measure word");
written_unit!(MoneyUnit, "money unit");
written_unit!(Magnitude, "scale");
written_unit!(ChangeWord, "change word");
