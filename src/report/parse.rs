//! Turning report JSON text into a typed [`Report`], with errors that name the JSON
//! path of the bad field and what was expected there.

use thiserror::Error;

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

// The report is read into a [`Json`] tree by our own small reader (`json.rs`) and
// converted by hand, field by field, rather than through serde's derived
// deserializers: the same checks (unknown fields refused, wrong types and unknown
// variants named with their JSON path, in serde's wording) for about 19 KB less wasm
// (brotli) than serde derive, and without linking serde_json into the wasm at all.
// The wording of `kind` and of the syntax errors is serde_json's, which the messages
// were first written against.
use super::json::{Json, SyntaxError};
use super::model::*;

type R<T> = Result<T, ParseError>;

fn err(path: &str, message: String) -> ParseError {
    ParseError::Field {
        path: if path.is_empty() {
            ".".into()
        } else {
            path.to_string()
        },
        message,
    }
}
/// What was found, in serde's words (`string "1300"`, ``integer `5` ``, `map`). A
/// number is shown as written, where serde_json would re-format a float (`1.50` here,
/// `1.5` there).
fn kind(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Number(n) if n.is_integer() => format!("integer `{n}`"),
        Json::Number(n) => format!("floating point `{n}`"),
        Json::String(s) => format!("string {s:?}"),
        Json::Array(_) => "sequence".into(),
        Json::Object(_) => "map".into(),
    }
}
fn bad_type(path: &str, v: &Json, expected: &str) -> ParseError {
    err(
        path,
        format!("invalid type: {}, expected {expected}", kind(v)),
    )
}
/// Names as serde lists them: `` `a`, `b` ``.
fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// An object whose keys have been checked against the fields it may have.
struct Obj<'a> {
    path: &'a str,
    /// The object itself (`Json::Object`).
    value: &'a Json,
}

impl<'a> Obj<'a> {
    /// Refuses a non-object, and an object with a key not in `fields`: of several
    /// unknown keys, the alphabetically first is named, as serde_json's sorted map did.
    fn new(path: &'a str, v: &'a Json, fields: &[&str]) -> R<Self> {
        let Json::Object(members) = v else {
            return Err(bad_type(path, v, "a map"));
        };
        let unknown = members
            .iter()
            .map(|(k, _)| k)
            .filter(|k| !fields.contains(&k.as_str()))
            .min();
        if let Some(k) = unknown {
            return Err(err(
                &join(path, k),
                format!(
                    "unknown field `{k}`, expected one of {}",
                    quoted_list(fields)
                ),
            ));
        }
        Ok(Obj { path, value: v })
    }
    fn opt(&self, key: &str) -> Option<(String, &'a Json)> {
        self.value.get(key).map(|v| (join(self.path, key), v))
    }
    fn req(&self, key: &str) -> R<(String, &'a Json)> {
        self.opt(key)
            .ok_or_else(|| err(self.path, format!("missing field `{key}`")))
    }
    fn string(&self, key: &str) -> R<String> {
        let (p, v) = self.req(key)?;
        string(&p, v)
    }
    fn opt_string(&self, key: &str) -> R<Option<String>> {
        match self.opt(key) {
            None | Some((_, Json::Null)) => Ok(None),
            Some((p, v)) => string(&p, v).map(Some),
        }
    }
    fn strings(&self, key: &str) -> R<Vec<String>> {
        let (p, v) = self.req(key)?;
        list(&p, v, string)
    }
    fn opt_list<T>(&self, key: &str, f: fn(&str, &Json) -> R<T>) -> R<Vec<T>> {
        match self.opt(key) {
            None => Ok(Vec::new()),
            Some((p, v)) => list(&p, v, f),
        }
    }
    fn list<T>(&self, key: &str, f: fn(&str, &Json) -> R<T>) -> R<Vec<T>> {
        let (p, v) = self.req(key)?;
        list(&p, v, f)
    }
    fn num(&self, key: &str) -> R<f64> {
        let (p, v) = self.req(key)?;
        v.as_f64().ok_or_else(|| bad_type(&p, v, "f64"))
    }
    fn uint(&self, key: &str, max: u64) -> R<u64> {
        let (p, v) = self.req(key)?;
        match v.as_u64() {
            Some(n) if n <= max => Ok(n),
            _ => Err(bad_type(&p, v, "an unsigned integer")),
        }
    }
    fn bilingual(&self, key: &str) -> R<Bilingual> {
        let (p, v) = self.req(key)?;
        bilingual(&p, v)
    }
}

fn string(path: &str, v: &Json) -> R<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| bad_type(path, v, "a string"))
}
fn list<T>(path: &str, v: &Json, f: fn(&str, &Json) -> R<T>) -> R<Vec<T>> {
    let Json::Array(items) = v else {
        return Err(bad_type(path, v, "a sequence"));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| f(&format!("{path}[{i}]"), item))
        .collect()
}
fn variant<T: Copy>(path: &str, v: &Json, names: &[(&str, T)]) -> R<T> {
    let s = v.as_str().ok_or_else(|| bad_type(path, v, "a string"))?;
    names
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            err(
                path,
                format!(
                    "unknown variant `{s}`, expected one of {}",
                    quoted_list(&all)
                ),
            )
        })
}
fn bilingual(path: &str, v: &Json) -> R<Bilingual> {
    let o = Obj::new(path, v, &["zh", "en"])?;
    Ok(Bilingual {
        zh: o.string("zh")?,
        en: o.string("en")?,
    })
}
fn meta(path: &str, v: &Json) -> R<Meta> {
    let o = Obj::new(
        path,
        v,
        &[
            "title",
            "title_en",
            "district",
            "year",
            "issuers",
            "signed_on",
            "signed_on_text",
            "published_at",
            "source_office",
            "publishing_office",
        ],
    )?;
    Ok(Meta {
        title: o.string("title")?,
        title_en: o.string("title_en")?,
        district: o.bilingual("district")?,
        year: o.uint("year", u16::MAX as u64)? as u16,
        issuers: o.strings("issuers")?,
        signed_on: o.string("signed_on")?,
        signed_on_text: o.string("signed_on_text")?,
        published_at: o.string("published_at")?,
        source_office: o.string("source_office")?,
        publishing_office: o.string("publishing_office")?,
    })
}
fn paragraph(path: &str, v: &Json) -> R<Paragraph> {
    let o = Obj::new(path, v, &["id", "text"])?;
    Ok(Paragraph {
        id: o.string("id")?,
        text: o.string("text")?,
    })
}
fn section(path: &str, v: &Json) -> R<Section> {
    let o = Obj::new(
        path,
        v,
        &[
            "id",
            "ordinal",
            "title",
            "title_en",
            "paragraphs",
            "subsections",
        ],
    )?;
    Ok(Section {
        id: o.string("id")?,
        ordinal: o.opt_string("ordinal")?,
        title: o.opt_string("title")?,
        title_en: o.opt_string("title_en")?,
        paragraphs: o.list("paragraphs", paragraph)?,
        subsections: o.opt_list("subsections", section)?,
    })
}

/// The `kind` field of an object read as the internally tagged enum `name`.
fn tag<'a>(path: &str, v: &'a Json, name: &str) -> R<&'a Json> {
    if !matches!(v, Json::Object(_)) {
        return Err(bad_type(path, v, &format!("internally tagged enum {name}")));
    }
    v.get("kind")
        .ok_or_else(|| err(path, "missing field `kind`".into()))
}
fn quantity(path: &str, v: &Json) -> R<Quantity> {
    let tag = tag(path, v, "Quantity")?;
    let k = variant(
        &join(path, "kind"),
        tag,
        &[("count", 0), ("percent", 1), ("amount", 2), ("rank", 3)],
    )?;
    Ok(match k {
        0 => {
            let o = Obj::new(path, v, &["kind", "measure"])?;
            let (p, m) = o.req("measure")?;
            Quantity::Count {
                measure: variant(&p, m, &Measure::ALL.map(|m| (m.as_str(), m)))?,
            }
        }
        2 => {
            let o = Obj::new(path, v, &["kind", "unit"])?;
            let (p, u) = o.req("unit")?;
            Quantity::Amount {
                unit: variant(&p, u, &[("万元", MoneyUnit::Wan), ("亿元", MoneyUnit::Yi)])?,
            }
        }
        1 => {
            Obj::new(path, v, &["kind"])?;
            Quantity::Percent
        }
        _ => {
            Obj::new(path, v, &["kind"])?;
            Quantity::Rank
        }
    })
}
fn figure(path: &str, v: &Json) -> R<Figure> {
    let o = Obj::new(
        path,
        v,
        &[
            "id",
            "value",
            "quantity",
            "approx",
            "label",
            "paragraph",
            "quote",
        ],
    )?;
    let (qp, qv) = o.req("quantity")?;
    Ok(Figure {
        id: o.string("id")?,
        value: o.num("value")?,
        quantity: quantity(&qp, qv)?,
        approx: match o.opt("approx") {
            None | Some((_, Json::Null)) => None,
            Some((p, a)) => Some(variant(
                &p,
                a,
                &[("about", Approx::About), ("more_than", Approx::MoreThan)],
            )?),
        },
        label: o.bilingual("label")?,
        paragraph: o.string("paragraph")?,
        quote: o.string("quote")?,
    })
}
fn relation(path: &str, v: &Json) -> R<Relation> {
    let tag = tag(path, v, "Relation")?;
    let k = variant(
        &join(path, "kind"),
        tag,
        &[("rate", 0), ("sum", 1), ("equal", 2), ("at_most", 3)],
    )?;
    Ok(match k {
        0 => {
            let o = Obj::new(path, v, &["kind", "id", "part", "whole", "rate", "note"])?;
            Relation::Rate {
                id: o.string("id")?,
                part: o.string("part")?,
                whole: o.string("whole")?,
                rate: o.string("rate")?,
                note: o.bilingual("note")?,
            }
        }
        1 => {
            let o = Obj::new(path, v, &["kind", "id", "parts", "total", "note"])?;
            Relation::Sum {
                id: o.string("id")?,
                parts: o.strings("parts")?,
                total: o.string("total")?,
                note: o.bilingual("note")?,
            }
        }
        2 => {
            let o = Obj::new(path, v, &["kind", "id", "figures", "note"])?;
            Relation::Equal {
                id: o.string("id")?,
                figures: o.strings("figures")?,
                note: o.bilingual("note")?,
            }
        }
        _ => {
            let o = Obj::new(path, v, &["kind", "id", "part", "whole", "note"])?;
            Relation::AtMost {
                id: o.string("id")?,
                part: o.string("part")?,
                whole: o.string("whole")?,
                note: o.bilingual("note")?,
            }
        }
    })
}
fn chart(path: &str, v: &Json) -> R<ChartSpec> {
    let o = Obj::new(
        path,
        v,
        &["id", "kind", "section", "title", "figures", "scale", "note"],
    )?;
    let (kp, kv) = o.req("kind")?;
    Ok(ChartSpec {
        id: o.string("id")?,
        kind: variant(
            &kp,
            kv,
            &[
                ("bars", ChartKind::Bars),
                ("funnel", ChartKind::Funnel),
                ("rates", ChartKind::Rates),
                ("cards", ChartKind::Cards),
            ],
        )?,
        section: o.string("section")?,
        title: o.bilingual("title")?,
        figures: o.strings("figures")?,
        scale: match o.opt("scale") {
            None => Scale::Linear,
            Some((p, s)) => variant(&p, s, &[("linear", Scale::Linear), ("log", Scale::Log)])?,
        },
        note: match o.opt("note") {
            None | Some((_, Json::Null)) => None,
            Some((p, n)) => Some(bilingual(&p, n)?),
        },
    })
}
fn report(v: &Json) -> R<Report> {
    let o = Obj::new(
        "",
        v,
        &[
            "schema_version",
            "meta",
            "sections",
            "figures",
            "relations",
            "key_figures",
            "charts",
        ],
    )?;
    let (mp, mv) = o.req("meta")?;
    Ok(Report {
        schema_version: o.uint("schema_version", u32::MAX as u64)? as u32,
        meta: meta(&mp, mv)?,
        sections: o.list("sections", section)?,
        figures: o.list("figures", figure)?,
        relations: o.opt_list("relations", relation)?,
        key_figures: o.opt_list("key_figures", string)?,
        charts: o.opt_list("charts", chart)?,
    })
}

pub fn parse_report(json: &str) -> Result<Report, ParseError> {
    let value = Json::parse(json).map_err(syntax_error)?;
    match value.get("schema_version") {
        Some(Json::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(other) => {
            return Err(ParseError::SchemaVersion {
                found: other.to_json_string(),
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
    report(&value)
}

/// A text that ends early is most likely a cut-off download, and is told apart.
fn syntax_error(e: SyntaxError) -> ParseError {
    if e.eof {
        ParseError::Truncated {
            line: e.line,
            column: e.column,
        }
    } else {
        ParseError::Syntax {
            line: e.line,
            column: e.column,
            message: e.message,
        }
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

    fn field_message(doc: &serde_json::Value) -> String {
        match parse_report(&doc.to_string()).unwrap_err() {
            ParseError::Field { path, message } => format!("{path}: {message}"),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn wrong_types_are_named_in_serde_words() {
        let mut doc = minimal();
        doc["meta"]["year"] = serde_json::json!(2023.5);
        assert_eq!(
            field_message(&doc),
            "meta.year: invalid type: floating point `2023.5`, expected an unsigned integer"
        );
        doc["meta"]["year"] = serde_json::json!(-1);
        assert_eq!(
            field_message(&doc),
            "meta.year: invalid type: integer `-1`, expected an unsigned integer"
        );
        doc["meta"]["year"] = serde_json::json!([]);
        assert_eq!(
            field_message(&doc),
            "meta.year: invalid type: sequence, expected an unsigned integer"
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
            "figures[0].quantity: invalid type: null, expected internally tagged enum Quantity"
        );
    }

    #[test]
    fn of_several_unknown_fields_the_alphabetically_first_is_named() {
        let mut doc = minimal();
        doc["meta"]["zz"] = serde_json::json!(1);
        doc["meta"]["colour"] = serde_json::json!(1);
        assert!(
            field_message(&doc).starts_with("meta.colour: unknown field `colour`"),
            "{}",
            field_message(&doc)
        );
    }

    #[test]
    fn a_schema_version_of_another_type_is_quoted_as_json() {
        let mut doc = minimal();
        doc["schema_version"] = serde_json::json!("1");
        let err = parse_report(&doc.to_string()).unwrap_err();
        assert_eq!(
            err,
            ParseError::SchemaVersion {
                found: "\"1\"".into(),
                expected: 1
            }
        );
        let text = doc.to_string().replace("\"1\"", "1.0");
        assert!(
            matches!(parse_report(&text), Err(ParseError::SchemaVersion { found, .. }) if found == "1.0")
        );
    }

    #[test]
    fn a_repeated_field_is_refused_where_it_repeats() {
        let text = minimal()
            .to_string()
            .replacen("\"value\":7", "\"value\":7,\"value\":8", 1);
        let err = parse_report(&text).unwrap_err();
        assert!(
            matches!(&err, ParseError::Syntax { line: 1, message, .. } if message == "duplicate key `value` in an object"),
            "{err}"
        );
    }
}
