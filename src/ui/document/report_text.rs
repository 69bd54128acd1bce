//! The report's text: every section with its paragraphs, figures, chart places and
//! share panels, and its sign-off.

use std::sync::Arc;

use leptos::prelude::*;

use crate::report::Report;
use crate::ui::{ReportFooter, SectionView};

/// Every section of the report, in order, and its sign-off.
#[component]
pub fn ReportText(report: Arc<Report>) -> impl IntoView {
    let sections = report
        .sections
        .iter()
        .map(|s| view! { <SectionView section=s.clone() depth=0 report=report.clone()/> })
        .collect_view();
    view! {
        <article class="report-text">{sections}</article>
        <ReportFooter meta=report.meta.clone()/>
    }
}
