//! The player at the foot of the screen while something is being read.

use leptos::prelude::*;

use super::engine::Playing;
use super::speed_choice::SpeedChoice;
use super::state::{use_read_aloud, ReadAloud};
use crate::i18n::SOURCE_LANG;
use crate::ui::use_lang;

/// Makes room at the foot of the page for the player while it shows (`active`).
fn leave_room_while(active: Memo<bool>) {
    Effect::new(move |_| {
        let root = document().document_element();
        if let Some(root) = root {
            let _ = if active.get() {
                root.set_attribute("data-reading-aloud", "")
            } else {
                root.remove_attribute("data-reading-aloud")
            };
        }
    });
}

/// The player at the foot of the screen while something is being read: what, pause or
/// resume, stop, the speed; and a status line for screen readers. It stays in place
/// between reading and pausing, so that focus stays on its button.
#[component]
pub fn ReadAloudPlayer() -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let read_aloud = use_read_aloud();
    let active = Memo::new(move |_| read_aloud.is_some_and(|r| r.playing.get().under_way()));
    leave_room_while(active);
    let status = move || {
        let read_aloud = read_aloud?;
        let title = read_aloud.reading.get();
        Some(match read_aloud.playing.get() {
            Playing::Stopped => String::new(),
            Playing::Reading => lang.get().reading_aloud(&title),
            Playing::Paused => lang.get().reading_paused(&title),
            Playing::Finished => t().finished_reading.to_string(),
        })
    };
    let player = move || {
        let read_aloud = read_aloud?;
        active.get().then(|| player_bar(read_aloud, lang))
    };
    view! {
        <p class="sr-only read-aloud-status" role="status">{status}</p>
        {player}
    }
}

/// The bar itself: what is read, pause or resume, stop, and the speed.
fn player_bar(read_aloud: ReadAloud, lang: Signal<crate::i18n::Lang>) -> impl IntoView {
    let t = move || lang.get().texts();
    let paused = move || read_aloud.playing.get() == Playing::Paused;
    let pause_or_resume = move |_| {
        if read_aloud.playing.get_untracked() == Playing::Paused {
            read_aloud.resume()
        } else {
            read_aloud.pause()
        }
    };
    // Stopping removes the player: focus goes back to the bar's button.
    let stop = move |_| {
        read_aloud.stop();
        if let Some(button) = document().get_element_by_id("toolbar-listen") {
            crate::ui::dom::focus(&button);
        }
    };
    view! {
        <div class="read-aloud-player" role="region" aria-label=move || t().listen>
            <p class="player-title" lang=SOURCE_LANG>{move || read_aloud.reading.get()}</p>
            <div class="player-controls">
                <button type="button" class="button player-pause" on:click=pause_or_resume>
                    {move || if paused() { t().resume } else { t().pause }}
                </button>
                <button type="button" class="button player-stop" on:click=stop>
                    {move || t().stop}
                </button>
                <SpeedChoice read_aloud labelled=false/>
            </div>
        </div>
    }
}
