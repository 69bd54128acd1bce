//! The bar at the top of the page, so that on a phone the first screen is the report:
//! the contents and the search open from it (a wide screen shows both in its side
//! column instead), read-aloud, and the reader's settings behind its one settings
//! control.

use leptos::ev;
use leptos::prelude::*;

use super::read_aloud::{ReadAloudPanel, SPEAKER_ICON};
use crate::i18n::Texts;
use crate::ui::dom::focus;
use crate::ui::preferences::use_lang;
use crate::ui::{use_preferences, ReaderSettings};

/// A panel the bar opens; one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Contents,
    Search,
    Listen,
    Settings,
}

impl Panel {
    /// The panel's element id, named by its button's `aria-controls`.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Contents => "report-contents",
            Panel::Search => "report-search",
            Panel::Listen => "read-aloud",
            Panel::Settings => "reader-settings",
        }
    }

    /// The value of the `data-open` attribute that shows the panel.
    pub fn key(self) -> &'static str {
        match self {
            Panel::Contents => "contents",
            Panel::Search => "search",
            Panel::Listen => "listen",
            Panel::Settings => "settings",
        }
    }

    fn button_id(self) -> String {
        format!("toolbar-{}", self.key())
    }

    /// What takes focus when the panel opens.
    fn first_control(self) -> &'static str {
        match self {
            Panel::Contents => "#report-contents a",
            Panel::Search => "#report-search-input",
            Panel::Listen => "#read-aloud button",
            Panel::Settings => "#reader-settings button",
        }
    }

    fn label(self, t: &Texts) -> &'static str {
        match self {
            Panel::Contents => t.contents,
            Panel::Search => t.search,
            Panel::Listen => t.listen,
            Panel::Settings => t.settings,
        }
    }

    /// A 20 × 20 line icon beside the button's text.
    fn icon(self) -> &'static str {
        match self {
            Panel::Contents => "M3 5h14M3 10h14M3 15h14",
            Panel::Search => "M8.5 3a5.5 5.5 0 1 1 0 11a5.5 5.5 0 0 1 0-11zM12.5 12.5L17 17",
            Panel::Listen => SPEAKER_ICON,
            Panel::Settings => "M3 6h8M15 6h2M3 14h2M9 14h8M13 4v4M7 12v4",
        }
    }
}

/// Which panel is open, shared by the bar and the side column it opens on phones.
#[derive(Debug, Clone, Copy)]
pub struct OpenPanel(pub RwSignal<Option<Panel>>);

impl OpenPanel {
    /// The side column's `data-open` value: which of its panels (contents or search)
    /// is open, if one is. The attribute is absent in the page the build writes, as the
    /// app starts with every panel closed.
    pub fn side_column_key(self) -> Option<&'static str> {
        self.0
            .get()
            .filter(|p| matches!(p, Panel::Contents | Panel::Search))
            .map(Panel::key)
    }

    /// Closes the open panel and gives focus back to the button that opened it.
    pub fn close(self) {
        if let Some(panel) = self.0.get_untracked() {
            self.0.set(None);
            if let Some(button) = document().get_element_by_id(&panel.button_id()) {
                focus(&button);
            }
        }
    }

    /// Escape closes the open panel, unless a control inside used it already (the
    /// search box clears its query first).
    pub fn on_escape(self, event: &ev::KeyboardEvent) {
        if event.key() == "Escape" && !event.default_prevented() {
            self.close();
        }
    }
}

pub fn provide_open_panel() -> OpenPanel {
    let open = OpenPanel(RwSignal::new(None));
    provide_context(open);
    open
}

pub fn use_open_panel() -> Option<OpenPanel> {
    use_context::<OpenPanel>()
}

/// The bar: contents and search (shown on phones only), read-aloud and settings, and
/// the read-aloud and settings panels, which open under the bar.
#[component]
pub fn ReaderToolbar(open: OpenPanel) -> impl IntoView {
    let lang = use_lang();
    let settings = use_preferences().map(|prefs| view! { <ReaderSettings prefs/> });
    // A tap or click elsewhere in the page closes the open panel, as menus do; inside
    // the bar, its panels and the side column it opens on phones, it does not.
    let outside = window_event_listener(ev::pointerdown, move |event| {
        if open.0.get_untracked().is_none() {
            return;
        }
        let inside = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest(".toolbar, .sidebar").ok().flatten())
            .is_some();
        if !inside {
            open.0.set(None);
        }
    });
    on_cleanup(move || outside.remove());
    view! {
        <div class="toolbar needs-app" on:keydown=move |ev| open.on_escape(&ev)>
            <nav class="toolbar-buttons" aria-label=move || lang.get().texts().page_tools>
                <PanelButton open panel=Panel::Contents/>
                <PanelButton open panel=Panel::Search/>
                <PanelButton open panel=Panel::Listen/>
                <PanelButton open panel=Panel::Settings/>
            </nav>
            <ToolbarPanel open panel=Panel::Listen>
                <ReadAloudPanel/>
            </ToolbarPanel>
            <ToolbarPanel open panel=Panel::Settings>
                {settings}
            </ToolbarPanel>
        </div>
    }
}

/// A panel that opens under the bar: a named region, so that it is found among the
/// page's landmarks; focusable itself for when it holds no control.
#[component]
fn ToolbarPanel(open: OpenPanel, panel: Panel, children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div
            id=panel.id()
            class=format!("toolbar-panel {}-panel", panel.key())
            role="region"
            aria-label=move || panel.label(lang.get().texts())
            tabindex="-1"
            data-open=move || (open.0.get() == Some(panel)).then_some(panel.key())
        >
            {children()}
        </div>
    }
}

/// A button that opens and closes one panel, and moves focus into it when it opens.
#[component]
fn PanelButton(open: OpenPanel, panel: Panel) -> impl IntoView {
    let lang = use_lang();
    let is_open = move || open.0.get() == Some(panel);
    let toggle = move |_| {
        if open.0.get_untracked() == Some(panel) {
            open.0.set(None);
            return;
        }
        open.0.set(Some(panel));
        // Into its first control, or the panel itself when it has none (read-aloud
        // where the browser cannot read: a note).
        request_animation_frame(move || {
            let first = document()
                .query_selector(panel.first_control())
                .ok()
                .flatten();
            if let Some(target) = first.or_else(|| document().get_element_by_id(panel.id())) {
                focus(&target);
            }
        });
    };
    view! {
        <button
            type="button"
            id=panel.button_id()
            class=format!("toolbar-button toolbar-{}", panel.key())
            aria-controls=panel.id()
            aria-expanded=move || is_open().to_string()
            on:click=toggle
        >
            <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <path d=panel.icon()/>
            </svg>
            <span>{move || panel.label(lang.get().texts())}</span>
        </button>
    }
}
