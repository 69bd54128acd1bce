//! Small pieces of browser glue shared by several components: scrolling an element to
//! the middle of the screen, moving focus to an element, following an element's size
//! and whether it is near the screen, and timing work for the benchmark.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls the element with `id` to the vertical centre of the viewport and returns it.
pub fn scroll_to_centre(id: &str) -> Option<web_sys::Element> {
    let el = leptos::prelude::document().get_element_by_id(id)?;
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    Some(el)
}

/// Moves keyboard focus to `el`, when it is an HTML element (it needs a `tabindex` if it
/// is not focusable by itself).
pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Calls `on_size(width, height)` with `el`'s content-box size now and whenever it
/// changes, until the reactive owner it was called under is cleaned up (the
/// component is removed, or the effect runs again), when the observer disconnects.
pub fn observe_size(el: &web_sys::Element, mut on_size: impl FnMut(f64, f64) + 'static) {
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            on_size(rect.width(), rect.height());
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(el);
    disconnect_on_cleanup(observer, on_resize, web_sys::ResizeObserver::disconnect);
}

/// Keeps `observer` and the closure it calls alive until the current reactive owner
/// is cleaned up, then disconnects it.
fn disconnect_on_cleanup<O: 'static, C: 'static>(observer: O, calls: C, disconnect: fn(&O)) {
    // Browser objects are not Send; the app is single-threaded, so this never moves.
    let alive = send_wrapper::SendWrapper::new((observer, calls));
    leptos::prelude::on_cleanup(move || {
        let (observer, _calls) = alive.take();
        disconnect(&observer);
    });
}

/// How far from the viewport an element counts as near it ([`observe_nearness`]): one
/// screen's height above and below, so that what a reader scrolls to is ready first.
const NEAR_MARGIN: &str = "100% 0px 100% 0px";

/// Calls `on_change(near)` with whether `el` is within a screen's height of the
/// viewport, now and whenever that changes, until the reactive owner it was called
/// under is cleaned up. Returns `false` in a browser without `IntersectionObserver`,
/// which never calls it.
pub fn observe_nearness(el: &web_sys::Element, mut on_change: impl FnMut(bool) + 'static) -> bool {
    let observed = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Entries come oldest first; the last says where the element is now.
        let last = entries.length().checked_sub(1).map(|i| entries.get(i));
        if let Some(Ok(entry)) = last.map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>()) {
            on_change(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(NEAR_MARGIN);
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        observed.as_ref().unchecked_ref(),
        &options,
    ) else {
        return false;
    };
    observer.observe(el);
    disconnect_on_cleanup(
        observer,
        observed,
        web_sys::IntersectionObserver::disconnect,
    );
    true
}

/// Whether the components are being rendered to HTML natively, at build time
/// (src/bin/prerender.rs), where there is no window, document or storage. A
/// component's first render must not depend on the browser, so that the HTML written
/// at build time is what the browser's first render expects to find (hydration);
/// browser values are applied afterwards, in effects, which run only in the browser.
pub const ON_SERVER: bool = cfg!(not(target_arch = "wasm32"));
