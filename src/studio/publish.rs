//! What the studio exports: the report JSON and the catalog with the report's entry,
//! under the names the site reads them by.

use crate::report::{catalog::is_report_id, Catalog, CatalogEntry, Report};

/// What the reader's components link to when they show `report` in the studio: the
/// draft, under the id it would be published as, alone in its catalog.
pub fn draft_choice(report: &Report) -> crate::ui::ReportChoice {
    let id = suggested_id(report);
    crate::ui::ReportChoice {
        catalog: std::sync::Arc::new(catalog_with(None, report, &id)),
        current: id,
    }
}

/// An id for the report in addresses (`?report=…`): the district's English name's
/// first word and the year (`huiyang-2024`), or `report-2024` when there is none.
pub fn suggested_id(report: &Report) -> String {
    let word: String = report
        .meta
        .district
        .en
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let word = if word.is_empty() {
        "report".to_string()
    } else {
        word
    };
    format!("{word}-{}", report.meta.year)
}

/// Whether `id` can name a report in an address.
pub fn valid_id(id: &str) -> bool {
    is_report_id(id)
}

/// The catalog entry of `report` published as `id`.
pub fn entry(report: &Report, id: &str) -> CatalogEntry {
    CatalogEntry {
        id: id.to_string(),
        district: report.meta.district.clone(),
        year: report.meta.year,
        title: report.meta.title.clone(),
        file: format!("{id}.json"),
    }
}

/// `catalog` with `report` published as `id`: its entry replaced if the id is listed,
/// else added; newest year first, as the reader lists them.
pub fn catalog_with(catalog: Option<&Catalog>, report: &Report, id: &str) -> Catalog {
    let mut reports: Vec<CatalogEntry> = catalog
        .map(|c| c.reports.iter().filter(|e| e.id != id).cloned().collect())
        .unwrap_or_default();
    reports.push(entry(report, id));
    reports.sort_by_key(|e| std::cmp::Reverse(e.year));
    Catalog { reports }
}

/// A value as the site's JSON files are written: pretty, two spaces, ending in a newline.
pub fn json_file<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("report data always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::studio::fixtures::bundled;

    fn catalog() -> Catalog {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/reports.json"
        ))
        .unwrap();
        Catalog::parse(&text).unwrap()
    }

    #[test]
    fn the_bundled_report_would_be_published_under_its_catalog_id() {
        let report = bundled();
        assert_eq!(suggested_id(&report), catalog().reports[0].id);
        assert_eq!(entry(&report, "huiyang-2023"), catalog().reports[0]);
        assert_eq!(
            catalog_with(Some(&catalog()), &report, "huiyang-2023"),
            catalog()
        );
    }

    #[test]
    fn a_new_year_goes_first_and_the_catalog_still_checks() {
        let mut report = bundled();
        report.meta.year = 2024;
        let id = suggested_id(&report);
        assert_eq!(id, "huiyang-2024");
        let updated = catalog_with(Some(&catalog()), &report, &id);
        assert_eq!(updated.reports.len(), 2);
        assert_eq!(updated.reports[0].id, "huiyang-2024");
        assert_eq!(updated.reports[0].file, "huiyang-2024.json");
        assert!(updated.problems().is_empty(), "{:?}", updated.problems());
        let written = json_file(&updated);
        assert_eq!(Catalog::parse(&written).unwrap(), updated);
    }

    #[test]
    fn ids_that_an_address_cannot_carry_are_refused() {
        assert!(valid_id("huiyang-2024"));
        assert!(!valid_id("Huiyang 2024"));
        assert!(!valid_id(""));
        let mut report = bundled();
        report.meta.district.en = String::new();
        assert_eq!(suggested_id(&report), "report-2023");
    }
}
