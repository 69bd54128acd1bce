//! Checks the bundled report JSON against the source page it transcribes: every
//! paragraph and heading verbatim and in order, the metadata, every figure's quote and
//! value, the stated arithmetic, and that no digit in the text escaped transcription.
//!
//! `tests/fixtures/source-page.txt` is the source page exactly as published (including
//! its injected first line and page chrome, which these tests prove are not shipped).

mod support;

use std::path::{Path, PathBuf};

use law_report::i18n::Lang;
use law_report::report::format::english_amount;
use law_report::report::period_rule::year_of_sentence;
use law_report::report::{Figure, MoneyUnit, Period, Quantity, Relation, Report};
use support::{bundled, read, root};

/// The source page, split the way a reader sees it.
struct SourcePage {
    injected_line: String,
    header: Vec<String>,
    /// Headings and paragraphs of the report body, in order.
    body: Vec<String>,
    signature: Vec<String>,
}

fn source_page() -> SourcePage {
    let text = read("tests/fixtures/source-page.txt");
    let mut lines = text.lines();
    let injected_line = lines
        .next()
        .expect("source page has a first line")
        .to_string();
    let rest: Vec<String> = lines
        .map(|l| l.replace('\u{a0}', " ").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let body_start = rest
        .iter()
        .position(|l| l.starts_with("点击次数"))
        .expect("the page chrome line 点击次数 precedes the body")
        + 1;
    let signature_start = rest
        .iter()
        .position(|l| l.starts_with("中共惠阳区委 ") && l.ends_with("惠阳区人民政府"))
        .expect("the signature follows the body");
    SourcePage {
        injected_line,
        header: rest[..body_start].to_vec(),
        body: rest[body_start..signature_start].to_vec(),
        signature: rest[signature_start..].to_vec(),
    }
}

/// Headings and paragraphs of the report, flattened in reading order.
fn report_lines(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for section in report.all_sections() {
        out.extend(section.heading());
        out.extend(section.paragraphs.iter().map(|p| p.text.clone()));
    }
    out
}

#[test]
fn every_heading_and_paragraph_matches_the_source_verbatim_and_in_order() {
    let report = bundled();
    let source = source_page();
    let ours = report_lines(&report);
    for (i, (a, b)) in ours.iter().zip(&source.body).enumerate() {
        assert_eq!(a, b, "line {i} of the report body differs from the source");
    }
    assert_eq!(
        ours.len(),
        source.body.len(),
        "number of headings + paragraphs"
    );
}

#[test]
fn the_report_has_the_structure_the_source_has() {
    let report = bundled();
    let parts: Vec<_> = report
        .sections
        .iter()
        .filter(|s| s.title.is_some())
        .collect();
    assert_eq!(parts.len(), 3, "parts 一, 二, 三");
    assert_eq!(parts[0].subsections.len(), 6, "part 一 has (一)…(六)");
    assert_eq!(parts[2].paragraphs.len(), 6, "part 三 has six points");
    let paragraphs = report.paragraphs().len();
    let headings = report
        .all_sections()
        .iter()
        .filter(|s| s.title.is_some())
        .count();
    assert_eq!(headings, 9, "three parts and six subsections");
    assert_eq!(paragraphs, 28, "1 + 20 + 1 + 6 paragraphs");
    assert_eq!(paragraphs + headings, source_page().body.len());
}

#[test]
fn metadata_matches_the_page_header_and_signature() {
    let meta = bundled().meta;
    let source = source_page();
    assert_eq!(source.header[0], meta.title);
    assert!(source
        .header
        .contains(&format!("发布日期:{}", meta.published_at)));
    assert!(source
        .header
        .contains(&format!("来源:{}", meta.source_office)));
    assert!(source
        .header
        .contains(&format!("发布机构:{}", meta.publishing_office)));
    let signers: Vec<&str> = source.signature[0].split_whitespace().collect();
    assert_eq!(signers, meta.issuers);
    assert_eq!(source.signature[1], meta.signed_on_text);
    assert_eq!(meta.signed_on, "2023-12-29");
    // The district as the page names it: the page never names its city or province.
    let page = read("tests/fixtures/source-page.txt");
    assert!(page.contains(&format!("{}人民政府", meta.district.zh)));
    assert!(!page.contains("惠州市惠阳区") && !page.contains("广东省惠州市"));
}

#[test]
fn page_chrome_is_not_report_content() {
    let report = bundled();
    let all = report_lines(&report).join("\n");
    for chrome in ["点击次数", "【关闭窗口】", "【打印本页】", "附件"] {
        assert!(!all.contains(chrome), "{chrome} is page chrome");
    }
}

/// Files that end up in `dist/` or are compiled into the wasm.
fn shipped_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut files = vec![root().join("index.html")];
    for dir in ["public", "style", "src", "dist"] {
        walk(&root().join(dir), &mut files);
    }
    files
}

#[test]
fn the_injected_first_line_of_the_source_page_is_never_shipped() {
    let source = source_page();
    // The line is an image's alt text (国徽) followed by an injected site name.
    let (alt_text, injected) = source
        .injected_line
        .split_once(' ')
        .expect("alt text and injected name are separated by a space");
    assert_eq!(alt_text, "国徽");
    assert!(injected.chars().count() >= 4);
    let files = shipped_files();
    assert!(files.len() > 5, "found only {files:?}");
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue; // binary files (wasm) are checked by the browser tests' dist scan
        };
        assert!(
            !text.contains(injected),
            "{} contains the injected site name",
            file.display()
        );
        assert!(
            !text.contains("国徽"),
            "{} contains the image alt text",
            file.display()
        );
    }
}

#[test]
fn figures_cite_the_numbers_the_issue_lists() {
    // An independent transcription of the headline figures, to catch a figure whose
    // value, quote and paragraph were all mistyped consistently.
    let report = bundled();
    let expect = |words: &str, value: f64| {
        let found: Vec<&Figure> = report
            .figures
            .iter()
            .filter(|f| f.quote.contains(words) && f.value == value)
            .collect();
        assert_eq!(found.len(), 1, "one figure stating {words} {value}");
    };
    expect("行政检查", 7397.0);
    expect("行政许可", 74728.0);
    expect("行政处罚", 9178.0);
    expect("非现场执法", 2159.0);
    expect("计划检查企业", 381.0);
    expect("生产经营单位", 1169.0);
    expect("隐患问题", 9940.0);
    expect("双随机抽查", 117.0);
    expect("检查经营主体", 3514.0);
    expect("公示", 3514.0);
    expect("认领监管事项", 634.0);
    expect("检查实施清单", 654.0);
    expect("有监管行为事项", 426.0);
    expect("覆盖率", 67.2);
    expect("减免罚", 141.0);
    expect("价格类违法", 13.0);
    expect("调解各类纠纷", 1300.0);
    expect("调解成功1268", 1268.0);
    expect("调解成功率", 97.5);
    expect("调解协议", 683.0);
    expect("涉及金额", 1.1);
    expect("调解组织", 150.0);
    expect("行业性调委会", 4.0);
    expect("调解工作室", 15.0);
    expect("诉前调解", 93.0);
    expect("行政复议申请", 333.0);
    expect("立案前调解", 32.0);
    expect("撤回", 71.0);
    expect("立案后调解率", 23.0);
    expect("出庭应诉率", 100.0);
    expect("合法性审查意见24", 24.0);
    expect("出具意见742", 742.0);
    expect("办理业务", 1424343.0);
    expect("回复公开", 674.0);
    expect("申请681", 681.0);
}

#[test]
fn the_relations_the_report_states_are_all_recorded() {
    let report = bundled();
    let has = |pred: &dyn Fn(&Relation) -> bool| report.relations.iter().any(pred);
    let value = |id: &str| report.figure(id).map(|f| f.value);
    assert!(has(
        &|r| matches!(r, Relation::Rate { rate, .. } if value(rate) == Some(97.5))
    ));
    assert!(has(
        &|r| matches!(r, Relation::Rate { rate, .. } if value(rate) == Some(67.2))
    ));
    assert!(has(
        &|r| matches!(r, Relation::Sum { total, parts, .. } if value(total) == Some(12.0) && parts.len() == 2)
    ));
    assert!(has(
        &|r| matches!(r, Relation::Equal { figures, .. } if figures.iter().all(|f| value(f) == Some(3514.0)))
    ));
    assert!(has(
        &|r| matches!(r, Relation::AtMost { part, whole, .. } if value(part) == Some(674.0) && value(whole) == Some(681.0))
    ));
}

#[test]
fn every_number_in_the_text_is_a_figure_a_date_or_an_ordinal() {
    let report = bundled();
    let mut missed = Vec::new();
    for paragraph in report.paragraphs() {
        let text = paragraph.text.as_str();
        let covered: Vec<std::ops::Range<usize>> = report
            .figures_in(&paragraph.id)
            .iter()
            .filter_map(|f| {
                let at = text.find(f.quote.as_str())?;
                Some(at..at + f.quote.len())
            })
            .collect();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let run = text[start..i].trim_end_matches('.');
            let after = &text[start + run.len()..];
            let before = &text[..start];
            let is_date = ["年", "月", "日"].iter().any(|u| after.starts_with(u));
            let is_meeting =
                before.ends_with('第') || before.ends_with("届") || before.ends_with("六届");
            let is_item_number = start == 0 && after.starts_with('.');
            let is_system_name = after.starts_with("+6学法体系") || before.ends_with("1+");
            let is_figure = covered.iter().any(|r| r.contains(&start));
            if !(is_date || is_meeting || is_item_number || is_system_name || is_figure) {
                missed.push(format!(
                    "{}: {run} …{}",
                    paragraph.id,
                    after.chars().take(8).collect::<String>()
                ));
            }
        }
    }
    assert!(
        missed.is_empty(),
        "numbers with no figure record:\n{}",
        missed.join("\n")
    );
}

#[test]
fn every_figure_has_both_labels_and_a_sensible_kind() {
    let report = bundled();
    assert!(
        report.figures.len() >= 80,
        "only {} figures",
        report.figures.len()
    );
    for f in &report.figures {
        assert!(
            !f.label.zh.trim().is_empty() && !f.label.en.trim().is_empty(),
            "{}",
            f.id
        );
        if f.quote.contains('%') {
            assert_eq!(f.quantity, Quantity::Percent, "{}", f.id);
        }
    }
    assert_eq!(report.key_figures.len(), 8);
}

/// The digit runs of a text, separators removed (`7,344` → `7344`, `1.1` stays).
fn numbers_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let continues = |next: Option<&char>| next.is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() {
            current.push(c);
        } else if c == ',' && !current.is_empty() && continues(chars.peek()) {
            // A thousands separator.
        } else if c == '.' && !current.is_empty() && continues(chars.peek()) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The amounts of money a text states: each number directly followed by 万元 or 亿元.
fn amounts_in(text: &str) -> Vec<(f64, MoneyUnit)> {
    [("万元", MoneyUnit::Wan), ("亿元", MoneyUnit::Yi)]
        .into_iter()
        .flat_map(|(word, unit)| {
            text.match_indices(word).filter_map(move |(at, _)| {
                let before = &text[..at];
                let start = before
                    .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
                    .map_or(0, |i| i + before[i..].chars().next().unwrap().len_utf8());
                Some((before[start..].parse().ok()?, unit))
            })
        })
        .collect()
}

#[test]
fn english_translations_state_no_number_the_chinese_does_not() {
    let report = bundled();
    let mut pairs: Vec<(String, &str, &str)> = Vec::new();
    for chart in &report.charts {
        pairs.push((
            format!("chart {} title", chart.id),
            &chart.title.zh,
            &chart.title.en,
        ));
        if let Some(note) = &chart.note {
            pairs.push((format!("chart {} note", chart.id), &note.zh, &note.en));
        }
    }
    for figure in &report.figures {
        pairs.push((
            format!("figure {}", figure.id),
            &figure.label.zh,
            &figure.label.en,
        ));
    }
    for section in report.all_sections() {
        if let (Some(zh), Some(en)) = (&section.title, &section.title_en) {
            pairs.push((format!("section {}", section.id), zh, en));
        }
    }
    pairs.push((
        "meta title".into(),
        &report.meta.title,
        &report.meta.title_en,
    ));
    assert!(pairs.len() > 100, "{} pairs", pairs.len());
    let mut invented = Vec::new();
    for (what, zh, en) in &pairs {
        let mut stated = numbers_in(zh);
        // An amount in 万元 or 亿元 reads in English as its exact conversion, as the
        // app writes it (1.1亿元: 110 million yuan).
        for (number, unit) in amounts_in(zh) {
            let (converted, _) = english_amount(number, unit);
            stated.push(converted.replace(',', ""));
        }
        for number in numbers_in(en) {
            if !stated.contains(&number) {
                invented.push(format!("{what}: {number} in “{en}” is not in “{zh}”"));
            }
        }
    }
    assert!(invented.is_empty(), "{}", invented.join("\n"));
    assert_eq!(
        numbers_in("7,344 and 1.1 × 10,000; 2023."),
        ["7344", "1.1", "10000", "2023"]
    );
    assert_eq!(
        amounts_in("金额1.1亿元,问题金额81659万元"),
        [(81659.0, MoneyUnit::Wan), (1.1, MoneyUnit::Yi)]
    );
}

#[test]
fn figures_whose_sentence_names_no_time_are_not_shown_as_the_reports_year() {
    // Issue 27: these were shown as 2023 numbers though no words say so.
    let report = bundled();
    for id in [
        "regulation.certificates_abolished",
        "lists.government_service_implementation_items",
        "services.one_thing_themed_services",
        "legality_review.legal_counsel_opinions",
        "lists.penalty_reduction_waiver_decisions",
        "study.central_group_sessions",
        "study.thematic_study_sessions",
        "leadership.officials_reporting_on_law",
        "enforcement.accompanied_trainings",
        "enforcement.complaints_handled",
        "oversight.cppcc_proposals",
        "oversight.cppcc_proposals_filed",
    ] {
        let figure = report.figure(id).unwrap();
        assert_eq!(figure.period, Period::NotStated {}, "{id}");
        assert_eq!(
            figure
                .period
                .describe(report.meta.year, Lang::Zh)
                .as_deref(),
            Some("报告未写明时段"),
            "{id}: the key-figure card, the paragraph and the charts say it"
        );
        assert_eq!(
            figure
                .period
                .describe(report.meta.year, Lang::En)
                .as_deref(),
            Some("period not stated")
        );
    }
}

#[test]
fn the_key_figures_are_figures_of_the_reports_year_their_own_sentence_states() {
    // Opened by 2023 figures of the report's main areas: no ranking of 2022, no
    // running total, no figure whose period the report leaves unsaid.
    let report = bundled();
    assert_eq!(report.key_figures.len(), 8);
    let mut sections = Vec::new();
    for id in &report.key_figures {
        let figure = report.figure(id).unwrap();
        assert_eq!(
            figure.period,
            Period::Year {
                year: report.meta.year
            },
            "{id}"
        );
        assert_eq!(figure.period_quote, None, "{id} leans on another sentence");
        let text = &report.paragraph(&figure.paragraph).unwrap().text;
        let start = text.find(&figure.quote).unwrap();
        let named = year_of_sentence(text, start, start + figure.quote.len(), report.meta.year);
        assert_eq!(named.map(|n| n.year), Some(report.meta.year), "{id}");
        let section = report.section_path(&figure.paragraph)[1].clone();
        if !sections.contains(&section) {
            sections.push(section);
        }
    }
    assert!(sections.len() >= 4, "from the main areas: {sections:?}");
}

#[test]
fn words_a_note_quotes_are_the_reports_own() {
    // A note that quotes the report must quote it exactly (“各党派团体和委员提案83件”,
    // not “委员提案83件”).
    let report = bundled();
    let text: String = report
        .paragraphs()
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    let mut notes: Vec<(String, &str)> = report
        .relations
        .iter()
        .map(|r| (format!("relation {}", r.id()), r.note().zh.as_str()))
        .collect();
    notes.extend(
        report
            .charts
            .iter()
            .filter_map(|c| Some((format!("chart {}", c.id), c.note.as_ref()?.zh.as_str()))),
    );
    let mut misquoted = Vec::new();
    for (what, note) in notes {
        for quoted in note.split('“').skip(1).filter_map(|q| q.split('”').next()) {
            if !text.contains(quoted) {
                misquoted.push(format!("{what}: “{quoted}”"));
            }
        }
    }
    assert!(misquoted.is_empty(), "{}", misquoted.join("\n"));
    let proposals = report
        .relations
        .iter()
        .find(|r| r.id() == "oversight.filed_within_proposals")
        .unwrap();
    assert!(proposals.note().zh.contains("“各党派团体和委员提案83件"));
}

#[test]
fn amounts_keep_what_the_report_says_they_are() {
    let report = bundled();
    let audit = report.figure("oversight.audit_problem_amount").unwrap();
    assert!(audit.label.zh.ends_with("(包括管理不规范资金和违规资金)"));
    assert!(audit.label.en.contains("including"), "{}", audit.label.en);
    // 涉及金额 is what the agreements involve, not money paid.
    let agreements = report.figure("mediation.agreement_amount").unwrap();
    assert!(agreements.label.zh.contains("涉及金额"));
    assert!(
        agreements.label.en.contains("involve"),
        "{}",
        agreements.label.en
    );
    let note = report
        .charts
        .iter()
        .find(|c| c.figures.contains(&agreements.id))
        .and_then(|c| c.note.as_ref())
        .unwrap();
    assert!(note.zh.contains("不是已经支付的金额"), "{}", note.zh);
    assert!(note.en.contains("not money paid"), "{}", note.en);
}
