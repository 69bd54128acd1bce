//! The publishing studio in a browser, used as a web editor would: the source page
//! pasted and taken to a clean export, the review done with the keyboard, work kept
//! across a reload, damaged saved work explained, and a dishonest chart refused with
//! the validator's words in both languages.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use law_report::i18n::Lang;
use law_report::import::import;
use law_report::report::{check, parse_report, Bilingual, Catalog, ChartKind, Figure, Quantity};
use law_report::studio::charts::{chart_of, objections};
use serde_json::{json, Value};
use support::{
    axe_source, axe_violations, bundled, catch_downloads, click, downloads, export_both,
    go_to_step, js, js_text, open_file, open_studio, paste, paste_and_review, pick_charts,
    plan_for, publish_step_clean, read, same_figure, saved_work, set_field, wait_for, wait_until,
    Browser, StaticServer, STUDIO_WORK_KEY,
};

/// The source page, pasted as a browser's clipboard gives it, taken through every step
/// to a report JSON the validator accepts and whose text and figures are the bundled
/// report's; and the studio asked the network for nothing but its own files.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_source_page_goes_from_paste_to_a_clean_export() {
    let server = StaticServer::start().await;
    let html = read("tests/fixtures/source-page.html");
    let bundled = bundled();
    let draft = import(&html).expect("the source page imports natively");
    let matched: Vec<Option<&Figure>> = draft
        .report
        .figures
        .iter()
        .map(|p| bundled.figures.iter().find(|b| same_figure(p, b)))
        .collect();
    let plan: Vec<Value> = matched.iter().map(|m| plan_for(*m)).collect();
    let key_ids: Vec<String> = bundled
        .key_figures
        .iter()
        .filter_map(|k| {
            let i = matched.iter().position(|m| m.is_some_and(|f| f.id == *k))?;
            Some(draft.report.figures[i].id.clone())
        })
        .collect();
    assert_eq!(key_ids.len(), bundled.key_figures.len());

    let url = server.url("/studio/");
    let exported = Browser::run(1280, 900, |c| async move {
        paste_and_review(&c, &url, &html, &bundled, &plan).await;
        assert!(js_text(
            &c,
            "return document.querySelector('#figures-left').textContent"
        )
        .await
        .starts_with("待审核 0 个"),);
        assert!(pick_charts(&c, &key_ids).await > 0);
        publish_step_clean(&c).await;
        // The preview frames show the draft laid out for their widths.
        for (frame, width) in [("phone", 390), ("desktop", 1280)] {
            wait_until(
                &c,
                &format!("the {frame} preview"),
                &format!(
                    "const w = document.querySelector('.studio-frame-{frame}').contentWindow;
                     const t = w && w.document.getElementById('report-title');
                     return !!t && t.textContent === {:?} && w.innerWidth === {width}
                       && w.document.querySelectorAll('.chart-card').length > 0",
                    bundled.meta.title
                ),
            )
            .await;
        }
        export_both(&c).await
    })
    .await;

    let [(report_name, report_text), (catalog_name, catalog_text)] = exported.as_slice() else {
        panic!("two files: {exported:?}");
    };
    assert_eq!(report_name, "huiyang-2023.json");
    assert_eq!(catalog_name, "reports.json");
    let report = parse_report(report_text).expect("the exported report parses");
    assert_eq!(check(&report), Vec::new(), "the validator accepts it");
    let bundled = support::bundled();
    assert_eq!(report.meta, bundled.meta);
    assert_eq!(report.sections, bundled.sections);
    assert_eq!(report.figures.len(), bundled.figures.len());
    for b in &bundled.figures {
        let f = report
            .figures
            .iter()
            .find(|f| same_figure(f, b))
            .unwrap_or_else(|| panic!("no exported figure is {}", b.id));
        assert_eq!(
            (&f.period, &f.period_quote),
            (&b.period, &b.period_quote),
            "{}",
            b.id
        );
        assert_eq!(f.label, b.label, "{}", b.id);
    }
    assert_eq!(report.key_figures.len(), bundled.key_figures.len());
    let site = Catalog::parse(&read("public/data/reports.json")).unwrap();
    assert_eq!(Catalog::parse(catalog_text).unwrap(), site);

    let asked: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|p| !p.starts_with("/studio/") && p != "/favicon.svg" && p != "/data/reports.json")
        .collect();
    assert_eq!(
        asked,
        Vec::<String>::new(),
        "the studio asked only for its own files"
    );
}

/// Next, previous, accept and reject with the keyboard alone, in the browser's own
/// key events.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn figures_are_reviewed_with_the_keyboard_alone() {
    let server = StaticServer::start().await;
    let text = read("tests/fixtures/source-page.txt");
    let url = server.url("/studio/");
    Browser::run(1280, 900, |c| async move {
        open_studio(&c, &url).await;
        paste(&c, &text, false).await;
        wait_for(&c, "#text-title").await;
        go_to_step(&c, "figures").await;
        let shown = |n: usize| format!("return document.querySelector('#figure-review h3').textContent.startsWith('第 {n} 个')");
        let body = c.find(fantoccini::Locator::Css("body")).await.unwrap();
        body.send_keys("j").await.unwrap();
        wait_until(&c, "figure 2", &shown(2)).await;
        body.send_keys("k").await.unwrap();
        wait_until(&c, "figure 1", &shown(1)).await;
        body.send_keys("a").await.unwrap();
        wait_until(&c, "figure 2 after accepting 1", &shown(2)).await;
        body.send_keys("r").await.unwrap();
        wait_until(&c, "figure 3 after rejecting 2", &shown(3)).await;
        let work = saved_work(&c).await;
        let decisions: Vec<&str> = work["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .take(3)
            .map(|p| p["decision"].as_str().unwrap())
            .collect();
        assert_eq!(decisions, ["accepted", "rejected", "pending"]);
        // A key typed in a field is text, not a command.
        click(&c, "#figure-label-zh").await;
        c.active_element().await.unwrap().send_keys("a").await.unwrap();
        wait_until(&c, "still figure 3", &shown(3)).await;
        let left = js_text(&c, "return document.querySelector('#figures-left').textContent").await;
        let all = work["proposals"].as_array().unwrap().len();
        assert_eq!(left, format!("待审核 {} 个，共 {all} 个。", all - 2));
        // Escape leaves the field, keeping what was typed, and the keys work again.
        let typed = js_text(&c, "return document.querySelector('#figure-label-zh').value").await;
        assert!(typed.ends_with('a'), "{typed}");
        escape_then(&c, "a").await;
        wait_until(&c, "figure 4 after accepting 3", &shown(4)).await;
        let work = saved_work(&c).await;
        assert_eq!(work["proposals"][2]["decision"], "accepted");
        assert_eq!(work["proposals"][2]["figure"]["label"]["zh"], typed.as_str());
        // E goes into the English label (the key itself is not typed), Esc out, A.
        c.active_element().await.unwrap().send_keys("e").await.unwrap();
        wait_until(
            &c,
            "focus in the English label",
            "return document.activeElement.id === 'figure-label-en'",
        )
        .await;
        let before = js_text(&c, "return document.activeElement.value").await;
        c.active_element()
            .await
            .unwrap()
            .send_keys("Label")
            .await
            .unwrap();
        escape_then(&c, "a").await;
        wait_until(&c, "figure 5 after accepting 4", &shown(5)).await;
        let work = saved_work(&c).await;
        assert_eq!(work["proposals"][3]["decision"], "accepted");
        assert_eq!(
            work["proposals"][3]["figure"]["label"]["en"],
            format!("{before}Label").as_str()
        );
    })
    .await;
}

/// Presses Escape in the focused field, waits for the focus to come back to the
/// figure's heading, and presses `key` there.
async fn escape_then(c: &fantoccini::Client, key: &str) {
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{e00c}")
        .await
        .unwrap();
    wait_until(
        c,
        "focus back on the figure's heading",
        "return document.activeElement.id === 'figure-heading'",
    )
    .await;
    c.active_element()
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
}

/// Types `typed` over the field `css` and presses Tab, as an editor does; waits until
/// the saved work passes `saved` (a script over `work`); returns the control Tab
/// should reach (the next one in the page's order before the edit) and the one
/// focused.
async fn type_then_tab(
    c: &fantoccini::Client,
    css: &str,
    typed: &str,
    saved: &str,
) -> (String, String) {
    wait_for(c, css).await;
    let next = js_text(
        c,
        &format!(
            "const all = [...document.querySelectorAll('input, select, textarea, button, a[href]')]
               .filter(e => e.tabIndex >= 0 && !e.disabled);
             return all[all.indexOf(document.querySelector('{css}')) + 1].id"
        ),
    )
    .await;
    click(c, css).await;
    js(c, "document.activeElement.select(); return 0").await;
    c.active_element()
        .await
        .unwrap()
        .send_keys(&format!("{typed}\u{e004}"))
        .await
        .unwrap();
    wait_until(
        c,
        &format!("{css} to be saved"),
        &format!(
            "const work = JSON.parse(localStorage.getItem('{STUDIO_WORK_KEY}')) || {{}}; return {saved}"
        ),
    )
    .await;
    (next, js_text(c, "return document.activeElement.id").await)
}

/// An edit is saved without rebuilding the step: the focus stays where the editor
/// moved it (Tab after typing goes on to the next control), in step 2 and in the
/// figure review.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn an_edit_keeps_the_focus_where_the_editor_is() {
    let server = StaticServer::start().await;
    let text = read("tests/fixtures/source-page.txt");
    let url = server.url("/studio/");
    Browser::run(1280, 900, |c| async move {
        open_studio(&c, &url).await;
        paste(&c, &text, false).await;
        let edits = [
            (
                "text",
                "#meta-title-en",
                "Report",
                "work.report?.meta?.title_en === 'Report'",
            ),
            (
                "figures",
                "#figure-value",
                "7",
                "work.proposals?.[0]?.figure?.value === 7",
            ),
            (
                "figures",
                "#period-year",
                "2021",
                "work.proposals?.[0]?.figure?.period?.year === 2021",
            ),
        ];
        for (step, field, typed, saved) in edits {
            go_to_step(&c, step).await;
            let (next, focused) = type_then_tab(&c, field, typed, saved).await;
            assert!(!next.is_empty(), "the control after {field} has an id");
            assert_eq!(focused, next, "the focus after {field}");
        }
    })
    .await;
}

/// Work is saved on every change and is there again after a reload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn work_is_restored_after_a_reload() {
    let server = StaticServer::start().await;
    let text = read("tests/fixtures/source-page.txt");
    let url = server.url("/studio/");
    Browser::run(1280, 900, |c| async move {
        open_studio(&c, &url).await;
        paste(&c, &text, false).await;
        wait_for(&c, "#text-title").await;
        set_field(&c, "#meta-title-en", "A title typed before the reload").await;
        go_to_step(&c, "figures").await;
        click(&c, "#accept-figure").await;
        wait_until(
            &c,
            "the decision saved",
            &format!("return (localStorage.getItem('{STUDIO_WORK_KEY}') || '').includes('\"accepted\"')"),
        )
        .await;
        open_studio(&c, &url).await;
        let notice = support::text_of(&c, ".studio-notice").await;
        assert!(notice.contains("已恢复上次保存的工作"), "{notice}");
        assert_eq!(
            js(&c, "return document.querySelector('.studio-step-button[aria-current=step]').dataset.step").await,
            json!("figures")
        );
        let work = saved_work(&c).await;
        assert_eq!(work["proposals"][0]["decision"], json!("accepted"));
        assert_eq!(
            work["report"]["meta"]["title_en"],
            json!("A title typed before the reload")
        );
    })
    .await;
}

/// Saved work that cannot be read is explained, set aside whole (it can be
/// downloaded) and nothing else the browser keeps is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn damaged_saved_work_is_explained_and_kept() {
    let server = StaticServer::start().await;
    let url = server.url("/studio/");
    Browser::run(1280, 900, |c| async move {
        // Written from the reader's page, so that no studio is running to save over it.
        c.goto(&server.url("/")).await.unwrap();
        let broken = r#"{"version": 1, "step": "figures", "report": {"meta": "#;
        js(
            &c,
            &format!(
                "localStorage.setItem('{STUDIO_WORK_KEY}', {broken:?}); localStorage.setItem('law-report.theme', 'dark'); return 0"
            ),
        )
        .await;
        open_studio(&c, &url).await;
        let notice = support::text_of(&c, ".studio-notice[role=alert]").await;
        assert!(notice.contains("浏览器中保存的工作无法读取"), "{notice}");
        assert!(notice.contains("已损坏"), "{notice}");
        assert_eq!(
            js(&c, "return localStorage.getItem('law-report-studio-unreadable-work')").await,
            json!(broken)
        );
        assert_eq!(
            js(&c, "return localStorage.getItem('law-report.theme')").await,
            json!("dark")
        );
        catch_downloads(&c).await;
        let button = c
            .find(fantoccini::Locator::XPath(
                "//button[contains(., '下载无法读取的工作')]",
            ))
            .await
            .expect("a button to download the unreadable work");
        button.click().await.unwrap();
        wait_until(&c, "the download", "return (window.__downloads || []).length === 1").await;
        let files = downloads(&c).await;
        assert_eq!(files[0].1, broken);
        // The studio starts afresh beside it.
        wait_for(&c, "#paste-box").await;
    })
    .await;
}

/// Opens the bundled report to revise it, and asks for a bar chart of two figures of
/// different measures: the studio refuses it with the validator's own message, in
/// Chinese and then in English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_chart_mixing_measures_is_refused_in_both_languages() {
    let server = StaticServer::start().await;
    let report = bundled();
    let counts: Vec<&Figure> = report
        .figures
        .iter()
        .filter(|f| matches!(f.quantity, Quantity::Count { .. }))
        .collect();
    let first = counts[0];
    let other = counts
        .iter()
        .find(|f| f.quantity != first.quantity && f.period == first.period)
        .expect("two counts of different measures");
    let title = Bilingual {
        zh: "混合单位".into(),
        en: "Mixed units".into(),
    };
    let chart = chart_of(
        &report,
        ChartKind::Bars,
        title,
        vec![first.id.clone(), other.id.clone()],
    );
    let expected = |lang: Lang| -> Vec<String> {
        objections(&report, &chart)
            .iter()
            .map(|p| p.message(lang))
            .collect()
    };
    let (zh, en) = (expected(Lang::Zh), expected(Lang::En));
    assert!(!zh.is_empty());
    let json_text = read("public/data/huiyang-2023.json");
    let url = server.url("/studio/");
    let (first, other) = (first.id.clone(), other.id.clone());
    Browser::run(1280, 900, |c| async move {
        open_studio(&c, &url).await;
        open_file(&c, "huiyang-2023.json", &json_text).await;
        wait_for(&c, "#text-title").await;
        go_to_step(&c, "charts").await;
        set_field(&c, "#new-chart-title", "混合单位").await;
        set_field(&c, "#new-chart-title-en", "Mixed units").await;
        for id in [&first, &other] {
            js(
                &c,
                &format!("document.getElementById('new-chart-{id}').click(); return 0"),
            )
            .await;
        }
        click(&c, "#add-chart").await;
        wait_for(&c, "#chart-refused").await;
        let items = "return [...document.querySelectorAll('#chart-refused li')].map(li => li.textContent)";
        assert_eq!(js(&c, items).await, json!(zh));
        click(&c, ".studio-tools button[lang]").await;
        wait_until(
            &c,
            "the English interface",
            "return document.documentElement.lang === 'en'",
        )
        .await;
        wait_until(
            &c,
            "the refusal in English",
            &format!("return JSON.stringify([...document.querySelectorAll('#chart-refused li')].map(li => li.textContent)) === {:?}", serde_json::to_string(&en).unwrap()),
        )
        .await;
        // Nothing was added: the report's charts are as published.
        let work = saved_work(&c).await;
        assert_eq!(
            work["report"]["charts"].as_array().unwrap().len(),
            support::bundled().charts.len()
        );
    })
    .await;
}

/// axe finds nothing on any step, with the source page imported; and at 200 % zoom
/// (a 640 px viewport for a 1280 px window) nothing needs scrolling sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_step_has_no_axe_violations_and_fits_at_200_percent_zoom() {
    let server = StaticServer::start().await;
    let text = read("tests/fixtures/source-page.txt");
    let url = server.url("/studio/");
    Browser::run(1280, 900, |c| async move {
        let axe = axe_source();
        open_studio(&c, &url).await;
        let mut found = Vec::new();
        for v in axe_violations(&c, &axe).await {
            found.push(format!("empty studio: {v}"));
        }
        paste(&c, &text, false).await;
        wait_for(&c, "#text-title").await;
        for step in ["bring", "text", "figures", "charts", "publish"] {
            go_to_step(&c, step).await;
            for v in axe_violations(&c, &axe).await {
                found.push(format!("{step}: {v}"));
            }
            support::set_viewport(&c, 640, 900).await;
            let overflow = js(
                &c,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            )
            .await;
            if overflow.as_i64().unwrap_or(0) > 1 {
                found.push(format!("{step}: {overflow} px wider than a 640 px viewport"));
            }
            support::set_viewport(&c, 1280, 900).await;
        }
        assert!(found.is_empty(), "{found:#?}");
    })
    .await;
}

/// Without WebAssembly (or when its files cannot load) the studio says so, once, in
/// both languages, and the work saved in the browser is left as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn without_webassembly_the_studio_says_so_and_keeps_the_saved_work() {
    let server = StaticServer::start().await;
    let browser = Browser::open(1280, 900).await;
    let c = browser.client.clone();
    // Work saved earlier, written from the reader's page of the same site.
    c.goto(&server.url("/")).await.unwrap();
    let saved = r#"{"version":1,"step":"figures"}"#;
    js(
        &c,
        &format!("localStorage.setItem('{STUDIO_WORK_KEY}', {saved:?}); return 0"),
    )
    .await;
    browser
        .before_page_scripts("delete window.WebAssembly;", "removing WebAssembly")
        .await;
    c.goto(&server.url("/studio/")).await.unwrap();
    let notice = wait_for(&c, ".studio-failed[role=alert]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        notice.contains("工作室未能启动") && notice.contains("The studio could not start"),
        "{notice}"
    );
    assert!(notice.contains("已保存的工作不会丢失"), "{notice}");
    assert_eq!(
        js(
            &c,
            &format!("return [document.querySelectorAll('.studio-failed').length, !!document.querySelector('.studio-starting'), localStorage.getItem('{STUDIO_WORK_KEY}')]")
        )
        .await,
        json!([1, false, saved])
    );
    let _ = c.clone().close().await;
}
