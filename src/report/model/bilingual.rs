//! A text given in both languages, the contract's one bilingual type.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A text given in Simplified Chinese and in English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
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
