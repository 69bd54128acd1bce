//! A reader for a district government's annual report on building a law-based
//! government: the app shell, its load state, and mounting.

pub mod charts;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod load;
pub mod location;
pub mod panic_panel;
pub mod report;
pub mod ui;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use load::{fetch_chosen, ChosenReport, LoadError, Timing, AUTO_RETRIES};
use location::{embed_from_query, report_from_query, EmbedTarget};
use report::first_view::FIRST_VIEW_ID;
use ui::{EmbedText, ErrorPanel, LoadingNotice, ReportChoice, ReportView};

/// The id of the element in `index.html` that the app replaces.
pub const MOUNT_ID: &str = "app";

/// Where the app is in loading the report.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    Loading,
    /// An attempt failed in a way that may pass; the next starts after `wait`.
    Retrying {
        error: LoadError,
        attempt: u32,
        wait: std::time::Duration,
    },
    Loaded(Arc<ChosenReport>),
    Failed(LoadError),
}

/// Fetches the report, retrying failures that may pass with growing waits, and
/// reports each step to `state` while `run` is still the current load (a reader who
/// starts a retry at once supersedes the waiting one).
async fn load_report(
    state: RwSignal<LoadState>,
    requested: Option<String>,
    timing: Timing,
    run: u32,
    current: StoredValue<u32>,
) {
    let superseded = move || current.get_value() != run;
    let mut attempt = 0;
    loop {
        let outcome = fetch_chosen(requested.as_deref(), timing.report_timeout).await;
        if superseded() {
            return;
        }
        match outcome {
            Ok(loaded) => return state.set(LoadState::Loaded(Arc::new(loaded))),
            Err(error) if error.is_transient() && attempt < AUTO_RETRIES => {
                attempt += 1;
                let wait = timing.backoff(attempt);
                state.set(LoadState::Retrying {
                    error,
                    attempt,
                    wait,
                });
                gloo_timers::future::sleep(wait).await;
                if superseded() {
                    return;
                }
            }
            Err(error) => return state.set(LoadState::Failed(error)),
        }
    }
}

/// The whole app: fetches the report once, then shows it, or says what failed and
/// offers a retry.
#[component]
pub fn App() -> impl IntoView {
    ui::provide_preferences();
    ui::provide_chart_code();
    ui::provide_text_code();
    let state = RwSignal::new(LoadState::Loading);
    let search = window().location().search().unwrap_or_default();
    let embed: Option<EmbedTarget> = embed_from_query(&search);
    let timing = Timing::from_query(&search);
    let requested = StoredValue::new(report_from_query(&search));
    let current_run = StoredValue::new(0u32);
    let load = move || {
        let run = current_run.get_value().wrapping_add(1);
        current_run.set_value(run);
        state.set(LoadState::Loading);
        spawn_local(load_report(
            state,
            requested.get_value(),
            timing,
            run,
            current_run,
        ));
    };
    load();
    let retry = Callback::new(move |()| load());
    // Coming back online after giving up tries again at once.
    let online = window_event_listener(leptos::ev::online, move |_| {
        if matches!(state.get_untracked(), LoadState::Failed(ref e) if e.is_transient()) {
            load();
        }
    });
    on_cleanup(move || online.remove());

    move || {
        let state = state.get();
        // index.html's static first view says it is loading, until the report or an
        // error replaces it.
        if state != LoadState::Loading {
            remove_first_view();
        } else if has_first_view() {
            return ().into_any();
        }
        view_for(state, embed.clone(), retry)
    }
}

/// Whether index.html's static first view is still on the page and shown: it is
/// hidden when the address names another report than the one it shows
/// (public/prefs.js and boot.js), and then the loading notice stands in for it.
fn has_first_view() -> bool {
    document().get_element_by_id(FIRST_VIEW_ID).is_some()
        && document()
            .document_element()
            .is_some_and(|root| !root.has_attribute("data-report"))
}

/// Removes the static first view, in the same task that renders what replaces it, so
/// that no frame shows both or neither.
fn remove_first_view() {
    if let Some(el) = document().get_element_by_id(FIRST_VIEW_ID) {
        el.remove();
    }
}

/// What the page shows in `state`.
fn view_for(state: LoadState, embed: Option<EmbedTarget>, retry: Callback<()>) -> AnyView {
    match state {
        LoadState::Loading => view! { <LoadingNotice/> }.into_any(),
        LoadState::Retrying {
            error,
            attempt,
            wait,
        } => view! { <LoadingNotice retry=(error, attempt, wait) on_retry_now=retry/> }.into_any(),
        LoadState::Failed(error) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
        LoadState::Loaded(chosen) => {
            ui::provide_report_choice(ReportChoice {
                catalog: chosen.catalog.clone(),
                current: chosen.entry.id.clone(),
            });
            let loaded = chosen.loaded.clone();
            match embed {
                Some(target) => view! { <EmbedText loaded target/> }.into_any(),
                None => view! { <ReportView loaded/> }.into_any(),
            }
        }
    }
}

/// Mounts the app in `#app`, after the static first view that it replaces once the
/// report (or an error) is ready.
pub fn mount() {
    let Some(root) = document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        panic!("index.html has no element with id `{MOUNT_ID}` to mount the app in");
    };
    leptos::mount::mount_to(root, App).forget();
}
