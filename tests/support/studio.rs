//! Driving the publishing studio (studio/index.html) as an editor would: pasting a
//! page, setting fields, moving through the steps, and catching what it downloads.

use fantoccini::Client;
use law_report::report::{Figure, Period, Report};
use serde_json::{json, Value};

use super::page::{click, js, wait_for, wait_until};

/// Where the studio keeps the work (src/studio/store.rs).
pub const STUDIO_WORK_KEY: &str = "law-report-studio-work";

/// Opens the studio at `url` and waits until it is live.
pub async fn open_studio(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate to the studio");
    wait_until(
        client,
        "the studio to be live",
        "return document.documentElement.hasAttribute('data-ready')",
    )
    .await;
    wait_for(client, ".studio-steps").await;
}

/// Pastes `content` into the paste box as the clipboard gives a page selected in a
/// browser: as HTML when `html`, else as plain text.
pub async fn paste(client: &Client, content: &str, html: bool) {
    let kind = if html { "text/html" } else { "text/plain" };
    let script = format!(
        "const box = document.querySelector('#paste-box'); box.focus();
         const data = new DataTransfer();
         data.setData('{kind}', arguments[0]);
         if ('{kind}' === 'text/html') data.setData('text/plain', 'x');
         box.dispatchEvent(new ClipboardEvent('paste', {{clipboardData: data, bubbles: true, cancelable: true}}));
         return 0"
    );
    client
        .execute(&script, vec![Value::String(content.to_string())])
        .await
        .expect("paste");
}

/// Sets the value of the field `css` and fires its `change` event, as typing and
/// leaving the field does.
pub async fn set_field(client: &Client, css: &str, value: &str) {
    wait_for(client, css).await;
    client
        .execute(
            "const el = document.querySelector(arguments[0]);
             el.value = arguments[1];
             el.dispatchEvent(new Event('input', {bubbles: true}));
             el.dispatchEvent(new Event('change', {bubbles: true}));
             return 0",
            vec![Value::String(css.into()), Value::String(value.into())],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot set `{css}`: {e}"));
}

/// Goes to step `key` (bring, text, figures, charts, publish).
pub async fn go_to_step(client: &Client, key: &str) {
    super::page::click(client, &format!(".studio-step-button[data-step='{key}']")).await;
    wait_until(
        client,
        &format!("step {key} to show"),
        &format!("return document.querySelector(\".studio-step-button[data-step='{key}']\").getAttribute('aria-current') === 'step'"),
    )
    .await;
}

/// The work the studio has saved in the browser, parsed.
pub async fn saved_work(client: &Client) -> Value {
    let text = js(
        client,
        &format!("return localStorage.getItem('{STUDIO_WORK_KEY}') || ''"),
    )
    .await;
    serde_json::from_str(text.as_str().unwrap_or_default()).unwrap_or(Value::Null)
}

/// From now on, downloads are kept in the page (`window.__downloads`) instead of saved.
pub async fn catch_downloads(client: &Client) {
    js(
        client,
        "window.__downloads = [];
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
           if (this.download) {
             const name = this.download;
             window.__downloads.push(fetch(this.href).then(r => r.text()).then(text => ({name, text})));
             return;
           }
           return click.call(this);
         };
         return 0",
    )
    .await;
}

/// The files downloaded since [`catch_downloads`]: (name, text), in order.
pub async fn downloads(client: &Client) -> Vec<(String, String)> {
    let value = client
        .execute_async(
            "const done = arguments[0];
             Promise.all(window.__downloads || []).then(done)",
            vec![],
        )
        .await
        .expect("downloads");
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// What the editor types for a figure: `figure`'s labels and period (`Null`: reject it).
pub fn plan_for(figure: Option<&Figure>) -> Value {
    let Some(f) = figure else {
        return Value::Null;
    };
    let mut period = json!({"kind": f.period.kind_name()});
    match &f.period {
        Period::Year { year } => period["year"] = json!(year.to_string()),
        Period::Cumulative { since, until } => {
            period["since"] = json!(since.as_ref().map(|s| s.zh.clone()).unwrap_or_default());
            period["since_en"] = json!(since.as_ref().map(|s| s.en.clone()).unwrap_or_default());
            period["until"] = json!(until.clone().unwrap_or_default());
        }
        Period::AsOf { date } => period["date"] = json!(date.clone().unwrap_or_default()),
        Period::NotStated {} => {}
    }
    json!({
        "zh": f.label.zh,
        "en": f.label.en,
        "period": period,
        "period_quote": f.period_quote.clone().unwrap_or_default(),
    })
}

/// Goes through every proposal in the review: types the planned labels and period
/// and accepts it with the A key, or rejects it with R when the plan has none.
pub const REVIEW_ALL: &str = r#"
const plan = arguments[0];
const done = arguments[arguments.length - 1];
const tick = () => new Promise(r => setTimeout(r, 0));
const until = async (test) => { for (let t = 0; t < 500 && !test(); t++) await tick(); if (!test()) throw new Error('timed out: ' + test); };
const set = async (sel, v) => {
  await until(() => document.querySelector(sel));
  const el = document.querySelector(sel);
  el.value = v;
  el.dispatchEvent(new Event('change', {bubbles: true}));
  await tick();
};
const press = (key) => document.querySelector('#figures-title').dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
(async () => {
  for (let i = 0; i < plan.length; i++) {
    document.querySelectorAll('.studio-proposal')[i].click();
    await until(() => document.querySelector('#figure-review h3')?.textContent.startsWith(`第 ${i + 1} 个`));
    const p = plan[i];
    if (!p) { press('r'); await tick(); continue; }
    await set('#figure-label-zh', p.zh);
    await set('#figure-label-en', p.en);
    await set('#figure-period', p.period.kind);
    if (p.period.kind === 'year') await set('#period-year', p.period.year);
    if (p.period.kind === 'cumulative') {
      await set('#period-since', p.period.since);
      await set('#period-since-en', p.period.since_en);
      await set('#period-until', p.period.until);
    }
    if (p.period.kind === 'as_of') await set('#period-date', p.period.date);
    await set('#figure-period-quote', p.period_quote);
    press('a');
    await tick();
  }
})().then(() => done('ok'), (e) => done(String(e)));
"#;

/// The report's details as `report` gives them, typed into step 2, and each
/// confirmed; and every section's English title.
pub async fn fill_details(c: &fantoccini::Client, report: &Report) {
    let m = &report.meta;
    let fields = [
        ("#meta-title", m.title.clone()),
        ("#meta-title-en", m.title_en.clone()),
        ("#meta-district", m.district.zh.clone()),
        ("#meta-district-en", m.district.en.clone()),
        ("#meta-year", m.year.to_string()),
        ("#meta-issuers", m.issuers.join("\n")),
        ("#meta-signed-on-text", m.signed_on_text.clone()),
        ("#meta-signed-on", m.signed_on.clone()),
        ("#meta-published-at", m.published_at.clone()),
        ("#meta-source-office", m.source_office.clone()),
        ("#meta-publishing-office", m.publishing_office.clone()),
    ];
    for (css, value) in fields {
        set_field(c, css, &value).await;
    }
    for id in [
        "title",
        "district",
        "year",
        "issuers",
        "signed-on-text",
        "published-at",
        "source-office",
    ] {
        click(c, &format!("#confirm-meta-{id}")).await;
    }
    for section in report.all_sections() {
        if let Some(en) = &section.title_en {
            set_field(c, &format!("#title-en-{}", section.id), en).await;
        }
    }
}

/// Opens the studio at `url`, pastes `html` as the clipboard gives a page, types
/// `details`' title, dates and English titles into step 2, and goes through every
/// proposal of step 3 by `plan` ([`plan_for`]), by keyboard; downloads are caught.
pub async fn paste_and_review(c: &Client, url: &str, html: &str, details: &Report, plan: &[Value]) {
    open_studio(c, url).await;
    catch_downloads(c).await;
    paste(c, html, true).await;
    wait_for(c, "#text-title").await;
    fill_details(c, details).await;
    go_to_step(c, "figures").await;
    let outcome = c
        .execute_async(REVIEW_ALL, vec![Value::Array(plan.to_vec())])
        .await
        .expect("the review ran");
    assert_eq!(outcome, json!("ok"));
}

/// In step 4: ticks the key figures `keys`, has the studio propose its charts, names
/// each in English and confirms; returns how many charts it proposed.
pub async fn pick_charts(c: &Client, keys: &[String]) -> u64 {
    go_to_step(c, "charts").await;
    for id in keys {
        js(
            c,
            &format!("document.getElementById('key-{id}').click(); return 0"),
        )
        .await;
    }
    click(c, "#propose-charts").await;
    let charts = js(
        c,
        "return document.querySelectorAll('.studio-chart').length",
    )
    .await
    .as_u64()
    .unwrap();
    for i in 0..charts {
        set_field(c, &format!("#chart-{i}-title-en"), &format!("Chart {i}")).await;
    }
    click(c, "#charts-done").await;
    charts
}

/// In step 5, once the validator is clean: downloads the report and the catalog.
pub async fn export_both(c: &Client) -> Vec<(String, String)> {
    click(c, "#export-report").await;
    click(c, "#export-catalog").await;
    wait_until(
        c,
        "two downloads",
        "return (window.__downloads || []).length === 2",
    )
    .await;
    downloads(c).await
}

/// Goes to step 5 and waits until the validator is clean.
pub async fn publish_step_clean(c: &Client) {
    go_to_step(c, "publish").await;
    wait_until(
        c,
        "the validator to be clean",
        "return !!document.querySelector('.studio-clean')",
    )
    .await;
}

/// Opens `text` as the file `name` through step 1's file chooser, as choosing it
/// does.
pub async fn open_file(c: &Client, name: &str, text: &str) {
    c.execute(
        "const input = document.querySelector('#page-file');
         const files = new DataTransfer();
         files.items.add(new File([arguments[1]], arguments[0]));
         input.files = files.files;
         input.dispatchEvent(new Event('change', {bubbles: true}));
         return 0",
        vec![Value::String(name.into()), Value::String(text.into())],
    )
    .await
    .expect("open a file");
}
