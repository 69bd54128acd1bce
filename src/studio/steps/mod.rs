//! The studio's five steps, one component each.

mod bring;
mod chart_editor;
mod charts;
mod fields;
mod figure_review;
mod figures;
mod publish;
mod text;

pub use bring::BringStep;
pub use charts::ChartsStep;
pub use figures::FiguresStep;
pub use publish::PublishStep;
pub use text::TextStep;

use leptos::prelude::*;

use super::state::{Notice, StudioState};
use super::work::{Step, Work};

/// Opens a work file the editor chose: it replaces the current work (which the editor
/// can download first), or is refused with what is wrong and nothing changes.
pub fn open_work_file(state: StudioState, name: String, text: Result<String, String>) {
    let lang = state.lang.get_untracked();
    let work = text.and_then(|text| Work::from_json(&text).map_err(|e| e.message(lang)));
    match work {
        Ok(work) => {
            state.work.set(work);
            state.current.set(0);
            state.notice.set(None);
        }
        Err(why) => state.notice.set(Some(Notice::BadFile { name, why })),
    }
}

/// A button to the next step, at the end of a step.
#[component]
fn NextStep(to: Step) -> impl IntoView {
    let state = super::state::use_studio();
    let lang = state.lang;
    view! {
        <p class="studio-next">
            <button type="button" class="studio-button studio-primary"
                on:click=move |_| {
                    state.update(|w| w.step = to);
                    if let Some(top) = document().get_element_by_id("studio-step") {
                        top.scroll_into_view();
                    }
                }>
                {move || format!("{} {}", lang.get().pick("下一步：", "Next:"), super::app::step_name(to, lang.get()))}
            </button>
        </p>
    }
}

/// The reader's components link to the report they show: in the studio, the draft
/// ([`draft_choice`](super::publish::draft_choice)).
fn provide_draft_choice(state: StudioState) {
    if let Some(report) = state.draft.get_untracked() {
        crate::ui::provide_report_choice(super::publish::draft_choice(&report));
    }
}
