//! Whether the page can read aloud, and which of the browser's voices reads: plain
//! Rust, so that the choice is tested natively.

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

impl Voice {
    /// What a look at the browser's voices found: the voice `found`, if any, or no
    /// Chinese voice once the browser has `listed` its voices or the page has stopped
    /// waiting for them (`give_up`); `None` while it may list them yet.
    pub fn after_looking(found: Option<String>, listed: bool, give_up: bool) -> Option<Voice> {
        match found {
            Some(name) => Some(Voice::Ready(name)),
            None if give_up || listed => Some(Voice::NoChineseVoice),
            None => None,
        }
    }
}

/// The index of the voice to read with among voices of the languages `langs` (as the
/// browser names them: `zh-CN`, `zh_CN`, `cmn-Hans-CN`, …): mainland Chinese first,
/// then any Chinese.
pub fn choose_voice<S: AsRef<str>>(langs: &[S]) -> Option<usize> {
    let langs: Vec<String> = langs
        .iter()
        .map(|l| l.as_ref().to_ascii_lowercase().replace('_', "-"))
        .collect();
    langs.iter().position(|l| l == "zh-cn").or_else(|| {
        langs
            .iter()
            .position(|l| l.starts_with("zh") || l.starts_with("cmn"))
    })
}

#[cfg(test)]
mod tests {
    use super::{choose_voice, Voice};

    #[test]
    fn a_mainland_chinese_voice_is_chosen_before_any_other_chinese_one() {
        assert_eq!(choose_voice(&["en-US", "zh-TW", "zh_CN"]), Some(2));
        assert_eq!(choose_voice(&["zh-HK", "ZH-cn"]), Some(1));
        assert_eq!(choose_voice(&["en-GB", "cmn-Hans-CN"]), Some(1));
        assert_eq!(choose_voice(&["en-GB", "zh-TW", "cmn-Hans-CN"]), Some(1));
        assert_eq!(choose_voice(&["en-GB", "fr-FR"]), None);
        assert_eq!(choose_voice::<&str>(&[]), None);
    }

    #[test]
    fn without_a_chinese_voice_the_page_waits_for_the_list_or_gives_up() {
        assert_eq!(
            Voice::after_looking(Some("Tingting".into()), true, false),
            Some(Voice::Ready("Tingting".into()))
        );
        // Voices listed, none Chinese: the page says so.
        assert_eq!(
            Voice::after_looking(None, true, false),
            Some(Voice::NoChineseVoice)
        );
        // No voices listed yet: the browser may still list them.
        assert_eq!(Voice::after_looking(None, false, false), None);
        assert_eq!(
            Voice::after_looking(None, false, true),
            Some(Voice::NoChineseVoice)
        );
    }
}
