// Starts the app from a file rather than an inline script, so that the page runs under
// a Content-Security-Policy without 'unsafe-inline'. Trunk writes the hashed file names
// into this script tag's data attributes (Trunk.toml: pattern_script). If the app's
// code cannot be loaded (a dropped connection, a proxy that blocks .wasm, a browser
// without WebAssembly), the page says so instead of loading for ever; the static first
// view stays.
const tag = document.querySelector("script[data-law-report-js]");
// The first view shows the newest report: keep it when the address names that one.
const firstView = document.getElementById("first-view");
if (firstView && firstView.dataset.report === document.documentElement.dataset.report) {
  document.documentElement.removeAttribute("data-report");
}
const base = document.baseURI;
try {
  const { default: init } = await import(new URL(tag.dataset.lawReportJs, base).href);
  await init({ module_or_path: new URL(tag.dataset.lawReportWasm, base).href });
} catch (error) {
  console.error(error);
  const english = document.documentElement.lang === "en";
  const message = english
    ? "The page's program could not be loaded (the connection failed, or this browser cannot run it). Please reload the page to try again."
    : "页面程序未能加载(网络中断,或浏览器无法运行)。请刷新页面重试。";
  const notice = document.createElement("p");
  notice.className = "load-failed";
  notice.setAttribute("role", "alert");
  notice.textContent = message;
  const loading = document.querySelector("#first-view .loading-notice");
  if (loading) {
    loading.replaceWith(notice);
  } else {
    document.getElementById("app")?.prepend(notice);
  }
}
