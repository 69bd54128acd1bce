//! The importer on a corpus of report pages in the ways pages differ (`tests/import-pages/`):
//! each page (`NAME.txt` or `NAME.html`) gives the draft its `NAME.expected.json`
//! describes: the title, district, year and dates, the sections' shape, every figure
//! (paragraph, value, unit, qualifier, period), the lines removed with their reasons,
//! and the review lines that must be present.
//!
//! After a deliberate change to the importer, `IMPORT_PAGES_BLESS=1 cargo test --test
//! import_pages` writes every expectation anew from what the importer gives; read each
//! written file against its page before committing it: an expectation says what is
//! right for the page, not what the code happens to do.

use std::path::{Path, PathBuf};
use std::time::Instant;

use law_report::import::{import, Draft};
use law_report::report::{Figure, Period, Quantity, Section};
use serde_json::{json, Value};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import-pages")
}

/// The corpus's pages, by name.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/import-pages/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .collect();
    pages.sort();
    pages
}

fn expectation_path(page: &Path) -> PathBuf {
    let stem = page
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("a page name");
    page.with_file_name(format!("{stem}.expected.json"))
}

/// The first characters of a text, enough to recognise a paragraph.
fn opening(text: &str) -> String {
    text.chars().take(24).collect()
}

fn section_shape(section: &Section) -> Value {
    json!({
        "id": section.id,
        "ordinal": section.ordinal,
        "title": section.title,
        "paragraphs": section.paragraphs.len(),
        "opening": section.paragraphs.iter().map(|p| format!("{} {}", p.id, opening(&p.text))).collect::<Vec<_>>(),
    })
}

fn period_words(period: &Period) -> String {
    match period {
        Period::Year { year } => format!("year {year}"),
        Period::Cumulative { since, until } => {
            let mut words = "cumulative".to_string();
            if let Some(since) = since {
                words.push_str(&format!(" since {}", since.zh));
            }
            if let Some(until) = until {
                words.push_str(&format!(" until {until}"));
            }
            words
        }
        Period::AsOf { date: None } => "as of the report's writing".into(),
        Period::AsOf { date: Some(d) } => format!("as of {d}"),
        Period::NotStated {} => "not stated".into(),
    }
}

fn figure_shape(figure: &Figure) -> Value {
    let unit = match figure.quantity {
        Quantity::Rank => "rank (第)".to_string(),
        Quantity::Change { word } => format!("change ({}) %", word.as_str()),
        quantity => quantity.written_unit(),
    };
    json!({
        "paragraph": figure.paragraph,
        "written": figure.written_form(),
        "value": figure.value,
        "unit": unit,
        "qualifier": figure.approx.map(|a| { let (b, a) = a.written(); format!("{b}{a}") }),
        "period": period_words(&figure.period),
    })
}

/// The review lines an expectation holds: what the page gave and how it was read,
/// up to the per-figure periods (which the figures above already give).
fn page_review_lines(draft: &Draft) -> Vec<String> {
    draft
        .review
        .iter()
        .take_while(|l| !l.starts_with("periods to confirm"))
        .cloned()
        .collect()
}

/// The draft as its expectation describes it.
fn describe(draft: &Draft) -> Value {
    let report = &draft.report;
    let meta = &report.meta;
    json!({
        "title": meta.title,
        "district": meta.district.zh,
        "year": meta.year,
        "issuers": meta.issuers,
        "signed_on": meta.signed_on,
        "signed_on_text": meta.signed_on_text,
        "published_at": meta.published_at,
        "source_office": meta.source_office,
        "publishing_office": meta.publishing_office,
        "sections": report.all_sections().into_iter().map(section_shape).collect::<Vec<_>>(),
        "figures": report.figures.iter().map(figure_shape).collect::<Vec<_>>(),
        "removed": draft.removed.iter().map(|r| json!([format!("{:?}", r.reason), r.text])).collect::<Vec<_>>(),
        "review_includes": page_review_lines(draft),
    })
}

/// The parts of two descriptions that differ, named by key.
fn differences(expected: &Value, actual: &Value) -> Vec<String> {
    let (Some(expected), Some(actual)) = (expected.as_object(), actual.as_object()) else {
        return vec!["not an object".into()];
    };
    let mut out = Vec::new();
    for (key, want) in expected {
        let got = actual.get(key).unwrap_or(&Value::Null);
        if key == "review_includes" {
            let got: Vec<&str> = got
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let all = got.join("\n");
            for line in want
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !all.lines().any(|l| l == line) {
                    out.push(format!("review: missing line `{line}`"));
                }
            }
            continue;
        }
        if want != got {
            out.push(format!(
                "{key}:\n  expected {}\n  got      {}",
                serde_json::to_string_pretty(want).unwrap(),
                serde_json::to_string_pretty(got).unwrap()
            ));
        }
    }
    out
}

#[test]
fn every_page_of_the_corpus_gives_its_expected_draft() {
    let bless = std::env::var_os("IMPORT_PAGES_BLESS").is_some();
    let pages = pages();
    assert!(pages.len() >= 8, "the corpus has {} pages", pages.len());
    let mut failures = Vec::new();
    for page in &pages {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let input = std::fs::read_to_string(page).unwrap();
        let started = Instant::now();
        let draft = match import(&input) {
            Ok(draft) => draft,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let elapsed = started.elapsed();
        let actual = describe(&draft);
        println!(
            "{name}: {} sections, {} paragraphs, {} figures, {} removed lines ({} ms, debug build)",
            draft.report.all_sections().len(),
            draft.report.paragraphs().len(),
            draft.report.figures.len(),
            draft.removed.len(),
            elapsed.as_millis()
        );
        let path = expectation_path(page);
        if bless {
            let text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
            std::fs::write(&path, text).unwrap();
            println!("  wrote {}: read it against the page", path.display());
            continue;
        }
        let expected: Value = match std::fs::read_to_string(&path) {
            Ok(text) => {
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            }
            Err(_) => {
                failures.push(format!("{name}: no {}", path.display()));
                continue;
            }
        };
        let diff = differences(&expected, &actual);
        if !diff.is_empty() {
            failures.push(format!("{name}:\n{}", diff.join("\n")));
        }
        // Whatever the page, the draft holds no problem but what a person is to fill.
        let problems: Vec<String> = law_report::report::check(&draft.report)
            .iter()
            .filter(|p| !p.kind.is_left_to_fill())
            .filter(|p| {
                // What the page does not state is left empty, for a person to fill.
                let meta = &draft.report.meta;
                let unstated = match p.path.as_str() {
                    "meta.title" => meta.title.is_empty(),
                    "meta.signed_on" => meta.signed_on.is_empty(),
                    "meta.published_at" => meta.published_at.is_empty(),
                    _ => false,
                };
                !unstated
            })
            .map(|p| format!("{name}: {p}"))
            .collect();
        failures.extend(problems);
    }
    assert!(
        failures.is_empty(),
        "{} page(s) differ from their expectation (after a deliberate change, IMPORT_PAGES_BLESS=1 rewrites them; read each):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_expectation_has_its_page() {
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".expected.json") {
            let has_page = ["txt", "html"]
                .iter()
                .any(|ext| corpus().join(format!("{stem}.{ext}")).exists());
            assert!(has_page, "{name} has no page");
        }
    }
}
