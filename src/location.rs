//! The part of the page address that names what the reader is looking at. Deep links
//! use the hash (`#s1-5`, `#p1-5-1`) so that they survive a reload on any static host,
//! under any sub-path, without server rewrite rules.

pub use crate::address::EmbedTarget;
use crate::address::{is_id, report_query};
use crate::i18n::Lang;

/// Reads a link target from a location hash: `#s1-5` → `Some("s1-5")`.
/// Only ids made of ASCII letters, digits, `-`, `_` and `.` are accepted.
pub fn target_from_hash(hash: &str) -> Option<String> {
    let id = hash.strip_prefix('#').unwrap_or(hash);
    let id = id.strip_prefix('/').unwrap_or(id);
    is_id(id).then(|| id.to_string())
}

/// A link, relative to the page, to another report of the catalog.
pub fn report_link(id: &str) -> String {
    report_query(id)
}

/// The page's address in links written at build time, where its host and path are
/// unknown: relative, so that the links work wherever the page is served. The app
/// replaces it with [`current_page`] once the page is live.
pub const BUILD_PAGE: &str = "./";

/// The address of the report's page, without query or hash (browser only): the
/// page's base address, which on an embed page the build wrote (`embed/…`, with a
/// `<base>`) is the report's page, not the embed page itself.
pub fn current_page() -> String {
    let base = leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    without_query(&base).to_string()
}

/// `url` without its query and hash.
pub fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// A link to `target` in the full report `report`. It names the report, so that it
/// keeps pointing at this report once a newer one is published.
pub fn share_link(page: &str, report: &str, target: &EmbedTarget) -> String {
    format!("{page}{}#{}", report_query(report), target.anchor())
}

/// What a site administrator pastes to embed `target`: a placeholder and the host
/// script, which lives next to the app (`embed.js` in the same folder as the page).
/// English embeds (made from the English interface) say so with `data-lang="en"`.
pub fn embed_code(
    page: &str,
    report: &str,
    target: &EmbedTarget,
    lang: Lang,
    frame_title: &str,
) -> String {
    let folder = match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    };
    let lang = match lang {
        Lang::Zh => String::new(),
        other => format!(" data-lang=\"{}\"", other.key()),
    };
    format!(
        "<div data-law-report-embed=\"{}\" data-report=\"{report}\"{lang} data-title=\"{}\"></div>\n<script src=\"{folder}embed.js\" defer></script>",
        target.param(),
        attribute_text(frame_title)
    )
}

/// The name of an embedded excerpt's iframe, which a screen reader announces on the
/// host's page: the excerpt's own title first, then the report it comes from
/// (`embed.js` sets it from the embed code's `data-title`).
pub fn embed_frame_title(report_title: &str, excerpt_title: &str, lang: Lang) -> String {
    format!("{excerpt_title} — {}", lang.excerpt_of(report_title))
}

/// `text` safe inside a double-quoted HTML attribute.
fn attribute_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The hash that links to a section or paragraph.
pub fn hash_for(id: &str) -> String {
    format!("#{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_address_drops_its_query_and_hash() {
        assert_eq!(
            without_query("https://x.gov.cn/fzzf/2023/?report=a#s1"),
            "https://x.gov.cn/fzzf/2023/"
        );
        assert_eq!(
            without_query("https://x.gov.cn/a#b?c"),
            "https://x.gov.cn/a"
        );
        assert_eq!(without_query("https://x.gov.cn/"), "https://x.gov.cn/");
    }

    #[test]
    fn a_section_hash_names_its_section() {
        assert_eq!(target_from_hash("#s1-5"), Some("s1-5".into()));
        assert_eq!(target_from_hash("#/p1-5-1"), Some("p1-5-1".into()));
    }

    #[test]
    fn an_empty_or_hostile_hash_names_nothing() {
        assert_eq!(target_from_hash(""), None);
        assert_eq!(target_from_hash("#"), None);
        assert_eq!(target_from_hash("#<img src=x>"), None);
    }

    #[test]
    fn embed_targets_are_read_from_their_parameter() {
        assert_eq!(
            EmbedTarget::from_param("chart/mediation-funnel"),
            Some(EmbedTarget::Chart("mediation-funnel".into()))
        );
        assert_eq!(
            EmbedTarget::from_param("section/s1-5"),
            Some(EmbedTarget::Section("s1-5".into()))
        );
        assert_eq!(EmbedTarget::from_param(""), None);
        assert_eq!(EmbedTarget::from_param("map/x"), None);
        assert_eq!(EmbedTarget::from_param("chart/<svg>"), None);
        let t = EmbedTarget::Chart("a".into());
        assert_eq!(EmbedTarget::from_param(&t.param()), Some(t));
    }

    #[test]
    fn share_links_and_embed_codes_keep_the_sub_path() {
        let page = without_query("https://www.huiyang.gov.cn/fzzf/2023/index.html?q=1");
        let chart = EmbedTarget::Chart("mediation-funnel".into());
        assert_eq!(
            share_link(page, "huiyang-2023", &chart),
            "https://www.huiyang.gov.cn/fzzf/2023/index.html?report=huiyang-2023#chart-mediation-funnel"
        );
        assert_eq!(
            embed_code(
                page,
                "huiyang-2023",
                &EmbedTarget::Section("s1-5".into()),
                Lang::Zh,
                "(五)调解 — 《报告》节选"
            ),
            "<div data-law-report-embed=\"section/s1-5\" data-report=\"huiyang-2023\" data-title=\"(五)调解 — 《报告》节选\"></div>\n\
             <script src=\"https://www.huiyang.gov.cn/fzzf/2023/embed.js\" defer></script>"
        );
        assert!(embed_code(page, "huiyang-2023", &chart, Lang::En, "x").starts_with(
            "<div data-law-report-embed=\"chart/mediation-funnel\" data-report=\"huiyang-2023\" data-lang=\"en\" data-title=\"x\">"
        ));
        // A title is text, never markup, in the host's page.
        assert!(
            embed_code(page, "a", &chart, Lang::Zh, "\"><script>x</script>")
                .contains("data-title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
        );
        assert_eq!(
            embed_frame_title("报告", "矛盾纠纷调解", Lang::Zh),
            "矛盾纠纷调解 — 《报告》节选"
        );
        assert_eq!(
            embed_frame_title("Report", "Dispute mediation", Lang::En),
            "Dispute mediation — Excerpt from “Report”"
        );
    }

    #[test]
    fn a_report_link_names_the_report_in_the_query() {
        assert_eq!(report_link("huiyang-2022"), "?report=huiyang-2022");
    }

    #[test]
    fn hash_for_round_trips() {
        assert_eq!(target_from_hash(&hash_for("s3")), Some("s3".into()));
    }
}
