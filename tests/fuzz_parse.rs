//! Property tests: arbitrary and mutated report JSON never panics the parser or the
//! checks — every failure is a typed error — and any change to a figure's value is
//! caught by the checks.

mod support;

use law_report::load::LoadedReport;
use law_report::report::{check, parse_report, ParseError, ProblemKind};
use proptest::prelude::*;
use serde_json::Value;
use support::{bundled_json, bundled_text};

/// Every JSON path (as pointers) of scalar or container values in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// A JSON pointer (`/figures/3/value`) as the parser writes paths (`figures[3].value`).
fn json_path(pointer: &str) -> String {
    let mut path = String::new();
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if token.parse::<usize>().is_ok() {
            path.push_str(&format!("[{token}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&token);
        }
    }
    path
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(Value::Object(Default::default())),
    ]
}

/// The report's top-level fields: every problem's path starts with one of them.
const TOP_LEVEL: [&str; 9] = [
    "schema_version",
    "meta",
    "sections",
    "figures",
    "relations",
    "key_figures",
    "charts",
    "withdrawn_charts",
    "to_review",
];

/// The first field name of a JSON path (`figures` of `figures[3].value`).
fn first_field(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

/// Loads `text` and checks that whatever comes back says where: each consistency
/// problem at a path into the report, each field error at a path into the report or
/// at the unknown field it names (a mutation can misspell a key), each syntax error
/// at a line.
fn loaded_or_typed_error(text: &str) {
    match LoadedReport::from_json(text) {
        Ok(loaded) => {
            for p in &loaded.problems {
                assert!(
                    TOP_LEVEL.contains(&first_field(&p.path)),
                    "a problem at no path into the report: {p}"
                );
            }
        }
        Err(ParseError::Field { path, message, .. }) => {
            let first = first_field(&path);
            assert!(
                path == "."
                    || TOP_LEVEL.contains(&first)
                    || message.starts_with(&format!("unknown field `{first}`")),
                "a field error at no path into the report: {path}: {message}"
            )
        }
        Err(ParseError::Syntax { at, .. } | ParseError::Truncated { at }) => {
            assert!(at.line >= 1, "{at}")
        }
        Err(ParseError::SchemaVersion { found, .. }) => assert_ne!(found, "2"),
    }
}

#[test]
fn a_misspelt_top_level_key_is_reported_at_that_key() {
    let text = bundled_text().replacen("\"figures\"", "\"figres\"", 1);
    loaded_or_typed_error(&text);
    match LoadedReport::from_json(&text) {
        Err(ParseError::Field { path, message, .. }) => {
            assert_eq!(path, "figres");
            assert!(message.starts_with("unknown field `figres`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        loaded_or_typed_error(&text);
    }

    #[test]
    fn byte_level_mutations_never_panic(cut in 0usize..60_000, insert in ".{0,4}", keep in 0usize..60_000) {
        let text = bundled_text();
        let cut = text.floor_char_boundary(cut.min(text.len()));
        let keep = text.ceil_char_boundary((cut + keep % 64).min(text.len()));
        let mutated = format!("{}{}{}", &text[..cut], insert, &text[keep..]);
        loaded_or_typed_error(&mutated);
    }

    #[test]
    fn replacing_any_value_never_panics_and_a_wrong_type_is_reported_at_that_value_or_its_parent(
        pick in any::<prop::sample::Index>(),
        new in replacement(),
    ) {
        let mut doc = bundled_json();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let at = pick.get(&all[1..]).clone();
        *doc.pointer_mut(&at).unwrap() = new;
        let text = doc.to_string();
        loaded_or_typed_error(&text);
        if let Err(ParseError::Field { path, .. }) = parse_report(&text) {
            let replaced = json_path(&at);
            prop_assert!(
                replaced == path
                    || replaced.starts_with(&format!("{path}."))
                    || replaced.starts_with(&format!("{path}[")),
                "the value replaced at {replaced} was reported at {path}"
            );
        }
    }

    #[test]
    fn removing_any_field_never_panics(pick in any::<prop::sample::Index>()) {
        let mut doc = bundled_json();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let at = pick.get(&all[1..]).clone();
        let (parent, key) = at.rsplit_once('/').unwrap();
        match doc.pointer_mut(if parent.is_empty() { "" } else { parent }).unwrap() {
            Value::Object(map) => { map.remove(key); }
            Value::Array(items) => { items.remove(key.parse::<usize>().unwrap()); }
            _ => unreachable!("a parent is a container"),
        }
        loaded_or_typed_error(&doc.to_string());
    }

    #[test]
    fn any_changed_figure_value_is_caught(pick in any::<prop::sample::Index>(), delta in 1u32..5000) {
        let mut report = parse_report(&bundled_text()).unwrap();
        let i = pick.index(report.figures.len());
        report.figures[i].value += f64::from(delta);
        let problems = check(&report);
        prop_assert!(
            problems.iter().any(|p| p.path == format!("figures[{i}].value")
                && matches!(p.kind, ProblemKind::ValueNotInQuote { .. } | ProblemKind::BadPercent(_))),
            "changing {} by {delta} went unnoticed: {problems:?}", report.figures[i].id
        );
    }
}
