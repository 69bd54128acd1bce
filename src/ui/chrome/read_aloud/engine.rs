//! The reading, without the browser: the script being read, the sentence it is at,
//! whether it is reading, paused, stopped or finished, and which events of the speech
//! synthesis still count. Each change answers with the [`Command`]s the browser's
//! speech synthesis is to carry out (`synthesis`), so that the whole state machine is
//! tested natively.

use crate::report::speech::Utterance;

/// What the reader is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Playing {
    #[default]
    Stopped,
    Reading,
    Paused,
    /// The whole script has been read.
    Finished,
}

impl Playing {
    /// Whether a reading is under way (reading or paused): the player shows, and a new
    /// speed applies at once.
    pub fn under_way(self) -> bool {
        matches!(self, Playing::Reading | Playing::Paused)
    }
}

/// What the browser's speech synthesis is to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Stop saying anything.
    Cancel,
    /// Say `utterance`, the script's `index`th; its end and error events carry
    /// `generation`, by which the engine tells them from those of cancelled speech.
    Say {
        utterance: Utterance,
        index: usize,
        generation: u32,
    },
    Pause,
    Resume,
}

/// One reading at a time: the script, where it is, and whether it is read.
#[derive(Debug, Default)]
pub struct Engine {
    script: Vec<Utterance>,
    position: usize,
    /// Bumped whenever speech is cancelled, so that the cancelled utterance's late
    /// events are ignored.
    generation: u32,
    playing: Playing,
    /// What is being read, as the player names it: the script's title, then each
    /// heading it reads.
    title: String,
}

impl Engine {
    pub fn playing(&self) -> Playing {
        self.playing
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// The id of the element being read, to highlight: none unless a reading is under
    /// way.
    pub fn target(&self) -> Option<&str> {
        self.playing
            .under_way()
            .then(|| self.script.get(self.position))
            .flatten()
            .map(|u| u.target.as_str())
    }

    /// Reads `script`, named `title`, from its start, instead of anything read before.
    pub fn start(&mut self, script: Vec<Utterance>, title: String) -> Vec<Command> {
        let mut commands = self.cancel();
        self.script = script;
        self.title = title;
        commands.extend(self.say(0));
        commands
    }

    pub fn pause(&mut self) -> Vec<Command> {
        self.playing = Playing::Paused;
        vec![Command::Pause]
    }

    /// Resumes where the reading paused. Some browsers (Chrome on Android) drop the
    /// paused sentence instead of holding it (then they are not `still_speaking`): then
    /// it is said again from its start.
    pub fn resume(&mut self, still_speaking: bool) -> Vec<Command> {
        if still_speaking {
            self.playing = Playing::Reading;
            return vec![Command::Resume];
        }
        self.restart()
    }

    pub fn stop(&mut self) -> Vec<Command> {
        self.playing = Playing::Stopped;
        self.cancel()
    }

    /// Says the sentence being read again from its start (at a new speed), if a
    /// reading is under way.
    pub fn say_again(&mut self) -> Vec<Command> {
        if self.playing.under_way() {
            self.restart()
        } else {
            Vec::new()
        }
    }

    /// The utterance `index` of speech `generation` has been said: the next follows,
    /// unless that speech has been cancelled since.
    pub fn ended(&mut self, generation: u32, index: usize) -> Vec<Command> {
        if generation != self.generation {
            return Vec::new();
        }
        self.say(index + 1)
    }

    /// Speech `generation` failed: the reading stops. Cancelling makes some browsers
    /// report an error ("interrupted"): that one, of cancelled speech, is ignored.
    pub fn failed(&mut self, generation: u32) -> Vec<Command> {
        if generation != self.generation {
            return Vec::new();
        }
        self.stop()
    }

    fn restart(&mut self) -> Vec<Command> {
        let mut commands = self.cancel();
        commands.extend(self.say(self.position));
        commands
    }

    fn cancel(&mut self) -> Vec<Command> {
        self.generation = self.generation.wrapping_add(1);
        vec![Command::Cancel]
    }

    /// Says the utterance at `index`, or finishes after the last.
    fn say(&mut self, index: usize) -> Vec<Command> {
        let Some(utterance) = self.script.get(index).cloned() else {
            self.playing = Playing::Finished;
            return Vec::new();
        };
        self.position = index;
        // The player names the part being read: the report, then each section.
        if utterance.target.ends_with("-heading") {
            self.title = utterance.text.clone();
        }
        self.playing = Playing::Reading;
        vec![Command::Say {
            utterance,
            index,
            generation: self.generation,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::{Command, Engine, Playing};
    use crate::report::speech::Utterance;

    fn script() -> Vec<Utterance> {
        [
            ("s1-heading", "一、总体情况"),
            ("p1", "第一句。"),
            ("p1", "第二句。"),
        ]
        .into_iter()
        .map(|(target, text)| Utterance {
            target: target.into(),
            text: text.into(),
        })
        .collect()
    }

    /// The index and generation of the one utterance `commands` say.
    fn said(commands: &[Command]) -> Option<(usize, u32)> {
        let mut says = commands.iter().filter_map(|c| match c {
            Command::Say {
                index, generation, ..
            } => Some((*index, *generation)),
            _ => None,
        });
        let first = says.next();
        assert_eq!(says.next(), None, "one utterance at a time: {commands:?}");
        first
    }

    #[test]
    fn a_script_is_read_sentence_by_sentence_to_its_end() {
        let mut engine = Engine::default();
        let commands = engine.start(script(), "报告".into());
        assert_eq!(commands.first(), Some(&Command::Cancel));
        let (mut index, generation) = said(&commands).unwrap();
        assert_eq!(index, 0);
        let mut targets = vec![engine.target().unwrap().to_string()];
        while let Some((next, _)) = said(&engine.ended(generation, index)) {
            assert_eq!(next, index + 1);
            index = next;
            targets.push(engine.target().unwrap().to_string());
        }
        assert_eq!(targets, ["s1-heading", "p1", "p1"]);
        assert_eq!(engine.playing(), Playing::Finished);
        assert_eq!(engine.target(), None);
    }

    #[test]
    fn the_player_names_the_script_then_each_heading_it_reads() {
        let mut engine = Engine::default();
        let mut paragraphs = script();
        paragraphs.remove(0);
        engine.start(paragraphs, "惠阳区报告".into());
        assert_eq!(engine.title(), "惠阳区报告");
        engine.start(script(), "惠阳区报告".into());
        assert_eq!(engine.title(), "一、总体情况");
    }

    #[test]
    fn late_events_of_cancelled_speech_are_ignored() {
        let mut engine = Engine::default();
        let (_, first) = said(&engine.start(script(), "报告".into())).unwrap();
        // A new speed says the sentence again: the first utterance's end, arriving
        // late, must not skip ahead, nor its error ("interrupted") stop the reading.
        let again = engine.say_again();
        let (index, second) = said(&again).unwrap();
        assert_eq!((again[0].clone(), index), (Command::Cancel, 0));
        assert_ne!(first, second);
        assert_eq!(engine.ended(first, 0), []);
        assert_eq!(engine.failed(first), []);
        assert_eq!(engine.playing(), Playing::Reading);
        assert_eq!(said(&engine.ended(second, 0)), Some((1, second)));
    }

    #[test]
    fn an_error_of_the_speech_being_said_stops_the_reading() {
        let mut engine = Engine::default();
        let (_, generation) = said(&engine.start(script(), "报告".into())).unwrap();
        assert_eq!(engine.failed(generation), [Command::Cancel]);
        assert_eq!(engine.playing(), Playing::Stopped);
        assert_eq!(engine.target(), None);
        // Stopped, a new speed says nothing.
        assert_eq!(engine.say_again(), []);
    }

    #[test]
    fn resuming_says_a_dropped_sentence_again_from_its_start() {
        let mut engine = Engine::default();
        let (_, generation) = said(&engine.start(script(), "报告".into())).unwrap();
        said(&engine.ended(generation, 0)).unwrap();
        assert_eq!(engine.pause(), [Command::Pause]);
        assert_eq!(engine.playing(), Playing::Paused);
        assert_eq!(engine.target(), Some("p1"));
        // A browser that holds the paused sentence resumes it.
        assert_eq!(engine.resume(true), [Command::Resume]);
        assert_eq!(engine.playing(), Playing::Reading);
        // One that dropped it says it again, as a new utterance.
        engine.pause();
        let commands = engine.resume(false);
        assert_eq!(commands[0], Command::Cancel);
        assert_eq!(said(&commands).map(|(index, _)| index), Some(1));
        assert_eq!(engine.playing(), Playing::Reading);
    }

    #[test]
    fn an_empty_script_finishes_at_once() {
        let mut engine = Engine::default();
        assert_eq!(engine.start(Vec::new(), "空".into()), [Command::Cancel]);
        assert_eq!(engine.playing(), Playing::Finished);
        assert!(!engine.playing().under_way());
    }
}
