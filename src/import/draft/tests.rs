use super::*;
use crate::import::{RemovedLine, RemovedReason};

const PAGE: &str = "推广文字\n某区人民政府关于2023年度法治政府建设情况的报告\n发布日期:2024-01-18 18:08:22\n来源:某区司法局\n发布机构:某区人民政府办公室\n\n2023年,某区共调解纠纷1300宗,调解成功率97.5%。\n一、主要举措\n(一)加强领导。\n1.目前全区共有调解组织150个。\n某区人民政府\n2023年12月29日\n【关闭窗口】\n";

#[test]
fn a_draft_has_the_page_and_leaves_the_rest_to_a_person() {
    let draft = import(PAGE).unwrap();
    let r = &draft.report;
    assert_eq!(
        r.meta.title,
        "某区人民政府关于2023年度法治政府建设情况的报告"
    );
    assert_eq!(r.meta.year, 2023);
    assert_eq!(r.meta.district.zh, "某区");
    assert_eq!(r.meta.signed_on, "2023-12-29");
    assert_eq!(r.meta.issuers, ["某区人民政府"]);
    assert_eq!(r.meta.title_en, "");
    let ids: Vec<_> = r.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["p0-1.count1", "p0-1.percent2", "p1-1-1.count1"]);
    assert!(r.relations.is_empty() && r.charts.is_empty() && r.key_figures.is_empty());
    assert!(!serde_json::to_string(r).unwrap().contains("推广文字"));
}

#[test]
fn the_checks_list_what_is_to_fill_and_nothing_else() {
    let draft = import(PAGE).unwrap();
    let problems: Vec<String> = check(&draft.report)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems
        .contains(&"figures[0].label.en: the English label is still to be filled".to_string()));
    assert!(
        problems.contains(&"meta.title_en: the English title is still to be filled".to_string())
    );
    assert!(problems
        .iter()
        .any(|p| p.starts_with("key_figures: no key figures")));
    assert!(problems
        .iter()
        .any(|p| p.starts_with("to_review[3]: the arithmetic")));
    let unexpected: Vec<_> = check(&draft.report)
        .into_iter()
        .filter(|p| !p.kind.is_left_to_fill())
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

#[test]
fn the_review_list_gives_every_period_and_counts_what_to_fill() {
    let draft = import(PAGE).unwrap();
    let review = draft.review.join("\n");
    assert!(
        review.contains("figures[2] p1-1-1.count1: 150个 — as of the report's writing (目前)"),
        "{review}"
    );
    assert!(
        review.contains("the English label is still to be filled in 3 place(s)"),
        "{review}"
    );
    assert!(
        review.contains("dropped: 1 line(s) before the title"),
        "{review}"
    );
    assert!(!review.contains("推广文字"));
}

#[test]
fn the_draft_lists_every_removed_line_with_its_reason() {
    let draft = import(PAGE).unwrap();
    let removed: Vec<_> = draft
        .removed
        .iter()
        .map(|r| (r.text.as_str(), r.reason))
        .collect();
    assert_eq!(
        removed,
        [
            ("推广文字", RemovedReason::BeforeTitle),
            ("发布日期:2024-01-18 18:08:22", RemovedReason::Metadata),
            ("来源:某区司法局", RemovedReason::Metadata),
            ("发布机构:某区人民政府办公室", RemovedReason::Metadata),
            ("【关闭窗口】", RemovedReason::AfterSignOff),
        ]
    );
    for reason in RemovedReason::ALL {
        assert!(!reason.label_zh().is_empty() && !reason.label_en().is_empty());
    }
    let json = serde_json::to_string(&draft.removed[0]).unwrap();
    assert_eq!(json, r#"{"text":"推广文字","reason":"before_title"}"#);
    let back: RemovedLine = serde_json::from_str(&json).unwrap();
    assert_eq!(back, draft.removed[0]);
}

#[test]
fn a_kept_line_stays_in_the_text_and_import_is_import_keeping_nothing() {
    assert_eq!(import(PAGE).unwrap(), import_keeping(PAGE, &[]).unwrap());
    let keep = ["推广文字".to_string(), "【关闭窗口】".to_string()];
    let draft = import_keeping(PAGE, &keep).unwrap();
    let paragraphs: Vec<_> = draft
        .report
        .paragraphs()
        .iter()
        .map(|p| p.text.clone())
        .collect();
    assert_eq!(paragraphs.first().map(String::as_str), Some("推广文字"));
    assert_eq!(paragraphs.last().map(String::as_str), Some("【关闭窗口】"));
    assert!(draft.removed.iter().all(|r| !keep.contains(&r.text)));
    assert_eq!(draft.removed.len(), 3);
}
