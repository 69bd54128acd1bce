//! Saves screenshots of the built app at phone and desktop widths into
//! `docs/screenshots/` (for the README and for looking at UI changes).
//! Run through `scripts/screenshots`, which builds `dist/` first.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Duration;

use support::{js, open_report, wait_for, Browser, Hold, StaticServer};

/// (file name, width, height, page fragment, element to scroll to the top)
const SHOTS: &[(&str, u32, u32, &str, Option<&str>)] = &[
    ("phone-390", 390, 844, "", None),
    ("desktop-1280", 1280, 900, "", None),
    ("phone-390-section", 390, 844, "#s1-5", Some("s1-5")),
    (
        "phone-390-funnel",
        390,
        844,
        "",
        Some("chart-mediation-funnel"),
    ),
    (
        "phone-390-platform-records",
        390,
        844,
        "",
        Some("chart-enforcement-platform-records"),
    ),
    (
        "phone-390-enforcement-cases",
        390,
        844,
        "",
        Some("chart-enforcement-cases"),
    ),
    (
        "phone-390-study-cards",
        390,
        844,
        "",
        Some("chart-study-activities"),
    ),
    (
        "desktop-1280-charts",
        1280,
        900,
        "",
        Some("chart-enforcement-platform-records"),
    ),
    (
        "desktop-1280-mediation",
        1280,
        900,
        "",
        Some("chart-mediation-funnel"),
    ),
    (
        "phone-390-mediation-bodies",
        390,
        844,
        "",
        Some("chart-mediation-bodies"),
    ),
    (
        "desktop-1280-mediation-bodies",
        1280,
        900,
        "",
        Some("chart-mediation-bodies"),
    ),
    (
        "phone-390-oversight-proposals",
        390,
        844,
        "",
        Some("chart-oversight-proposals"),
    ),
    (
        "desktop-1280-oversight-proposals",
        1280,
        900,
        "",
        Some("chart-oversight-proposals"),
    ),
    (
        "phone-390-service-rates",
        390,
        844,
        "",
        Some("chart-service-rates"),
    ),
    (
        "desktop-1280-service-rates",
        1280,
        900,
        "",
        Some("chart-service-rates"),
    ),
    (
        "phone-390-legality-review",
        390,
        844,
        "",
        Some("chart-legality-review"),
    ),
    (
        "desktop-1280-legality-review",
        1280,
        900,
        "",
        Some("chart-legality-review"),
    ),
    ("phone-390-embed-demo", 390, 1400, "embed-demo.html", None),
    (
        "phone-390-dark",
        390,
        844,
        "#theme=dark",
        Some("chart-mediation-funnel"),
    ),
    (
        "phone-390-contrast",
        390,
        844,
        "#theme=contrast",
        Some("chart-mediation-funnel"),
    ),
    ("phone-390-elderly", 390, 844, "#elderly", Some("s1-5")),
    ("phone-390-english", 390, 844, "?lang=en", None),
    (
        "phone-390-english-funnel",
        390,
        844,
        "?lang=en",
        Some("chart-mediation-funnel"),
    ),
    ("desktop-1280-english", 1280, 900, "?lang=en", Some("s1-4")),
    (
        "phone-390-english-dark-funnel",
        390,
        844,
        "?lang=en#theme=dark",
        Some("chart-mediation-funnel"),
    ),
];

/// (file name, width, height, page fragment, control clicked before the shot)
const OPENED: &[(&str, u32, u32, &str, &str)] = &[
    ("phone-390-settings", 390, 844, "", "#toolbar-settings"),
    ("phone-390-contents", 390, 844, "", "#toolbar-contents"),
    ("phone-390-search", 390, 844, "?q=调解", "#toolbar-search"),
    ("desktop-1280-settings", 1280, 900, "", "#toolbar-settings"),
    (
        "phone-390-english-dark",
        390,
        844,
        "?lang=en#theme=dark",
        "",
    ),
    ("phone-390-first-dark", 390, 844, "#theme=dark", ""),
    (
        "phone-390-share",
        390,
        844,
        "#chart-mediation-funnel",
        "#chart-mediation-funnel .share-panel summary",
    ),
    (
        "phone-390-share-dark",
        390,
        844,
        "#chart-mediation-funnel&theme=dark",
        "#chart-mediation-funnel .share-panel summary",
    ),
    (
        "phone-390-share-english",
        390,
        844,
        "?lang=en#chart-mediation-funnel",
        "#chart-mediation-funnel .share-panel summary",
    ),
    (
        "phone-390-share-english-dark",
        390,
        844,
        "?lang=en#chart-mediation-funnel&theme=dark",
        "#chart-mediation-funnel .share-panel summary",
    ),
];

// One piece: the list of shots, each taken in its own browser as the list says.
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = StaticServer::start().await;
    let out = support::root().join("docs/screenshots");
    std::fs::create_dir_all(&out).expect("create docs/screenshots");
    let only: Vec<String> = std::env::args().skip(1).collect();
    let opened = OPENED
        .iter()
        .map(|&(name, width, height, fragment, click)| {
            (name, width, height, fragment, None, click)
        });
    let plain = SHOTS
        .iter()
        .map(|&(name, width, height, fragment, scroll_to)| {
            (name, width, height, fragment, scroll_to, "")
        });
    for (name, width, height, fragment, scroll_to, click) in plain.chain(opened) {
        if !wanted(&only, name) {
            continue;
        }
        let path = out.join(format!("{name}.png"));
        let url = server.url(&format!("/{fragment}"));
        let server_root = server.url("/");
        let icon = server.url("/favicon.svg");
        Browser::run(width, height, |c| async move {
            // Modes (`#theme=dark`, `#theme=contrast`, `#elderly`, joined with `&` to
            // an anchor) are stored the way the settings store them, then the page loads.
            let (page, hash) = fragment.split_once('#').unwrap_or((fragment, ""));
            let (mut theme, mut elderly, mut anchor) = (None, "off", String::new());
            for part in hash.split('&') {
                match part {
                    "theme=dark" => theme = Some("dark"),
                    "theme=contrast" => theme = Some("contrast"),
                    "elderly" => {
                        theme.get_or_insert("light");
                        elderly = "on";
                    }
                    "" => {}
                    other => anchor = format!("#{other}"),
                }
            }
            if let Some(theme) = theme {
                // Any other page of the origin, so that the report page then loads anew.
                c.goto(&icon).await.expect("open the icon");
                js(&c, &format!("localStorage.setItem('law-report.theme', '{theme}'); localStorage.setItem('law-report.elderly', '{elderly}'); return 0")).await;
                open_report(&c, &format!("{server_root}{page}{anchor}")).await;
            } else if fragment.ends_with(".html") {
                c.goto(&url).await.expect("open the page");
                tokio::time::sleep(Duration::from_secs(3)).await;
            } else {
                open_report(&c, &url).await;
            }
            if let Some(id) = scroll_to {
                js(
                    &c,
                    &format!(
                        "document.getElementById('{id}').scrollIntoView(); window.scrollBy(0, -8)"
                    ),
                )
                .await;
                // A chart is re-drawn at its width as it nears the screen.
                if let Some(chart) = id.strip_prefix("chart-") {
                    support::wait_until(&c, "the chart drawn at its width", &support::chart_drawn_at_width(chart)).await;
                }
            }
            if !click.is_empty() {
                support::click(&c, click).await;
            }
            // An opened share panel is shown whole, below the bar.
            if click.contains(".share-panel") {
                wait_for(&c, ".share-panel[open] .qr-code svg").await;
                js(&c, "document.querySelector('.share-panel[open]').scrollIntoView(); window.scrollBy(0, -64); return 0").await;
            }
            save(&c, &path).await;
        })
        .await;
    }
    read_aloud(&server, &out, &only).await;
    app_states(&server, &out, &only).await;
    report_switch(&out, &only).await;
    retrying(&out, &only).await;
    studio_steps(&server, &out, &only).await;
}

/// The publishing studio's five steps on a desktop, and the last one's preview: the
/// source page pasted for the first three, and the bundled report opened to revise for
/// the last two (every figure reviewed, so its charts and preview are whole).
async fn studio_steps(server: &StaticServer, out: &std::path::Path, only: &[String]) {
    let steps = ["bring", "text", "figures", "charts", "publish", "preview"];
    let names: Vec<String> = steps
        .iter()
        .map(|s| format!("desktop-1280-studio-{s}"))
        .collect();
    if !names.iter().any(|n| wanted(only, n)) {
        return;
    }
    let url = server.url("/studio/");
    let page = support::read("tests/fixtures/source-page.html");
    let report = support::read("public/data/huiyang-2023.json");
    Browser::run(1280, 900, |c| async move {
        support::open_studio(&c, &url).await;
        support::paste(&c, &page, true).await;
        wait_for(&c, "#text-title").await;
        for (step, name) in steps.iter().zip(&names) {
            if *step == "charts" {
                // The bundled report, opened to revise: its figures are all reviewed.
                support::go_to_step(&c, "bring").await;
                support::open_file(&c, "huiyang-2023.json", &report).await;
                wait_for(&c, "#text-title").await;
            }
            if *step == "preview" {
                // The publish step, scrolled to the reader's page in its two frames.
                js(&c, "document.querySelector('.studio-previews').scrollIntoView(); window.scrollBy(0, -120); return 0").await;
                support::wait_until(
                    &c,
                    "the previews drawn",
                    "return [...document.querySelectorAll('.studio-previews iframe')].every(f => f.contentDocument && f.contentDocument.querySelector('.chart-card svg'))",
                )
                .await;
                if wanted(only, name) {
                    save(&c, &out.join(format!("{name}.png"))).await;
                }
                continue;
            }
            support::go_to_step(&c, step).await;
            if *step == "bring" {
                js(&c, "document.querySelector('#removed-lines details[data-reason=AfterSignOff]').open = true; return 0").await;
            }
            if *step == "figures" {
                js(&c, "document.querySelectorAll('.studio-proposal')[3].click(); return 0").await;
            }
            js(&c, "window.scrollTo(0, 0); return 0").await;
            if wanted(only, name) {
                save(&c, &out.join(format!("{name}.png"))).await;
            }
        }
    })
    .await;
}

/// Read-aloud with a stand-in voice (tests/support): the panel the bar opens, and the
/// player while the third sentence is read, in Chinese and English, light and dark.
async fn read_aloud(server: &StaticServer, out: &std::path::Path, only: &[String]) {
    for (name, width, height, lang, theme, playing) in [
        ("phone-390-listen", 390, 844, "zh", "light", false),
        ("phone-390-reading", 390, 844, "zh", "light", true),
        (
            "phone-390-reading-english-dark",
            390,
            844,
            "en",
            "dark",
            true,
        ),
        ("desktop-1280-reading", 1280, 900, "zh", "light", true),
    ] {
        if !wanted(only, name) {
            continue;
        }
        let path = out.join(format!("{name}.png"));
        let browser = Browser::open(width, height).await;
        browser
            .before_page_scripts(
                &support::speech_stand_in(support::CHINESE_AND_ENGLISH),
                "the stand-in voice",
            )
            .await;
        let c = browser.client.clone();
        let root = server.url("/");
        c.goto(&root).await.expect("open the page");
        js(&c, &format!("localStorage.setItem('law-report.theme', '{theme}'); localStorage.setItem('law-report.lang', '{lang}'); return 0")).await;
        open_report(&c, &root).await;
        support::open_panel(&c, "listen").await;
        wait_for(&c, "#read-aloud .read-report").await;
        if playing {
            support::click(&c, "#read-aloud .read-report").await;
            for count in 2..=3 {
                js(&c, "window.__finish(); return 0").await;
                support::wait_until(
                    &c,
                    "the next sentence",
                    &format!("return window.__spoken.length >= {count}"),
                )
                .await;
            }
            wait_for(&c, ".read-aloud-player").await;
        }
        save(&c, &path).await;
        let _ = c.close().await;
    }
}

/// The notice while an automatic retry waits, with "立即重试": the report's first
/// answer is held back past a shortened time-out, and the retry is set far off.
async fn retrying(out: &std::path::Path, only: &[String]) {
    for (name, width, height) in [
        ("phone-390-retrying", 390, 844),
        ("desktop-1280-retrying", 1280, 900),
    ] {
        if !wanted(only, name) {
            continue;
        }
        let server = StaticServer::start().await;
        server.delay_file("/data/huiyang-2023.json", Duration::from_secs(60));
        let path = out.join(format!("{name}.png"));
        let url = server.url("/?report_timeout_ms=300&retry_ms=600000");
        Browser::run(width, height, |c| async move {
            c.goto(&url).await.expect("navigate");
            wait_for(&c, ".retry-now").await;
            save(&c, &path).await;
        })
        .await;
    }
}

/// The switch between reports, with a catalog of two (the second fictional, from
/// tests/fixtures), on a phone and on a desktop.
async fn report_switch(out: &std::path::Path, only: &[String]) {
    let server = StaticServer::start_with_two_reports().await;
    for (name, width, height) in [
        ("phone-390-two-reports", 390, 844),
        ("desktop-1280-two-reports", 1280, 900),
    ] {
        if !wanted(only, name) {
            continue;
        }
        let path = out.join(format!("{name}.png"));
        let url = server.url("/?report=huiyang-2023");
        Browser::run(width, height, |c| async move {
            open_report(&c, &url).await;
            save(&c, &path).await;
        })
        .await;
    }
}

/// Whether the shot `name` is wanted: all are when none is named.
fn wanted(only: &[String], name: &str) -> bool {
    only.is_empty() || only.iter().any(|o| o == name)
}

/// The app's wasm held back, and the place in the page that shows the state.
struct AppState {
    /// The file name after the `phone-390-` or `desktop-1280-` prefix.
    name: &'static str,
    hold: Hold,
    /// What appears once the page shows the state.
    place: &'static str,
    /// What is scrolled to the top, and how many pixels back up.
    scroll_to: &'static str,
    back: u32,
    /// The theme stored before the page loads.
    theme: &'static str,
}

const APP_STATES: &[AppState] = &[
    AppState {
        name: "before-the-app",
        hold: Hold::Late(Duration::from_secs(30)),
        place: "#report-title",
        scroll_to: "#report-title",
        back: 16,
        theme: "light",
    },
    AppState {
        name: "before-the-app-dark-chart",
        hold: Hold::Late(Duration::from_secs(30)),
        place: "#report-title",
        scroll_to: "#chart-mediation-funnel",
        back: 16,
        theme: "dark",
    },
    AppState {
        name: "without-the-app",
        hold: Hold::Dropped,
        place: ".load-failed",
        scroll_to: "#s1-5 .chart-card",
        back: 120,
        theme: "light",
    },
];

/// The page the build wrote while the app is late, and when it cannot load, on a
/// phone and on a desktop.
async fn app_states(server: &StaticServer, out: &std::path::Path, only: &[String]) {
    for state in APP_STATES {
        for (screen, width, height) in [("phone-390", 390, 844), ("desktop-1280", 1280, 900)] {
            let name = format!("{screen}-{}", state.name);
            if !wanted(only, &name) {
                continue;
            }
            let wasm = server.hold_app(state.hold);
            let path = out.join(format!("{name}.png"));
            let url = server.url("/");
            let icon = server.url("/favicon.svg");
            Browser::run(width, height, |c| async move {
                // Any page of the origin, to store the theme before the page loads.
                c.goto(&icon).await.expect("navigate");
                let store = format!(
                    "localStorage.setItem('law-report.theme', '{}'); return 0",
                    state.theme
                );
                js(&c, &store).await;
                c.goto(&url).await.expect("navigate");
                wait_for(&c, state.place).await;
                js(
                    &c,
                    &format!(
                        "document.querySelector('{}').scrollIntoView(); window.scrollBy(0, -{})",
                        state.scroll_to, state.back
                    ),
                )
                .await;
                save(&c, &path).await;
            })
            .await;
            // A reply the page did not ask for is not left for the next shot.
            server.clear_replies(&wasm);
        }
    }
}

/// Lets the page settle, then writes its screenshot to `path`.
async fn save(c: &fantoccini::Client, path: &std::path::Path) {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(path, png).expect("write screenshot");
    println!("{}", path.display());
}
