//! Driving a page through WebDriver: scripts, waits for elements and conditions,
//! clicks, and loading the app until it is live.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

/// Waits up to 15 s for a CSS selector to match.
pub async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("`{css}` did not appear within 15 s: {e}"))
}

/// Runs a script and returns its JSON result.
pub async fn js(client: &Client, script: &str) -> Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Runs a script that returns a string, and returns it.
pub async fn js_text(client: &Client, script: &str) -> String {
    js(client, script).await.as_str().unwrap().to_string()
}

/// Waits until a script returns `true`, up to 15 s.
pub async fn wait_until(client: &Client, what: &str, script: &str) {
    for _ in 0..150 {
        if js(client, script).await == Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting until {what}");
}

/// The text of the first element matching `css`.
pub async fn text_of(client: &Client, css: &str) -> String {
    let el = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
    el.text().await.expect("element text")
}

/// Clicks the first element matching `css`.
pub async fn click(client: &Client, css: &str) {
    let el = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
    el.click()
        .await
        .unwrap_or_else(|e| panic!("cannot click `{css}`: {e}"));
}

/// Loads the page and waits until the app is live on it (`<html data-ready>`: the
/// page the build wrote has been attached to, or the page asked for has been built)
/// and the report is shown.
pub async fn open_report(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    wait_until_ready(client).await;
    wait_for(client, "#report-title").await;
    wait_for(client, ".report-footer").await;
}

/// Loads `url` from a server holding the app back (`StaticServer::hold_app`) and checks
/// that the page the build wrote is there without the app being live yet.
pub async fn goto_before_the_app(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    assert_eq!(
        js(
            client,
            "return document.documentElement.hasAttribute('data-ready')"
        )
        .await,
        json!(false),
        "the app is not live yet"
    );
}

/// Waits until the app is live on the page (`<html data-ready>`).
pub async fn wait_until_ready(client: &Client) {
    wait_until(
        client,
        "the app to be live (html[data-ready])",
        "return document.documentElement.hasAttribute('data-ready')",
    )
    .await;
}
