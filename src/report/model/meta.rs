//! Who issued the report, when, and where it was published.

use serde::{Deserialize, Serialize};

use super::bilingual::Bilingual;
use crate::i18n::Lang;

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

impl Meta {
    /// The report's title in `lang` (the Chinese when no translation is given).
    pub fn title_in(&self, lang: Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }
}
