//! Search in the browser: matches counted and highlighted, Enter and Shift+Enter move
//! between them (opening collapsed sections), digits match with separators, the query
//! lives in the address and survives a reload, and Escape clears it. Also a
//! keyboard-only walk: skip link, search, sections and a chart, without the mouse.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use support::{js, js_text, open_report, shipped_report, wait_until, Browser, StaticServer};

const ENTER: &str = "\u{E007}";
const SHIFT: &str = "\u{E008}";
const TAB: &str = "\u{E004}";
const ESCAPE: &str = "\u{E00C}";

/// How often `needle` occurs in the report's paragraphs, counted independently.
fn occurrences(report: &Value, needle: &str) -> usize {
    fn walk(sections: &Value, needle: &str) -> usize {
        sections
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["paragraphs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p["text"].as_str().unwrap().matches(needle).count())
                    .sum::<usize>()
                    + s.get("subsections").map_or(0, |subs| walk(subs, needle))
            })
            .sum()
    }
    walk(&report["sections"], needle)
}

async fn marks(c: &Client) -> usize {
    js(
        c,
        "return document.querySelectorAll('mark.search-hit').length",
    )
    .await
    .as_u64()
    .unwrap() as usize
}

/// Waits until the search says it found `expected` matches, the first current.
async fn counted(c: &Client, expected: usize) {
    let said = format!("第 1 处,共 {expected} 处");
    wait_until(
        c,
        &format!("the status to say {said}"),
        &format!("return document.getElementById('report-search-status').textContent === '{said}'"),
    )
    .await;
}

async fn status(c: &Client) -> String {
    js_text(
        c,
        "return document.getElementById('report-search-status').textContent",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn search_counts_highlights_moves_and_keeps_the_query_in_the_address() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let expected = occurrences(&report, "调解");
    assert!(expected > 10);
    let url = server.url("/");
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &url).await;
        // A collapsed section with matches is opened when a match in it becomes current.
        support::click(&c, "#s1-heading .section-toggle").await;
        let input = c.find(Locator::Css("#report-search-input")).await.unwrap();
        input.send_keys("调解").await.unwrap();
        counted(&c, expected).await;
        // The current match is marked at once, the others as the reader nears them.
        wait_until(&c, "the current match is marked", "return document.getElementById('search-current') !== null").await;
        // The query goes into the address once typing pauses.
        wait_until(&c, "the query in the address", "return location.search.includes('q=%E8%B0%83%E8%A7%A3')").await;

        // Typing moves nothing; the first Enter shows the first match, the next the second.
        let in_view = "const m = document.getElementById('search-current'); \
            return !!m && !document.getElementById('s1-body').hidden && m.getBoundingClientRect().top > 0 && m.getBoundingClientRect().bottom < innerHeight";
        let first_paragraph = "return document.getElementById('search-current').closest('[id^=p]').id";
        let first = js(&c, first_paragraph).await;
        input.send_keys(ENTER).await.unwrap();
        assert_eq!(status(&c).await, format!("第 1 处,共 {expected} 处"));
        wait_until(&c, "the first match is shown", in_view).await;
        assert_eq!(js(&c, first_paragraph).await, first, "the first match, not the second");
        input.send_keys(ENTER).await.unwrap();
        assert_eq!(status(&c).await, format!("第 2 处,共 {expected} 处"));
        wait_until(&c, "the current match is shown", in_view).await;
        // With the section open again, every match is marked once the reader has
        // scrolled to it.
        assert_eq!(support::scroll_through_marks(&c, "调解").await, expected);
        input.send_keys(&format!("{SHIFT}{ENTER}")).await.unwrap();
        assert_eq!(status(&c).await, format!("第 1 处,共 {expected} 处"));
        input.send_keys(&format!("{SHIFT}{ENTER}")).await.unwrap();
        assert_eq!(status(&c).await, format!("第 {expected} 处,共 {expected} 处"), "wraps to the last");

        c.refresh().await.unwrap(); // the address still carries ?q=
        // The built page has an empty box; the app fills it from the address once live.
        support::wait_until_ready(&c).await;
        let input = c.find(Locator::Css("#report-search-input")).await.unwrap();
        assert_eq!(input.prop("value").await.unwrap().as_deref(), Some("调解"));
        counted(&c, expected).await;
        assert_eq!(support::scroll_through_marks(&c, "调解").await, expected);

        input.send_keys(ESCAPE).await.unwrap();
        wait_until(&c, "Escape clears", "return document.querySelectorAll('mark.search-hit').length === 0").await;
        wait_until(&c, "the query leaves the address", "return location.search === ''").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_keystroke_marks_the_current_match_and_the_others_while_the_reader_is_near_them() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let expected = occurrences(&report, "执法");
    let url = server.url("/");
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        support::search_for(&c, "执法").await;
        counted(&c, expected).await;
        // A paragraph with matches, not the current one's, is marked once in view: the
        // paragraphs' watch for the reader works.
        js(&c, "document.getElementById('p1-4-1').scrollIntoView({block: 'center', behavior: 'instant'}); return 0").await;
        wait_until(&c, "a paragraph in view is marked", "return document.querySelectorAll('#p1-4-1 mark.search-hit').length > 0").await;
        // The last paragraph holding the query is far below: not marked.
        let far = "const p = document.getElementById('p3-6'); return [p.getBoundingClientRect().top > 2 * innerHeight, p.querySelector('mark.search-hit') !== null]";
        assert_eq!(js(&c, far).await, json!([true, false]), "a far paragraph was marked");
        assert!(marks(&c).await < expected);
        js(&c, "document.getElementById('p3-6').scrollIntoView({block: 'center', behavior: 'instant'}); return 0").await;
        wait_until(&c, "the far paragraph is marked once scrolled to", "return document.querySelector('#p3-6 mark.search-hit') !== null").await;
        // and the paragraph left far behind is no longer.
        wait_until(&c, "a paragraph far behind is unmarked", "return document.querySelector('#p1-4-1 mark.search-hit') === null").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn digits_are_found_with_separators_and_full_width_and_misses_are_said() {
    let server = StaticServer::start().await;
    let url = server.url("/?q=1%2C424%2C343");
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        wait_until(&c, "the grouped number matches the text", "return document.querySelectorAll('mark.search-hit').length === 1").await;
        // A search link opens at its match: the page is scrolled to it.
        wait_until(&c, "the match is in view", "const m = document.getElementById('search-current'); \
            return !!m && m.getBoundingClientRect().top > 0 && m.getBoundingClientRect().bottom < innerHeight && scrollY > 0").await;
        let hit = js(&c, "return document.querySelector('mark.search-hit').textContent").await;
        assert_eq!(hit, json!("1424343宗"), "the figure holding the number is marked");
        support::open_panel(&c, "search").await;
        let input = c.find(Locator::Css("#report-search-input")).await.unwrap();
        input.clear().await.unwrap();
        input.send_keys("１３００").await.unwrap();
        wait_until(&c, "full-width digits match", "return document.querySelectorAll('mark.search-hit').length === 1").await;
        input.clear().await.unwrap();
        input.send_keys("不存在的词语").await.unwrap();
        wait_until(&c, "a miss is said", "return document.getElementById('report-search-status').textContent.includes('没有找到')").await;
        assert_eq!(marks(&c).await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_page_can_be_used_with_the_keyboard_alone() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &url).await;
        let body = c.find(Locator::Css("body")).await.unwrap();
        body.send_keys(TAB).await.unwrap();
        let active = "return document.activeElement.className + '|' + document.activeElement.textContent.trim().slice(0, 8)";
        assert_eq!(js(&c, active).await, json!("skip-link|跳到正文"), "the skip link comes first");
        // The order continues through the settings control and the search box.
        let mut seen = Vec::new();
        for _ in 0..6 {
            c.active_element().await.unwrap().send_keys(TAB).await.unwrap();
            seen.push(js(&c, "return document.activeElement.id || document.activeElement.className").await.as_str().unwrap().to_string());
        }
        assert!(seen.iter().any(|s| s == "toolbar-settings"), "{seen:?}");
        assert!(seen.iter().any(|s| s == "report-search-input"), "{seen:?}");
        // Every focusable element shows a visible focus ring.
        let ring = js(&c, "const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2").await;
        assert_eq!(ring, json!(true), "no visible focus ring on {seen:?}");

        // A section toggle works with Enter; a chart takes arrow keys and Enter.
        let toggle = c.find(Locator::Css("#s2-heading .section-toggle")).await.unwrap();
        toggle.send_keys(ENTER).await.unwrap();
        assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
        toggle.send_keys(ENTER).await.unwrap();
        assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
        let chart = c.find(Locator::Css("#chart-mediation-funnel .chart-canvas")).await.unwrap();
        chart.send_keys("\u{E015}").await.unwrap(); // ArrowDown
        chart.send_keys(ENTER).await.unwrap();
        wait_until(&c, "Enter on a bar moves focus to its sentence", "return document.activeElement.id === 'fig-mediation.disputes'").await;
    })
    .await;
}
