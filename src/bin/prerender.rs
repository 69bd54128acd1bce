//! Writes the report into the page Trunk built, at build time (a post_build hook in
//! Trunk.toml): the catalog's newest report, whole, into `index.html`, and a page for
//! every chart and section of every report of the catalog under `embed/`, for other
//! sites to embed. Every report is parsed and checked first; a report with problems
//! stops the build here, naming them, instead of shipping.
//!
//! Usage: cargo run --bin prerender -- DIST [DATA]
//!   DIST  the built site (Trunk's staging folder), whose index.html is rewritten
//!   DATA  the folder with reports.json and the reports (default: DIST/data)
//!
//! It also checks that the Content-Security-Policy of deploy/nginx.conf names the hashes
//! of the page's inline script and stylesheet (src/csp.rs), and stops if not — or only
//! warns, with `LAW_REPORT_CSP_CHECK=warn` (scripts/post-build sets it for debug builds).

/// The build runs this natively; the web app never carries it.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::Arc;

    use law_report::csp;
    use law_report::load::{fingerprint, ChosenReport, LoadedReport};
    use law_report::prerender::{embed_page, embed_targets, page_with, report_html};
    use law_report::report::Catalog;

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Every report of the catalog, parsed and checked, newest first.
    fn load_all(data: &Path) -> Result<Vec<Arc<ChosenReport>>, String> {
        let catalog_path = data.join("reports.json");
        let catalog_text = read(&catalog_path)?;
        let catalog = Arc::new(
            Catalog::parse(&catalog_text)
                .map_err(|e| format!("{}: {e}", catalog_path.display()))?,
        );
        let newest = catalog
            .newest()
            .ok_or_else(|| format!("{} lists no report", catalog_path.display()))?
            .id
            .clone();
        let mut all = Vec::new();
        for entry in &catalog.reports {
            let path = data.join(&entry.file);
            let text = read(&path)?;
            let loaded =
                LoadedReport::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            if !loaded.problems.is_empty() {
                let list = loaded
                    .problems
                    .iter()
                    .map(|p| format!("  - {p}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                return Err(format!(
                    "{} has {} problems; fix them (cargo run --bin validate) before publishing:\n{list}",
                    path.display(),
                    loaded.problems.len()
                ));
            }
            let chosen = Arc::new(ChosenReport {
                catalog: catalog.clone(),
                entry: entry.clone(),
                loaded: Arc::new(loaded),
                fingerprint: fingerprint(&catalog_text, &text),
            });
            if entry.id == newest {
                all.insert(0, chosen);
            } else {
                all.push(chosen);
            }
        }
        Ok(all)
    }

    /// Checks that deploy/nginx.conf's Content-Security-Policy allows exactly the inline
    /// scripts and stylesheets of the written pages (`pages`), by their hashes.
    fn check_policy<'a>(pages: impl Iterator<Item = &'a String>) -> Result<(), String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let policy = csp::deployed_policy(root)?;
        let blocks: Vec<csp::InlineBlock> = pages.flat_map(|p| csp::inline_blocks(p)).collect();
        let errors = csp::check(&policy, &blocks);
        if errors.is_empty() {
            return Ok(());
        }
        let list = errors
            .iter()
            .map(|e| format!("  - {e}"))
            .collect::<Vec<_>>()
            .join("\n");
        Err(format!(
            "the Content-Security-Policy in {} does not fit the pages' inline code (index.html inlines public/prefs.js and style/main.css), so browsers would block it:\n{list}\nThen deploy the changed nginx configuration with dist/ (and reload nginx), or the new page meets the old policy.",
            root.join(csp::NGINX_CONF).display()
        ))
    }

    fn run(dist: &Path, data: &Path) -> Result<usize, String> {
        let index_path = dist.join("index.html");
        let page = read(&index_path)?;
        let reports = load_all(data)?;
        let mut pages: Vec<(PathBuf, String)> = Vec::new();
        for (i, chosen) in reports.iter().enumerate() {
            if i == 0 {
                let full = page_with(&page, &report_html(chosen), chosen, None)
                    .map_err(|e| format!("{}: {e}", index_path.display()))?;
                pages.push((index_path.clone(), full));
            }
            for target in embed_targets(&chosen.loaded.report) {
                let (path, embed) = embed_page(&page, chosen, &target)
                    .map_err(|e| format!("{}: {e}", index_path.display()))?;
                pages.push((dist.join(path), embed));
            }
        }
        // A debug build (`trunk serve` while the stylesheet is being edited) only
        // warns; a release build stops before writing any page.
        if let Err(problem) = check_policy(pages.iter().map(|(_, html)| html)) {
            if std::env::var("LAW_REPORT_CSP_CHECK").as_deref() != Ok("warn") {
                return Err(problem);
            }
            eprintln!("prerender: warning (a release build stops here): {problem}");
        }
        for (path, html) in &pages {
            write(path, html)?;
        }
        Ok(pages.len())
    }

    pub fn main() -> ExitCode {
        let mut args = std::env::args_os().skip(1).map(PathBuf::from);
        let Some(dist) = args.next() else {
            eprintln!("usage: prerender DIST [DATA]");
            return ExitCode::from(2);
        };
        let data = args.next().unwrap_or_else(|| dist.join("data"));
        match run(&dist, &data) {
            Ok(pages) => {
                println!("prerender: wrote {pages} pages into {}", dist.display());
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("prerender: {message}");
                ExitCode::from(2)
            }
        }
    }
}
