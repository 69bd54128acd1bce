//! Accessibility: axe-core (installed by the test command into `.tools/`) finds no
//! WCAG 2.1 A/AA or best-practice violation on the full page at 320 and 1280 px, nor
//! in any embed view, in the light, dark, high-contrast and elderly modes, in Chinese and in English;
//! nor with each of the top bar's panels, a share panel or the read-aloud player open.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use fantoccini::Client;
use serde_json::Value;
use support::{
    axe_source, axe_violations as violations, js, shipped_report, wait_for, Browser, StaticServer,
};

/// The reader modes: (name, stored theme, elderly mode, interface language).
const MODES: [(&str, &str, &str, &str); 6] = [
    ("light", "light", "off", "zh"),
    ("dark", "dark", "off", "zh"),
    ("high contrast", "contrast", "off", "zh"),
    ("elderly", "light", "on", "zh"),
    ("english", "light", "off", "en"),
    ("english, elderly, dark", "dark", "on", "en"),
];

/// Stores a mode's preferences for the page's origin, as the settings bar would.
async fn store_mode(c: &Client, theme: &str, elderly: &str, lang: &str) {
    js(
        c,
        &format!(
            "localStorage.setItem('law-report.theme', '{theme}');
             localStorage.setItem('law-report.elderly', '{elderly}');
             localStorage.setItem('law-report.lang', '{lang}'); return 0"
        ),
    )
    .await;
}

async fn full_page_at(width: u32) {
    full_page(&StaticServer::start().await, "/", width, "#report-title").await;
}

/// axe on the page at `path` of `server`, in every mode, once `shown` is on it.
async fn full_page(server: &StaticServer, path: &str, width: u32, shown: &str) {
    let url = server.url(path);
    Browser::run(width, 900, |c| async move {
        let axe = axe_source();
        let mut all = Vec::new();
        c.goto(&url).await.unwrap();
        for (mode, theme, elderly, lang) in MODES {
            store_mode(&c, theme, elderly, lang).await;
            c.goto(&url).await.unwrap();
            support::wait_until_ready(&c).await;
            wait_for(&c, ".chart-card svg").await;
            wait_for(&c, shown).await;
            for v in violations(&c, &axe).await {
                all.push(format!("{mode} at {width}px: {v}"));
            }
        }
        assert!(all.is_empty(), "axe:\n{}", all.join("\n"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_full_page_has_no_axe_violations_at_320_pixels() {
    full_page_at(320).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_full_page_has_no_axe_violations_at_1280_pixels() {
    full_page_at(1280).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_switch_between_two_reports_has_no_axe_violations_at_320_pixels() {
    let server = StaticServer::start_with_two_reports().await;
    full_page(
        &server,
        "/?report=huiyang-2023",
        320,
        ".report-switch a[aria-current=page]",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_embed_view_has_no_axe_violations() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let mut targets: Vec<String> = report["charts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("chart/{}", c["id"].as_str().unwrap()))
        .collect();
    fn sections(v: &Value, out: &mut Vec<String>) {
        for s in v.as_array().unwrap() {
            if s.get("title").is_some() {
                out.push(format!("section/{}", s["id"].as_str().unwrap()));
            }
            if let Some(subs) = s.get("subsections") {
                sections(subs, out);
            }
        }
    }
    sections(&report["sections"], &mut targets);
    let urls: Vec<String> = targets
        .iter()
        .map(|t| server.url(&format!("/?embed={t}")))
        .collect();
    Browser::run(390, 844, |c| async move {
        let axe = axe_source();
        let mut all = Vec::new();
        c.goto(&urls[0]).await.unwrap();
        for (mode, theme, elderly, lang) in MODES {
            store_mode(&c, theme, elderly, lang).await;
            for url in &urls {
                c.goto(url).await.unwrap();
                wait_for(&c, ".embed-root").await;
                for v in violations(&c, &axe).await {
                    all.push(format!("{mode}, {url}: {v}"));
                }
            }
        }
        assert!(all.is_empty(), "axe in embeds:\n{}", all.join("\n"));
    })
    .await;
}

/// With each of the top bar's panels open, a share panel with its QR code, and the
/// read-aloud player (a stand-in voice, tests/support), on a phone in light Chinese
/// and on a desktop in dark, elderly English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_panels_share_panel_and_read_aloud_player_have_no_axe_violations() {
    let server = StaticServer::start().await;
    let mut all = Vec::new();
    for (width, theme, elderly, lang) in [(320, "light", "off", "zh"), (1280, "dark", "on", "en")] {
        let browser = Browser::open(width, 900).await;
        let stand_in = support::speech_stand_in(support::CHINESE_AND_ENGLISH);
        browser
            .before_page_scripts(&stand_in, "the stand-in voice")
            .await;
        let c = browser.client.clone();
        let axe = axe_source();
        c.goto(&server.url("/favicon.svg")).await.unwrap();
        store_mode(&c, theme, elderly, lang).await;
        support::open_report(&c, &server.url("/")).await;
        let mode = format!("{theme}, {lang}, elderly {elderly}, {width}px");
        for panel in ["contents", "search", "listen", "settings"] {
            support::open_panel(&c, panel).await;
            for v in violations(&c, &axe).await {
                all.push(format!("{mode}, {panel} open: {v}"));
            }
        }
        support::click(&c, "#toolbar-settings").await; // closes it
        support::click(&c, "#chart-mediation-funnel .share-panel summary").await;
        wait_for(&c, "#chart-mediation-funnel .qr-code svg").await;
        for v in violations(&c, &axe).await {
            all.push(format!("{mode}, share panel open: {v}"));
        }
        support::open_panel(&c, "listen").await;
        support::click(&c, "#read-aloud .read-report").await;
        wait_for(&c, ".read-aloud-player").await;
        for v in violations(&c, &axe).await {
            all.push(format!("{mode}, reading aloud: {v}"));
        }
        let _ = c.close().await;
    }
    assert!(all.is_empty(), "axe:\n{}", all.join("\n"));
}

/// The page as the build wrote it, before the app is live (its controls visibly
/// waiting) and when the app cannot load (those controls not offered, a notice), in
/// every mode. A fresh browser for each mode, so that the wasm is never in its cache.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_page_before_and_without_the_app_has_no_axe_violations() {
    use support::Hold;
    let server = StaticServer::start().await;
    let server = &server;
    // A late app arrives after the check.
    let states = [
        (
            Hold::Late(Duration::from_secs(8)),
            "#report-title",
            "before the app",
        ),
        (Hold::Dropped, ".load-failed", "without the app"),
    ];
    let mut all = Vec::new();
    for (mode, theme, elderly, lang) in MODES {
        let found = Browser::run(390, 844, |c| async move {
            let axe = axe_source();
            let mut found = Vec::new();
            // Any page of the origin, to store the mode before the app starts.
            c.goto(&server.url("/favicon.svg")).await.unwrap();
            store_mode(&c, theme, elderly, lang).await;
            for (hold, place, state) in states {
                let wasm = server.hold_app(hold);
                c.goto(&server.url("/")).await.unwrap();
                wait_for(&c, place).await;
                for v in violations(&c, &axe).await {
                    found.push(format!("{mode}, {state}: {v}"));
                }
                // A reply the page did not ask for is not left for the next load.
                server.clear_replies(&wasm);
            }
            found
        })
        .await;
        all.extend(found);
    }
    assert!(all.is_empty(), "axe:\n{}", all.join("\n"));
}
