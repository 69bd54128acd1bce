//! The benchmark's Markdown tables, and the budgets checked from what they show: one
//! file per table (or per group of budgets), and here what they share.

mod against_base;
mod files;
mod lighthouse_runs;
mod load_budgets;
mod loads;
mod redraws;
mod shifts;
mod timeline;

pub use against_base::{check_against_base, print_against_base};
pub use files::{print_grown_sizes, print_sizes};
pub use lighthouse_runs::print_lighthouse;
pub use load_budgets::check_loads;
pub use loads::print_loads;
pub use redraws::print_redraws;
pub use shifts::print_shifts;
pub use timeline::{print_long_tasks, print_requests};

use crate::measure::AppLoad;
use crate::sizes::{self, Asset};
use crate::stats::Samples;
use crate::PhoneRun;

/// 1 KB = 1,000 bytes, as docs/performance.md writes sizes.
const KB: u64 = 1000;

/// The site paths the loads requested, in the order the first load did: all of them,
/// and those asked for before the app was ready (the first view).
pub(crate) fn requested(loads: &[AppLoad], origin: &str) -> (Vec<String>, Vec<String>) {
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
pub(crate) fn total(assets: &[&Asset]) -> (usize, u64, u64, u64) {
    let sum = |f: fn(&Asset) -> u64| assets.iter().map(|a| f(a)).sum::<u64>();
    (
        assets.len(),
        sum(|a| a.raw),
        sum(|a| a.gzip),
        sum(|a| a.brotli),
    )
}

pub(crate) fn samples(loads: &[AppLoad], f: impl Fn(&AppLoad) -> Option<f64>) -> Option<Samples> {
    Samples::new(loads.iter().filter_map(f))
}

pub(crate) fn show(s: &Option<Samples>, decimals: usize) -> String {
    s.as_ref().map_or("n/a".into(), |s| s.show(decimals))
}

pub(crate) fn ratio(value: &Option<Samples>, of: f64) -> String {
    match value {
        Some(v) if of > 0.0 => format!("{:.2}×", v.median() / of),
        _ => String::new(),
    }
}

pub(crate) fn baseline_fcp(run: &PhoneRun) -> Samples {
    Samples::new(run.baseline.iter().map(|b| b.fcp)).expect("baseline loads")
}
