//! Chart drawing benchmark (not a test): loads the release build in headless Chromium
//! and reports, as medians over several cold loads, when every chart is drawn at 390
//! and 1280 px, the time spent laying out and drawing them, and the re-draw time after
//! the window narrows. Times come from the app's User Timing marks
//! (`chart-draw:<id>`). Run through `scripts/bench`, which also measures sizes.

#[path = "../tests/support/mod.rs"]
mod support;

use serde_json::Value;
use support::{js, open_report, Browser, StaticServer};

const LOADS: usize = 5;

/// The sum of all chart draw measures, the latest chart-draw end mark, and how many
/// charts have been drawn.
const DRAW_TIMES: &str = "
    const measures = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart-draw:'));
    const ends = performance.getEntriesByType('mark').filter(m => m.name.startsWith('chart-draw:') && m.name.endsWith(':end'));
    return [measures.reduce((s, m) => s + m.duration, 0), Math.max(0, ...ends.map(m => m.startTime)), measures.length,
            document.querySelectorAll('.chart-card svg').length];";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

async fn wait_all_drawn(c: &fantoccini::Client, charts: usize) -> Value {
    for _ in 0..200 {
        let t = js(c, DRAW_TIMES).await;
        if t[3].as_u64() == Some(charts as u64) {
            return t;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("charts were not all drawn");
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = StaticServer::start().await;
    let charts = support::shipped_report()["charts"]
        .as_array()
        .unwrap()
        .len();
    println!("| measure (median of {LOADS} cold loads) | 390 px | 1280 px |");
    println!("| --- | --- | --- |");
    let mut ready = Vec::new();
    let mut draw = Vec::new();
    for width in [390u32, 1280] {
        let (mut r, mut d) = (Vec::new(), Vec::new());
        for _ in 0..LOADS {
            let url = server.url("/");
            let (tx, rx) = std::sync::mpsc::channel();
            Browser::run(width, 900, |c| async move {
                open_report(&c, &url).await;
                let t = wait_all_drawn(&c, charts).await;
                tx.send((t[1].as_f64().unwrap(), t[0].as_f64().unwrap()))
                    .unwrap();
            })
            .await;
            let (all_drawn_at, draw_sum) = rx.recv().unwrap();
            r.push(all_drawn_at);
            d.push(draw_sum);
        }
        ready.push(median(r));
        draw.push(median(d));
    }
    println!(
        "| all {charts} charts drawn, ms after navigation start | {:.0} | {:.0} |",
        ready[0], ready[1]
    );
    println!(
        "| layout + plotters SVG for all charts, ms | {:.1} | {:.1} |",
        draw[0], draw[1]
    );

    let mut redraw = Vec::new();
    for _ in 0..LOADS {
        let url = server.url("/");
        let (tx, rx) = std::sync::mpsc::channel();
        Browser::run(1280, 900, |c| async move {
            open_report(&c, &url).await;
            wait_all_drawn(&c, charts).await;
            js(&c, "performance.clearMeasures(); return 0").await;
            support::set_viewport(&c, 390, 900).await;
            let t = loop {
                let t = js(&c, DRAW_TIMES).await;
                if t[2].as_u64() >= Some(charts as u64) {
                    break t;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            };
            tx.send(t[0].as_f64().unwrap()).unwrap();
        })
        .await;
        redraw.push(rx.recv().unwrap());
    }
    println!(
        "| re-draw of all charts after 1280 → 390 px, ms (one frame is 16.7) | {:.1} | |",
        median(redraw)
    );
}
