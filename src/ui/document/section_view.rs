//! One section of the report: its heading with a collapse toggle and a link anchor,
//! its paragraphs, and its subsections.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::location::hash_for;
use crate::location::{embed_frame_title, EmbedTarget};
use crate::report::{Bilingual, Report, Section};
use crate::ui::{
    expect_reader_state, use_lang, ChartCard, ParagraphView, ReadSectionButton, SharePanel,
};

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
    let lang = use_lang();
    let id = section.id.clone();
    let body_id = format!("{id}-body");
    let heading_id = format!("{id}-heading");

    let collapsed = {
        let id = id.clone();
        move || state.is_collapsed(&id)
    };

    // Both languages' forms, so that switching language only swaps text.
    let both = |f: &dyn Fn(Lang) -> String| Bilingual {
        zh: f(Lang::Zh),
        en: f(Lang::En),
    };
    let ordinal = both(&|l| section.ordinal_in(l));
    let title = both(&|l| section.title_in(l).unwrap_or_default().to_string());
    let heading =
        section.title.is_some().then(|| {
            let toggle = {
                let id = id.clone();
                move |_| state.toggle(&id)
            };
            let expanded = {
                let collapsed = collapsed.clone();
                move || if collapsed() { "false" } else { "true" }
            };
            // A heading until the app is live; then it folds its section.
            let live = crate::ui::use_live();
            // An excerpt in the host's iframe links to no place of its own page.
            let embedded = crate::ui::is_embedded();
            let inner = view! {
                <button
                    type="button"
                    class="section-toggle"
                    aria-expanded=expanded
                    aria-controls=body_id.clone()
                    disabled=move || !live.get()
                    on:click=toggle
                >
                    <span class="chevron" aria-hidden="true"></span>
                    <span class="ordinal">{move || ordinal.get(lang.get()).to_string()}</span>
                    <span class="title">{move || title.get(lang.get()).to_string()}</span>
                </button>
                {(!embedded).then(|| view! {
                    <a
                        class="anchor"
                        href=hash_for(&id)
                        title=move || lang.get().texts().section_link
                        aria-label=move || lang.get().texts().section_link
                    >"#"</a>
                })}
            };
            match depth {
                0 => view! { <h2 id=heading_id.clone() class="section-heading">{inner}</h2> }
                    .into_any(),
                _ => view! { <h3 id=heading_id.clone() class="section-heading">{inner}</h3> }
                    .into_any(),
            }
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
                <SharePanel target=EmbedTarget::Section(id.clone()) title=heading
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
