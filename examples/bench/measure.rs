//! What one browser session measures: a cold load of the app (and then a search) or of
//! the baseline on a phone profile, and the charts' re-draw work on the desktop profile.
//! Times are read from the page's own Performance timeline, in ms after navigation
//! start, by a script installed before the page's own (`INSTRUMENT`); chart drawing from
//! the app's User Timing marks `chart-draw:<id>:end` and measures `chart-draw:<id>`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

use crate::baseline;
use crate::profile::{self, Profile};
use crate::server::SiteServer;
use crate::support::{js, open_panel, set_viewport, Browser};

/// Installed in every page before its own scripts run (`__CHARTS__`: how many charts
/// the page should have). Keeps the latest largest-contentful-paint candidate, every
/// layout shift (with what moved, and Chromium's `hadRecentInput`), every long task, when
/// `<html data-ready>` appeared (a MutationObserver), and the first animation frame
/// (or DOMContentLoaded) in which every chart card holds an SVG with a width and a
/// height: one query per frame until then.
const INSTRUMENT: &str = "
    const charts = __CHARTS__;
    const b = window.__bench = { lcp: null, lcpElement: null, charts: null, ready: null, shifts: [], longTasks: [] };
    const describe = node => {
        const el = node && (node.nodeType === 1 ? node : node.parentElement);
        if (!el) return node ? node.nodeName : '(removed)';
        const classes = [...el.classList].map(c => '.' + c).join('');
        return el.localName + (el.id ? '#' + el.id : '') + classes;
    };
    const observe = (type, each) => {
        try {
            new PerformanceObserver(list => list.getEntries().forEach(each)).observe({ type, buffered: true });
        } catch (_) {}
    };
    observe('largest-contentful-paint', e => { b.lcp = e.startTime; b.lcpElement = describe(e.element); });
    observe('layout-shift', e => {
        const rect = r => [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
        const sources = (e.sources || []).map(s => describe(s.node) + ' (' + rect(s.previousRect) + ' → ' + rect(s.currentRect) + ')');
        b.shifts.push({ at: e.startTime, value: e.value, recentInput: e.hadRecentInput, sources });
    });
    observe('longtask', e => b.longTasks.push([e.startTime, e.duration]));
    new MutationObserver((_, observer) => {
        if (document.documentElement && document.documentElement.hasAttribute('data-ready')) {
            b.ready = performance.now();
            observer.disconnect();
        }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    const sized = () => [...document.querySelectorAll('.chart-card .chart-svg > svg')]
        .filter(svg => parseFloat(svg.getAttribute('width')) > 0 && parseFloat(svg.getAttribute('height')) > 0)
        .length;
    const look = () => {
        if (b.charts !== null) return;
        if (sized() >= charts) b.charts = performance.now();
        else requestAnimationFrame(look);
    };
    if (charts > 0) {
        requestAnimationFrame(look);
        document.addEventListener('DOMContentLoaded', look);
    }";

fn instrument(charts: usize) -> String {
    INSTRUMENT.replace("__CHARTS__", &charts.to_string())
}

/// Everything the page knows once it has settled.
const PAGE_TIMES: &str = "
    const b = window.__bench;
    const paint = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const parse = performance.getEntriesByName('report-parse', 'measure')[0];
    const attach = performance.getEntriesByName('app-attach', 'mark')[0];
    const draws = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart-draw:'));
    const app = document.getElementById('app');
    return {
        fcp: paint ? paint.startTime : null,
        lcp: b.lcp,
        lcpElement: b.lcpElement,
        charts: b.charts,
        ready: b.ready,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        documentWait: nav ? nav.responseEnd - nav.requestStart : null,
        shifts: b.shifts,
        longTasks: b.longTasks,
        parse: parse ? parse.duration : null,
        attach: attach ? attach.startTime : null,
        draws: draws.length,
        drawWork: draws.reduce((sum, m) => sum + m.duration, 0),
        lastDraw: draws.length ? Math.max(...draws.map(m => m.startTime + m.duration)) : null,
        hydrated: Boolean(app && app.hasAttribute('data-prerendered')),
        requested: [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map(r => [r.name, r.startTime, r.responseEnd, Math.max(r.transferSize || 0, r.encodedBodySize || 0)]),
        nodes: document.getElementsByTagName('*').length,
        memory: performance.memory ? performance.memory.usedJSHeapSize : null,
        screen: [window.innerWidth, window.innerHeight, window.devicePixelRatio],
    };";

/// Where the page is: its clock, when it became ready, when a chart last finished
/// drawing, and whether the app failed to start.
const PROGRESS: &str = "
    const draws = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart-draw:'));
    return {
        now: performance.now(),
        ready: window.__bench ? window.__bench.ready : null,
        lastDraw: draws.length ? Math.max(...draws.map(m => m.startTime + m.duration)) : null,
        failed: document.documentElement.hasAttribute('data-app-failed'),
    };";

/// Layout shifts and long tasks are read until this long after the app is ready.
pub const AFTER_READY: f64 = 1000.0;
/// No chart drawing for this long (ms of page time): the charts have settled.
const DRAW_QUIET: f64 = 600.0;
/// The longest a load may take, on the slowest profile with the largest report.
const GIVE_UP: Duration = Duration::from_secs(120);
/// A task is long from 50 ms; what is beyond blocks input (Lighthouse's TBT).
const LONG_TASK: f64 = 50.0;

/// Panics unless the page saw the phone's screen: the emulation took effect.
fn assert_phone_screen(times: &Value) {
    assert_eq!(
        times["screen"],
        json!([390, 844, 2]),
        "the page should see 390 × 844 CSS px at device pixel ratio 2"
    );
}

/// Panics unless the emulated round trip delayed the document (DevTools adds the
/// latency to the response's body, not to its first byte).
fn assert_network(profile: Profile, times: &Value) {
    if profile.emulates_network() {
        let waited = times["documentWait"].as_f64().unwrap_or(0.0);
        assert!(
            waited >= Profile::NETWORK_LATENCY_MS * 0.9,
            "the document arrived {waited:.0} ms after its request: the network \
             emulation (Network.emulateNetworkConditions) did not take effect"
        );
    }
}

/// Polls `PROGRESS` until the app is ready, `AFTER_READY` has passed and no chart has
/// drawn for `DRAW_QUIET`.
async fn wait_until_settled(client: &Client, what: &str) {
    let start = Instant::now();
    loop {
        let p = js(client, PROGRESS).await;
        assert!(
            p["failed"] != Value::Bool(true),
            "{what}: the app failed to start (html[data-app-failed])"
        );
        let now = p["now"].as_f64().unwrap_or(0.0);
        if let Some(ready) = p["ready"].as_f64() {
            let last_draw = p["lastDraw"].as_f64().unwrap_or(0.0);
            if now >= ready + AFTER_READY && now >= last_draw + DRAW_QUIET {
                return;
            }
        }
        assert!(
            start.elapsed() < GIVE_UP,
            "{what}: not ready and settled within {GIVE_UP:?} ({p})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Long tasks `(start, duration)` after first contentful paint at `fcp`: only the part
/// after the paint of one that began before it.
fn after_paint(fcp: f64, tasks: &[(f64, f64)]) -> impl Iterator<Item = (f64, f64)> + '_ {
    tasks
        .iter()
        .map(move |&(start, duration)| {
            let from = start.max(fcp);
            (from, start + duration - from)
        })
        .filter(|&(_, d)| d > 0.0)
}

/// Total blocking time of `tasks`: each one's time beyond 50 ms (Lighthouse's TBT).
fn blocking(tasks: impl Iterator<Item = (f64, f64)>) -> f64 {
    tasks.fold(0.0, |sum, (_, d)| sum + (d - LONG_TASK).max(0.0))
}

/// One layout shift: when, how much, and what moved (element and rectangles).
#[derive(Debug, Clone)]
pub struct Shift {
    pub at: f64,
    pub value: f64,
    /// Chromium's `hadRecentInput`. The bench gives no input before its search, but
    /// the phone emulation's viewport set-up counts as input in Chromium: a shift
    /// within 500 ms of it is flagged, so the flag cannot be trusted to mean a reader's
    /// action here.
    pub recent_input: bool,
    pub sources: Vec<String>,
}

/// One request of a load: its URL, when it started and its response ended (ms after
/// navigation start), and the bytes it transferred (Resource Timing's `transferSize`,
/// headers and compressed body, or the body alone when the browser reports no more).
#[derive(Debug, Clone)]
pub struct Request {
    pub url: String,
    pub start: f64,
    pub end: f64,
    pub transferred: u64,
}

/// Keystroke to marks for one search, in ms from the input event's time stamp.
#[derive(Debug, Clone, Copy)]
pub struct SearchTime {
    /// The first DOM change adding a search mark.
    pub to_marks: f64,
    /// The task after the next animation frame: the marks are painted.
    pub to_painted: f64,
    pub marks: usize,
}

/// One cold load of the app on a phone profile, then one search.
#[derive(Debug)]
pub struct AppLoad {
    pub fcp: f64,
    pub lcp: Option<f64>,
    pub lcp_element: Option<String>,
    /// Every chart card holds a sized SVG (they are in the HTML).
    pub charts_present: Option<f64>,
    pub dom_content_loaded: f64,
    /// The app began to attach to the page (User Timing mark `app-attach`).
    pub attach: Option<f64>,
    /// `<html data-ready>`: the app has attached to the page.
    pub ready: f64,
    /// The app attached to the built page (`#app[data-prerendered]` kept) rather than
    /// building its own.
    pub hydrated: bool,
    /// Every layout shift until the page settled.
    pub shifts: Vec<Shift>,
    /// Long tasks, `(start, duration)`, until the page settled.
    pub long_tasks: Vec<(f64, f64)>,
    /// The report's text parsed (serde_json) and checked, ms (User Timing `report-parse`).
    pub parse: Option<f64>,
    /// Chart drawings after the build's, their layout + plotters SVG time, and when
    /// the last ended.
    pub draws: usize,
    pub draw_work: f64,
    pub last_draw: Option<f64>,
    pub search: SearchTime,
    /// `Runtime.getHeapUsage`'s `usedSize` (or `performance.memory.usedJSHeapSize`).
    pub heap_used: f64,
    /// Bytes of WebAssembly linear memory (not part of the JS heap).
    pub wasm_memory: Option<f64>,
    pub dom_nodes: u64,
    /// What the page requested at load, the document first.
    pub requested: Vec<Request>,
}

impl AppLoad {
    /// The layout shifts while the app starts: up to `AFTER_READY` after ready.
    pub fn starting_shifts(&self) -> impl Iterator<Item = &Shift> {
        self.shifts
            .iter()
            .filter(|s| s.at <= self.ready + AFTER_READY)
    }

    /// Cumulative layout shift while the app starts, every shift counted: no reader
    /// acted, whatever Chromium's `hadRecentInput` says (see [`Shift::recent_input`]).
    pub fn cls(&self) -> f64 {
        self.starting_shifts().fold(0.0, |sum, s| sum + s.value)
    }

    /// The same as the web-vitals library counts it: without shifts flagged
    /// `hadRecentInput`.
    pub fn cls_without_recent_input(&self) -> f64 {
        self.starting_shifts()
            .filter(|s| !s.recent_input)
            .fold(0.0, |sum, s| sum + s.value)
    }

    /// The long tasks after first contentful paint, as `(start, duration)`: only the
    /// part after the paint of one that began before it.
    fn tasks_after_paint(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        after_paint(self.fcp, &self.long_tasks)
    }

    /// Total blocking time after first contentful paint: each long task's time beyond
    /// 50 ms, counting only its part after the paint.
    pub fn tbt(&self) -> f64 {
        self.tbt_of(|_| true)
    }

    /// The part of [`AppLoad::tbt`] in tasks that start when `when` says.
    fn tbt_of(&self, when: impl Fn(f64) -> bool) -> f64 {
        blocking(self.tasks_after_paint().filter(|&(start, _)| when(start)))
    }

    /// When the app began to attach to the page: its `app-attach` mark, or (a page the
    /// app built itself) the ready time.
    fn attach_start(&self) -> f64 {
        self.attach.unwrap_or(self.ready)
    }

    /// [`AppLoad::tbt`] by phase: while the HTML was parsed (to DOMContentLoaded), then
    /// until the app began to attach to the page, while it attached (its frame, then its
    /// parts, to `data-ready`), and after.
    pub fn tbt_phases(&self) -> [f64; 4] {
        let (parsed, attach) = (self.dom_content_loaded, self.attach_start());
        [
            self.tbt_of(|t| t < parsed),
            self.tbt_of(|t| t >= parsed && t < attach),
            self.tbt_of(|t| t >= attach && t <= self.ready),
            self.tbt_of(|t| t > self.ready),
        ]
    }

    /// The phase of [`AppLoad::tbt_phases`] a task starting at `start` belongs to.
    pub fn phase_of(&self, start: f64) -> &'static str {
        if start < self.fcp {
            "before first contentful paint"
        } else if start < self.dom_content_loaded {
            "HTML being parsed"
        } else if start < self.attach_start() {
            "until the app began to attach"
        } else if start <= self.ready {
            "attaching (frame, then parts)"
        } else {
            "after ready"
        }
    }

    /// Bytes transferred by the requests that started before the app was ready.
    pub fn transferred_until_ready(&self) -> u64 {
        self.requested
            .iter()
            .filter(|r| r.start <= self.ready)
            .map(|r| r.transferred)
            .sum()
    }

    pub fn long_tasks_after_paint(&self) -> usize {
        self.tasks_after_paint()
            .filter(|&(_, d)| d > LONG_TASK)
            .count()
    }

    pub fn longest_task(&self) -> f64 {
        self.long_tasks.iter().map(|t| t.1).fold(0.0, f64::max)
    }

    /// The longest task while the app attached to the page (its frame, then its
    /// parts), if any was long.
    pub fn longest_attach_task(&self) -> Option<f64> {
        let attach = self.attach_start();
        self.long_tasks
            .iter()
            .filter(|&&(start, duration)| start + duration >= attach && start <= self.ready)
            .map(|t| t.1)
            .reduce(f64::max)
    }
}

/// One cold load of the app at `server`'s root, whose report has `charts` charts, on
/// `profile`, then a search for `query`.
pub async fn app_load(
    server: &SiteServer,
    profile: Profile,
    charts: usize,
    query: &str,
) -> AppLoad {
    let browser = profile::open(profile, &instrument(charts)).await;
    let c = browser.client.clone();
    c.goto(&server.url("/")).await.expect("navigate to the app");
    wait_until_settled(&c, "the app").await;
    let times = js(&c, PAGE_TIMES).await;
    assert_phone_screen(&times);
    assert_network(profile, &times);
    let heap = browser
        .cdp("Runtime.getHeapUsage", json!({}))
        .await
        .unwrap_or_default();
    let heap_used = heap["usedSize"]
        .as_f64()
        .or(times["memory"].as_f64())
        .expect("JS heap size from DevTools or performance.memory");
    let wasm_memory = wasm_memory(&browser).await;
    let search = search(&browser, query).await;
    profile::close(browser).await;
    AppLoad {
        fcp: times["fcp"]
            .as_f64()
            .expect("a first-contentful-paint entry"),
        lcp: times["lcp"].as_f64(),
        lcp_element: times["lcpElement"].as_str().map(String::from),
        charts_present: times["charts"].as_f64(),
        dom_content_loaded: times["domContentLoaded"]
            .as_f64()
            .expect("a navigation entry"),
        attach: times["attach"].as_f64(),
        ready: times["ready"].as_f64().expect("html[data-ready]"),
        hydrated: times["hydrated"] == Value::Bool(true),
        shifts: shifts(&times["shifts"]),
        long_tasks: pairs(&times["longTasks"]),
        parse: times["parse"].as_f64(),
        draws: times["draws"].as_u64().unwrap_or(0) as usize,
        draw_work: times["drawWork"].as_f64().unwrap_or(0.0),
        last_draw: times["lastDraw"].as_f64(),
        search,
        heap_used,
        wasm_memory,
        dom_nodes: times["nodes"].as_u64().unwrap_or(0),
        requested: requests(&times["requested"]),
    }
}

/// Arms the page for one search: the input event's time stamp (a capturing listener
/// on the window, ahead of the app's), the first DOM change that adds a search mark
/// (a MutationObserver), and the task after the next animation frame. Focuses the box
/// (shown: on a phone its panel is opened before).
const SEARCH_ARM: &str = "
    const input = document.getElementById('report-search-input');
    const s = window.__search = { start: null, marks: null, painted: null, count: null };
    const hasHit = n => n.nodeType === 1 && (n.matches('mark.search-hit') || n.querySelector('mark.search-hit') !== null);
    const observer = new MutationObserver(records => {
        if (s.start === null || s.marks !== null) return;
        if (!records.some(r => [...r.addedNodes].some(hasHit))) return;
        s.marks = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
                s.painted = performance.now();
                s.count = document.querySelectorAll('mark.search-hit').length;
            };
            channel.port2.postMessage(0);
        });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('input', e => { if (s.start === null) s.start = e.timeStamp; }, { capture: true });
    input.focus();
    return document.activeElement === input;";

/// Types `query` into the search box as one keyboard input (`Input.insertText`, as a
/// Chinese input method commits a word) and times it.
async fn search(browser: &Browser, query: &str) -> SearchTime {
    let c = &browser.client;
    // On a phone the search box is in a panel of the top bar: opened first, untimed.
    open_panel(c, "search").await;
    assert_eq!(
        js(c, SEARCH_ARM).await,
        Value::Bool(true),
        "the search box (#report-search-input) takes focus"
    );
    browser
        .cdp("Input.insertText", json!({ "text": query }))
        .await
        .unwrap_or_else(|e| panic!("typing the query failed: {e}"));
    let start = Instant::now();
    loop {
        let s = js(c, "return window.__search").await;
        if let (Some(input), Some(marks), Some(painted)) = (
            s["start"].as_f64(),
            s["marks"].as_f64(),
            s["painted"].as_f64(),
        ) {
            return SearchTime {
                to_marks: marks - input,
                to_painted: painted - input,
                marks: s["count"].as_u64().unwrap_or(0) as usize,
            };
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no search mark for `{query}` within 20 s: {s}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
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

/// One cold load of the baseline page on a phone profile.
#[derive(Debug)]
pub struct BaselineLoad {
    pub fcp: f64,
    pub lcp: Option<f64>,
    /// Total blocking time after first contentful paint, until 1 s after the load
    /// event: what the plain page of the same text costs the main thread.
    pub tbt: f64,
}

/// Loads the baseline page, which `server` serves at [`baseline::PATH`].
pub async fn baseline_load(server: &SiteServer, profile: Profile) -> BaselineLoad {
    let browser = profile::open(profile, &instrument(0)).await;
    let c = browser.client.clone();
    c.goto(&server.url(baseline::PATH))
        .await
        .expect("navigate to the baseline");
    let mut times = js(&c, PAGE_TIMES).await;
    for _ in 0..100 {
        if times["fcp"].is_number() && times["lcp"].is_number() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        times = js(&c, PAGE_TIMES).await;
    }
    assert_phone_screen(&times);
    assert_network(profile, &times);
    // Long tasks until a second of page time after the load event.
    for _ in 0..200 {
        let settled = js(
            &c,
            "const nav = performance.getEntriesByType('navigation')[0];
             return Boolean(nav && nav.loadEventEnd > 0 && performance.now() > nav.loadEventEnd + 1000);",
        )
        .await;
        if settled == Value::Bool(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let times = js(&c, PAGE_TIMES).await;
    let fcp = times["fcp"]
        .as_f64()
        .expect("a first-contentful-paint entry for the baseline");
    let tbt = blocking(after_paint(fcp, &pairs(&times["longTasks"])));
    let load = BaselineLoad {
        fcp,
        lcp: times["lcp"].as_f64(),
        tbt,
    };
    profile::close(browser).await;
    load
}

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

fn pairs(v: &Value) -> Vec<(f64, f64)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}

fn shifts(v: &Value) -> Vec<Shift> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| {
                    Some(Shift {
                        at: s["at"].as_f64()?,
                        value: s["value"].as_f64()?,
                        recent_input: s["recentInput"] == Value::Bool(true),
                        sources: s["sources"]
                            .as_array()
                            .map(|l| {
                                l.iter()
                                    .filter_map(|x| x.as_str().map(String::from))
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn requests(v: &Value) -> Vec<Request> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| {
                    Some(Request {
                        url: r.get(0)?.as_str()?.to_string(),
                        start: r.get(1)?.as_f64()?,
                        end: r.get(2)?.as_f64()?,
                        transferred: r.get(3).and_then(Value::as_f64).unwrap_or(0.0) as u64,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}
