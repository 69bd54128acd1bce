//! The button that reads one section aloud.

use leptos::prelude::*;

use super::state::use_read_aloud;
use super::voice::Voice;
use crate::report::Section;
use crate::ui::use_lang;

/// A 20 × 20 line icon of a speaker, for the read-aloud controls.
pub const SPEAKER_ICON: &str =
    "M3 8h3l4-3.5v11L6 12H3zM13 7.5a3.5 3.5 0 0 1 0 5M15.5 5a7 7 0 0 1 0 10";

/// "Read this section aloud", offered only where there is a voice to read with.
#[component]
pub fn ReadSectionButton(section: Section) -> impl IntoView {
    let lang = use_lang();
    let read_aloud = use_read_aloud();
    let section = StoredValue::new(section);
    move || {
        let read_aloud = read_aloud?;
        matches!(read_aloud.voice.get(), Voice::Ready(_)).then(|| {
            let heading = section.with_value(|s| s.heading().unwrap_or_default());
            view! {
                <button
                    type="button"
                    class="read-section"
                    aria-label=move || lang.get().read_section(&heading)
                    on:click=move |_| section.with_value(|s| read_aloud.read_section(s))
                >
                    <svg class="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
                        <path d=SPEAKER_ICON/>
                    </svg>
                    {move || lang.get().texts().read_section}
                </button>
            }
        })
    }
}
