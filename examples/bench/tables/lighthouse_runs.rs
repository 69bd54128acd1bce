//! Lighthouse's mobile runs of this build and of the base, and their budgets.

use super::show;
use crate::budgets::Budgets;
use crate::lighthouse::{self, Runs};
use crate::stats::Samples;

/// Lighthouse mobile: performance score at least, LCP and TBT at most (ms).
const LIGHTHOUSE_SCORE_BUDGET: f64 = 0.95;
const LIGHTHOUSE_LCP_BUDGET: f64 = 1500.0;
const LIGHTHOUSE_TBT_BUDGET: f64 = 150.0;

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
