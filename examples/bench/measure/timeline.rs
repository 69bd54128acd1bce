//! The script installed before the page's own, which records its Performance timeline,
//! and the scripts that read it back.

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

pub(super) fn instrument(charts: usize) -> String {
    INSTRUMENT.replace("__CHARTS__", &charts.to_string())
}

/// Everything the page knows once it has settled.
pub(super) const PAGE_TIMES: &str = "
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
pub(super) const PROGRESS: &str = "
    const draws = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart-draw:'));
    return {
        now: performance.now(),
        ready: window.__bench ? window.__bench.ready : null,
        lastDraw: draws.length ? Math.max(...draws.map(m => m.startTime + m.duration)) : null,
        failed: document.documentElement.hasAttribute('data-app-failed'),
    };";
