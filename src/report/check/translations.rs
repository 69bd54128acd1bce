//! English texts left empty: an imported draft leaves every one for a person to write,
//! and each is reported until it is written.

use super::problem::{EnglishText, Problem, ProblemKind};
use crate::report::model::{Period, Report, Section};

/// English texts left empty: an imported draft leaves every one for a person to write.
pub(super) fn check_translations(report: &Report, problems: &mut Vec<Problem>) {
    titles_to_fill(report, problems);
    figure_texts_to_fill(report, problems);
    notes_to_fill(report, problems);
}

/// Reports `text`, the English at `path`, as still to be filled when it is empty.
fn to_fill(problems: &mut Vec<Problem>, path: String, text: &str, what: EnglishText) {
    if text.trim().is_empty() {
        problems.push(Problem {
            path,
            kind: ProblemKind::ToBeFilled(what),
        });
    }
}

/// The report's English title, district name and section titles.
fn titles_to_fill(report: &Report, problems: &mut Vec<Problem>) {
    to_fill(
        problems,
        "meta.title_en".into(),
        &report.meta.title_en,
        EnglishText::Title,
    );
    to_fill(
        problems,
        "meta.district.en".into(),
        &report.meta.district.en,
        EnglishText::DistrictName,
    );
    fn section_titles(sections: &[Section], path: &str, out: &mut Vec<(String, String)>) {
        for (i, section) in sections.iter().enumerate() {
            let here = format!("{path}[{i}]");
            if let Some(title_en) = &section.title_en {
                out.push((format!("{here}.title_en"), title_en.clone()));
            }
            section_titles(&section.subsections, &format!("{here}.subsections"), out);
        }
    }
    let mut titles = Vec::new();
    section_titles(&report.sections, "sections", &mut titles);
    for (path, title_en) in titles {
        to_fill(problems, path, &title_en, EnglishText::Title);
    }
}

/// Each figure's English label and, for a running total, when it starts.
fn figure_texts_to_fill(report: &Report, problems: &mut Vec<Problem>) {
    for (i, figure) in report.figures.iter().enumerate() {
        to_fill(
            problems,
            format!("figures[{i}].label.en"),
            &figure.label.en,
            EnglishText::Label,
        );
        if let Period::Cumulative {
            since: Some(since), ..
        } = &figure.period
        {
            to_fill(
                problems,
                format!("figures[{i}].period.since.en"),
                &since.en,
                EnglishText::Since,
            );
        }
    }
}

/// The English of relation notes, withdrawn charts' reasons and charts' titles and notes.
fn notes_to_fill(report: &Report, problems: &mut Vec<Problem>) {
    // A note may be left out in both languages, but not translated halfway.
    for (i, relation) in report.relations.iter().enumerate() {
        if !relation.note().zh.trim().is_empty() {
            to_fill(
                problems,
                format!("relations[{i}].note.en"),
                &relation.note().en,
                EnglishText::Note,
            );
        }
    }
    for (i, chart) in report.withdrawn_charts.iter().enumerate() {
        to_fill(
            problems,
            format!("withdrawn_charts[{i}].reason.en"),
            &chart.reason.en,
            EnglishText::Reason,
        );
    }
    for (i, chart) in report.charts.iter().enumerate() {
        to_fill(
            problems,
            format!("charts[{i}].title.en"),
            &chart.title.en,
            EnglishText::Title,
        );
        if let Some(note) = chart.note.as_ref().filter(|n| !n.zh.trim().is_empty()) {
            to_fill(
                problems,
                format!("charts[{i}].note.en"),
                &note.en,
                EnglishText::Note,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::check::check;
    use crate::report::check::fixture::report;

    #[test]
    fn english_texts_left_empty_are_to_be_filled() {
        let mut r = report();
        r.meta.title_en.clear();
        r.figures[1].label.en = " ".into();
        r.sections[0].title_en = Some(String::new());
        let problems: Vec<String> = check(&r).iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "meta.title_en: the English title is still to be filled",
                "sections[0].title_en: the English title is still to be filled",
                "figures[1].label.en: the English label is still to be filled",
            ]
        );
    }
}
