//! Number formatting for Chinese readers: the report's own way of writing a number,
//! digit grouping for display, and Chinese ordinals. Formatting never rounds.

use super::model::{Approx, Figure, Quantity};

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
    pub fn of(figure: &Figure) -> Self {
        if figure.quantity == Quantity::Rank {
            return DisplayValue {
                before: "第",
                number: chinese_ordinal(figure.value),
                unit: "",
                after: "",
            };
        }
        let (before, after) = match figure.approx {
            None => ("", ""),
            Some(Approx::About) => ("约", ""),
            Some(Approx::MoreThan) => ("", "余"),
        };
        DisplayValue {
            before,
            number: grouped_number(figure.value),
            unit: figure.quantity.unit(),
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
        assert_eq!(chinese_ordinal(150.0), "150");
    }
}
