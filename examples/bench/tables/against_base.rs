//! This build against an earlier commit's site (`BENCH_BASE_DIST`), and the budgets
//! that compare them.

use super::{ratio, samples, show, KB};
use crate::budgets::Budgets;
use crate::measure::AppLoad;
use crate::stats::bytes;
use crate::PhoneRun;

/// Interactive time, this build's ÷ the base's.
const READY_VS_BASE_BUDGET: f64 = 0.7;
/// Bytes transferred until interactive, this build's ÷ the base's.
const TRANSFERRED_VS_BASE_BUDGET: f64 = 0.6;
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
