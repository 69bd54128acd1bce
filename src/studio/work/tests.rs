use super::*;
use crate::import::import;

use crate::studio::fixtures::{bundled, source_page};

fn imported() -> Work {
    let page = source_page();
    let draft = import(&page).expect("the source page imports");
    Work::from_draft(
        Source {
            name: "pasted".into(),
            text: page,
        },
        Vec::new(),
        draft,
    )
}

#[test]
fn an_imported_page_starts_with_every_figure_to_review_and_nothing_exportable() {
    let work = imported();
    assert_eq!(work.step, Step::Text);
    assert!(work.pending() > 90, "{} proposals", work.pending());
    assert_eq!(work.accepted().count(), 0);
    let draft = work.draft().unwrap();
    assert!(draft.figures.is_empty());
    assert!(draft.to_review.contains(&ReviewItem::Periods));
    assert!(work.exportable().is_none());
    assert!(work
        .blockers()
        .contains(&Blocker::FiguresToReview(work.pending())));
    assert!(work.blockers().contains(&Blocker::FieldsToConfirm(7)));
}

#[test]
fn accepting_every_proposal_puts_them_in_the_draft_and_leaves_the_charts_to_choose() {
    let mut work = imported();
    let mut at = 0;
    while let Some(i) = work.next_pending(at) {
        work.decide(i, Decision::Accepted);
        at = i;
    }
    assert_eq!(work.pending(), 0);
    let draft = work.draft().unwrap();
    assert_eq!(draft.figures.len(), work.proposals.len());
    assert_eq!(
        draft.to_review,
        vec![ReviewItem::Relations, ReviewItem::Charts]
    );
    // No key figures chosen yet: the validator says so.
    assert!(work
        .problems()
        .iter()
        .any(|p| p.kind == crate::report::ProblemKind::NoKeyFigures));
}

#[test]
fn a_rejected_figure_leaves_the_key_figures_and_charts() {
    let mut work = Work::from_report("huiyang-2023.json", bundled());
    let key = work.report.as_ref().unwrap().key_figures[0].clone();
    let index = work
        .proposals
        .iter()
        .position(|p| p.figure.id == key)
        .unwrap();
    work.decide(index, Decision::Rejected);
    let draft = work.draft().unwrap();
    assert!(!draft.key_figures.contains(&key));
    assert!(draft.charts.iter().all(|c| !c.figures.contains(&key)));
    assert!(draft.figures.iter().all(|f| f.id != key));
}

#[test]
fn a_published_report_opened_to_revise_exports_as_it_was() {
    let report = bundled();
    let work = Work::from_report("huiyang-2023.json", report.clone());
    assert!(work.blockers().is_empty(), "{:?}", work.blockers());
    assert_eq!(work.problems(), Vec::new());
    assert_eq!(work.exportable(), Some(report));
}

#[test]
fn work_survives_a_round_trip_through_its_file() {
    let mut work = imported();
    work.decide(3, Decision::Rejected);
    work.confirm(MetaField::Title, true);
    work.kept.push("【打印本页】".into());
    let back = Work::from_json(&work.to_json()).unwrap();
    assert_eq!(back, work);
}

#[test]
fn damaged_or_foreign_work_files_are_refused_with_what_is_wrong() {
    let err = Work::from_json("{\"version\": 1, \"step\": \"bring\"").unwrap_err();
    assert!(matches!(err, WorkError::Unreadable(_)), "{err:?}");
    assert!(err.message(Lang::Zh).contains("已损坏"));
    let err = Work::from_json("{\"version\": 7}").unwrap_err();
    assert_eq!(err, WorkError::Version { found: 7 });
    assert!(err.message(Lang::Zh).contains('7'));
    assert!(err.message(Lang::En).contains("version 7"));
    let err = Work::from_json("[]").unwrap_err();
    assert!(matches!(err, WorkError::Unreadable(_)));
}

#[test]
fn confirming_fields_clears_them_one_by_one() {
    let mut work = imported();
    for field in MetaField::ALL {
        work.confirm(field, true);
    }
    assert!(!work
        .blockers()
        .iter()
        .any(|b| matches!(b, Blocker::FieldsToConfirm(_))));
    work.confirm(MetaField::Year, false);
    assert!(work.blockers().contains(&Blocker::FieldsToConfirm(1)));
}

#[test]
fn next_pending_wraps_and_skips_decided_ones() {
    let mut work = imported();
    let last = work.proposals.len() - 1;
    work.decide(0, Decision::Accepted);
    assert_eq!(work.next_pending(last), Some(1));
    for i in 0..work.proposals.len() {
        work.decide(i, Decision::Rejected);
    }
    assert_eq!(work.next_pending(0), None);
}

/// A line put back: the page is imported again with it, and what the editor did
/// carries over to every figure, section and chart that is still there.
#[test]
fn a_line_put_back_keeps_what_the_editor_did() {
    let mut work = imported();
    assert!(
        !work.removed.is_empty(),
        "the source page's chrome is listed"
    );
    let chrome = work
        .removed
        .iter()
        .find(|l| l.text.contains("点击次数"))
        .expect("点击次数 is listed as removed")
        .clone();
    assert_eq!(chrome.reason, crate::import::RemovedReason::Chrome);
    work.decide(0, Decision::Accepted);
    work.decide(1, Decision::Rejected);
    work.proposals[0].figure.label.en = "A label the editor wrote".into();
    work.confirm(MetaField::Title, true);
    work.step = Step::Figures;
    let report = work.report.as_mut().unwrap();
    report.meta.title_en = "Edited title".into();
    report.sections[0].title_en = Some("Edited section".into());
    let first = work.proposals[0].figure.id.clone();
    work.report.as_mut().unwrap().key_figures = vec![first];

    let again = work.reimport(vec![chrome.text.clone()]).expect("imports");
    assert!(
        again
            .report
            .as_ref()
            .unwrap()
            .paragraphs()
            .iter()
            .any(|p| p.text.contains("点击次数")),
        "the line is in the text again"
    );
    assert!(!again.removed.iter().any(|l| l.text == chrome.text));
    assert_eq!(again.kept, vec![chrome.text.clone()]);
    assert_eq!(again.step, Step::Figures);
    assert_eq!(again.confirmed, vec![MetaField::Title]);
    let report = again.report.as_ref().unwrap();
    assert_eq!(report.meta.title_en, "Edited title");
    assert_eq!(
        report.sections[0].title_en.as_deref(),
        Some("Edited section")
    );
    let was = &work.proposals[0].figure;
    let now = again
        .proposals
        .iter()
        .find(|p| p.figure.quote == was.quote && p.figure.label.en == was.label.en)
        .expect("the edited figure carried over");
    assert_eq!(now.decision, Decision::Accepted);
    assert_eq!(report.key_figures, vec![now.figure.id.clone()]);
    assert_eq!(
        again
            .proposals
            .iter()
            .filter(|p| p.decision == Decision::Rejected)
            .count(),
        1
    );
    assert_eq!(again.proposals.len(), work.proposals.len());

    // Taken out again, the text is the first import's.
    let back = again.reimport(Vec::new()).expect("imports");
    assert_eq!(
        back.report.as_ref().unwrap().sections,
        imported()
            .report
            .as_ref()
            .unwrap()
            .sections
            .iter()
            .cloned()
            .map(|mut s| {
                if s.id == report.sections[0].id {
                    s.title_en = Some("Edited section".into());
                }
                s
            })
            .collect::<Vec<_>>()
    );
    assert!(back.removed.iter().any(|l| l.text == chrome.text));
}

#[test]
fn an_accepted_proposal_is_found_at_its_place_among_the_draft_figures() {
    let mut work = imported();
    work.decide(0, Decision::Accepted);
    work.decide(1, Decision::Rejected);
    work.decide(3, Decision::Accepted);
    assert_eq!(work.draft_index(0), Some(0));
    assert_eq!(work.draft_index(1), None, "rejected");
    assert_eq!(work.draft_index(2), None, "still to review");
    assert_eq!(work.draft_index(3), Some(1));
    assert_eq!(work.draft_index(work.proposals.len()), None);
    let draft = work.draft().unwrap();
    assert_eq!(draft.figures[1].id, work.proposals[3].figure.id);
}
