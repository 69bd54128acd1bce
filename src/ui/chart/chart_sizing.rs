//! How wide a chart is drawn: at build time, before its container has been measured,
//! and as its container's width changes while it is near the view.

use leptos::html::Div;
use leptos::prelude::*;

use crate::charts::layout::{within, MIN_WIDTH};
use crate::ui::dom::{observe_nearness, observe_size, ON_SERVER};

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
        .map_or(360.0, |w| within(w - 48.0, MIN_WIDTH, 720.0))
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

/// A chart's width. At build time a chart is drawn at `BUILD_WIDTH`, and a chart
/// attached to that drawing keeps it until the size observer reports; a chart built in
/// the browser is drawn at once, at an estimate of its width, so that it is never
/// blank.
#[derive(Clone, Copy)]
pub struct ChartSize {
    /// Whether the chart starts from the drawing made at build time.
    from_build: bool,
    /// The container's measured width; none until the size observer has reported it.
    measured: RwSignal<Option<f64>>,
}

impl ChartSize {
    /// The size of a chart being rendered now, not yet measured.
    pub fn new() -> ChartSize {
        ChartSize {
            from_build: ON_SERVER || crate::ui::attaching(),
            measured: RwSignal::new(None),
        }
    }

    /// The width of the drawing until the chart is measured: the build's, or the
    /// estimate's, so that a tap on a drawing not yet re-drawn finds its points.
    fn unmeasured(self) -> f64 {
        if self.from_build {
            BUILD_WIDTH
        } else {
            initial_width()
        }
    }

    /// The width to lay the chart out at (tracked).
    pub fn width(self) -> f64 {
        self.measured.get().unwrap_or_else(|| self.unmeasured())
    }

    /// Whether the chart still shows the drawing made at build time (tracked).
    pub fn shows_build_drawing(self) -> bool {
        self.from_build && self.measured.with(Option::is_none)
    }

    /// Follows the width of `canvas` while the chart is near the screen. Far from it
    /// the chart keeps the drawing it has (the build's, legible at any width) and is
    /// drawn at its width as the reader scrolls towards it: a page of many charts does
    /// not draw them all at once when the app starts, nor on every resize. A drawing
    /// wider than its container is drawn anew at once, near or not: the page shrinks it
    /// to fit, and it would grow taller again when re-drawn. Printing draws every chart.
    pub fn follow(self, canvas: NodeRef<Div>) {
        let measured = self.measured;
        Effect::new(move |_| {
            let Some(el) = canvas.get() else { return };
            // The width last reported, and whether the chart is near the screen.
            let reported = StoredValue::new(None::<f64>);
            let near = StoredValue::new(true);
            let draw_at_width = move || {
                let drawn = measured.get_untracked();
                let drawn_at = drawn.unwrap_or_else(|| self.unmeasured());
                if let Some(w) =
                    width_to_draw(reported.get_value(), drawn, drawn_at, near.get_value())
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
    }
}

#[cfg(test)]
mod tests {
    use super::{width_to_draw, BUILD_WIDTH};

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
}
