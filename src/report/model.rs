//! The report JSON contract: typed records for metadata, sections, figures and the
//! relations between figures, with the lookups the rest of the app needs.

use serde::{Deserialize, Serialize};

use super::number::chinese_numeral_value;
use crate::i18n::Lang;

/// The contract version this build understands; a file with another version is refused.
pub const SCHEMA_VERSION: u32 = 2;

/// A text given in Simplified Chinese and in English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

/// One whole report: what it is, what it says and the numbers it states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub schema_version: u32,
    pub meta: Meta,
    /// Top-level sections in reading order; the first is usually the untitled introduction.
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Figures summarised at the top of the page, in display order.
    #[serde(default)]
    pub key_figures: Vec<String>,
    /// Charts of the figures, each placed in a section.
    #[serde(default)]
    pub charts: Vec<ChartSpec>,
    /// Charts an earlier edition of this file published and has since withdrawn, with
    /// why. Their ids stay taken: the build still writes their embed pages, so a site
    /// that embedded one shows why it is gone rather than an error page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn_charts: Vec<WithdrawnChart>,
    /// What a person has still to do before the report is ready: an imported draft
    /// lists here what the importer could only propose or not do at all. The checks
    /// report each item until it is removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_review: Vec<ReviewItem>,
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

/// Work a person still owes a draft report; each is reported by the checks until it
/// is removed from `to_review`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewItem {
    /// Figure ids were generated from paragraph ids and want `domain.name` names.
    Ids,
    /// Chinese labels were taken from the words around each number.
    Labels,
    /// Each figure's period was proposed from the words around it.
    Periods,
    /// The arithmetic the report states (rates, sums, 其中) is still to be written down.
    Relations,
    /// The charts are still to be chosen.
    Charts,
}

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

/// Who issued the report, when, and through which offices it was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub title_en: String,
    pub district: Bilingual,
    pub year: u16,
    /// The bodies that issue and sign the report, in the order they sign.
    pub issuers: Vec<String>,
    /// ISO date the report was signed, `YYYY-MM-DD`.
    pub signed_on: String,
    /// The signing date as the report writes it.
    pub signed_on_text: String,
    /// Publication date and time as the publishing site states it, `YYYY-MM-DD HH:MM:SS`.
    pub published_at: String,
    pub source_office: String,
    pub publishing_office: String,
}

/// A titled part of the report (or the untitled introduction) with its paragraphs
/// and, for the first part, its numbered subsections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// The ordinal as printed: `一、` for a part, `(一)` for a subsection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subsections: Vec<Section>,
}

/// One paragraph, verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    pub text: String,
}

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
}

/// The time a figure covers. Figures of different periods are never compared by
/// length; each place that shows a figure says its period unless it is the report's year.
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

/// Whether a relation's note is the report's own statement or our reading of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The report says it in so many words (`其中`, a stated rate).
    Stated,
    /// We infer it from how the report puts the figures; shown as an inference.
    Inferred,
}

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

/// An arithmetic relation the report states between figures, checked on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Relation {
    /// `part / whole × 100` equals the stated percentage `rate` to its stated precision.
    Rate {
        id: String,
        part: String,
        whole: String,
        rate: String,
        note: Bilingual,
        basis: Basis,
    },
    /// The parts add up to the total.
    Sum {
        id: String,
        parts: Vec<String>,
        total: String,
        note: Bilingual,
        basis: Basis,
    },
    /// The figures have the same value.
    Equal {
        id: String,
        figures: Vec<String>,
        note: Bilingual,
        basis: Basis,
    },
    /// The part is a subset of the whole, so it cannot exceed it.
    AtMost {
        id: String,
        part: String,
        whole: String,
        note: Bilingual,
        basis: Basis,
    },
}

impl Measure {
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

impl Relation {
    pub fn id(&self) -> &str {
        match self {
            Relation::Rate { id, .. }
            | Relation::Sum { id, .. }
            | Relation::Equal { id, .. }
            | Relation::AtMost { id, .. } => id,
        }
    }

    pub fn basis(&self) -> Basis {
        match self {
            Relation::Rate { basis, .. }
            | Relation::Sum { basis, .. }
            | Relation::Equal { basis, .. }
            | Relation::AtMost { basis, .. } => *basis,
        }
    }

    pub fn note(&self) -> &Bilingual {
        match self {
            Relation::Rate { note, .. }
            | Relation::Sum { note, .. }
            | Relation::Equal { note, .. }
            | Relation::AtMost { note, .. } => note,
        }
    }

    /// Every figure id the relation names with the field that names it
    /// (`part`, `parts[1]`, `figures[0]`, …), in the order written.
    pub fn figure_refs<'a>(&'a self) -> Vec<(String, &'a str)> {
        let listed = |field: &str, ids: &'a [String]| {
            ids.iter()
                .enumerate()
                .map(move |(i, id)| (format!("{field}[{i}]"), id.as_str()))
                .collect::<Vec<_>>()
        };
        match self {
            Relation::Rate {
                part, whole, rate, ..
            } => vec![
                ("part".into(), part.as_str()),
                ("whole".into(), whole.as_str()),
                ("rate".into(), rate.as_str()),
            ],
            Relation::Sum { parts, total, .. } => {
                let mut refs = listed("parts", parts);
                refs.push(("total".into(), total.as_str()));
                refs
            }
            Relation::Equal { figures, .. } => listed("figures", figures),
            Relation::AtMost { part, whole, .. } => vec![
                ("part".into(), part.as_str()),
                ("whole".into(), whole.as_str()),
            ],
        }
    }

    /// Every figure id the relation names, in the order written.
    pub fn figure_ids(&self) -> Vec<&str> {
        self.figure_refs().into_iter().map(|(_, id)| id).collect()
    }
}

impl Bilingual {
    /// Both languages' forms of a text made by `f`.
    pub fn from_fn(f: impl Fn(Lang) -> String) -> Bilingual {
        Bilingual {
            zh: f(Lang::Zh),
            en: f(Lang::En),
        }
    }

    /// The text in `lang`, or the Chinese when the English is missing.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

impl Meta {
    /// The report's title in `lang` (the Chinese when no translation is given).
    pub fn title_in(&self, lang: Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }
}

impl Section {
    /// The heading as printed: ordinal followed by title.
    pub fn heading(&self) -> Option<String> {
        self.heading_in(Lang::Zh)
    }

    /// The title in `lang` (the Chinese when no translation is given).
    pub fn title_in(&self, lang: Lang) -> Option<&str> {
        let title = self.title.as_deref()?;
        Some(lang.pick(title, self.title_en.as_deref().unwrap_or("")))
    }

    /// The ordinal in `lang`: as printed in Chinese (`一、`, `(一)`), in digits in
    /// English (`1.`, `(1)`).
    pub fn ordinal_in(&self, lang: Lang) -> String {
        let printed = self.ordinal.as_deref().unwrap_or("");
        if lang == Lang::Zh || printed.is_empty() {
            return printed.to_string();
        }
        let numeral: String = printed
            .chars()
            .filter(|c| !matches!(c, '、' | '(' | ')' | '\u{ff08}' | '\u{ff09}'))
            .collect();
        let number = chinese_numeral_value(&numeral).map_or(numeral, |n| n.to_string());
        if printed.contains(['(', '\u{ff08}']) {
            format!("({number}) ")
        } else {
            format!("{number}. ")
        }
    }

    /// Ordinal and title in `lang`.
    pub fn heading_in(&self, lang: Lang) -> Option<String> {
        let title = self.title_in(lang)?;
        Some(format!("{}{title}", self.ordinal_in(lang)))
    }

    /// This section and all its subsections, depth first.
    pub fn walk(&self) -> Vec<&Section> {
        let mut out = vec![self];
        for s in &self.subsections {
            out.extend(s.walk());
        }
        out
    }

    /// Whether `id` names this section, one of its subsections, or a paragraph within them.
    pub fn contains(&self, id: &str) -> bool {
        self.walk()
            .iter()
            .any(|s| s.id == id || s.paragraphs.iter().any(|p| p.id == id))
    }
}

impl Report {
    /// Every section and subsection, depth first in reading order.
    pub fn all_sections(&self) -> Vec<&Section> {
        self.sections.iter().flat_map(Section::walk).collect()
    }

    /// Every paragraph in reading order.
    pub fn paragraphs(&self) -> Vec<&Paragraph> {
        self.all_sections()
            .into_iter()
            .flat_map(|s| s.paragraphs.iter())
            .collect()
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs().into_iter().find(|p| p.id == id)
    }

    /// The figures stated in one paragraph.
    pub fn figures_in(&self, paragraph_id: &str) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| f.paragraph == paragraph_id)
            .collect()
    }

    /// Why the chart `id` was withdrawn, if it was.
    pub fn withdrawn_chart(&self, id: &str) -> Option<&WithdrawnChart> {
        self.withdrawn_charts.iter().find(|c| c.id == id)
    }

    /// The charts shown in one section, in order.
    pub fn charts_in(&self, section_id: &str) -> Vec<&ChartSpec> {
        self.charts
            .iter()
            .filter(|c| c.section == section_id)
            .collect()
    }

    /// The ids of the section path leading to `id` (a section or paragraph id), outermost first.
    /// Empty when nothing holds it.
    pub fn section_path(&self, id: &str) -> Vec<String> {
        fn walk(section: &Section, id: &str, path: &mut Vec<String>) -> bool {
            if !section.contains(id) {
                return false;
            }
            path.push(section.id.clone());
            for sub in &section.subsections {
                if walk(sub, id, path) {
                    return true;
                }
            }
            true
        }
        // A chart's link target leads to the section it is shown in.
        let chart_section = id
            .strip_prefix("chart-")
            .and_then(|chart| self.charts.iter().find(|c| c.id == chart))
            .map(|c| c.section.as_str());
        let id = chart_section.unwrap_or(id);
        let mut path = Vec::new();
        for section in &self.sections {
            if walk(section, id, &mut path) {
                break;
            }
        }
        path
    }
}
