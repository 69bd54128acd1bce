//! The budgets on the cold loads: times against the baseline, layout shift,
//! blocking time, search, and how the grown report's times compare with today's.

use super::{baseline_fcp, samples};
use crate::budgets::Budgets;
use crate::measure::{AppLoad, AFTER_READY};
use crate::{PhoneRun, GROWTH};

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

/// The budgets of the issue, on `run` (the network profile).
pub fn check_loads(run: &PhoneRun, budgets: &mut Budgets) {
    check_against_baseline(run, budgets);
    check_shift_and_blocking(run, budgets);
    check_search(run, budgets);
    check_growth(run, budgets);
}

/// The median of a measure over some loads.
fn median(loads: &[AppLoad], f: &dyn Fn(&AppLoad) -> Option<f64>) -> Option<f64> {
    samples(loads, f).map(|s| s.median())
}

/// Charts present, largest paint and interactive, × the baseline's first paint.
fn check_against_baseline(run: &PhoneRun, budgets: &mut Budgets) {
    let bf = baseline_fcp(run).median();
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
}

/// Layout shift while the app starts, and blocking time after first paint.
fn check_shift_and_blocking(run: &PhoneRun, budgets: &mut Budgets) {
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
}

/// The search, keystroke to marks painted, on today's report and the grown one.
fn check_search(run: &PhoneRun, budgets: &mut Budgets) {
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
}

/// The grown report's times, × today's; its blocking time beyond the plain page of
/// its text, × today's beyond today's plain page.
fn check_growth(run: &PhoneRun, budgets: &mut Budgets) {
    type GrownMeasure = (&'static str, fn(&AppLoad) -> Option<f64>);
    let grown_times: [GrownMeasure; 3] = [
        ("every chart in the DOM as a sized SVG", |l| {
            l.charts_present
        }),
        ("largest contentful paint", |l| l.lcp),
        ("app interactive", |l| Some(l.ready)),
    ];
    // Blocking time beyond the plain page of the same text: its own parse and layout
    // are not the app's cost.
    let plain = |loads: &[crate::measure::BaselineLoad]| {
        crate::stats::Samples::new(loads.iter().map(|l| l.tbt)).map(|s| s.median())
    };
    let app_tbt = |loads: &[AppLoad]| median(loads, &|l| Some(l.tbt()));
    let beyond = |app: Option<f64>, plain: Option<f64>| Some((app? - plain?).max(0.0));
    let today = beyond(app_tbt(&run.app), plain(&run.baseline));
    let grown = beyond(app_tbt(&run.grown), plain(&run.grown_baseline));
    let measured = match (
        today,
        grown,
        app_tbt(&run.grown),
        plain(&run.grown_baseline),
    ) {
        (Some(t), Some(g), Some(app), Some(base)) => {
            format!("{g:.0} ms ({app:.0} − the 10 × plain page's {base:.0}); today's {t:.0} ms")
        }
        _ => "n/a".into(),
    };
    budgets.check(
        &format!("{GROWTH} × report: total blocking time beyond the plain page of its text"),
        format!("≤ {GROWTH_BUDGET} × today's"),
        measured,
        matches!((today, grown), (Some(t), Some(g)) if g <= GROWTH_BUDGET * t.max(1.0)),
    );
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
