use super::*;
use crate::report::check::periods::check_periods;

fn year(words: &str) -> Option<(u16, String)> {
    named_year(words, 2023).map(|n| (n.year, n.written))
}

#[test]
fn a_year_is_named_by_its_number_its_month_or_the_words_for_this_year() {
    assert_eq!(year("2023年共调解"), Some((2023, "2023年".into())));
    assert_eq!(
        year("在2022年度法治惠州建设考评中"),
        Some((2022, "2022年度".into()))
    );
    assert_eq!(
        year("2023年11月,开展督察"),
        Some((2023, "2023年11月".into()))
    );
    assert_eq!(
        year("2023年7月28日,听取汇报"),
        Some((2023, "2023年7月28日".into()))
    );
    assert_eq!(year("全年共办理"), Some((2023, "全年".into())));
    assert_eq!(year("本年度共办理"), Some((2023, "本年度".into())));
    assert_eq!(
        year("2022年12月15日听取汇报;2023年共办理"),
        Some((2023, "2023年".into())),
        "the last one before the figure"
    );
}

#[test]
fn titles_editions_and_the_date_a_total_is_taken_on_name_no_year() {
    assert_eq!(year("印发《惠阳区2023年度双随机抽查工作计划》,"), None);
    assert_eq!(year("制定惠阳区行政许可事项清单(2022年版),"), None);
    assert_eq!(year("平台上线运用以来,截至2023年12月31日,共录入"), None);
    assert_eq!(year("明确取消390项证明材料"), None);
    assert_eq!(year("第46次常委会会议"), None);
    assert_eq!(year("12023年"), None, "five digits are no year");
}

#[test]
fn a_figures_sentence_ends_at_the_last_sentence_end_before_it() {
    let text = "2023年共开展4次。全区7344名参加考试,参考率为100%。";
    let at = text.find("7344").unwrap();
    assert_eq!(&text[sentence_start(text, at)..at], "全区");
    assert_eq!(year_of_sentence(text, at, at + "7344名".len(), 2023), None);
    let at = text.find("4次").unwrap();
    assert_eq!(
        year_of_sentence(text, at, at + "4次".len(), 2023).map(|n| n.year),
        Some(2023)
    );
}

/// A report of one paragraph whose figures are `(id, quote, year or None, period_quote)`.
fn report(text: &str, figures: &[(&str, &str, Option<u16>, Option<&str>)]) -> Report {
    let figures: Vec<_> = figures
        .iter()
        .map(|(id, quote, year, period_quote)| {
            let digits: String = quote.chars().filter(char::is_ascii_digit).collect();
            let period = match year {
                Some(y) => serde_json::json!({"kind": "year", "year": y}),
                None => serde_json::json!({"kind": "not_stated"}),
            };
            let mut figure = serde_json::json!({
                "id": id, "value": digits.parse::<f64>().unwrap(),
                "quantity": {"kind": "count", "measure": "项"},
                "label": {"zh": "事项", "en": "Items"}, "paragraph": "p1", "quote": quote,
                "period": period
            });
            if let Some(q) = period_quote {
                figure["period_quote"] = serde_json::json!(q);
            }
            figure
        })
        .collect();
    let mut report = crate::report::parse::tests::minimal();
    report["sections"] =
        serde_json::json!([{"id": "s", "paragraphs": [{"id": "p1", "text": text}]}]);
    report["figures"] = serde_json::Value::Array(figures);
    report["key_figures"] = serde_json::json!(["a"]);
    serde_json::from_value(report).unwrap()
}

fn problems(r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    check_periods(r, &mut out);
    out.iter().map(ToString::to_string).collect()
}

const TEXT: &str =
    "2023年共完成审计项目26个。针对问题,提出建议82条。2022年度办理12项;另有清单9项。";

#[test]
fn a_year_named_by_the_sentence_or_by_quoted_governing_words_holds() {
    let r = report(
        TEXT,
        &[
            ("a", "审计项目26个", Some(2023), None),
            (
                "b",
                "提出建议82条",
                Some(2023),
                Some("2023年共完成审计项目26个"),
            ),
            ("c", "办理12项", Some(2022), None),
            ("d", "清单9项", None, None),
        ],
    );
    assert_eq!(problems(&r), Vec::<String>::new());
}

#[test]
fn a_year_no_words_name_is_refused() {
    let r = report(TEXT, &[("b", "提出建议82条", Some(2023), None)]);
    assert_eq!(
        problems(&r),
        ["figures[0].period: the figure claims the year 2023, but the sentence that states it names no year and no `period_quote` gives the words that govern it: make the period `not_stated` (or `as_of` / `cumulative` where the words say so), or quote the governing words of the paragraph as `period_quote`"]
    );
    // A year in an earlier sentence does not reach past its end, nor does one after.
    let r = report(TEXT, &[("d", "清单9项", Some(2023), None)]);
    assert_eq!(problems(&r).len(), 1);
}

#[test]
fn a_year_the_sentence_contradicts_is_refused_whatever_the_governing_words() {
    let r = report(
        TEXT,
        &[(
            "c",
            "办理12项",
            Some(2023),
            Some("2023年共完成审计项目26个"),
        )],
    );
    assert_eq!(
        problems(&r),
        ["figures[0].period.year: the figure claims the year 2023, but the sentence that states it names 2022 (`2022年度`)"]
    );
}

#[test]
fn governing_words_must_be_in_the_paragraph_once_before_the_figure_and_name_its_year() {
    let case = |period_quote: &str, year: u16| {
        let r = report(
            TEXT,
            &[("b", "提出建议82条", Some(year), Some(period_quote))],
        );
        problems(&r)
    };
    assert_eq!(
        case("2023年共完成审计26个", 2023),
        ["figures[0].period_quote: the period_quote `2023年共完成审计26个` is not in paragraph `p1`"]
    );
    assert_eq!(
        case("2022年度办理12项", 2022),
        ["figures[0].period_quote: the period_quote `2022年度办理12项` does not come before the figure's quote, so it cannot govern it"]
    );
    assert_eq!(
        case("针对问题", 2023),
        ["figures[0].period_quote: the period_quote `针对问题` names no year (`2023年`, `2023年度`, or 全年, 今年, 本年度 for the report's year)"]
    );
    assert_eq!(
        case("2023年共完成审计项目26个", 2022),
        ["figures[0].period_quote: the period_quote `2023年共完成审计项目26个` names 2023 (`2023年`), but the figure claims the year 2022"]
    );
    let twice = report(
        "2023年共办理。2023年共办理。提出建议82条。",
        &[("b", "提出建议82条", Some(2023), Some("2023年共办理"))],
    );
    assert_eq!(
        problems(&twice),
        ["figures[0].period_quote: the period_quote `2023年共办理` occurs 2 times in paragraph `p1`; it must be unique"]
    );
}

#[test]
fn governing_words_support_only_a_year() {
    let r = report(
        TEXT,
        &[("d", "清单9项", None, Some("2023年共完成审计项目26个"))],
    );
    assert_eq!(
        problems(&r),
        ["figures[0].period_quote: a period_quote supports a year, but the period is `not_stated`; remove the period_quote"]
    );
}
