//! The reader's display preferences — theme, elderly mode and interface language —
//! kept in local storage, applied as attributes on `<html>` (no inline styles), and
//! shared through context. `?lang=en` in the address chooses the language for that
//! page (for embeds on English pages) without changing what is stored.
//! `<html data-theme>` always names the theme actually shown, so the stylesheet needs
//! one rule set per theme; "follow the system" is resolved here.

use leptos::prelude::*;

use crate::charts::Palette;
use crate::i18n::Lang;

/// The colour theme the reader chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's light or dark setting.
    System,
    Light,
    Dark,
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    /// The value stored and written to `<html data-theme>`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "contrast",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.texts();
        match self {
            Theme::System => t.theme_system,
            Theme::Light => t.theme_light,
            Theme::Dark => t.theme_dark,
            Theme::HighContrast => t.theme_contrast,
        }
    }

    /// The theme actually shown, given whether the system prefers dark.
    pub fn effective(self, system_dark: bool) -> Theme {
        match self {
            Theme::System if system_dark => Theme::Dark,
            Theme::System => Theme::Light,
            other => other,
        }
    }

    /// Chart colours for the theme actually shown.
    pub fn palette(self) -> Palette {
        match self {
            Theme::Dark => Palette::DARK,
            Theme::HighContrast => Palette::HIGH_CONTRAST,
            Theme::System | Theme::Light => Palette::LIGHT,
        }
    }
}

/// Chart text size in CSS pixels, normal and in elderly mode.
pub fn chart_text_px(elderly: bool) -> f64 {
    if elderly {
        18.0
    } else {
        13.0
    }
}

const THEME_KEY: &str = "law-report.theme";
const ELDERLY_KEY: &str = "law-report.elderly";
const LANG_KEY: &str = "law-report.lang";

pub(crate) fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// App-wide display preferences.
#[derive(Debug, Clone, Copy)]
pub struct Preferences {
    pub theme: RwSignal<Theme>,
    pub elderly: RwSignal<bool>,
    pub lang: RwSignal<Lang>,
    system_dark: RwSignal<bool>,
}

impl Preferences {
    /// The theme actually shown.
    pub fn effective_theme(&self) -> Theme {
        self.theme.get().effective(self.system_dark.get())
    }

    pub fn palette(&self) -> Palette {
        self.effective_theme().palette()
    }

    pub fn chart_text_px(&self) -> f64 {
        chart_text_px(self.elderly.get())
    }
}

/// Provides the preferences, applies them to `<html>`, stores every change, and
/// follows the system's dark setting. They start as the defaults the page is written
/// with at build time (Chinese, the system's theme, normal text), so that the first
/// render matches that page; the reader's stored choices and the address's `?lang=`
/// are read once the page is live (public/prefs.js has already applied the theme and
/// text size to `<html>` before the first paint).
pub fn provide_preferences() -> Preferences {
    let prefs = Preferences {
        theme: RwSignal::new(Theme::System),
        elderly: RwSignal::new(false),
        lang: RwSignal::new(Lang::default()),
        system_dark: RwSignal::new(false),
    };
    let lang_in_address = StoredValue::new(None::<Lang>);
    // Read and applied once the page is attached: until then it stays as the build
    // wrote it, and prefs.js has already applied the theme and text size to <html>.
    crate::ui::on_attached(move || {
        read_browser_preferences(prefs, lang_in_address);
        Effect::new(move |_| {
            let theme = prefs.theme.get();
            let shown = prefs.effective_theme();
            let elderly = prefs.elderly.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-theme", shown.key());
                let _ = root.class_list().toggle_with_force("elderly", elderly);
            }
            if let Some(storage) = storage() {
                let _ = storage.set_item(THEME_KEY, theme.key());
                let _ = storage.set_item(ELDERLY_KEY, if elderly { "on" } else { "off" });
            }
        });
        // The address's `?lang=` applies to this page only; a choice made here is stored.
        Effect::new(move |previous: Option<()>| {
            let lang = prefs.lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            let chosen_here = previous.is_some() || lang_in_address.get_value().is_none();
            if let (true, Some(storage)) = (chosen_here, storage()) {
                let _ = storage.set_item(LANG_KEY, lang.key());
            }
        });
    });
    provide_context(prefs);
    prefs
}

/// Sets `prefs` to the reader's stored choices, the address's language and the
/// system's dark setting, and follows changes of the latter.
fn read_browser_preferences(prefs: Preferences, lang_in_address: StoredValue<Option<Lang>>) {
    let stored = |key: &str| storage().and_then(|s| s.get_item(key).ok().flatten());
    let from_address = crate::address::Address::current().lang;
    lang_in_address.set_value(from_address);
    if let Some(theme) = stored(THEME_KEY).and_then(|k| Theme::from_key(&k)) {
        prefs.theme.set(theme);
    }
    prefs
        .elderly
        .set(stored(ELDERLY_KEY).as_deref() == Some("on"));
    if let Some(lang) = from_address.or_else(|| stored(LANG_KEY).and_then(|k| Lang::from_key(&k))) {
        prefs.lang.set(lang);
    }
    prefs.system_dark.set(system_prefers_dark());
    if let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") {
        let on_change = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            prefs.system_dark.set(system_prefers_dark());
        });
        let _ = query.add_event_listener_with_callback(
            "change",
            wasm_bindgen::JsCast::unchecked_ref(on_change.as_ref()),
        );
        on_change.forget();
    }
}

/// The preferences; defaults when none were provided (e.g. in isolation).
pub fn use_preferences() -> Option<Preferences> {
    use_context::<Preferences>()
}

/// The interface language, reactive; Chinese when no preferences were provided.
pub fn use_lang() -> Signal<Lang> {
    match use_preferences() {
        Some(prefs) => prefs.lang.into(),
        None => Signal::stored(Lang::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_keys_round_trip_and_unknown_keys_are_refused() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_key(theme.key()), Some(theme));
        }
        assert_eq!(Theme::from_key("neon"), None);
    }

    #[test]
    fn the_system_theme_follows_the_system_and_chosen_themes_do_not() {
        assert_eq!(Theme::System.effective(true), Theme::Dark);
        assert_eq!(Theme::System.effective(false), Theme::Light);
        assert_eq!(Theme::Light.effective(true), Theme::Light);
        assert_eq!(Theme::HighContrast.effective(false), Theme::HighContrast);
        assert_ne!(Theme::Dark.palette(), Theme::Light.palette());
    }

    #[test]
    fn elderly_mode_draws_chart_text_at_least_18_pixels() {
        assert!(chart_text_px(true) >= 18.0);
        assert!(chart_text_px(false) < chart_text_px(true));
    }
}
