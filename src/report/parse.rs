//! Turning report JSON text into a typed [`Report`] with serde, with errors that name
//! the JSON path of the bad field, what was expected there and where in the file it is.

use serde::Deserialize;
use serde_json::value::RawValue;
use thiserror::Error;

use super::model::{Report, SCHEMA_VERSION};
use crate::i18n::Lang;

#[cfg(any(target_arch = "wasm32", test))]
mod path_at;
#[cfg(target_arch = "wasm32")]
use path_at::path_at;

/// A place in the report file, as an editor counts it (both 1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Why a report file could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// The text ends before the JSON does: a download cut short.
    #[error("the report file ends too early ({at}): it was probably cut off in transfer")]
    Truncated { at: Position },
    /// The text is not JSON at all.
    #[error("the report file is not valid JSON ({at}): {message}")]
    Syntax { at: Position, message: String },
    /// The file declares a contract version this build does not understand.
    #[error("the report file uses schema version {found}, but this app reads version {expected}")]
    SchemaVersion { found: String, expected: u32 },
    /// A field is missing, unknown, repeated or of the wrong type.
    #[error("the report field `{path}` is wrong{}: {message}", at.map(|p| format!(" ({p})")).unwrap_or_default())]
    Field {
        path: String,
        message: String,
        at: Option<Position>,
    },
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

    /// Why the file could not be read, in `lang`: in English as `Display` writes it,
    /// in Chinese for an editor of the report.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Zh => zh::message(self),
        }
    }
}

/// Just enough of a report to learn its contract version before reading the rest,
/// so that a file of another version is named as such rather than by its first
/// field this build does not know. Written out rather than derived: a derived struct
/// would also accept a JSON array, and a report is a map.
struct VersionProbe<'a> {
    schema_version: Option<&'a RawValue>,
}

impl<'de> Deserialize<'de> for VersionProbe<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = VersionProbe<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a report (a JSON map)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut schema_version = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "schema_version" {
                        schema_version = Some(map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(VersionProbe { schema_version })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Parses and type-checks a report. Consistency (quotes, references, arithmetic) is
/// checked separately by [`super::check::check`].
pub fn parse_report(json: &str) -> Result<Report, ParseError> {
    let probe: VersionProbe = serde_json::from_str(json).map_err(|e| from_serde(e, "."))?;
    match probe.schema_version.map(RawValue::get) {
        Some(found) if found.parse::<u32>() == Ok(SCHEMA_VERSION) => {}
        Some(found) => {
            return Err(ParseError::SchemaVersion {
                found: found.to_string(),
                expected: SCHEMA_VERSION,
            })
        }
        None => {
            return Err(ParseError::Field {
                path: "schema_version".into(),
                message: "missing field `schema_version`".into(),
                at: None,
            })
        }
    }
    parse_json(json)
}

/// Reads JSON text into a typed value, with the errors [`parse_report`] gives: a
/// cut-off file, text that is not JSON, or a field named by its JSON path and position.
/// Natively serde_path_to_error tracks the path while reading (the validator and the
/// build name every field exactly as it goes).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ParseError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        from_serde(e.into_inner(), &path)
    })?;
    de.end().map_err(|e| from_serde(e, "."))?;
    Ok(value)
}

/// In the browser serde_json reads alone, and a field error's path is worked out from
/// where it stopped ([`path_at`]): the same paths, without the tracking code in the wasm.
#[cfg(target_arch = "wasm32")]
pub fn parse_json<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ParseError> {
    serde_json::from_str(json).map_err(|e| {
        let path = match e.classify() {
            serde_json::error::Category::Data => path_at(json, position(&e), &message_of(&e)),
            _ => ".".to_string(),
        };
        from_serde(e, &path)
    })
}

/// Sorts serde_json's error into the cases a reader is told apart: a cut-off file,
/// text that is not JSON, and a field that does not fit the contract.
fn from_serde(e: serde_json::Error, path: &str) -> ParseError {
    let at = position(&e);
    let message = message_of(&e);
    match e.classify() {
        serde_json::error::Category::Eof => ParseError::Truncated { at },
        serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
            ParseError::Syntax { at, message }
        }
        serde_json::error::Category::Data => ParseError::Field {
            path: path.to_string(),
            message,
            at: (at.line > 0).then_some(at),
        },
    }
}

fn position(e: &serde_json::Error) -> Position {
    Position {
        line: e.line(),
        column: e.column(),
    }
}

/// serde_json's message without its position.
fn message_of(e: &serde_json::Error) -> String {
    strip_position(&e.to_string())
}

/// serde_json appends " at line L column C"; [`ParseError`] says it in its own words.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

mod zh;

#[cfg(test)]
pub(crate) mod tests;
