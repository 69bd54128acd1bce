//! One chart's figure: the state its parts share (its size, layout, drawing and active
//! point), and the parts in the order of the card, attached in a task of their own.

use leptos::html::{Div, Figure};
use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chart_caption::ChartCaption;
use super::chart_drawing::{draw, lay_out};
use super::chart_pointer::hide_on_pointer_outside;
use super::chart_points::ChartPoints;
use super::chart_sizing::ChartSize;
use super::chart_table::ChartTable;
use super::chart_toolbar::ChartToolbar;
use crate::charts::ChartModel;
use crate::location::EmbedTarget;
use crate::report::Bilingual;
use crate::ui::SharePanel;

/// A chart whose data are whole, as a `<figure>`.
#[component]
pub fn ChartFigure(
    model: ChartModel,
    /// The name of its iframe when embedded (`embed_frame_title`), per language.
    frame_title: Bilingual,
) -> impl IntoView {
    let dom_id = format!("chart-{}", model.id);
    let summary_id = format!("{dom_id}-summary");
    let title = model.title.clone();
    let summary = model.summary();
    let model = StoredValue::new(model);

    let size = ChartSize::new();
    let show_table = RwSignal::new(false);
    let layout = lay_out(model, size);
    let svg = draw(model, layout, size);
    let canvas = NodeRef::<Div>::new();
    size.follow(canvas);
    let points = ChartPoints::new(model, layout);
    points.follow_the_text(show_table);
    hide_on_pointer_outside(canvas, points.active);
    let announcement = move || {
        points
            .active
            .get()
            .and_then(|i| model.with_value(|m| m.announcement(i)))
            .unwrap_or_default()
    };
    let file_stem = model.with_value(|m| m.id.clone());

    // The card's contents are attached in a task of their own (see `attaching`).
    let card = NodeRef::<Figure>::new();
    let title_id = format!("{dom_id}-title");
    let contents = crate::ui::attach_later(card, move || {
        view! {
            <ChartCaption model title_id/>
            <ChartCanvas canvas points size svg show_table title=title.clone()
                summary_id=summary_id.clone()/>
            <div class="chart-table-wrap" hidden=move || !show_table.get()><ChartTable model/></div>
            // The actions follow the drawing, in one row: the drawing comes first and
            // stays the tallest part of the card on a phone.
            <div class="chart-actions">
                <ChartToolbar model size show_table/>
                <SharePanel target=EmbedTarget::Chart(file_stem) title frame_title/>
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
