//! The report's own numbering turned into sections. A heading is a line that starts
//! with an ordinal of one of three styles, `一、`, `(一)` (full-width or ASCII
//! parentheses) and `1.` (or `1、`, `1．`), followed by one sentence at most; a line
//! with more (`(一)严格依法行政。落实……`) is a numbered paragraph. The styles nest in
//! the order the report first uses them, at any depth: `一、` parts with `(一)`
//! subsections is the usual, but a report may start at `(一)` or use `1.` headings
//! under `(一)`. `1.` lines are headings only where, under one heading, every one of
//! them is heading-like and one at least has a paragraph of its own; otherwise they
//! are numbered paragraphs (the bundled report's). Numbered items (`(1)`) stay inside
//! their paragraphs. Ids follow the bundled report: `intro` / `p0-1`, `s1`, `s1-5`,
//! `p1-5-1`, `p2-1`, and one more number a level (`s1-5-2`, `p1-5-2-1`).

use crate::report::number::leading_chinese_numeral;
use crate::report::{Paragraph, Section};

/// A heading line: its ordinal as printed and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    /// `一、法治政府建设主要举措和成效`
    Part { ordinal: String, title: String },
    /// `(一)坚持……领导持续加强。`
    Subsection { ordinal: String, title: String },
}

/// How a heading's ordinal is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `一、`
    Chinese,
    /// `(一)` or `（一）`
    ParenthesisedChinese,
    /// `1.`, `1、` or `1．`
    Digits,
}

/// The ordinal a line starts with: its style and its length in bytes.
pub fn ordinal(line: &str) -> Option<(HeadingStyle, usize)> {
    if let Some((_, len)) = leading_chinese_numeral(line) {
        return line[len..]
            .starts_with('、')
            .then_some((HeadingStyle::Chinese, len + '、'.len_utf8()));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let mark = line[digits..]
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '、' | '\u{ff0e}'))?;
        let after = &line[digits + mark.len_utf8()..];
        return (!after.starts_with(|c: char| c.is_ascii_digit()) && !after.is_empty())
            .then_some((HeadingStyle::Digits, digits + mark.len_utf8()));
    }
    let open = line
        .chars()
        .next()
        .filter(|c| matches!(c, '(' | '\u{ff08}'))?;
    let inner = &line[open.len_utf8()..];
    let (_, len) = leading_chinese_numeral(inner)?;
    let close = inner[len..]
        .chars()
        .next()
        .filter(|c| matches!(c, ')' | '\u{ff09}'))?;
    Some((
        HeadingStyle::ParenthesisedChinese,
        open.len_utf8() + len + close.len_utf8(),
    ))
}

/// Whether the text after an ordinal is a heading: one sentence at most, ending the
/// line. A numbered paragraph (`(一)严格依法行政。落实……`) has more.
fn is_heading_text(title: &str) -> bool {
    let stops = title.matches('。').count();
    !title.is_empty()
        && title.chars().count() <= 80
        && (stops == 0 || (stops == 1 && title.ends_with('。')))
}

/// A `1.` heading is short and ends as a heading does, not as an item of a list
/// (`1.出台文件3份;`).
fn is_digit_heading_text(title: &str) -> bool {
    is_heading_text(title)
        && title.chars().count() <= 40
        && !title.ends_with([';', '\u{ff1b}', ',', '\u{ff0c}', ':', '\u{ff1a}'])
}

/// The style of the heading a line may be, with the length of its ordinal: the
/// ordinal's style when the text after it is a heading's. `1.` lines are confirmed by
/// [`split_sections`], which sees their neighbours.
pub fn heading_style(line: &str) -> Option<HeadingStyle> {
    heading_parts(line).map(|(style, _)| style)
}

fn heading_parts(line: &str) -> Option<(HeadingStyle, usize)> {
    let (style, len) = ordinal(line)?;
    let title = &line[len..];
    let heading_like = match style {
        HeadingStyle::Digits => is_digit_heading_text(title),
        _ => is_heading_text(title),
    };
    heading_like.then_some((style, len))
}

/// The heading a line is, if it is a `一、` part or a `(一)` subsection.
pub fn heading(line: &str) -> Option<Heading> {
    let (style, len) = heading_parts(line)?;
    let ordinal = line[..len].to_string();
    let title = line[len..].to_string();
    match style {
        HeadingStyle::Chinese => Some(Heading::Part { ordinal, title }),
        HeadingStyle::ParenthesisedChinese => Some(Heading::Subsection { ordinal, title }),
        HeadingStyle::Digits => None,
    }
}

fn titled(id: String, ordinal: String, title: String) -> Section {
    Section {
        id,
        ordinal: Some(ordinal),
        title: Some(title),
        // Left empty for a person to write; the checks list it until then.
        title_en: Some(String::new()),
        paragraphs: Vec::new(),
        subsections: Vec::new(),
    }
}

/// Which lines are headings: `一、` and `(一)` lines by their own text, `1.` lines by
/// their group (the lines between two headings of the other styles).
fn heading_lines(body: &[String]) -> Vec<Option<(HeadingStyle, usize)>> {
    let mut out: Vec<Option<(HeadingStyle, usize)>> = body
        .iter()
        .map(|l| heading_parts(l).filter(|(s, _)| *s != HeadingStyle::Digits))
        .collect();
    let mut group_start = 0;
    for end in 0..=body.len() {
        if end < body.len() && out[end].is_none() {
            continue;
        }
        let group = group_start..end;
        let numbered: Vec<usize> = group
            .clone()
            .filter(|&i| matches!(ordinal(&body[i]), Some((HeadingStyle::Digits, _))))
            .collect();
        let all_headings = numbered.iter().all(|&i| heading_parts(&body[i]).is_some());
        let one_has_text = numbered.iter().any(|&i| {
            body.get(i + 1)
                .is_some_and(|next| i + 1 < end && ordinal(next).is_none())
        });
        if !numbered.is_empty() && all_headings && one_has_text {
            for i in numbered {
                out[i] = heading_parts(&body[i]);
            }
        }
        group_start = end + 1;
    }
    out
}

/// The section at `depth` along the last branch (0: the last part).
fn last_at_depth(sections: &mut [Section], depth: usize) -> &mut Section {
    let mut section = sections.last_mut().expect("a section is open");
    for _ in 0..depth {
        section = section
            .subsections
            .last_mut()
            .expect("each open level has a section");
    }
    section
}

/// The body's lines as sections: an untitled `intro` for what precedes the first
/// heading (when anything does), then the headings nested by their styles.
pub fn split_sections(body: &[String]) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut open: Vec<HeadingStyle> = Vec::new();
    for (line, heading) in body.iter().zip(heading_lines(body)) {
        let Some((style, len)) = heading else {
            add_paragraph(&mut sections, open.len(), line);
            continue;
        };
        if let Some(at) = open.iter().position(|s| *s == style) {
            open.truncate(at);
        }
        let (ordinal, title) = (line[..len].to_string(), line[len..].to_string());
        if open.is_empty() {
            let parts = sections.iter().filter(|s| s.id != "intro").count();
            sections.push(titled(format!("s{}", parts + 1), ordinal, title));
        } else {
            let parent = last_at_depth(&mut sections, open.len() - 1);
            let id = format!("{}-{}", parent.id, parent.subsections.len() + 1);
            parent.subsections.push(titled(id, ordinal, title));
        }
        open.push(style);
    }
    sections
}

/// Adds a paragraph to the innermost open section (`levels` deep), opening `intro` if
/// no heading came yet.
fn add_paragraph(sections: &mut Vec<Section>, levels: usize, text: &str) {
    if sections.is_empty() {
        sections.push(Section {
            id: "intro".into(),
            ordinal: None,
            title: None,
            title_en: None,
            paragraphs: Vec::new(),
            subsections: Vec::new(),
        });
    }
    let section = last_at_depth(sections, levels.saturating_sub(1));
    let stem = match section.id.as_str() {
        "intro" => "0".to_string(),
        id => id.trim_start_matches('s').to_string(),
    };
    let id = format!("p{stem}-{}", section.paragraphs.len() + 1);
    section.paragraphs.push(Paragraph {
        id,
        text: text.to_string(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn parts_and_subsections_are_headings_and_numbered_paragraphs_are_not() {
        assert_eq!(
            heading("一、法治政府建设主要举措和成效"),
            Some(Heading::Part {
                ordinal: "一、".into(),
                title: "法治政府建设主要举措和成效".into()
            })
        );
        assert_eq!(
            heading("(二)坚持依法全面履行政府职能,营商环境不断优化。"),
            Some(Heading::Subsection {
                ordinal: "(二)".into(),
                title: "坚持依法全面履行政府职能,营商环境不断优化。".into()
            })
        );
        assert_eq!(
            heading("(十二)加强监督"),
            Some(Heading::Subsection {
                ordinal: "(十二)".into(),
                title: "加强监督".into()
            })
        );
        assert_eq!(
            heading("\u{ff08}三\u{ff09}加强监督。"),
            Some(Heading::Subsection {
                ordinal: "\u{ff08}三\u{ff09}".into(),
                title: "加强监督。".into()
            })
        );
        assert_eq!(
            heading("(二)严格依法行政。落实重大行政决策程序规定。"),
            None
        );
        assert_eq!(heading("1.持续深化学习。把……"), None);
        assert_eq!(heading("(1)加强学习"), None);
        assert_eq!(heading("一是依法行政意识还需提升"), None);
        assert_eq!(heading("一规划两纲要"), None);
    }

    #[test]
    fn ids_follow_the_bundled_scheme() {
        let sections = split_sections(&lines(
            "开头。\n一、甲\n(一)乙。\n1.丙。\n2.丁。\n(二)戊。\n1.己。\n二、庚\n辛。\n(一)壬。癸。",
        ));
        let ids: Vec<_> = sections
            .iter()
            .flat_map(Section::walk)
            .map(|s| {
                let paragraphs: Vec<_> = s.paragraphs.iter().map(|p| p.id.as_str()).collect();
                format!("{}:{}", s.id, paragraphs.join(","))
            })
            .collect();
        assert_eq!(
            ids,
            [
                "intro:p0-1",
                "s1:",
                "s1-1:p1-1-1,p1-1-2",
                "s1-2:p1-2-1",
                "s2:p2-1,p2-2"
            ]
        );
        assert_eq!(sections[2].paragraphs[1].text, "(一)壬。癸。");
        assert_eq!(sections[1].subsections[0].title_en.as_deref(), Some(""));
    }

    #[test]
    fn numbered_headings_nest_at_any_depth_and_numbered_paragraphs_stay_whole() {
        let sections = split_sections(&lines(
            "开头。\n一、甲\n（一）乙\n1.丙\n正文一。\n2、丁\n正文二。\n（二）戊\n1.己。其后。\n2.庚。其后。\n二、辛\n1.壬;\n2.癸;",
        ));
        let ids: Vec<_> = sections
            .iter()
            .flat_map(Section::walk)
            .map(|s| {
                let paragraphs: Vec<_> = s.paragraphs.iter().map(|p| p.id.as_str()).collect();
                format!("{} {:?}:{}", s.id, s.ordinal, paragraphs.join(","))
            })
            .collect();
        assert_eq!(
            ids,
            [
                "intro None:p0-1",
                "s1 Some(\"一、\"):",
                "s1-1 Some(\"（一）\"):",
                "s1-1-1 Some(\"1.\"):p1-1-1-1",
                "s1-1-2 Some(\"2、\"):p1-1-2-1",
                "s1-2 Some(\"（二）\"):p1-2-1,p1-2-2",
                "s2 Some(\"二、\"):p2-1,p2-2"
            ]
        );
    }

    #[test]
    fn a_report_may_start_its_numbering_at_any_style() {
        let sections = split_sections(&lines("(一)甲\n乙。\n(二)丙\n1.丁\n戊。"));
        let ids: Vec<_> = sections
            .iter()
            .flat_map(Section::walk)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["s1", "s2", "s2-1"]);
        assert_eq!(ordinal("1.5万件"), None);
        assert_eq!(ordinal("2023年"), None);
        assert_eq!(heading_style("1、加强组织领导"), Some(HeadingStyle::Digits));
        assert_eq!(heading_style("1.出台文件3份;"), None);
    }

    #[test]
    fn a_report_without_an_opening_paragraph_has_no_intro() {
        let sections = split_sections(&lines("一、甲\n乙。"));
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].paragraphs[0].id, "p1-1");
    }
}
