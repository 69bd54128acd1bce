//! Writing the pages at build time: the app's own components rendered to HTML with
//! Leptos's server rendering, into the page Trunk built, so that the whole report —
//! every section, paragraph, key figure and chart with its table — is in the HTML
//! before any script runs. In the browser the app attaches to that HTML (`hydrate`,
//! `lib.rs`) instead of building it again. Native only: the build runs it
//! (src/bin/prerender.rs, a Trunk hook); the wasm never links it.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::load::ChosenReport;
use crate::location::EmbedTarget;
use crate::report::Report;
use crate::{
    EmbedPage, ReportPage, EMBED_ATTR, FINGERPRINT_ATTR, MOUNT_ID, PRERENDERED_ATTR,
    REPORT_FILE_ATTR,
};

/// Renders `view` as the browser's first render will expect to find it: with a
/// server-side shared context, so that the HTML carries Leptos's hydration markers.
fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| view().to_html());
    // Effects never run natively, but the owner holds the page's signals until here.
    drop(owner);
    html
}

/// The full page of `chosen`, as `#app`'s content.
pub fn report_html(chosen: &Arc<ChosenReport>) -> String {
    let chosen = chosen.clone();
    render(move || view! { <ReportPage chosen/> })
}

/// One chart or section of `chosen` for embedding, as `#app`'s content.
pub fn embed_html(chosen: &Arc<ChosenReport>, target: &EmbedTarget) -> String {
    let (chosen, target) = (chosen.clone(), target.clone());
    render(move || view! { <EmbedPage chosen target/> })
}

/// Why a built page could not be completed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the page has no empty `<div id=\"{MOUNT_ID}\"></div>` to write the report into")]
    NoMount,
    /// The page asks for a file of the app before its first paint (index.html or
    /// Trunk.toml's `pattern_preload` changed): the app's files are fetched only once
    /// the page has painted (public/boot.js).
    #[error("the page preloads `{0}`: nothing the app needs may be requested before the first paint (index.html, Trunk.toml's pattern_preload)")]
    Preload(String),
    #[error("the page has no `<head>` to write the address of the pages' root into")]
    NoHead,
}

/// The empty mount point Trunk's page has (index.html).
fn empty_mount() -> String {
    format!("<div id=\"{MOUNT_ID}\"></div>")
}

/// `page` with `content` written into its empty `#app`, which is marked with the
/// report it holds, its file, the fingerprint of the texts it was made from (and, on an
/// embed page, the chart or section). A page that preloads anything is refused.
pub fn page_with(
    page: &str,
    content: &str,
    chosen: &ChosenReport,
    embed: Option<&EmbedTarget>,
) -> Result<String, PageError> {
    let (report, file) = (&chosen.entry.id, &chosen.entry.file);
    let fingerprint = &chosen.fingerprint;
    let mount = empty_mount();
    if page.matches(&mount).count() != 1 {
        return Err(PageError::NoMount);
    }
    if let Some(file) = preloads(page).into_iter().next() {
        return Err(PageError::Preload(file.to_string()));
    }
    let embed_attr = embed
        .map(|t| format!(" {EMBED_ATTR}=\"{}\"", t.param()))
        .unwrap_or_default();
    let filled = format!(
        "<div id=\"{MOUNT_ID}\" {PRERENDERED_ATTR}=\"{report}\" {REPORT_FILE_ATTR}=\"{file}\" {FINGERPRINT_ATTR}=\"{fingerprint}\"{embed_attr}>{content}</div>"
    );
    Ok(page.replacen(&mount, &filled, 1))
}

/// The addresses `page` preloads (`<link rel="preload">` or `rel="modulepreload"`).
/// The page's first paint needs only the page; a preload of the app's JS, its wasm or
/// the JSON would share a narrow link with it (docs/decisions.md, "The document
/// first").
pub fn preloads(page: &str) -> Vec<&str> {
    page.match_indices("<link ")
        .filter_map(|(at, _)| {
            let tag = &page[at..at + page[at..].find('>')?];
            let preload = tag.contains("rel=\"preload\"") || tag.contains("rel=\"modulepreload\"");
            let href = tag.split_once(" href=\"")?.1;
            preload.then(|| &href[..href.find('"').unwrap_or(href.len())])
        })
        .collect()
}

/// `page` as a page in a folder `depth` levels below the site's root: a `<base>`
/// makes every relative address in it (styles, scripts, data, links) resolve as it
/// does from the root page.
pub fn page_in_folder(page: &str, depth: usize) -> Result<String, PageError> {
    let base = "../".repeat(depth);
    let at = page.find("<head>").ok_or(PageError::NoHead)? + "<head>".len();
    Ok(format!(
        "{}\n    <base href=\"{base}\">{}",
        &page[..at],
        &page[at..]
    ))
}

/// The embed page of `target` in `chosen`: where it goes, relative to the site's root,
/// and the page: `page` with the chart or section written into it, a `<base>` for its
/// folder, and marked as an embed before the first paint (as the app marks it).
pub fn embed_page(
    page: &str,
    chosen: &Arc<ChosenReport>,
    target: &EmbedTarget,
) -> Result<(String, String), PageError> {
    let path = embed_page_path(&chosen.entry.id, target);
    let html = page_with(page, &embed_html(chosen, target), chosen, Some(target))?;
    let html = page_in_folder(&html, path.matches('/').count())?
        .replacen("<html", "<html class=\"embed-page\"", 1)
        .replacen("<body>", "<body class=\"embed\">", 1);
    Ok((path, html))
}

/// Every chart and section of `report` an embed code may name, so every one that has
/// a page: the charts shown, the charts withdrawn (whose pages say why), and every
/// section and subsection.
pub fn embed_targets(report: &Report) -> Vec<EmbedTarget> {
    let charts = report.charts.iter().map(|c| &c.id);
    let withdrawn = report.withdrawn_charts.iter().map(|c| &c.id);
    charts
        .chain(withdrawn)
        .map(|id| EmbedTarget::Chart(id.clone()))
        .chain(
            report
                .all_sections()
                .into_iter()
                .map(|s| EmbedTarget::Section(s.id.clone())),
        )
        .collect()
}

/// The embed page of `target` in report `report`, relative to the site's root.
pub fn embed_page_path(report: &str, target: &EmbedTarget) -> String {
    let (kind, id) = match target {
        EmbedTarget::Chart(id) => ("chart", id),
        EmbedTarget::Section(id) => ("section", id),
    };
    format!("embed/{report}/{kind}-{id}.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head>\n<link rel=\"icon\" href=\"favicon.svg\"></head><body><div id=\"app\"></div></body></html>";

    fn chosen(id: &str) -> ChosenReport {
        let catalog = format!(
            r#"{{"reports":[{{"id":"{id}","file":"{id}.json","year":2024,"district":{{"zh":"区","en":"D"}},"title":"T"}}]}}"#
        );
        let catalog = crate::report::Catalog::parse(&catalog).expect("a catalog");
        let entry = catalog.reports[0].clone();
        let report = include_str!("../tests/fixtures/fictional-2024.json");
        ChosenReport {
            catalog: Arc::new(catalog),
            entry,
            loaded: Arc::new(crate::load::LoadedReport::from_json(report).expect("fixture")),
            fingerprint: "00ff".into(),
        }
    }

    #[test]
    fn the_content_goes_into_the_mount_point_marked_with_its_report() {
        let page = page_with(PAGE, "<p>x</p>", &chosen("r-2024"), None).unwrap();
        assert!(page.contains(
            "<div id=\"app\" data-prerendered=\"r-2024\" data-report-file=\"r-2024.json\" data-fingerprint=\"00ff\"><p>x</p></div>"
        ));
        let embed = EmbedTarget::Chart("c".into());
        let page = page_with(PAGE, "", &chosen("r"), Some(&embed)).unwrap();
        assert!(page.contains("data-fingerprint=\"00ff\" data-embed=\"chart/c\">"));
    }

    /// A preload in the head shared the mobile link with the page and came before
    /// its first paint (issue 28): the build refuses such a page.
    #[test]
    fn a_page_that_preloads_the_app_or_its_data_is_refused() {
        let links = r#"<link rel="stylesheet" href="a.css"><link rel="preload" href="d.json" as="fetch"><link href="a.js" rel="modulepreload"><link rel="icon" href="f.svg">"#;
        assert_eq!(preloads(links), ["d.json", "a.js"]);
        let page = PAGE.replace(
            "</head>",
            "<link rel=\"preload\" href=\"x_bg.wasm\" as=\"fetch\"></head>",
        );
        assert_eq!(
            page_with(&page, "", &chosen("r"), None),
            Err(PageError::Preload("x_bg.wasm".into()))
        );
        assert_eq!(preloads(PAGE), Vec::<&str>::new());
    }

    #[test]
    fn a_page_without_its_places_is_refused_by_name() {
        assert_eq!(
            page_with("<div id=\"app\">x</div>", "", &chosen("r"), None),
            Err(PageError::NoMount)
        );
        assert_eq!(page_in_folder("<html>", 1), Err(PageError::NoHead));
    }

    #[test]
    fn an_embed_page_sits_in_its_report_s_folder_marked_as_an_embed() {
        let page = PAGE.replace("<html>", "<html lang=\"zh-CN\">");
        let chosen = Arc::new(chosen("r-2024"));
        let target = EmbedTarget::Chart("mediation".into());
        let (path, html) = embed_page(&page, &chosen, &target).unwrap();
        assert_eq!(path, "embed/r-2024/chart-mediation.html");
        assert!(html.starts_with(
            "<html class=\"embed-page\" lang=\"zh-CN\"><head>\n    <base href=\"../../\">"
        ));
        assert!(html.contains("<body class=\"embed\"><div id=\"app\" data-prerendered=\"r-2024\""));
        assert!(html.contains("data-embed=\"chart/mediation\""));
    }

    #[test]
    fn a_page_in_a_folder_resolves_addresses_from_the_root() {
        let page = page_in_folder(PAGE, 2).unwrap();
        assert!(page.contains("<head>\n    <base href=\"../../\">"));
        assert_eq!(
            embed_page_path("r-2024", &EmbedTarget::Section("s1-2".into())),
            "embed/r-2024/section-s1-2.html"
        );
    }
}
