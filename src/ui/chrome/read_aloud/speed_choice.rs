//! The choice of reading speed: three buttons, of which the chosen one is pressed.

use leptos::prelude::*;

use super::state::ReadAloud;
use crate::i18n::Lang;
use crate::report::speech::Rate;
use crate::ui::use_lang;

fn rate_label(rate: Rate, lang: Lang) -> &'static str {
    let t = lang.texts();
    match rate {
        Rate::Slow => t.speed_slow,
        Rate::Normal => t.speed_normal,
        Rate::Fast => t.speed_fast,
    }
}

/// The three speeds, as buttons of which the chosen one is pressed; `labelled` shows
/// the group's name beside them (the player, short of room, leaves it to the group's
/// accessible name).
#[component]
pub fn SpeedChoice(read_aloud: ReadAloud, labelled: bool) -> impl IntoView {
    let lang = use_lang();
    let buttons = Rate::ALL
        .into_iter()
        .map(|rate| {
            view! {
                <button
                    type="button"
                    class=format!("button small speed-{}", rate.key())
                    aria-pressed=move || (read_aloud.rate.get() == rate).to_string()
                    on:click=move |_| read_aloud.set_rate(rate)
                >
                    {move || rate_label(rate, lang.get())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="speed-choice" role="group" aria-label=move || lang.get().texts().speed>
            {labelled.then(|| view! { <span aria-hidden="true">{move || lang.get().texts().speed}</span> })}
            {buttons}
        </div>
    }
}
