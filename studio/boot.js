// Starts the studio from a file rather than an inline script (the site's
// Content-Security-Policy allows no inline script). Trunk writes the hashed names of
// the studio's JS and wasm into this tag (Trunk.toml: pattern_script). If they cannot
// be loaded, or the browser has no WebAssembly, the page says so and how to go on.
const tag = document.querySelector("script[data-law-report-js]");
const base = document.baseURI;
try {
  if (typeof WebAssembly !== "object") {
    throw new Error("this browser has no WebAssembly");
  }
  const { default: init } = await import(new URL(tag.dataset.lawReportJs, base).href);
  await init({ module_or_path: new URL(tag.dataset.lawReportWasm, base).href });
} catch (error) {
  console.error(error);
  document.documentElement.setAttribute("data-app-failed", "");
  const starting = document.querySelector(".studio-starting");
  const notice = document.createElement("p");
  notice.className = "studio-failed";
  notice.setAttribute("role", "alert");
  notice.textContent =
    "工作室未能启动：网络中断，或浏览器无法运行它（需要支持 WebAssembly 的新版 Chrome、Edge、Firefox 或 Safari）。请刷新页面重试；已保存的工作不会丢失。" +
    " The studio could not start: the connection failed, or this browser cannot run it (it needs a recent Chrome, Edge, Firefox or Safari). Reload the page to try again; saved work is kept.";
  (starting ?? document.body).replaceWith(notice);
}
