// Applies the reader's stored preferences to <html> before the first paint, so that the
// page the build wrote already shows in the chosen theme and text size, and marks the
// page as running scripts (controls that need the app are shown, waiting, until it is
// live). The app (src/ui/preferences.rs, which owns these
// keys and values) applies them again once it runs. Trunk writes it into the page's
// head (index.html: rel="inline"), with the stylesheet, so that the first paint waits
// for no request after the HTML. The Content-Security-Policy allows it by its hash
// (deploy/nginx.conf; the build checks the hash, src/csp.rs): after editing this
// file, the build names the hash to put there.
(function () {
  "use strict";
  var root = document.documentElement;
  root.setAttribute("data-js", "");
  var query = new URLSearchParams(location.search);
  var stored = function (key) {
    try {
      return localStorage.getItem("law-report." + key);
    } catch (e) {
      return null; // storage blocked: defaults
    }
  };
  if (query.has("embed")) root.classList.add("embed-page");
  // The page holds the newest report. An address that names a report hides it
  // (style/main.css) until boot.js has seen that it names that same report.
  var report = query.get("report");
  if (report) root.setAttribute("data-report", report);
  var theme = stored("theme");
  if (theme !== "light" && theme !== "dark" && theme !== "contrast") {
    theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
  if (stored("elderly") === "on") root.classList.add("elderly");
  // The language is not applied here: the page is written in Chinese, and marking it
  // English before the app has translated it would mislabel it for screen readers.
})();
