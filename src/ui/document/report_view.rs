//! The loaded report: masthead, contents, key figures, every section, sign-off; and
//! the deep-link behaviour that opens and scrolls to a linked section.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::load::LoadedReport;
use crate::location::target_from_hash;
use crate::report::{Bilingual, Report};
use crate::ui::{
    provide_open_panel, provide_read_aloud, provide_reader_state, provide_search_state,
    provide_suspect_figures, use_lang, ChartsOverview, DataProblems, KeyFigures, OpenPanel,
    ReadAloudPlayer, ReaderState, ReaderToolbar, ReportHeader, ReportSwitch, ReportText, SearchBox,
    TableOfContents,
};

/// Keeps the tab's title in the interface language `lang`: `title_en` in English;
/// in Chinese, the page's own title, read in the browser the first time the effect runs.
fn title_tab_in(title_en: String, lang: Signal<crate::i18n::Lang>) {
    let title_zh = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let zh = title_zh.get_value().unwrap_or_else(|| {
            let own = document().title();
            title_zh.set_value(Some(own.clone()));
            own
        });
        let titles = Bilingual {
            zh,
            en: title_en.clone(),
        };
        document().set_title(titles.get(lang.get()));
    });
}

/// Shows a loaded report and keeps the page in step with the address hash.
#[component]
pub fn ReportView(loaded: Arc<LoadedReport>) -> impl IntoView {
    crate::ui::provide_live();
    let state = provide_reader_state();
    let panel = provide_open_panel();
    provide_read_aloud(loaded.report.clone(), state);
    let lang = use_lang();
    let t = move || lang.get().texts();
    provide_suspect_figures(loaded.suspect.clone());
    let report = loaded.report.clone();

    follow_hash(state, report.clone());
    let search = provide_search_state(report.clone());

    let key_figures = report
        .key_figures
        .iter()
        .filter_map(|id| report.figure(id).cloned())
        .collect::<Vec<_>>();
    let all_ids = report
        .all_sections()
        .iter()
        .filter(|s| s.title.is_some())
        .map(|s| s.id.clone())
        .collect::<Vec<_>>();
    let collapse_all = move |_| state.collapsed.set(all_ids.iter().cloned().collect());
    let expand_all = move |_| state.collapsed.set(Default::default());

    title_tab_in(report.meta.title_en.clone(), lang);

    view! {
        <a class="skip-link" href="#main">{move || t().skip_link}</a>
        <ReaderToolbar open=panel/>
        <ReportHeader meta=report.meta.clone()/>
        <ReportSwitch/>
        <DataProblems problems=loaded.problems.clone()/>
        <div class="layout">
            <aside
                class="sidebar"
                aria-label=move || t().navigation_and_search
                data-open=move || panel.side_column_key()
                on:keydown=move |ev| panel.on_escape(&ev)
                on:click=move |ev| close_after_link(panel, &ev)
            >
                <SearchBox search report=report.clone()/>
                <TableOfContents sections=report.sections.clone()/>
                <div class="section-controls needs-app">
                    <button type="button" class="button" on:click=expand_all>{move || t().expand_all}</button>
                    <button type="button" class="button" on:click=collapse_all>{move || t().collapse_all}</button>
                </div>
            </aside>
            <main id="main" class="report-body" tabindex="-1" aria-labelledby="report-title">
                <KeyFigures figures=key_figures year=report.meta.year/>
                <ChartsOverview report=report.clone()/>
                <ReportText report=report.clone()/>
            </main>
        </div>
        <ReadAloudPlayer/>
    }
}

/// On a phone the contents are a panel over the page: following one of its links
/// closes it, so that the section it opens is in view.
fn close_after_link(panel: OpenPanel, event: &ev::MouseEvent) {
    let on_link = event
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
        .is_some();
    if on_link {
        panel.0.set(None);
    }
}

/// How many times (100 ms apart) a link's target is looked at again until the charts
/// are drawn.
const SCROLL_TRIES: u32 = 100;

/// Whether every chart on the page has its code and its drawing: until then charts
/// above a link's target can still change height and move it.
fn charts_settled() -> bool {
    let count = |css: &str| {
        document()
            .query_selector_all(css)
            .map_or(0, |list| list.length())
    };
    count(".chart-canvas") == count(".chart-canvas svg")
}

/// Scrolls to the element `id` at once, and again once the charts are drawn: charts
/// drawn above it move it down, and only some browsers keep the view anchored to it
/// (Safari, and so every browser on an iPhone, does not). Looks every 100 ms at most
/// `tries` times, and only while the address still names the target.
fn scroll_when_present(state: ReaderState, id: String, tries: u32, scrolled: bool) {
    if state
        .target
        .with_untracked(|t| t.as_deref() != Some(id.as_str()))
    {
        return;
    }
    let el = document().get_element_by_id(&id);
    let settled = charts_settled();
    if let Some(el) = &el {
        if settled || !scrolled {
            el.scroll_into_view();
        }
    }
    if (!settled || el.is_none()) && tries > 0 {
        let scrolled = scrolled || el.is_some();
        set_timeout(
            move || scroll_when_present(state, id, tries - 1, scrolled),
            std::time::Duration::from_millis(100),
        );
    }
}

/// Opens and scrolls to whatever the hash names, once the page is live and on every
/// hash change (links, back and forward).
fn follow_hash(state: ReaderState, report: Arc<Report>) {
    let go_to = move |hash: String| {
        let Some(id) = target_from_hash(&hash) else {
            state.target.set(None);
            return;
        };
        let path = report.section_path(&id);
        if path.is_empty() {
            return;
        }
        state.expand_path(&path);
        state.target.set(Some(id.clone()));
        request_animation_frame(move || scroll_when_present(state, id, SCROLL_TRIES, false));
    };
    let current_hash = || window().location().hash().unwrap_or_default();
    // In the browser only, once the whole page has been attached.
    crate::ui::on_attached(move || {
        go_to(current_hash());
        let handle = window_event_listener(ev::hashchange, move |_| go_to(current_hash()));
        on_cleanup(move || handle.remove());
    });
}
