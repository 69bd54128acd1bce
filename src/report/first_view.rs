//! The report's first view as static HTML, written into `index.html` so that a reader
//! sees the title, the publication details and the opening paragraph before the
//! WebAssembly has downloaded. Generated from the report JSON by
//! `cargo run --bin prerender`; a test fails when `index.html` and the JSON disagree.
//! Only the build and the tests use this; the app never links it.

use super::Report;
use crate::i18n::{Lang, SOURCE_LANG, ZH};

/// Where the generated HTML sits in `index.html`.
pub const START_MARKER: &str = "<!-- first-view:start (cargo run --bin prerender) -->";
pub const END_MARKER: &str = "<!-- first-view:end -->";

/// The id the app removes once it shows the report (or an error).
pub const FIRST_VIEW_ID: &str = "first-view";

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The masthead and the untitled opening section of the catalog's report `id`, in the
/// app's own markup and classes, with a status line saying that the rest is loading.
/// `data-report` lets the page hide it when its address asks for another report.
pub fn first_view_html(id: &str, report: &Report) -> String {
    let meta = &report.meta;
    let e = escape_html;
    let row =
        |term: &str, value: String| format!("        <div><dt>{term}</dt><dd>{value}</dd></div>\n");
    let mut html = format!(
        "<div id=\"{FIRST_VIEW_ID}\" class=\"first-view\" lang=\"{SOURCE_LANG}\" data-report=\"{}\">\n\
         \x20   <header class=\"report-header\">\n\
         \x20     <p class=\"district\">{}</p>\n\
         \x20     <h1>{}</h1>\n\
         \x20     <dl class=\"report-meta\">\n",
        e(id),
        e(&Lang::Zh.district_year(&meta.district.zh, meta.year)),
        e(&meta.title),
    );
    html += &row(ZH.issued_by, e(&meta.issuers.join(" · ")));
    html += &row(
        ZH.signed_on,
        format!(
            "<time datetime=\"{}\">{}</time>",
            e(&meta.signed_on),
            e(&meta.signed_on_text)
        ),
    );
    html += &row(
        ZH.published_on,
        format!(
            "<time datetime=\"{}\">{}</time>",
            e(&meta.published_at.replacen(' ', "T", 1)),
            e(&meta.published_at)
        ),
    );
    html += &row(ZH.source, e(&meta.source_office));
    html += &row(ZH.publisher, e(&meta.publishing_office));
    html += "      </dl>\n    </header>\n";
    html += &format!(
        "    <p class=\"loading-notice\" role=\"status\"><span class=\"spinner\" aria-hidden=\"true\"></span><span>{}</span></p>\n",
        Lang::Zh.loading_rest()
    );
    if let Some(opening) = report.sections.first().filter(|s| s.title.is_none()) {
        html += "    <div class=\"report-text\">\n";
        for p in &opening.paragraphs {
            html += &format!("      <p class=\"paragraph\">{}</p>\n", e(&p.text));
        }
        html += "    </div>\n";
    }
    html += "  </div>";
    html
}

/// `index` with the text between the markers replaced by `first_view`, or `None`
/// when the markers are missing.
pub fn with_first_view(index: &str, first_view: &str) -> Option<String> {
    let start = index.find(START_MARKER)? + START_MARKER.len();
    let end = start + index[start..].find(END_MARKER)?;
    Some(format!(
        "{}\n      {first_view}\n      {}",
        &index[..start],
        &index[end..]
    ))
}

/// Where the file name of the report preload in `index` stands: the first
/// `<link rel="preload" href="data/….json"` other than the catalog's.
fn report_preload_range(index: &str) -> Option<std::ops::Range<usize>> {
    const PREFIX: &str = "<link rel=\"preload\" href=\"data/";
    index.match_indices(PREFIX).find_map(|(at, _)| {
        let start = at + PREFIX.len();
        let end = start + index[start..].find('"')?;
        (&index[start..end] != "reports.json").then_some(start..end)
    })
}

/// `index` with its report preload pointed at `file`; `None` when it has none.
pub fn with_report_preload(index: &str, file: &str) -> Option<String> {
    let at = report_preload_range(index)?;
    Some(format!("{}{file}{}", &index[..at.start], &index[at.end..]))
}

/// The file the report preload in `index` names.
pub fn report_preload_in(index: &str) -> Option<&str> {
    report_preload_range(index).map(|at| &index[at])
}

/// The generated part of `index`, as `with_first_view` wrote it.
pub fn first_view_in(index: &str) -> Option<&str> {
    let start = index.find(START_MARKER)? + START_MARKER.len();
    let end = start + index[start..].find(END_MARKER)?;
    Some(index[start..end].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_neutralises_markup() {
        assert_eq!(
            escape_html("<script>a & \"b\" 'c'</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn the_first_view_is_replaced_between_the_markers_only() {
        let index = format!("<body>\n      {START_MARKER}\n  old\n      {END_MARKER}\n</body>");
        let updated = with_first_view(&index, "<p>new</p>").unwrap();
        assert_eq!(first_view_in(&updated), Some("<p>new</p>"));
        assert!(updated.starts_with("<body>") && updated.ends_with("</body>"));
        assert_eq!(with_first_view(&updated, "<p>new</p>").unwrap(), updated);
        assert_eq!(with_first_view("<body></body>", "x"), None);
    }
}
