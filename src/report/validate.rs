//! Validation of a report file as a whole, as the command-line validator and the
//! corpus tests see it: every problem as a line `PATH: explanation`.

use super::{check, parse_report, ParseError, Report};

/// The largest report file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// One finding: where, and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A JSON path, or `(file)` for the file as a whole.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn from_parse_error(e: &ParseError) -> Finding {
    match e {
        ParseError::Field { path, message, at } => Finding {
            path: path.clone(),
            message: match at {
                Some(at) => format!("{message} ({at})"),
                None => message.clone(),
            },
        },
        other => Finding {
            path: other.path().unwrap_or("(file)").to_string(),
            message: other.to_string(),
        },
    }
}

/// Parses and checks report text. `Ok` holds the report when nothing is wrong;
/// `Err` holds every finding. A file that does not parse yields one finding (the
/// parser stops at the first), a file that parses yields every consistency problem.
pub fn validate(text: &str) -> Result<Report, Vec<Finding>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Finding {
            path: "(file)".into(),
            message: format!(
                "the file is {} bytes, more than the {MAX_FILE_BYTES} a report can sensibly have",
                text.len()
            ),
        }]);
    }
    let report = parse_report(text).map_err(|e| vec![from_parse_error(&e)])?;
    let problems = check(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems
            .into_iter()
            .map(|p| Finding {
                path: p.path,
                message: p.kind.to_string(),
            })
            .collect())
    }
}
