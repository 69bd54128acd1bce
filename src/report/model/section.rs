//! The report's text: sections, their subsections and paragraphs, and their headings
//! in either language.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::report::number::chinese_numeral_value;

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

    /// The ordinal in `lang`: as printed in Chinese (`一、`, `(一)`, `1.`), in digits
    /// in English (`1.`, `(1)`).
    pub fn ordinal_in(&self, lang: Lang) -> String {
        let printed = self.ordinal.as_deref().unwrap_or("");
        if lang == Lang::Zh || printed.is_empty() {
            return printed.to_string();
        }
        let numeral: String = printed
            .chars()
            .filter(|c| {
                !matches!(
                    c,
                    '、' | '(' | ')' | '\u{ff08}' | '\u{ff09}' | '.' | '\u{ff0e}'
                )
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_ordinal(ordinal: &str) -> Section {
        Section {
            id: "s1".into(),
            ordinal: Some(ordinal.into()),
            title: Some("甲".into()),
            title_en: Some("A".into()),
            paragraphs: Vec::new(),
            subsections: Vec::new(),
        }
    }

    #[test]
    fn ordinals_are_written_in_digits_in_english_whatever_their_style() {
        for (printed, english) in [
            ("一、", "1. "),
            ("(十二)", "(12) "),
            ("\u{ff08}三\u{ff09}", "(3) "),
            ("1.", "1. "),
            ("2、", "2. "),
            ("3\u{ff0e}", "3. "),
        ] {
            assert_eq!(
                with_ordinal(printed).ordinal_in(Lang::En),
                english,
                "{printed}"
            );
            assert_eq!(with_ordinal(printed).ordinal_in(Lang::Zh), printed);
        }
    }
}
