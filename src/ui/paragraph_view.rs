//! One paragraph, verbatim, with its numbered lead in bold and each stated figure
//! emphasised and focusable.

use leptos::prelude::*;

use super::{expect_reader_state, use_suspect_figures, FocusOrigin, ReaderState, SUSPECT_NOTE};
use crate::report::format::DisplayValue;
use crate::report::text::{segments, split_lead, Segment};
use crate::report::{Figure, Paragraph};

/// A paragraph of the report. `figures` are the figures it states.
#[component]
pub fn ParagraphView(paragraph: Paragraph, figures: Vec<Figure>) -> impl IntoView {
    let state = expect_reader_state();
    let id = paragraph.id.clone();
    let is_target = move || state.target.with(|t| t.as_deref() == Some(id.as_str()));

    let text = paragraph.text.as_str();
    let split = split_lead(text);
    let refs: Vec<&Figure> = figures.iter().collect();
    let lead = split.lead.map(|lead| {
        let ordinal = split.ordinal.unwrap_or("").to_string();
        view! { <strong class="lead">{ordinal}{render_segments(segments(lead, &refs), &figures, state)}</strong> }
    });
    let plain_ordinal = match (split.ordinal, split.lead) {
        (Some(ordinal), None) => Some(ordinal.to_string()),
        _ => None,
    };
    let body = render_segments(segments(&text[split.body_start..], &refs), &figures, state);

    view! {
        <p id=paragraph.id.clone() class="paragraph" class:is-target=is_target>
            {lead}
            {plain_ordinal}
            {body}
        </p>
    }
}

fn render_segments(segs: Vec<Segment<'_>>, figures: &[Figure], state: ReaderState) -> AnyView {
    segs.into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Figure { id, text } => {
                let figure = figures.iter().find(|f| f.id == id);
                let suspect = use_suspect_figures().contains(id);
                let label = figure
                    .map(|f| format!("{}:{}", f.label.zh, DisplayValue::of(f).text()))
                    .unwrap_or_default();
                let label = if suspect {
                    format!("{label}({SUSPECT_NOTE})")
                } else {
                    label
                };
                let id = id.to_string();
                let activate = {
                    let id = id.clone();
                    move || state.activate_figure(&id, FocusOrigin::Text)
                };
                let on_key = {
                    let activate = activate.clone();
                    move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            activate();
                        }
                    }
                };
                let is_active = {
                    let id = id.clone();
                    move || state.is_active_figure(&id)
                };
                view! {
                    <strong
                        class="figure"
                        class:is-active=is_active
                        class:is-suspect=suspect
                        id=format!("fig-{id}")
                        data-figure=id.clone()
                        tabindex="0"
                        title=label
                        on:click=move |_| activate()
                        on:keydown=on_key
                    >
                        {text.to_string()}
                        {suspect.then(|| view! { <span class="sr-only">{format!("({SUSPECT_NOTE})")}</span> })}
                    </strong>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}
