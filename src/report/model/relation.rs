//! The arithmetic the report states between figures, and whether the report says so
//! or we infer it.

use serde::{Deserialize, Serialize};

use super::bilingual::Bilingual;

/// Whether a relation's note is the report's own statement or our reading of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The report says it in so many words (`其中`, a stated rate).
    Stated,
    /// We infer it from how the report puts the figures; shown as an inference.
    Inferred,
}

/// An arithmetic relation the report states between figures, checked on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Relation {
    /// `part / whole × 100` equals the stated percentage `rate` to its stated precision.
    Rate {
        id: String,
        part: String,
        whole: String,
        rate: String,
        note: Bilingual,
        basis: Basis,
    },
    /// The parts add up to the total.
    Sum {
        id: String,
        parts: Vec<String>,
        total: String,
        note: Bilingual,
        basis: Basis,
    },
    /// The figures have the same value.
    Equal {
        id: String,
        figures: Vec<String>,
        note: Bilingual,
        basis: Basis,
    },
    /// The part is a subset of the whole, so it cannot exceed it.
    AtMost {
        id: String,
        part: String,
        whole: String,
        note: Bilingual,
        basis: Basis,
    },
}

impl Relation {
    pub fn id(&self) -> &str {
        match self {
            Relation::Rate { id, .. }
            | Relation::Sum { id, .. }
            | Relation::Equal { id, .. }
            | Relation::AtMost { id, .. } => id,
        }
    }

    pub fn basis(&self) -> Basis {
        match self {
            Relation::Rate { basis, .. }
            | Relation::Sum { basis, .. }
            | Relation::Equal { basis, .. }
            | Relation::AtMost { basis, .. } => *basis,
        }
    }

    pub fn note(&self) -> &Bilingual {
        match self {
            Relation::Rate { note, .. }
            | Relation::Sum { note, .. }
            | Relation::Equal { note, .. }
            | Relation::AtMost { note, .. } => note,
        }
    }

    /// Every figure id the relation names with the field that names it
    /// (`part`, `parts[1]`, `figures[0]`, …), in the order written.
    pub fn figure_refs<'a>(&'a self) -> Vec<(String, &'a str)> {
        let listed = |field: &str, ids: &'a [String]| {
            ids.iter()
                .enumerate()
                .map(move |(i, id)| (format!("{field}[{i}]"), id.as_str()))
                .collect::<Vec<_>>()
        };
        match self {
            Relation::Rate {
                part, whole, rate, ..
            } => vec![
                ("part".into(), part.as_str()),
                ("whole".into(), whole.as_str()),
                ("rate".into(), rate.as_str()),
            ],
            Relation::Sum { parts, total, .. } => {
                let mut refs = listed("parts", parts);
                refs.push(("total".into(), total.as_str()));
                refs
            }
            Relation::Equal { figures, .. } => listed("figures", figures),
            Relation::AtMost { part, whole, .. } => vec![
                ("part".into(), part.as_str()),
                ("whole".into(), whole.as_str()),
            ],
        }
    }

    /// Every figure id the relation names, in the order written.
    pub fn figure_ids(&self) -> Vec<&str> {
        self.figure_refs().into_iter().map(|(_, id)| id).collect()
    }
}
