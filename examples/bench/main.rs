//! Performance benchmark (not a test): sizes of the release `dist/`, cold loads on an
//! emulated phone compared with a plain static HTML page of the same report, chart
//! re-draw times on a desktop, and the budgets of the performance issue, printed as
//! Markdown tables with PASS/FAIL. Run through `scripts/bench`, which builds `dist/`
//! first; `BENCH_LOADS=N` changes the number of loads per measurement (default 5).
//! Exits 0 whether or not the budgets are met: it is a report.
//!
//! - Phone: 390 × 844 CSS px at device pixel ratio 2, mobile viewport with touch, CPU
//!   slowed 4× — set through DevTools before navigating, in a fresh Chromium (new
//!   profile, cache disabled) for every load. App and baseline loads alternate, so
//!   that noise from other work on the machine falls on both.
//! - Desktop: a 1280 × 900 window at device pixel ratio 1 and full CPU speed.
//! - Chart times come from the app's User Timing marks (`chart-draw:<id>:end`) and
//!   measures (`chart-draw:<id>`: layout and plotters SVG, not the browser's rendering
//!   of the SVG). "First screen" charts are the cards whose top is above the bottom of
//!   the viewport when the report view appears; when there is none, the first screen
//!   is complete when the report view is shown. Charts that draw only once scrolled to
//!   (none do today: every chart draws on load) are scrolled into view one by one, and
//!   the delay from scrolling to drawn is reported instead of a time for all charts.
//! - The baseline is served from memory by the same server, at `/baseline.html`.

#[path = "../../tests/support/mod.rs"]
mod support;

mod baseline;
mod measure;
mod profile;
mod sizes;
mod stats;

use std::collections::BTreeSet;

use law_report::report::{parse_report, Report};
use measure::{AppLoad, BaselineLoad, Redraw};
use profile::Profile;
use sizes::Asset;
use stats::{bytes, Samples};
use support::{dist, Reply, StaticServer};

const DEFAULT_LOADS: usize = 5;
/// 1 KB = 1,000 bytes, as the README's sizes are written.
const KB: u64 = 1000;
const FIRST_VIEW_BROTLI_BUDGET: u64 = 200 * KB;
const FCP_BUDGET: f64 = 1.5;
const FIRST_SCREEN_CHARTS_BUDGET: f64 = 2.5;
/// Strictly less than, ms: one frame at 60 Hz is 16.7 ms.
const NARROW_REDRAW_BUDGET: f64 = 16.0;

fn loads() -> usize {
    std::env::var("BENCH_LOADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_LOADS)
}

fn shipped_report() -> Report {
    let path = dist().join("data/huiyang-2023.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_report(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The hashed stylesheet Trunk wrote into `dist/`, linked by the baseline page too.
fn stylesheet(assets: &[Asset]) -> Option<String> {
    assets
        .iter()
        .find(|a| !a.path.contains('/') && a.path.starts_with("main-") && a.path.ends_with(".css"))
        .map(|a| a.path.clone())
}

struct Budgets(Vec<(String, String, String, bool)>);

impl Budgets {
    fn check(&mut self, what: &str, limit: String, measured: String, pass: bool) {
        self.0.push((what.to_string(), limit, measured, pass));
    }

    fn print(&self) {
        println!("| budget | limit | measured | result |");
        println!("| --- | --- | --- | --- |");
        for (what, limit, measured, pass) in &self.0 {
            let result = if *pass { "PASS" } else { "FAIL" };
            println!("| {what} | {limit} | {measured} | {result} |");
        }
        let passed = self.0.iter().filter(|b| b.3).count();
        println!();
        println!("budgets: {passed} passed, {} failed", self.0.len() - passed);
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let loads = loads();
    let report = shipped_report();
    let charts: Vec<String> = report.charts.iter().map(|c| c.id.clone()).collect();
    eprintln!("sizing dist/ (gzip -9, brotli -q 11)…");
    let assets = sizes::assets(&dist());
    let css = stylesheet(&assets);
    let baseline_page = baseline::page(&report, css.as_deref());

    let server = StaticServer::start().await;
    let mut app: Vec<AppLoad> = Vec::new();
    let mut base: Vec<BaselineLoad> = Vec::new();
    for i in 1..=loads {
        eprintln!("phone cold load {i}/{loads}: app, then baseline…");
        app.push(measure::app_load(&server, &charts).await);
        server.reply_once(baseline::PATH, Reply::html(baseline_page.clone()));
        base.push(measure::baseline_load(&server).await);
    }
    let mut redraws: Vec<Redraw> = Vec::new();
    for i in 1..=loads {
        eprintln!("desktop re-draw {i}/{loads}…");
        redraws.push(measure::redraw(&server, &charts).await);
    }

    let mut budgets = Budgets(Vec::new());
    print_sizes(&assets, &app, &server.origin(), &mut budgets);
    print_loads(loads, &charts, &app, &base, css.as_deref(), &mut budgets);
    print_redraws(loads, charts.len(), &redraws, &mut budgets);
    println!("### Budgets (1 KB = 1,000 bytes, as in the README)");
    println!();
    budgets.print();
}

fn print_sizes(assets: &[Asset], app: &[AppLoad], origin: &str, budgets: &mut Budgets) {
    // Everything any load requested, in the order the first load did. A file is part
    // of the first view when a load asked for it before its report view was shown;
    // the text and chart modules, asked for once the top of the page has been
    // painted, come after.
    let mut requested: Vec<String> = Vec::new();
    let mut first: Vec<String> = Vec::new();
    for load in app {
        for (url, start) in &load.requested {
            let path = sizes::dist_path(url, origin).unwrap_or_else(|| url.clone());
            if *start <= load.shown && !first.contains(&path) {
                first.push(path.clone());
            }
            if !requested.contains(&path) {
                requested.push(path);
            }
        }
    }
    println!("### Files in dist/ (bytes)");
    println!();
    println!("| file | raw | gzip -9 | brotli -q 11 | requested at load |");
    println!("| --- | ---: | ---: | ---: | --- |");
    for a in assets {
        println!(
            "| `{}` | {} | {} | {} | {} |",
            sizes::display_name(&a.path),
            bytes(a.raw),
            bytes(a.gzip),
            bytes(a.brotli),
            if first.contains(&a.path) {
                "first view"
            } else if requested.contains(&a.path) {
                "after the first view"
            } else {
                ""
            }
        );
    }
    let total = |paths: &[String]| {
        let files: Vec<&Asset> = assets.iter().filter(|a| paths.contains(&a.path)).collect();
        let sum = |f: fn(&Asset) -> u64| files.iter().map(|a| f(a)).sum::<u64>();
        (
            files.len(),
            sum(|a| a.raw),
            sum(|a| a.gzip),
            sum(|a| a.brotli),
        )
    };
    let (n, raw, gzip, brotli) = total(&first);
    println!(
        "| **first view** ({n} files) | **{}** | **{}** | **{}** | |",
        bytes(raw),
        bytes(gzip),
        bytes(brotli)
    );
    let (n_all, raw_all, gzip_all, brotli_all) = total(&requested);
    println!(
        "| everything loaded ({n_all} files) | {} | {} | {} | |",
        bytes(raw_all),
        bytes(gzip_all),
        bytes(brotli_all)
    );
    println!();
    let missing: Vec<&String> = requested
        .iter()
        .filter(|p| !assets.iter().any(|a| &a.path == *p))
        .collect();
    if !missing.is_empty() {
        let missing: Vec<String> = missing.iter().map(|p| format!("`{p}`")).collect();
        println!(
            "Also requested at load, not files in dist/ (404, not counted): {}.",
            missing.join(", ")
        );
        println!();
    }
    budgets.check(
        "first view, brotli",
        format!("≤ {} B", bytes(FIRST_VIEW_BROTLI_BUDGET)),
        format!("{} B", bytes(brotli)),
        brotli <= FIRST_VIEW_BROTLI_BUDGET,
    );
    let wasm_brotli = |paths: &[String]| -> u64 {
        assets
            .iter()
            .filter(|a| a.path.ends_with(".wasm") && paths.contains(&a.path))
            .map(|a| a.brotli)
            .sum()
    };
    let (wasm, wasm_all) = (wasm_brotli(&first), wasm_brotli(&requested));
    println!(
        "wasm, brotli: {} B in the first view, {} B with the modules fetched after it.",
        bytes(wasm),
        bytes(wasm_all)
    );
    println!();
}

fn ratio(value: f64, baseline: f64) -> String {
    format!("{:.2}×", value / baseline)
}

fn print_loads(
    loads: usize,
    charts: &[String],
    app: &[AppLoad],
    base: &[BaselineLoad],
    css: Option<&str>,
    budgets: &mut Budgets,
) {
    let all = |f: fn(&AppLoad) -> f64| Samples::new(app.iter().map(f)).expect("app loads");
    let base_fcp = Samples::new(base.iter().map(|b| b.fcp)).expect("baseline loads");
    let bf = base_fcp.median();
    let app_fcp = all(|l| l.fcp);
    let shown = all(|l| l.shown);
    let app_lcp = Samples::new(app.iter().filter_map(|l| l.lcp));
    let base_lcp = Samples::new(base.iter().filter_map(|b| b.lcp));

    println!(
        "### Phone cold loads: 390 × 844 CSS px, DPR 2, mobile, CPU {}× slower, cache disabled",
        Profile::PHONE_CPU_SLOWDOWN
    );
    println!();
    println!(
        "Median (min–max) of {loads} cold loads each, ms after navigation start; app and \
         baseline alternate. Baseline: the same report text (title, metadata, headings, \
         every paragraph) as one static HTML page, no script, linking the app's {}.",
        css.map_or("stylesheet (none found)".to_string(), |c| format!(
            "`{}`",
            sizes::display_name(c)
        ))
    );
    println!();
    println!("| measure | app | baseline | app ÷ baseline FCP |");
    println!("| --- | --- | --- | --- |");
    println!(
        "| first contentful paint | {} | {} | {} |",
        app_fcp.show(0),
        base_fcp.show(0),
        ratio(app_fcp.median(), bf)
    );
    println!(
        "| largest contentful paint | {} | {} | {} |",
        app_lcp.as_ref().map_or("n/a".into(), |s| s.show(0)),
        base_lcp.as_ref().map_or("n/a".into(), |s| s.show(0)),
        app_lcp
            .as_ref()
            .map_or("".into(), |s| ratio(s.median(), bf))
    );
    println!(
        "| report view shown (first frame with the title) | {} | | {} |",
        shown.show(0),
        ratio(shown.median(), bf)
    );

    let parse = all(|l| l.parse);
    println!(
        "| report JSON parsed and checked (text → `LoadedReport`), ms of work | {} | | |",
        parse.show(1)
    );

    let text_shown = all(|l| l.text_shown);
    println!(
        "| report text shown (every section built; its code is fetched after the first view) | {} | | {} |",
        text_shown.show(0),
        ratio(text_shown.median(), bf)
    );

    // The first screen: the charts whose cards start above its bottom edge.
    let on_first_screen: BTreeSet<&String> = app.iter().flat_map(|l| &l.first_screen).collect();
    let loads_with_charts = app.iter().filter(|l| !l.first_screen.is_empty()).count();
    let first_screen_done = all(|l| l.first_screen_drawn.unwrap_or(l.shown));
    let first_screen_label = if on_first_screen.is_empty() {
        "first screen complete — **no chart on the first screen**, so: report view shown"
            .to_string()
    } else {
        format!(
            "all first-screen charts drawn ({} in {loads_with_charts} of {loads} loads; \
             loads with none: report view shown)",
            on_first_screen
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    println!(
        "| {first_screen_label} | {} | | {} |",
        first_screen_done.show(0),
        ratio(first_screen_done.median(), bf)
    );
    let all_drawn = Samples::new(app.iter().filter_map(|l| l.all_drawn));
    match &all_drawn {
        Some(s) if s.len() == app.len() => println!(
            "| all {} charts drawn (they draw without scrolling) | {} | | {} |",
            charts.len(),
            s.show(0),
            ratio(s.median(), bf)
        ),
        _ => {
            let unscrolled =
                Samples::new(app.iter().map(|l| l.drawn_unscrolled as f64)).expect("app loads");
            let latency = Samples::new(app.iter().flat_map(|l| l.scroll_to_drawn.clone()));
            println!(
                "| all {} charts drawn | lazy: {:.0} drew without scrolling; the rest, \
                 scrolled to one by one, each drew {} ms after | | |",
                charts.len(),
                unscrolled.median(),
                latency.map_or("(never)".into(), |s| s.show(0))
            );
        }
    }
    println!(
        "| chart drawings before scrolling, and their layout + plotters SVG time (ms) | {:.0} drawings, {} | | |",
        all(|l| l.draws as f64).median(),
        all(|l| l.draw_work).show(1)
    );
    println!(
        "| JS heap used after load, MB | {} | | |",
        all(|l| l.heap_used / 1e6).show(1)
    );
    if let Some(wasm) = Samples::new(app.iter().filter_map(|l| l.wasm_memory.map(|b| b / 1e6))) {
        println!(
            "| wasm linear memory after load (not in the JS heap), MB | {} | | |",
            wasm.show(1)
        );
    }
    println!(
        "| DOM elements after load | {:.0} | | |",
        all(|l| l.dom_nodes as f64).median()
    );
    println!();

    budgets.check(
        "first contentful paint",
        format!("≤ {FCP_BUDGET} × baseline FCP"),
        format!(
            "{:.0} ms = {:.2} × {bf:.0} ms",
            app_fcp.median(),
            app_fcp.median() / bf
        ),
        app_fcp.median() <= FCP_BUDGET * bf,
    );
    budgets.check(
        if on_first_screen.is_empty() {
            "first-screen charts drawn (none on the first screen: report view shown)"
        } else {
            "all first-screen charts drawn"
        },
        format!("≤ {FIRST_SCREEN_CHARTS_BUDGET} × baseline FCP"),
        format!(
            "{:.0} ms = {:.2} × {bf:.0} ms",
            first_screen_done.median(),
            first_screen_done.median() / bf
        ),
        first_screen_done.median() <= FIRST_SCREEN_CHARTS_BUDGET * bf,
    );
}

fn print_redraws(loads: usize, charts: usize, redraws: &[Redraw], budgets: &mut Budgets) {
    println!("### Chart re-draw on the desktop profile: 1280 × 900 window, DPR 1, full CPU speed");
    println!();
    println!(
        "Median (min–max) of {loads} page loads, after every chart is drawn; the sum of the \
         `chart-draw:*` measures the change caused (layout + plotters SVG, ms)."
    );
    println!();
    println!("| change | charts re-drawn | drawings | layout + plotters SVG, ms |");
    println!("| --- | --- | --- | --- |");
    let elderly: Vec<_> = redraws.iter().filter_map(|r| r.elderly).collect();
    let narrow: Vec<_> = redraws.iter().map(|r| r.narrow).collect();
    let row = |label: &str, bursts: &[measure::Burst]| match Samples::new(
        bursts.iter().map(|b| b.work),
    ) {
        Some(work) => println!(
            "| {label} | {:.0} of {charts} | {:.0} | {} |",
            Samples::new(bursts.iter().map(|b| b.charts as f64))
                .expect("bursts")
                .median(),
            Samples::new(bursts.iter().map(|b| b.draws as f64))
                .expect("bursts")
                .median(),
            work.show(1)
        ),
        None => println!("| {label} | no elderly-mode toggle (`.elderly-toggle`) found | | |"),
    };
    row("长辈模式 switched on, at 1280 px", &elderly);
    row("window narrowed 1280 → 390 px", &narrow);
    println!();
    let work = Samples::new(narrow.iter().map(|b| b.work)).expect("re-draw loads");
    budgets.check(
        "re-draw of all charts after 1280 → 390 px (desktop profile)",
        format!("< {NARROW_REDRAW_BUDGET} ms"),
        format!("{:.1} ms", work.median()),
        work.median() < NARROW_REDRAW_BUDGET,
    );
}
