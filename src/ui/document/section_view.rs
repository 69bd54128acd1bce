//! One section of the report: its heading with a collapse toggle and a link anchor,
//! its paragraphs, and its subsections.

use std::sync::Arc;

use leptos::prelude::*;

use super::section_heading::SectionHeading;
use crate::location::{embed_frame_title, EmbedTarget};
use crate::report::{Bilingual, Report, Section};
use crate::ui::{expect_reader_state, ChartCard, ParagraphView, ReadSectionButton, SharePanel};

/// A section at `depth` (0 for the report's parts, 1 for their subsections).
#[component]
pub fn SectionView(section: Section, depth: u8, report: Arc<Report>) -> impl IntoView {
    let state = expect_reader_state();
    let id = section.id.clone();
    let is_target = {
        let id = id.clone();
        move || state.target.with(|t| t.as_deref() == Some(id.as_str()))
    };
    let labelled_by = section.title.is_some().then(|| format!("{id}-heading"));
    // Attached in a task of its own (see `attaching`): a section's contents, like a
    // chart's, are one of the short tasks in which the app attaches to the page.
    let shell = NodeRef::<leptos::html::Section>::new();
    // The element with its contents, or without any to attach them later.
    macro_rules! element {
        ($($contents:expr)?) => {
            view! {
                <section
                    node_ref=shell
                    id=id
                    class=format!("report-section depth-{depth}")
                    class:is-target=is_target
                    aria-labelledby=labelled_by
                >
                    $({$contents})?
                </section>
            }
            .into_any()
        };
    }
    match crate::ui::attach_later(
        shell,
        move || view! { <SectionContents section depth report/> },
    ) {
        Some(contents) => element!(contents),
        None => element!(),
    }
}

/// A section's heading (with its fold button and link anchor), its tools, paragraphs,
/// charts and subsections.
#[component]
fn SectionContents(section: Section, depth: u8, report: Arc<Report>) -> impl IntoView {
    let state = expect_reader_state();
    let id = section.id.clone();
    let body_id = format!("{id}-body");
    let collapsed = move || state.is_collapsed(&id);
    let heading = section.title.is_some().then(|| {
        view! { <SectionHeading section=section.clone() depth body_id=body_id.clone()/> }
    });
    // A titled section can be read aloud, shared and embedded.
    let frame_title = Bilingual::from_fn(|lang| {
        let heading = section.heading_in(lang).unwrap_or_default();
        embed_frame_title(report.meta.title_in(lang), &heading, lang)
    });
    let tools = section.heading().map(|heading| {
        view! {
            <div class="section-tools">
                <ReadSectionButton section=section.clone()/>
                <SharePanel target=EmbedTarget::Section(section.id.clone()) title=heading
                    frame_title=frame_title.clone()/>
            </div>
        }
    });

    let paragraphs = section
        .paragraphs
        .iter()
        .map(|p| {
            let figures = report
                .figures_in(&p.id)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>();
            view! { <ParagraphView paragraph=p.clone() figures year=report.meta.year/> }
        })
        .collect_view();
    let charts = report
        .charts_in(&section.id)
        .into_iter()
        .map(|spec| view! { <ChartCard spec=spec.clone() report=report.clone()/> })
        .collect_view();
    let subsections = section
        .subsections
        .iter()
        .map(|s| {
            view! { <SectionView section=s.clone() depth=depth + 1 report=report.clone()/> }
                .into_any()
        })
        .collect_view();

    view! {
        {heading}
        <div id=body_id class="section-body" hidden=collapsed>
            {tools}
            {paragraphs}
            <div class="section-charts">{charts}</div>
            {subsections}
        </div>
    }
}
