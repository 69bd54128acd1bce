//! End-to-end tests: the release build in `dist/`, served from 127.0.0.1, read by
//! headless Chromium the way a citizen reads it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::Value;
use support::{
    js, open_report, paragraph_count, shipped_report, wait_for, wait_until, Browser, Reply,
    StaticServer,
};

const DATA: &str = "/data/huiyang-2023.json";
/// WebDriver's Enter and Shift keys.
const ENTER: &str = "\u{E007}";
const SHIFT: &str = "\u{E008}";

fn titles(report: &Value) -> Vec<String> {
    fn walk(sections: &Value, out: &mut Vec<String>) {
        for s in sections.as_array().unwrap() {
            if let Some(t) = s["title"].as_str() {
                out.push(t.to_string());
            }
            if let Some(subs) = s.get("subsections") {
                walk(subs, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&report["sections"], &mut out);
    out
}

async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for el in client.find_all(Locator::Css(css)).await.unwrap() {
        out.push(el.text().await.unwrap());
    }
    out
}

async fn assert_no_panic(client: &Client) {
    let body = js(client, "return document.body.innerText").await;
    let body = body.as_str().unwrap();
    assert!(
        !body.contains("内部错误"),
        "the panic panel is showing:\n{body}"
    );
    assert!(
        !body.contains("panicked"),
        "a panic message is showing:\n{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_title_and_every_section_heading_are_shown() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let title = support::text_of(&c, "#report-title").await;
        assert_eq!(title, report["meta"]["title"].as_str().unwrap());
        assert_eq!(texts(&c, ".section-heading .title").await, titles(&report));
        let header = support::text_of(&c, ".report-header").await;
        for field in [
            "published_at",
            "source_office",
            "publishing_office",
            "signed_on_text",
        ] {
            let value = report["meta"][field].as_str().unwrap();
            assert!(
                header.contains(value),
                "header lacks {field} {value}:\n{header}"
            );
        }
        assert_eq!(
            js(&c, "return document.title").await.as_str().unwrap(),
            "惠阳区2023年度法治政府建设情况报告"
        );
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_paragraph_of_the_json_is_rendered_verbatim() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let shown = texts(&c, "p.paragraph").await;
        assert_eq!(shown.len(), paragraph_count(&report));
        let first = report["sections"][0]["paragraphs"][0]["text"]
            .as_str()
            .unwrap();
        assert_eq!(shown[0], first);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn stated_figures_appear_inline_and_in_key_figures_with_the_right_values() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        for (id, written) in [
            ("enforcement.inspections_recorded", "7397宗"),
            ("enforcement.permits_recorded", "74728宗"),
            ("mediation.success_rate", "97.5%"),
            ("mediation.agreement_amount", "1.1亿元"),
            ("study.thematic_study_sessions", "约200场"),
            ("study.unit_and_village_law_lectures", "700余场次"),
            ("review.applications", "333宗"),
        ] {
            let css = format!("[id='fig-{id}']");
            let el = c
                .find(Locator::Css(&css))
                .await
                .unwrap_or_else(|_| panic!("no inline figure {id}"));
            assert_eq!(el.text().await.unwrap(), written, "{id}");
            assert_eq!(
                el.attr("tabindex").await.unwrap().as_deref(),
                Some("0"),
                "{id} is focusable"
            );
        }
        let cards = texts(&c, ".key-figure .key-figure-value").await;
        assert_eq!(cards.len(), 8);
        assert!(
            cards
                .iter()
                .any(|t| t.replace(char::is_whitespace, "") == "1,424,343宗"),
            "{cards:?}"
        );
        assert!(
            cards
                .iter()
                .any(|t| t.replace(char::is_whitespace, "") == "97.5%"),
            "{cards:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn no_horizontal_overflow_from_320_to_1440_pixels() {
    let server = StaticServer::start().await;
    Browser::run(320, 800, |c| async move {
        open_report(&c, &server.url("/")).await;
        for width in [320u32, 390, 768, 1440] {
            support::set_viewport(&c, width, 900).await;
            let overflow = js(
                &c,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            )
            .await;
            assert_eq!(overflow.as_i64(), Some(0), "horizontal overflow at {width}px");
        }
    })
    .await;
}

/// A script that is true when element `id` is near the top of the viewport.
fn in_view(id: &str) -> String {
    format!(
        "const r = document.getElementById('{id}').getBoundingClientRect(); \
         return r.top > -5 && r.top < window.innerHeight / 2;"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_section_deep_link_lands_on_its_section_and_survives_a_reload() {
    let server = StaticServer::start().await;
    Browser::run(390, 800, |c| async move {
        open_report(&c, &server.url("/#s1-5")).await;
        let script = in_view("s1-5");
        wait_until(&c, "section s1-5 is scrolled into view", &script).await;
        let class = c
            .find(Locator::Css("#s1-5"))
            .await
            .unwrap()
            .attr("class")
            .await
            .unwrap();
        assert!(class.unwrap_or_default().contains("is-target"));

        c.refresh().await.unwrap();
        wait_for(&c, "#report-title").await;
        wait_until(&c, "section s1-5 is in view after reload", &script).await;
        assert_eq!(js(&c, &in_view("s1-5")).await, Value::Bool(true));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_deep_link_into_a_collapsed_section_opens_it() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let toggle = c
            .find(Locator::Css("#s1-heading .section-toggle"))
            .await
            .unwrap();
        toggle.click().await.unwrap();
        assert_eq!(
            toggle.attr("aria-expanded").await.unwrap().as_deref(),
            Some("false")
        );
        let hidden = js(&c, "return document.getElementById('s1-body').hidden").await;
        assert_eq!(hidden, Value::Bool(true));

        support::click(&c, ".toc a[href='#s1-4']").await;
        wait_until(
            &c,
            "s1 reopens",
            "return !document.getElementById('s1-body').hidden",
        )
        .await;
        let script = in_view("s1-4");
        wait_until(&c, "s1-4 is in view", &script).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn back_and_forward_move_between_linked_sections() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        support::click(&c, ".toc a[href='#s1-2']").await;
        wait_until(&c, "s1-2 in view", &in_view("s1-2")).await;
        support::click(&c, ".toc a[href='#s3']").await;
        wait_until(&c, "s3 in view", &in_view("s3")).await;
        c.back().await.unwrap();
        wait_until(&c, "back to s1-2", &in_view("s1-2")).await;
        assert_eq!(c.current_url().await.unwrap().fragment(), Some("s1-2"));
        c.forward().await.unwrap();
        wait_until(&c, "forward to s3", &in_view("s3")).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn broken_json_names_the_bad_field_and_does_not_panic() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    report["figures"][3]["value"] = Value::String("three".into());
    server.reply_once(DATA, Reply::json(report.to_string()));
    Browser::run(390, 800, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains("figures[3].value"), "{panel}");
        assert!(panel.contains("报告数据格式错误"), "{panel}");
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn truncated_json_is_reported_as_such() {
    let server = StaticServer::start().await;
    let text = shipped_report().to_string();
    server.reply_once(
        DATA,
        Reply::json(&text[..text.floor_char_boundary(text.len() / 3)]),
    );
    Browser::run(390, 800, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains("报告数据不完整"), "{panel}");
        assert!(panel.contains("传输中被截断"), "{panel}");
        // The parser's English is folded away, marked as English.
        assert!(!panel.contains("cut off in transfer"), "{panel}");
        let technical = js(&c, "const d = document.querySelector('.error-panel details.technical-details p[lang=en]'); return d && d.textContent").await;
        assert!(technical.as_str().unwrap_or_default().contains("cut off in transfer"), "{technical}");
        assert_no_panic(&c).await;
    })
    .await;
}

async fn http_error_then_retry(status: u16, heading: &str) {
    let server = StaticServer::start().await;
    server.reply_once(DATA, Reply::status(status));
    let heading = heading.to_string();
    Browser::run(390, 800, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains(&format!("HTTP {status}")), "{panel}");
        assert!(panel.contains(&heading), "{panel}");
        support::click(&c, ".error-panel .retry").await;
        wait_for(&c, "#report-title").await;
        assert_eq!(server.requests_for(DATA), 2);
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_404_shows_an_error_whose_retry_then_succeeds() {
    http_error_then_retry(404, "找不到报告数据").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_500_shows_an_error_whose_retry_then_succeeds() {
    http_error_then_retry(500, "服务器出错").await;
}

#[test]
fn the_built_app_never_contains_the_injected_first_line() {
    let source =
        std::fs::read_to_string(support::root().join("tests/fixtures/source-page.txt")).unwrap();
    let injected = source
        .lines()
        .next()
        .unwrap()
        .split_once(' ')
        .unwrap()
        .1
        .to_string();
    let mut checked = 0;
    let mut stack = vec![support::dist()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for needle in [injected.as_str(), "国徽"] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{} contains {needle}",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} files in dist/");
}

/// What the page holds: paragraphs, section headings, key figures, chart drawings
/// with a size, and whether the app is live.
const PAGE_STATE: &str = "return [
    document.querySelectorAll('#main p.paragraph').length,
    document.querySelectorAll('#main .section-heading').length,
    document.querySelectorAll('.key-figure').length,
    [...document.querySelectorAll('.chart-canvas svg')].filter(s => s.getBoundingClientRect().height > 40).length,
    document.documentElement.hasAttribute('data-ready')]";

/// What a reader reads, as a CSS selector list (the drawings are redrawn at their
/// real width once the app is live, and may then fit longer labels).
/// The report's reading text: the footer without the QR code the app adds for paper.
const READING_TEXT: &str = "'#main .paragraph, #main .section-heading, .key-figure, .chart-table, .report-footer > :not(.print-qr)'";

/// Counts the page should hold, from the shipped report.
fn expected_counts(report: &Value) -> (usize, usize, usize) {
    let headings = titles(report).len();
    let key_figures = report["key_figures"].as_array().unwrap().len();
    let charts = report["charts"].as_array().unwrap().len();
    (headings, key_figures, charts)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_whole_report_shows_before_the_app_starts_and_the_app_attaches_to_it() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    let wasm_path = support::app_wasm();
    let report = shipped_report();
    let total = paragraph_count(&report);
    let (headings, key_figures, charts) = expected_counts(&report);
    // The first load stores the dark theme; the second waits 4 s for the wasm.
    server.delay_file(&wasm_path, std::time::Duration::from_secs(4));
    server.delay_file(&wasm_path, std::time::Duration::from_secs(4));
    let data_requests_before = server.requests_for(DATA);
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        js(
            &c,
            "localStorage.setItem('law-report.theme', 'dark'); return 0",
        )
        .await;
        c.goto(&url).await.unwrap();
        // Before the wasm has arrived: the whole report, its key figures and charts.
        let before = js(&c, PAGE_STATE).await;
        assert_eq!(
            before,
            serde_json::json!([total, headings, key_figures, charts, false]),
            "paragraphs, headings, key figures, drawn charts, app live"
        );
        let shown = js(
            &c,
            &"const t = document.getElementById('report-title');
             t.dataset.seen = 'before';
             return [t.textContent, document.documentElement.dataset.theme,
                     getComputedStyle(document.querySelector('.report-search')).filter !== 'none',
                     [...document.querySelectorAll(TEXT)].map(e => e.textContent).join('\\n')]"
                .replace("TEXT", READING_TEXT),
        )
        .await;
        assert_eq!(shown[0], report["meta"]["title"]);
        assert_eq!(
            shown[1], "dark",
            "the stored theme applies before the app runs"
        );
        assert_eq!(
            shown[2], true,
            "the search box is visibly waiting for the app"
        );
        // Then the app attaches to the same nodes: nothing is built again.
        support::wait_until_ready(&c).await;
        let after = js(
            &c,
            &"return [document.getElementById('report-title').dataset.seen,
                     document.querySelectorAll('h1').length,
                     getComputedStyle(document.querySelector('.report-search')).filter,
                     [...document.querySelectorAll(TEXT)].map(e => e.textContent).join('\\n')]"
                .replace("TEXT", READING_TEXT),
        )
        .await;
        assert_eq!(after[0], "before", "the title is the node the build wrote");
        assert_eq!(after[1], 1, "one title");
        assert_eq!(after[2], "none", "the search box is live");
        assert_eq!(
            after[3], shown[3],
            "the report's text is unchanged by the app"
        );
        assert_eq!(js(&c, PAGE_STATE).await[4], true);
        assert_no_panic(&c).await;
    })
    .await;
    // The preloaded report is the one the app reads: one request per page load.
    assert_eq!(server.requests_for(DATA) - data_requests_before, 2);
}

/// Installed before the page's own scripts: as soon as the app has attached the page's
/// frame and left its sections and charts for later tasks (`<html data-attaching>`),
/// clicks the top bar's search button, and records whether the app was still attaching
/// right before and right after that click.
const CLICK_WHILE_ATTACHING: &str = "
    const seen = window.__attaching = { before: null, after: null };
    new MutationObserver((_, observer) => {
        const html = document.documentElement;
        if (!html || !html.hasAttribute('data-attaching')) return;
        observer.disconnect();
        seen.before = html.hasAttribute('data-attaching');
        document.getElementById('toolbar-search').click();
        seen.after = html.hasAttribute('data-attaching');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-attaching'] });";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_click_while_the_app_attaches_in_parts_first_attaches_the_rest() {
    let server = StaticServer::start().await;
    let browser = Browser::open(390, 844).await;
    browser
        .before_page_scripts(CLICK_WHILE_ATTACHING, "the click while attaching")
        .await;
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.unwrap();
    support::wait_until_ready(&c).await;
    assert_eq!(
        js(&c, "return [window.__attaching.before, window.__attaching.after, document.documentElement.hasAttribute('data-attaching')]").await,
        serde_json::json!([true, false, false]),
        "parts were left for later, and the click attached them all before its handler ran"
    );
    assert_eq!(
        js(
            &c,
            "return document.getElementById('toolbar-search').getAttribute('aria-expanded')"
        )
        .await,
        "true",
        "the click opened the search panel"
    );
    // Every part is attached: the search marks paragraphs in the first and the last
    // part (its last match, reached by going back from the first), a section folds,
    // and a chart shows its table.
    let input = c.find(Locator::Css("#report-search-input")).await.unwrap();
    input.send_keys("执法").await.unwrap();
    wait_until(
        &c,
        "the first match is marked in the first part",
        "return document.querySelector('#s1 #search-current') !== null",
    )
    .await;
    input.send_keys(&format!("{SHIFT}{ENTER}")).await.unwrap();
    wait_until(
        &c,
        "the last match is marked in the last part",
        "return document.querySelector('#s3 #search-current') !== null",
    )
    .await;
    js(
        &c,
        "document.querySelector('#s2 .section-toggle').click(); return 0",
    )
    .await;
    wait_until(
        &c,
        "the second part folds",
        "return document.getElementById('s2-body').hidden",
    )
    .await;
    js(
        &c,
        "document.querySelector('.chart-card .chart-toolbar button').click(); return 0",
    )
    .await;
    wait_until(
        &c,
        "a chart shows its table",
        "return !document.querySelector('.chart-card .chart-table-wrap').hidden",
    )
    .await;
    assert_no_panic(&c).await;
    let _ = c.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn scroll_position_focus_and_a_selection_survive_the_app_starting() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    server.delay_file(&support::app_wasm(), std::time::Duration::from_secs(3));
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        // A reader scrolls to a section, focuses its link and selects a sentence.
        let before = js(
            &c,
            "const p = document.querySelector('#s1-5 p.paragraph');
             p.scrollIntoView();
             const link = document.querySelector('#s1-5 .anchor');
             link.focus();
             const range = document.createRange();
             range.selectNodeContents(p.firstChild);
             getSelection().removeAllRanges();
             getSelection().addRange(range);
             return [document.documentElement.hasAttribute('data-ready'), Math.round(scrollY),
                     getSelection().toString().length > 10, document.activeElement === link]",
        )
        .await;
        assert_eq!(before[0], false, "the app has not started yet");
        assert_eq!(before[2], true);
        assert_eq!(before[3], true);
        support::wait_until_ready(&c).await;
        let after = js(
            &c,
            "const p = document.querySelector('#s1-5 p.paragraph');
             return [Math.round(scrollY), getSelection().toString() === p.firstChild.textContent,
                     document.activeElement === document.querySelector('#s1-5 .anchor')]",
        )
        .await;
        assert_eq!(after[0], before[1], "the page did not move");
        assert_eq!(after[1], true, "the selection survives");
        assert_eq!(after[2], true, "focus stays on the link");
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_asked_for_by_address_never_shows_the_full_report() {
    let server = StaticServer::start().await;
    let url = server.url("/?embed=chart/mediation-funnel");
    server.delay_file(&support::app_wasm(), std::time::Duration::from_secs(3));
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        let shown = js(
            &c,
            "return document.getElementById('app').getBoundingClientRect().height",
        )
        .await;
        assert_eq!(
            shown,
            serde_json::json!(0),
            "the full report is hidden in embeds"
        );
        wait_for(&c, ".embed-root .chart-card svg").await;
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('#report-title').length"
            )
            .await,
            serde_json::json!(0)
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_page_shows_its_chart_before_the_app_and_the_app_attaches_to_it() {
    let server = StaticServer::start().await;
    let url = server.url("/embed/huiyang-2023/chart-mediation-funnel.html");
    server.delay_file(&support::app_wasm(), std::time::Duration::from_secs(3));
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        let before = js(
            &c,
            "const svg = document.querySelector('.embed-root #chart-mediation-funnel .chart-svg svg');
             svg.closest('figure').dataset.seen = 'before';
             return [svg.getBoundingClientRect().height > 40,
                     document.querySelectorAll('#report-title, .key-figure').length,
                     document.querySelector('.embed-source a').getAttribute('href'),
                     document.documentElement.hasAttribute('data-ready'),
                     document.body.classList.contains('embed')]",
        )
        .await;
        assert_eq!(
            before,
            serde_json::json!([true, 0, "./?report=huiyang-2023#chart-mediation-funnel", false, true]),
            "drawn, no masthead, the source link, before the app, marked as an embed"
        );
        support::wait_until_ready(&c).await;
        let after = js(
            &c,
            "return [document.querySelector('.embed-root .chart-card').dataset.seen === 'before',
                     document.querySelector('.embed-source a').href]",
        )
        .await;
        assert_eq!(after[0], true, "the app attached to the drawn chart");
        assert!(
            after[1].as_str().unwrap().ends_with("/?report=huiyang-2023#chart-mediation-funnel"),
            "{after}"
        );
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_page_meeting_changed_json_is_rebuilt_as_the_same_embed() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    let text = report["sections"][0]["paragraphs"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    report["sections"][0]["paragraphs"][0]["text"] = Value::from(format!("{text}(更正)"));
    server.reply_once(DATA, Reply::json(report.to_string()));
    let url = server.url("/embed/huiyang-2023/chart-mediation-funnel.html");
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        support::wait_until_ready(&c).await;
        wait_for(&c, ".embed-root #chart-mediation-funnel .chart-svg svg").await;
        let state = js(
            &c,
            "return [document.getElementById('app').hasAttribute('data-prerendered'),
                     document.querySelectorAll('#report-title, .key-figure, .embed-root').length]",
        )
        .await;
        assert_eq!(
            state,
            serde_json::json!([false, 1]),
            "built anew, as the embed alone"
        );
        assert_no_panic(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn when_the_wasm_cannot_load_the_page_says_so_once_and_keeps_the_whole_report() {
    let server = StaticServer::start().await;
    let wasm_path = support::app_wasm();
    server.reply_once(&wasm_path, Reply::status(404));
    let url = server.url("/");
    let report = shipped_report();
    let total = paragraph_count(&report);
    let (headings, key_figures, charts) = expected_counts(&report);
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        let notice = wait_for(&c, ".load-failed[role=status]").await.text().await.unwrap();
        assert!(notice.contains("互动功能"), "{notice}");
        assert!(notice.contains("刷新"), "{notice}");
        assert_eq!(js(&c, "return document.querySelectorAll('.load-failed').length").await, 1);
        assert_eq!(
            js(&c, PAGE_STATE).await,
            serde_json::json!([total, headings, key_figures, charts, false])
        );
        // Controls that need the app are not offered; the contents still link.
        let hidden = js(
            &c,
            "return [...document.querySelectorAll('.needs-app')].every(e => e.offsetParent === null)",
        )
        .await;
        assert_eq!(hidden, true, "no dead control is offered");
    })
    .await;
}
