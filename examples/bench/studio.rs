//! The publishing studio's budgets: the source page imported in the browser on the
//! phone profile's CPU (4× slower), pasted as the clipboard gives it (HTML) and as
//! plain text; and the studio usable (`<html data-ready>`, the first step shown) on a
//! desktop with a 10 Mbps link, from a cold cache.

use serde_json::{json, Value};

use crate::budgets::Budgets;
use crate::profile::{self, Profile};
use crate::server::SiteServer;
use crate::stats::Samples;
use crate::support::{js, paste, read, wait_until};

/// The desktop's link: 10 Mbps down, 5 Mbps up, 40 ms round trip (the DevTools
/// protocol's units: bytes per second and ms).
const LINK_DOWN_MBPS: f64 = 10.0;
const LINK_UP_MBPS: f64 = 5.0;
const LINK_LATENCY_MS: f64 = 40.0;

/// Budgets (issue "A publishing studio in the browser").
const IMPORT_BUDGET_MS: f64 = 200.0;
const READY_BUDGET_MS: f64 = 2000.0;

/// Records when the studio becomes usable, before any of the page's own scripts run.
const INSTRUMENT: &str = "new MutationObserver(() => {
  if (!window.__readyAt && document.documentElement && document.documentElement.hasAttribute('data-ready'))
    window.__readyAt = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});";

#[derive(Debug, Default)]
pub struct StudioRun {
    /// The source page as HTML, then as text: import times on the phone's CPU, ms.
    pub import_html: Vec<f64>,
    pub import_text: Vec<f64>,
    /// The studio usable after navigation on the 10 Mbps desktop, ms.
    pub ready: Vec<f64>,
}

/// `loads` cold loads of the studio on the desktop link, and `loads` imports of each
/// form of the source page on the phone's CPU.
pub async fn run(server: &SiteServer, loads: usize) -> StudioRun {
    let mut run = StudioRun::default();
    for i in 1..=loads {
        eprintln!("studio {i}/{loads}: ready on a 10 Mbps desktop, then imports at 4× CPU…");
        run.ready.push(ready(server).await);
        let (html, text) = imports(server).await;
        run.import_html.push(html);
        run.import_text.push(text);
    }
    run
}

/// One cold load of the studio on the desktop link: ms until it is usable.
async fn ready(server: &SiteServer) -> f64 {
    let browser = profile::open(Profile::Desktop, INSTRUMENT).await;
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": LINK_LATENCY_MS,
                "downloadThroughput": LINK_DOWN_MBPS * 1_000_000.0 / 8.0,
                "uploadThroughput": LINK_UP_MBPS * 1_000_000.0 / 8.0,
            }),
        )
        .await
        .expect("network emulation");
    let c = browser.client.clone();
    c.goto(&server.url("/studio/"))
        .await
        .expect("open the studio");
    wait_until(&c, "the studio to be usable", "return !!window.__readyAt").await;
    let at = js(&c, "return window.__readyAt").await;
    profile::close(browser).await;
    at.as_f64().expect("a time")
}

/// The source page pasted as HTML, then as text, into a studio whose CPU is slowed as
/// the phone profile's: the import's own time, as the studio measures it around the
/// importer (`<html data-import-ms>`).
async fn imports(server: &SiteServer) -> (f64, f64) {
    let browser = profile::open(Profile::Desktop, "").await;
    let c = browser.client.clone();
    c.goto(&server.url("/studio/"))
        .await
        .expect("open the studio");
    wait_until(
        &c,
        "the studio",
        "return document.documentElement.hasAttribute('data-ready') && !!document.querySelector('#paste-box')",
    )
    .await;
    browser
        .cdp(
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": Profile::PHONE_CPU_SLOWDOWN }),
        )
        .await
        .expect("CPU throttling");
    let mut times = Vec::new();
    for (file, html) in [
        ("tests/fixtures/source-page.html", true),
        ("tests/fixtures/source-page.txt", false),
    ] {
        // Back to step 1, with no time of an earlier import on the page.
        js(
            &c,
            "document.documentElement.removeAttribute('data-import-ms');
             document.querySelector(\".studio-step-button[data-step='bring']\").click(); return 0",
        )
        .await;
        wait_until(
            &c,
            "step 1",
            "return !!document.querySelector('#paste-box')",
        )
        .await;
        paste(&c, &read(file), html).await;
        wait_until(
            &c,
            "the import",
            "return document.documentElement.hasAttribute('data-import-ms')",
        )
        .await;
        let took: Value = js(
            &c,
            "return Number(document.documentElement.getAttribute('data-import-ms'))",
        )
        .await;
        times.push(took.as_f64().expect("a time"));
    }
    profile::close(browser).await;
    (times[0], times[1])
}

fn median(values: &[f64]) -> f64 {
    Samples::new(values.iter().copied()).map_or(f64::NAN, |s| s.median())
}

fn range(values: &[f64]) -> String {
    Samples::new(values.iter().copied()).map_or("—".into(), |s| format!("{} ms", s.show(0)))
}

/// The studio's table and its two budgets.
pub fn print(run: &StudioRun, budgets: &mut Budgets) {
    println!(
        "### The publishing studio (medians of {} loads)",
        run.ready.len()
    );
    println!();
    println!("| measure | median (range) |");
    println!("| --- | --- |");
    println!(
        "| the source page's import, pasted as HTML, CPU {}× slower | {} |",
        Profile::PHONE_CPU_SLOWDOWN,
        range(&run.import_html)
    );
    println!(
        "| the source page's import, pasted as text, CPU {}× slower | {} |",
        Profile::PHONE_CPU_SLOWDOWN,
        range(&run.import_text)
    );
    println!(
        "| the studio usable (`data-ready`), desktop, {LINK_DOWN_MBPS} Mbps, {LINK_LATENCY_MS} ms round trip, cold | {} |",
        range(&run.ready)
    );
    println!();
    let slowest_import = median(&run.import_html).max(median(&run.import_text));
    budgets.check(
        "studio: import of the source page, CPU 4× slower",
        format!("≤ {IMPORT_BUDGET_MS} ms"),
        format!("{slowest_import:.0} ms"),
        slowest_import <= IMPORT_BUDGET_MS,
    );
    let ready = median(&run.ready);
    budgets.check(
        "studio: usable on a 10 Mbps desktop",
        format!("≤ {READY_BUDGET_MS} ms"),
        format!("{ready:.0} ms"),
        ready <= READY_BUDGET_MS,
    );
}
