//! The cold-load table: today's report, the baseline and the grown report, a row per
//! measure.

use std::collections::BTreeMap;

use super::{baseline_fcp, ratio, samples, show};
use crate::measure::{AppLoad, AFTER_READY};
use crate::stats::Samples;
use crate::{PhoneRun, GROWTH, QUERY};

pub fn print_loads(loads: usize, run: &PhoneRun, charts: usize) {
    let bf = print_intro_and_baseline(loads, run);
    print_paint_rows(run, bf, charts);
    print_blocking_rows(run, bf);
    print_drawing_rows(run, bf);
    print_search_and_memory_rows(run, bf);
    print_attach_rows(run);
}

/// The table's title, what it measures, its head and the baseline's rows; returns the
/// baseline's median first contentful paint, which the other rows are divided by.
fn print_intro_and_baseline(loads: usize, run: &PhoneRun) -> f64 {
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
    bf
}

/// Paint, parse, charts present and interactive.
fn print_paint_rows(run: &PhoneRun, bf: f64, charts: usize) {
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
}

/// Layout shift, blocking time by phase and long tasks.
fn print_blocking_rows(run: &PhoneRun, bf: f64) {
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
}

/// The report's parsing and the charts' drawings.
fn print_drawing_rows(run: &PhoneRun, bf: f64) {
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
}

/// The search, memory and the DOM's size.
fn print_search_and_memory_rows(run: &PhoneRun, bf: f64) {
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
}

/// Whether the app attached to the built page, and the largest paint's element.
fn print_attach_rows(run: &PhoneRun) {
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
