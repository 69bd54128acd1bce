//! Writes the first view (title, publication details, opening paragraph) of the
//! catalog's newest report into `index.html`, between its first-view markers, so that
//! it shows before the app has loaded, and points the page's preload at that report.
//! Run after changing the catalog or the report JSON; a test fails until it has been.
//!
//! Usage: cargo run --bin prerender [-- CATALOG.json INDEX.html]

use std::path::Path;
use std::process::ExitCode;

use law_report::load::LoadedReport;
use law_report::report::first_view::{first_view_html, with_first_view, with_report_preload};
use law_report::report::Catalog;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let catalog_path = args
        .next()
        .unwrap_or_else(|| "public/data/reports.json".into());
    let index = args.next().unwrap_or_else(|| "index.html".into());
    let run = || -> Result<bool, String> {
        let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
        let catalog =
            Catalog::parse(&read(&catalog_path)?).map_err(|e| format!("{catalog_path}: {e}"))?;
        let newest = catalog
            .newest()
            .ok_or_else(|| format!("{catalog_path} lists no report"))?;
        let json = Path::new(&catalog_path)
            .with_file_name(&newest.file)
            .display()
            .to_string();
        let loaded = LoadedReport::from_json(&read(&json)?).map_err(|e| format!("{json}: {e}"))?;
        if !loaded.problems.is_empty() {
            return Err(format!(
                "{json} has {} problems; run the validator first",
                loaded.problems.len()
            ));
        }
        let page = read(&index)?;
        let updated = with_first_view(&page, &first_view_html(&newest.id, &loaded.report))
            .ok_or_else(|| format!("{index} has no first-view markers"))?;
        let updated = with_report_preload(&updated, &newest.file)
            .ok_or_else(|| format!("{index} has no preload of a report in data/"))?;
        let changed = updated != page;
        if changed {
            std::fs::write(&index, updated).map_err(|e| format!("{index}: {e}"))?;
        }
        Ok(changed)
    };
    match run() {
        Ok(true) => {
            println!("{index}: first view updated from {catalog_path}");
            ExitCode::SUCCESS
        }
        Ok(false) => {
            println!("{index}: first view already up to date");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::from(2)
        }
    }
}
