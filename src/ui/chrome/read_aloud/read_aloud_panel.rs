//! The panel the top bar's read-aloud button opens.

use leptos::prelude::*;

use super::speed_choice::SpeedChoice;
use super::state::use_read_aloud;
use super::voice::Voice;
use crate::ui::use_lang;

/// The panel the top bar's read-aloud button opens: read the whole report and the
/// speed, or why this browser cannot read aloud.
#[component]
pub fn ReadAloudPanel() -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let read_aloud = use_read_aloud();
    let panel = crate::ui::use_open_panel();
    // Reading starts with the panel closed, so that what is read is in view, and focus
    // on the player's pause button.
    let start_reading = move |_| {
        let Some(read_aloud) = read_aloud else { return };
        read_aloud.read_report();
        if let Some(panel) = panel {
            panel.0.set(None);
        }
        request_animation_frame(|| {
            if let Ok(Some(pause)) = document().query_selector(".player-pause") {
                crate::ui::dom::focus(&pause);
            }
        });
    };
    move || {
        let read_aloud = read_aloud?;
        Some(match read_aloud.voice.get() {
            Voice::Ready(_) => view! {
                <p class="read-aloud-about">{move || t().read_aloud_about}</p>
                <div class="read-aloud-start">
                    <button type="button" class="button read-report" on:click=start_reading>
                        {move || t().read_report}
                    </button>
                    <SpeedChoice read_aloud labelled=true/>
                </div>
            }
            .into_any(),
            Voice::Looking => {
                view! { <p class="read-aloud-note">{move || t().looking_for_voice}</p> }.into_any()
            }
            Voice::NoSynthesis => {
                view! { <p class="read-aloud-note">{move || t().no_speech}</p> }.into_any()
            }
            Voice::NoChineseVoice => {
                view! { <p class="read-aloud-note">{move || t().no_chinese_voice}</p> }.into_any()
            }
        })
    }
}
