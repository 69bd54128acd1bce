//! The corpus of hand-made bad report files in `tests/bad-reports/`: each must be
//! refused with exactly the problems listed here, by the library and by the
//! command-line validator alike. One file per kind of mistake an editor can make.

mod support;

use std::path::PathBuf;
use std::process::Command;

use law_report::report::validate::validate;
use support::root;

fn corpus(name: &str) -> (PathBuf, String) {
    let path = root().join("tests/bad-reports").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, text)
}

const CASES: &[(&str, &[&str])] = &[
    ("absurd-value.json", &["figures[0].value: the value is 1300000000000000, more than the 1000000000000 a report can sensibly have"]),
    ("approx-rank.json", &["figures[3].approx: a rank is written exactly, so it cannot be approximate"]),
    ("change-falls-over-100.json", &["figures[3].value: a fall of 120 % would leave less than nothing"]),
    ("change-negative-size.json", &["figures[3].value: a change is stated by its word (增长) and its size, so the size -3 must not be negative"]),
    ("chart-mixes-periods.json", &["charts[0].figures[1]: a bars chart compares its figures by length, so they must cover one period, but `mediation.disputes` is in 2023 and `mediation.successful` cumulative to 31 December 2023; use cards, or a chart per period"]),
    ("chart-mixes-units.json", &["charts[1].figures[1]: a bars chart compares its figures by length, so they must count one kind of thing in one unit, but `mediation.disputes` is in `宗` and `mediation.success_rate` in `%`; use cards, or a chart per unit"]),
    ("chart-names-missing-figure.json", &["charts[0].figures[2]: no figure has the id `mediation.agreements`"]),
    ("duplicate-id.json", &[
        "figures[1].id: the id `mediation.disputes` is used more than once",
        "relations[0].part: no figure has the id `mediation.successful`",
        "charts[0].figures[1]: no figure has the id `mediation.successful`",
    ]),
    ("english-label-to-fill.json", &["figures[0].label.en: the English label is still to be filled"]),
    ("figure-names-missing-paragraph.json", &["figures[2].paragraph: no paragraph has the id `p0-2`"]),
    ("funnel-grows.json", &[
        "charts[0].figures[1]: a funnel stage must be tied to the one before by a relation the report states (a `rate`, or an `at_most` with basis `stated` for its 其中), but no relation ties `mediation.disputes` to `mediation.successful`",
        "charts[0].figures[1]: a funnel's stages must not grow, but 1300 follows 1268",
    ]),
    ("funnel-stage-not-stated.json", &["charts[0].figures[1]: a funnel stage must be tied to the one before by a relation the report states (a `rate`, or an `at_most` with basis `stated` for its 其中), but no relation ties `mediation.successful` to `mediation.disputes`"]),
    ("html-instead-of-json.json", &["(file): the report file is not valid JSON (line 1, column 1): expected value"]),
    ("infinite-number.json", &["(file): the report file is not valid JSON (line 70, column 20): number out of range"]),
    ("inference-unmarked.json", &["relations[0].note: the relation's basis is `inferred`, so its note must say so: \"本页推断\" in Chinese and \"our inference\" in English"]),
    ("key-figures-empty.json", &["key_figures: no key figures are chosen yet: list the ids of the figures to show at the top of the page"]),
    ("missing-field.json", &["meta: missing field `source_office` (line 18, column 3)"]),
    ("negative-count.json", &[
        "figures[0].value: the count -1300 is negative or not a whole number",
        "relations[0]: 1268 of -1300 is -97.538 %, but the report states 97.5 %",
        "charts[0].figures[1]: a funnel's stages must not grow, but 1268 follows -1300",
    ]),
    ("not-a-number.json", &["(file): the report file is not valid JSON (line 70, column 16): expected value"]),
    ("percentage-over-100.json", &[
        "figures[2].value: the percentage 197.5 is outside 0–100",
        "relations[0]: 1268 of 1300 is 97.538 %, but the report states 197.5 %",
    ]),
    ("period-bad-date.json", &["figures[2].period.date: `2023年底` is not a date written as YYYY-MM-DD"]),
    ("period-quote-after-figure.json", &["figures[3].period_quote: the period_quote `以上均为2023年全年数据` does not come before the figure's quote, so it cannot govern it"]),
    ("period-quote-names-no-year.json", &["figures[3].period_quote: the period_quote `调解成功率97.5%` names no year (`2023年`, `2023年度`, or 全年, 今年, 本年度 for the report's year)"]),
    ("period-quote-names-other-year.json", &["figures[3].period_quote: the period_quote `2023年共调解各类纠纷1300宗` names 2023 (`2023年`), but the figure claims the year 2022"]),
    ("period-quote-not-in-paragraph.json", &["figures[3].period_quote: the period_quote `2023年共调解纠纷` is not in paragraph `p0-1`"]),
    ("period-quote-not-unique.json", &["figures[3].period_quote: the period_quote `2023年共` occurs 2 times in paragraph `p0-1`; it must be unique"]),
    ("period-quote-without-year.json", &["figures[3].period_quote: a period_quote supports a year, but the period is `not_stated`; remove the period_quote"]),
    ("period-year-contradicted.json", &["figures[3].period.year: the figure claims the year 2023, but the sentence that states it names 2022 (`2022年`)"]),
    ("period-year-unsupported.json", &["figures[3].period: the figure claims the year 2023, but the sentence that states it names no year and no `period_quote` gives the words that govern it: make the period `not_stated` (or `as_of` / `cumulative` where the words say so), or quote the governing words of the paragraph as `period_quote`"]),
    ("quote-not-in-paragraph.json", &[
        "figures[1].quote: the quote `调解成功1286宗` is not in paragraph `p0-1`",
        "figures[1].value: the value is written as `1268宗`, which the quote `调解成功1286宗` does not contain",
    ]),
    ("rate-disagrees-with-parts.json", &["relations[0]: 1168 of 1300 is 89.846 %, but the report states 97.5 %"]),
    ("repeated-key.json", &["figures[1]: duplicate field `value` (line 53, column 13)"]),
    ("review-pending.json", &["to_review[0]: the arithmetic the report states (rates, sums, 其中) is still to be written down as relations: add them, then remove `relations` from to_review"]),
    ("scaled-count-not-whole.json", &["figures[3].value: the count 3.00005万 is 30000.5 things, which is negative or not a whole number"]),
    ("schema-version.json", &["schema_version: the report file uses schema version 1, but this app reads version 2"]),
    ("truncated.json", &["(file): the report file ends too early (line 54, column 19): it was probably cut off in transfer"]),
    ("unknown-field.json", &["figures[0].colour: unknown field `colour`, expected one of `id`, `value`, `quantity`, `approx`, `label`, `paragraph`, `quote`, `period`, `period_quote` (line 45, column 14)"]),
    ("unknown-measure-word.json", &["figures[0].quantity: unknown measure word `斤`, expected one of `次`, `场`, `场次`, `期`, `项`, `宗`, `件`, `件次`, `份`, `个`, `家`, `户`, `名`, `枚`, `种`, `条`, `篇`, `人`, `人次`, `起`, `批` (line 38, column 7)"]),
    ("value-not-in-quote.json", &[
        "figures[0].value: the value is written as `1030宗`, which the quote `调解各类纠纷1300宗` does not contain",
        "relations[0]: 1268 of 1030 is 123.107 %, but the report states 97.5 %",
        "charts[0].figures[1]: a funnel's stages must not grow, but 1268 follows 1030",
    ]),
    ("wrong-type.json", &["figures[0].value: invalid type: string \"1300\", expected f64 (line 34, column 21)"]),
];

#[test]
fn the_minimal_example_is_valid() {
    let (_, text) = corpus("valid-minimal.json");
    let report = validate(&text).unwrap_or_else(|f| panic!("{f:?}"));
    assert_eq!(report.figures.len(), 3);
}

#[test]
fn every_bad_file_reports_exactly_its_problems() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/bad-reports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "valid-minimal.json")
        .collect();
    files.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "every file in the corpus has its expected problems listed here"
    );

    for (name, expected) in CASES {
        let (_, text) = corpus(name);
        let findings: Vec<String> = match validate(&text) {
            Ok(_) => panic!("{name} was accepted"),
            Err(findings) => findings.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(findings, *expected, "{name}");
    }
}

#[test]
fn a_file_too_large_to_be_a_report_is_refused_before_parsing() {
    let text = " ".repeat(law_report::report::validate::MAX_FILE_BYTES + 1);
    let findings = validate(&text).unwrap_err();
    assert_eq!(findings.len(), 1);
    assert!(
        findings[0]
            .to_string()
            .starts_with("(file): the file is 5242881 bytes"),
        "{}",
        findings[0]
    );
}

#[test]
fn the_validator_prints_every_problem_and_exits_non_zero() {
    let bin = env!("CARGO_BIN_EXE_validate");
    let (bad, _) = corpus("duplicate-id.json");
    let (good, _) = corpus("valid-minimal.json");
    let out = Command::new(bin).arg(&good).arg(&bad).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("valid-minimal.json: valid — 1 sections, 1 paragraphs, 3 figures"),
        "{stdout}"
    );
    assert!(
        stdout.contains("duplicate-id.json: 3 problem(s)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  relations[0].part: no figure has the id `mediation.successful`"),
        "{stdout}"
    );

    let ok = Command::new(bin).arg(&good).output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let usage = Command::new(bin).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let missing = Command::new(bin).arg("no/such/file.json").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read the file"));
}
