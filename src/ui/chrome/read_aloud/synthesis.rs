//! The browser's speech synthesis (`window.speechSynthesis`): every call read-aloud
//! makes to it. At build time there is none, and nothing is said.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::voice::{choose_voice, Voice};
use crate::i18n::SOURCE_LANG;
use crate::report::speech::{Rate, Utterance};
use crate::ui::dom::ON_SERVER;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    // Rendering at build time: no window, nothing to say or stop.
    if ON_SERVER {
        return None;
    }
    let found = js_sys::Reflect::get(&window(), &"speechSynthesis".into()).ok()?;
    (!found.is_undefined() && !found.is_null()).then(|| found.unchecked_into())
}

/// The Chinese voice to read with ([`choose_voice`]).
fn chinese_voice(synth: &web_sys::SpeechSynthesis) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .collect();
    let langs: Vec<String> = voices.iter().map(|v| v.lang()).collect();
    choose_voice(&langs).map(|i| voices[i].clone())
}

/// Finds the voice once the page is live: at once where the browser lists its voices
/// straight away, else when it says they have changed, or, if it never does, after a
/// few seconds.
pub fn look_for_voice(voice: RwSignal<Voice>) {
    let Some(synth) = synthesis() else {
        voice.set(Voice::NoSynthesis);
        return;
    };
    let check = move |give_up: bool| {
        let Some(synth) = synthesis() else { return };
        let found = chinese_voice(&synth).map(|v| v.name());
        let listed = synth.get_voices().length() > 0;
        if let Some(found) = Voice::after_looking(found, listed, give_up) {
            voice.set(found);
        }
    };
    check(false);
    if voice.get_untracked() != Voice::Looking {
        return;
    }
    let on_change = Closure::<dyn FnMut()>::new(move || check(false));
    synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    set_timeout(
        move || {
            if voice.get_untracked() == Voice::Looking {
                check(true);
            }
        },
        std::time::Duration::from_secs(3),
    );
}

/// Says `utterance` at `rate` in `voice`, calling `on_end` once it has been said or
/// `on_error` if it could not be. False, having said nothing, where there is no speech
/// synthesis or no voice.
pub fn say(
    utterance: &Utterance,
    rate: Rate,
    voice: &Voice,
    on_end: impl FnOnce() + 'static,
    on_error: impl FnOnce() + 'static,
) -> bool {
    let (Some(synth), Voice::Ready(voice_name)) = (synthesis(), voice) else {
        return false;
    };
    let Ok(spoken) = web_sys::SpeechSynthesisUtterance::new_with_text(&utterance.text) else {
        return false;
    };
    spoken.set_lang(SOURCE_LANG);
    spoken.set_rate(rate.factor());
    if let Some(voice) = chinese_voice(&synth).filter(|v| &v.name() == voice_name) {
        spoken.set_voice(Some(&voice));
    }
    let on_end = Closure::once_into_js(on_end);
    let on_error = Closure::once_into_js(on_error);
    spoken.set_onend(Some(on_end.unchecked_ref()));
    spoken.set_onerror(Some(on_error.unchecked_ref()));
    synth.speak(&spoken);
    true
}

/// Whether the browser is saying something (paused or not); `None` without speech
/// synthesis.
pub fn speaking() -> Option<bool> {
    synthesis().map(|synth| synth.speaking())
}

pub fn pause() {
    if let Some(synth) = synthesis() {
        synth.pause();
    }
}

pub fn resume() {
    if let Some(synth) = synthesis() {
        synth.resume();
    }
}

pub fn cancel() {
    if let Some(synth) = synthesis() {
        synth.cancel();
    }
}
