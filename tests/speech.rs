//! Read-aloud's script of the shipped report: every word of every paragraph, in the
//! report's order, said as the report writes it, each piece tied to the element of the
//! page it comes from.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use law_report::report::speech::{report_script, section_script};
use support::bundled;

#[test]
fn the_whole_report_is_read_in_order_word_for_word() {
    let report = bundled();
    let script = report_script(&report);
    assert_eq!(script[0].target, "report-title");
    assert_eq!(script[0].text, report.meta.title);
    // Each paragraph's pieces, joined, are its text; paragraphs come in reading order.
    let mut said = script
        .iter()
        .skip(1)
        .filter(|u| !u.target.ends_with("-heading"))
        .peekable();
    for paragraph in report.paragraphs() {
        let mut joined = String::new();
        while let Some(u) = said.next_if(|u| u.target == paragraph.id) {
            joined.push_str(&u.text);
        }
        let expected: String = paragraph.text.split('\n').map(str::trim).collect();
        assert_eq!(joined, expected, "paragraph {}", paragraph.id);
    }
    assert!(said.next().is_none(), "something said that is no paragraph");
    // Figures are said as written: "1424343宗", not a reworded number.
    assert!(script.iter().any(|u| u.text.contains("1424343宗")));
    let headings = script
        .iter()
        .filter(|u| u.target.ends_with("-heading"))
        .count();
    let titled = report
        .all_sections()
        .iter()
        .filter(|s| s.title.is_some())
        .count();
    assert_eq!(headings, titled);
}

#[test]
fn a_section_is_read_from_its_heading_through_its_subsections() {
    let report = bundled();
    let first = &report.sections[1];
    let script = section_script(first);
    assert_eq!(script[0].target, format!("{}-heading", first.id));
    assert_eq!(Some(script[0].text.clone()), first.heading());
    let last_sub = first.subsections.last().expect("subsections");
    let last_paragraph = last_sub.paragraphs.last().unwrap();
    assert_eq!(script.last().unwrap().target, last_paragraph.id);
    assert!(script.iter().all(|u| !u.text.trim().is_empty()));
}
