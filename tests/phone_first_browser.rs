//! The phone-first reader: on a 390 × 844 screen the first screen is the report (its
//! title, publication date and key figures), and the contents, the search and the
//! settings open from the bar at the top, one at a time, by touch or keyboard.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use support::{js, open_report, wait_until, Browser, StaticServer};

/// WebDriver's codes for the Enter and Escape keys.
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";

/// What of the report lies wholly within the first screen: the title, the publication
/// date, and how many key figures.
const FIRST_SCREEN: &str = "
    const within = e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; };
    return {
        title: within(document.getElementById('report-title')),
        published: [...document.querySelectorAll('.report-meta time')].some(within),
        keyFigures: [...document.querySelectorAll('.key-figure')].filter(within).length,
    }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn on_a_phone_the_first_screen_shows_the_title_the_date_and_two_key_figures() {
    let server = StaticServer::start().await;
    for page in ["/", "/?lang=en"] {
        let url = server.url(page);
        Browser::run(390, 844, |c| async move {
            open_report(&c, &url).await;
            let seen = js(&c, FIRST_SCREEN).await;
            assert_eq!(
                seen["title"],
                json!(true),
                "{page}: the title is not on the first screen"
            );
            assert_eq!(
                seen["published"],
                json!(true),
                "{page}: the publication date is not on the first screen"
            );
            let figures = seen["keyFigures"].as_u64().unwrap();
            assert!(
                figures >= 2,
                "{page}: {figures} key figure(s) on the first screen"
            );
        })
        .await;
    }
}

async fn expanded(c: &Client, panel: &str) -> bool {
    let script =
        format!("return document.getElementById('toolbar-{panel}').getAttribute('aria-expanded')");
    js(c, &script).await == json!("true")
}

async fn focused_in(c: &Client, id: &str) -> bool {
    js(
        c,
        &format!("return document.getElementById('{id}').contains(document.activeElement)"),
    )
    .await
        == json!(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_top_bar_opens_one_panel_at_a_time_by_keyboard_and_escape_closes_it() {
    let server = StaticServer::start().await;
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        // Every panel is closed, and nothing of them covers the report.
        for panel in ["contents", "search", "settings"] {
            assert!(!expanded(&c, panel).await, "{panel} starts open");
        }
        let hidden = "return ['report-contents', 'report-search', 'reader-settings'].every(id => document.getElementById(id).getClientRects().length === 0)";
        assert_eq!(js(&c, hidden).await, json!(true));

        // The settings, by keyboard: Enter opens them and moves focus in; Escape closes
        // them and gives focus back.
        let settings = c.find(Locator::Id("toolbar-settings")).await.unwrap();
        settings.send_keys(ENTER).await.unwrap();
        wait_until(&c, "focus moves into the settings", "return document.getElementById('reader-settings').contains(document.activeElement)").await;
        assert!(expanded(&c, "settings").await);
        let side_column = "return ['report-contents', 'report-search'].some(id => document.getElementById(id).getClientRects().length > 0)";
        assert_eq!(js(&c, side_column).await, json!(false), "the contents or search show under the settings");
        let names = js(&c, "return [...document.querySelectorAll('#reader-settings button, #reader-settings select')].map(e => e.className || e.tagName)").await;
        for control in ["elderly-toggle", "SELECT", "language-switch"] {
            assert!(names.as_array().unwrap().iter().any(|n| n.as_str().unwrap().contains(control)), "{control} missing in {names}");
        }
        c.active_element().await.unwrap().send_keys(ESCAPE).await.unwrap();
        wait_until(&c, "Escape closes the settings", "return document.getElementById('toolbar-settings').getAttribute('aria-expanded') === 'false'").await;
        assert_eq!(js(&c, "return document.activeElement.id").await, json!("toolbar-settings"));

        // The contents, then the search: one panel at a time.
        support::click(&c, "#toolbar-contents").await;
        wait_until(&c, "focus moves to the first contents link", "return document.activeElement.matches('#report-contents a')").await;
        support::click(&c, "#toolbar-search").await;
        wait_until(&c, "the search box takes focus", "return document.activeElement.id === 'report-search-input'").await;
        assert!(!expanded(&c, "contents").await, "the contents stay open under the search");
        assert_eq!(js(&c, "return document.getElementById('report-contents').getClientRects().length").await, json!(0));
        assert!(focused_in(&c, "report-search").await);

        // A tap elsewhere in the page closes the open panel.
        js(&c, "document.querySelector('#report-search-input').blur(); return 0").await;
        js(&c, "document.querySelector('.key-figures h2').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true})); return 0").await;
        wait_until(&c, "a tap elsewhere closes the search", "return document.getElementById('toolbar-search').getAttribute('aria-expanded') === 'false'").await;

        // Following a contents link closes the panel, and the section is shown below
        // the bar, not under it.
        support::click(&c, "#toolbar-contents").await;
        support::click(&c, "#report-contents a[href='#s2']").await;
        wait_until(&c, "the contents close", "return document.getElementById('toolbar-contents').getAttribute('aria-expanded') === 'false'").await;
        let below_bar = "const bar = document.querySelector('.toolbar').getBoundingClientRect();
            const s = document.getElementById('s2').getBoundingClientRect();
            return s.top >= bar.bottom - 1 && s.top < innerHeight / 2";
        wait_until(&c, "s2 is shown below the bar", below_bar).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_wide_screen_keeps_contents_and_search_in_its_side_column() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let shown = |id: &str| {
            format!("return document.getElementById('{id}').getClientRects().length > 0")
        };
        for id in ["report-contents", "report-search", "toolbar-settings"] {
            assert_eq!(js(&c, &shown(id)).await, json!(true), "{id} is not shown");
        }
        for id in ["toolbar-contents", "toolbar-search", "reader-settings"] {
            assert_eq!(js(&c, &shown(id)).await, json!(false), "{id} is shown");
        }
        let open: Value = js(
            &c,
            "return document.querySelector('#report-contents details').open",
        )
        .await;
        assert_eq!(
            open,
            json!(true),
            "the contents are folded in the side column"
        );
        support::click(&c, "#toolbar-settings").await;
        wait_until(&c, "the settings open", &shown("reader-settings")).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_share_panel_opened_before_the_app_starts_is_filled_in_once_it_is_live() {
    let server = StaticServer::start().await;
    server.hold_app(support::Hold::Late(std::time::Duration::from_secs(3)));
    Browser::run(390, 844, |c| async move {
        support::goto_before_the_app(&c, &server.url("/#chart-mediation-funnel")).await;
        let panel = "#chart-mediation-funnel .share-panel";
        // Before the app: the panel holds the link alone, a plain link that works.
        js(
            &c,
            &format!("document.querySelector('{panel}').open = true; return 0"),
        )
        .await;
        let link = js(
            &c,
            &format!("return document.querySelector('{panel} a.share-link').getAttribute('href')"),
        )
        .await;
        assert!(
            link.as_str().unwrap().ends_with("#chart-mediation-funnel"),
            "{link}"
        );
        support::wait_until_ready(&c).await;
        support::wait_for(&c, &format!("{panel} textarea")).await;
        let code = js(
            &c,
            &format!("return document.querySelector('{panel} textarea').value"),
        )
        .await;
        assert!(
            code.as_str().unwrap().contains("chart/mediation-funnel"),
            "{code}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_share_panel_shows_a_qr_code_of_its_link() {
    let server = StaticServer::start().await;
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        let panel = "#chart-mediation-funnel .share-panel";
        assert_eq!(
            js(
                &c,
                &format!("return document.querySelectorAll('{panel} .qr-code').length")
            )
            .await,
            json!(0),
            "drawn before the panel opens"
        );
        support::click(&c, &format!("{panel} summary")).await;
        support::wait_for(&c, &format!("{panel} .qr-code svg path")).await;
        let drawn = js(
            &c,
            &format!(
                "const p = document.querySelector('{panel}');
            const svg = p.querySelector('.qr-code svg');
            return {{
                link: p.querySelector('input').value,
                size: svg.viewBox.baseVal.width,
                path: svg.querySelector('path').getAttribute('d'),
                label: svg.getAttribute('aria-label'),
                role: svg.getAttribute('role'),
            }}"
            ),
        )
        .await;
        let link = drawn["link"].as_str().unwrap();
        assert!(
            link.starts_with("http") && link.ends_with("#chart-mediation-funnel"),
            "{link}"
        );
        let size = drawn["size"].as_f64().unwrap() as usize;
        assert_eq!(
            support::read_qr_drawing(size, drawn["path"].as_str().unwrap()),
            link
        );
        assert_eq!(drawn["role"], json!("img"));
        assert!(
            drawn["label"].as_str().unwrap().contains("二维码"),
            "{}",
            drawn["label"]
        );
    })
    .await;
}
