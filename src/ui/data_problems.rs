//! A warning listing the consistency problems found in a report that still loaded.

use leptos::prelude::*;

use super::use_lang;
use crate::report::Problem;

/// Lists every problem the checks found, so that no figure is shown as if it were
/// certainly right when the data disagree with themselves.
#[component]
pub fn DataProblems(problems: Vec<Problem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let count = problems.len();
        let lang = use_lang();
        view! {
            <aside class="data-problems" role="alert">
                <h2>{move || lang.get().texts().data_check}</h2>
                <p>{move || lang.get().data_problems(count)}</p>
                <ul>
                    {problems.into_iter().map(|p| view! { <li><code>{p.path}</code>" "{p.kind.to_string()}</li> }).collect_view()}
                </ul>
            </aside>
        }
    })
}
