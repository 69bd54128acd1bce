//! Pointer and touch on a chart. A mouse or pen shows the tooltip of the point under
//! it, and a click goes to the point's sentence; a tap shows a point's tooltip and a
//! second tap on it hides it; a tap or click outside the chart hides it too.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::chart_points::ChartPoints;

/// The point active after a tap on `hit` (the point under the finger, if any) while
/// `active` was: the tapped point, or none when it was already active.
pub fn after_tap(active: Option<usize>, hit: Option<usize>) -> Option<usize> {
    if active == hit {
        None
    } else {
        hit
    }
}

/// A tap or click outside the chart's `canvas` hides its tooltip.
pub fn hide_on_pointer_outside(canvas: NodeRef<Div>, active: RwSignal<Option<usize>>) {
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
}

/// The point under the pointer of `ev`, if any.
fn point_at(canvas: NodeRef<Div>, points: ChartPoints, ev: &ev::PointerEvent) -> Option<usize> {
    let el = canvas.get_untracked()?;
    let rect = el.get_bounding_client_rect();
    let (x, y) = (
        f64::from(ev.client_x()) - rect.left(),
        f64::from(ev.client_y()) - rect.top(),
    );
    points.layout.with_untracked(|l| l.hit(x, y))
}

/// A mouse or pen moving over the chart shows the tooltip of the point under it.
pub fn on_pointer_move(
    canvas: NodeRef<Div>,
    points: ChartPoints,
) -> impl FnMut(ev::PointerEvent) + 'static {
    move |ev| {
        if ev.pointer_type() != "touch" {
            points.active.set(point_at(canvas, points, &ev));
        }
    }
}

/// A mouse or pen leaving the chart hides the tooltip.
pub fn on_pointer_leave(points: ChartPoints) -> impl FnMut(ev::PointerEvent) + 'static {
    move |ev| {
        if ev.pointer_type() != "touch" {
            points.active.set(None);
        }
    }
}

/// A tap shows or hides a point's tooltip; a click goes to the point's sentence.
pub fn on_pointer_up(
    canvas: NodeRef<Div>,
    points: ChartPoints,
) -> impl FnMut(ev::PointerEvent) + 'static {
    move |ev| {
        let hit = point_at(canvas, points, &ev);
        if ev.pointer_type() == "touch" {
            points.active.update(|a| *a = after_tap(*a, hit));
        } else if let Some(i) = hit {
            points.show_in_text(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::after_tap;

    #[test]
    fn a_second_tap_on_a_point_hides_its_tooltip_and_a_tap_elsewhere_moves_it() {
        assert_eq!(after_tap(None, Some(2)), Some(2));
        assert_eq!(after_tap(Some(2), Some(2)), None);
        assert_eq!(after_tap(Some(2), Some(0)), Some(0));
        // A tap on no point hides the tooltip; with none shown, nothing changes.
        assert_eq!(after_tap(Some(2), None), None);
        assert_eq!(after_tap(None, None), None);
    }
}
