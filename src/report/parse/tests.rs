//! The parser's errors: each names where the report is wrong and what was expected.

use super::*;

/// The smallest valid report, as JSON (other modules' tests start from it too).
pub(crate) fn minimal() -> serde_json::Value {
    serde_json::json!({
        "schema_version": 2,
        "meta": {
            "title": "t", "title_en": "t", "district": {"zh": "区", "en": "D"},
            "year": 2023, "issuers": ["a"], "signed_on": "2023-12-29",
            "signed_on_text": "2023年12月29日", "published_at": "2024-01-18 18:08:22",
            "source_office": "s", "publishing_office": "p"
        },
        "sections": [{"id": "intro", "paragraphs": [{"id": "p0-1", "text": "共7宗"}]}],
        "figures": [{
            "id": "x.y", "value": 7, "quantity": {"kind": "count", "measure": "宗"},
            "label": {"zh": "宗数", "en": "Cases"}, "paragraph": "p0-1", "quote": "7宗",
            "period": {"kind": "year", "year": 2023}
        }]
    })
}

/// `path: message` of a field error; anything else fails the test.
fn field_error(text: &str) -> String {
    match parse_report(text).unwrap_err() {
        ParseError::Field { path, message, .. } => format!("{path}: {message}"),
        other => panic!("not a field error: {other}"),
    }
}

fn field_message(doc: &serde_json::Value) -> String {
    field_error(&doc.to_string())
}

#[test]
fn a_minimal_report_parses() {
    let report = parse_report(&minimal().to_string()).expect("minimal report parses");
    assert_eq!(report.figures[0].written_form(), "7宗");
}

#[test]
fn a_report_written_back_by_serde_reads_the_same() {
    let bundled = include_str!("../../../public/data/huiyang-2023.json");
    let report = parse_report(bundled).unwrap();
    let written = serde_json::to_string_pretty(&report).unwrap();
    assert_eq!(parse_report(&written).unwrap(), report);
}

#[test]
fn a_wrong_type_names_its_json_path_and_position() {
    let text = serde_json::to_string_pretty(&{
        let mut doc = minimal();
        doc["figures"][0]["value"] = serde_json::json!("seven");
        doc
    })
    .unwrap();
    let err = parse_report(&text).unwrap_err();
    assert_eq!(err.path(), Some("figures[0].value"), "{err}");
    let line = text.lines().position(|l| l.contains("\"seven\"")).unwrap() + 1;
    assert!(
        matches!(&err, ParseError::Field { at: Some(at), message, .. }
            if at.line == line && message == "invalid type: string \"seven\", expected f64"),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with(&format!(
            "the report field `figures[0].value` is wrong (line {line}, column "
        )),
        "{err}"
    );
}

#[test]
fn a_missing_field_names_its_parent_path_and_the_field() {
    let mut doc = minimal();
    doc["meta"].as_object_mut().unwrap().remove("source_office");
    assert_eq!(field_message(&doc), "meta: missing field `source_office`");
}

#[test]
fn an_unknown_field_is_refused_at_its_path() {
    let mut doc = minimal();
    doc["sections"][0]["paragraphs"][0]["colour"] = serde_json::json!("red");
    assert_eq!(
        field_message(&doc),
        "sections[0].paragraphs[0].colour: unknown field `colour`, expected `id` or `text`"
    );
}

#[test]
fn an_unknown_measure_word_is_named_with_the_known_ones() {
    let mut doc = minimal();
    doc["figures"][0]["quantity"]["measure"] = serde_json::json!("斤");
    let message = field_message(&doc);
    assert!(
        message.starts_with(
            "figures[0].quantity: unknown measure word `斤`, expected one of `次`, `场`"
        ),
        "{message}"
    );
}

#[test]
fn an_unknown_money_unit_is_named_with_the_known_ones() {
    let mut doc = minimal();
    doc["figures"][0]["quantity"] = serde_json::json!({"kind": "amount", "unit": "美元"});
    assert_eq!(
        field_message(&doc),
        "figures[0].quantity: unknown money unit `美元`, expected one of `元`, `万元`, `亿元`"
    );
}

#[test]
fn a_scaled_count_and_a_change_read_and_write_as_tagged_maps() {
    let mut doc = minimal();
    doc["figures"][0]["quantity"] =
        serde_json::json!({"kind": "count", "measure": "件", "scale": "万"});
    let report = parse_report(&doc.to_string()).unwrap();
    assert_eq!(report.figures[0].written_form(), "7万件");
    let back = serde_json::to_value(report.figures[0].quantity).unwrap();
    assert_eq!(back, doc["figures"][0]["quantity"]);

    doc["figures"][0]["quantity"] = serde_json::json!({"kind": "change", "word": "下降"});
    let report = parse_report(&doc.to_string()).unwrap();
    assert_eq!(report.figures[0].written_form(), "下降7%");

    doc["figures"][0]["quantity"] =
        serde_json::json!({"kind": "count", "measure": "件", "scale": "千"});
    assert_eq!(
        field_message(&doc),
        "figures[0].quantity: unknown scale `千`, expected one of `万`, `亿`"
    );
}

#[test]
fn a_stray_field_beside_a_fieldless_quantity_is_refused() {
    let mut doc = minimal();
    doc["figures"][0]["quantity"] = serde_json::json!({"kind": "percent", "measure": "宗"});
    assert_eq!(
        field_message(&doc),
        "figures[0].quantity: unknown field `measure`, there are no fields"
    );
}

#[test]
fn an_unknown_quantity_kind_is_refused() {
    let mut doc = minimal();
    doc["figures"][0]["quantity"] = serde_json::json!({"kind": "weight"});
    let message = field_message(&doc);
    assert!(
        message.starts_with("figures[0].quantity.kind: unknown variant `weight`, expected one of `count`, `percent`, `amount`, `rank`"),
        "{message}"
    );
}

#[test]
fn truncated_json_is_told_apart_from_bad_json() {
    let text = minimal().to_string();
    let err = parse_report(&text[..text.len() / 2]).unwrap_err();
    assert!(matches!(err, ParseError::Truncated { .. }), "{err}");
}

#[test]
fn an_html_page_is_a_syntax_error_on_line_one() {
    let err = parse_report("<!DOCTYPE html><html></html>").unwrap_err();
    assert_eq!(
        err,
        ParseError::Syntax {
            at: Position { line: 1, column: 1 },
            message: "expected value".into()
        }
    );
}

#[test]
fn another_schema_version_is_refused_before_anything_else() {
    let mut doc = minimal();
    doc["schema_version"] = serde_json::json!(1);
    doc["meta"] = serde_json::json!(null);
    let err = parse_report(&doc.to_string()).unwrap_err();
    assert_eq!(
        err,
        ParseError::SchemaVersion {
            found: "1".into(),
            expected: 2
        }
    );
}

#[test]
fn a_schema_version_of_another_type_is_quoted_as_written() {
    let mut doc = minimal();
    doc["schema_version"] = serde_json::json!("2");
    let err = parse_report(&doc.to_string()).unwrap_err();
    assert_eq!(
        err,
        ParseError::SchemaVersion {
            found: "\"2\"".into(),
            expected: 2
        }
    );
    let text = doc.to_string().replace("\"2\"", "2.0");
    assert!(
        matches!(parse_report(&text), Err(ParseError::SchemaVersion { found, .. }) if found == "2.0")
    );
}

#[test]
fn a_missing_schema_version_is_named() {
    let mut doc = minimal();
    doc.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(
        field_message(&doc),
        "schema_version: missing field `schema_version`"
    );
}

#[test]
fn a_document_that_is_not_a_map_says_what_was_expected() {
    assert_eq!(
        field_error("[1, 2]"),
        ".: invalid type: sequence, expected a report (a JSON map)"
    );
}

#[test]
fn wrong_types_are_named_in_serde_words() {
    let mut doc = minimal();
    doc["meta"]["year"] = serde_json::json!(2023.5);
    assert_eq!(
        field_message(&doc),
        "meta.year: invalid type: floating point `2023.5`, expected u16"
    );
    doc["meta"]["year"] = serde_json::json!(-1);
    assert_eq!(
        field_message(&doc),
        "meta.year: invalid value: integer `-1`, expected u16"
    );
    let mut doc = minimal();
    doc["figures"][0]["value"] = serde_json::json!(true);
    assert_eq!(
        field_message(&doc),
        "figures[0].value: invalid type: boolean `true`, expected f64"
    );
    let mut doc = minimal();
    doc["figures"][0]["quantity"] = serde_json::json!(null);
    assert_eq!(
        field_message(&doc),
        "figures[0].quantity: invalid type: null, expected internally tagged enum TaggedQuantity"
    );
}

#[test]
fn a_repeated_field_is_refused() {
    let text = minimal()
        .to_string()
        .replacen("\"value\":7", "\"value\":7,\"value\":8", 1);
    assert_eq!(field_error(&text), "figures[0]: duplicate field `value`");
}

#[test]
fn a_repeated_field_inside_a_tagged_quantity_is_refused() {
    let text = minimal().to_string().replacen(
        "\"measure\":\"宗\"",
        "\"measure\":\"宗\",\"measure\":\"件\"",
        1,
    );
    assert_eq!(
        field_error(&text),
        "figures[0].quantity: duplicate field `measure`"
    );
}

#[test]
fn a_figure_without_a_period_is_refused() {
    let mut doc = minimal();
    doc["figures"][0].as_object_mut().unwrap().remove("period");
    assert_eq!(field_message(&doc), "figures[0]: missing field `period`");
}

#[test]
fn an_unknown_period_kind_is_refused_at_its_path() {
    let mut doc = minimal();
    doc["figures"][0]["period"] = serde_json::json!({"kind": "decade"});
    let message = field_message(&doc);
    assert!(
        message.starts_with("figures[0].period.kind: unknown variant `decade`, expected one of `year`, `cumulative`, `as_of`, `not_stated`"),
        "{message}"
    );
}

/// Every place a mutation can break `doc`: each value replaced by one of another type,
/// each map member removed, an unknown member added to each map.
fn mutations(doc: &serde_json::Value) -> Vec<serde_json::Value> {
    use serde_json::Value;
    fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(map) => map
                .iter()
                .for_each(|(k, child)| pointers(child, format!("{at}/{k}"), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, child)| pointers(child, format!("{at}/{i}"), out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let mut out = Vec::new();
    for pointer in all.iter().filter(|p| !p.is_empty()) {
        for replacement in [
            serde_json::json!("x"),
            serde_json::json!(-1.5),
            serde_json::json!(true),
            serde_json::json!(null),
            serde_json::json!([]),
            serde_json::json!([1]),
            serde_json::json!({}),
        ] {
            let mut changed = doc.clone();
            *changed.pointer_mut(pointer).unwrap() = replacement;
            out.push(changed);
        }
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let mut changed = doc.clone();
        if let Some(map) = changed.pointer_mut(parent).and_then(Value::as_object_mut) {
            map.remove(key);
            out.push(changed);
        }
        let mut changed = doc.clone();
        if let Some(map) = changed.pointer_mut(pointer).and_then(Value::as_object_mut) {
            map.insert("zz".into(), serde_json::json!(1));
            out.push(changed);
        }
    }
    out
}

/// Checks that the path the browser works out from a field error's position
/// ([`path_at`]) is the one serde_path_to_error tracked natively; returns how many
/// field errors it compared.
fn assert_same_paths(text: &str) -> usize {
    match parse_report(text) {
        Err(ParseError::Field {
            path,
            message,
            at: Some(at),
        }) => {
            assert_eq!(
                path_at::path_at(text, at, &message),
                path,
                "{message} at {at} in\n{text}"
            );
            1
        }
        _ => 0,
    }
}

#[test]
fn the_path_found_from_the_position_is_the_tracked_path_in_every_bad_report() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-reports");
    let mut compared = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        compared += assert_same_paths(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    assert!(compared >= 4, "{compared} field errors compared");
}

#[test]
fn the_path_found_from_the_position_is_the_tracked_path_for_every_mutation() {
    // The bundled report with every list cut to two items: each kind of map and list
    // of the contract, small enough to break in every place.
    fn shorten(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Array(items) => {
                items.truncate(2);
                items.iter_mut().for_each(shorten);
            }
            serde_json::Value::Object(map) => map.values_mut().for_each(shorten),
            _ => {}
        }
    }
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../../../public/data/huiyang-2023.json")).unwrap();
    shorten(&mut doc);
    parse_report(&doc.to_string()).expect("the shortened report parses");
    let mut compared = 0;
    for changed in mutations(&doc) {
        compared += assert_same_paths(&changed.to_string());
        compared += assert_same_paths(&serde_json::to_string_pretty(&changed).unwrap());
    }
    assert!(compared > 1000, "{compared} field errors compared");
}

#[test]
fn the_path_found_from_the_position_of_a_repeated_field_is_the_tracked_path() {
    let text = minimal().to_string();
    for repeated in [
        text.replacen("\"value\":7", "\"value\":7,\"value\":8", 1),
        text.replacen(
            "\"measure\":\"宗\"",
            "\"measure\":\"宗\",\"measure\":\"件\"",
            1,
        ),
        text.replacen("\"year\":2023", "\"year\":2023,\"year\":2024", 1),
        text.replacen("\"id\":\"p0-1\"", "\"id\":\"p0-1\",\"id\":\"p0-2\"", 1),
        text.replacen("\"zh\":\"区\"", "\"zh\":\"区\",\"zh\":\"区\"", 1),
    ] {
        assert_eq!(assert_same_paths(&repeated), 1, "{repeated}");
    }
}

#[test]
fn the_path_found_from_the_position_reads_escaped_keys_and_the_catalog() {
    let text = r#"{"reports": [{"id": "a", "district": {"zh": "区", "en": "D"}, "year": "x"}]}"#;
    let Err(ParseError::Field {
        path,
        message,
        at: Some(at),
    }) = crate::report::Catalog::parse(text)
    else {
        panic!("a field error")
    };
    assert_eq!(path, "reports[0].year");
    assert_eq!(path_at::path_at(text, at, &message), path);
    let text = r#"{"reports": [], "c\u006flour": 1}"#;
    let Err(ParseError::Field {
        path,
        message,
        at: Some(at),
    }) = crate::report::Catalog::parse(text)
    else {
        panic!("a field error")
    };
    assert_eq!(path_at::path_at(text, at, &message), path);
}

#[test]
fn each_parse_error_is_said_in_chinese_with_its_place_and_values() {
    let at = Position {
        line: 54,
        column: 19,
    };
    let cases = [
        (
            ParseError::Truncated { at },
            "报告文件在第 54 行第 19 列处提前结束，可能在传输中被截断了。",
        ),
        (
            ParseError::Syntax {
                at: Position { line: 1, column: 1 },
                message: "expected value".into(),
            },
            "报告文件不是有效的 JSON 文件（第 1 行第 1 列）：此处应当是一个值。",
        ),
        (
            ParseError::SchemaVersion {
                found: "1".into(),
                expected: 2,
            },
            "报告文件使用的是第 1 版数据格式，而本应用读取的是第 2 版。",
        ),
        (
            ParseError::Field {
                path: "meta".into(),
                message: "missing field `source_office`".into(),
                at: Some(Position { line: 18, column: 3 }),
            },
            "报告字段“meta”有误（第 18 行第 3 列）：缺少字段“source_office”。",
        ),
        (
            ParseError::Field {
                path: "figures[0].value".into(),
                message: "invalid type: string \"1300\", expected f64".into(),
                at: None,
            },
            "报告字段“figures[0].value”有误：解析程序的英文提示为“invalid type: string \"1300\", expected f64”。",
        ),
    ];
    for (error, zh) in cases {
        assert_eq!(error.message(Lang::Zh), zh);
        assert_eq!(error.message(Lang::En), error.to_string());
    }
}

#[test]
fn serde_details_in_known_patterns_are_translated() {
    let mut doc = minimal();
    doc["sections"][0]["paragraphs"][0]["colour"] = serde_json::json!("red");
    let zh = parse_report(&doc.to_string())
        .unwrap_err()
        .message(Lang::Zh);
    assert!(
        zh.starts_with("报告字段“sections[0].paragraphs[0].colour”有误（第 1 行第 ")
            && zh.ends_with("列）：无法识别的字段“colour”，可用的有：“id”、“text”。"),
        "{zh}"
    );
    doc = minimal();
    doc["figures"][0]["quantity"]["measure"] = serde_json::json!("斤");
    let err = parse_report(&doc.to_string()).unwrap_err();
    assert!(
        err.message(Lang::Zh)
            .contains("无法识别的量词“斤”，可用的有：“次”、“场”"),
        "{}",
        err.message(Lang::Zh)
    );
    assert_eq!(zh::detail("duplicate field `value`"), "字段“value”重复出现");
    assert_eq!(
        zh::detail("unknown variant `decade`, expected one of `year`, `as_of`"),
        "无法识别的取值“decade”，可用的有：“year”、“as_of”"
    );
}
