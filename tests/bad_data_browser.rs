//! Browser tests of bad data and bad networks: hostile text, a report changed after
//! the build, a slow server, a dropped connection, going offline, and the wrong content type.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use serde_json::json;
use support::{
    js, js_text, open_report, shipped_report, wait_for, wait_until, Browser, Reply, StaticServer,
};

const DATA: &str = "/data/huiyang-2023.json";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_paragraph_containing_html_shows_it_literally() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    let hostile = "<b>粗体</b><img src=x onerror=\"window.hacked=1\">";
    let text = report["sections"][0]["paragraphs"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    report["sections"][0]["paragraphs"][0]["text"] = json!(format!("{text}{hostile}"));
    server.reply_once(DATA, Reply::json(report.to_string()));
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        let shown = support::text_of(&c, "#p0-1").await;
        assert!(shown.ends_with(hostile), "{shown}");
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('#p0-1 b, #p0-1 img').length"
            )
            .await,
            json!(0)
        );
        assert_eq!(
            js(&c, "return window.hacked === undefined").await,
            json!(true)
        );
    })
    .await;
}

/// The browser parses a report but does not check it (issue 28): every report the
/// site ships was checked by the build, which refuses one with problems, and the
/// checks left the reader's wasm. A report changed on the server after the build
/// (here with a typo that breaks a stated rate) is still shown, as it is, and the
/// checks' own test reads the page the build would make of it (tests/prerender.rs).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_report_changed_after_the_build_is_shown_unchecked() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    for section in report["sections"].as_array_mut().unwrap() {
        let subsections = section
            .get_mut("subsections")
            .and_then(|s| s.as_array_mut());
        for sub in subsections.into_iter().flatten() {
            for p in sub["paragraphs"].as_array_mut().unwrap() {
                let text = p["text"]
                    .as_str()
                    .unwrap()
                    .replace("调解成功1268宗", "调解成功1168宗");
                p["text"] = json!(text);
            }
        }
    }
    for f in report["figures"].as_array_mut().unwrap() {
        if f["id"] == "mediation.successful" {
            f["value"] = json!(1168);
            f["quote"] = json!("调解成功1168宗");
        }
    }
    server.reply_once(DATA, Reply::json(report.to_string()));
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        // The app built the page anew from the changed report.
        let text = js_text(&c, "return document.getElementById('app').innerText").await;
        assert!(
            text.contains("调解成功1168宗"),
            "the changed report is shown"
        );
        assert!(
            !text.contains("调解成功1268宗"),
            "not the page the build wrote"
        );
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('.data-problems, .is-suspect').length"
            )
            .await,
            json!(0),
            "the browser runs no consistency checks"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_slow_server_times_out_and_the_retry_the_reader_starts_succeeds() {
    let server = StaticServer::start().await;
    let text = std::fs::read_to_string(support::dist().join("data/huiyang-2023.json")).unwrap();
    // The first answer never comes in time; the time-out is shortened to 0.4 s through
    // the test-only query, and the automatic retry set far off, so that the notice
    // stays until the reader starts the retry.
    server.reply_once(DATA, Reply::json(text).delayed(Duration::from_secs(60)));
    Browser::run(390, 844, |c| async move {
        c.goto(&server.url("/?report_timeout_ms=400&retry_ms=600000"))
            .await
            .unwrap();
        wait_until(
            &c,
            "the timeout is announced",
            "return document.body.innerText.includes('加载超时')",
        )
        .await;
        let notice = js_text(&c, "return document.body.innerText").await;
        assert!(notice.contains("0.4 秒内没有收到报告数据"), "{notice}");
        assert!(notice.contains("600 秒后自动重试(第 1 次"), "{notice}");
        assert_eq!(
            server.requests_for(DATA),
            1,
            "no retry before the reader asks"
        );
        support::click(&c, ".retry-now").await;
        // The title is in the page the build wrote: the app attaching to it (after the
        // retried fetch) is what shows the retry succeeded.
        support::wait_until_ready(&c).await;
        assert_eq!(server.requests_for(DATA), 2);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn dropped_connections_are_retried_then_explained_and_coming_online_reloads() {
    let server = StaticServer::start().await;
    // public/boot.js preloads the report. The app's first fetch takes over the preload
    // while it is in flight, but makes its own request if the preload has already
    // failed; so the four attempts make four or five requests, and five are dropped.
    for _ in 0..5 {
        server.reply_once(DATA, Reply::dropped());
    }
    Browser::run(390, 844, |c| async move {
        // Back-off shortened through the test-only query: 50 + 100 + 200 ms.
        c.goto(&server.url("/?retry_ms=50")).await.unwrap();
        // Three automatic retries, then the error panel.
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains("无法连接到服务器"), "{panel}");
        let gave_up_after = server.requests_for(DATA);
        assert!(
            (4..=5).contains(&gave_up_after),
            "one attempt and three automatic retries, plus perhaps the preload: {gave_up_after}"
        );

        // Going offline: the retry says so instead of trying the network.
        js(&c, "Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false}); return 0").await;
        support::click(&c, ".error-panel .retry").await;
        wait_until(&c, "offline is announced", "return document.body.innerText.includes('网络已断开')").await;
        assert_eq!(server.requests_for(DATA), gave_up_after, "no request while offline");

        // Coming back online after the app gave up reloads by itself.
        server.clear_replies(DATA);
        wait_for(&c, ".error-panel").await;
        js(&c, "delete navigator.onLine; window.dispatchEvent(new Event('online')); return 0").await;
        wait_for(&c, "#report-title").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_html_page_instead_of_the_report_is_named_as_such() {
    let server = StaticServer::start().await;
    server.reply_once(
        DATA,
        Reply::json("<!DOCTYPE html><p>登录</p>").with_content_type("text/html; charset=utf-8"),
    );
    Browser::run(390, 844, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains("报告数据类型不对"), "{panel}");
        assert!(panel.contains("text/html"), "{panel}");
        support::click(&c, ".error-panel .retry").await;
        open_report(&c, &server.url("/")).await;
    })
    .await;
}
