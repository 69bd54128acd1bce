//! End-to-end tests: the release build in `dist/`, served from 127.0.0.1, read by
//! headless Chromium the way a citizen reads it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::Value;
use support::{
    js, open_report, shipped_report, wait_for, wait_until, Browser, Reply, StaticServer,
};

const DATA: &str = "/data/huiyang-2023.json";

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

fn paragraph_count(report: &Value) -> usize {
    fn walk(sections: &Value) -> usize {
        sections
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["paragraphs"].as_array().unwrap().len() + s.get("subsections").map_or(0, walk)
            })
            .sum()
    }
    walk(&report["sections"])
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
        assert!(panel.contains("cut off in transfer"), "{panel}");
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

/// The server path of the app's main wasm module (`/law-report-<hash>_bg.wasm`; the
/// text and chart modules are apart).
fn wasm_path() -> String {
    let entry = std::fs::read_dir(support::dist())
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with("_bg.wasm"))
        .expect("dist/ has the app's wasm file: run trunk build --release");
    format!("/{}", entry.file_name().to_string_lossy())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_title_and_opening_paragraph_show_before_the_app_loads_in_the_stored_theme() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    let wasm_path = wasm_path();
    let report = shipped_report();
    // The first load stores the dark theme; the second waits 4 s for the wasm.
    server.delay_file(&wasm_path, std::time::Duration::from_secs(4));
    server.delay_file(&wasm_path, std::time::Duration::from_secs(4));
    let data_requests_before = server.requests_for(DATA);
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        js(&c, "localStorage.setItem('law-report.theme', 'dark'); return 0").await;
        c.goto(&url).await.unwrap();
        // Before the wasm has arrived: the report's own title and opening paragraph.
        let first = js(
            &c,
            "const v = document.getElementById('first-view');
             return v && [v.querySelector('h1').textContent, v.querySelector('p.paragraph').textContent,
                          document.documentElement.dataset.theme, !!document.getElementById('report-title')]",
        )
        .await;
        assert_eq!(first[0], report["meta"]["title"], "{first}");
        assert_eq!(first[1], report["sections"][0]["paragraphs"][0]["text"]);
        assert_eq!(first[2], "dark", "the stored theme applies before the app runs");
        assert_eq!(first[3], false, "the app has not rendered yet");
        // Then the app replaces it: one title, no leftover first view.
        wait_for(&c, "#report-title").await;
        let after = js(&c, "return [document.querySelectorAll('#first-view').length, document.querySelectorAll('h1').length]").await;
        assert_eq!(after, serde_json::json!([0, 1]));
        assert_no_panic(&c).await;
    })
    .await;
    // The preloaded report is the one the app reads: one request per page load.
    assert_eq!(server.requests_for(DATA) - data_requests_before, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_never_shows_the_first_view() {
    let server = StaticServer::start().await;
    let url = server.url("/?embed=chart/mediation-funnel");
    server.delay_file(&wasm_path(), std::time::Duration::from_secs(3));
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        let shown = js(&c, "const v = document.getElementById('first-view'); return v ? v.getBoundingClientRect().height : -1").await;
        assert_eq!(shown, serde_json::json!(0), "the first view is hidden in embeds");
        wait_for(&c, ".embed-root .chart-card svg").await;
        assert_eq!(js(&c, "return document.querySelectorAll('#first-view').length").await, serde_json::json!(0));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn when_the_wasm_cannot_load_the_page_says_so_and_keeps_the_first_view() {
    let server = StaticServer::start().await;
    let wasm_path = wasm_path();
    server.reply_once(&wasm_path, Reply::status(404));
    let url = server.url("/");
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        let alert = wait_for(&c, ".load-failed[role=alert]").await.text().await.unwrap();
        assert!(alert.contains("页面程序未能加载"), "{alert}");
        assert!(alert.contains("刷新"), "{alert}");
        let left = js(&c, "return [!!document.querySelector('#first-view h1'), !!document.querySelector('#first-view .loading-notice')]").await;
        assert_eq!(left, serde_json::json!([true, false]), "the report's opening stays; the spinner goes");
    })
    .await;
}

/// The paragraphs of the report's opening, untitled section.
fn opening_paragraphs(report: &Value) -> Vec<Value> {
    let opening = &report["sections"][0];
    assert!(
        opening.get("title").is_none_or(Value::is_null),
        "the report opens untitled"
    );
    opening["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].clone())
        .collect()
}

/// What the report body shows: the paragraphs' text, how many section headings, and
/// the text of the place that stands in for the sections while their code loads.
const BODY_STATE: &str = "return [
    [...document.querySelectorAll('#main p.paragraph')].map(p => p.textContent),
    document.querySelectorAll('#main .section-heading').length,
    (document.getElementById('report-text-pending') || {}).textContent || null,
    document.querySelectorAll('.key-figure').length]";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_top_of_the_page_and_the_opening_paragraphs_do_not_wait_for_the_text_code() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let (opening, total) = (opening_paragraphs(&report), paragraph_count(&report));
    let module = server.delay_module(support::Module::Text, std::time::Duration::from_secs(5));
    let url = server.url("/");
    Browser::run(1280, 900, |c| async move {
        c.goto(&url).await.unwrap();
        wait_for(&c, "#report-title").await;
        let state = js(&c, BODY_STATE).await;
        assert_eq!(
            state[0],
            Value::from(opening),
            "the opening paragraphs, as plain text"
        );
        assert_eq!(state[1], 0, "no section is built before its code arrives");
        let pending = state[2]
            .as_str()
            .expect("a place saying the text is loading");
        assert!(pending.contains("正在加载报告全文"), "{pending}");
        assert!(state[3].as_u64().unwrap() > 0, "the key figures are shown");
        // Then every section replaces the stand-in.
        wait_for(&c, ".report-footer").await;
        let state = js(&c, BODY_STATE).await;
        assert_eq!(state[0].as_array().unwrap().len(), total);
        assert_eq!(state[2], Value::Null, "the stand-in is gone");
        assert_no_panic(&c).await;
    })
    .await;
    assert_eq!(server.requests_for(&module), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn when_the_text_code_fails_the_top_stays_and_try_again_builds_the_text() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let (opening, total) = (opening_paragraphs(&report), paragraph_count(&report));
    let module = support::Module::Text.path();
    server.reply_once(&module, Reply::dropped());
    let (server_ref, url) = (&server, server.url("/"));
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        wait_for(&c, ".text-code-failed").await;
        let state = js(&c, BODY_STATE).await;
        assert_eq!(
            state[0],
            Value::from(opening),
            "the opening paragraphs stay"
        );
        let message = state[2].as_str().unwrap();
        assert!(message.contains("显示报告全文的程序未能加载"), "{message}");
        assert!(state[3].as_u64().unwrap() > 0, "the key figures stay");
        assert_eq!(
            js(
                &c,
                "return document.querySelector('.text-code-failed').getAttribute('role')"
            )
            .await,
            "alert"
        );
        // "Try again" fetches the module again (a little late this time); focus waits
        // on the text's place instead of being lost with the button.
        server_ref.delay_module(support::Module::Text, std::time::Duration::from_secs(2));
        support::click(&c, ".text-code-failed button").await;
        wait_until(
            &c,
            "focus on the text's place",
            "return document.activeElement && document.activeElement.id === 'report-text-pending'",
        )
        .await;
        wait_for(&c, ".report-footer").await;
        let state = js(&c, BODY_STATE).await;
        assert_eq!(state[0].as_array().unwrap().len(), total);
        assert_eq!(state[2], Value::Null);
        assert_no_panic(&c).await;
    })
    .await;
    assert_eq!(
        server.requests_for(&module),
        2,
        "one failed request, one retry"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_says_when_its_code_cannot_load_and_try_again_shows_it() {
    let server = StaticServer::start().await;
    let module = support::Module::Text.path();
    server.reply_once(&module, Reply::dropped());
    let url = server.url("/?embed=section/s1");
    Browser::run(390, 844, |c| async move {
        c.goto(&url).await.unwrap();
        wait_for(&c, ".embed-root, .text-code-failed").await;
        let message = js(
            &c,
            "return document.querySelector('.text-code-failed').textContent",
        )
        .await;
        assert!(
            message
                .as_str()
                .unwrap()
                .contains("显示报告全文的程序未能加载"),
            "{message}"
        );
        support::click(&c, ".text-code-failed button").await;
        wait_for(&c, ".embed-root #s1 p.paragraph").await;
        assert_no_panic(&c).await;
    })
    .await;
}
