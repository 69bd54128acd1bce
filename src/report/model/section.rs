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
