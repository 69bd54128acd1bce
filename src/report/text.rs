//! Splitting a paragraph for display: its numbered lead sentence, and the runs of plain
//! text and stated figures that make up its body. Pure string work, tested natively.

use super::model::Figure;
use super::number::leading_chinese_numeral;

/// One run of a paragraph's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// The words that state a figure (its written value and unit), with the figure id.
    Figure {
        id: &'a str,
        text: &'a str,
    },
}

/// A paragraph split into its ordinal (`1.`, `(一)`), the lead sentence that the
/// ordinal introduces, and the rest. Unnumbered paragraphs are all body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lead<'a> {
    pub ordinal: Option<&'a str>,
    pub lead: Option<&'a str>,
    /// Byte offset in the paragraph where the body starts.
    pub body_start: usize,
}

/// Finds a leading `1.` … `9.` or `(一)` … `(十)` ordinal and the sentence it heads
/// (up to and including the first `。`).
pub fn split_lead(text: &str) -> Lead<'_> {
    let ordinal_len = ordinal_len(text);
    let Some(ordinal_len) = ordinal_len else {
        return Lead {
            ordinal: None,
            lead: None,
            body_start: 0,
        };
    };
    let after = &text[ordinal_len..];
    match after.find('。') {
        Some(end) => {
            let lead_end = ordinal_len + end + '。'.len_utf8();
            Lead {
                ordinal: Some(&text[..ordinal_len]),
                lead: Some(&text[ordinal_len..lead_end]),
                body_start: lead_end,
            }
        }
        None => Lead {
            ordinal: Some(&text[..ordinal_len]),
            lead: None,
            body_start: ordinal_len,
        },
    }
}

fn ordinal_len(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with('.') {
        return Some(digits + 1);
    }
    let rest = text.strip_prefix('(')?;
    let (_, numeral_len) = leading_chinese_numeral(rest)?;
    if rest[numeral_len..].starts_with(')') {
        Some(1 + numeral_len + 1)
    } else {
        None
    }
}

/// Splits `text` into plain runs and figure runs. Each figure's run is the first place
/// its written form (`7397宗`) stands inside its quote; figures whose quote or written
/// form cannot be found (the checks report those) are left as plain text.
pub fn segments<'a>(text: &'a str, figures: &[&'a Figure]) -> Vec<Segment<'a>> {
    let mut spans: Vec<(usize, usize, &'a str)> = figures
        .iter()
        .filter_map(|f| {
            let quote_at = text.find(f.quote.as_str())?;
            let written = f.written_form();
            let within = f.quote.find(written.as_str())?;
            let start = quote_at + within;
            Some((start, start + written.len(), f.id.as_str()))
        })
        .collect();
    spans.sort_by_key(|s| s.0);

    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, id) in spans {
        if start < at {
            continue; // overlapping quotes are reported by the checks; show the first
        }
        if start > at {
            out.push(Segment::Text(&text[at..start]));
        }
        out.push(Segment::Figure {
            id,
            text: &text[start..end],
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Text(&text[at..]));
    }
    out
}

/// Splits `text`, which starts at byte `offset` of its paragraph, into runs inside and
/// outside the paragraph-relative byte `ranges` (search matches):
/// `(paragraph offset of the run, run, is_match)`.
pub fn mark_runs<'a>(
    text: &'a str,
    offset: usize,
    ranges: &[(usize, usize)],
) -> Vec<(usize, &'a str, bool)> {
    let end = offset + text.len();
    let mut out = Vec::new();
    let mut at = offset;
    for &(s, e) in ranges {
        let (s, e) = (s.max(offset), e.min(end));
        if s >= e || s < at {
            continue;
        }
        if s > at {
            out.push((at, &text[at - offset..s - offset], false));
        }
        out.push((s, &text[s - offset..e - offset], true));
        at = e;
    }
    if at < end {
        out.push((at, &text[at - offset..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::{Approx, Bilingual, Measure, Quantity};

    fn figure(id: &str, value: f64, measure: Measure, quote: &str) -> Figure {
        Figure {
            id: id.into(),
            value,
            quantity: Quantity::count(measure),
            approx: None,
            label: Bilingual {
                zh: String::new(),
                en: String::new(),
            },
            paragraph: "p".into(),
            quote: quote.into(),
            period: crate::report::Period::Year { year: 2023 },
            period_quote: None,
        }
    }

    #[test]
    fn a_numbered_item_splits_into_ordinal_lead_and_body() {
        let text = "1.加强行政调解工作。开展行政诉讼诉前联调。";
        let lead = split_lead(text);
        assert_eq!(lead.ordinal, Some("1."));
        assert_eq!(lead.lead, Some("加强行政调解工作。"));
        assert_eq!(&text[lead.body_start..], "开展行政诉讼诉前联调。");
    }

    #[test]
    fn a_chinese_numbered_item_splits_too() {
        let text = "(二)严格依法行政。落实重大行政决策程序规定。";
        let lead = split_lead(text);
        assert_eq!(lead.ordinal, Some("(二)"));
        assert_eq!(lead.lead, Some("严格依法行政。"));
    }

    #[test]
    fn a_year_at_the_start_is_not_an_ordinal() {
        let lead = split_lead("2023年,惠阳区法治政府建设坚持。");
        assert_eq!(lead.ordinal, None);
        assert_eq!(lead.body_start, 0);
    }

    #[test]
    fn segments_cover_the_whole_text_in_order() {
        let text = "录入行政检查7397宗、行政许可74728宗、行政处罚9178宗。";
        let a = figure("a", 7397.0, Measure::Zong, "行政检查7397宗");
        let b = figure("b", 74728.0, Measure::Zong, "行政许可74728宗");
        let c = figure("c", 9178.0, Measure::Zong, "行政处罚9178宗");
        let segs = segments(text, &[&c, &a, &b]);
        let rebuilt: String = segs
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Figure { text: t, .. } => *t,
            })
            .collect();
        assert_eq!(rebuilt, text);
        let figs: Vec<_> = segs
            .iter()
            .filter_map(|s| match s {
                Segment::Figure { id, text } => Some((*id, *text)),
                Segment::Text(_) => None,
            })
            .collect();
        assert_eq!(figs, [("a", "7397宗"), ("b", "74728宗"), ("c", "9178宗")]);
    }

    #[test]
    fn an_approximate_figure_includes_its_qualifier() {
        let text = "共举办专题学习约200场。";
        let mut f = figure("a", 200.0, Measure::Chang, "专题学习约200场");
        f.approx = Some(Approx::About);
        let segs = segments(text, &[&f]);
        assert_eq!(
            segs[1],
            Segment::Figure {
                id: "a",
                text: "约200场"
            }
        );
    }

    #[test]
    fn mark_runs_split_a_segment_at_the_matches_it_holds() {
        let text = "共调解纠纷,调解成功";
        // The segment starts at byte 3 of its paragraph; matches are paragraph-relative.
        let at = |s: &str| 3 + text.find(s).unwrap();
        let first = (at("调解纠纷"), at("调解纠纷") + "调解".len());
        let second = (at("调解成功"), at("调解成功") + "调解".len());
        let runs = mark_runs(text, 3, &[first, second, (900, 903)]);
        let pieces: Vec<_> = runs.iter().map(|&(_, run, hit)| (run, hit)).collect();
        assert_eq!(
            pieces,
            vec![
                ("共", false),
                ("调解", true),
                ("纠纷,", false),
                ("调解", true),
                ("成功", false)
            ]
        );
        assert_eq!(runs[1].0, first.0, "runs carry their paragraph offsets");
        assert_eq!(mark_runs(text, 3, &[]), vec![(3, text, false)]);
    }

    #[test]
    fn a_figure_whose_quote_is_missing_stays_plain_text() {
        let text = "共7宗。";
        let f = figure("a", 8.0, Measure::Zong, "共8宗");
        assert_eq!(segments(text, &[&f]), vec![Segment::Text(text)]);
    }
}
