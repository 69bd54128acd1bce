//! Browser tests of the charts: drawn at phone and desktop widths, pointer, touch and
//! keyboard, the table view, the link to the text, and broken or hostile chart data.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use law_report::i18n::Lang;
use serde_json::{json, Value};
use support::{
    js, open_report, shipped_report, wait_for, wait_until, Browser, Reply, StaticServer,
};

const DATA: &str = "/data/huiyang-2023.json";

fn charts(report: &Value) -> Vec<Value> {
    report["charts"].as_array().unwrap().clone()
}

fn figure<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap()
}

/// Dispatches a pointer event of `kind` at the centre of bar `bar` of chart `chart`.
async fn pointer_at_bar(c: &Client, chart: &str, bar: usize, kind: &str, pointer: &str) {
    support::scroll_to_chart(c, chart).await;
    let script = format!(
        "const svg = document.querySelector('#chart-{chart} svg'); \
         const bars = [...svg.querySelectorAll('rect')].filter(r => r.getAttribute('fill') === '#A3221B'); \
         const r = bars[{bar}].getBoundingClientRect(); \
         const canvas = document.querySelector('#chart-{chart} .chart-canvas'); \
         canvas.scrollIntoView({{block: 'center'}}); \
         const r2 = bars[{bar}].getBoundingClientRect(); \
         canvas.dispatchEvent(new PointerEvent('{kind}', {{bubbles: true, clientX: r2.left + 2, clientY: r2.top + r2.height / 2, pointerType: '{pointer}'}})); \
         return bars.length;"
    );
    let n = js(c, &script).await;
    assert!(
        n.as_u64().unwrap() > bar as u64,
        "chart {chart} has {n} bars"
    );
}

async fn tooltip(c: &Client, chart: &str) -> Option<String> {
    let v = js(
        c,
        &format!("const t = document.querySelector('#chart-{chart} .chart-tooltip'); return t ? t.innerText : null"),
    )
    .await;
    v.as_str().map(str::to_string)
}

async fn all_charts_drawn(width: u32) {
    let server = StaticServer::start().await;
    let report = shipped_report();
    Browser::run(width, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let specs = charts(&report);
        for spec in &specs {
            let id = spec["id"].as_str().unwrap();
            // A chart is drawn at its width as it nears the screen.
            support::scroll_to_chart(&c, id).await;
            let sized = js(
                &c,
                &format!(
                    "const canvas = document.querySelector('#chart-{id} .chart-canvas'); \
                     const svg = canvas.querySelector('svg'); \
                     const w = svg.getBoundingClientRect().width; \
                     return Math.abs(w - canvas.clientWidth) <= 1 && Number(svg.getAttribute('width')) <= canvas.clientWidth + 1 ? 'ok' : `svg ${{w}} in ${{canvas.clientWidth}}`;"
                ),
            )
            .await;
            assert_eq!(sized, json!("ok"), "chart {id} at {width}px");
            let text = js(
                &c,
                &format!("return document.querySelector('#chart-{id} svg').textContent"),
            )
            .await;
            for fid in spec["figures"].as_array().unwrap() {
                let label = figure(&report, fid.as_str().unwrap())["label"]["zh"]
                    .as_str()
                    .unwrap();
                let shown = label.chars().take(4).collect::<String>();
                assert!(
                    text.as_str().unwrap().contains(&shown),
                    "chart {id} at {width}px lacks {label}"
                );
            }
        }
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('.chart-error').length"
            )
            .await,
            json!(0)
        );
        let overflow = js(
            &c,
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        )
        .await;
        assert_eq!(overflow, json!(0), "horizontal overflow at {width}px");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_chart_is_drawn_to_its_container_at_390_pixels() {
    all_charts_drawn(390).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_chart_is_drawn_to_its_container_at_1280_pixels() {
    all_charts_drawn(1280).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_chart_far_from_the_screen_keeps_the_builds_drawing_until_the_reader_nears_it() {
    let server = StaticServer::start().await;
    let specs = charts(&shipped_report());
    let (first, last) = (
        specs[0]["id"].as_str().unwrap(),
        specs[specs.len() - 1]["id"].as_str().unwrap(),
    );
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        // Near the screen a chart is drawn at its width; that its observers have
        // reported by then is what makes the far chart's state below meaningful.
        support::scroll_to_chart(&c, first).await;
        let far = format!(
            "const r = document.getElementById('chart-{last}').getBoundingClientRect(); return r.top - innerHeight"
        );
        let distance = js(&c, &far).await.as_f64().unwrap();
        assert!(distance > 2.0 * 844.0, "the last chart is only {distance} px below the screen");
        let drawing = format!("return document.querySelector('#chart-{last} .chart-svg').dataset.drawn || 'app'");
        assert_eq!(js(&c, &drawing).await, json!("build"), "a far chart was re-drawn");
        support::scroll_to_chart(&c, last).await;
        assert_eq!(js(&c, &drawing).await, json!("app"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_chart_drawn_too_wide_for_its_place_is_drawn_anew_at_once_even_far_from_the_view() {
    let server = StaticServer::start().await;
    let specs = charts(&shipped_report());
    let last = specs[specs.len() - 1]["id"].as_str().unwrap().to_string();
    // In English the browser builds the charts itself, each drawn at once at an
    // estimate of its width (the window's less the page's margins).
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/?lang=en")).await;
        let far = format!(
            "const r = document.getElementById('chart-{last}').getBoundingClientRect(); return r.top > 2 * innerHeight"
        );
        assert_eq!(js(&c, &far).await, json!(true), "the last chart is far from the view");
        let fits = format!(
            "const canvas = document.querySelector('#chart-{last} .chart-canvas'); \
             const svg = canvas.querySelector('svg'); \
             return Number(svg.getAttribute('width')) <= canvas.clientWidth + 1 \
                 && Math.abs(svg.getBoundingClientRect().width - Number(svg.getAttribute('width'))) <= 1"
        );
        wait_until(&c, "the far chart fits its place, unshrunk", &fits).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn printing_draws_every_chart_at_its_width() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let from_build =
            "return document.querySelectorAll('.chart-svg[data-drawn=\"build\"]').length";
        assert!(
            js(&c, from_build).await.as_u64().unwrap() > 0,
            "some charts far from the view keep the build's drawing"
        );
        js(
            &c,
            "window.dispatchEvent(new Event('beforeprint')); return 0",
        )
        .await;
        wait_until(
            &c,
            "every chart drawn at its width",
            &format!("{from_build} === 0"),
        )
        .await;
    })
    .await;
}

/// For every chart card: whether the drawing precedes every action control in the
/// page, and the heights of the drawing and of the actions' row(s).
const CARD_LAYOUT: &str = "
    return [...document.querySelectorAll('figure.chart-card')].map(card => {
        const drawing = card.querySelector('.chart-canvas');
        const controls = [...card.querySelectorAll('button, summary, a')];
        const first = controls.every(c =>
            drawing.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
        return [card.id, first, drawing.getBoundingClientRect().height,
                card.querySelector('.chart-actions').getBoundingClientRect().height];
    });";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn on_a_phone_each_chart_shows_its_drawing_first_and_taller_than_its_actions() {
    let server = StaticServer::start().await;
    let total = charts(&shipped_report()).len();
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        let cards = js(&c, CARD_LAYOUT).await;
        let cards = cards.as_array().unwrap();
        assert_eq!(cards.len(), total);
        for card in cards {
            let (id, first) = (&card[0], card[1].as_bool().unwrap());
            let (drawing, actions) = (card[2].as_f64().unwrap(), card[3].as_f64().unwrap());
            assert!(first, "{id}: an action control comes before the drawing");
            assert!(
                actions > 0.0 && drawing > actions,
                "{id}: the drawing ({drawing} px) is not taller than its actions ({actions} px)"
            );
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn charts_redraw_when_the_window_narrows() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        support::scroll_to_chart(&c, "mediation-funnel").await;
        let width =
            "Number(document.querySelector('#chart-mediation-funnel svg').getAttribute('width'))";
        let wide = js(&c, &format!("return {width}")).await.as_f64().unwrap();
        support::set_viewport(&c, 390, 900).await;
        let narrower = format!("return {width} < {}", wide - 100.0);
        wait_until(&c, "the funnel is redrawn narrower", &narrower).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn hovering_a_bar_shows_its_label_and_value() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let chart = "enforcement-platform-records";
        pointer_at_bar(&c, chart, 1, "pointermove", "mouse").await;
        let tip = tooltip(&c, chart).await.expect("a tooltip");
        assert!(tip.contains("录入行政处罚") && tip.contains("9,178宗"), "{tip}");
        js(&c, &format!("document.querySelector('#chart-{chart} .chart-canvas').dispatchEvent(new PointerEvent('pointerleave', {{pointerType: 'mouse'}})); return 0")).await;
        assert_eq!(tooltip(&c, chart).await, None);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_tap_shows_the_tooltip_and_a_second_tap_or_a_tap_elsewhere_hides_it() {
    let server = StaticServer::start().await;
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        pointer_at_bar(&c, "mediation-funnel", 1, "pointerup", "touch").await;
        let tip = tooltip(&c, "mediation-funnel").await.expect("a tooltip after a tap");
        assert!(tip.contains("调解成功") && tip.contains("1,268宗"), "{tip}");
        pointer_at_bar(&c, "mediation-funnel", 1, "pointerup", "touch").await;
        assert_eq!(tooltip(&c, "mediation-funnel").await, None, "second tap hides");

        pointer_at_bar(&c, "mediation-funnel", 0, "pointerup", "touch").await;
        assert!(tooltip(&c, "mediation-funnel").await.unwrap().contains("1,300宗"));
        js(&c, "document.querySelector('.report-header').dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, pointerType: 'touch'})); return 0").await;
        assert_eq!(tooltip(&c, "mediation-funnel").await, None, "a tap elsewhere hides");
        let touch_action = js(&c, "return getComputedStyle(document.querySelector('.chart-canvas')).touchAction").await;
        assert_eq!(touch_action, json!("pan-y"), "a vertical swipe over a chart scrolls the page");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn arrow_keys_reach_every_point_and_announce_it() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        for spec in charts(&report) {
            let id = spec["id"].as_str().unwrap();
            let canvas = c
                .find(Locator::Css(&format!("#chart-{id} .chart-canvas")))
                .await
                .unwrap();
            let figures = spec["figures"].as_array().unwrap();
            for (i, fid) in figures.iter().enumerate() {
                canvas.send_keys("\u{E014}").await.unwrap(); // ArrowRight
                let said = js(
                    &c,
                    &format!(
                        "return document.querySelector('#chart-{id} [aria-live]').textContent"
                    ),
                )
                .await;
                let label = figure(&report, fid.as_str().unwrap())["label"]["zh"]
                    .as_str()
                    .unwrap();
                let said = said.as_str().unwrap();
                assert!(
                    said.starts_with(&format!("{label},")),
                    "chart {id} point {i}: {said}"
                );
                assert!(
                    said.contains(&format!("第 {} 项,共 {} 项", i + 1, figures.len())),
                    "{said}"
                );
            }
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn each_chart_table_agrees_with_the_figures() {
    let server = StaticServer::start().await;
    let report = shipped_report();
    let parsed = law_report::report::parse_report(&report.to_string()).unwrap();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        for spec in charts(&report) {
            let id = spec["id"].as_str().unwrap();
            let toggle = c.find(Locator::Css(&format!("#chart-{id} .chart-toolbar button"))).await.unwrap();
            toggle.click().await.unwrap();
            let rows = js(
                &c,
                &format!("return [...document.querySelectorAll('#chart-{id} table tbody tr:not(.derived-row)')].map(r => {{ \
                    const value = r.cells[1].cloneNode(true); value.querySelector('.table-period')?.remove(); \
                    return [r.cells[0].textContent, value.textContent, r.cells[2].textContent, r.cells[1].querySelector('.table-period')?.textContent ?? null]; }})"),
            )
            .await;
            let rows = rows.as_array().unwrap();
            let figures = spec["figures"].as_array().unwrap();
            assert_eq!(rows.len(), figures.len(), "chart {id}");
            for (row, fid) in rows.iter().zip(figures) {
                let f = figure(&report, fid.as_str().unwrap());
                assert_eq!(row[0], f["label"]["zh"], "chart {id}");
                assert_eq!(row[2], f["quote"], "chart {id}");
                let shown = row[1].as_str().unwrap().replace(',', "");
                assert!(f["quote"].as_str().unwrap().contains(&shown), "chart {id}: {shown} vs {}", f["quote"]);
                let period = parsed.figure(fid.as_str().unwrap()).unwrap().period.describe(parsed.meta.year, Lang::Zh);
                assert_eq!(row[3].as_str(), period.as_deref(), "chart {id}: a figure's period in the table");
            }
            let svg_hidden = js(&c, &format!("return document.querySelector('#chart-{id} .chart-canvas').hidden")).await;
            assert_eq!(svg_hidden, json!(true));
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_bar_links_to_its_sentence_and_a_figure_in_the_text_links_to_its_bar() {
    let server = StaticServer::start().await;
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        pointer_at_bar(&c, "disclosure", 0, "pointerup", "mouse").await;
        let fig = "fig-openness.disclosure_requests";
        wait_until(&c, "the sentence's figure is active and focused", &format!(
            "const f = document.getElementById('{fig}'); return f.classList.contains('is-active') && document.activeElement === f"
        )).await;

        support::click(&c, "[id='fig-mediation.agreements']").await;
        wait_until(&c, "the agreements' card is highlighted", "return !!document.querySelector('#chart-mediation-agreements .chart-highlight')").await;
        let tip = tooltip(&c, "mediation-agreements").await.unwrap();
        assert!(tip.contains("683份"), "{tip}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_chart_with_a_missing_figure_names_it_and_the_rest_of_the_page_works() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    report["charts"][0]["figures"]
        .as_array_mut()
        .unwrap()
        .push(json!("study.no_such_figure"));
    let total = charts(&report).len();
    server.reply_once(DATA, Reply::json(report.to_string()));
    Browser::run(390, 844, |c| async move {
        open_report(&c, &server.url("/")).await;
        let message = wait_for(&c, ".chart-error").await.text().await.unwrap();
        assert!(message.contains("study.no_such_figure"), "{message}");
        let drawn = js(
            &c,
            "return document.querySelectorAll('.chart-card svg').length",
        )
        .await;
        assert_eq!(drawn, json!(total - 1));
        let paragraphs = js(&c, "return document.querySelectorAll('p.paragraph').length").await;
        assert_eq!(paragraphs, json!(28));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_label_containing_script_shows_as_text() {
    let server = StaticServer::start().await;
    let mut report = shipped_report();
    let hostile = "<script>window.hacked=1</script><img src=x onerror=window.hacked=2>";
    for f in report["figures"].as_array_mut().unwrap() {
        if f["id"] == "mediation.disputes" {
            f["label"]["zh"] = json!(hostile);
        }
    }
    server.reply_once(DATA, Reply::json(report.to_string()));
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let text = js(
            &c,
            "return document.querySelector('#chart-mediation-funnel svg').textContent",
        )
        .await;
        assert!(
            text.as_str()
                .unwrap()
                .contains("<script>window.hacked=1</script>"),
            "{text}"
        );
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('.chart-svg script, .chart-svg img').length"
            )
            .await,
            json!(0)
        );
        assert_eq!(
            js(&c, "return window.hacked === undefined").await,
            json!(true)
        );
        // The key figure with the hostile label shows it as text, too.
        let card = js(&c, "return [...document.querySelectorAll('.key-figure')].map(k => k.innerText).find(t => t.includes('1,300')) || ''").await;
        assert!(
            card.as_str().unwrap().contains("<script>window.hacked=1</script>"),
            "{card}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_link_to_a_chart_reaches_it_before_and_after_the_app_starts() {
    let server = StaticServer::start().await;
    server.hold_app(support::Hold::Late(std::time::Duration::from_secs(3)));
    Browser::run(390, 844, |c| async move {
        support::goto_before_the_app(&c, &server.url("/#chart-mediation-funnel")).await;
        const IN_VIEW: &str = "const f = document.getElementById('chart-mediation-funnel'); \
             if (!f || !f.querySelector('svg')) return false; \
             const r = f.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2";
        // The browser follows the link in the page the build wrote.
        assert_eq!(
            js(&c, IN_VIEW).await,
            json!(true),
            "the linked chart is in view before the app"
        );
        support::wait_until_ready(&c).await;
        wait_until(
            &c,
            "the linked chart still in view once the app is live",
            IN_VIEW,
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_running_total_says_its_period_in_the_text_the_chart_the_tooltip_and_the_table() {
    let server = StaticServer::start().await;
    let period = "广东省行政执法信息公示平台上线运用以来,截至2023年12月31日累计";
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let title = js(&c, "return document.getElementById('fig-enforcement.penalties_recorded').title").await;
        assert_eq!(title, json!(format!("录入行政处罚:9,178宗({period})")));
        let chart = "enforcement-platform-records";
        let said = support::text_of(&c, &format!("#chart-{chart} .chart-period")).await;
        assert_eq!(said, format!("时期:{period}"));
        pointer_at_bar(&c, chart, 1, "pointermove", "mouse").await;
        let tip = tooltip(&c, chart).await.expect("a tooltip");
        assert!(tip.contains(period), "{tip}");
        support::click(&c, &format!("#chart-{chart} .chart-toolbar button")).await;
        let table = support::text_of(&c, &format!("#chart-{chart} table")).await;
        assert_eq!(table.matches(period).count(), 3, "{table}");
        // A figure of the report's year says nothing of its period.
        let plain = js(&c, "return document.querySelector(\".key-figure a[data-figure='mediation.disputes'] .key-figure-period\")").await;
        assert_eq!(plain, Value::Null);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_unstated_period_is_said_in_the_text_drawing_tooltip_table_and_csv() {
    // "共出具法律意见书742份": the sentence names no time, so no year is claimed for it.
    let server = StaticServer::start().await;
    let unsaid = "报告未写明时段";
    let (chart, figure_id) = ("legality-review", "legality_review.legal_counsel_opinions");
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &server.url("/")).await;
        let title = js(&c, &format!("return document.getElementById('fig-{figure_id}').title")).await;
        assert!(title.as_str().unwrap().contains(unsaid), "{title}");
        support::scroll_to_chart(&c, chart).await;
        let drawn = support::text_of(&c, &format!("#chart-{chart} svg")).await;
        assert!(drawn.contains(unsaid), "the drawing: {drawn}");
        // The tooltip and the live region of the first point, reached by keyboard.
        let canvas = c
            .find(Locator::Css(&format!("#chart-{chart} .chart-canvas")))
            .await
            .unwrap();
        canvas.send_keys("\u{E014}").await.unwrap(); // ArrowRight
        support::wait_until(
            &c,
            "the first point's tooltip",
            &format!("return !!document.querySelector('#chart-{chart} .chart-tooltip')"),
        )
        .await;
        let tip = tooltip(&c, chart).await.expect("a tooltip");
        assert!(tip.contains("742") && tip.contains(unsaid), "the tooltip: {tip}");
        // The table.
        support::click(&c, &format!("#chart-{chart} .chart-toolbar button")).await;
        // A row's period sits on a line of its own under the value: read the row whole.
        let row = js(
            &c,
            &format!(
                "return [...document.querySelectorAll('#chart-{chart} table tr')] \
                 .map(r => r.innerText.replace(/\\s+/g, ' ')).find(t => t.includes('742')) || null"
            ),
        )
        .await;
        let row = row.as_str().expect("a row of 742 in the table");
        assert!(row.contains(unsaid), "the table row: {row}");
        // The CSV download: its blob is caught as the page creates it.
        js(
            &c,
            "window.__blobs = []; \
             URL.createObjectURL = (blob) => { window.__blobs.push(blob); return 'about:blank'; }; \
             HTMLAnchorElement.prototype.click = function () {}; \
             return null;",
        )
        .await;
        support::click(
            &c,
            &format!("#chart-{chart} .chart-toolbar button[aria-label*='CSV']"),
        )
        .await;
        support::wait_until(&c, "the CSV blob", "return window.__blobs.length > 0").await;
        let csv = c
            .execute_async(
                "const done = arguments[arguments.length - 1]; window.__blobs[0].text().then(done);",
                vec![],
            )
            .await
            .unwrap();
        let csv = csv.as_str().unwrap();
        let line = csv
            .lines()
            .find(|line| line.contains("742"))
            .unwrap_or_else(|| panic!("no line of 742 in the CSV: {csv}"));
        assert!(line.contains(unsaid), "the CSV line: {line}");
    })
    .await;
}
