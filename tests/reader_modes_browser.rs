//! Reader modes in the browser: elderly mode (larger text, 60 px targets, larger chart
//! text, persisted), themes (dark, high contrast, following the system, persisted,
//! charts included), and the A4 print stylesheet (a real PDF, read back as text).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::wd::PrintConfiguration;
use fantoccini::{Client, Locator};
use serde_json::json;
use support::{click, js, open_panel, open_report, wait_for, wait_until, Browser, StaticServer};

/// Visible controls smaller than `min` px in either direction.
async fn small_targets(c: &Client, min: f64) -> Vec<String> {
    let found = js(
        c,
        &format!(
            "return [...document.querySelectorAll('button, select, summary, .toc a, .anchor, .charts-overview a')]
                .filter(e => e.offsetParent !== null)
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.width < {min} || r.height < {min})
                .map(([e, r]) => `${{e.tagName}}.${{e.className}} ${{Math.round(r.width)}}×${{Math.round(r.height)}} ${{e.textContent.slice(0, 12)}}`)"
        ),
    )
    .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn elderly_mode_enlarges_text_targets_and_charts_and_persists() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    Browser::run(320, 800, |c| async move {
        open_report(&c, &url).await;
        support::scroll_to_chart(&c, "mediation-funnel").await;
        let font = "Number(document.querySelector('#chart-mediation-funnel svg text').getAttribute('font-size'))";
        let chart_font = format!("return {font}");
        let before = js(&c, &chart_font).await.as_f64().unwrap();
        open_panel(&c, "settings").await;
        click(&c, ".elderly-toggle").await;
        wait_until(&c, "elderly mode applies", "return document.documentElement.classList.contains('elderly')").await;
        let size = js(&c, "return parseFloat(getComputedStyle(document.querySelector('p.paragraph')).fontSize)").await;
        assert!(size.as_f64().unwrap() >= 18.0, "body text {size}px");
        let ratio = js(&c, "const s = getComputedStyle(document.querySelector('p.paragraph')); return parseFloat(s.lineHeight) / parseFloat(s.fontSize)").await;
        assert!(ratio.as_f64().unwrap() >= 1.5, "line height ratio {ratio}");
        wait_until(&c, "charts are redrawn larger", &format!("return {font} > {before}")).await;
        assert!(js(&c, &chart_font).await.as_f64().unwrap() >= 18.0);
        let small = small_targets(&c, 60.0).await;
        assert!(small.is_empty(), "targets under 60×60 px:\n{}", small.join("\n"));
        let overflow = js(&c, "return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(overflow, json!(0), "horizontal overflow at 320px in elderly mode");

        c.refresh().await.unwrap();
        open_report(&c, &url).await;
        assert_eq!(js(&c, "return document.documentElement.classList.contains('elderly')").await, json!(true), "persists");
        let pressed = c.find(Locator::Css(".elderly-toggle")).await.unwrap().attr("aria-pressed").await.unwrap();
        assert_eq!(pressed.as_deref(), Some("true"));
        open_panel(&c, "settings").await;
        click(&c, ".elderly-toggle").await;
        wait_until(&c, "elderly mode is off again", "return !document.documentElement.classList.contains('elderly')").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn normal_mode_targets_are_at_least_44_pixels() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        let small = small_targets(&c, 44.0).await;
        assert!(
            small.is_empty(),
            "targets under 44×44 px:\n{}",
            small.join("\n")
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn themes_switch_persist_and_redraw_the_charts() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        support::scroll_to_chart(&c, "mediation-funnel").await;
        let background = "return getComputedStyle(document.body).backgroundColor";
        let light = js(&c, background).await;
        let fills = "[...document.querySelectorAll('#chart-mediation-funnel svg rect')].map(r => r.getAttribute('fill'))";
        let has_fill = |colour: &str| format!("return {fills}.includes('{colour}')");
        assert_eq!(js(&c, &has_fill("#A3221B")).await, json!(true));

        open_panel(&c, "settings").await;
        let select = c.find(Locator::Css(".theme-choice select")).await.unwrap();
        select.select_by_value("dark").await.unwrap();
        wait_until(&c, "dark theme", "return document.documentElement.dataset.theme === 'dark'").await;
        assert_ne!(js(&c, background).await, light);
        wait_until(&c, "charts redrawn dark", &has_fill("#FF8A7A")).await;

        c.refresh().await.unwrap();
        open_report(&c, &url).await;
        assert_eq!(js(&c, "return document.documentElement.dataset.theme").await, json!("dark"), "persists");

        open_panel(&c, "settings").await;
        let select = c.find(Locator::Css(".theme-choice select")).await.unwrap();
        select.select_by_value("contrast").await.unwrap();
        wait_until(&c, "high contrast", "return getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)'").await;
        wait_until(&c, "charts redrawn in high contrast", &has_fill("#FFD400")).await;

        let select = c.find(Locator::Css(".theme-choice select")).await.unwrap();
        select.select_by_value("system").await.unwrap();
        wait_until(&c, "the system's theme (light in headless Chromium)", "return document.documentElement.dataset.theme === 'light'").await;
        assert_eq!(js(&c, background).await, light);
        assert_eq!(js(&c, "return localStorage.getItem('law-report.theme')").await, json!("system"), "the choice is stored, not its result");
    })
    .await;
}

/// The QR codes on the last page of the PDF at `pdf`, read from its picture at 150 dpi
/// (poppler's pdfinfo and pdftoppm, which the test command installs).
fn printed_qr_codes(pdf: &std::path::Path) -> Vec<String> {
    let info = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse::<u32>().ok())
        .expect("the page count");
    let picture = pdf.with_extension("last");
    let status = std::process::Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            "150",
            "-singlefile",
            "-f",
            &pages.to_string(),
            "-l",
            &pages.to_string(),
        ])
        .arg(pdf)
        .arg(&picture)
        .status()
        .expect("pdftoppm");
    assert!(status.success(), "pdftoppm failed");
    let pgm = picture.with_extension("last.pgm");
    let bytes = std::fs::read(&pgm).unwrap_or_else(|e| panic!("{}: {e}", pgm.display()));
    let _ = std::fs::remove_file(&pgm);
    let (width, height, grey) = support::read_pgm(&bytes);
    support::read_qr_codes(width, height, &grey)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_print_stylesheet_prints_text_charts_and_tables_without_the_interface() {
    let pdftotext = "/usr/bin/pdftotext";
    assert!(
        std::path::Path::new(pdftotext).is_file(),
        "{pdftotext} not found: scripts/test installs poppler-utils"
    );
    let server = StaticServer::start().await;
    let url = server.url("/");
    let report = support::shipped_report();
    let (tx, rx) = std::sync::mpsc::channel();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &url).await;
        // A collapsed section is printed open.
        click(&c, "#s2-heading .section-toggle").await;
        let pdf = c
            .print(PrintConfiguration::default())
            .await
            .expect("print to PDF");
        tx.send(pdf).unwrap();
    })
    .await;
    let pdf = rx.recv().unwrap();
    let path = std::env::temp_dir().join(format!("law-report-print-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new(pdftotext)
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let qr_codes = printed_qr_codes(&path);
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        qr_codes,
        vec![server.url("/?report=huiyang-2023")],
        "the last printed page carries one QR code, of the online report"
    );
    let text = String::from_utf8_lossy(&out.stdout).replace(char::is_whitespace, "");
    assert!(
        text.contains(&report["meta"]["title"].as_str().unwrap().replace(' ', "")),
        "title missing"
    );
    for kept in [
        "扫码阅读在线版",
        "发布日期",
        "2024-01-18",
        "惠阳区司法和信访局",
        "原文/来源",
        "矛盾纠纷调解",
        "我区法治政府建设工作虽取得了一定成效",
    ] {
        assert!(text.contains(kept), "{kept} missing from the printout");
    }
    for dropped in ["全部展开", "分享与嵌入", "下载CSV", "长辈模式", "跳到正文"]
    {
        assert!(!text.contains(dropped), "{dropped} (interface) is printed");
    }
}

/// Texts that must change with the interface language, as one string per element.
const LANGUAGE_PROBES: &str = "return {
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.textContent,
    keyFigures: document.querySelector('#key-figures-heading')?.textContent,
    toc: document.querySelector('.toc summary')?.textContent,
    section: document.querySelector('#s1-heading .title')?.textContent,
    ordinal: document.querySelector('#s1-1-heading .ordinal')?.textContent,
    chartTitle: document.querySelector('#chart-mediation-funnel .chart-title')?.textContent,
    chartSvg: document.querySelector('#chart-mediation-funnel svg')?.textContent,
    figureLabel: document.querySelector('.key-figure-label')?.textContent,
    notice: document.querySelector('.translation-notice')?.textContent ?? null,
    paragraphLang: document.querySelector('p.paragraph')?.lang,
    paragraph: document.querySelector('p.paragraph')?.textContent,
    switchText: document.querySelector('.language-switch')?.textContent,
    switchLang: document.querySelector('.language-switch')?.lang,
};";

// One piece: a reader's path through one browser (switch, reload, switch back); the
// later steps assert what the earlier ones stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_language_switch_translates_the_interface_but_not_the_report_and_persists() {
    let server = StaticServer::start().await;
    let url = server.url("/");
    let report = support::shipped_report();
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        wait_for(&c, "#chart-mediation-funnel svg").await;
        let zh = js(&c, LANGUAGE_PROBES).await;
        assert_eq!(zh["lang"], "zh-CN");
        assert_eq!(
            zh["notice"],
            json!(null),
            "no translation notice in Chinese"
        );
        assert_eq!(zh["switchText"], "English");
        assert_eq!(zh["switchLang"], "en");
        assert_eq!(zh["section"], report["sections"][1]["title"]);

        open_panel(&c, "settings").await;
        click(&c, ".language-switch").await;
        wait_until(
            &c,
            "the page switches to English",
            "return document.documentElement.lang === 'en'",
        )
        .await;
        let en = js(&c, LANGUAGE_PROBES).await;
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('.error-panel').length"
            )
            .await,
            json!(0),
            "no panic"
        );
        assert_eq!(en["h1"], report["meta"]["title_en"]);
        assert_eq!(en["title"], report["meta"]["title_en"]);
        assert_eq!(en["keyFigures"], "Key figures");
        assert_eq!(en["toc"], "Contents");
        assert_eq!(en["section"], report["sections"][1]["title_en"]);
        assert_eq!(en["ordinal"], "(1) ");
        let funnel = report["charts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "mediation-funnel")
            .unwrap();
        assert_eq!(en["chartTitle"], funnel["title"]["en"]);
        assert!(
            en["chartSvg"].as_str().unwrap().contains("1,268"),
            "{}",
            en["chartSvg"]
        );
        assert_ne!(
            en["chartSvg"], zh["chartSvg"],
            "the chart is redrawn in English"
        );
        let first_key = &report["key_figures"][0];
        let label = report["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| &f["id"] == first_key)
            .unwrap();
        assert_eq!(en["figureLabel"], label["label"]["en"]);
        assert!(en["notice"]
            .as_str()
            .unwrap()
            .contains("unofficial translation"));
        // The report itself stays in Chinese, marked as such.
        assert_eq!(en["paragraph"], zh["paragraph"]);
        assert_eq!(en["paragraphLang"], "zh-CN");
        assert_eq!(en["switchText"], "中文");
        assert_eq!(en["switchLang"], "zh-CN");
        let focused = js(&c, "return document.activeElement.className").await;
        assert!(
            focused.as_str().unwrap().contains("language-switch"),
            "focus stays on the switch: {focused}"
        );

        c.refresh().await.unwrap();
        open_report(&c, &url).await;
        wait_for(&c, "#chart-mediation-funnel svg").await;
        let again = js(&c, LANGUAGE_PROBES).await;
        assert_eq!(again["lang"], "en", "the choice persists");
        assert_eq!(again["keyFigures"], "Key figures");

        open_panel(&c, "settings").await;
        click(&c, ".language-switch").await;
        wait_until(
            &c,
            "back to Chinese",
            "return document.documentElement.lang === 'zh-CN'",
        )
        .await;
        let back = js(&c, LANGUAGE_PROBES).await;
        assert_eq!(back["keyFigures"], zh["keyFigures"]);
        assert_eq!(back["title"], zh["title"]);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_embed_can_ask_for_english_in_its_address_without_changing_the_stored_choice() {
    let server = StaticServer::start().await;
    let embed = server.url("/?embed=chart/mediation-funnel&lang=en");
    let page = server.url("/");
    Browser::run(390, 844, |c| async move {
        c.goto(&embed).await.unwrap();
        wait_until(
            &c,
            "the embed draws",
            "return !!document.querySelector('.chart-card svg')",
        )
        .await;
        // The address's language is applied once the app has read it, which may come
        // after the chart is drawn.
        wait_until(
            &c,
            "the address's English applied",
            "return document.documentElement.lang === 'en'",
        )
        .await;
        let source = js(
            &c,
            "return document.querySelector('.embed-source').textContent",
        )
        .await;
        assert!(source.as_str().unwrap().starts_with("Source: "), "{source}");
        assert!(
            source.as_str().unwrap().contains("unofficial translation"),
            "{source}"
        );
        open_report(&c, &page).await;
        assert_eq!(
            js(&c, "return document.documentElement.lang").await,
            "zh-CN"
        );
    })
    .await;
}
