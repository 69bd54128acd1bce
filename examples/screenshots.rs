//! Saves screenshots of the built app at phone and desktop widths into
//! `docs/screenshots/` (for the README and for looking at UI changes).
//! Run through `scripts/screenshots`, which builds `dist/` first.

#[path = "../tests/support/mod.rs"]
mod support;

use support::{js, open_report, wait_for, Browser, Reply, StaticServer};

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
        "phone-390-log-chart",
        390,
        844,
        "",
        Some("chart-enforcement-cases"),
    ),
    (
        "desktop-1280-charts",
        1280,
        900,
        "",
        Some("chart-enforcement-cases"),
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
];

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = StaticServer::start().await;
    let out = support::root().join("docs/screenshots");
    std::fs::create_dir_all(&out).expect("create docs/screenshots");
    let only: Vec<String> = std::env::args().skip(1).collect();
    for &(name, width, height, fragment, scroll_to) in SHOTS {
        if !only.is_empty() && !only.iter().any(|o| o == name) {
            continue;
        }
        let path = out.join(format!("{name}.png"));
        let url = server.url(&format!("/{fragment}"));
        let server_root = server.url("/");
        Browser::run(width, height, |c| async move {
            // Modes are stored the way the settings bar stores them, then the page reloads.
            let mode = match fragment {
                "#theme=dark" => Some(("dark", "off")),
                "#theme=contrast" => Some(("contrast", "off")),
                "#elderly" => Some(("light", "on")),
                _ => None,
            };
            if let Some((theme, elderly)) = mode {
                c.goto(&server_root).await.expect("open the page");
                js(&c, &format!("localStorage.setItem('law-report.theme', '{theme}'); localStorage.setItem('law-report.elderly', '{elderly}'); return 0")).await;
                open_report(&c, &server_root).await;
            } else if fragment.ends_with(".html") {
                c.goto(&url).await.expect("open the page");
                tokio::time::sleep(std::time::Duration::from_secs(3)).await;
            } else {
                open_report(&c, &url).await;
            }
            if let Some(id) = scroll_to {
                // Charts appear once the chart module has arrived.
                if id.starts_with("chart-") {
                    wait_for(&c, &format!("#{id} svg")).await;
                }
                js(
                    &c,
                    &format!(
                        "document.getElementById('{id}').scrollIntoView(); window.scrollBy(0, -8)"
                    ),
                )
                .await;
            }
            save(&c, &path).await;
        })
        .await;
    }
    chart_code_failed(&server, &out, &only).await;
    text_code_pending(&server, &out, &only).await;
}

/// The report body while the text module loads (it is held back), and after its
/// request failed.
async fn text_code_pending(server: &StaticServer, out: &std::path::Path, only: &[String]) {
    for (name, width, height, failed) in [
        ("desktop-1280-text-loading", 1280, 900, false),
        ("phone-390-text-code-failed", 390, 844, true),
    ] {
        if !only.is_empty() && !only.iter().any(|o| o == name) {
            continue;
        }
        if failed {
            server.reply_once(&support::Module::Text.path(), Reply::status(503));
        } else {
            server.delay_module(support::Module::Text, std::time::Duration::from_secs(30));
        }
        let path = out.join(format!("{name}.png"));
        let url = server.url("/");
        Browser::run(width, height, |c| async move {
            c.goto(&url).await.expect("navigate");
            wait_for(&c, "#report-title").await;
            if failed {
                wait_for(&c, ".text-code-failed").await;
            }
            // The opening paragraphs, then the line saying what is missing.
            js(
                &c,
                "document.querySelector('#main .report-text').scrollIntoView(); window.scrollBy(0, -16)",
            )
            .await;
            save(&c, &path).await;
        })
        .await;
    }
}

/// A chart's place when the chart module cannot be loaded (the module's request
/// fails), on a phone and on a desktop.
async fn chart_code_failed(server: &StaticServer, out: &std::path::Path, only: &[String]) {
    for (name, width, height) in [
        ("phone-390-chart-code-failed", 390, 844),
        ("desktop-1280-chart-code-failed", 1280, 900),
    ] {
        if !only.is_empty() && !only.iter().any(|o| o == name) {
            continue;
        }
        let module = support::Module::Charts.path();
        server.reply_once(&module, Reply::status(503));
        let path = out.join(format!("{name}.png"));
        let url = server.url("/");
        Browser::run(width, height, |c| async move {
            open_report(&c, &url).await;
            wait_for(&c, "#s1-5 .chart-code-failed").await;
            js(
                &c,
                "document.querySelector('#s1-5 .chart-code-failed').scrollIntoView(); window.scrollBy(0, -120)",
            )
            .await;
            save(&c, &path).await;
        })
        .await;
    }
}

/// Lets the page settle, then writes its screenshot to `path`.
async fn save(c: &fantoccini::Client, path: &std::path::Path) {
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(path, png).expect("write screenshot");
    println!("{}", path.display());
}
