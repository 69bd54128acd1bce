//! A warning listing the consistency problems found in a report that still loaded.

use leptos::prelude::*;

use crate::report::Problem;

/// Lists every problem the checks found, so that no figure is shown as if it were
/// certainly right when the data disagree with themselves.
#[component]
pub fn DataProblems(problems: Vec<Problem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let count = problems.len();
        view! {
            <aside class="data-problems" role="alert">
                <h2>"数据核对提示"</h2>
                <p>{format!("报告数据有 {count} 处未通过一致性核对,相关数字可能有误,请以原文为准:")}</p>
                <ul>
                    {problems.into_iter().map(|p| view! { <li><code>{p.path}</code>" "{p.kind.to_string()}</li> }).collect_view()}
                </ul>
            </aside>
        }
    })
}
