//! More than one report in the browser: the catalog's newest is shown by default,
//! each report has its own address (`?report=…`) with a switch between them, and
//! deep links, search, share links and embeds carry the report. The second report is
//! fictional and exists only under tests/; the shipped catalog has one report, and
//! then no switch is shown.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Client;
use serde_json::{json, Value};
use support::{js, open_report, wait_for, wait_until, Browser, StaticServer};

const FICTIONAL_TITLE: &str = "示例区2024年度法治政府建设情况的报告(虚构示例,仅供测试)";
const HUIYANG_TITLE: &str = "中共惠阳区委 惠阳区人民政府关于2023年度法治政府建设情况的报告";

async fn title(c: &Client) -> Value {
    js(
        c,
        "return document.getElementById('report-title').textContent",
    )
    .await
}

/// The switch's links: (text, href, current).
async fn switch(c: &Client) -> Value {
    js(
        c,
        "return [...document.querySelectorAll('.report-switch a')].map(a => \
         [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current') === 'page'])",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_newest_report_is_the_default_and_the_switch_opens_the_other() {
    let server = StaticServer::start_with_two_reports().await;
    Browser::run(1280, 900, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        wait_until(&c, "the fictional 2024 report is shown", &format!(
            "const t = document.getElementById('report-title'); return !!t && t.textContent === '{FICTIONAL_TITLE}'"
        ))
        .await;
        assert_eq!(
            switch(&c).await,
            json!([
                ["示例区(虚构) · 2024年度", "?report=shiliqu-2024", true],
                ["惠阳区 · 2023年度", "?report=huiyang-2023", false]
            ])
        );
        assert_eq!(
            js(&c, "return [document.getElementById('app').hasAttribute('data-prerendered'), document.querySelectorAll('#report-title').length]").await,
            json!([false, 1]),
            "the page the build wrote (the bundled report's) was replaced, not shown beside it"
        );
        support::click(&c, ".report-switch a[href='?report=huiyang-2023']").await;
        wait_until(&c, "the Huiyang report is shown", &format!(
            "const t = document.getElementById('report-title'); return !!t && t.textContent === '{HUIYANG_TITLE}'"
        ))
        .await;
        assert!(c.current_url().await.unwrap().query().unwrap().contains("report=huiyang-2023"));
        let current = js(&c, "return document.querySelector('.report-switch a[aria-current=page]').getAttribute('href')").await;
        assert_eq!(current, json!("?report=huiyang-2023"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn deep_links_search_share_links_and_embeds_carry_the_report() {
    let server = StaticServer::start_with_two_reports().await;
    let origin = server.origin();
    Browser::run(1280, 900, |c| async move {
        // A deep link into the older report.
        open_report(&c, &format!("{origin}/?report=huiyang-2023#s1-5")).await;
        assert_eq!(title(&c).await, json!(HUIYANG_TITLE));
        wait_until(
            &c,
            "s1-5 is in view",
            "const r = document.getElementById('s1-5').getBoundingClientRect(); \
            return r.top < innerHeight && r.bottom > 0",
        )
        .await;
        // Search keeps the report in the address.
        support::search_for(&c, "复议").await;
        wait_until(
            &c,
            "the query in the address",
            "return location.search.includes('q=')",
        )
        .await;
        let query = c.current_url().await.unwrap().query().unwrap().to_string();
        assert!(
            query.contains("report=huiyang-2023") && query.contains("q="),
            "{query}"
        );
        // Share links and embed codes name the report.
        support::open_share_panel(&c, "#chart-mediation-funnel").await;
        let link = js(
            &c,
            "return document.querySelector('#chart-mediation-funnel .share-panel input').value",
        )
        .await;
        assert_eq!(
            link,
            json!(format!(
                "{origin}/?report=huiyang-2023#chart-mediation-funnel"
            ))
        );
        let code = js(
            &c,
            "return document.querySelector('#chart-mediation-funnel .share-panel textarea').value",
        )
        .await;
        assert!(
            code.as_str()
                .unwrap()
                .contains("data-report=\"huiyang-2023\""),
            "{code}"
        );
        // An embed of the fictional report's chart.
        c.goto(&format!(
            "{origin}/?embed=chart/mediation&report=shiliqu-2024"
        ))
        .await
        .unwrap();
        wait_for(&c, ".embed-root .chart-card svg").await;
        let source = js(&c, "return document.querySelector('.embed-source a').href").await;
        assert_eq!(
            source,
            json!(format!("{origin}/?report=shiliqu-2024#chart-mediation"))
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_address_naming_no_such_report_says_so_and_how_to_see_the_newest() {
    let server = StaticServer::start_with_two_reports().await;
    Browser::run(390, 844, |c| async move {
        c.goto(&server.url("/?report=nowhere-2020")).await.unwrap();
        let panel = wait_for(&c, ".error-panel").await.text().await.unwrap();
        assert!(panel.contains("找不到这份报告"), "{panel}");
        assert!(panel.contains("nowhere-2020"), "{panel}");
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('#report-title, .key-figure').length"
            )
            .await,
            json!(0),
            "the bundled report the build wrote is not shown for another report"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn with_one_report_no_switch_is_shown_and_its_own_address_works() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/?report=huiyang-2023")).await;
        assert_eq!(title(&c).await, json!(HUIYANG_TITLE));
        assert_eq!(switch(&c).await, json!([]));
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('.report-switch').length"
            )
            .await,
            json!(0)
        );
    })
    .await;
}
