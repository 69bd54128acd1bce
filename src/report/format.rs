//! Number formatting for Chinese readers: the report's own way of writing a number,
//! digit grouping for display, and Chinese ordinals. Formatting never rounds.

use super::model::{Approx, Figure, MoneyUnit, Quantity};
use crate::i18n::Lang;

/// A number as the report writes it: integers without a decimal point, decimals with
/// only the digits they need (`7397`, `97.5`, `99.44`, `1.1`).
pub fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        // `Display` for f64 prints the shortest representation that round-trips.
        format!("{value}")
    }
}

/// Groups the integer digits in threes with commas: `1424343` → `1,424,343`,
/// `99.44` → `99.44`. The value is not rounded.
pub fn grouped_number(value: f64) -> String {
    let plain = plain_number(value);
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int_part, frac_part) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac_part {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A small whole number as a Chinese numeral (1 → 一, 10 → 十, 12 → 十二, 21 → 二十一).
/// Ranks and ordinals in the report are below one hundred; larger values fall back to digits.
pub fn chinese_ordinal(value: f64) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if value.fract() != 0.0 || !(1.0..100.0).contains(&value) {
        return plain_number(value);
    }
    let n = value as usize;
    let (tens, ones) = (n / 10, n % 10);
    let mut out = String::new();
    if tens > 1 {
        out.push_str(DIGITS[tens]);
    }
    if tens >= 1 {
        out.push('十');
    }
    if ones > 0 {
        out.push_str(DIGITS[ones]);
    }
    out
}

/// The value of a Chinese numeral from 1 to 99 (`一` → 1, `十二` → 12, `二十一` → 21);
/// the inverse of [`chinese_ordinal`].
pub fn chinese_numeral_value(numeral: &str) -> Option<u32> {
    const DIGITS: &str = "一二三四五六七八九";
    let digit = |c: char| DIGITS.chars().position(|d| d == c).map(|i| i as u32 + 1);
    let chars: Vec<char> = numeral.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', o] => Some(10 + digit(*o)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', o] => Some(10 * digit(*t)? + digit(*o)?),
        _ => None,
    }
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
    /// says what is counted) and writes money units as multipliers, so the number is
    /// always the report's own: `about 200`, `No. 1`, `1.1 × 100 million yuan`.
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
        let (before, after) = match (figure.approx, english) {
            (None, _) => ("", ""),
            (Some(Approx::About), false) => ("约", ""),
            (Some(Approx::MoreThan), false) => ("", "余"),
            (Some(Approx::About), true) => ("about ", ""),
            (Some(Approx::MoreThan), true) => ("more than ", ""),
        };
        let unit = match (figure.quantity, english) {
            (quantity, false) => quantity.unit(),
            (Quantity::Count { .. } | Quantity::Rank, true) => "",
            (Quantity::Percent, true) => "%",
            (
                Quantity::Amount {
                    unit: MoneyUnit::Wan,
                },
                true,
            ) => " × 10,000 yuan",
            (
                Quantity::Amount {
                    unit: MoneyUnit::Yi,
                },
                true,
            ) => " × 100 million yuan",
        };
        DisplayValue {
            before,
            number: grouped_number(figure.value),
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
    use crate::report::{Bilingual, Measure};

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
        }
    }

    #[test]
    fn english_values_keep_the_reports_number_and_qualifier() {
        let shown = |f: &Figure, lang| DisplayValue::in_lang(f, lang).text();
        let about = figure(
            200.0,
            Quantity::Count {
                measure: Measure::Chang,
            },
            Some(Approx::About),
        );
        assert_eq!(shown(&about, Lang::Zh), "约200场");
        assert_eq!(shown(&about, Lang::En), "about 200");
        let more = figure(
            10.0,
            Quantity::Count {
                measure: Measure::Qi,
            },
            Some(Approx::MoreThan),
        );
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
        assert_eq!(shown(&money, Lang::En), "81,659 × 10,000 yuan");
        let yi = figure(
            1.1,
            Quantity::Amount {
                unit: MoneyUnit::Yi,
            },
            None,
        );
        assert_eq!(shown(&yi, Lang::En), "1.1 × 100 million yuan");
        let rate = figure(97.5, Quantity::Percent, None);
        assert_eq!(shown(&rate, Lang::En), "97.5%");
        let count = figure(
            74728.0,
            Quantity::Count {
                measure: Measure::Zong,
            },
            None,
        );
        assert_eq!(shown(&count, Lang::En), "74,728");
    }

    #[test]
    fn plain_number_writes_integers_and_decimals_as_the_report_does() {
        assert_eq!(plain_number(7397.0), "7397");
        assert_eq!(plain_number(97.5), "97.5");
        assert_eq!(plain_number(99.44), "99.44");
        assert_eq!(plain_number(1.1), "1.1");
        assert_eq!(plain_number(0.0), "0");
    }

    #[test]
    fn grouped_number_groups_thousands_without_rounding() {
        assert_eq!(grouped_number(1424343.0), "1,424,343");
        assert_eq!(grouped_number(74728.0), "74,728");
        assert_eq!(grouped_number(999.0), "999");
        assert_eq!(grouped_number(1000.0), "1,000");
        assert_eq!(grouped_number(81659.0), "81,659");
        assert_eq!(grouped_number(99.44), "99.44");
        assert_eq!(grouped_number(-1234.5), "-1,234.5");
    }

    #[test]
    fn chinese_ordinals_cover_the_ranks_a_report_uses() {
        assert_eq!(chinese_ordinal(1.0), "一");
        assert_eq!(chinese_ordinal(10.0), "十");
        assert_eq!(chinese_ordinal(12.0), "十二");
        assert_eq!(chinese_ordinal(21.0), "二十一");
    }

    #[test]
    fn chinese_numerals_read_back_as_the_numbers_they_were_made_from() {
        for n in 1..100u32 {
            assert_eq!(
                chinese_numeral_value(&chinese_ordinal(f64::from(n))),
                Some(n)
            );
        }
        assert_eq!(chinese_numeral_value("零"), None);
        assert_eq!(chinese_numeral_value("百"), None);
        assert_eq!(chinese_numeral_value(""), None);
        assert_eq!(chinese_ordinal(150.0), "150");
    }
}
