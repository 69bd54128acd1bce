//! Turning report JSON text into a typed [`Report`], with errors that name the JSON
//! path of the bad field and what was expected there.

use serde::Deserialize;
use thiserror::Error;

use super::model::{Report, SCHEMA_VERSION};

/// Why a report file could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// The text ends before the JSON does: a download cut short.
    #[error("the report file ends too early (line {line}, column {column}): it was probably cut off in transfer")]
    Truncated { line: usize, column: usize },
    /// The text is not JSON at all.
    #[error("the report file is not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The file declares a contract version this build does not understand.
    #[error("the report file uses schema version {found}, but this app reads version {expected}")]
    SchemaVersion { found: String, expected: u32 },
    /// A field is missing, unknown or of the wrong type.
    #[error("the report field `{path}` is wrong: {message}")]
    Field { path: String, message: String },
}

impl ParseError {
    /// The JSON path of the offending field, when the error is about one field.
    pub fn path(&self) -> Option<&str> {
        match self {
            ParseError::Field { path, .. } => Some(path),
            ParseError::SchemaVersion { .. } => Some("schema_version"),
            ParseError::Syntax { .. } | ParseError::Truncated { .. } => None,
        }
    }
}

/// Just enough of a report to learn its contract version before reading the rest.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

/// Parses and type-checks a report. Consistency (quotes, references, arithmetic) is
/// checked separately by [`super::check::check`].
pub fn parse_report(json: &str) -> Result<Report, ParseError> {
    let probe: VersionProbe = serde_json::from_str(json).map_err(syntax_or_field)?;
    match probe.schema_version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(other) => {
            return Err(ParseError::SchemaVersion {
                found: other.to_string(),
                expected: SCHEMA_VERSION,
            })
        }
        None => {
            return Err(ParseError::Field {
                path: "schema_version".into(),
                message: "missing field `schema_version`".into(),
            })
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let report: Report = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            syntax_or_field(inner)
        } else {
            ParseError::Field {
                path,
                message: strip_position(&inner.to_string()),
            }
        }
    })?;
    de.end().map_err(syntax_or_field)?;
    Ok(report)
}

fn syntax_or_field(e: serde_json::Error) -> ParseError {
    if e.is_eof() {
        ParseError::Truncated {
            line: e.line(),
            column: e.column(),
        }
    } else if e.is_syntax() {
        ParseError::Syntax {
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        }
    } else {
        ParseError::Field {
            path: ".".into(),
            message: strip_position(&e.to_string()),
        }
    }
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "schema_version": 1,
            "meta": {
                "title": "t", "title_en": "t", "district": {"zh": "区", "en": "D"},
                "year": 2023, "issuers": ["a"], "signed_on": "2023-12-29",
                "signed_on_text": "2023年12月29日", "published_at": "2024-01-18 18:08:22",
                "source_office": "s", "publishing_office": "p"
            },
            "sections": [{"id": "intro", "paragraphs": [{"id": "p0-1", "text": "共7宗"}]}],
            "figures": [{
                "id": "x.y", "value": 7, "quantity": {"kind": "count", "measure": "宗"},
                "label": {"zh": "宗数", "en": "Cases"}, "paragraph": "p0-1", "quote": "7宗"
            }]
        })
    }

    #[test]
    fn a_minimal_report_parses() {
        let report = parse_report(&minimal().to_string()).expect("minimal report parses");
        assert_eq!(report.figures[0].written_form(), "7宗");
    }

    #[test]
    fn a_wrong_type_names_its_json_path() {
        let mut doc = minimal();
        doc["figures"][0]["value"] = serde_json::json!("seven");
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert_eq!(err.path(), Some("figures[0].value"), "{err}");
        assert!(err.to_string().contains("expected f64"), "{err}");
    }

    #[test]
    fn a_missing_field_names_its_parent_path_and_the_field() {
        let mut doc = minimal();
        doc["meta"].as_object_mut().unwrap().remove("source_office");
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert_eq!(err.path(), Some("meta"), "{err}");
        assert!(err.to_string().contains("source_office"), "{err}");
    }

    #[test]
    fn an_unknown_field_is_refused() {
        let mut doc = minimal();
        doc["sections"][0]["paragraphs"][0]["colour"] = serde_json::json!("red");
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert_eq!(
            err.path(),
            Some("sections[0].paragraphs[0].colour"),
            "{err}"
        );
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn an_unknown_measure_word_is_refused_at_its_path() {
        let mut doc = minimal();
        doc["figures"][0]["quantity"]["measure"] = serde_json::json!("斤");
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert!(
            err.path().unwrap().starts_with("figures[0].quantity"),
            "{err}"
        );
    }

    #[test]
    fn truncated_json_is_a_syntax_error() {
        let text = minimal().to_string();
        let err = parse_report(&text[..text.len() / 2]).unwrap_err();
        assert!(matches!(err, ParseError::Truncated { .. }), "{err}");
    }

    #[test]
    fn an_html_page_is_a_syntax_error() {
        let err = parse_report("<!DOCTYPE html><html></html>").unwrap_err();
        assert!(matches!(err, ParseError::Syntax { line: 1, .. }), "{err}");
    }

    #[test]
    fn another_schema_version_is_refused_before_anything_else() {
        let mut doc = minimal();
        doc["schema_version"] = serde_json::json!(2);
        doc["meta"] = serde_json::json!(null);
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert_eq!(
            err,
            ParseError::SchemaVersion {
                found: "2".into(),
                expected: 1
            }
        );
    }
}
