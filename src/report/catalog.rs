//! The catalog of reports the app can show (`public/data/reports.json`): which reports
//! there are, which is the newest, and which one an address asks for.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::Bilingual;
use super::parse::{parse_json, ParseError};
use crate::i18n::Lang;

/// Every report the app can show, in the order a reader chooses among them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub reports: Vec<CatalogEntry>,
}

/// One report: what it is and the file that holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// Stable id used in addresses (`?report=huiyang-2023`): lower-case letters,
    /// digits and hyphens.
    pub id: String,
    pub district: Bilingual,
    /// The year the report is about; the newest is shown by default.
    pub year: u16,
    pub title: String,
    /// The report JSON, next to the catalog (`huiyang-2023.json`).
    pub file: String,
}

/// What is wrong with a catalog, or with the report an address asks for.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    #[error("the catalog lists no report")]
    Empty,
    #[error("the report id `{0}` is used more than once")]
    DuplicateId(String),
    #[error("the report id `{0}` may hold only lower-case letters, digits and hyphens")]
    BadId(String),
    #[error("`{0}` is not a file name next to the catalog ending in .json")]
    BadFile(String),
    #[error("the catalog has no report `{0}`")]
    UnknownReport(String),
}

impl CatalogError {
    /// What is wrong, in `lang`: in English as `Display` writes it, in Chinese for an
    /// editor of the catalog.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Zh, CatalogError::Empty) => "报告目录中没有列出任何报告。".to_string(),
            (Lang::Zh, CatalogError::DuplicateId(id)) => {
                format!("报告编号“{id}”使用了不止一次。")
            }
            (Lang::Zh, CatalogError::BadId(id)) => {
                format!("报告编号“{id}”只能由小写英文字母、数字和连字符组成。")
            }
            (Lang::Zh, CatalogError::BadFile(file)) => {
                format!("“{file}”不是与目录放在一起、以“.json”结尾的文件名。")
            }
            (Lang::Zh, CatalogError::UnknownReport(id)) => format!("目录中没有报告“{id}”。"),
        }
    }
}

/// Whether `id` is usable in an address as it is.
pub fn is_report_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Catalog {
    /// Parses catalog text, with the report parser's errors.
    pub fn parse(text: &str) -> Result<Catalog, ParseError> {
        parse_json(text)
    }

    /// Every problem, each with the JSON path it is at.
    pub fn problems(&self) -> Vec<(String, CatalogError)> {
        let mut out = Vec::new();
        if self.reports.is_empty() {
            out.push(("reports".to_string(), CatalogError::Empty));
        }
        for (i, entry) in self.reports.iter().enumerate() {
            if !is_report_id(&entry.id) {
                out.push((
                    format!("reports[{i}].id"),
                    CatalogError::BadId(entry.id.clone()),
                ));
            }
            if self.reports[..i].iter().any(|e| e.id == entry.id) {
                out.push((
                    format!("reports[{i}].id"),
                    CatalogError::DuplicateId(entry.id.clone()),
                ));
            }
            let plain = !entry.file.contains(['/', '\\']) && !entry.file.starts_with('.');
            if !plain || !entry.file.ends_with(".json") {
                out.push((
                    format!("reports[{i}].file"),
                    CatalogError::BadFile(entry.file.clone()),
                ));
            }
        }
        out
    }

    /// The report shown when the address names none: the latest year, and of several
    /// reports of that year the first listed.
    pub fn newest(&self) -> Option<&CatalogEntry> {
        self.reports
            .iter()
            .reduce(|best, e| if e.year > best.year { e } else { best })
    }

    /// The report an address asks for (`?report=…`), or the newest when it asks for none.
    pub fn select(&self, requested: Option<&str>) -> Result<&CatalogEntry, CatalogError> {
        match requested {
            None => self.newest().ok_or(CatalogError::Empty),
            Some(id) => self
                .reports
                .iter()
                .find(|e| e.id == id)
                .ok_or_else(|| CatalogError::UnknownReport(id.to_string())),
        }
    }

    /// Whether the reader has more than one report to choose from.
    pub fn has_choice(&self) -> bool {
        self.reports.len() > 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, year: u16) -> CatalogEntry {
        CatalogEntry {
            id: id.into(),
            district: Bilingual {
                zh: "某区".into(),
                en: "A district".into(),
            },
            year,
            title: format!("{year}年报告"),
            file: format!("{id}.json"),
        }
    }

    #[test]
    fn the_newest_year_is_the_default_and_ties_go_to_the_first_listed() {
        let catalog = Catalog {
            reports: vec![
                entry("a-2023", 2023),
                entry("a-2024", 2024),
                entry("b-2024", 2024),
            ],
        };
        assert_eq!(catalog.select(None).unwrap().id, "a-2024");
        assert_eq!(catalog.select(Some("a-2023")).unwrap().id, "a-2023");
        assert_eq!(
            catalog.select(Some("a-2022")),
            Err(CatalogError::UnknownReport("a-2022".into()))
        );
        assert!(catalog.has_choice());
    }

    #[test]
    fn ids_and_files_must_be_safe_in_addresses_and_paths() {
        let mut bad = entry("A 2023", 2023);
        bad.file = "../secret.json".into();
        let catalog = Catalog {
            reports: vec![entry("a-2023", 2023), entry("a-2023", 2023), bad],
        };
        let problems: Vec<String> = catalog
            .problems()
            .iter()
            .map(|(path, e)| format!("{path}: {e}"))
            .collect();
        assert_eq!(
            problems,
            [
                "reports[1].id: the report id `a-2023` is used more than once",
                "reports[2].id: the report id `A 2023` may hold only lower-case letters, digits and hyphens",
                "reports[2].file: `../secret.json` is not a file name next to the catalog ending in .json",
            ]
        );
        assert_eq!(
            Catalog { reports: vec![] }.problems(),
            [("reports".to_string(), CatalogError::Empty)]
        );
    }

    #[test]
    fn each_catalog_error_is_said_in_both_languages_with_its_value() {
        let errors = [
            CatalogError::Empty,
            CatalogError::DuplicateId("一-2023".into()),
            CatalogError::BadId("甲 2023".into()),
            CatalogError::BadFile("../秘密".into()),
            CatalogError::UnknownReport("乙-2022".into()),
        ];
        for e in &errors {
            assert_eq!(e.message(Lang::En), e.to_string());
            let zh = e.message(Lang::Zh);
            assert!(zh.ends_with('。'), "{zh}");
            let value = match e {
                CatalogError::Empty => "",
                CatalogError::DuplicateId(v)
                | CatalogError::BadId(v)
                | CatalogError::BadFile(v)
                | CatalogError::UnknownReport(v) => v,
            };
            assert!(
                zh.contains(&format!("“{value}”")) || value.is_empty(),
                "{zh}"
            );
            let own = zh.replace(value, "").replace(".json", "");
            assert!(!own.contains(|c: char| c.is_ascii_alphabetic()), "{zh}");
        }
    }

    #[test]
    fn the_bundled_catalog_lists_the_bundled_report() {
        let catalog = Catalog::parse(include_str!("../../public/data/reports.json")).unwrap();
        assert_eq!(catalog.problems(), []);
        let newest = catalog.newest().unwrap();
        assert_eq!(newest.file, "huiyang-2023.json");
        assert!(!catalog.has_choice(), "one report: no switch is shown");
    }

    #[test]
    fn an_unknown_field_in_the_catalog_is_named() {
        let err = Catalog::parse(r#"{"reports": [], "colour": 1}"#).unwrap_err();
        assert_eq!(err.path(), Some("colour"), "{err}");
    }
}
