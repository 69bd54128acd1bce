//! Read-aloud (朗读): the browser's speech synthesis reads the report, or one section,
//! in a Chinese voice, one sentence at a time ([`crate::report::speech`]). The
//! paragraph being read is highlighted and kept in view; a player bar at the foot of
//! the screen pauses, resumes, stops and changes the speed, and says what it is doing
//! to screen readers. Where the browser has no speech synthesis or no Chinese voice,
//! nothing offers to read: a note says why.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, SOURCE_LANG};
use crate::report::speech::{report_script, section_script, Rate, Utterance};
use crate::report::{Report, Section};
use crate::ui::dom::scroll_to_centre;
use crate::ui::preferences::{storage, use_lang};
use crate::ui::ReaderState;

const RATE_KEY: &str = "law-report.speech-rate";

/// A 20 × 20 line icon of a speaker, for the read-aloud controls.
pub const SPEAKER_ICON: &str =
    "M3 8h3l4-3.5v11L6 12H3zM13 7.5a3.5 3.5 0 0 1 0 5M15.5 5a7 7 0 0 1 0 10";

/// Whether the page can read aloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Voice {
    /// Before the app is live, and while the browser is still listing its voices.
    Looking,
    /// No `speechSynthesis` in this browser.
    NoSynthesis,
    /// Speech synthesis, but no Chinese voice to read the report with.
    NoChineseVoice,
    /// The name of the Chinese voice that reads.
    Ready(String),
}

/// What the reader is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Playing {
    Stopped,
    Reading,
    Paused,
    /// The whole script has been read.
    Finished,
}

/// The shared read-aloud state: one reading at a time, for the whole page.
#[derive(Debug, Clone, Copy)]
pub struct ReadAloud {
    pub voice: RwSignal<Voice>,
    pub playing: RwSignal<Playing>,
    pub rate: RwSignal<Rate>,
    /// What is being read, as the player names it: the report's title or a heading.
    pub reading: RwSignal<String>,
    /// The id of the element being read (highlighted), if any.
    pub target: RwSignal<Option<String>>,
    script: StoredValue<Vec<Utterance>>,
    position: StoredValue<usize>,
    /// Bumped whenever speech is cancelled, so that the cancelled utterance's late
    /// events are ignored.
    generation: StoredValue<u32>,
    reader: ReaderState,
    report: StoredValue<Arc<Report>>,
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    // Rendering at build time: no window, nothing to say or stop.
    if crate::ui::dom::ON_SERVER {
        return None;
    }
    let found = js_sys::Reflect::get(&window(), &"speechSynthesis".into()).ok()?;
    (!found.is_undefined() && !found.is_null()).then(|| found.unchecked_into())
}

/// The Chinese voice to read with: mainland Chinese first, then any Chinese.
fn chinese_voice(synth: &web_sys::SpeechSynthesis) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .collect();
    let lang = |v: &web_sys::SpeechSynthesisVoice| v.lang().to_ascii_lowercase().replace('_', "-");
    voices
        .iter()
        .find(|v| lang(v) == "zh-cn")
        .or_else(|| {
            voices
                .iter()
                .find(|v| lang(v).starts_with("zh") || lang(v).starts_with("cmn"))
        })
        .cloned()
}

/// Scrolls `el` into the part of the screen between the top bar and the player, if it
/// is not wholly there: centred, or its top first if it is taller than that part.
fn bring_into_view(el: &web_sys::Element) {
    let edge = |css: &str, bottom: bool| {
        document().query_selector(css).ok().flatten().map(|e| {
            let rect = e.get_bounding_client_rect();
            if bottom {
                rect.bottom()
            } else {
                rect.top()
            }
        })
    };
    let screen = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = edge(".toolbar", true).unwrap_or(0.0).max(0.0);
    let bottom = edge(".read-aloud-player", false)
        .unwrap_or(screen)
        .min(screen);
    let rect = el.get_bounding_client_rect();
    if rect.top() >= top && rect.bottom() <= bottom {
        return;
    }
    if rect.height() > bottom - top {
        el.scroll_into_view_with_bool(true);
    } else if let Some(id) = Some(el.id()).filter(|id| !id.is_empty()) {
        scroll_to_centre(&id);
    }
}

/// Finds the voice once the page is live: at once where the browser lists its voices
/// straight away, else when it says they have changed, or, if it never does, after a
/// few seconds.
fn look_for_voice(voice: RwSignal<Voice>) {
    let Some(synth) = synthesis() else {
        voice.set(Voice::NoSynthesis);
        return;
    };
    let check = move |give_up: bool| {
        let Some(synth) = synthesis() else { return };
        match chinese_voice(&synth) {
            Some(found) => voice.set(Voice::Ready(found.name())),
            None if give_up || synth.get_voices().length() > 0 => voice.set(Voice::NoChineseVoice),
            None => {}
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

impl ReadAloud {
    /// Reads `script` from its start; `title` names it in the player.
    pub fn start(self, script: Vec<Utterance>, title: String) {
        self.cancel();
        self.script.set_value(script);
        self.reading.set(title);
        self.speak_at(0);
    }

    pub fn read_report(self) {
        let (script, title) = self
            .report
            .with_value(|r| (report_script(r), r.meta.title.clone()));
        self.start(script, title);
    }

    pub fn read_section(self, section: &Section) {
        let title = section.heading().unwrap_or_default();
        self.start(section_script(section), title);
    }

    pub fn pause(self) {
        if let Some(synth) = synthesis() {
            synth.pause();
        }
        self.playing.set(Playing::Paused);
    }

    /// Resumes where the reading paused. Some browsers (Chrome on Android) drop the
    /// paused sentence instead of holding it: then it is said again from its start.
    pub fn resume(self) {
        let Some(synth) = synthesis() else { return };
        if synth.speaking() {
            synth.resume();
            self.playing.set(Playing::Reading);
        } else {
            self.cancel();
            self.speak_at(self.position.get_value());
        }
    }

    pub fn stop(self) {
        self.cancel();
        self.show(None);
        self.playing.set(Playing::Stopped);
    }

    /// A new speed: kept for next time, and the sentence being read starts again at it.
    pub fn set_rate(self, rate: Rate) {
        self.rate.set(rate);
        if let Some(storage) = storage() {
            let _ = storage.set_item(RATE_KEY, rate.key());
        }
        if matches!(
            self.playing.get_untracked(),
            Playing::Reading | Playing::Paused
        ) {
            self.cancel();
            self.speak_at(self.position.get_value());
        }
    }

    fn cancel(self) {
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        if let Some(synth) = synthesis() {
            synth.cancel();
        }
    }

    /// Highlights the element `id` (and no other), opening its section and bringing it
    /// into view if it is not; nothing for the next sentence of the same paragraph, so
    /// that a reader who scrolled away is not pulled back at every sentence.
    fn show(self, id: Option<String>) {
        if self.target.with_untracked(|t| *t == id) {
            return;
        }
        if let Some(old) = self.target.get_untracked() {
            if let Some(el) = document().get_element_by_id(&old) {
                let _ = el.remove_attribute("data-reading");
            }
        }
        self.target.set(id.clone());
        let Some(id) = id else { return };
        let section = id.strip_suffix("-heading").unwrap_or(&id).to_string();
        let path = self.report.with_value(|r| r.section_path(&section));
        self.reader.expand_path(&path);
        request_animation_frame(move || {
            // Unless the reading has moved on or stopped since.
            let still = self
                .target
                .with_untracked(|t| t.as_deref() == Some(id.as_str()));
            let Some(el) = document().get_element_by_id(&id).filter(|_| still) else {
                return;
            };
            let _ = el.set_attribute("data-reading", "");
            bring_into_view(&el);
        });
    }

    /// Says the utterance at `index`, then the next one when it ends.
    fn speak_at(self, index: usize) {
        let Some(utterance) = self.script.with_value(|s| s.get(index).cloned()) else {
            self.show(None);
            self.playing.set(Playing::Finished);
            return;
        };
        let (Some(synth), Voice::Ready(voice_name)) = (synthesis(), self.voice.get_untracked())
        else {
            self.stop();
            return;
        };
        let Ok(spoken) = web_sys::SpeechSynthesisUtterance::new_with_text(&utterance.text) else {
            self.stop();
            return;
        };
        spoken.set_lang(SOURCE_LANG);
        spoken.set_rate(self.rate.get_untracked().factor());
        if let Some(voice) = chinese_voice(&synth).filter(|v| v.name() == voice_name) {
            spoken.set_voice(Some(&voice));
        }
        let generation = self.generation.get_value();
        let current = move || self.generation.try_get_value() == Some(generation);
        let on_end = Closure::once_into_js(move || {
            if current() {
                self.speak_at(index + 1);
            }
        });
        // Cancelling makes some browsers report an error ("interrupted"): that one is
        // ignored by the generation check; any other stops the reading.
        let on_error = Closure::once_into_js(move || {
            if current() {
                self.stop();
            }
        });
        spoken.set_onend(Some(on_end.unchecked_ref()));
        spoken.set_onerror(Some(on_error.unchecked_ref()));
        self.position.set_value(index);
        // The player names the part being read: the report, then each section.
        if utterance.target.ends_with("-heading") {
            self.reading.set(utterance.text.clone());
        }
        self.show(Some(utterance.target));
        self.playing.set(Playing::Reading);
        synth.speak(&spoken);
    }
}

/// Starts read-aloud for the page: looks for a Chinese voice once the page is live, and
/// reads the speed the reader chose last time.
pub fn provide_read_aloud(report: Arc<Report>, reader: ReaderState) -> ReadAloud {
    let read_aloud = ReadAloud {
        voice: RwSignal::new(Voice::Looking),
        playing: RwSignal::new(Playing::Stopped),
        rate: RwSignal::new(Rate::default()),
        reading: RwSignal::new(String::new()),
        target: RwSignal::new(None),
        script: StoredValue::new(Vec::new()),
        position: StoredValue::new(0),
        generation: StoredValue::new(0),
        reader,
        report: StoredValue::new(report),
    };
    // Once the page is attached: a voice found shows the sections' read buttons.
    crate::ui::on_attached(move || {
        look_for_voice(read_aloud.voice);
        let stored = storage()
            .and_then(|s| s.get_item(RATE_KEY).ok().flatten())
            .and_then(|key| Rate::from_key(&key));
        if let Some(rate) = stored {
            read_aloud.rate.set(rate);
        }
    });
    on_cleanup(move || {
        if let Some(synth) = synthesis() {
            synth.cancel();
        }
    });
    provide_context(read_aloud);
    read_aloud
}

pub fn use_read_aloud() -> Option<ReadAloud> {
    use_context::<ReadAloud>()
}

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
fn SpeedChoice(read_aloud: ReadAloud, labelled: bool) -> impl IntoView {
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

/// The player at the foot of the screen while something is being read: what, pause or
/// resume, stop, the speed; and a status line for screen readers. It stays in place
/// between reading and pausing, so that focus stays on its button.
#[component]
pub fn ReadAloudPlayer() -> impl IntoView {
    let lang = use_lang();
    let t = move || lang.get().texts();
    let read_aloud = use_read_aloud();
    let active = Memo::new(move |_| {
        read_aloud.is_some_and(|r| matches!(r.playing.get(), Playing::Reading | Playing::Paused))
    });
    // Room at the foot of the page for the player while it shows.
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
        active.get().then(|| {
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
        })
    };
    view! {
        <p class="sr-only read-aloud-status" role="status">{status}</p>
        {player}
    }
}
