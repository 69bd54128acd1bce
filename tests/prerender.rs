//! The pages the build writes (src/prerender.rs): the whole report in the HTML,
//! rendered natively by the app's own components, before any script runs.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::sync::Arc;

use law_report::load::{fingerprint, ChosenReport, LoadedReport};
use law_report::location::EmbedTarget;
use law_report::prerender::{embed_html, embed_targets, report_html};
use law_report::report::Catalog;
use scraper::{ElementRef, Html, Selector};
use support::{bundled_json, read, root};

fn newest() -> Arc<ChosenReport> {
    let catalog_text = read("public/data/reports.json");
    let catalog = Catalog::parse(&catalog_text).expect("catalog");
    let entry = catalog.newest().expect("a report").clone();
    let text = read(format!("public/data/{}", entry.file));
    let loaded = LoadedReport::from_json(&text).expect("the bundled report parses");
    Arc::new(ChosenReport {
        catalog: Arc::new(catalog),
        entry,
        loaded: Arc::new(loaded),
        fingerprint: fingerprint(&catalog_text, &text),
    })
}

/// The bundled report with a typo made consistently in the text, the quote and the
/// value (1268 → 1168), which breaks its stated 97.5 % mediation success rate.
fn with_a_consistent_typo() -> String {
    let mut report = bundled_json();
    let paragraph = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "mediation.successful")
        .unwrap()["paragraph"]
        .clone();
    let sections = report["sections"].as_array_mut().unwrap();
    for sub in sections
        .iter_mut()
        .filter_map(|s| s.get_mut("subsections")?.as_array_mut())
        .flatten()
    {
        for p in sub["paragraphs"].as_array_mut().unwrap() {
            if p["id"] == paragraph {
                let text = p["text"]
                    .as_str()
                    .unwrap()
                    .replace("调解成功1268宗", "调解成功1168宗");
                p["text"] = text.into();
            }
        }
    }
    for f in report["figures"].as_array_mut().unwrap() {
        if f["id"] == "mediation.successful" {
            f["value"] = 1168.into();
            f["quote"] = "调解成功1168宗".into();
        }
    }
    report.to_string()
}

fn select(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"))
}

/// The element's text, with Leptos's markers and white space runs dropped.
fn text(el: ElementRef) -> String {
    el.text().collect::<String>().split_whitespace().collect()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn the_page_holds_every_section_paragraph_key_figure_and_chart() {
    let chosen = newest();
    let report = &chosen.loaded.report;
    let html = Html::parse_fragment(&report_html(&chosen));

    let title = html
        .select(&select("h1#report-title"))
        .next()
        .expect("title");
    assert_eq!(text(title), squeeze(&report.meta.title));

    for section in report.all_sections() {
        let el = html
            .select(&select(&format!("[id=\"{}\"]", section.id)))
            .next()
            .unwrap_or_else(|| panic!("section {} is not in the page", section.id));
        for p in &section.paragraphs {
            let para = html
                .select(&select(&format!("p[id=\"{}\"]", p.id)))
                .next()
                .unwrap_or_else(|| panic!("paragraph {} is not in the page", p.id));
            assert_eq!(text(para), squeeze(&p.text), "paragraph {}", p.id);
        }
        let _ = el;
    }
    let paragraphs = html.select(&select("p.paragraph")).count();
    let expected: usize = report
        .all_sections()
        .iter()
        .map(|s| s.paragraphs.len())
        .sum();
    assert_eq!(paragraphs, expected, "every paragraph once");

    let key_figures = html.select(&select(".key-figure")).count();
    assert_eq!(key_figures, report.key_figures.len());

    let cards = html
        .select(&select("figure.chart-card"))
        .collect::<Vec<_>>();
    assert_eq!(cards.len(), report.charts.len(), "every chart has its card");
    for card in cards {
        let id = card.value().id().unwrap_or_default().to_string();
        let svg = card
            .select(&select(".chart-svg svg"))
            .next()
            .unwrap_or_else(|| panic!("{id} has no drawing"));
        let width: f64 = svg
            .value()
            .attr("width")
            .and_then(|w| w.parse().ok())
            .unwrap_or(0.0);
        let height: f64 = svg
            .value()
            .attr("height")
            .and_then(|h| h.parse().ok())
            .unwrap_or(0.0);
        assert!(
            width == law_report::ui::BUILD_WIDTH && height > 40.0,
            "{id} is drawn {width} × {height}"
        );
        assert!(
            card.select(&select("table.chart-table tbody tr")).count() > 0,
            "{id} has no data table"
        );
    }
    assert!(html
        .select(&select("footer.report-footer"))
        .next()
        .is_some());
    assert!(html.select(&select("nav.toc li a[href^='#']")).count() > 5);
}

#[test]
fn the_page_carries_the_markers_the_browser_attaches_to_and_no_script() {
    let html = report_html(&newest());
    assert!(
        html.contains("<!>"),
        "Leptos's hydration markers are written"
    );
    assert!(!html.contains("<script"), "the content carries no script");
    // The injected line of the source page never ships.
    assert!(!html.contains("国徽"));
}

#[test]
fn an_embed_page_holds_its_chart_or_section_and_the_source_line() {
    let chosen = newest();
    let report = &chosen.loaded.report;
    let chart = &report.charts[0];
    let html = Html::parse_fragment(&embed_html(&chosen, &EmbedTarget::Chart(chart.id.clone())));
    assert_eq!(html.select(&select("figure.chart-card")).count(), 1);
    assert!(html.select(&select(".chart-svg svg")).next().is_some());
    let source = html
        .select(&select(".embed-source a"))
        .next()
        .expect("source link");
    assert_eq!(
        source.value().attr("href"),
        Some(format!("./?report={}#chart-{}", chosen.entry.id, chart.id).as_str())
    );
    assert!(
        html.select(&select("h1#report-title")).next().is_none(),
        "no masthead"
    );

    let section = &report.sections[1];
    let html = Html::parse_fragment(&embed_html(
        &chosen,
        &EmbedTarget::Section(section.id.clone()),
    ));
    assert!(html
        .select(&select(&format!("[id=\"{}\"]", section.id)))
        .next()
        .is_some());
    // No link to a place of its own: under the embed page's <base href="../../">, a
    // `#s1` link would load the whole reader into the host's iframe. Every link of
    // the excerpt opens the report in a new tab.
    let links: Vec<_> = html.select(&select("a[href]")).collect();
    assert!(!links.is_empty());
    for a in links {
        let href = a.value().attr("href").unwrap();
        assert!(!href.starts_with('#'), "{href}");
        assert_eq!(a.value().attr("target"), Some("_blank"), "{href}");
    }
    // The reader's own page keeps its section links.
    let page = Html::parse_fragment(&report_html(&chosen));
    assert!(page
        .select(&select(&format!("a.anchor[href=\"#{}\"]", section.id)))
        .next()
        .is_some());
}

#[test]
fn the_embed_demo_names_each_iframe_as_the_share_panel_does() {
    use law_report::i18n::Lang;
    use law_report::location::embed_frame_title;
    let chosen = newest();
    let report = &chosen.loaded.report;
    let demo = std::fs::read_to_string(root().join("public/embed-demo.html")).unwrap();
    let demo = Html::parse_document(&demo);
    let placeholders: Vec<_> = demo.select(&select("[data-law-report-embed]")).collect();
    assert_eq!(placeholders.len(), 3);
    for p in placeholders {
        let attr = |name: &str| p.value().attr(name);
        let lang = if attr("data-lang") == Some("en") {
            Lang::En
        } else {
            Lang::Zh
        };
        let target = attr("data-law-report-embed").unwrap();
        let excerpt = match target.split_once('/').unwrap() {
            ("chart", id) => report
                .charts
                .iter()
                .find(|c| c.id == id)
                .unwrap()
                .title
                .get(lang)
                .to_string(),
            (_, id) => report
                .all_sections()
                .into_iter()
                .find(|s| s.id == id)
                .and_then(|s| s.heading_in(lang))
                .unwrap(),
        };
        assert_eq!(
            attr("data-title"),
            Some(embed_frame_title(report.meta.title_in(lang), &excerpt, lang).as_str()),
            "{target}"
        );
    }
}

/// A chart an earlier edition published keeps its embed page, which says why the
/// chart was withdrawn, so a district page that embedded it does not show an error.
#[test]
fn a_withdrawn_chart_s_embed_page_says_why_it_was_withdrawn() {
    let chosen = newest();
    let report = &chosen.loaded.report;
    // Published until the charts were audited against the source: embed codes name it.
    let withdrawn = report
        .withdrawn_chart("dispute-rates")
        .expect("dispute-rates is listed as withdrawn");
    let target = EmbedTarget::Chart(withdrawn.id.clone());
    assert!(
        embed_targets(report).contains(&target),
        "the build writes its page"
    );

    let html = Html::parse_fragment(&embed_html(&chosen, &target));
    let message = html
        .select(&select(".chart-error"))
        .next()
        .expect("the embed shows a message");
    assert!(
        text(message).contains(&squeeze(&withdrawn.reason.zh)),
        "{}",
        text(message)
    );
    assert_eq!(
        message.value().attr("role"),
        None,
        "a withdrawal is not an alert"
    );

    let html = Html::parse_fragment(&embed_html(
        &chosen,
        &EmbedTarget::Chart("never-published".into()),
    ));
    let message = html
        .select(&select(".chart-error"))
        .next()
        .expect("a message");
    assert_eq!(message.value().attr("role"), Some("alert"));
    assert!(text(message).contains("never-published"));
}

/// Moved from the browser tests when the browser stopped checking reports (issue 28):
/// the checks run where reports are built and validated, natively, and a page made
/// from a report with problems marks each figure they concern and lists them.
#[test]
fn a_figure_that_fails_its_checks_is_marked_everywhere_it_is_shown() {
    let json = with_a_consistent_typo();
    let loaded = LoadedReport::from_json(&json).expect("the report parses");
    let problems: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("1168 of 1300 is 89.846 %, but the report states 97.5 %"),
        "{problems:?}"
    );
    let mut chosen = (*newest()).clone();
    chosen.loaded = Arc::new(loaded);
    let html = Html::parse_fragment(&report_html(&Arc::new(chosen)));
    let panel = html
        .select(&select(".data-problems"))
        .next()
        .expect("the problems panel");
    assert!(
        text(panel).contains("1处未通过一致性核对"),
        "{}",
        text(panel)
    );
    let figure = html
        .select(&select("[id='fig-mediation.successful']"))
        .next()
        .expect("the figure in the text");
    assert!(figure.value().classes().any(|c| c == "is-suspect"));
    let funnel = html
        .select(&select("#chart-mediation-funnel figcaption"))
        .next()
        .expect("the funnel's caption");
    assert!(text(funnel).contains("未通过数据核对"), "{}", text(funnel));
    // Figures the problem is not about stay unmarked.
    let other = html
        .select(&select("[id='fig-review.applications']"))
        .next()
        .expect("another figure");
    assert!(!other.value().classes().any(|c| c == "is-suspect"));
}

/// A key figure whose period the report does not state says so on its card. None of
/// the bundled report's key figures is one (they are chosen from figures whose sentence
/// states 2023), so a figure of the bundled report that is one is made a key figure.
#[test]
fn a_key_figure_whose_period_is_not_stated_says_so_on_its_card() {
    let mut report = bundled_json();
    let figure = "legality_review.legal_counsel_opinions";
    let period = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == figure)
        .unwrap()["period"]["kind"]
        .clone();
    assert_eq!(period, "not_stated", "the sentence of 742 names no time");
    report["key_figures"] = serde_json::json!([figure, "mediation.disputes"]);
    let loaded = LoadedReport::from_json(&report.to_string()).expect("the report parses");
    let mut chosen = (*newest()).clone();
    chosen.loaded = Arc::new(loaded);
    let html = Html::parse_fragment(&report_html(&Arc::new(chosen)));
    let cards: Vec<String> = html.select(&select(".key-figure")).map(text).collect();
    assert_eq!(cards.len(), 2, "{cards:?}");
    assert!(
        cards[0].contains("742") && cards[0].contains("报告未写明时段"),
        "{}",
        cards[0]
    );
    assert!(
        !cards[1].contains("报告未写明时段"),
        "a 2023 figure says nothing of its period: {}",
        cards[1]
    );
}
