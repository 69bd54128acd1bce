//! What read-aloud (朗读) says, and in what order: the report's own Chinese words,
//! verbatim, cut into sentences so that each utterance stays short (some browsers stop
//! a long one part-way) and the paragraph being read can be shown. Figures are said as
//! the report writes them: the text is never rewritten.

use super::model::{Report, Section};

/// One thing to say, and the element of the page it comes from (a section heading or a
/// paragraph), which is highlighted while it is said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub target: String,
    pub text: String,
}

/// Whether a sentence ends after `c`: the sentence ends of the period rule, and a line
/// break.
fn ends_sentence(c: char) -> bool {
    super::period_rule::SENTENCE_ENDS.contains(c) || c == '\n'
}

/// A sentence longer than this is cut at its first pause (comma, enumeration comma or
/// colon) after this many characters, and again after each further run as long.
pub const CUT_AFTER: usize = 60;

/// Where a long sentence may be cut.
const PAUSES: [char; 5] = ['\u{ff0c}', '、', ',', '\u{ff1a}', ':'];

/// `text` as utterances: each sentence with its closing punctuation (closing quotes and
/// brackets stay with it), long sentences cut after a pause, blank pieces dropped.
/// Joined again, the pieces are the text without its line breaks and outer spaces.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if ends_sentence(c) {
            while let Some(&next) = chars.peek() {
                if matches!(next, '”' | '’' | '」' | ')' | '\u{ff09}' | '》') {
                    current.push(next);
                    chars.next();
                } else {
                    break;
                }
            }
            push_piece(&mut out, std::mem::take(&mut current));
        }
    }
    push_piece(&mut out, current);
    out
}

/// Adds a sentence, cut at pauses as [`CUT_AFTER`] says.
fn push_piece(out: &mut Vec<String>, sentence: String) {
    let mut piece = String::new();
    let mut length = 0;
    for c in sentence.chars() {
        piece.push(c);
        length += 1;
        if length >= CUT_AFTER && PAUSES.contains(&c) {
            push_trimmed(out, std::mem::take(&mut piece));
            length = 0;
        }
    }
    push_trimmed(out, piece);
}

fn push_trimmed(out: &mut Vec<String>, piece: String) {
    let piece = piece.trim().replace('\n', "");
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// A section read aloud: its heading (ordinal and title, in Chinese), its paragraphs,
/// then its subsections.
pub fn section_script(section: &Section) -> Vec<Utterance> {
    let mut out = Vec::new();
    add_section(&mut out, section);
    out
}

fn add_section(out: &mut Vec<Utterance>, section: &Section) {
    if let Some(heading) = section.heading() {
        out.push(Utterance {
            target: format!("{}-heading", section.id),
            text: heading,
        });
    }
    for paragraph in &section.paragraphs {
        out.extend(
            sentences(&paragraph.text)
                .into_iter()
                .map(|text| Utterance {
                    target: paragraph.id.clone(),
                    text,
                }),
        );
    }
    for sub in &section.subsections {
        add_section(out, sub);
    }
}

/// The whole report read aloud: its title, then every section in order.
pub fn report_script(report: &Report) -> Vec<Utterance> {
    let mut out = vec![Utterance {
        target: "report-title".to_string(),
        text: report.meta.title.clone(),
    }];
    for section in &report.sections {
        add_section(&mut out, section);
    }
    out
}

/// How fast the voice reads: three speeds, the slowest for readers who want time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rate {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl Rate {
    pub const ALL: [Rate; 3] = [Rate::Slow, Rate::Normal, Rate::Fast];

    /// The rate the Web Speech API takes (1 is the voice's own).
    pub fn factor(self) -> f32 {
        match self {
            Rate::Slow => 0.75,
            Rate::Normal => 1.0,
            Rate::Fast => 1.25,
        }
    }

    /// The value kept in the browser's storage.
    pub fn key(self) -> &'static str {
        match self {
            Rate::Slow => "slow",
            Rate::Normal => "normal",
            Rate::Fast => "fast",
        }
    }

    pub fn from_key(key: &str) -> Option<Rate> {
        Rate::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_ordered_and_their_keys_round_trip() {
        assert!(Rate::Slow.factor() < Rate::Normal.factor());
        assert!(Rate::Normal.factor() < Rate::Fast.factor());
        for rate in Rate::ALL {
            assert_eq!(Rate::from_key(rate.key()), Some(rate));
        }
        assert_eq!(Rate::from_key("ludicrous"), None);
    }

    #[test]
    fn sentences_keep_their_punctuation_and_closing_quotes() {
        let text = "全年调解各类纠纷1300宗,调解成功率97.5%。坚持“两个确立”。做到“两个维护”!";
        assert_eq!(
            sentences(text),
            vec![
                "全年调解各类纠纷1300宗,调解成功率97.5%。",
                "坚持“两个确立”。",
                "做到“两个维护”!",
            ]
        );
    }

    #[test]
    fn a_long_sentence_is_cut_after_a_pause_and_loses_nothing() {
        let clause = "推进严格规范公正文明执法,";
        let text = format!("{}结束。", clause.repeat(20));
        let pieces = sentences(&text);
        assert!(pieces.len() > 1, "{pieces:?}");
        let most = CUT_AFTER + clause.chars().count();
        assert!(
            pieces.iter().all(|p| p.chars().count() <= most),
            "{pieces:?}"
        );
        assert!(pieces
            .iter()
            .take(pieces.len() - 1)
            .all(|p| p.ends_with(',')));
        assert_eq!(pieces.concat(), text);
    }

    #[test]
    fn a_sentence_without_pauses_stays_whole_and_blank_pieces_are_dropped() {
        let long = "字".repeat(300);
        assert_eq!(
            sentences(&format!("{long}。\n  ")),
            vec![format!("{long}。")]
        );
        assert!(sentences(" \n").is_empty());
    }
}
