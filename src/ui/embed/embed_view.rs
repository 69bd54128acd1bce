//! The embed view (`?embed=chart/<id>` or `?embed=section/<id>`): one chart or section
//! without the app's header and navigation, a source line linking back to the full
//! report, and the content's height reported to the embedding page.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::embed_source::EmbedSource;
use crate::i18n::Lang;
use crate::load::LoadedReport;
use crate::location::EmbedTarget;
use crate::report::Report;
use crate::ui::dom::observe_size;
use crate::ui::{provide_reader_state, provide_suspect_figures, use_lang, ChartCard, SectionView};

/// The message type the host script (`embed.js`) listens for.
pub const HEIGHT_MESSAGE: &str = "law-report:height";

/// Posts the root's height to the parent page whenever it changes.
fn report_height(root: NodeRef<Div>, embed: String) {
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let parent = match window().parent() {
            Ok(Some(parent)) if parent != window() => parent,
            _ => return, // not in a frame
        };
        let embed = embed.clone();
        let post = move |height: f64| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"embed".into(), &embed.as_str().into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // The height is not secret; the host checks where the message came from.
            let _ = parent.post_message(&message, "*");
        };
        // The content box excludes padding; offsetHeight is what the iframe must show.
        let measured: web_sys::HtmlElement = el.clone().into();
        observe_size(&el, move |_, _| post(f64::from(measured.offset_height())));
    });
}

/// Present (as a context) inside an embedded chart or section. The excerpt lives in
/// the host's iframe, where the page's own `#` links (with the embed page's
/// `<base href="../../">`) would load the whole reader into the frame.
#[derive(Clone, Copy)]
pub struct Embedded;

/// Whether the component asking is inside an embedded excerpt.
pub fn is_embedded() -> bool {
    use_context::<Embedded>().is_some()
}

/// The chart or section `target` names, if the report has it.
fn excerpt(report: &Arc<Report>, target: &EmbedTarget) -> Option<AnyView> {
    match target {
        EmbedTarget::Chart(id) => {
            report.charts.iter().find(|c| &c.id == id).map(|spec| {
                view! { <ChartCard spec=spec.clone() report=report.clone()/> }.into_any()
            })
        }
        EmbedTarget::Section(id) => {
            report
                .all_sections()
                .into_iter()
                .find(|s| &s.id == id)
                .map(|s| {
                    view! { <SectionView section=s.clone() depth=0 report=report.clone()/> }
                        .into_any()
                })
        }
    }
}

/// Why `target` shows nothing: a chart an earlier edition published and this one
/// withdrew says why; an id the report never had is an error of the embed code.
fn missing(report: &Report, target: &EmbedTarget, lang: Signal<Lang>) -> AnyView {
    let (chart, id) = match target {
        EmbedTarget::Chart(id) => (true, id.clone()),
        EmbedTarget::Section(id) => (false, id.clone()),
    };
    match report.withdrawn_chart(&id).filter(|_| chart) {
        Some(withdrawn) => {
            let reason = withdrawn.reason.clone();
            view! {
                <p class="chart-error">{move || {
                    let lang = lang.get();
                    lang.chart_withdrawn(reason.get(lang))
                }}</p>
            }
            .into_any()
        }
        None => view! {
            <p class="chart-error" role="alert">{move || lang.get().embed_missing(chart, &id)}</p>
        }
        .into_any(),
    }
}

/// One chart or section of the report, for embedding in another site.
#[component]
pub fn EmbedView(loaded: Arc<LoadedReport>, target: EmbedTarget) -> impl IntoView {
    provide_context(Embedded);
    crate::ui::provide_live();
    provide_reader_state();
    provide_suspect_figures(loaded.suspect.clone());
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("embed");
        }
    });
    let report = loaded.report.clone();
    let content = excerpt(&report, &target);
    let lang = use_lang();
    let missing = content.is_none().then(|| missing(&report, &target, lang));
    let title = report.meta.title.clone();
    let root = NodeRef::<Div>::new();
    report_height(root, target.param());

    view! {
        <div class="embed-root" node_ref=root>
            <main aria-label={
                let title = title.clone();
                move || lang.get().excerpt_of(&title)
            }>
                <h1 class="sr-only">{
                    let title = title.clone();
                    move || lang.get().excerpt_of(&title)
                }</h1>
                {content}
                {missing}
            </main>
            <EmbedSource report target/>
        </div>
    }
}
