//! A paragraph's text as the page shows it: its numbered lead in bold, each stated
//! figure emphasised and focusable (with its label, value and period as a tooltip, and
//! marked when a check failed), and search matches marked.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::report::format::DisplayValue;
use crate::report::period::with_period;
use crate::report::text::{mark_runs, segments, split_lead, Segment};
use crate::report::Figure;
use crate::ui::{use_suspect_figures, FocusOrigin, ReaderState};

/// Search matches in one paragraph: byte ranges, and which of them is current.
#[derive(Debug, Default)]
pub struct Marks {
    pub ranges: Vec<(usize, usize)>,
    pub current: Option<usize>,
}

impl Marks {
    /// The index of the range that overlaps `start..end`, if any.
    fn hit(&self, start: usize, end: usize) -> Option<usize> {
        self.ranges.iter().position(|&(s, e)| s < end && start < e)
    }

    fn is_current(&self, start: usize, end: usize) -> bool {
        self.current.is_some_and(|c| {
            self.ranges
                .get(c)
                .is_some_and(|&(s, e)| s < end && start < e)
        })
    }
}

/// The figures a paragraph states, and the report's year their periods are told against.
#[derive(Clone, Copy)]
pub struct StatedFigures<'a> {
    pub list: &'a [Figure],
    pub year: u16,
}

/// The paragraph `text`, with its lead, figures and search marks.
pub fn render_paragraph(
    text: &str,
    figures: StatedFigures<'_>,
    state: ReaderState,
    marks: &Marks,
    lang: Lang,
) -> AnyView {
    let split = split_lead(text);
    let refs: Vec<&Figure> = figures.list.iter().collect();
    let lead = split.lead.map(|lead| {
        let ordinal = split.ordinal.unwrap_or("").to_string();
        let offset = split.ordinal.map_or(0, str::len);
        let runs = render_segments(segments(lead, &refs), offset, figures, state, marks, lang);
        view! { <strong class="lead">{ordinal}{runs}</strong> }
    });
    let plain_ordinal = match (split.ordinal, split.lead) {
        (Some(ordinal), None) => Some(ordinal.to_string()),
        _ => None,
    };
    let body = render_segments(
        segments(&text[split.body_start..], &refs),
        split.body_start,
        figures,
        state,
        marks,
        lang,
    );
    view! { {lead}{plain_ordinal}{body} }.into_any()
}

/// A search-hit mark; the current one carries the id the search box scrolls to.
fn mark(child: AnyView, current: bool) -> AnyView {
    let id = current.then_some("search-current");
    view! { <mark class="search-hit" class:is-current=current id=id>{child}</mark> }.into_any()
}

/// Renders segments that start at byte `offset` of the paragraph.
fn render_segments(
    segs: Vec<Segment<'_>>,
    mut offset: usize,
    figures: StatedFigures<'_>,
    state: ReaderState,
    marks: &Marks,
    lang: Lang,
) -> AnyView {
    segs.into_iter()
        .map(|segment| {
            let start = offset;
            let len = match &segment {
                Segment::Text(t) | Segment::Figure { text: t, .. } => t.len(),
            };
            offset += len;
            (segment, start)
        })
        .map(|(segment, start)| match segment {
            Segment::Text(t) => text_runs(t, start, marks),
            Segment::Figure { id, text } => {
                let figure = stated_figure(id, text, figures, state, lang);
                match marks.hit(start, start + text.len()) {
                    Some(_) => mark(figure, marks.is_current(start, start + text.len())),
                    None => figure,
                }
            }
        })
        .collect_view()
        .into_any()
}

/// Plain text from byte `start` of the paragraph, its search matches marked.
fn text_runs(text: &str, start: usize, marks: &Marks) -> AnyView {
    mark_runs(text, start, &marks.ranges)
        .into_iter()
        .map(|(run_start, run, hit)| {
            if hit {
                let current = marks.is_current(run_start, run_start + run.len());
                mark(run.to_string().into_any(), current)
            } else {
                run.to_string().into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// What a figure's tooltip says: its label and value, with its period if it is not the
/// report's year, and that it is unverified if a check failed.
fn figure_label(figure: Option<&Figure>, year: u16, suspect: bool, lang: Lang) -> String {
    let label = figure
        .map(|f| {
            let value = DisplayValue::in_lang(f, lang).text();
            let period = f.period.describe(year, lang);
            let value = with_period(&value, period.as_deref(), lang);
            match lang {
                Lang::Zh => format!("{}:{value}", f.label.zh),
                Lang::En => format!("{}: {value}", f.label.get(lang)),
            }
        })
        .unwrap_or_default();
    if suspect {
        format!("{label} ({})", lang.texts().suspect_note)
    } else {
        label
    }
}

/// The figure `id` as the paragraph states it (`text`): emphasised, focusable, and
/// activating its point in the charts on a click or Enter.
fn stated_figure(
    id: &str,
    text: &str,
    figures: StatedFigures<'_>,
    state: ReaderState,
    lang: Lang,
) -> AnyView {
    let note = lang.texts().suspect_note;
    let suspect = use_suspect_figures().contains(id);
    let figure = figures.list.iter().find(|f| f.id == id);
    let label = figure_label(figure, figures.year, suspect, lang);
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
            {suspect.then(|| view! { <span class="sr-only" lang=lang.tag()>{format!("({note})")}</span> })}
        </strong>
    }
    .into_any()
}
