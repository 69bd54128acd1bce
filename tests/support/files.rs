//! Files the tests read: the project's own (the bundled report, fixtures) and the
//! built app's in `dist/`.

use std::path::{Path, PathBuf};

use law_report::load::LoadedReport;
use law_report::report::{Figure, Report};
use serde_json::Value;

/// The bundled report, relative to the project root.
const BUNDLED: &str = "public/data/huiyang-2023.json";

/// The project root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text of `path`, relative to the project root.
pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The bundled report's JSON text, as the project holds it.
pub fn bundled_text() -> String {
    read(BUNDLED)
}

/// The bundled report as JSON, to take apart or change.
pub fn bundled_json() -> Value {
    serde_json::from_str(&bundled_text()).expect("the bundled report is JSON")
}

/// The bundled report, parsed and passing every consistency check.
pub fn bundled() -> Report {
    let loaded = LoadedReport::from_json(&bundled_text())
        .unwrap_or_else(|e| panic!("the bundled report does not parse: {e}"));
    assert!(
        loaded.problems.is_empty(),
        "the bundled report fails its consistency checks:\n{}",
        loaded
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    std::sync::Arc::unwrap_or_clone(loaded.report)
}

/// The built app: `dist/`, or the folder `LAW_REPORT_DIST` names (the benchmark
/// builds its own). The test command builds it before running these tests.
pub fn dist() -> PathBuf {
    let dist = std::env::var_os("LAW_REPORT_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the app first (scripts/test does: trunk build --release)",
        dist.display()
    );
    dist
}

/// The app's wasm module in dist/ (`law-report-<hash>_bg.wasm`), as a server path.
pub fn app_wasm() -> String {
    let names: Vec<String> = std::fs::read_dir(dist())
        .expect("dist/ is built")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("law-report-") && n.ends_with("_bg.wasm"))
        .collect();
    assert_eq!(names.len(), 1, "one app module in dist/: {names:?}");
    format!("/{}", names[0])
}

/// The report JSON as shipped in `dist/`.
pub fn shipped_report() -> Value {
    let path = dist().join("data/huiyang-2023.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("shipped report is JSON")
}

/// How many paragraphs `report` (report JSON) has, in every section and subsection.
pub fn paragraph_count(report: &Value) -> usize {
    fn walk(sections: &Value) -> usize {
        sections
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["paragraphs"].as_array().unwrap().len() + s.get("subsections").map_or(0, walk)
            })
            .sum()
    }
    walk(&report["sections"])
}

/// A proposed figure matches a bundled one when both state the same value of the same
/// quantity (unit, measure word, scale) in the same paragraph, and one quote contains
/// the other (the importer's quote is usually the whole clause, the bundled one a
/// hand-cut part of it).
pub fn same_figure(proposed: &Figure, bundled: &Figure) -> bool {
    proposed.paragraph == bundled.paragraph
        && proposed.value == bundled.value
        && proposed.quantity == bundled.quantity
        && proposed.approx == bundled.approx
        && (proposed.quote.contains(&bundled.quote) || bundled.quote.contains(&proposed.quote))
}
