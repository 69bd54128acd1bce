//! One cold load of the app on a phone profile, then one search.

use serde_json::{json, Value};

use super::blocking::pairs;
use super::requests::{requests, Request};
use super::search::{search, SearchTime};
use super::settle::{assert_network, assert_phone_screen, wait_until_settled};
use super::shifts::{shifts, Shift};
use super::timeline::{instrument, PAGE_TIMES};
use crate::profile::{self, Profile};
use crate::server::SiteServer;
use crate::support::{js, Browser};

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
