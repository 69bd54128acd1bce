//! The heading or paragraph being read, marked (`data-reading`) and kept in view
//! between the top bar and the player.

use leptos::prelude::*;

use crate::ui::dom::scroll_to_centre;

/// Takes the mark off the element `id`.
pub fn unmark(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.remove_attribute("data-reading");
    }
}

/// Marks the element `id` and brings it into view on the next frame (once its section
/// has opened), unless by then `still_read(id)` says the reading has moved on or
/// stopped.
pub fn mark_in_view(id: String, still_read: impl Fn(&str) -> bool + 'static) {
    request_animation_frame(move || {
        let Some(el) = document()
            .get_element_by_id(&id)
            .filter(|_| still_read(&id))
        else {
            return;
        };
        let _ = el.set_attribute("data-reading", "");
        bring_into_view(&el);
    });
}

/// Scrolls `el` into the part of the screen between the top bar and the player, if it
/// is not wholly there: centred, or its top first if it is taller than that part.
fn bring_into_view(el: &web_sys::Element) {
    let edge = |css: &str, bottom: bool| {
        document().query_selector(css).ok().flatten().map(|e| {
            let rect = e.get_bounding_client_rect();
            if bottom {
                rect.bottom()
            } else {
                rect.top()
            }
        })
    };
    let screen = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = edge(".toolbar", true).unwrap_or(0.0).max(0.0);
    let bottom = edge(".read-aloud-player", false)
        .unwrap_or(screen)
        .min(screen);
    let rect = el.get_bounding_client_rect();
    if rect.top() >= top && rect.bottom() <= bottom {
        return;
    }
    if rect.height() > bottom - top {
        el.scroll_into_view_with_bool(true);
    } else if let Some(id) = Some(el.id()).filter(|id| !id.is_empty()) {
        scroll_to_centre(&id);
    }
}
