//! One paragraph, verbatim, with its numbered lead in bold, each stated figure
//! emphasised and focusable, and search matches marked.

use leptos::prelude::*;

use crate::i18n::{Lang, SOURCE_LANG};
use crate::report::format::DisplayValue;
use crate::report::period::with_period;
use crate::report::text::{mark_runs, segments, split_lead, Segment};
use crate::report::{Figure, Paragraph};
use crate::ui::dom::{observe_nearness, ON_SERVER};
use crate::ui::{
    expect_reader_state, use_lang, use_search_state, use_suspect_figures, FocusOrigin, ReaderState,
};

/// A paragraph of the report. `figures` are the figures it states.
#[component]
pub fn ParagraphView(
    paragraph: Paragraph,
    figures: Vec<Figure>,
    /// The year the report is about: a figure of another period says which.
    year: u16,
) -> impl IntoView {
    let state = expect_reader_state();
    let id = paragraph.id.clone();
    let is_target = move || state.target.with(|t| t.as_deref() == Some(id.as_str()));

    let search = use_search_state();
    let paragraph_id = paragraph.id.clone();
    let text = paragraph.text.clone();
    let figures = StoredValue::new(figures);
    let lang = use_lang();
    // This paragraph's matches, compared on every change of the query or the current
    // match: the paragraph is re-rendered only when its own matches change, not on
    // every keystroke (a search re-rendered every paragraph of the report before).
    // They are marked while the paragraph is within a screen of the view, and always
    // when they hold the current match: on a long report a keystroke re-draws the few
    // paragraphs a reader can see, and the others as the reader scrolls to them.
    let near = RwSignal::new(false);
    let own_matches = search.map(|search| {
        let found = {
            let id = paragraph_id.clone();
            Memo::new(move |_| search.in_paragraph(&id))
        };
        let has_matches = move || found.with(|(ranges, _)| !ranges.is_empty());
        watch_for_the_reader(has_matches, near, paragraph_id.clone());
        Memo::new(move |_| {
            let (ranges, current) = found.get();
            if current.is_some() || (near.get() && !ranges.is_empty()) {
                (ranges, current)
            } else {
                (Vec::new(), None)
            }
        })
    });
    let content = move || {
        let marks = match own_matches {
            Some(matches) => {
                let (ranges, current) = matches.get();
                Marks { ranges, current }
            }
            None => Marks::default(),
        };
        let lang = lang.get();
        figures.with_value(|list| {
            let figures = StatedFigures { list, year };
            render_paragraph(&text, figures, state, &marks, lang)
        })
    };

    view! {
        <p id=paragraph.id.clone() class="paragraph" class:is-target=is_target lang=SOURCE_LANG>
            {content}
        </p>
    }
}

/// Keeps `near` saying whether the paragraph `id` is within a screen of the view,
/// watching from the first time it has matches: most paragraphs never have any, and
/// then cost no observer.
fn watch_for_the_reader(
    has_matches: impl Fn() -> bool + 'static,
    near: RwSignal<bool>,
    id: String,
) {
    if ON_SERVER {
        return;
    }
    // The observer lives as long as the paragraph, not as the effect that starts it.
    let owner = Owner::current();
    let watching = StoredValue::new(false);
    Effect::new(move |_| {
        if watching.get_value() || !has_matches() {
            return;
        }
        let Some(el) = document().get_element_by_id(&id) else {
            return;
        };
        watching.set_value(true);
        let observe = move || {
            observe_nearness(&el, move |is_near| {
                if near.get_untracked() != is_near {
                    near.set(is_near);
                }
            })
        };
        let observed = match &owner {
            Some(owner) => owner.with(observe),
            None => observe(),
        };
        if !observed {
            near.set(true);
        }
    });
}

/// Search matches in one paragraph: byte ranges, and which of them is current.
#[derive(Debug, Default)]
struct Marks {
    ranges: Vec<(usize, usize)>,
    current: Option<usize>,
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
struct StatedFigures<'a> {
    list: &'a [Figure],
    year: u16,
}

fn render_paragraph(
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
    let note = lang.texts().suspect_note;
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
            Segment::Text(t) => mark_runs(t, start, &marks.ranges)
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
                .into_any(),
            Segment::Figure { id, text } => {
                let hit = marks.hit(start, start + text.len()).is_some();
                let current = marks.is_current(start, start + text.len());
                let figure = figures.list.iter().find(|f| f.id == id);
                let suspect = use_suspect_figures().contains(id);
                let label = figure
                    .map(|f| {
                        let value = DisplayValue::in_lang(f, lang).text();
                        let period = f.period.describe(figures.year, lang);
                        let value = with_period(&value, period.as_deref(), lang);
                        match lang {
                            Lang::Zh => format!("{}:{value}", f.label.zh),
                            Lang::En => format!("{}: {value}", f.label.get(lang)),
                        }
                    })
                    .unwrap_or_default();
                let label = if suspect {
                    format!("{label} ({note})")
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
                let figure_view = view! {
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
                .into_any();
                if hit {
                    mark(figure_view, current)
                } else {
                    figure_view
                }
            }
        })
        .collect_view()
        .into_any()
}
