//! A warning about the consistency problems found in a report that still loaded: how
//! many, in the reader's language, with the technical list (English, for the staff who
//! fix the file) folded behind a disclosure.

use leptos::prelude::*;

use crate::report::Problem;
use crate::ui::use_lang;

/// Lists every problem the checks found, so that no figure is shown as if it were
/// certainly right when the data disagree with themselves.
#[component]
pub fn DataProblems(problems: Vec<Problem>) -> impl IntoView {
    // In the reader's browser the checks do not run (src/load/loaded.rs), so there is
    // never a problem to list: saying so at compile time keeps this list and every
    // problem's message out of the wasm. The view's type, and so its hydration, stays
    // the same. The studio, whose wasm does run the checks, lists the draft's problems
    // itself and gives its preview of ReportView none (src/studio/preview.rs).
    let problems = if cfg!(target_arch = "wasm32") {
        Vec::new()
    } else {
        problems
    };
    (!problems.is_empty()).then(|| {
        let count = problems.len();
        let lang = use_lang();
        view! {
            // A region with a heading, not an alert: it is read where it stands.
            <aside class="data-problems" aria-labelledby="data-problems-heading">
                <h2 id="data-problems-heading">{move || lang.get().texts().data_check}</h2>
                <p>{move || lang.get().data_problems(count)}</p>
                <details class="data-problems-details">
                    <summary>{move || lang.get().texts().technical_details}</summary>
                    <ul lang="en">
                        {problems.into_iter().map(|p| view! { <li><code>{p.path}</code>" "{p.kind.to_string()}</li> }).collect_view()}
                    </ul>
                </details>
            </aside>
        }
    })
}
