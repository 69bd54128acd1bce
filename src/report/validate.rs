//! Validation of a report file as a whole, as the command-line validator and the
//! corpus tests see it: every problem as a line `PATH: explanation`.

use super::{check, parse_report, Catalog, ParseError, Report};

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

/// Whether `text` is a catalog of reports rather than a report: its top level has a
/// `reports` list and no `schema_version`.
pub fn looks_like_catalog(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Shape {
        reports: Option<serde::de::IgnoredAny>,
        schema_version: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Shape>(text)
        .is_ok_and(|shape| shape.reports.is_some() && shape.schema_version.is_none())
}

/// Validates a catalog and every report it lists. `read` gives the text of a file
/// next to the catalog. Each report's findings are prefixed with its file name, and a
/// report whose metadata disagree with its catalog entry (year, title, district) is
/// named at the entry. `Ok` holds the catalog and how many reports it lists when
/// nothing is wrong.
pub fn validate_catalog(
    text: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Catalog, Vec<Finding>> {
    let catalog = Catalog::parse(text).map_err(|e| vec![from_parse_error(&e)])?;
    let mut findings: Vec<Finding> = catalog
        .problems()
        .into_iter()
        .map(|(path, e)| Finding {
            path,
            message: e.to_string(),
        })
        .collect();
    for (i, entry) in catalog.reports.iter().enumerate() {
        if findings
            .iter()
            .any(|f| f.path == format!("reports[{i}].file"))
        {
            continue;
        }
        let text = match read(&entry.file) {
            Ok(text) => text,
            Err(e) => {
                findings.push(Finding {
                    path: format!("reports[{i}].file"),
                    message: format!("cannot read `{}`: {e}", entry.file),
                });
                continue;
            }
        };
        match validate(&text) {
            Ok(report) => {
                let meta = &report.meta;
                let disagree = [
                    ("year", meta.year != entry.year),
                    ("title", meta.title != entry.title),
                    ("district", meta.district != entry.district),
                ];
                for (field, differs) in disagree {
                    if differs {
                        findings.push(Finding {
                            path: format!("reports[{i}].{field}"),
                            message: format!("differs from `{}`'s meta.{field}", entry.file),
                        });
                    }
                }
            }
            Err(report_findings) => findings.extend(report_findings.into_iter().map(|f| Finding {
                path: format!("{} {}", entry.file, f.path),
                message: f.message,
            })),
        }
    }
    if findings.is_empty() {
        Ok(catalog)
    } else {
        Err(findings)
    }
}
