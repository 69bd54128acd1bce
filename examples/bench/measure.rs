//! What one browser session measures: a cold load of the app or of the baseline on the
//! phone profile, and the charts' re-draw work on the desktop profile. Times are read
//! from the page's own Performance timeline, in ms after navigation start; chart draws
//! from the app's User Timing marks `chart-draw:<id>:end` and measures `chart-draw:<id>`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

use crate::baseline;
use crate::profile::{self, Profile};
use crate::support::{js, set_viewport, wait_for, Browser, StaticServer};

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

/// Chart cards whose top lies within the first screen, by chart id.
const FIRST_SCREEN: &str = "
    return [...document.querySelectorAll('.chart-card')]
        .filter(card => card.getBoundingClientRect().top < window.innerHeight)
        .map(card => card.id.replace(/^chart-/, ''));";

const PAGE_TIMES: &str = "
    const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
    const shown = performance.getEntriesByName('bench:report-shown', 'mark')[0];
    const text = performance.getEntriesByName('bench:text-shown', 'mark')[0];
    const parse = performance.getEntriesByName('report-parse', 'measure')[0];
    return {
        parse: parse ? parse.duration : null,
        fcp: fcp ? fcp.startTime : null,
        lcp: window.__bench ? window.__bench.lcp : null,
        shown: shown ? shown.startTime : null,
        text: text ? text.startTime : null,
        requested: [[location.href, 0], ...performance.getEntriesByType('resource').map(r => [r.name, r.startTime])],
        nodes: document.getElementsByTagName('*').length,
        memory: performance.memory ? performance.memory.usedJSHeapSize : null,
        screen: [window.innerWidth, window.innerHeight, window.devicePixelRatio],
    };";

/// Panics unless the page saw the phone's screen: the emulation took effect.
fn assert_phone_screen(times: &Value) {
    assert_eq!(
        times["screen"],
        json!([390, 844, 2]),
        "the page should see 390 × 844 CSS px at device pixel ratio 2"
    );
}

/// Charts that draw without scrolling must have drawn by then.
const DRAW_QUIET: Duration = Duration::from_millis(2000);
/// No new drawing for this long after the last one: the charts have settled.
const SETTLED: Duration = Duration::from_millis(600);
const GIVE_UP: Duration = Duration::from_secs(40);

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

/// Polls the chart marks until every chart in `required` has drawn and drawing has
/// stopped: `SETTLED` after the last drawing once all of `all` have drawn, or
/// `DRAW_QUIET` with no drawing at all when some never draw on their own (lazy charts).
async fn wait_for_drawing(client: &Client, required: &[String], all: &[String]) -> DrawState {
    let start = Instant::now();
    let mut last_change = Instant::now();
    let mut seen = usize::MAX;
    loop {
        let state = draw_state(client).await;
        if state.draws != seen {
            seen = state.draws;
            last_change = Instant::now();
        }
        let has = |ids: &[String]| ids.iter().all(|id| state.last.contains_key(id));
        let quiet = last_change.elapsed();
        if has(required) && ((has(all) && quiet >= SETTLED) || quiet >= DRAW_QUIET) {
            return state;
        }
        assert!(
            start.elapsed() < GIVE_UP,
            "charts still missing after {GIVE_UP:?}: {:?}",
            required
                .iter()
                .filter(|id| !state.last.contains_key(*id))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// One cold load of the app on the phone profile.
#[derive(Debug)]
pub struct AppLoad {
    pub fcp: f64,
    pub lcp: Option<f64>,
    /// The first animation frame with the report view (its title) in it.
    pub shown: f64,
    /// The first animation frame with the report's sections (a section heading) in it.
    pub text_shown: f64,
    /// The report's text parsed (serde_json) and checked, in ms (User Timing `report-parse`).
    pub parse: f64,
    /// Charts whose card's top was above the bottom of the first screen when the report
    /// view appeared.
    pub first_screen: Vec<String>,
    /// When the last of those finished drawing (`None`: none on the first screen).
    pub first_screen_drawn: Option<f64>,
    /// When the last chart finished drawing, if every chart drew without scrolling.
    pub all_drawn: Option<f64>,
    /// Charts drawn without scrolling, drawings of them, and time spent drawing.
    pub drawn_unscrolled: usize,
    pub draws: usize,
    pub draw_work: f64,
    /// For charts that drew only when scrolled to: ms from scrolling to drawn.
    pub scroll_to_drawn: Vec<f64>,
    /// `Runtime.getHeapUsage`'s `usedSize` (or `performance.memory.usedJSHeapSize`).
    pub heap_used: f64,
    /// Bytes of WebAssembly linear memory (not part of the JS heap).
    pub wasm_memory: Option<f64>,
    pub dom_nodes: u64,
    /// URLs the page requested at load, the document first, with when each request
    /// started (ms after navigation start).
    pub requested: Vec<(String, f64)>,
}

pub async fn app_load(server: &StaticServer, charts: &[String]) -> AppLoad {
    let browser = profile::open(Profile::Phone).await;
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.expect("navigate to the app");
    wait_for(&c, "#report-title").await;
    let first_screen: Vec<String> =
        serde_json::from_value(js(&c, FIRST_SCREEN).await).expect("chart ids on the first screen");
    let state = wait_for_drawing(&c, &first_screen, charts).await;
    let times = js(&c, PAGE_TIMES).await;
    assert_phone_screen(&times);
    let heap = browser
        .cdp("Runtime.getHeapUsage", json!({}))
        .await
        .unwrap_or_default();
    let heap_used = heap["usedSize"]
        .as_f64()
        .or(times["memory"].as_f64())
        .expect("JS heap size from DevTools or performance.memory");
    let latest = |ids: &[String]| {
        ids.iter()
            .map(|id| state.last.get(id).copied())
            .try_fold(0f64, |latest, t| Some(latest.max(t?)))
    };
    let first_screen_drawn = (!first_screen.is_empty())
        .then(|| latest(&first_screen))
        .flatten();
    let all_drawn = latest(charts);

    // Charts that wait to be scrolled to: scroll each into view in turn.
    let mut scroll_to_drawn = Vec::new();
    for id in charts.iter().filter(|id| !state.last.contains_key(*id)) {
        let scrolled_at = js(
            &c,
            &format!(
                "const card = document.getElementById({});
                 if (!card) return null;
                 card.scrollIntoView({{ block: 'center' }});
                 return performance.now();",
                json!(format!("chart-{id}"))
            ),
        )
        .await
        .as_f64();
        let Some(scrolled_at) = scrolled_at else {
            continue;
        };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(drawn_at) = draw_state(&c).await.last.get(id) {
                scroll_to_drawn.push(drawn_at - scrolled_at);
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    let load = AppLoad {
        fcp: times["fcp"]
            .as_f64()
            .expect("a first-contentful-paint entry"),
        lcp: times["lcp"].as_f64(),
        shown: times["shown"]
            .as_f64()
            .expect("the bench:report-shown mark"),
        text_shown: times["text"]
            .as_f64()
            .expect("the bench:text-shown mark (the sections were built)"),
        parse: times["parse"]
            .as_f64()
            .expect("the report-parse measure (the report was parsed)"),
        first_screen,
        first_screen_drawn,
        all_drawn,
        drawn_unscrolled: state.last.len(),
        draws: state.draws,
        draw_work: state.work,
        scroll_to_drawn,
        heap_used,
        wasm_memory: wasm_memory(&browser).await,
        dom_nodes: times["nodes"].as_u64().unwrap_or(0),
        requested: requests(&times["requested"]),
    };
    profile::close(browser).await;
    load
}

/// The size of every `WebAssembly.Memory` in the page, found through DevTools'
/// `Runtime.queryObjects` (the app keeps no global reference to its memory).
async fn wasm_memory(browser: &Browser) -> Option<f64> {
    let prototype = browser
        .cdp(
            "Runtime.evaluate",
            json!({ "expression": "WebAssembly.Memory.prototype" }),
        )
        .await
        .ok()?;
    let memories = browser
        .cdp(
            "Runtime.queryObjects",
            json!({ "prototypeObjectId": prototype["result"]["objectId"] }),
        )
        .await
        .ok()?;
    let total = browser
        .cdp(
            "Runtime.callFunctionOn",
            json!({
                "objectId": memories["objects"]["objectId"],
                "functionDeclaration":
                    "function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }",
                "returnByValue": true,
            }),
        )
        .await
        .ok()?;
    total["result"]["value"].as_f64()
}

/// One cold load of the baseline page on the phone profile.
#[derive(Debug)]
pub struct BaselineLoad {
    pub fcp: f64,
    pub lcp: Option<f64>,
}

/// Loads the baseline page, which the caller has queued on `server` at
/// [`baseline::PATH`].
pub async fn baseline_load(server: &StaticServer) -> BaselineLoad {
    let browser = profile::open(Profile::Phone).await;
    let c = browser.client.clone();
    c.goto(&server.url(baseline::PATH))
        .await
        .expect("navigate to the baseline");
    wait_for(&c, "#report-title").await;
    let mut times = js(&c, PAGE_TIMES).await;
    for _ in 0..100 {
        if times["fcp"].is_number() && times["lcp"].is_number() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        times = js(&c, PAGE_TIMES).await;
    }
    assert_phone_screen(&times);
    let load = BaselineLoad {
        fcp: times["fcp"]
            .as_f64()
            .expect("a first-contentful-paint entry for the baseline"),
        lcp: times["lcp"].as_f64(),
    };
    profile::close(browser).await;
    load
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
    let state = wait_for_drawing(c, &[], charts).await;
    Some(Burst {
        work: state.work,
        draws: state.draws,
        charts: state.last.len(),
    })
}

pub async fn redraw(server: &StaticServer, charts: &[String]) -> Redraw {
    let browser = profile::open(Profile::Desktop).await;
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.expect("navigate to the app");
    wait_for(&c, "#report-title").await;
    let state = wait_for_drawing(&c, &[], charts).await;
    // Lazy charts: draw every one first, so that all of them have something to re-draw.
    for id in charts.iter().filter(|id| !state.last.contains_key(*id)) {
        js(
            &c,
            &format!(
                "document.getElementById({})?.scrollIntoView({{ block: 'center' }}); return 0",
                json!(format!("chart-{id}"))
            ),
        )
        .await;
        wait_for_drawing(&c, std::slice::from_ref(id), &[]).await;
    }
    js(&c, "window.scrollTo(0, 0); return 0").await;
    wait_for_drawing(&c, &[], &[]).await;

    let elderly = burst(&c, charts, Change::Elderly).await;
    if elderly.is_some() {
        js(&c, ELDERLY_TOGGLE).await;
        wait_for_drawing(&c, &[], &[]).await;
    }
    let narrow = burst(&c, charts, Change::Narrow)
        .await
        .expect("a width change always re-draws");
    profile::close(browser).await;
    Redraw { elderly, narrow }
}

fn requests(v: &Value) -> Vec<(String, f64)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| Some((r.get(0)?.as_str()?.to_string(), r.get(1)?.as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}
