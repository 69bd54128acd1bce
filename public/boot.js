// Starts the app from a file rather than an inline script, so that the page runs under
// a Content-Security-Policy without 'unsafe-inline'. Trunk writes the hashed file names
// into this script tag's data attributes (Trunk.toml: pattern_script). The page already
// holds the whole report (written at build time); the app makes it interactive. If the
// app's code cannot be loaded (a dropped connection, a proxy that blocks .wasm, a
// browser without WebAssembly), the page says so once, quietly, marks itself so that
// controls needing the app are not offered (style/main.css), and stays as it is.
//
// The document first, the app after it: the page asks for nothing of the app before
// its first paint (no preloads in its head). This script waits for the first frame
// after the document is parsed, and a task after it, then asks for the app's JS, its
// wasm and the JSON it reads all at once (docs/decisions.md, "The document first").
const tag = document.querySelector("script[data-law-report-js]");
const app = document.getElementById("app");
const root = document.documentElement;
// The page holds the newest report: keep it shown when the address names that one.
if (app && app.dataset.prerendered === root.dataset.report) {
  root.removeAttribute("data-report");
}
const base = document.baseURI;

// Resolves once the page has painted: the first animation frame after the document
// is parsed (module scripts run before DOMContentLoaded), then a task after it, so
// that the frame is drawn before any request of the app leaves.
const painted = () =>
  new Promise((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", afterFrame, { once: true });
    } else {
      afterFrame();
    }
  });

// Asks for `href` now, as the app will fetch it (`fetch`, same-origin credentials),
// so that the wasm and the JSON share the link with the JS instead of following it.
const preload = (href, type) => {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  if (type) {
    link.type = type;
  }
  link.href = new URL(href, base).href;
  document.head.append(link);
};

try {
  if (typeof WebAssembly !== "object") {
    throw new Error("this browser has no WebAssembly");
  }
  await painted();
  preload(tag.dataset.lawReportWasm, "application/wasm");
  // The catalog and the report the page holds, when that is the one shown.
  if (app && app.dataset.reportFile && !root.hasAttribute("data-report")) {
    preload("data/reports.json");
    preload(`data/${app.dataset.reportFile}`);
  }
  const { default: init } = await import(new URL(tag.dataset.lawReportJs, base).href);
  await init({ module_or_path: new URL(tag.dataset.lawReportWasm, base).href });
} catch (error) {
  console.error(error);
  root.setAttribute("data-app-failed", "");
  const english = root.lang === "en";
  const shown = app && app.hasAttribute("data-prerendered") && !root.hasAttribute("data-report");
  const message = shown
    ? english
      ? "The page's interactive parts (search, settings, chart tooltips and downloads, sharing) could not start: the connection failed, or this browser cannot run them. The full report and its charts are all here; reload the page to try again."
      : "本页的互动功能(搜索、设置、图表提示与下载、分享)未能启动:网络中断,或浏览器无法运行。报告全文与图表不受影响;刷新页面可重试。"
    : english
      ? "The page's program could not be loaded (the connection failed, or this browser cannot run it). Please reload the page to try again."
      : "页面程序未能加载(网络中断,或浏览器无法运行)。请刷新页面重试。";
  const notice = document.createElement("p");
  notice.className = "load-failed";
  notice.setAttribute("role", shown ? "status" : "alert");
  notice.textContent = message;
  if (app) {
    app.before(notice);
  } else {
    document.body.prepend(notice);
  }
}
