//! Files the tests read: the project's own, and the built app's in `dist/`.

use std::path::PathBuf;

use serde_json::Value;

/// The project root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
