//! Numbers written as the report writes them: plain digits that never round, digit
//! grouping for display, and Chinese numerals for ranks and ordinals. Knows nothing of
//! figures, so the model and the figure display can both use it.

/// A number as the report writes it: integers without a decimal point, decimals with
/// only the digits they need (`7397`, `97.5`, `99.44`, `1.1`).
pub fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        (value as i64).to_string()
    } else if value.is_nan() {
        "NaN".to_string()
    } else if value.is_infinite() {
        if value > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        shortest_decimal(value)
    }
}

/// The shortest decimal that reads back as `value`, in plain digits, as Rust's
/// `Display` for `f64` writes it. On wasm the browser's `Number#toString` finds the
/// digits (the same shortest, closest digits), so that Rust's float formatting is not
/// linked into the wasm (about 14 KB raw); its exponent form is written
/// out in digits.
#[cfg(target_arch = "wasm32")]
fn shortest_decimal(value: f64) -> String {
    let text: String = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    expand_exponent(&text)
}

#[cfg(not(target_arch = "wasm32"))]
fn shortest_decimal(value: f64) -> String {
    format!("{value}")
}

/// Writes a number in exponent form (`1.5e-7`, `-2e+21`) in plain digits
/// (`0.00000015`, `-2000000000000000000000`); anything else is returned as it is.
pub fn expand_exponent(text: &str) -> String {
    let Some((mantissa, exponent)) = text.split_once('e') else {
        return text.to_string();
    };
    let Ok(exponent) = exponent.parse::<i32>() else {
        return text.to_string();
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    // Where the decimal point falls within `digits`.
    let point = int.len() as i32 + exponent;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (whole, part) = digits.split_at(point as usize);
        format!("{whole}.{part}")
    };
    // A mantissa such as `0.35` leaves leading zeros once the point has moved.
    let body = body.trim_start_matches('0');
    let body = if body.is_empty() || body.starts_with('.') {
        format!("0{body}")
    } else {
        body.to_string()
    };
    format!("{sign}{body}")
}

/// `value` rounded to three decimals and written with all three (`97.500`), as
/// `{:.3}` writes it except exactly halfway, where this rounds away from zero.
/// Values too large to round this way are written as `plain_number` writes them.
pub fn fixed_3(value: f64) -> String {
    let scaled = (value * 1000.0).round();
    if !scaled.is_finite() || scaled.abs() >= 9e15 {
        return plain_number(value);
    }
    let thousandths = scaled as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let magnitude = thousandths.unsigned_abs();
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

/// Numbers as `plain_number` writes them, separated by commas.
pub fn plain_list(values: &[f64]) -> String {
    values
        .iter()
        .map(|&v| plain_number(v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Groups the integer digits in threes with commas: `1424343` → `1,424,343`,
/// `99.44` → `99.44`. The value is not rounded.
pub fn grouped_number(value: f64) -> String {
    group_digits(&plain_number(value))
}

/// Groups the integer digits of a number written in plain digits (`816590000` →
/// `816,590,000`).
pub fn group_digits(plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
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

/// The Chinese numeral (1 to 99) that `text` starts with: its value and its length in
/// bytes (`十二、…` → 12, 6). `None` when the text starts with no numeral, or with
/// numeral characters that write no number (`一二`). Headings (`一、`, `(一)`), ranks
/// (`第一`) and paragraph ordinals all read their numeral with this.
pub fn leading_chinese_numeral(text: &str) -> Option<(u32, usize)> {
    let len: usize = text
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum();
    chinese_numeral_value(&text[..len]).map(|value| (value, len))
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
        assert_eq!(plain_number(f64::NAN), "NaN");
        assert_eq!(plain_number(f64::INFINITY), "inf");
        assert_eq!(plain_number(f64::NEG_INFINITY), "-inf");
        assert_eq!(plain_number(0.000_000_15), "0.00000015");
    }

    /// A number as the browser's `Number#toString` writes it in exponent form
    /// (`1.5e-7`, `1e+21`), built from Rust's own shortest digits.
    fn browser_exponent_form(value: f64) -> String {
        let rust = format!("{value:e}"); // 1.5e-7, 1e21
        let (mantissa, exponent) = rust.split_once('e').unwrap();
        if exponent.starts_with('-') {
            rust
        } else {
            format!("{mantissa}e+{exponent}")
        }
    }

    #[test]
    fn exponent_forms_are_written_out_as_rust_writes_the_number() {
        assert_eq!(expand_exponent("1.5e-7"), "0.00000015");
        assert_eq!(expand_exponent("-2e+21"), "-2000000000000000000000");
        assert_eq!(expand_exponent("1.25e+1"), "12.5");
        assert_eq!(expand_exponent("97.5"), "97.5");
        assert_eq!(expand_exponent("NaN"), "NaN");
        for value in [
            1e-7, 1.5e-7, -3.25e-9, 5e-324, 1e21, 1.2345e22, -7e300, 0.1, 97.5,
        ] {
            assert_eq!(
                expand_exponent(&browser_exponent_form(value)),
                format!("{value}"),
                "{value:e}"
            );
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

            /// What the wasm build writes (the browser's exponent form, written out)
            /// equals what Rust's `Display` writes, for every finite number.
            #[test]
            fn written_out_exponent_forms_equal_rust_display(bits in any::<u64>()) {
                let value = f64::from_bits(bits);
                prop_assume!(value.is_finite());
                prop_assert_eq!(expand_exponent(&browser_exponent_form(value)), format!("{value}"));
            }

            /// `fixed_3` writes what `{:.3}` writes, away from exact halves.
            #[test]
            fn fixed_3_equals_three_decimal_formatting(value in -1e9f64..1e9) {
                let thousandths = (value * 1000.0).abs();
                prop_assume!((thousandths.fract() - 0.5).abs() > 1e-6);
                prop_assume!(!(value < 0.0 && thousandths < 0.5));
                prop_assert_eq!(fixed_3(value), format!("{value:.3}"));
            }
        }
    }

    #[test]
    fn fixed_3_keeps_three_decimals() {
        assert_eq!(fixed_3(97.5), "97.500");
        assert_eq!(fixed_3(2.0 / 3.0 * 100.0), "66.667");
        assert_eq!(fixed_3(0.0), "0.000");
        assert_eq!(fixed_3(-1.25), "-1.250");
        assert_eq!(fixed_3(f64::NAN), "NaN");
        assert_eq!(plain_list(&[1.0, 2.5]), "1, 2.5");
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

    #[test]
    fn a_leading_numeral_is_read_with_its_length() {
        assert_eq!(leading_chinese_numeral("十二、加强监督"), Some((12, 6)));
        assert_eq!(leading_chinese_numeral("一)"), Some((1, 3)));
        assert_eq!(leading_chinese_numeral("一二"), None);
        assert_eq!(leading_chinese_numeral("加强"), None);
        assert_eq!(leading_chinese_numeral(""), None);
    }
}
