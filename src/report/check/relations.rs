//! The arithmetic the report states between figures (rates, sums, equalities, parts of
//! a whole) holds to the precision the report writes, and an inference says it is one.

use super::problem::{Problem, ProblemKind};
use crate::report::model::{Basis, Relation, Report};
use crate::report::number::plain_number;

/// Half a unit in the last decimal place the report wrote: 97.5 → 0.05, 23 → 0.5.
fn stated_precision(value: f64) -> f64 {
    let written = plain_number(value);
    let decimals = written.split_once('.').map_or(0, |(_, f)| f.len());
    0.5 * 10f64.powi(-(decimals as i32))
}

/// The relation names figures that exist, its arithmetic holds, and an inference
/// says it is one.
pub(super) fn check_relation(
    report: &Report,
    i: usize,
    relation: &Relation,
    problems: &mut Vec<Problem>,
) {
    let mut values = Vec::new();
    for (field, id) in relation.figure_refs() {
        match report.figure(id) {
            Some(f) => values.push(f.value),
            None => problems.push(Problem {
                path: format!("relations[{i}].{field}"),
                kind: ProblemKind::UnknownFigure(id.to_string()),
            }),
        }
    }
    if values.len() != relation.figure_ids().len() {
        return;
    }
    let path = format!("relations[{i}]");
    if let Some(kind) = arithmetic_problem(relation, &values) {
        problems.push(Problem {
            path: path.clone(),
            kind,
        });
    }
    let note = relation.note();
    if relation.basis() == Basis::Inferred
        && !(note.zh.contains(INFERENCE_ZH) && note.en.contains(INFERENCE_EN))
    {
        problems.push(Problem {
            path: format!("{path}.note"),
            kind: ProblemKind::InferenceUnmarked,
        });
    }
}

/// Where the figures' `values`, in the order the relation names them, break it.
fn arithmetic_problem(relation: &Relation, values: &[f64]) -> Option<ProblemKind> {
    match relation {
        Relation::Rate { .. } => {
            let (part, whole, stated) = (values[0], values[1], values[2]);
            let computed = if whole == 0.0 {
                f64::NAN
            } else {
                part / whole * 100.0
            };
            // A hair of slack for binary floating point at the rounding boundary.
            let ok = (computed - stated).abs() <= stated_precision(stated) + 1e-9;
            (!ok).then_some(ProblemKind::RateMismatch {
                part,
                whole,
                computed,
                stated,
            })
        }
        Relation::Sum { .. } => {
            let (total, parts) = values.split_last().expect("a sum names its total");
            let sum: f64 = parts.iter().sum();
            ((sum - total).abs() > 1e-9).then_some(ProblemKind::SumMismatch { sum, total: *total })
        }
        Relation::Equal { .. } => values
            .windows(2)
            .any(|w| w[0] != w[1])
            .then(|| ProblemKind::NotEqual(values.to_vec())),
        Relation::AtMost { .. } => {
            (values[0] > values[1]).then_some(ProblemKind::PartExceedsWhole {
                part: values[0],
                whole: values[1],
            })
        }
    }
}

/// The words by which a note says that a relation is the page's reading, not the
/// report's: a reader must never take an inference for something the report states.
pub const INFERENCE_ZH: &str = "本页推断";
pub const INFERENCE_EN: &str = "our inference";

#[cfg(test)]
mod tests {
    use super::{stated_precision, INFERENCE_EN, INFERENCE_ZH};
    use crate::report::check::fixture::{kinds, report};
    use crate::report::check::{check, ProblemKind};
    use crate::report::model::*;

    #[test]
    fn a_rate_that_disagrees_with_its_parts_is_reported() {
        let mut r = report();
        r.figures[1].value = 1200.0;
        r.figures[1].quote = "调解成功1268宗".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::RateMismatch { .. })));
    }

    #[test]
    fn a_rate_within_the_stated_rounding_passes_and_just_outside_fails() {
        assert_eq!(stated_precision(97.5), 0.05);
        assert_eq!(stated_precision(23.0), 0.5);
        assert_eq!(stated_precision(99.44), 0.005);
    }

    #[test]
    fn a_sum_that_does_not_add_up_is_reported() {
        let mut r = report();
        r.relations[1] = Relation::Sum {
            basis: Basis::Stated,
            id: "s".into(),
            parts: vec!["a".into()],
            total: "total".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        };
        assert!(kinds(&r).contains(&ProblemKind::SumMismatch {
            sum: 6.0,
            total: 12.0
        }));
    }

    #[test]
    fn a_part_larger_than_its_whole_is_reported() {
        let mut r = report();
        r.relations[2] = Relation::AtMost {
            basis: Basis::Stated,
            id: "m".into(),
            part: "disputes".into(),
            whole: "success".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        };
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::PartExceedsWhole { .. })));
    }

    #[test]
    fn an_inferred_relation_must_say_so_in_both_languages() {
        fn with_note(basis: Basis, zh: &str, en: &str) -> Option<String> {
            let mut r = report();
            let Relation::AtMost {
                basis: b, note: n, ..
            } = &mut r.relations[2]
            else {
                unreachable!("the fixture's third relation is an at_most")
            };
            (*b, n.zh, n.en) = (basis, zh.into(), en.into());
            check(&r)
                .into_iter()
                .find(|p| p.kind == ProblemKind::InferenceUnmarked)
                .map(|p| p.path)
        }
        let marked_zh = format!("成功的应在调解的之内({INFERENCE_ZH})。");
        let marked_en = format!("Successes are among the disputes ({INFERENCE_EN}).");
        let unmarked = Some("relations[2].note".to_string());
        assert_eq!(with_note(Basis::Inferred, "", ""), unmarked);
        assert_eq!(
            with_note(Basis::Inferred, &marked_zh, "Successes are among them."),
            unmarked
        );
        assert_eq!(
            with_note(Basis::Inferred, "成功的在之内。", &marked_en),
            unmarked
        );
        assert_eq!(with_note(Basis::Inferred, &marked_zh, &marked_en), None);
        assert_eq!(with_note(Basis::Stated, "其中", "of which"), None);
    }
}
