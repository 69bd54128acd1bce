//! The page's read-aloud, shared through context: one reading at a time. It keeps the
//! [`Engine`] and carries out what it asks of the speech synthesis, and shows its state
//! in signals for the components (what is read, where, whether) and on the page (the
//! element being read, marked and in view).

use std::sync::Arc;

use leptos::prelude::*;

use super::engine::{Command, Engine, Playing};
use super::voice::Voice;
use super::{highlight, synthesis};
use crate::report::speech::{report_script, section_script, Rate, Utterance};
use crate::report::{Report, Section};
use crate::ui::preferences::storage;
use crate::ui::ReaderState;

const RATE_KEY: &str = "law-report.speech-rate";

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
    engine: StoredValue<Engine>,
    reader: ReaderState,
    report: StoredValue<Arc<Report>>,
}

impl ReadAloud {
    /// Reads `script` from its start; `title` names it in the player.
    pub fn start(self, script: Vec<Utterance>, title: String) {
        self.run(|engine| engine.start(script, title));
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
        self.run(Engine::pause);
    }

    /// Resumes where the reading paused ([`Engine::resume`]).
    pub fn resume(self) {
        let Some(speaking) = synthesis::speaking() else {
            return;
        };
        self.run(|engine| engine.resume(speaking));
    }

    pub fn stop(self) {
        self.run(Engine::stop);
    }

    /// A new speed: kept for next time, and the sentence being read starts again at it.
    pub fn set_rate(self, rate: Rate) {
        self.rate.set(rate);
        if let Some(storage) = storage() {
            let _ = storage.set_item(RATE_KEY, rate.key());
        }
        self.run(Engine::say_again);
    }

    /// Changes the reading by `change`, has the speech synthesis do what it asks, and
    /// shows the reading's new state. Nothing once the page has gone (a late event).
    fn run(self, change: impl FnOnce(&mut Engine) -> Vec<Command>) {
        let Some(commands) = self.engine.try_update_value(change) else {
            return;
        };
        for command in commands {
            self.perform(command);
        }
        self.show_state();
    }

    fn perform(self, command: Command) {
        match command {
            Command::Cancel => synthesis::cancel(),
            Command::Pause => synthesis::pause(),
            Command::Resume => synthesis::resume(),
            Command::Say {
                utterance,
                index,
                generation,
            } => {
                let said = synthesis::say(
                    &utterance,
                    self.rate.get_untracked(),
                    &self.voice.get_untracked(),
                    move || self.run(|engine| engine.ended(generation, index)),
                    move || self.run(|engine| engine.failed(generation)),
                );
                if !said {
                    self.run(Engine::stop);
                }
            }
        }
    }

    /// The engine's state in the signals and on the page, each changed only if it has.
    fn show_state(self) {
        let (playing, title, target) = self.engine.with_value(|engine| {
            let target = engine.target().map(str::to_string);
            (engine.playing(), engine.title().to_string(), target)
        });
        if self.reading.with_untracked(|reading| *reading != title) {
            self.reading.set(title);
        }
        self.show(target);
        if self.playing.get_untracked() != playing {
            self.playing.set(playing);
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
            highlight::unmark(&old);
        }
        self.target.set(id.clone());
        let Some(id) = id else { return };
        let section = id.strip_suffix("-heading").unwrap_or(&id).to_string();
        let path = self.report.with_value(|r| r.section_path(&section));
        self.reader.expand_path(&path);
        let target = self.target;
        highlight::mark_in_view(id, move |id| {
            target.with_untracked(|t| t.as_deref() == Some(id))
        });
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
        engine: StoredValue::new(Engine::default()),
        reader,
        report: StoredValue::new(report),
    };
    // Once the page is attached: a voice found shows the sections' read buttons.
    crate::ui::on_attached(move || {
        synthesis::look_for_voice(read_aloud.voice);
        let stored = storage()
            .and_then(|s| s.get_item(RATE_KEY).ok().flatten())
            .and_then(|key| Rate::from_key(&key));
        if let Some(rate) = stored {
            read_aloud.rate.set(rate);
        }
    });
    on_cleanup(synthesis::cancel);
    provide_context(read_aloud);
    read_aloud
}

pub fn use_read_aloud() -> Option<ReadAloud> {
    use_context::<ReadAloud>()
}
