//! The embed view (`?embed=chart/<id>` or `?embed=section/<id>`): one chart or section
//! without the app's header and navigation, a source line linking back to the full
//! report, and the content's height reported to the embedding page.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::SOURCE_LANG;
use crate::load::LoadedReport;
use crate::location::{share_link, EmbedTarget};
use crate::ui::dom::observe_size;
use crate::ui::{
    provide_reader_state, provide_suspect_figures, use_lang, ChartCard, SectionView,
    TranslationNotice,
};

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

/// The date part (`2024-01-18`) of a publication time (`2024-01-18 18:08:22`).
pub fn published_date(published_at: &str) -> &str {
    published_at
        .split([' ', 'T'])
        .next()
        .unwrap_or(published_at)
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
    let content =
        match &target {
            EmbedTarget::Chart(id) => report.charts.iter().find(|c| &c.id == id).map(|spec| {
                view! { <ChartCard spec=spec.clone() report=report.clone()/> }.into_any()
            }),
            EmbedTarget::Section(id) => report
                .all_sections()
                .into_iter()
                .find(|s| &s.id == id)
                .map(|s| {
                    view! { <SectionView section=s.clone() depth=0 report=report.clone()/> }
                        .into_any()
                }),
        };
    let lang = use_lang();
    let t = move || lang.get().texts();
    let missing = content.is_none().then(|| {
        let (chart, id) = match &target {
            EmbedTarget::Chart(id) => (true, id.clone()),
            EmbedTarget::Section(id) => (false, id.clone()),
        };
        // A chart an earlier edition published and this one withdrew says why; an id
        // the report never had is an error of the embed code.
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
    });

    let page = crate::ui::use_page_address();
    let full_report = {
        let (report, target) = (crate::ui::expect_report_id(), target.clone());
        move || page.with(|page| share_link(page, &report, &target))
    };
    let meta = &report.meta;
    let (title, office) = (meta.title.clone(), meta.publishing_office.clone());
    let published = published_date(&meta.published_at).to_string();
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
            <footer class="embed-source">
                {move || t().source_colon}
                <a href=full_report target="_blank" rel="noopener" lang=SOURCE_LANG>{format!("《{title}》")}</a>
                " · "<span lang=SOURCE_LANG>{office}</span>
                {move || format!(" · {} {published}", t().published_colon)}
                <TranslationNotice/>
            </footer>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::published_date;

    #[test]
    fn the_source_line_shows_the_date_without_the_time() {
        assert_eq!(published_date("2024-01-18 18:08:22"), "2024-01-18");
        assert_eq!(published_date("2024-01-18T18:08:22"), "2024-01-18");
        assert_eq!(published_date("2024年1月18日"), "2024年1月18日");
    }
}
