//! A reader for a district government's annual report on building a law-based
//! government: the app shell, its load state, and mounting.

pub mod address;
pub mod charts;
#[cfg(not(target_arch = "wasm32"))]
pub mod csp;
pub mod i18n;
pub mod import;
pub mod load;
pub mod location;
pub mod panic_panel;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod qr;
pub mod report;
#[cfg(target_arch = "wasm32")]
pub mod start;
pub mod studio;
pub mod ui;
pub mod user_timing;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use address::Address;
use load::{fetch_chosen, ChosenReport, LoadError, Timing, AUTO_RETRIES};
use location::EmbedTarget;
use ui::{EmbedView, ErrorPanel, LoadingNotice, ReportChoice, ReportView};

/// The id of the element in `index.html` that holds the page.
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

/// The page of one report, as the build writes it into the HTML and as the browser
/// attaches to that HTML: the same components, the same data, the same first render.
#[component]
pub fn ReportPage(chosen: Arc<ChosenReport>) -> impl IntoView {
    ui::provide_preferences();
    provide_choice(&chosen);
    view! { <ReportView loaded=chosen.loaded.clone()/> }
}

/// One chart or section of a report for embedding in another site, as the build
/// writes it and the browser attaches to it.
#[component]
pub fn EmbedPage(chosen: Arc<ChosenReport>, target: EmbedTarget) -> impl IntoView {
    ui::provide_preferences();
    provide_choice(&chosen);
    view! { <EmbedView loaded=chosen.loaded.clone() target/> }
}

fn provide_choice(chosen: &ChosenReport) {
    ui::provide_report_choice(ReportChoice {
        catalog: chosen.catalog.clone(),
        current: chosen.entry.id.clone(),
    });
}

/// Loads the report `requested` (the newest when none) into a state, retrying
/// failures that may pass, and returns the state and a callback that starts a load
/// again at once (a retry the reader asks for, or coming back online). `initial`, a
/// report already fetched, is shown without fetching it again.
fn use_report_loader(
    requested: Option<String>,
    timing: Timing,
    initial: Option<Arc<ChosenReport>>,
) -> (RwSignal<LoadState>, Callback<()>) {
    let state = RwSignal::new(LoadState::Loading);
    let requested = StoredValue::new(requested);
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
    match initial {
        Some(chosen) => state.set(LoadState::Loaded(chosen)),
        None => load(),
    }
    let retry = Callback::new(move |()| load());
    // Coming back online after giving up tries again at once.
    let online = window_event_listener(leptos::ev::online, move |_| {
        if matches!(state.get_untracked(), LoadState::Failed(ref e) if e.is_transient()) {
            load();
        }
    });
    on_cleanup(move || online.remove());
    (state, retry)
}

/// The app built in the browser, for a page the build did not write: another
/// report than the page holds (`?report=`), an embed asked for by address
/// (`?embed=`), or a page (or embed page) whose report changed since it was built
/// (`initial`, already fetched). Shows the report, or says what failed and offers a
/// retry.
#[component]
pub fn App(
    /// A report already fetched, shown without fetching it again.
    #[prop(default = None)]
    initial: Option<Arc<ChosenReport>>,
    /// The chart or section of an embed page; otherwise the address's `?embed=`.
    #[prop(default = None)]
    embed: Option<EmbedTarget>,
) -> impl IntoView {
    ui::provide_preferences();
    let address = Address::current();
    let embed = embed.or(address.embed.clone());
    let (state, retry) = use_report_loader(
        address.report.clone(),
        Timing::from_address(&address),
        initial,
    );
    move || view_for(state.get(), embed.clone(), retry)
}

/// Above a page the build wrote, while the app fetches its report to attach to it:
/// nothing while all goes well, what failed and when the next attempt starts while
/// retrying, and why the page's interactive parts are unavailable (with "try again")
/// if it gives up — the report below stays readable throughout. Calls `on_loaded`
/// once the report has arrived.
#[component]
pub fn AttachStatus(
    report: String,
    timing: Timing,
    on_loaded: Callback<Arc<ChosenReport>>,
) -> impl IntoView {
    let (state, retry) = use_report_loader(Some(report), timing, None);
    Effect::new(move |_| {
        let failed = matches!(state.get(), LoadState::Failed(_));
        if let Some(html) = document().document_element() {
            let _ = html.toggle_attribute_with_force(APP_FAILED_ATTR, failed);
        }
        if let LoadState::Loaded(chosen) = state.get() {
            on_loaded.run(chosen);
        }
    });
    move || match state.get() {
        LoadState::Loading | LoadState::Loaded(_) => ().into_any(),
        LoadState::Retrying {
            error,
            attempt,
            wait,
        } => view! { <LoadingNotice retry=(error, attempt, wait) on_retry_now=retry/> }.into_any(),
        LoadState::Failed(error) => {
            view! { <ErrorPanel error on_retry=retry page_stays=true/> }.into_any()
        }
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
            provide_choice(&chosen);
            let loaded = chosen.loaded.clone();
            match embed {
                Some(target) => view! { <EmbedView loaded target/> }.into_any(),
                None => view! { <ReportView loaded/> }.into_any(),
            }
        }
    }
}

/// What the build wrote into `#app`, as its attributes say (src/prerender.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prerendered {
    /// The catalog id of the report the page holds.
    pub report: String,
    /// The chart or section, on an embed page.
    pub embed: Option<EmbedTarget>,
    /// The fingerprint of the catalog and report texts it was made from.
    pub fingerprint: String,
}

/// The attribute of `#app` naming the report the build wrote into it.
pub const PRERENDERED_ATTR: &str = "data-prerendered";
/// The attribute of `#app` with the fingerprint of the texts the build made it from
/// (`load::fingerprint`).
pub const FINGERPRINT_ATTR: &str = "data-fingerprint";
/// The attribute of `#app` with the file (under `data/`) of the report the build wrote
/// into it: public/boot.js fetches it, with the catalog, as the app starts.
pub const REPORT_FILE_ATTR: &str = "data-report-file";
/// The attribute of `#app` naming the chart or section of an embed page.
pub const EMBED_ATTR: &str = "data-embed";
/// The attribute on `<html>` while the app cannot start on the page the build wrote
/// (also set by public/boot.js when the wasm cannot load): controls that need the app
/// are then not offered.
pub const APP_FAILED_ATTR: &str = "data-app-failed";
/// The attribute the app sets on `<html>` once the page is live (hydrated or built).
pub const READY_ATTR: &str = "data-ready";

/// Whether the page the build wrote is the one the address asks for, so that the app
/// attaches to it rather than building another: the same report (or none named),
/// and no embed asked for by address unless it is this embed page's.
pub fn attaches_to(prerendered: &Prerendered, address: &Address) -> bool {
    let report_ok = address
        .report
        .as_ref()
        .is_none_or(|id| *id == prerendered.report);
    let embed_ok = match &address.embed {
        None => true,
        Some(asked) => prerendered.embed.as_ref() == Some(asked),
    };
    report_ok && embed_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attaches(page: &Prerendered, search: &str) -> bool {
        attaches_to(page, &Address::parse(search))
    }

    fn page(embed: Option<EmbedTarget>) -> Prerendered {
        Prerendered {
            report: "huiyang-2023".into(),
            embed,
            fingerprint: "00ff".into(),
        }
    }

    #[test]
    fn the_app_attaches_only_to_the_page_the_address_asks_for() {
        let full = page(None);
        assert!(attaches(&full, ""));
        assert!(attaches(&full, "?q=调解"));
        assert!(attaches(&full, "?report=huiyang-2023"));
        assert!(!attaches(&full, "?report=shiliqu-2024"));
        assert!(!attaches(&full, "?embed=chart/mediation-funnel"));

        let chart = page(Some(EmbedTarget::Chart("mediation-funnel".into())));
        assert!(attaches(&chart, ""));
        assert!(attaches(&chart, "?lang=en"));
        assert!(attaches(&chart, "?embed=chart/mediation-funnel"));
        assert!(!attaches(&chart, "?embed=chart/audit"));
        assert!(!attaches(&chart, "?report=shiliqu-2024"));
    }
}
