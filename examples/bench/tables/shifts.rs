//! The layout shifts while the app starts: which elements moved, when and by how much.

use std::collections::BTreeMap;

use crate::measure::AFTER_READY;
use crate::stats::Samples;
use crate::{PhoneRun, GROWTH};

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
