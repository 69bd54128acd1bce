//! The charts' re-draws on the desktop profile: after switching elderly mode on, and
//! after narrowing the window.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::Value;

use super::settle::{wait_until_settled, GIVE_UP};
use super::timeline::instrument;
use crate::profile::{self, Profile};
use crate::server::SiteServer;
use crate::support::{js, set_viewport};

/// For each chart, when its latest drawing ended; how many drawings there were and
/// the time spent in them (layout and plotters SVG).
const DRAW_STATE: &str = "
    const last = {};
    for (const m of performance.getEntriesByType('mark')) {
        if (m.name.startsWith('chart-draw:') && m.name.endsWith(':end')) {
            const id = m.name.slice('chart-draw:'.length, -':end'.length);
            last[id] = Math.max(last[id] || 0, m.startTime);
        }
    }
    const measures = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart-draw:'));
    return { last, draws: measures.length, work: measures.reduce((s, m) => s + m.duration, 0) };";

#[derive(Debug, Default)]
struct DrawState {
    last: HashMap<String, f64>,
    draws: usize,
    work: f64,
}

async fn draw_state(client: &Client) -> DrawState {
    let v = js(client, DRAW_STATE).await;
    let last = v["last"]
        .as_object()
        .map(|m| {
            m.iter()
                .filter_map(|(id, t)| Some((id.clone(), t.as_f64()?)))
                .collect()
        })
        .unwrap_or_default();
    DrawState {
        last,
        draws: v["draws"].as_u64().unwrap_or(0) as usize,
        work: v["work"].as_f64().unwrap_or(0.0),
    }
}

/// Charts that re-draw after a change must have drawn within this.
const REDRAW_QUIET: Duration = Duration::from_millis(2000);
/// No new drawing for this long after the last one: the charts have settled.
const SETTLED: Duration = Duration::from_millis(600);

/// Polls the chart marks until drawing has stopped: `SETTLED` after the last drawing
/// once every chart of `all` has drawn, or `REDRAW_QUIET` with no new drawing.
async fn wait_for_drawing(client: &Client, all: &[String]) -> DrawState {
    let start = Instant::now();
    let mut last_change = Instant::now();
    let mut seen = usize::MAX;
    loop {
        let state = draw_state(client).await;
        if state.draws != seen {
            seen = state.draws;
            last_change = Instant::now();
        }
        let quiet = last_change.elapsed();
        let all_drawn = all.iter().all(|id| state.last.contains_key(id));
        if (all_drawn && quiet >= SETTLED) || quiet >= REDRAW_QUIET {
            return state;
        }
        assert!(start.elapsed() < GIVE_UP, "charts still drawing");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The chart drawing one change caused.
#[derive(Debug, Clone, Copy)]
pub struct Burst {
    /// Time spent in `chart-draw:*` measures (layout and plotters SVG), ms.
    pub work: f64,
    pub draws: usize,
    /// Distinct charts re-drawn.
    pub charts: usize,
}

/// Re-draw work on the desktop profile after switching elderly mode on (at 1280 px),
/// and after narrowing the window from 1280 to 390 px (elderly mode off again).
#[derive(Debug)]
pub struct Redraw {
    pub elderly: Option<Burst>,
    pub narrow: Burst,
}

/// What the re-draw is measured after.
#[derive(Debug, Clone, Copy)]
enum Change {
    /// Pressing the 长辈模式 toggle (`.elderly-toggle`).
    Elderly,
    /// Narrowing the window from 1280 to 390 px.
    Narrow,
}

const ELDERLY_TOGGLE: &str = "
    const toggle = document.querySelector('.elderly-toggle');
    if (toggle) toggle.click();
    return Boolean(toggle);";

/// Clears the timeline, makes `change`, and sums the chart drawing it caused; `None`
/// when the page has no elderly-mode toggle.
async fn burst(c: &Client, charts: &[String], change: Change) -> Option<Burst> {
    js(
        c,
        "performance.clearMarks(); performance.clearMeasures(); return 0",
    )
    .await;
    match change {
        Change::Elderly => {
            if js(c, ELDERLY_TOGGLE).await != Value::Bool(true) {
                return None;
            }
        }
        Change::Narrow => set_viewport(c, 390, 900).await,
    }
    let state = wait_for_drawing(c, charts).await;
    Some(Burst {
        work: state.work,
        draws: state.draws,
        charts: state.last.len(),
    })
}

/// Loads the app on the desktop profile, scrolls to the middle chart and lets the charts
/// near it settle at their width, then measures the re-draw after switching elderly mode
/// on and after narrowing the window.
pub async fn redraw(server: &SiteServer, charts: &[String]) -> Redraw {
    let browser = profile::open(Profile::Desktop, &instrument(0)).await;
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.expect("navigate to the app");
    wait_until_settled(&c, "the app on the desktop").await;
    // Charts re-draw only near the view: the reader is at the report's middle chart.
    if let Some(middle) = charts.get(charts.len() / 2) {
        js(
            &c,
            &format!("document.getElementById('chart-{middle}').scrollIntoView({{block: 'center'}}); return 0"),
        )
        .await;
        wait_for_drawing(&c, std::slice::from_ref(middle)).await;
    }
    let elderly = burst(&c, charts, Change::Elderly).await;
    if elderly.is_some() {
        js(&c, ELDERLY_TOGGLE).await;
        wait_for_drawing(&c, &[]).await;
    }
    let narrow = burst(&c, charts, Change::Narrow)
        .await
        .expect("a width change always re-draws");
    profile::close(browser).await;
    Redraw { elderly, narrow }
}
