//! Driving the publishing studio (studio/index.html) as an editor would: pasting a
//! page, setting fields, moving through the steps, and catching what it downloads.

use fantoccini::Client;
use serde_json::Value;

use super::page::{js, wait_for, wait_until};

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
