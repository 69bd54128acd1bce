//! A figure displayed: as the report writes it (what the page emphasises in its
//! quote), and split into parts for a reader of either language, money converted
//! exactly for English. The digits themselves are written by [`super::number`].

use super::model::{Approx, Figure, Magnitude, MoneyUnit, Quantity};
use crate::i18n::Lang;

// Where callers have always found the number writing; it lives in `number` so that
// the model can read Chinese numerals without depending on figure display.
pub use super::number::{
    chinese_numeral_value, chinese_ordinal, expand_exponent, fixed_3, group_digits, grouped_number,
    leading_chinese_numeral, plain_list, plain_number,
};

impl Figure {
    /// The number as the report writes it: no separators, no trailing zeros (`7397`, `97.5`).
    pub fn written_number(&self) -> String {
        plain_number(self.value)
    }

    /// The number with its unit and qualifier exactly as the report writes them
    /// (`7397宗`, `约200场`, `10余期`, `3万余件`, `97.5%`, `1.1亿元`, `第一`,
    /// `增长17.1%`). This is what the page emphasises inside the figure's quote.
    pub fn written_form(&self) -> String {
        let number = self.written_number();
        let (before, after) = self.approx.map_or(("", ""), Approx::written);
        match self.quantity {
            Quantity::Rank => format!("第{}", chinese_ordinal(self.value)),
            Quantity::Change { word } => format!("{}{before}{number}{after}%", word.as_str()),
            Quantity::Count {
                measure,
                scale: Some(scale),
            } => format!(
                "{before}{number}{}{after}{}",
                scale.as_str(),
                measure.as_str()
            ),
            quantity => format!("{before}{number}{after}{}", quantity.unit()),
        }
    }
}

/// An amount in 万元 or 亿元 converted exactly for an English reader, as a number and
/// the words after it: 1.1亿元 → (`110`, ` million yuan`), 81659万元 → (`816.59`,
/// ` million yuan`), 5万元 → (`50,000`, ` yuan`). The decimal point moves in the
/// written digits, so nothing is rounded.
pub fn english_amount(value: f64, unit: MoneyUnit) -> (String, &'static str) {
    let to_yuan = match unit {
        MoneyUnit::Yuan => 0,
        MoneyUnit::Wan => 4,
        MoneyUnit::Yi => 8,
    };
    let yuan = value.abs() * 10f64.powi(to_yuan);
    let (scale, words) = if yuan >= 1e9 {
        (9, " billion yuan")
    } else if yuan >= 1e6 {
        (6, " million yuan")
    } else {
        (0, " yuan")
    };
    let written = format!("{}e{}", plain_number(value), to_yuan - scale);
    (group_digits(&expand_exponent(&written)), words)
}

/// The parts of a figure as a display shows them: an optional qualifier before the
/// number, the grouped number, the unit, and an optional qualifier after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayValue {
    pub before: &'static str,
    pub number: String,
    pub unit: &'static str,
    pub after: &'static str,
}

impl DisplayValue {
    /// The figure as the report writes it, with digit grouping.
    pub fn of(figure: &Figure) -> Self {
        Self::in_lang(figure, Lang::Zh)
    }

    /// The figure for a reader of `lang`. English drops the measure word (the label
    /// says what is counted) and converts money exactly into yuan, millions or
    /// billions: `about 200`, `No. 1`, `110 million yuan` for 1.1亿元.
    pub fn in_lang(figure: &Figure, lang: Lang) -> Self {
        let english = lang == Lang::En;
        if figure.quantity == Quantity::Rank {
            return DisplayValue {
                before: if english { "No. " } else { "第" },
                number: if english {
                    plain_number(figure.value)
                } else {
                    chinese_ordinal(figure.value)
                },
                unit: "",
                after: "",
            };
        }
        if let Quantity::Change { word } = figure.quantity {
            let english_word = if word.is_fall() { "down " } else { "up " };
            return DisplayValue {
                before: if english { english_word } else { word.as_str() },
                number: grouped_number(figure.value),
                unit: "%",
                after: "",
            };
        }
        let (before, after) = match (figure.approx, english) {
            (None, _) => ("", ""),
            (Some(approx), false) => approx.written(),
            (Some(approx), true) => (approx.english(), ""),
        };
        let (number, unit) = match (figure.quantity, english) {
            (Quantity::Amount { unit }, true) => english_amount(figure.value, unit),
            (Quantity::Count { measure, scale }, false) => {
                let scale = scale.map_or("", Magnitude::as_str);
                (
                    format!("{}{scale}", grouped_number(figure.value)),
                    measure.as_str(),
                )
            }
            (Quantity::Count { scale, .. }, true) => {
                let exponent = scale.map_or(0, Magnitude::exponent);
                let written = format!("{}e{exponent}", plain_number(figure.value));
                (group_digits(&expand_exponent(&written)), "")
            }
            (quantity, false) => (grouped_number(figure.value), quantity.unit()),
            (Quantity::Rank | Quantity::Change { .. }, true) => (grouped_number(figure.value), ""),
            (Quantity::Percent, true) => (grouped_number(figure.value), "%"),
        };
        DisplayValue {
            before,
            number,
            unit,
            after,
        }
    }

    /// All parts in one string, as a screen reader or a table cell would read it.
    pub fn text(&self) -> String {
        format!("{}{}{}{}", self.before, self.number, self.after, self.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Bilingual, ChangeWord, Measure};

    fn figure(value: f64, quantity: Quantity, approx: Option<Approx>) -> Figure {
        Figure {
            id: "f".into(),
            value,
            quantity,
            approx,
            label: Bilingual {
                zh: String::new(),
                en: String::new(),
            },
            paragraph: "p".into(),
            quote: String::new(),
            period: crate::report::Period::Year { year: 2023 },
            period_quote: None,
        }
    }

    #[test]
    fn english_values_keep_the_reports_number_and_qualifier() {
        let shown = |f: &Figure, lang| DisplayValue::in_lang(f, lang).text();
        let about = figure(200.0, Quantity::count(Measure::Chang), Some(Approx::About));
        assert_eq!(shown(&about, Lang::Zh), "约200场");
        assert_eq!(shown(&about, Lang::En), "about 200");
        let more = figure(10.0, Quantity::count(Measure::Qi), Some(Approx::MoreThan));
        assert_eq!(shown(&more, Lang::Zh), "10余期");
        assert_eq!(shown(&more, Lang::En), "more than 10");
        let rank = figure(1.0, Quantity::Rank, None);
        assert_eq!(shown(&rank, Lang::Zh), "第一");
        assert_eq!(shown(&rank, Lang::En), "No. 1");
        let money = figure(
            81659.0,
            Quantity::Amount {
                unit: MoneyUnit::Wan,
            },
            None,
        );
        assert_eq!(shown(&money, Lang::Zh), "81,659万元");
        assert_eq!(shown(&money, Lang::En), "816.59 million yuan");
        let yi = figure(
            1.1,
            Quantity::Amount {
                unit: MoneyUnit::Yi,
            },
            None,
        );
        assert_eq!(shown(&yi, Lang::En), "110 million yuan");
        let rate = figure(97.5, Quantity::Percent, None);
        assert_eq!(shown(&rate, Lang::En), "97.5%");
        let count = figure(74728.0, Quantity::count(Measure::Zong), None);
        assert_eq!(shown(&count, Lang::En), "74,728");
    }

    #[test]
    fn scaled_counts_new_qualifiers_and_changes_read_as_written() {
        let shown = |f: &Figure, lang| DisplayValue::in_lang(f, lang).text();
        let jian_wan = Quantity::Count {
            measure: Measure::Jian,
            scale: Some(Magnitude::Wan),
        };
        let scaled = figure(31.5, jian_wan, None);
        assert_eq!(shown(&scaled, Lang::Zh), "31.5万件");
        assert_eq!(shown(&scaled, Lang::En), "315,000");
        let scaled_more = figure(3.0, jian_wan, Some(Approx::MoreThan));
        assert_eq!(shown(&scaled_more, Lang::Zh), "3万余件");
        assert_eq!(shown(&scaled_more, Lang::En), "more than 30,000");
        let jian = Quantity::count(Measure::Jian);
        assert_eq!(
            shown(&figure(300.0, jian, Some(Approx::Plus)), Lang::Zh),
            "300多件"
        );
        assert_eq!(
            shown(&figure(300.0, jian, Some(Approx::Nearly)), Lang::Zh),
            "近300件"
        );
        assert_eq!(
            shown(&figure(300.0, jian, Some(Approx::Over)), Lang::En),
            "over 300"
        );
        let rise = Quantity::Change {
            word: ChangeWord::Grew,
        };
        assert_eq!(shown(&figure(17.1, rise, None), Lang::Zh), "增长17.1%");
        assert_eq!(shown(&figure(17.1, rise, None), Lang::En), "up 17.1%");
        let fall = Quantity::Change {
            word: ChangeWord::Fell,
        };
        assert_eq!(shown(&figure(3.0, fall, None), Lang::En), "down 3%");
        assert_eq!(
            english_amount(5000.0, MoneyUnit::Yuan),
            ("5,000".into(), " yuan")
        );
    }

    #[test]
    fn amounts_are_converted_for_english_readers_exactly() {
        let wan = MoneyUnit::Wan;
        let yi = MoneyUnit::Yi;
        assert_eq!(english_amount(5.0, wan), ("50,000".into(), " yuan"));
        assert_eq!(english_amount(0.35, wan), ("3,500".into(), " yuan"));
        assert_eq!(
            english_amount(120.5, wan),
            ("1.205".into(), " million yuan")
        );
        assert_eq!(
            english_amount(81659.0, wan),
            ("816.59".into(), " million yuan")
        );
        assert_eq!(english_amount(1.1, yi), ("110".into(), " million yuan"));
        assert_eq!(english_amount(0.07, yi), ("7".into(), " million yuan"));
        assert_eq!(english_amount(15.0, yi), ("1.5".into(), " billion yuan"));
        assert_eq!(english_amount(2.345, yi), ("234.5".into(), " million yuan"));
        assert_eq!(
            english_amount(123456.0, yi),
            ("12,345.6".into(), " billion yuan")
        );
    }
}
