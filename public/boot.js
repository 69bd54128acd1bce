// Starts the app from a file rather than an inline script, so that the page runs under
// a Content-Security-Policy without 'unsafe-inline'. Trunk writes the hashed file names
// into this script tag's data attributes (Trunk.toml: pattern_script). The page already
// holds the whole report (written at build time); the app makes it interactive. If the
// app's code cannot be loaded (a dropped connection, a proxy that blocks .wasm, a
// browser without WebAssembly), the page says so once, quietly, marks itself so that
// controls needing the app are not offered (style/main.css), and stays as it is.
const tag = document.querySelector("script[data-law-report-js]");
const app = document.getElementById("app");
const root = document.documentElement;
// The page holds the newest report: keep it shown when the address names that one.
if (app && app.dataset.prerendered === root.dataset.report) {
  root.removeAttribute("data-report");
}
const base = document.baseURI;
try {
  if (typeof WebAssembly !== "object") {
    throw new Error("this browser has no WebAssembly");
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
