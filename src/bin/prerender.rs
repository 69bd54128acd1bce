//! Writes the report's first view (title, publication details, opening paragraph)
//! from the bundled JSON into `index.html`, between its first-view markers, so that
//! it shows before the app has loaded. Run after changing the report JSON; a test
//! fails until it has been.
//!
//! Usage: cargo run --bin prerender [-- REPORT.json INDEX.html]

use std::process::ExitCode;

use law_report::load::LoadedReport;
use law_report::report::first_view::{first_view_html, with_first_view};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let json = args
        .next()
        .unwrap_or_else(|| "public/data/huiyang-2023.json".into());
    let index = args.next().unwrap_or_else(|| "index.html".into());
    let run = || -> Result<bool, String> {
        let text = std::fs::read_to_string(&json).map_err(|e| format!("{json}: {e}"))?;
        let loaded = LoadedReport::from_json(&text).map_err(|e| format!("{json}: {e}"))?;
        if !loaded.problems.is_empty() {
            return Err(format!(
                "{json} has {} problems; run the validator first",
                loaded.problems.len()
            ));
        }
        let page = std::fs::read_to_string(&index).map_err(|e| format!("{index}: {e}"))?;
        let updated = with_first_view(&page, &first_view_html(&loaded.report))
            .ok_or_else(|| format!("{index} has no first-view markers"))?;
        let changed = updated != page;
        if changed {
            std::fs::write(&index, updated).map_err(|e| format!("{index}: {e}"))?;
        }
        Ok(changed)
    };
    match run() {
        Ok(true) => {
            println!("{index}: first view updated from {json}");
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
