//! One chart: its title and note, the plotters drawing sized to its container, a
//! tooltip for pointer, touch and keyboard, a live region, a table view, a text
//! summary, downloads, and the link between each data point and its sentence.

// Without the `charts` feature the chart code is built but never called.
#![cfg_attr(not(feature = "charts"), allow(dead_code))]

use std::sync::Arc;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::download::{save_png, save_text};
use crate::charts::export::csv;
use crate::charts::layout::{within, MIN_WIDTH};
use crate::charts::{render_svg, ChartModel, Layout, Palette, StepSource};
use crate::i18n::SOURCE_LANG;
use crate::location::{embed_frame_title, EmbedTarget};
use crate::report::{Bilingual, ChartSpec, Report};
use crate::ui::dom::{focus, observe_nearness, observe_size, scroll_to_centre, timed, ON_SERVER};
use crate::ui::preferences::{chart_text_px, use_lang, use_preferences};
use crate::ui::{expect_reader_state, use_suspect_figures, FocusOrigin, SharePanel};

/// A chart, or — when its data are broken — a message naming what is missing, so that
/// the rest of the page is unaffected. Re-built in the reader's language when it
/// changes. Built without the `charts` feature (to measure what plotters adds), it
/// renders nothing and the drawing code is not linked.
#[component]
pub fn ChartCard(spec: ChartSpec, report: Arc<Report>) -> impl IntoView {
    if !cfg!(feature = "charts") {
        return ().into_any();
    }
    let lang = use_lang();
    let frame_title = Bilingual::from_fn(|lang| {
        embed_frame_title(report.meta.title_in(lang), spec.title.get(lang), lang)
    });
    (move || {
        let lang = lang.get();
        match ChartModel::build(&spec, &report, lang) {
            Ok(model) => view! { <ChartFigure model frame_title=frame_title.clone()/> }.into_any(),
            Err(error) => view! {
                <figure class="chart-card chart-unavailable" id=format!("chart-{}", spec.id)>
                    <figcaption class="chart-title">{spec.title.get(lang).to_string()}</figcaption>
                    <p class="chart-error" role="note">{error.message(lang)}</p>
                </figure>
            }
            .into_any(),
        }
    })
    .into_any()
}

/// The index a key press moves to, or `None` to leave it alone.
pub fn key_target(key: &str, current: Option<usize>, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match (key, current) {
        ("ArrowRight" | "ArrowDown", None) | ("Home", _) => Some(0),
        ("ArrowLeft" | "ArrowUp", None) | ("End", _) => Some(len - 1),
        ("ArrowRight" | "ArrowDown", Some(i)) => Some((i + 1).min(len - 1)),
        ("ArrowLeft" | "ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
        _ => None,
    }
}

/// The tooltip's width in CSS pixels, as the stylesheet sets it (`.chart-tooltip`).
const TOOLTIP_WIDTH: f64 = 200.0;

/// The width a chart is drawn at in the page rendered at build time: the narrowest a
/// chart is laid out (on a 320 CSS px screen its 228 px container shows it at 0.95 ×,
/// its smallest text at 11.1 px). The drawing keeps that size on wider screens (its
/// height does not depend on its width) until the browser redraws it at its
/// container's width, so nothing moves when it does.
pub const BUILD_WIDTH: f64 = crate::charts::layout::MIN_WIDTH;

/// The width to lay a chart out at before its container has been measured.
fn initial_width() -> f64 {
    if ON_SERVER {
        return BUILD_WIDTH;
    }
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .map_or(360.0, |w| within(w - 48.0, 240.0, 720.0))
}

/// The width to draw a chart at anew, if any: `reported` is its container's width,
/// `measured` the width it was last drawn at from a report (none yet), `drawn_at` the
/// width of the drawing it shows, `near` whether it is near the view. A hidden chart
/// (width 0: collapsed section, table view) keeps its drawing; so does a chart far from
/// the view, unless its drawing is wider than its container, which the page shrinks to
/// fit and which would grow taller again when re-drawn later.
pub fn width_to_draw(
    reported: Option<f64>,
    measured: Option<f64>,
    drawn_at: f64,
    near: bool,
) -> Option<f64> {
    let w = reported.filter(|&w| w > 0.0)?;
    let changed = measured.is_none_or(|old| (w - old).abs() >= 1.0);
    let too_wide = w.max(MIN_WIDTH) < drawn_at - 1.0;
    (changed && (near || too_wide)).then_some(w)
}

/// Scrolls to the sentence that states `figure_id` and moves focus there.
fn show_in_text(figure_id: &str) {
    if let Some(el) = scroll_to_centre(&format!("fig-{figure_id}")) {
        focus(&el);
    }
}

#[component]
fn ChartFigure(
    model: ChartModel,
    /// The name of its iframe when embedded (`embed_frame_title`), per language.
    frame_title: Bilingual,
) -> impl IntoView {
    let state = expect_reader_state();
    let lang = model.lang;
    let t = lang.texts();
    let dom_id = format!("chart-{}", model.id);
    let summary_id = format!("{dom_id}-summary");
    let title = model.title.clone();
    let note = model.note.clone();
    let period = model.shared_period().map(|p| lang.chart_period(p));
    let summary = model.summary();
    let suspects = use_suspect_figures();
    let unverified: Vec<String> = model
        .points
        .iter()
        .filter(|p| suspects.contains(&p.figure_id))
        .map(|p| p.label.clone())
        .collect();
    let unverified = (!unverified.is_empty()).then(|| {
        view! {
            <span class="suspect-note" role="note">
                {lang.unverified_in_chart(&unverified)}
            </span>
        }
    });
    let model = StoredValue::new(model);

    // The container's measured width; none until the size observer has reported it.
    // At build time a chart is drawn at `BUILD_WIDTH`, and a chart attached to that
    // drawing keeps it until the observer reports; a chart built in the browser is
    // drawn at once, at an estimate of its width, so that it is never blank.
    let from_build = ON_SERVER || crate::ui::attaching();
    let measured = RwSignal::new(None::<f64>);
    // Until then its layout is the drawing's: the build's, or the estimate's, so that a
    // tap on a drawing not yet re-drawn finds its points.
    let unmeasured = move || {
        if from_build {
            BUILD_WIDTH
        } else {
            initial_width()
        }
    };
    let width = move || measured.get().unwrap_or_else(unmeasured);
    let active = RwSignal::new(None::<usize>);
    let show_table = RwSignal::new(false);
    // Chart text and colours follow elderly mode and the theme.
    let prefs = use_preferences();
    let text_px = move || prefs.map_or(chart_text_px(false), |p| p.chart_text_px());
    let palette = move || prefs.map_or(Palette::LIGHT, |p| p.palette());
    let layout = Memo::new(move |_| {
        let px = text_px();
        model.with_value(|m| Layout::new(m, width(), px, false))
    });
    // Timed with the User Timing API so that the benchmark can read draw times.
    let svg = Memo::new(move |_| {
        if !ON_SERVER && from_build && measured.with(Option::is_none) {
            return String::new();
        }
        let id = model.with_value(|m| m.id.clone());
        timed(&format!("chart-draw:{id}"), || {
            let palette = palette();
            layout.with(|l| render_svg(l, &palette))
        })
    });

    // Follow the container's width while the chart is near the screen. Far from it the
    // chart keeps the drawing it has (the build's, legible at any width) and is drawn
    // at its width as the reader scrolls towards it: a page of many charts does not
    // draw them all at once when the app starts, nor on every resize. A drawing wider
    // than its container is drawn anew at once, near or not: the page shrinks it to
    // fit, and it would grow taller again when re-drawn. Printing draws every chart.
    let canvas = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(el) = canvas.get() else { return };
        // The width last reported, and whether the chart is near the screen.
        let reported = StoredValue::new(None::<f64>);
        let near = StoredValue::new(true);
        let draw_at_width = move || {
            let drawn = measured.get_untracked();
            let drawn_at = drawn.unwrap_or_else(unmeasured);
            if let Some(w) = width_to_draw(reported.get_value(), drawn, drawn_at, near.get_value())
            {
                measured.set(Some(w));
            }
        };
        let observed = observe_nearness(&el, move |is_near| {
            near.set_value(is_near);
            draw_at_width();
        });
        if observed {
            // Until the observer's first report, which comes with the size's.
            near.set_value(false);
        }
        observe_size(&el, move |w, _| {
            reported.set_value(Some(w.floor()));
            draw_at_width();
        });
        let printing = window_event_listener_untyped("beforeprint", move |_| {
            near.set_value(true);
            draw_at_width();
        });
        on_cleanup(move || printing.remove());
    });

    // A figure activated in the text highlights its point here.
    Effect::new(move |_| {
        let Some(focus) = state.figure.get() else {
            return;
        };
        if focus.origin != FocusOrigin::Text {
            return;
        }
        let index =
            model.with_value(|m| m.points.iter().position(|p| p.figure_id == focus.figure_id));
        if let Some(i) = index {
            active.set(Some(i));
            show_table.set(false);
        }
    });

    // A tap or click outside the chart hides its tooltip.
    let outside = window_event_listener(ev::pointerdown, move |ev| {
        let inside = canvas.get_untracked().is_some_and(|el| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|t| el.contains(Some(&t)))
        });
        if !inside {
            active.set(None);
        }
    });
    on_cleanup(move || outside.remove());

    let point_at = move |ev: &ev::PointerEvent| -> Option<usize> {
        let el = canvas.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let (x, y) = (
            f64::from(ev.client_x()) - rect.left(),
            f64::from(ev.client_y()) - rect.top(),
        );
        layout.with_untracked(|l| l.hit(x, y))
    };
    let activate = move |i: usize| {
        let figure_id = model.with_value(|m| m.points.get(i).map(|p| p.figure_id.clone()));
        if let Some(id) = figure_id {
            state.activate_figure(&id, FocusOrigin::Chart);
            show_in_text(&id);
        }
    };

    let on_pointer_move = move |ev: ev::PointerEvent| {
        if ev.pointer_type() != "touch" {
            active.set(point_at(&ev));
        }
    };
    let on_pointer_leave = move |ev: ev::PointerEvent| {
        if ev.pointer_type() != "touch" {
            active.set(None);
        }
    };
    let on_pointer_up = move |ev: ev::PointerEvent| {
        let hit = point_at(&ev);
        if ev.pointer_type() == "touch" {
            // First tap shows the tooltip, a second tap on the same point hides it.
            active.update(|a| *a = if *a == hit { None } else { hit });
        } else if let Some(i) = hit {
            activate(i);
        }
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let key = ev.key();
        let len = model.with_value(|m| m.points.len());
        if let Some(i) = key_target(&key, active.get_untracked(), len) {
            ev.prevent_default();
            active.set(Some(i));
        } else if key == "Enter" || key == " " {
            if let Some(i) = active.get_untracked() {
                ev.prevent_default();
                activate(i);
            }
        } else if key == "Escape" {
            active.set(None);
        }
    };

    let tooltip = move || {
        let i = active.get()?;
        let (label, value, period, quote) = model.with_value(|m| {
            m.points.get(i).map(|p| {
                let period = p.period.clone();
                (
                    p.label.clone(),
                    p.value_text.clone(),
                    period,
                    p.quote.clone(),
                )
            })
        })?;
        let (left, top) = layout.with(|l| l.tooltip_at(i, TOOLTIP_WIDTH))?;
        Some(view! {
            <div class="chart-tooltip" style:left=format!("{left}px") style:top=format!("{top}px")>
                <strong>{label}</strong>
                <span class="chart-tooltip-value">{value}</span>
                {period.map(|period| view! { <span class="chart-tooltip-period">{period}</span> })}
                <span class="chart-tooltip-quote">{t.original_text}"“"<span lang=SOURCE_LANG>{quote}</span>"”"</span>
                <button type="button" class="link-button" on:click=move |_| activate(i)>{t.show_in_text}</button>
            </div>
        })
    };
    let highlight = move || {
        let i = active.get()?;
        let band = layout.with(|l| l.rows.get(i).map(|r| r.band))?;
        Some(view! {
            <div
                class="chart-highlight"
                aria-hidden="true"
                style:top=format!("{}px", band.y)
                style:height=format!("{}px", band.h)
            ></div>
        })
    };
    let announcement = move || {
        active
            .get()
            .and_then(|i| model.with_value(|m| m.announcement(i)))
            .unwrap_or_default()
    };

    let file_stem = model.with_value(|m| m.id.clone());
    let download_csv = {
        let stem = file_stem.clone();
        move |_| {
            save_text(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                &model.with_value(csv),
            )
        }
    };
    let standalone_svg = move || {
        // Downloads are drawn light, at normal size, whatever the reader's settings.
        let px = chart_text_px(false);
        let layout = model.with_value(|m| Layout::new(m, untrack(width).max(480.0), px, true));
        (
            render_svg(&layout, &Palette::LIGHT),
            layout.width,
            layout.height,
        )
    };
    let download_svg = {
        let stem = file_stem.clone();
        move |_| save_text(&format!("{stem}.svg"), "image/svg+xml", &standalone_svg().0)
    };
    let download_png = {
        let stem = file_stem.clone();
        move |_| {
            let (svg, w, h) = standalone_svg();
            save_png(&format!("{stem}.png"), &svg, w, h);
        }
    };

    let table = move || {
        model.with_value(|m| {
            let rows = m
                .points
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{p.label.clone()}</th>
                            <td class="num">
                                {p.value_text.clone()}
                                {p.period.clone().map(|period| view! { <span class="table-period">{period}</span> })}
                            </td>
                            <td class="quote" lang=SOURCE_LANG>{p.quote.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let steps = m
                .steps
                .iter()
                .map(|s| {
                    let source = match &s.source {
                        StepSource::Stated { .. } => t.stated_in_report.to_string(),
                        StepSource::Derived { formula } => lang.derived_from(formula),
                    };
                    view! {
                        <tr class="derived-row">
                            <th scope="row">{s.text.clone()}</th>
                            <td class="num">{format!("{:.1}%", s.percent)}</td>
                            <td class="quote">{source}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="chart-table">
                    <caption>{m.title.clone()}</caption>
                    <thead>
                        <tr><th scope="col">{t.table_item}</th><th scope="col">{t.table_value}</th><th scope="col">{t.table_source}</th></tr>
                    </thead>
                    <tbody>{rows}{steps}</tbody>
                </table>
            }
        })
    };

    // The card's contents are attached in a task of their own (see `attaching`).
    let card = NodeRef::<leptos::html::Figure>::new();
    let title_id = format!("{dom_id}-title");
    let contents = crate::ui::attach_later(card, move || {
        view! {
            <figcaption>
                <span class="chart-title" id=title_id>{title.clone()}</span>
                {period.map(|p| view! { <span class="chart-period">{p}</span> })}
                {note.map(|n| view! { <span class="chart-note">{n}</span> })}
                {unverified}
            </figcaption>
            <div
                class="chart-canvas"
                node_ref=canvas
                hidden=move || show_table.get()
                tabindex="0"
                role="group"
                aria-roledescription=t.chart
                aria-label=lang.chart_label(&title)
                aria-describedby=summary_id.clone()
                on:pointermove=on_pointer_move
                on:pointerleave=on_pointer_leave
                on:pointerup=on_pointer_up
                on:keydown=on_key
            >
                // Marked while it is the drawing made at build time, in the light
                // palette, which the stylesheet recolours for the reader's theme.
                <div
                    class="chart-svg"
                    aria-hidden="true"
                    data-drawn=move || (from_build && measured.with(Option::is_none)).then_some("build")
                    inner_html=move || svg.get()
                ></div>
                {highlight}
                {tooltip}
            </div>
            <div class="chart-table-wrap" hidden=move || !show_table.get()>{table}</div>
            // The actions follow the drawing, in one row: the drawing comes first and
            // stays the tallest part of the card on a phone.
            <div class="chart-actions">
                <div class="chart-toolbar needs-app">
                    <button type="button" class="button small" aria-pressed=move || show_table.get().to_string()
                        on:click=move |_| show_table.update(|t| *t = !*t)>{t.table}</button>
                    <span class="download-label" aria-hidden="true">{t.download}</span>
                    <button type="button" class="button small" aria-label=t.download_csv on:click=download_csv>"CSV"</button>
                    <button type="button" class="button small" aria-label=t.download_svg on:click=download_svg>"SVG"</button>
                    <button type="button" class="button small" aria-label=t.download_png on:click=download_png>"PNG"</button>
                </div>
                <SharePanel target=EmbedTarget::Chart(file_stem.clone()) title=title.clone()
                    frame_title=frame_title.clone()/>
            </div>
            <p class="sr-only" id=summary_id>{summary}</p>
            <p class="sr-only" aria-live="polite">{announcement}</p>
        }
    });
    // The element with its contents, or without any to attach them later.
    macro_rules! element {
        ($($contents:expr)?) => {
            view! {
                <figure class="chart-card" node_ref=card id=dom_id.clone() aria-labelledby=format!("{dom_id}-title")>
                    $({$contents})?
                </figure>
            }
            .into_any()
        };
    }
    match contents {
        Some(contents) => element!(contents),
        None => element!(),
    }
}

#[cfg(test)]
mod tests {
    use super::{key_target, width_to_draw, BUILD_WIDTH};

    #[test]
    fn a_chart_is_drawn_anew_near_the_view_or_when_too_wide_for_its_place() {
        // Near the view: at a new width, not at the same one (within a pixel).
        assert_eq!(
            width_to_draw(Some(342.0), None, BUILD_WIDTH, true),
            Some(342.0)
        );
        assert_eq!(width_to_draw(Some(342.0), Some(342.4), 342.4, true), None);
        assert_eq!(
            width_to_draw(Some(500.0), Some(342.0), 342.0, true),
            Some(500.0)
        );
        // Far from it: the build's narrower drawing waits; a wider one does not.
        assert_eq!(width_to_draw(Some(342.0), None, BUILD_WIDTH, false), None);
        assert_eq!(width_to_draw(Some(332.0), None, 342.0, false), Some(332.0));
        assert_eq!(width_to_draw(Some(500.0), Some(342.0), 342.0, false), None);
        // Narrower than the narrowest layout, the drawing is the same: no need.
        assert_eq!(width_to_draw(Some(228.0), None, BUILD_WIDTH, false), None);
        // Hidden, or not yet measured: the drawing stays.
        assert_eq!(width_to_draw(Some(0.0), Some(342.0), 342.0, true), None);
        assert_eq!(width_to_draw(None, None, BUILD_WIDTH, true), None);
    }

    #[test]
    fn arrow_keys_walk_every_point_and_stop_at_the_ends() {
        let mut at = None;
        let mut seen = Vec::new();
        for _ in 0..5 {
            at = key_target("ArrowRight", at, 3);
            seen.push(at.unwrap());
        }
        assert_eq!(seen, [0, 1, 2, 2, 2]);
        assert_eq!(key_target("ArrowLeft", Some(2), 3), Some(1));
        assert_eq!(key_target("ArrowUp", Some(0), 3), Some(0));
        assert_eq!(key_target("Home", Some(2), 3), Some(0));
        assert_eq!(key_target("End", None, 3), Some(2));
        assert_eq!(key_target("a", Some(1), 3), None);
        assert_eq!(key_target("ArrowRight", None, 0), None);
    }
}
