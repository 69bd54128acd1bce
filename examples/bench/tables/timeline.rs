//! When the first view's requests ran, and the long tasks of one load: where the
//! time before the app is ready goes.

use super::{requested, show};
use crate::measure::AppLoad;
use crate::sizes;
use crate::stats::Samples;
use crate::PhoneRun;

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
