//! Test harness shared by the tests and the examples: the project's files, a static
//! file server for the built `dist/` that can be told to fail on purpose, and a
//! browser — headless Chromium, headless Firefox or WebKitGTK in a virtual display —
//! driven through its WebDriver server. Each test gets its own server, driver and
//! browser. Everything is re-exported here, so a test names it `support::X`.

#![allow(dead_code)]

mod axe;
mod browser;
mod engine;
mod files;
mod page;
mod qr;
mod reader;
mod reply;
mod server;
mod speech;
mod studio;

// Each test and example uses part of the harness; the rest would warn in each.
#[allow(unused_imports)]
pub use self::{
    axe::{axe_source, axe_violations},
    browser::{set_viewport, Browser},
    engine::Engine,
    files::{
        app_wasm, bundled, bundled_json, bundled_text, dist, paragraph_count, read, root,
        same_figure, shipped_report,
    },
    page::{
        click, goto_before_the_app, js, js_text, open_report, text_of, wait_for, wait_until,
        wait_until_ready,
    },
    qr::{read_pgm, read_qr_codes, read_qr_drawing},
    reader::{
        chart_drawn_at_width, open_panel, open_share_panel, scroll_through_marks, scroll_to_chart,
        search_for,
    },
    reply::{content_type, Reply},
    server::{Hold, ServerOptions, StaticServer},
    speech::{speech_stand_in, CHINESE_AND_ENGLISH},
    studio::{
        catch_downloads, downloads, export_both, fill_details, go_to_step, open_file, open_studio,
        paste, paste_and_review, pick_charts, plan_for, publish_step_clean, saved_work, set_field,
        REVIEW_ALL, STUDIO_WORK_KEY,
    },
};
