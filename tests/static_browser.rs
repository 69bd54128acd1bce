//! The page as the build wrote it, in browsers that never run the app: with
//! JavaScript off, and without WebAssembly (older in-app browsers). Every section,
//! paragraph and key figure is there, every chart is drawn and sized, nothing
//! overflows a 320 px screen, and no control that needs the app is offered.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::json;
use support::{js, paragraph_count, shipped_report, wait_for, Browser, StaticServer};

/// What the page must hold: (paragraphs, key figures, charts), from the shipped report.
fn expected() -> (usize, usize, usize) {
    let report = shipped_report();
    (
        paragraph_count(&report),
        report["key_figures"].as_array().unwrap().len(),
        report["charts"].as_array().unwrap().len(),
    )
}

/// How many elements match `css`, asked through WebDriver (no page script needed).
async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.expect(css).len()
}

/// The smallest text a chart draws, in px of its drawing: a funnel's step line, at
/// 0.9 × the 13 px of chart text (src/charts/layout/funnel.rs).
const SMALLEST_CHART_TEXT: f64 = 0.9 * 13.0;

/// (paragraphs, key figures, chart cards, chart drawings at least 40 px tall whose
/// smallest text shows at 11 CSS px or more, drawings wider than the screen), through
/// WebDriver alone.
async fn static_state(c: &Client, width: f64) -> (usize, usize, usize, usize, usize) {
    let mut sized = 0;
    let mut too_wide = 0;
    for svg in c.find_all(Locator::Css(".chart-canvas svg")).await.unwrap() {
        let (x, _, w, h) = svg.rectangle().await.expect("the drawing's box");
        let drawn: f64 = svg
            .attr("width")
            .await
            .unwrap()
            .and_then(|w| w.parse().ok())
            .expect("the drawing's width");
        let smallest = SMALLEST_CHART_TEXT * w / drawn;
        if h >= 40.0 && smallest >= 11.0 {
            sized += 1;
        } else {
            eprintln!("a drawing {w} × {h} px, drawn {drawn} px wide: its smallest text is {smallest:.1} px");
        }
        if x < 0.0 || x + w > width + 0.5 {
            too_wide += 1;
        }
    }
    (
        count(c, "#main p.paragraph").await,
        count(c, ".key-figure").await,
        count(c, "figure.chart-card").await,
        sized,
        too_wide,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn with_javascript_off_the_whole_report_and_every_chart_are_there_at_320_px() {
    let server = StaticServer::start().await;
    let expected = expected();
    let browser = Browser::open(320, 700).await;
    browser
        .cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )
        .await
        .expect("scripts off");
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.unwrap();
    c.find(Locator::Css("#report-title"))
        .await
        .expect("the title");
    let (paragraphs, key_figures, cards, sized, too_wide) = static_state(&c, 320.0).await;
    assert_eq!(
        (paragraphs, key_figures, cards),
        expected,
        "paragraphs, key figures, chart cards"
    );
    assert_eq!(
        sized, expected.2,
        "every chart drawn, sized, its text at least 11 px"
    );
    assert_eq!(too_wide, 0, "no drawing wider than the screen");
    // The page itself is no wider than the screen.
    let html = c.find(Locator::Css("html")).await.unwrap();
    let body = c.find(Locator::Css("body")).await.unwrap();
    let (_, _, html_w, _) = html.rectangle().await.unwrap();
    let (_, _, body_w, _) = body.rectangle().await.unwrap();
    assert!(html_w <= 320.5 && body_w <= 320.5, "{html_w} {body_w}");
    // No control that needs the app is shown; the contents and the panels that open
    // without it are.
    for el in c.find_all(Locator::Css(".needs-app")).await.unwrap() {
        assert!(
            !el.is_displayed().await.unwrap(),
            "a control needing the app is shown"
        );
    }
    assert!(count(&c, "nav.toc details summary").await == 1);
    assert!(count(&c, "nav.toc a[href^='#s']").await > 5);
    let _ = c.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn without_webassembly_the_page_says_so_once_and_keeps_everything_static() {
    let server = StaticServer::start().await;
    let expected = expected();
    let browser = Browser::open(320, 700).await;
    browser
        .before_page_scripts("delete window.WebAssembly;", "removing WebAssembly")
        .await;
    let c = browser.client.clone();
    c.goto(&server.url("/#s1-5")).await.unwrap();
    let notice = wait_for(&c, ".load-failed").await.text().await.unwrap();
    assert!(
        notice.contains("互动功能") && notice.contains("浏览器无法运行"),
        "{notice}"
    );
    assert_eq!(
        js(&c, "return [typeof WebAssembly, document.querySelectorAll('.load-failed').length, document.querySelector('.load-failed').getAttribute('role')]").await,
        json!(["undefined", 1, "status"])
    );
    let (paragraphs, key_figures, cards, sized, too_wide) = static_state(&c, 320.0).await;
    assert_eq!((paragraphs, key_figures, cards), expected);
    assert_eq!((sized, too_wide), (expected.2, 0));
    let state = js(
        &c,
        "return [document.documentElement.scrollWidth <= innerWidth,
                 [...document.querySelectorAll('.needs-app')].every(e => e.offsetParent === null),
                 Math.abs(document.getElementById('s1-5').getBoundingClientRect().top) < innerHeight]",
    )
    .await;
    assert_eq!(
        state,
        json!([true, true, true]),
        "no overflow, no control needing the app, the linked section in view"
    );
    let _ = c.close().await;
}
