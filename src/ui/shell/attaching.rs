//! Attaching the app to the page the build wrote in short tasks rather than one long
//! one. Attaching (hydrating) walks every node of the page, and on a slow phone the
//! whole report takes a few hundred milliseconds: as one task, the page could not
//! answer a tap for that long. So the first task attaches the page's frame — the top
//! bar, the masthead, the side column, the key figures — with each section and chart
//! card as an empty shell, and their contents are attached in later tasks, in the
//! order of the page, each task stopping after [`SLICE_MS`].
//!
//! Until the last part is attached the page is exactly as the build wrote it: what
//! the app changes once it runs (the reader's stored settings, a search or section in
//! the address, the app being live) waits for [`on_attached`]. A key press, click or
//! input in that time first attaches every part left, at once, so the app answers it
//! with the whole page attached.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A task attaching parts stops taking new ones after this long (ms; page time, so on
/// a phone with a slow CPU too): well below the 50 ms from which a task is "long".
pub const SLICE_MS: f64 = 20.0;

/// The events that attach every part left at once, before the app's own handlers see
/// them (a capturing listener on the window).
const FINISH_ON: [&str; 6] = [
    "keydown",
    "click",
    "input",
    "change",
    "submit",
    "hashchange",
];

type Job = Box<dyn FnOnce()>;

thread_local! {
    /// Whether the app is attaching to the page the build wrote.
    static ATTACHING: Cell<bool> = const { Cell::new(false) };
    /// The parts left to attach, in the order of the page.
    static PARTS: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// Parts found while attaching the last part: they come next (they are inside it).
    static FOUND: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
    /// What waits for the whole page to be attached, in the order it was asked for.
    static AFTER: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
    /// Called once every part is attached (marks the page as ready).
    static DONE: RefCell<Option<Job>> = const { RefCell::new(None) };
    /// The capturing listeners of [`FINISH_ON`], removed once attached.
    static LISTENER: RefCell<Option<wasm_bindgen::closure::Closure<dyn FnMut()>>> =
        const { RefCell::new(None) };
}

/// Whether the app is attaching to the page the build wrote (never at build time, nor
/// when the browser builds a page itself).
pub fn attaching() -> bool {
    ATTACHING.with(Cell::get)
}

/// The children of the element `parent` refers to: `Some(children())`, or `None` while
/// the page is being attached, when they are left for a later task. The caller then
/// writes the element with no children at all, so that the element itself is attached
/// now, with its attributes and handlers, and its children, which the build wrote,
/// later. (A child of `()`, `None` or an empty `AnyView` would not do: each looks for a
/// placeholder comment, which the build's HTML has only where nothing was rendered.)
/// At build time, or when the browser builds the view, they are rendered at once, so
/// the page the build writes is whole.
pub fn attach_later<E, V>(parent: NodeRef<E>, children: impl FnOnce() -> V + 'static) -> Option<V>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
    V: IntoView + 'static,
{
    if !attaching() {
        return Some(children());
    }
    let owner = Owner::current();
    // The attached children live as long as the component that asked for them.
    let kept = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    FOUND.with(|found| {
        found.borrow_mut().push(Box::new(move || {
            let (Some(owner), Some(el)) = (owner, parent.get_untracked()) else {
                return;
            };
            let el: web_sys::Element = el.unchecked_into();
            let state = owner.with(|| hydrate_children(children().into_any(), &el));
            kept.set_value(state);
        }))
    });
    None
}

/// An ordered list whose items are attached later ([`attach_later`]): for the folded
/// lists of links, the contents and the chart overview.
pub fn list_attached_later<V: IntoView + 'static>(items: impl FnOnce() -> V + 'static) -> AnyView {
    let list = NodeRef::<leptos::html::Ol>::new();
    match attach_later(list, items) {
        Some(items) => view! { <ol node_ref=list>{items}</ol> }.into_any(),
        None => view! { <ol node_ref=list></ol> }.into_any(),
    }
}

#[cfg(target_arch = "wasm32")]
fn hydrate_children(view: AnyView, el: &web_sys::Element) -> Option<Box<dyn std::any::Any>> {
    use leptos::tachys::view::RenderHtml;
    Some(Box::new(view.hydrate_from::<true>(el)))
}

#[cfg(not(target_arch = "wasm32"))]
fn hydrate_children(_view: AnyView, _el: &web_sys::Element) -> Option<Box<dyn std::any::Any>> {
    unreachable!("nothing is attached to a page natively")
}

/// Runs `f` (under the current reactive owner, untracked) once the page is attached:
/// after the last part while attaching to the page the build wrote, or else as an
/// effect, right after the first render. Never at build time.
pub fn on_attached(f: impl FnOnce() + 'static) {
    let owner = Owner::current();
    let mut f = Some(f);
    Effect::new(move |_| {
        let Some(f) = f.take() else { return };
        let owner = owner.clone();
        let run = move || match owner {
            Some(owner) => owner.with(|| untrack(f)),
            None => untrack(f),
        };
        if attaching() {
            AFTER.with(|after| after.borrow_mut().push(Box::new(run)));
        } else {
            run();
        }
    });
}

/// Attaches the app to the page: `frame` attaches the page's frame at once (calling
/// `hydrate_from`), then each part left waits for a task of its own, and `done` runs
/// once all are attached and everything [`on_attached`] asked for has run.
pub fn attach_in_parts(frame: impl FnOnce(), done: impl FnOnce() + 'static) {
    // When attaching began, for the benchmark (scripts/bench).
    if let Some(performance) = window().performance() {
        let _ = performance.mark("app-attach");
    }
    ATTACHING.with(|a| a.set(true));
    mark_attaching(true);
    DONE.with(|d| *d.borrow_mut() = Some(Box::new(done)));
    frame();
    take_found();
    listen_for_input();
    schedule_slice();
}

/// Moves the parts found in the last part to the front of the queue, in order.
fn take_found() {
    let found = FOUND.with(|f| std::mem::take(&mut *f.borrow_mut()));
    PARTS.with(|parts| {
        let mut parts = parts.borrow_mut();
        for job in found.into_iter().rev() {
            parts.push_front(job);
        }
    });
}

fn next_part() -> Option<Job> {
    PARTS.with(|parts| parts.borrow_mut().pop_front())
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

fn schedule_slice() {
    set_timeout(run_slice, std::time::Duration::ZERO);
}

/// Attaches parts in the order of the page — the parts found inside a part right after
/// it — while `go_on()` says so; returns whether any part is left.
fn attach_parts_while(go_on: impl Fn() -> bool) -> bool {
    while go_on() {
        let Some(part) = next_part() else {
            return false;
        };
        part();
        take_found();
    }
    PARTS.with(|parts| !parts.borrow().is_empty())
}

/// Attaches parts until [`SLICE_MS`] have passed, then leaves the rest to a new task.
fn run_slice() {
    if !attaching() {
        return;
    }
    let start = now();
    if attach_parts_while(|| now() - start < SLICE_MS) {
        schedule_slice();
    } else {
        finish();
    }
}

/// Attaches every part left, now.
fn finish_now() {
    if !attaching() {
        return;
    }
    attach_parts_while(|| true);
    finish();
}

fn finish() {
    ATTACHING.with(|a| a.set(false));
    mark_attaching(false);
    stop_listening();
    let after = AFTER.with(|a| std::mem::take(&mut *a.borrow_mut()));
    for run in after {
        run();
    }
    if let Some(done) = DONE.with(|d| d.borrow_mut().take()) {
        done();
    }
}

/// `<html data-attaching>` while the app attaches to the page in parts (tests watch it).
fn mark_attaching(on: bool) {
    if let Some(html) = document().document_element() {
        let _ = html.toggle_attribute_with_force("data-attaching", on);
    }
}

fn listen_for_input() {
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(finish_now);
    for event in FINISH_ON {
        let _ = window().add_event_listener_with_callback_and_bool(
            event,
            listener.as_ref().unchecked_ref(),
            true,
        );
    }
    LISTENER.with(|l| *l.borrow_mut() = Some(listener));
}

fn stop_listening() {
    let Some(listener) = LISTENER.with(|l| l.borrow_mut().take()) else {
        return;
    };
    for event in FINISH_ON {
        let _ = window().remove_event_listener_with_callback_and_bool(
            event,
            listener.as_ref().unchecked_ref(),
            true,
        );
    }
    // Dropping the closure while it runs (from `finish_now`) would free it under the
    // browser's call: keep it; it is one small closure per page load.
    listener.forget();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn part(log: &Rc<RefCell<Vec<String>>>, name: &str, inside: Vec<Job>) -> Job {
        let (log, name) = (Rc::clone(log), name.to_string());
        Box::new(move || {
            log.borrow_mut().push(name);
            FOUND.with(|found| found.borrow_mut().extend(inside));
        })
    }

    #[test]
    fn parts_are_attached_in_the_order_of_the_page_and_a_slice_can_stop_between_them() {
        let log = Rc::new(RefCell::new(Vec::new()));
        // The frame finds two sections; the first holds a chart and a subsection,
        // which holds a chart of its own.
        let sub = part(&log, "s1-1", vec![part(&log, "chart b", vec![])]);
        let s1 = part(&log, "s1", vec![part(&log, "chart a", vec![]), sub]);
        FOUND.with(|found| found.borrow_mut().extend([s1, part(&log, "s2", vec![])]));
        take_found();

        // A slice that may attach two parts stops with parts left.
        let taken = Cell::new(0);
        let left = attach_parts_while(|| {
            taken.set(taken.get() + 1);
            taken.get() <= 2
        });
        assert!(left);
        assert_eq!(*log.borrow(), ["s1", "chart a"]);

        // The next attaches the rest, each part's own parts right after it.
        assert!(!attach_parts_while(|| true));
        assert_eq!(*log.borrow(), ["s1", "chart a", "s1-1", "chart b", "s2"]);
    }
}
