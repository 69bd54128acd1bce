// Starts the app from a file rather than an inline script, so that the page runs under
// a Content-Security-Policy without 'unsafe-inline'. Trunk writes the hashed file names
// into this script tag's data attributes (Trunk.toml: pattern_script).
const tag = document.querySelector("script[data-law-report-js]");
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.lawReportJs, base).href);
await init({ module_or_path: new URL(tag.dataset.lawReportWasm, base).href });
