//! The report: its JSON contract, parsing, consistency checks, text segmentation and
//! number formatting. Pure Rust with no DOM, tested natively.

pub mod catalog;
pub mod check;
pub mod format;
pub mod model;
pub mod number;
pub mod parse;
pub mod period;
pub mod period_rule;
pub mod search;
pub mod speech;
pub mod text;
pub mod validate;

pub use catalog::{Catalog, CatalogEntry, CatalogError};
pub use check::{check, suspect_figures, Problem, ProblemKind};
pub use model::*;
pub use parse::{parse_json, parse_report, ParseError, Position};
