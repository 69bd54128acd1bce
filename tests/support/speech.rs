//! A stand-in for the browser's speech synthesis, with voices of the test's choosing.

/// A stand-in for the browser's `speechSynthesis`, for read-aloud tests and
/// screenshots: it records every utterance (text, language, voice, rate) in
/// `window.__spoken` and every pause, resume and cancel in `window.__events`, and
/// ends the utterance being spoken only when `window.__finish()` is called.
/// `VOICES` (a JavaScript array of voices) is put in its place.
const STAND_IN: &str = r#"
(() => {
  const voices = VOICES;
  window.__spoken = [];
  window.__events = [];
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
  }
  const synth = {
    current: null,
    onvoiceschanged: null,
    get speaking() { return this.current !== null; },
    getVoices() { return voices; },
    speak(u) {
      this.current = u;
      window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name });
    },
    // With `window.__dropOnPause`, as Chrome on Android: pausing drops the sentence.
    pause() {
      window.__events.push('pause');
      if (window.__dropOnPause) this.current = null;
    },
    resume() { window.__events.push('resume'); },
    cancel() {
      const u = this.current;
      this.current = null;
      window.__events.push('cancel');
      // As browsers do: the cancelled utterance reports an interruption.
      if (u && u.onerror) u.onerror({ error: 'interrupted' });
    },
  };
  // Ends the utterance being spoken, as the voice would when done.
  window.__finish = () => {
    const u = synth.current;
    synth.current = null;
    if (u && u.onend) u.onend({});
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
})();
"#;

pub const CHINESE_AND_ENGLISH: &str =
    "[{name: 'Stand-in English', lang: 'en-US'}, {name: 'Stand-in Chinese', lang: 'zh-CN'}]";

pub fn speech_stand_in(voices: &str) -> String {
    STAND_IN.replace("VOICES", voices)
}
