//! The catalog of reports (`public/data/reports.json`) with the validator: the bundled
//! catalog is valid, a catalog of two reports (the second fictional, under tests/
//! only) is valid, and a catalog that disagrees with its files is refused with the
//! entry and field named.

mod support;

use std::process::Command;

use law_report::report::validate::{looks_like_catalog, validate_catalog};
use law_report::report::Catalog;
use support::{read, root};

/// Files next to the test catalog: the bundled report, and the fictional one.
fn beside_test_catalog(file: &str) -> Result<String, String> {
    match file {
        "huiyang-2023.json" => Ok(read("public/data/huiyang-2023.json")),
        "shiliqu-2024.json" => Ok(read("tests/fixtures/fictional-2024.json")),
        other => Err(format!("no such file: {other}")),
    }
}

#[test]
fn a_catalog_of_two_reports_is_valid_and_the_newer_is_the_default() {
    let text = read("tests/fixtures/two-reports.json");
    assert!(looks_like_catalog(&text));
    let catalog = validate_catalog(&text, beside_test_catalog).unwrap_or_else(|f| panic!("{f:?}"));
    assert!(catalog.has_choice());
    assert_eq!(catalog.newest().unwrap().id, "shiliqu-2024");
}

#[test]
fn a_catalog_that_disagrees_with_its_files_names_the_entry_and_the_field() {
    let text = read("tests/fixtures/two-reports.json")
        .replace("\"year\": 2024", "\"year\": 2025")
        .replace(
            "\"file\": \"huiyang-2023.json\"",
            "\"file\": \"huiyang-2022.json\"",
        );
    let findings: Vec<String> = validate_catalog(&text, beside_test_catalog)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        findings,
        [
            "reports[0].year: differs from `shiliqu-2024.json`'s meta.year",
            "reports[1].file: cannot read `huiyang-2022.json`: no such file: huiyang-2022.json",
        ]
    );
}

#[test]
fn a_report_is_not_taken_for_a_catalog() {
    assert!(!looks_like_catalog(&read("public/data/huiyang-2023.json")));
    assert!(looks_like_catalog(&read("public/data/reports.json")));
    let catalog = Catalog::parse(&read("public/data/reports.json")).unwrap();
    assert_eq!(catalog.reports.len(), 1);
}

#[test]
fn the_validator_checks_the_bundled_catalog_and_each_report_it_lists() {
    let out = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(root().join("public/data/reports.json"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("valid catalog — 1 report(s), each valid; newest: huiyang-2023"),
        "{stdout}"
    );
}
