//! Starting the app in the browser: attaching it to the page the build wrote, or
//! building the page when the address asks for another one.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::address::{current_search, Address};
use crate::load::{ChosenReport, Timing};
use crate::location::EmbedTarget;
use crate::{
    attaches_to, App, AttachStatus, EmbedPage, Prerendered, ReportPage, EMBED_ATTR,
    FINGERPRINT_ATTR, MOUNT_ID, PRERENDERED_ATTR, READY_ATTR,
};

fn app_root() -> web_sys::HtmlElement {
    document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("index.html has no element with id `{MOUNT_ID}`"))
}

fn prerendered_in(root: &web_sys::Element) -> Option<Prerendered> {
    let report = root.get_attribute(PRERENDERED_ATTR)?;
    let embed = root
        .get_attribute(EMBED_ATTR)
        .and_then(|e| EmbedTarget::from_param(&e));
    let fingerprint = root.get_attribute(FINGERPRINT_ATTR).unwrap_or_default();
    Some(Prerendered {
        report,
        embed,
        fingerprint,
    })
}

/// Starts the app: attaches it to the page the build wrote when that is the page the
/// address asks for, or else builds the page in the browser.
pub fn start() {
    // Leptos starts its task executor when it mounts; fetching comes first here.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = app_root();
    let address = Address::parse(&current_search());
    match prerendered_in(&root) {
        Some(page) if attaches_to(&page, &address) => wait_to_attach(root, page, &address),
        _ => mount(root, None, None),
    }
}

/// The id of the place above the page where fetching its report is reported.
const STATUS_ID: &str = "app-status";

/// Fetches the report the page holds (public/boot.js preloads it), saying above the page
/// if that is slow or fails, then attaches the app to the page.
fn wait_to_attach(root: web_sys::HtmlElement, page: Prerendered, address: &Address) {
    let Some(place) = document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    place.set_id(STATUS_ID);
    let _ = root.before_with_node_1(&place);
    let (report, timing) = (page.report.clone(), Timing::from_address(address));
    let target = send_wrapper::SendWrapper::new(std::cell::RefCell::new(Some((root, page))));
    let on_loaded = Callback::new(move |chosen: Arc<ChosenReport>| {
        if let Some((root, page)) = target.borrow_mut().take() {
            // A task of its own: parsing the report and attaching to the page are two
            // shorter tasks rather than one long one, so the page can answer between.
            let root = send_wrapper::SendWrapper::new(root);
            spawn_local(async move {
                gloo_timers::future::sleep(std::time::Duration::ZERO).await;
                attach(root.take(), page, chosen);
            });
        }
    });
    leptos::mount::mount_to(place, move || {
        view! { <AttachStatus report=report.clone() timing on_loaded/> }
    })
    .forget();
}

/// Attaches the app to the page the build wrote, with its report: the first render
/// finds every node already there. A report or catalog changed since the page was
/// built would not match its HTML: then the app builds the page anew, from the report
/// already fetched, or from the newest one when the catalog has a newer report.
fn attach(root: web_sys::HtmlElement, page: Prerendered, chosen: Arc<ChosenReport>) {
    if chosen.fingerprint != page.fingerprint {
        // An address that names no report asks for the newest, which may now be another.
        let newer = Address::current().report.is_none()
            && chosen
                .catalog
                .newest()
                .is_some_and(|newest| newest.id != chosen.entry.id);
        return mount(root, (!newer).then_some(chosen), page.embed);
    }
    // The page's frame now; its sections and charts in short tasks after it.
    let frame = move || match page.embed {
        Some(target) => {
            leptos::mount::hydrate_from(root, move || view! { <EmbedPage chosen target/> }).forget()
        }
        None => leptos::mount::hydrate_from(root, move || view! { <ReportPage chosen/> }).forget(),
    };
    crate::ui::attach_in_parts(frame, mark_ready);
}

/// Marks the page as live (`<html data-ready>`) once the effects that attaching (or
/// building) the page created have run for the first time: they were queued first.
pub fn mark_ready() {
    spawn_local(async {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(READY_ATTR, "");
        }
    });
}

/// Builds the page in the browser, in place of what the build wrote into `root`
/// (with `initial`, a report already fetched; with `embed`, the embed page's chart or
/// section).
fn mount(
    root: web_sys::HtmlElement,
    initial: Option<Arc<ChosenReport>>,
    embed: Option<EmbedTarget>,
) {
    root.set_text_content(None);
    let _ = root.remove_attribute(PRERENDERED_ATTR);
    let _ = root.remove_attribute(EMBED_ATTR);
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-report");
    }
    leptos::mount::mount_to(root, move || {
        view! { <App initial=initial.clone() embed=embed.clone()/> }
    })
    .forget();
    mark_ready();
}
