//! Which report of the catalog the page shows, for every component that links to it,
//! and the switch between reports when there is more than one.

use std::sync::Arc;

use leptos::prelude::*;

use crate::location::report_link;
use crate::report::Catalog;
use crate::ui::use_lang;

/// The catalog and the id of the report shown: app-wide, provided once it has loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportChoice {
    pub catalog: Arc<Catalog>,
    pub current: String,
}

/// Makes `choice` available to the components below.
pub fn provide_report_choice(choice: ReportChoice) {
    provide_context(choice);
}

/// The id of the report shown, for links that must keep pointing at it.
pub fn expect_report_id() -> String {
    expect_context::<ReportChoice>().current
}

/// Links to every report of the catalog, the current one marked; nothing when the
/// catalog has only one report.
#[component]
pub fn ReportSwitch() -> impl IntoView {
    let lang = use_lang();
    let choice = use_context::<ReportChoice>().filter(|c| c.catalog.has_choice())?;
    let links = choice
        .catalog
        .reports
        .iter()
        .map(|entry| {
            let current = entry.id == choice.current;
            let district = entry.district.clone();
            let year = entry.year;
            let label = move || lang.get().district_year(district.get(lang.get()), year);
            view! {
                <li>
                    <a href=report_link(&entry.id) title=entry.title.clone()
                        aria-current=current.then_some("page")>{label}</a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <nav class="report-switch" aria-label=move || lang.get().texts().other_reports>
            <ul>{links}</ul>
        </nav>
    })
}
