// Host script for embedding parts of the report in another site. Put placeholders
//   <div data-law-report-embed="chart/mediation-funnel"></div>
//   <div data-law-report-embed="section/s1-5" data-lang="en"></div>
// in the page and load this file from the report's folder:
//   <script src="https://example.gov.cn/fzzf/2023/embed.js" defer></script>
// Each placeholder becomes an iframe of the report's embed page, which the build wrote
// for every chart and section of every report (embed/<report>/<kind>-<id>.html), so
// that the chart or section shows before any of the app's code has run; without
// data-report, of the embed view of the newest report. The iframe's height
// follows its content; height messages are accepted only from the report's origin
// and only from the iframe they describe. No inline script is needed on the host.
// data-lang="en" shows the English interface (the report text stays Chinese);
// data-report="huiyang-2023" names the report (otherwise the newest is shown);
// data-title="…" names the iframe for screen readers.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var app = new URL("./", script.src);
  var frames = [];

  function embed(placeholder) {
    var target = placeholder.getAttribute("data-law-report-embed");
    if (!/^(chart|section)\/[A-Za-z0-9._-]+$/.test(target)) return;
    var report = placeholder.getAttribute("data-report");
    var url;
    if (report && /^[a-z0-9-]+$/.test(report)) {
      url = new URL("embed/" + report + "/" + target.replace("/", "-") + ".html", app.href);
    } else {
      url = new URL(app.href);
      url.searchParams.set("embed", target);
    }
    var lang = placeholder.getAttribute("data-lang");
    if (lang === "en" || lang === "zh") url.searchParams.set("lang", lang);
    var frame = document.createElement("iframe");
    frame.src = url.href;
    // data-title, which the app's embed codes carry, names the excerpt and its report
    // for screen readers; a placeholder written by hand without one gets a generic name.
    frame.title = placeholder.getAttribute("data-title") ||
      (lang === "en" ? "Excerpt from the Huiyang District report on building a law-based government: "
                     : "惠阳区法治政府建设情况报告节选:") + target;
    frame.loading = "lazy";
    frame.setAttribute("scrolling", "no");
    frame.style.width = "100%";
    frame.style.height = "320px";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.overflow = "hidden";
    placeholder.textContent = "";
    placeholder.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== app.origin) return;
    var data = event.data;
    if (!data || data.type !== "law-report:height" || typeof data.height !== "number") return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(0, Math.min(Math.ceil(data.height), 20000));
        frames[i].style.height = height + "px";
        // Marks the frame as sized by its content (hosts and tests can tell).
        frames[i].setAttribute("data-sized", "");
      }
    }
  });

  function start() {
    var placeholders = document.querySelectorAll("[data-law-report-embed]");
    for (var i = 0; i < placeholders.length; i++) embed(placeholders[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
