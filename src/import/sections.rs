//! The report's own numbering turned into sections: `一、` starts a part, `(一)` (full-width
//! or ASCII parentheses) a subsection of it, when the line is a heading rather than a
//! numbered paragraph. Numbered items (`1.`, `(1)`) stay inside their paragraphs. Ids
//! follow the bundled report: `intro` / `p0-1`, `s1`, `s1-5`, `p1-5-1`, `p2-1`.

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

/// The Chinese numeral a line starts with and its length in bytes.
fn leading_numeral(line: &str) -> Option<usize> {
    leading_chinese_numeral(line).map(|(_, len)| len)
}

/// Whether the text after an ordinal is a heading: one sentence at most, ending the
/// line. A numbered paragraph (`(一)严格依法行政。落实……`) has more.
fn is_heading_text(title: &str) -> bool {
    let stops = title.matches('。').count();
    !title.is_empty()
        && title.chars().count() <= 80
        && (stops == 0 || (stops == 1 && title.ends_with('。')))
}

/// The heading a line is, if it is one.
pub fn heading(line: &str) -> Option<Heading> {
    if let Some(len) = leading_numeral(line) {
        let title = line[len..].strip_prefix('、')?;
        return is_heading_text(title).then(|| Heading::Part {
            ordinal: line[..len + '、'.len_utf8()].to_string(),
            title: title.to_string(),
        });
    }
    let open = line
        .chars()
        .next()
        .filter(|c| matches!(c, '(' | '\u{ff08}'))?;
    let inner = &line[open.len_utf8()..];
    let len = leading_numeral(inner)?;
    let close = inner[len..]
        .chars()
        .next()
        .filter(|c| matches!(c, ')' | '\u{ff09}'))?;
    let ordinal_len = open.len_utf8() + len + close.len_utf8();
    let title = &line[ordinal_len..];
    is_heading_text(title).then(|| Heading::Subsection {
        ordinal: line[..ordinal_len].to_string(),
        title: title.to_string(),
    })
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

/// The body's lines as sections: an untitled `intro` for what precedes the first
/// part (when anything does), then the parts with their subsections.
pub fn split_sections(body: &[String]) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for line in body {
        match heading(line) {
            Some(Heading::Part { ordinal, title }) => {
                let parts = sections.iter().filter(|s| s.id != "intro").count();
                sections.push(titled(format!("s{}", parts + 1), ordinal, title));
            }
            Some(Heading::Subsection { ordinal, title }) => {
                match sections.last_mut().filter(|s| s.id != "intro") {
                    Some(part) => {
                        let id = format!("{}-{}", part.id, part.subsections.len() + 1);
                        part.subsections.push(titled(id, ordinal, title));
                    }
                    None => {
                        let parts = sections.iter().filter(|s| s.id != "intro").count();
                        sections.push(titled(format!("s{}", parts + 1), ordinal, title));
                    }
                }
            }
            None => add_paragraph(&mut sections, line),
        }
    }
    sections
}

/// Adds a paragraph to the innermost open section, opening `intro` if none is.
fn add_paragraph(sections: &mut Vec<Section>, text: &str) {
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
    let section = sections.last_mut().expect("a section was just opened");
    let section = match section.subsections.last_mut() {
        Some(sub) => sub,
        None => section,
    };
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
    fn a_report_without_an_opening_paragraph_has_no_intro() {
        let sections = split_sections(&lines("一、甲\n乙。"));
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].paragraphs[0].id, "p1-1");
    }
}
