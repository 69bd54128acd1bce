//! The report's text — every section with its paragraphs, figures, chart places and
//! share panels — its sign-off, and the embed view. Their code is a split wasm
//! module ("text", scripts/split-wasm), fetched once the top of the page has been
//! painted, so that the first view downloads only the code it shows. Until it
//! arrives the page shows the opening paragraphs as plain text and says that the rest
//! is loading; if it cannot load, it says so and offers to try again.

use std::sync::Arc;

use leptos::prelude::*;

use super::dom::focus_after_render;
use super::split_code::{Code, CodeUnavailable, SplitCode};
use super::{request_chart_code, use_lang, EmbedView, LoadingNotice, ReportFooter, SectionView};
use crate::i18n::SOURCE_LANG;
use crate::load::LoadedReport;
use crate::location::EmbedTarget;
use crate::report::Report;

/// What the text module offers: functions that build views.
#[derive(Clone, Copy)]
pub struct TextCode {
    /// Every section and the sign-off.
    body: fn(&Arc<Report>) -> AnyView,
    /// One chart or section for embedding in another site.
    embed: fn(Arc<LoadedReport>, EmbedTarget) -> AnyView,
}

/// Provides the text code's state, shared by the page; the app calls this once, at
/// its root.
pub fn provide_text_code() {
    SplitCode::<TextCode>::provide();
}

/// The split point: the sections, paragraphs, share panels, chart cards, the
/// sign-off and the embed view are reachable only through the functions it returns,
/// so scripts/split-wasm cuts them into their own module. Off wasm it is an ordinary
/// call.
#[leptos::wasm_split::wasm_split(text, wasm_split_path = ::leptos::wasm_split, fallible)]
fn text_code() -> Result<TextCode, CodeUnavailable> {
    Ok(TextCode {
        body: build_body,
        embed: build_embed,
    })
}

fn build_body(report: &Arc<Report>) -> AnyView {
    let sections = report
        .sections
        .iter()
        .map(|s| view! { <SectionView section=s.clone() depth=0 report=report.clone()/> })
        .collect_view();
    view! {
        <article class="report-text">{sections}</article>
        <ReportFooter meta=report.meta.clone()/>
    }
    .into_any()
}

fn build_embed(loaded: Arc<LoadedReport>, target: EmbedTarget) -> AnyView {
    view! { <EmbedView loaded target/> }.into_any()
}

/// The id of the text's place while its code loads or after it failed.
const PENDING_ID: &str = "report-text-pending";

/// The report's sections and sign-off, once `start` is true (the top of the page has
/// been painted) and their code has arrived.
#[component]
pub fn ReportText(report: Arc<Report>, #[prop(into)] start: Signal<bool>) -> impl IntoView {
    let code = SplitCode::<TextCode>::shared();
    Effect::new(move |_| {
        if start.get() {
            code.request(text_code);
        }
    });
    move || match code.get() {
        Code::Ready(text) => (text.body)(&report),
        Code::NotRequested | Code::Loading => text_pending(&report, false, code),
        Code::Failed => text_pending(&report, true, code),
    }
}

/// The embed view (`?embed=…`), once its code has arrived.
#[component]
pub fn EmbedText(loaded: Arc<LoadedReport>, target: EmbedTarget) -> impl IntoView {
    let code = SplitCode::<TextCode>::shared();
    code.request(text_code);
    if matches!(target, EmbedTarget::Chart(_)) {
        request_chart_code();
    }
    move || match code.get() {
        Code::Ready(text) => (text.embed)(loaded.clone(), target.clone()),
        Code::NotRequested | Code::Loading => view! { <LoadingNotice/> }.into_any(),
        Code::Failed => pending_place(true, code),
    }
}

/// The text's place until its code arrives: the opening (untitled) section's
/// paragraphs as plain text, as index.html's static first view shows them, and a line
/// saying the rest is loading — or that it failed, with "Try again".
fn text_pending(report: &Report, failed: bool, code: SplitCode<TextCode>) -> AnyView {
    let opening = report
        .sections
        .first()
        .filter(|s| s.title.is_none())
        .map(|s| {
            let paragraphs = s
                .paragraphs
                .iter()
                .map(|p| view! { <p class="paragraph" lang=SOURCE_LANG>{p.text.clone()}</p> })
                .collect_view();
            view! {
                <section class="report-section depth-0">
                    <div class="section-body">{paragraphs}</div>
                </section>
            }
        });
    view! {
        <article class="report-text">
            {opening}
            {pending_place(failed, code)}
        </article>
    }
    .into_any()
}

/// The place of text whose code has not arrived: a line saying it is loading, or an
/// alert that its code could not be loaded, with "Try again" (focus then moves to
/// this place instead of being lost with the button).
fn pending_place(failed: bool, code: SplitCode<TextCode>) -> AnyView {
    let lang = use_lang();
    let status = if failed {
        let retry = move |_| {
            code.retry(text_code);
            focus_after_render(PENDING_ID.to_string());
        };
        view! {
            <div class="text-code-failed" role="alert">
                <p>{move || lang.get().texts().text_code_failed}</p>
                <button type="button" class="button" on:click=retry>
                    {move || lang.get().texts().try_again}
                </button>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p class="loading-notice" role="status">
                <span class="spinner" aria-hidden="true"></span>
                <span>{move || lang.get().texts().text_loading}</span>
            </p>
        }
        .into_any()
    };
    view! { <div id=PENDING_ID class="text-pending" tabindex="-1">{status}</div> }.into_any()
}
