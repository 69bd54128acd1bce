//! The draft on the reader's page, in the frames of the studio's last step. A frame
//! opens the studio's own page with `?preview`, which shows the reader's `ReportView`
//! of the work saved in the browser instead of the studio: a document of its own, so
//! the reader's layout follows the frame's width as it follows a phone's, its controls
//! work as on the reader's page, and its ids are its own. The studio saves every
//! change; a frame hears of it through the browser's `storage` event.

use std::sync::Arc;

use leptos::prelude::*;

use super::publish::draft_choice;
use super::store;
use crate::i18n::Lang;
use crate::load::LoadedReport;
use crate::report::Report;
use crate::ui::ReportView;

/// The query that opens the studio's page as a preview (`studio/?preview`).
pub const PREVIEW_QUERY: &str = "?preview";

/// Whether this page is a preview frame.
pub fn is_preview() -> bool {
    window()
        .location()
        .search()
        .is_ok_and(|q| q == PREVIEW_QUERY)
}

/// The saved work's draft, as it would be exported now.
fn saved_draft() -> Option<Report> {
    store::peek()?.draft()
}

/// The reader's page of the saved draft, kept in step with the studio.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let prefs = crate::ui::provide_preferences();
    let lang: Signal<Lang> = prefs.lang.into();
    let draft = RwSignal::new(saved_draft());
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(store::WORK_KEY) {
            draft.set(saved_draft());
        }
    });
    on_cleanup(move || listener.remove());
    // Live, as the reader marks its page once attached: its controls are offered.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(crate::READY_ATTR, "");
        }
    });
    move || match draft.get() {
        Some(report) => {
            crate::ui::provide_report_choice(draft_choice(&report));
            let loaded = LoadedReport {
                report: Arc::new(report),
                problems: Vec::new(),
                suspect: Default::default(),
            };
            view! { <ReportView loaded=Arc::new(loaded)/> }.into_any()
        }
        None => view! {
            <p class="studio-preview-empty">{move || lang.get().pick(
                "还没有可以预览的报告。",
                "There is no report to preview yet.",
            )}</p>
        }
        .into_any(),
    }
}
