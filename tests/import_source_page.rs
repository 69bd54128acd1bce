//! The importer on the real source page (`tests/fixtures/source-page.txt`) against the
//! bundled report made from it by hand, and on an HTML version of the same page.
//! The measured figures are printed; see them with
//! `cargo test --test import_source_page -- --nocapture`.

mod support;

use std::time::Instant;

use law_report::import::{import, Draft};
use law_report::report::{Bilingual, Figure, Period, Report, Section};
use support::{bundled, read, root, same_figure};

fn draft_of(path: &str) -> Draft {
    import(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A period with its English words left out, which a draft leaves for a person.
fn without_english(period: &Period) -> Period {
    match period {
        Period::Cumulative { since, until } => Period::Cumulative {
            since: since.as_ref().map(|s| Bilingual {
                zh: s.zh.clone(),
                en: String::new(),
            }),
            until: until.clone(),
        },
        other => other.clone(),
    }
}

/// A section's shape without its English title: id, ordinal, title, paragraphs.
fn shape(section: &Section) -> String {
    let paragraphs: Vec<String> = section
        .paragraphs
        .iter()
        .map(|p| format!("{} {}", p.id, p.text))
        .collect();
    format!(
        "{} {:?} {:?}\n{}",
        section.id,
        section.ordinal,
        section.title,
        paragraphs.join("\n")
    )
}

fn shapes(report: &Report) -> Vec<String> {
    report.all_sections().into_iter().map(shape).collect()
}

// One piece: each assertion compares a part of the same import (made once, from the
// published page) with the bundled report; split, each part would import it again.
#[test]
fn the_source_page_is_imported_as_the_bundled_report_has_it() {
    let started = Instant::now();
    let draft = draft_of("tests/fixtures/source-page.txt");
    let elapsed = started.elapsed();
    let bundled = bundled();
    let report = &draft.report;

    assert_eq!(
        shapes(report),
        shapes(&bundled),
        "sections and paragraphs verbatim"
    );
    let meta = &report.meta;
    assert_eq!(meta.title, bundled.meta.title);
    assert_eq!(meta.year, bundled.meta.year);
    assert_eq!(meta.issuers, bundled.meta.issuers);
    assert_eq!(meta.signed_on, bundled.meta.signed_on);
    assert_eq!(meta.signed_on_text, bundled.meta.signed_on_text);
    assert_eq!(meta.published_at, bundled.meta.published_at);
    assert_eq!(meta.source_office, bundled.meta.source_office);
    assert_eq!(meta.publishing_office, bundled.meta.publishing_office);
    assert_eq!(
        meta.district.zh, bundled.meta.district.zh,
        "the district as the page names it"
    );
    assert_eq!(
        (meta.title_en.as_str(), meta.district.en.as_str()),
        ("", "")
    );

    let found: Vec<&Figure> = bundled
        .figures
        .iter()
        .filter(|b| report.figures.iter().any(|p| same_figure(p, b)))
        .collect();
    let missed: Vec<&Figure> = bundled
        .figures
        .iter()
        .filter(|b| !found.iter().any(|f| f.id == b.id))
        .collect();
    let false_candidates: Vec<&Figure> = report
        .figures
        .iter()
        .filter(|p| !bundled.figures.iter().any(|b| same_figure(p, b)))
        .collect();
    let same_period = bundled
        .figures
        .iter()
        .filter(|b| {
            report.figures.iter().any(|p| {
                same_figure(p, b) && without_english(&p.period) == without_english(&b.period)
            })
        })
        .count();
    let recall = found.len() as f64 / bundled.figures.len() as f64;
    let false_share = false_candidates.len() as f64 / report.figures.len() as f64;
    println!(
        "import of the source page: {} ms (debug build)",
        elapsed.as_millis()
    );
    println!(
        "figures: {} proposed; {} of the bundled {} matched ({:.1} %); {} false candidates ({:.1} %); {} with the bundled period (its English words aside)",
        report.figures.len(),
        found.len(),
        bundled.figures.len(),
        recall * 100.0,
        false_candidates.len(),
        false_share * 100.0,
        same_period
    );
    for b in &bundled.figures {
        if let Some(p) = report
            .figures
            .iter()
            .find(|p| same_figure(p, b) && without_english(&p.period) != without_english(&b.period))
        {
            println!(
                "  period of {} `{}`: proposed {:?}, bundled {:?}",
                b.id, b.quote, p.period, b.period
            );
        }
    }
    for m in &missed {
        println!("  missed {} `{}` in {}", m.id, m.quote, m.paragraph);
    }
    for f in &false_candidates {
        println!("  false {} `{}`", f.id, f.quote);
    }
    assert!(
        recall >= 0.95,
        "only {:.1} % of the bundled figures",
        recall * 100.0
    );
    assert!(
        false_share <= 0.10,
        "{:.1} % false candidates",
        false_share * 100.0
    );
    assert!(
        same_period * 10 >= bundled.figures.len() * 9,
        "only {same_period} periods as the bundled report has them"
    );
    // Where the periods differ, a person found that an earlier clause governs the
    // figure (its `period_quote`); the importer, which cannot tell, proposes none.
    let differing: Vec<(&str, &Period)> = bundled
        .figures
        .iter()
        .filter_map(|b| {
            let p = report.figures.iter().find(|p| same_figure(p, b))?;
            (without_english(&p.period) != without_english(&b.period))
                .then_some((b.id.as_str(), &p.period))
        })
        .collect();
    let governed: Vec<&str> = bundled
        .figures
        .iter()
        .filter(|b| b.period_quote.is_some())
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(
        differing.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        governed
    );
    assert!(
        differing.iter().all(|(_, p)| **p == Period::NotStated {}),
        "{differing:?}"
    );

    assert!(report.relations.is_empty() && report.charts.is_empty());
    assert!(report.key_figures.is_empty());
}

#[test]
fn a_figure_whose_sentence_names_no_time_is_not_proposed_as_the_reports_year() {
    let draft = draft_of("tests/fixtures/source-page.txt");
    for (paragraph, quote) in [
        ("p1-2-1", "390项证明材料"),
        ("p1-2-2", "1842项"),
        ("p1-2-4", "117项主题服务"),
        ("p1-3-2", "742份"),
        ("p1-2-2", "141宗"),
        ("p1-4-4", "198条"),
    ] {
        let figure = draft
            .report
            .figures
            .iter()
            .find(|f| f.paragraph == paragraph && f.quote.contains(quote))
            .unwrap_or_else(|| panic!("no figure `{quote}` in {paragraph}"));
        assert_eq!(figure.period, Period::NotStated {}, "{quote}");
    }
    let review = draft.review.join("\n");
    assert!(
        review.contains(
            "82条 — not stated (its sentence names no period; an earlier one names “2023年”"
        ),
        "{review}"
    );
}

#[test]
fn the_draft_never_holds_the_injected_line_or_the_page_chrome() {
    let draft = draft_of("tests/fixtures/source-page.txt");
    let json = serde_json::to_string(&draft.report).unwrap();
    let review = draft.review.join("\n");
    for banned in [
        "九游",
        "J9",
        "国徽",
        "点击次数",
        "【关闭窗口】",
        "【打印本页】",
        "附件",
    ] {
        assert!(!json.contains(banned), "the draft holds {banned}");
        assert!(!review.contains(banned), "the review list holds {banned}");
    }
}

#[test]
fn every_figure_quote_is_unique_and_states_its_value() {
    let draft = draft_of("tests/fixtures/source-page.txt");
    let problems: Vec<String> = law_report::report::check(&draft.report)
        .iter()
        .filter(|p| !p.kind.is_left_to_fill())
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_html_page_gives_the_same_draft_as_the_text() {
    let text = draft_of("tests/fixtures/source-page.txt");
    let html = draft_of("tests/fixtures/source-page.html");
    assert_eq!(html.report, text.report);
}

#[test]
fn the_import_binary_writes_json_to_stdout_and_the_review_to_stderr() {
    let path = root().join("tests/fixtures/source-page.txt");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_import"))
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let draft: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        draft.figures.len(),
        draft_of("tests/fixtures/source-page.txt")
            .report
            .figures
            .len()
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    println!("{stderr}");
    assert!(stderr.contains("periods to confirm"), "{stderr}");
    let removed = stderr
        .split_once("removed from the page (7 line(s)")
        .unwrap_or_else(|| panic!("no removed lines after the review: {stderr}"))
        .1;
    for line in [
        "  [before the title (not the report)] 国徽 九游老哥J9俱乐部官网",
        "  [page metadata (read into meta)] 来源:惠阳区司法和信访局",
        "  [page chrome (the site's menus, controls, banners)] 点击次数:-",
        "  [after the signing date] 【关闭窗口】 【打印本页】",
    ] {
        assert!(removed.contains(line), "{line} in {removed}");
    }
    let usage = std::process::Command::new(env!("CARGO_BIN_EXE_import"))
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}
