//! The benchmark's Markdown tables, and the budgets checked from what they show.

use std::collections::BTreeMap;
use std::path::Path;

use law_report::report::Report;

use crate::budgets::Budgets;
use crate::lighthouse::{self, Runs};
use crate::measure::{AppLoad, Redraw, AFTER_READY};
use crate::profile::Profile;
use crate::sizes::{self, Asset};
use crate::stats::{bytes, Samples};
use crate::{PhoneRun, GROWTH, QUERY};

/// 1 KB = 1,000 bytes, as docs/performance.md writes sizes.
const KB: u64 = 1000;
const FIRST_VIEW_BROTLI_BUDGET: u64 = 200 * KB;
/// × the baseline's first contentful paint.
const CHARTS_PRESENT_BUDGET: f64 = 1.2;
const LCP_BUDGET: f64 = 1.2;
const READY_BUDGET: f64 = 2.5;
/// Cumulative layout shift while the app starts.
const CLS_BUDGET: f64 = 0.01;
/// Total blocking time after first paint, ms.
const TBT_BUDGET: f64 = 50.0;
/// Keystroke to marks painted, ms.
const SEARCH_BUDGET: f64 = 100.0;
/// The 10 × report's times, × today's.
const GROWTH_BUDGET: f64 = 2.0;
/// Strictly less than, ms: one frame at 60 Hz is 16.7 ms.
const NARROW_REDRAW_BUDGET: f64 = 16.0;

/// The site paths the loads requested, in the order the first load did: all of them,
/// and those asked for before the app was ready (the first view).
fn requested(loads: &[AppLoad], origin: &str) -> (Vec<String>, Vec<String>) {
    let mut all: Vec<String> = Vec::new();
    let mut first: Vec<String> = Vec::new();
    for load in loads {
        for request in &load.requested {
            let url = &request.url;
            let path = sizes::dist_path(url, origin).unwrap_or_else(|| url.clone());
            if request.start <= load.ready && !first.contains(&path) {
                first.push(path.clone());
            }
            if !all.contains(&path) {
                all.push(path);
            }
        }
    }
    (all, first)
}

/// Files, raw / gzip / brotli bytes.
fn total(assets: &[&Asset]) -> (usize, u64, u64, u64) {
    let sum = |f: fn(&Asset) -> u64| assets.iter().map(|a| f(a)).sum::<u64>();
    (
        assets.len(),
        sum(|a| a.raw),
        sum(|a| a.gzip),
        sum(|a| a.brotli),
    )
}

pub fn print_sizes(assets: &[Asset], run: &PhoneRun, origin: &str, budgets: &mut Budgets) {
    let (all, first) = requested(&run.app, origin);
    println!("### Files of the build (bytes)");
    println!();
    println!(
        "The first view is every file the page asked for before the app was ready \
         (`<html data-ready>`), on the {} profile.",
        run.profile.name()
    );
    println!();
    println!("| file | raw | gzip -9 | brotli -q 11 | requested at load |");
    println!("| --- | ---: | ---: | ---: | --- |");
    // The embed pages, for other sites, as one row unless a load asked for one.
    let is_embed = |a: &&Asset| a.path.starts_with("embed/") && !all.contains(&a.path);
    let embeds: Vec<&Asset> = assets.iter().filter(is_embed).collect();
    if !embeds.is_empty() {
        let (n, raw, gzip, brotli) = total(&embeds);
        println!(
            "| `embed/<report>/<chart or section>.html` ({n} pages, for other sites; sum) | {} | {} | {} | |",
            bytes(raw),
            bytes(gzip),
            bytes(brotli)
        );
    }
    for a in assets.iter().filter(|a| !is_embed(a)) {
        println!(
            "| `{}` | {} | {} | {} | {} |",
            sizes::display_name(&a.path),
            bytes(a.raw),
            bytes(a.gzip),
            bytes(a.brotli),
            if first.contains(&a.path) {
                "first view"
            } else if all.contains(&a.path) {
                "after the app was ready"
            } else {
                ""
            }
        );
    }
    let pick = |paths: &[String]| -> Vec<&Asset> {
        assets.iter().filter(|a| paths.contains(&a.path)).collect()
    };
    let (n, raw, gzip, brotli) = total(&pick(&first));
    println!(
        "| **first view** ({n} files) | **{}** | **{}** | **{}** | |",
        bytes(raw),
        bytes(gzip),
        bytes(brotli)
    );
    let (n_all, raw_all, gzip_all, brotli_all) = total(&pick(&all));
    println!(
        "| everything loaded ({n_all} files) | {} | {} | {} | |",
        bytes(raw_all),
        bytes(gzip_all),
        bytes(brotli_all)
    );
    println!();
    let missing: Vec<String> = all
        .iter()
        .filter(|p| !assets.iter().any(|a| &a.path == *p))
        .map(|p| format!("`{p}`"))
        .collect();
    if !missing.is_empty() {
        println!(
            "Also requested at load, not files of the build (404, not counted): {}.",
            missing.join(", ")
        );
        println!();
    }
    let html = first
        .iter()
        .find(|p| p.as_str() == "index.html")
        .and_then(|p| assets.iter().find(|a| &a.path == p))
        .map_or(0, |a| a.brotli);
    budgets.check(
        "first view, brotli (the HTML with every chart included)",
        format!("≤ {} B", bytes(FIRST_VIEW_BROTLI_BUDGET)),
        format!("{} B, of which index.html {} B", bytes(brotli), bytes(html)),
        brotli <= FIRST_VIEW_BROTLI_BUDGET,
    );
}

/// The first view of the grown report's site: its page and report grow, the code not.
pub fn print_grown_sizes(site: &Path, grown: &Report, run: &PhoneRun, origin: &str) {
    let (_, first) = requested(&run.grown, origin);
    let assets: Vec<Asset> = first
        .iter()
        .filter(|p| site.join(p).is_file())
        .map(|p| sizes::asset(site, p))
        .collect();
    println!("### The {GROWTH} × report (benchmark only: `target/bench/dist-10x`, never shipped)");
    println!();
    println!(
        "Today's sections, figures, relations and charts {GROWTH} times over with suffixed ids \
         ({} charts, {} figures, {} paragraphs), checked by the app's own checks, its page \
         written by the build's prerenderer. Its copies repeat the same text, which brotli \
         compresses far better than {GROWTH} × different text would: judge its network \
         times with that in mind.",
        grown.charts.len(),
        grown.figures.len(),
        grown.paragraphs().len()
    );
    println!();
    println!("| first-view file | raw | gzip -9 | brotli -q 11 |");
    println!("| --- | ---: | ---: | ---: |");
    for a in &assets {
        println!(
            "| `{}` | {} | {} | {} |",
            sizes::display_name(&a.path),
            bytes(a.raw),
            bytes(a.gzip),
            bytes(a.brotli)
        );
    }
    let (n, raw, gzip, brotli) = total(&assets.iter().collect::<Vec<_>>());
    println!(
        "| **first view** ({n} files) | **{}** | **{}** | **{}** |",
        bytes(raw),
        bytes(gzip),
        bytes(brotli)
    );
    println!();
}

/// When each first-view request of today's report started and ended on `run`'s
/// profile: how the files share the network before the first paint and the app.
pub fn print_requests(run: &PhoneRun, origin: &str) {
    let (_, first) = requested(&run.app, origin);
    println!(
        "### First-view requests of today's report, {} (ms after navigation start)",
        run.profile.name()
    );
    println!();
    println!("| file | request started | response ended |");
    println!("| --- | --- | --- |");
    for path in &first {
        let of = |f: fn(&crate::measure::Request) -> f64| {
            Samples::new(run.app.iter().flat_map(|l| {
                l.requested
                    .iter()
                    .filter(|r| sizes::dist_path(&r.url, origin).as_ref() == Some(path))
                    .map(f)
            }))
        };
        println!(
            "| `{}` | {} | {} |",
            sizes::display_name(path),
            show(&of(|r| r.start), 0),
            show(&of(|r| r.end), 0)
        );
    }
    let fcp = Samples::new(run.app.iter().map(|l| l.fcp));
    let ready = Samples::new(run.app.iter().map(|l| l.ready));
    println!();
    println!(
        "First contentful paint {} ms; the app ready {} ms.",
        show(&fcp, 0),
        show(&ready, 0)
    );
    println!();
}

/// The long tasks of one load of today's report (the load with the median total
/// blocking time), each with the phase it started in: where the blocking time is.
pub fn print_long_tasks(run: &PhoneRun) {
    let mut loads: Vec<&AppLoad> = run.app.iter().collect();
    if loads.is_empty() {
        return;
    }
    loads.sort_by(|a, b| a.tbt().total_cmp(&b.tbt()));
    let load = loads[loads.len() / 2];
    println!(
        "### Long tasks of one load of today's report, {} (the load with the median total blocking time)",
        run.profile.name()
    );
    println!();
    println!(
        "First contentful paint {:.0} ms, HTML parsed {:.0} ms, the app began to attach {}, ready {:.0} ms; total blocking {:.0} ms.",
        load.fcp,
        load.dom_content_loaded,
        load.attach.map_or("(not marked)".to_string(), |a| format!("{a:.0} ms")),
        load.ready,
        load.tbt()
    );
    println!();
    println!("| started, ms | lasted, ms | phase |");
    println!("| ---: | ---: | --- |");
    for &(start, duration) in &load.long_tasks {
        println!("| {start:.0} | {duration:.0} | {} |", load.phase_of(start));
    }
    println!();
}

fn samples(loads: &[AppLoad], f: impl Fn(&AppLoad) -> Option<f64>) -> Option<Samples> {
    Samples::new(loads.iter().filter_map(f))
}

fn show(s: &Option<Samples>, decimals: usize) -> String {
    s.as_ref().map_or("n/a".into(), |s| s.show(decimals))
}

fn ratio(value: &Option<Samples>, of: f64) -> String {
    match value {
        Some(v) if of > 0.0 => format!("{:.2}×", v.median() / of),
        _ => String::new(),
    }
}

/// A measure of today's report and of the grown one, as a table row: median (min–max)
/// of each, today's ÷ the baseline's FCP when `vs_baseline`, and grown ÷ today's.
fn row(
    label: &str,
    run: &PhoneRun,
    baseline_fcp: f64,
    vs_baseline: bool,
    decimals: usize,
    f: impl Fn(&AppLoad) -> Option<f64>,
) {
    let today = samples(&run.app, &f);
    let grown = samples(&run.grown, &f);
    println!(
        "| {label} | {} | {} | {} | {} |",
        show(&today, decimals),
        if vs_baseline {
            ratio(&today, baseline_fcp)
        } else {
            String::new()
        },
        show(&grown, decimals),
        today
            .as_ref()
            .map_or(String::new(), |t| ratio(&grown, t.median()))
    );
}

/// The most frequent of `values`, with how often it occurs.
fn most_common(values: impl Iterator<Item = String>) -> Option<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    counts.into_iter().max_by_key(|(_, n)| *n)
}

fn baseline_fcp(run: &PhoneRun) -> Samples {
    Samples::new(run.baseline.iter().map(|b| b.fcp)).expect("baseline loads")
}

pub fn print_loads(loads: usize, run: &PhoneRun, charts: usize) {
    let base_fcp = baseline_fcp(run);
    let bf = base_fcp.median();
    let base_lcp = Samples::new(run.baseline.iter().filter_map(|b| b.lcp));
    println!(
        "### Cold loads, {}: {}",
        run.profile.name(),
        run.profile.description()
    );
    println!();
    println!(
        "Median (min–max) of {loads} cold loads each, ms after navigation start; today's \
         app, the baseline and the {GROWTH} × app alternate. Baseline: today's report text \
         (title, metadata, headings, every paragraph) as one static HTML page, no script, \
         with the app's stylesheet inline in its head, as the app's page has it."
    );
    println!();
    println!(
        "| measure | today's report | ÷ baseline FCP | {GROWTH} × report | {GROWTH} × ÷ today's |"
    );
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| baseline: first contentful paint | {} | 1.00× | | |",
        base_fcp.show(0)
    );
    println!(
        "| baseline: largest contentful paint | {} | {} | | |",
        show(&base_lcp, 0),
        ratio(&base_lcp, bf)
    );
    let base_tbt = Samples::new(run.baseline.iter().map(|b| b.tbt));
    println!(
        "| baseline: total blocking time after first contentful paint, ms | {} | | | |",
        show(&base_tbt, 0)
    );
    row("first contentful paint", run, bf, true, 0, |l| Some(l.fcp));
    row("largest contentful paint", run, bf, true, 0, |l| l.lcp);
    row("HTML parsed (DOMContentLoaded)", run, bf, true, 0, |l| {
        Some(l.dom_content_loaded)
    });
    row(
        &format!(
            "every chart in the DOM as a sized SVG ({charts}; {})",
            charts * GROWTH
        ),
        run,
        bf,
        true,
        0,
        |l| l.charts_present,
    );
    row(
        "app interactive (hydrated, `<html data-ready>`)",
        run,
        bf,
        true,
        0,
        |l| Some(l.ready),
    );
    row(
        &format!("layout shift until {AFTER_READY:.0} ms after ready (CLS), every shift"),
        run,
        bf,
        false,
        4,
        |l| Some(l.cls()),
    );
    row(
        "… without those Chromium flags `hadRecentInput` (web-vitals' CLS)",
        run,
        bf,
        false,
        4,
        |l| Some(l.cls_without_recent_input()),
    );
    row(
        "total blocking time after first contentful paint, ms",
        run,
        bf,
        false,
        0,
        |l| Some(l.tbt()),
    );
    let phases = [
        "… of it while the HTML was parsed (to DOMContentLoaded)",
        "… then until the app began to attach to the page",
        "… while it attached (its frame, then its parts, to `data-ready`)",
        "… after it (until the page settled)",
    ];
    for (i, phase) in phases.iter().enumerate() {
        row(phase, run, bf, false, 0, |l| Some(l.tbt_phases()[i]));
    }
    row(
        "long tasks after first contentful paint",
        run,
        bf,
        false,
        0,
        |l| Some(l.long_tasks_after_paint() as f64),
    );
    row("longest task, ms", run, bf, false, 0, |l| {
        Some(l.longest_task())
    });
    row(
        "longest task while the app attached (frame, then parts), ms, when long",
        run,
        bf,
        false,
        0,
        AppLoad::longest_attach_task,
    );
    row(
        "report JSON parsed and checked (`report-parse`), ms of work",
        run,
        bf,
        false,
        1,
        |l| l.parse,
    );
    row(
        "chart drawings after the build's (at their width)",
        run,
        bf,
        false,
        0,
        |l| Some(l.draws as f64),
    );
    row(
        "their layout + plotters SVG time, ms",
        run,
        bf,
        false,
        1,
        |l| Some(l.draw_work),
    );
    row("last chart drawing ended", run, bf, true, 0, |l| {
        l.last_draw
    });
    row(
        &format!("search `{QUERY}`: keystroke → first mark in the DOM, ms"),
        run,
        bf,
        false,
        1,
        |l| Some(l.search.to_marks),
    );
    row(
        &format!("search `{QUERY}`: keystroke → marks painted, ms"),
        run,
        bf,
        false,
        1,
        |l| Some(l.search.to_painted),
    );
    row(
        "search: marks in the page when painted (near the view, and the current one)",
        run,
        bf,
        false,
        0,
        |l| Some(l.search.marks as f64),
    );
    row("JS heap used after load, MB", run, bf, false, 1, |l| {
        Some(l.heap_used / 1e6)
    });
    row(
        "wasm linear memory after load (not in the JS heap), MB",
        run,
        bf,
        false,
        1,
        |l| l.wasm_memory.map(|b| b / 1e6),
    );
    row("DOM elements after load", run, bf, false, 0, |l| {
        Some(l.dom_nodes as f64)
    });
    let hydrated = |loads: &[AppLoad]| {
        format!(
            "{} of {}",
            loads.iter().filter(|l| l.hydrated).count(),
            loads.len()
        )
    };
    println!(
        "| loads in which the app attached to the built page (not rebuilt) | {} | | {} | |",
        hydrated(&run.app),
        hydrated(&run.grown)
    );
    let lcp_element = |loads: &[AppLoad]| {
        most_common(loads.iter().filter_map(|l| l.lcp_element.clone()))
            .map_or("n/a".into(), |(e, n)| {
                format!("`{e}` ({n} of {})", loads.len())
            })
    };
    println!(
        "| largest contentful paint element | {} | | {} | |",
        lcp_element(&run.app),
        lcp_element(&run.grown)
    );
    println!();
}

/// What moved while the app started, on `run`'s profile: each element a layout shift
/// named, over all loads, with its shift's value and when, relative to ready.
pub fn print_shifts(run: &PhoneRun) {
    println!(
        "### Layout shifts while the app starts ({}; up to {AFTER_READY:.0} ms after ready)",
        run.profile.name()
    );
    println!();
    let grown_name = format!("the {GROWTH} × report");
    for (name, loads) in [
        ("today's report", &run.app),
        (grown_name.as_str(), &run.grown),
    ] {
        let by_load: Vec<String> = loads.iter().map(|l| format!("{:.4}", l.cls())).collect();
        println!("CLS of each load, {name}: {}.", by_load.join(", "));
        println!();
        // Element → (loads it moved in, shift values, ms after ready, an example).
        let mut moved: BTreeMap<String, (usize, Vec<f64>, Vec<f64>, String)> = BTreeMap::new();
        for load in loads.iter() {
            let mut seen_here: Vec<String> = Vec::new();
            for shift in load.starting_shifts() {
                for source in &shift.sources {
                    let mut element = source.split(" (").next().unwrap_or(source).to_string();
                    if shift.recent_input {
                        element.push_str(" (flagged `hadRecentInput`)");
                    }
                    let entry = moved.entry(element.clone()).or_default();
                    if !seen_here.contains(&element) {
                        entry.0 += 1;
                        seen_here.push(element);
                    }
                    entry.1.push(shift.value);
                    entry.2.push(shift.at - load.ready);
                    if entry.3.is_empty() {
                        entry.3 = source.clone();
                    }
                }
            }
        }
        if moved.is_empty() {
            println!("No layout shift in any load of {name}.");
            println!();
            continue;
        }
        println!(
            "| {name}: element that moved | loads | value of its shift | ms after ready (negative: before) | one of them: x,y,w,h before → after (CSS px) |"
        );
        println!("| --- | --- | --- | --- | --- |");
        let mut rows: Vec<_> = moved.into_iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        for (element, (n, values, after, example)) in rows.iter().take(12) {
            let rect = example
                .split_once(" (")
                .map_or("", |(_, r)| r.trim_end_matches(')'));
            println!(
                "| `{element}` | {n} of {} | {} | {} | {rect} |",
                loads.len(),
                Samples::new(values.iter().copied()).map_or("".into(), |s| s.show(4)),
                Samples::new(after.iter().copied()).map_or("".into(), |s| s.show(0)),
            );
        }
        println!();
    }
}

/// The budgets of the issue, on `run` (the network profile).
pub fn check_loads(run: &PhoneRun, budgets: &mut Budgets) {
    let bf = baseline_fcp(run).median();
    let median = |loads: &[AppLoad], f: &dyn Fn(&AppLoad) -> Option<f64>| {
        samples(loads, f).map(|s| s.median())
    };
    let times = |what: &str, limit: f64, f: &dyn Fn(&AppLoad) -> Option<f64>| {
        let value = median(&run.app, f);
        (
            what.to_string(),
            format!("≤ {limit} × baseline FCP"),
            value.map_or("n/a".into(), |v| {
                format!("{v:.0} ms = {:.2} × {bf:.0} ms", v / bf)
            }),
            value.is_some_and(|v| v <= limit * bf),
        )
    };
    for (what, limit, measured, pass) in [
        times(
            "every chart in the DOM as a sized SVG",
            CHARTS_PRESENT_BUDGET,
            &|l| l.charts_present,
        ),
        times("largest contentful paint", LCP_BUDGET, &|l| l.lcp),
        times(
            "app interactive (`<html data-ready>`)",
            READY_BUDGET,
            &|l| Some(l.ready),
        ),
    ] {
        budgets.check(&what, limit, measured, pass);
    }
    let cls = median(&run.app, &|l| Some(l.cls())).unwrap_or(f64::NAN);
    budgets.check(
        &format!(
            "layout shift while the app starts (to {AFTER_READY:.0} ms after ready; every shift)"
        ),
        format!("≤ {CLS_BUDGET}"),
        format!("{cls:.4}"),
        cls <= CLS_BUDGET,
    );
    let tbt = median(&run.app, &|l| Some(l.tbt())).unwrap_or(f64::NAN);
    budgets.check(
        "total blocking time after first paint",
        format!("≤ {TBT_BUDGET} ms"),
        format!("{tbt:.0} ms"),
        tbt <= TBT_BUDGET,
    );
    let grown_name = format!("{GROWTH} × report");
    for (name, loads) in [
        ("today's report", &run.app),
        (grown_name.as_str(), &run.grown),
    ] {
        let search = median(loads, &|l| Some(l.search.to_painted)).unwrap_or(f64::NAN);
        budgets.check(
            &format!("search, keystroke → marks painted, {name}"),
            format!("≤ {SEARCH_BUDGET} ms"),
            format!("{search:.1} ms"),
            search <= SEARCH_BUDGET,
        );
    }
    type GrownMeasure = (&'static str, fn(&AppLoad) -> Option<f64>);
    let grown_times: [GrownMeasure; 4] = [
        ("every chart in the DOM as a sized SVG", |l| {
            l.charts_present
        }),
        ("largest contentful paint", |l| l.lcp),
        ("app interactive", |l| Some(l.ready)),
        ("total blocking time", |l| Some(l.tbt())),
    ];
    for (what, f) in grown_times {
        let (today, grown) = (median(&run.app, &f), median(&run.grown, &f));
        let measured = match (today, grown) {
            (Some(t), Some(g)) if t > 0.0 => format!("{g:.0} ms = {:.2} × {t:.0} ms", g / t),
            (Some(t), Some(g)) => format!("{g:.0} ms; today's {t:.0} ms"),
            _ => "n/a".into(),
        };
        budgets.check(
            &format!("{GROWTH} × report: {what}"),
            format!("≤ {GROWTH_BUDGET} × today's"),
            measured,
            matches!((today, grown), (Some(t), Some(g)) if g <= GROWTH_BUDGET * t),
        );
    }
}

pub fn print_redraws(loads: usize, charts: usize, redraws: &[Redraw], budgets: &mut Budgets) {
    println!(
        "### Chart re-draw on the desktop profile: {}",
        Profile::Desktop.description()
    );
    println!();
    println!(
        "Median (min–max) of {loads} page loads, after the charts have settled at their \
         width; the sum of the `chart-draw:*` measures the change caused (layout + \
         plotters SVG, ms), with the report's middle chart in the middle of the screen. Only \
         the charts within a screen's height of the view re-draw; the others when the \
         reader scrolls to them."
    );
    println!();
    println!("| change | charts re-drawn | drawings | layout + plotters SVG, ms |");
    println!("| --- | --- | --- | --- |");
    let elderly: Vec<_> = redraws.iter().filter_map(|r| r.elderly).collect();
    let narrow: Vec<_> = redraws.iter().map(|r| r.narrow).collect();
    let row = |label: &str, bursts: &[crate::measure::Burst]| match Samples::new(
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
        "re-draw of the charts near the view after 1280 → 390 px (desktop profile)",
        format!("< {NARROW_REDRAW_BUDGET} ms"),
        format!("{:.1} ms", work.median()),
        work.median() < NARROW_REDRAW_BUDGET,
    );
}

/// Interactive time, this build's ÷ the base's.
const READY_VS_BASE_BUDGET: f64 = 0.7;
/// Bytes transferred until interactive, this build's ÷ the base's.
const TRANSFERRED_VS_BASE_BUDGET: f64 = 0.6;
/// Lighthouse mobile: performance score at least, LCP and TBT at most (ms).
const LIGHTHOUSE_SCORE_BUDGET: f64 = 0.95;
const LIGHTHOUSE_LCP_BUDGET: f64 = 1500.0;
const LIGHTHOUSE_TBT_BUDGET: f64 = 150.0;

type Measure = (&'static str, usize, fn(&AppLoad) -> Option<f64>);

/// What this build and the base are compared on; bytes in KB.
const AGAINST_BASE: [Measure; 5] = [
    ("first contentful paint, ms", 0, |l| Some(l.fcp)),
    ("largest contentful paint, ms", 0, |l| l.lcp),
    ("app interactive (`<html data-ready>`), ms", 0, |l| {
        Some(l.ready)
    }),
    (
        "total blocking time after first contentful paint, ms",
        0,
        |l| Some(l.tbt()),
    ),
    ("transferred until interactive, KB", 1, |l| {
        Some(l.transferred_until_ready() as f64 / KB as f64)
    }),
];

/// This build against the base site (`BENCH_BASE_DIST`) on `run`'s profile, when one
/// was given.
pub fn print_against_base(loads: usize, run: &PhoneRun) {
    if run.base.is_empty() {
        return;
    }
    println!(
        "### This build against the base (`BENCH_BASE_DIST`), {}",
        run.profile.name()
    );
    println!();
    println!(
        "Median (min–max) of {loads} cold loads each, in the same rounds as the baseline's; \
         bytes as the browser counted them (Resource Timing), for every request started \
         before `<html data-ready>`."
    );
    println!();
    println!("| measure | this build | base | this build ÷ base |");
    println!("| --- | --- | --- | --- |");
    for (label, decimals, f) in AGAINST_BASE {
        let (now, base) = (samples(&run.app, f), samples(&run.base, f));
        println!(
            "| {label} | {} | {} | {} |",
            show(&now, decimals),
            show(&base, decimals),
            base.as_ref()
                .map_or(String::new(), |b| ratio(&now, b.median()))
        );
    }
    println!();
}

/// The issue's budgets against the base, on `run` (the network profile); "not
/// measured" without a base.
pub fn check_against_base(run: &PhoneRun, budgets: &mut Budgets) {
    /// What, its limit × the base's, its unit, and the measure.
    type Check = (&'static str, f64, &'static str, fn(&AppLoad) -> Option<f64>);
    let checks: [Check; 2] = [
        (
            "app interactive (`<html data-ready>`)",
            READY_VS_BASE_BUDGET,
            "ms",
            |l| Some(l.ready),
        ),
        (
            "transferred until interactive",
            TRANSFERRED_VS_BASE_BUDGET,
            "B",
            |l| Some(l.transferred_until_ready() as f64),
        ),
    ];
    for (what, limit, unit, f) in checks {
        let limit_text = format!("≤ {limit} × base");
        if run.base.is_empty() {
            budgets.not_measured(what, limit_text, "no base (`scripts/bench --base REV`)");
            continue;
        }
        let (now, base) = (samples(&run.app, f), samples(&run.base, f));
        let (Some(now), Some(base)) = (now.map(|s| s.median()), base.map(|s| s.median())) else {
            budgets.check(what, limit_text, "n/a".into(), false);
            continue;
        };
        let show = |v: f64| match unit {
            "B" => format!("{} B", bytes(v as u64)),
            _ => format!("{v:.0} {unit}"),
        };
        budgets.check(
            what,
            limit_text,
            format!("{} = {:.2} × {}", show(now), now / base, show(base)),
            base > 0.0 && now <= limit * base,
        );
    }
}

/// Lighthouse's mobile runs of this build (and of the base, when given), and the
/// issue's Lighthouse budgets on this build's medians.
pub fn print_lighthouse(app: &Runs, base: Option<&Runs>, budgets: &mut Budgets) {
    println!(
        "### Lighthouse mobile (simulated throttling), median (min–max) of {} runs",
        lighthouse::RUNS
    );
    println!();
    println!("| measure | this build | base |");
    println!("| --- | --- | --- |");
    let base_or = |f: fn(&Runs) -> Option<Samples>, decimals| {
        base.map_or("not measured: no base".into(), |b| show(&f(b), decimals))
    };
    println!(
        "| performance score | {} | {} |",
        show(&app.score(), 2),
        base_or(Runs::score, 2)
    );
    println!(
        "| largest contentful paint, ms | {} | {} |",
        show(&app.lcp(), 0),
        base_or(Runs::lcp, 0)
    );
    println!(
        "| total blocking time, ms | {} | {} |",
        show(&app.tbt(), 0),
        base_or(Runs::tbt, 0)
    );
    println!();
    let median = |s: Option<Samples>| s.map_or(f64::NAN, |s| s.median());
    let score = median(app.score());
    budgets.check(
        "Lighthouse mobile performance",
        format!("≥ {LIGHTHOUSE_SCORE_BUDGET}"),
        format!("{score:.2}"),
        score >= LIGHTHOUSE_SCORE_BUDGET,
    );
    let lcp = median(app.lcp());
    budgets.check(
        "Lighthouse mobile largest contentful paint",
        format!("≤ {LIGHTHOUSE_LCP_BUDGET:.0} ms"),
        format!("{lcp:.0} ms"),
        lcp <= LIGHTHOUSE_LCP_BUDGET,
    );
    let tbt = median(app.tbt());
    budgets.check(
        "Lighthouse mobile total blocking time",
        format!("≤ {LIGHTHOUSE_TBT_BUDGET:.0} ms"),
        format!("{tbt:.0} ms"),
        tbt <= LIGHTHOUSE_TBT_BUDGET,
    );
}
