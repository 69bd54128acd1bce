//! The baseline the app is compared with: the same report text as one plain static HTML
//! page — masthead, metadata, section headings and every paragraph — with no script,
//! no wasm and no charts, styled by the app's own `main.css`, which it carries inline in
//! its head as the app's page does (index.html: `rel="inline"`), so that the two differ
//! in what they hold and run, not in how their styles arrive.

use std::path::Path;

use law_report::report::{Report, Section};

/// Where the bench serves the baseline page (from memory, on the app's server).
pub const PATH: &str = "/baseline.html";

/// The app's stylesheet as its built page carries it: the `<style>` element of the
/// site's index.html.
pub fn app_stylesheet(site: &Path) -> String {
    let path = site.join("index.html");
    let page = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let start = page
        .find("<style>")
        .unwrap_or_else(|| panic!("{} has no inline <style>", path.display()));
    let end = page[start..]
        .find("</style>")
        .map(|e| start + e + "</style>".len())
        .unwrap_or_else(|| panic!("{}: its <style> does not end", path.display()));
    page[start..end].to_string()
}

/// The page, with `stylesheet` (a `<style>` element, `app_stylesheet`) in its head.
pub fn page(report: &Report, stylesheet: &str) -> String {
    let meta = &report.meta;
    let metadata = [
        ("发文机关", meta.issuers.join(" · ")),
        ("成文日期", meta.signed_on_text.clone()),
        ("发布日期", meta.published_at.clone()),
        ("来源", meta.source_office.clone()),
        ("发布机构", meta.publishing_office.clone()),
    ]
    .iter()
    .map(|(term, value)| {
        format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(term),
            escape(value)
        )
    })
    .collect::<String>();
    let mut body = String::new();
    for section in &report.sections {
        push_section(&mut body, section, 2);
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{title}</title>
{stylesheet}
</head>
<body>
<main id="main" class="report-body">
<header class="report-header">
<p class="district">{district} · {year}年度</p>
<h1 id="report-title">{title}</h1>
<dl class="report-meta">{metadata}</dl>
</header>
<article class="report-text">
{body}</article>
</main>
</body>
</html>
"#,
        title = escape(&meta.title),
        district = escape(&meta.district.zh),
        year = meta.year,
    )
}

/// A section's heading (h2 for parts, h3 below), its paragraphs and its subsections.
fn push_section(out: &mut String, section: &Section, level: u8) {
    out.push_str("<section>\n");
    if let Some(title) = &section.title {
        let ordinal = section.ordinal.as_deref().unwrap_or("");
        out.push_str(&format!(
            "<h{level} class=\"section-heading\">{}{}</h{level}>\n",
            escape(ordinal),
            escape(title)
        ));
    }
    for paragraph in &section.paragraphs {
        out.push_str(&format!("<p>{}</p>\n", escape(&paragraph.text)));
    }
    for subsection in &section.subsections {
        push_section(out, subsection, (level + 1).min(6));
    }
    out.push_str("</section>\n");
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
