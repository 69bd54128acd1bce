//! A chart's points as the reader meets them: the one that is active (pointed at,
//! tapped or chosen by key), and the link between a point and the sentence of the
//! report that states it, both ways.

use leptos::prelude::*;

use crate::charts::{ChartModel, Layout};
use crate::ui::dom::{focus, scroll_to_centre};
use crate::ui::{expect_reader_state, FocusOrigin, ReaderState};

/// The handles every interactive part of a chart shares.
#[derive(Clone, Copy)]
pub struct ChartPoints {
    pub model: StoredValue<ChartModel>,
    /// Where every point is drawn, for hit-testing and placing the tooltip.
    pub layout: Memo<Layout>,
    /// The point whose tooltip and highlight show, if any.
    pub active: RwSignal<Option<usize>>,
    reader: ReaderState,
}

impl ChartPoints {
    /// The points of `model`, laid out by `layout`, none active.
    pub fn new(model: StoredValue<ChartModel>, layout: Memo<Layout>) -> ChartPoints {
        ChartPoints {
            model,
            layout,
            active: RwSignal::new(None),
            reader: expect_reader_state(),
        }
    }

    /// How many points the chart has.
    pub fn count(self) -> usize {
        self.model.with_value(|m| m.points.len())
    }

    /// Makes point `i` the page's active figure and goes to the sentence stating it.
    pub fn show_in_text(self, i: usize) {
        let figure_id = self
            .model
            .with_value(|m| m.points.get(i).map(|p| p.figure_id.clone()));
        if let Some(id) = figure_id {
            self.reader.activate_figure(&id, FocusOrigin::Chart);
            go_to_sentence(&id);
        }
    }

    /// A figure activated in the text makes its point active here, with the drawing
    /// shown rather than the table.
    pub fn follow_the_text(self, show_table: RwSignal<bool>) {
        Effect::new(move |_| {
            let Some(focus) = self.reader.figure.get() else {
                return;
            };
            if focus.origin != FocusOrigin::Text {
                return;
            }
            let index = self
                .model
                .with_value(|m| m.points.iter().position(|p| p.figure_id == focus.figure_id));
            if let Some(i) = index {
                self.active.set(Some(i));
                show_table.set(false);
            }
        });
    }
}

/// Scrolls to the sentence that states `figure_id` and moves focus there.
fn go_to_sentence(figure_id: &str) {
    if let Some(el) = scroll_to_centre(&format!("fig-{figure_id}")) {
        focus(&el);
    }
}
