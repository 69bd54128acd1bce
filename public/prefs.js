// Applies the reader's stored preferences to <html> before the first paint, so that the
// static first view in index.html already shows in the chosen theme, text size and
// language, and is hidden in embeds. The app (src/ui/preferences.rs, which owns these
// keys and values) applies them again once it runs. Loaded as a classic script from a
// file: the page's Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var stored = function (key) {
    try {
      return localStorage.getItem("law-report." + key);
    } catch (e) {
      return null; // storage blocked: defaults
    }
  };
  if (query.has("embed")) root.classList.add("embed-page");
  // The static first view is the newest report's. An address that names a report hides
  // it (style/main.css) until boot.js has seen that it names that same report.
  var report = query.get("report");
  if (report) root.setAttribute("data-report", report);
  var theme = stored("theme");
  if (theme !== "light" && theme !== "dark" && theme !== "contrast") {
    theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
  if (stored("elderly") === "on") root.classList.add("elderly");
  var lang = query.get("lang") || stored("lang");
  if (lang === "en") root.setAttribute("lang", "en");
})();
