//! Each figure tied to the words that state it: its paragraph exists, its quote stands
//! there exactly once and writes its value, and no two figures' quotes overlap.

use super::problem::{Problem, ProblemKind};
use crate::report::model::{Figure, Report};

/// The figure's paragraph exists, its quote stands in it exactly once, and the quote
/// writes the figure's value.
pub(super) fn check_quote(report: &Report, i: usize, figure: &Figure, problems: &mut Vec<Problem>) {
    let at = |field: &str| format!("figures[{i}].{field}");
    let Some(paragraph) = report.paragraph(&figure.paragraph) else {
        problems.push(Problem {
            path: at("paragraph"),
            kind: ProblemKind::UnknownParagraph(figure.paragraph.clone()),
        });
        return;
    };
    if figure.quote.is_empty() {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::EmptyText,
        });
        return;
    }
    let count = paragraph.text.matches(figure.quote.as_str()).count();
    if count == 0 {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::QuoteNotInParagraph {
                quote: figure.quote.clone(),
                paragraph: figure.paragraph.clone(),
            },
        });
    } else if count > 1 {
        problems.push(Problem {
            path: at("quote"),
            kind: ProblemKind::QuoteNotUnique {
                quote: figure.quote.clone(),
                paragraph: figure.paragraph.clone(),
                count,
            },
        });
    }
    if figure.value.is_finite() && !written_in(&figure.quote, figure) {
        problems.push(Problem {
            path: at("value"),
            kind: ProblemKind::ValueNotInQuote {
                written: figure.written_form(),
                quote: figure.quote.clone(),
            },
        });
    }
}

/// The written form must stand in the quote as a whole number: `97宗` is not written in
/// `197宗`, and `1.1亿元` is not written in `31.1亿元`.
fn written_in(quote: &str, figure: &Figure) -> bool {
    let written = figure.written_form();
    quote.match_indices(written.as_str()).any(|(start, _)| {
        let before = quote[..start].chars().next_back();
        !matches!(before, Some(c) if c.is_ascii_digit() || c == '.')
    })
}

/// No two figures of one paragraph quote overlapping words.
pub(super) fn check_overlaps(report: &Report, problems: &mut Vec<Problem>) {
    for (i, a) in report.figures.iter().enumerate() {
        let Some(text) = report.paragraph(&a.paragraph).map(|p| p.text.as_str()) else {
            continue;
        };
        let Some(a_start) = text.find(a.quote.as_str()) else {
            continue;
        };
        let a_range = a_start..a_start + a.quote.len();
        for b in report.figures.iter().skip(i + 1) {
            if b.paragraph != a.paragraph || b.quote.is_empty() || a.quote.is_empty() {
                continue;
            }
            if let Some(b_start) = text.find(b.quote.as_str()) {
                let b_end = b_start + b.quote.len();
                if b_start < a_range.end && a_range.start < b_end {
                    problems.push(Problem {
                        path: format!("figures[{i}].quote"),
                        kind: ProblemKind::QuotesOverlap {
                            other: b.id.clone(),
                        },
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::check::fixture::{kinds, report};
    use crate::report::check::{check, ProblemKind};

    #[test]
    fn a_mistyped_value_is_not_in_its_quote() {
        let mut r = report();
        r.figures[0].value = 1330.0;
        let problems = check(&r);
        assert!(problems.iter().any(|p| p.path == "figures[0].value"
            && matches!(p.kind, ProblemKind::ValueNotInQuote { .. })));
    }

    #[test]
    fn a_value_is_not_found_inside_a_longer_number() {
        let mut r = report();
        r.figures[0].value = 300.0;
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::ValueNotInQuote { .. })));
    }

    #[test]
    fn a_quote_missing_from_its_paragraph_is_reported() {
        let mut r = report();
        r.figures[1].quote = "调解成功1286宗".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuoteNotInParagraph { .. })));
    }

    #[test]
    fn an_ambiguous_quote_is_reported() {
        let mut r = report();
        r.figures[3].quote = "6份".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuoteNotUnique { count: 2, .. })));
    }

    #[test]
    fn overlapping_quotes_are_reported() {
        let mut r = report();
        r.figures[1].quote = "成功1268宗".into();
        r.figures[0].quote = "纠纷1300宗,调解成功".into();
        assert!(kinds(&r)
            .iter()
            .any(|k| matches!(k, ProblemKind::QuotesOverlap { .. })));
    }
}
