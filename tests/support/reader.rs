//! Helpers for this app's reader: its charts drawn at their width, the share panel, the
//! top bar's panels, and search with its marks.

use fantoccini::{Client, Locator};

use super::page::{click, js, wait_for, wait_until};

/// Whether the app has drawn the chart `#chart-{id}` at its container's width (at
/// least the layout's narrowest, 240 px): a chart far from the screen keeps the drawing
/// it has, the build's (`data-drawn="build"`) or the app's, until it nears it.
pub fn chart_drawn_at_width(id: &str) -> String {
    format!(
        "const canvas = document.querySelector('#chart-{id} .chart-canvas'); \
         const svg = canvas && canvas.querySelector('svg'); \
         if (!svg || svg.parentElement.dataset.drawn === 'build') return false; \
         const style = getComputedStyle(canvas); \
         const content = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight); \
         return Math.abs(Number(svg.getAttribute('width')) - Math.max(240, Math.floor(content))) <= 1"
    )
}

/// Scrolls the chart `#chart-{id}` to the middle of the screen and waits until it is
/// drawn at its width.
pub async fn scroll_to_chart(client: &Client, id: &str) {
    js(
        client,
        &format!(
            "document.getElementById('chart-{id}').scrollIntoView({{block: 'center'}}); return 0"
        ),
    )
    .await;
    wait_until(
        client,
        &format!("chart {id} drawn at its width"),
        &chart_drawn_at_width(id),
    )
    .await;
}

/// Opens the share panel of `scope` (a chart card's or section's selector; `""` for the
/// page's first) and waits until the live app has filled in its fields.
pub async fn open_share_panel(client: &Client, scope: &str) {
    let panel = format!("{scope} .share-panel").trim().to_string();
    click(client, &format!("{panel} summary")).await;
    wait_for(client, &format!("{panel} textarea")).await;
}

/// Opens the top bar's panel `panel` (`contents`, `search` or `settings`) if its
/// button is shown and the panel closed; a wide screen shows the contents and the
/// search in its side column, without buttons. Waits until the panel is shown.
pub async fn open_panel(client: &Client, panel: &str) {
    let script = format!(
        "const b = document.getElementById('toolbar-{panel}');
         if (!b) throw new Error('no button for the {panel} panel');
         if (b.getClientRects().length && b.getAttribute('aria-expanded') !== 'true') b.click();
         return 0"
    );
    js(client, &script).await;
    let shown = format!(
        "const p = document.getElementById(document.getElementById('toolbar-{panel}').getAttribute('aria-controls'));
         return p.getClientRects().length > 0"
    );
    wait_until(client, &format!("the {panel} panel is shown"), &shown).await;
}

/// Types `query` into the search box and waits until matches are marked.
pub async fn search_for(client: &Client, query: &str) {
    open_panel(client, "search").await;
    let input = client
        .find(Locator::Css("#report-search-input"))
        .await
        .expect("the search box");
    input.send_keys(query).await.expect("type the query");
    wait_until(
        client,
        "matches are marked",
        "return document.querySelectorAll('mark.search-hit').length > 0",
    )
    .await;
}

/// Scrolls through the whole page a screen at a time from the top, waiting at each
/// step until every paragraph in view that holds `query` has its marks (a paragraph's
/// matches are marked while it is near the view), and returns how many marks the
/// paragraphs held when in view, all told.
pub async fn scroll_through_marks(client: &Client, query: &str) -> usize {
    js(
        client,
        "window.scrollTo({ top: 0, behavior: 'instant' }); return 0",
    )
    .await;
    wait_until(client, "the page is at its top", "return scrollY === 0").await;
    let marked_in_view = format!(
        "return [...document.querySelectorAll('p.paragraph')].every(p => {{ \
             const r = p.getBoundingClientRect(); \
             const inView = r.height > 0 && r.bottom > 0 && r.top < innerHeight; \
             return !inView || !p.textContent.includes({query:?}) || p.querySelector('mark.search-hit') !== null; \
         }})"
    );
    let mut marks = std::collections::HashMap::<String, u64>::new();
    loop {
        wait_until(client, "the matches in view are marked", &marked_in_view).await;
        let in_view = js(
            client,
            "return [...document.querySelectorAll('p.paragraph')].filter(p => { \
                 const r = p.getBoundingClientRect(); \
                 return r.height > 0 && r.bottom > 0 && r.top < innerHeight; \
             }).map(p => [p.id, p.querySelectorAll('mark.search-hit').length])",
        )
        .await;
        for pair in in_view.as_array().expect("paragraphs in view") {
            let (id, count) = (
                pair[0].as_str().unwrap_or_default(),
                pair[1].as_u64().unwrap_or(0),
            );
            let seen = marks.entry(id.to_string()).or_default();
            *seen = (*seen).max(count);
        }
        // Where the next screen begins, or -1 at the end of the page. Some engines land
        // a scroll later than the call returns: the test waits for it to land.
        let next = js(
            client,
            "const end = Math.floor(document.documentElement.scrollHeight - innerHeight); \
             if (scrollY >= end - 1) return -1; \
             const next = Math.min(Math.floor(scrollY + innerHeight), end); \
             window.scrollTo({ top: next, behavior: 'instant' }); \
             return next",
        )
        .await
        .as_f64()
        .expect("a scroll position");
        if next < 0.0 {
            break;
        }
        wait_until(
            client,
            "the scroll lands",
            &format!("return Math.abs(scrollY - {next}) <= 1"),
        )
        .await;
    }
    marks.values().sum::<u64>() as usize
}
