//! The small, consistent report every check's tests start from and break one thing in.

use super::check;
use super::problem::ProblemKind;
use crate::report::model::*;

/// One paragraph of mediation figures with a rate, a sum and a subset relation that
/// hold, and a funnel chart of two of them: `check` finds nothing wrong in it.
pub(super) fn report() -> Report {
    Report {
        schema_version: SCHEMA_VERSION,
        meta: meta(),
        sections: vec![Section {
            id: "s1".into(),
            ordinal: None,
            title: None,
            title_en: None,
            paragraphs: vec![Paragraph {
                id: "p1".into(),
                text: "2023年共调解纠纷1300宗,调解成功1268宗,调解成功率97.5%,其中甲6份、乙6份,共12份。"
                    .into(),
            }],
            subsections: vec![],
        }],
        figures: figures(),
        relations: relations(),
        key_figures: vec!["disputes".into()],
        charts: vec![ChartSpec {
            id: "c".into(),
            kind: ChartKind::Funnel,
            section: "s1".into(),
            title: Bilingual {
                zh: "漏斗".into(),
                en: "Funnel".into(),
            },
            figures: vec!["disputes".into(), "success".into()],
            scale: Scale::Linear,
            note: None,
        }],
        withdrawn_charts: vec![],
        to_review: vec![],
    }
}

fn meta() -> Meta {
    Meta {
        title: "报告".into(),
        title_en: "Report".into(),
        district: Bilingual {
            zh: "区".into(),
            en: "District".into(),
        },
        year: 2023,
        issuers: vec!["区政府".into()],
        signed_on: "2023-12-29".into(),
        signed_on_text: "2023年12月29日".into(),
        published_at: "2024-01-18 18:08:22".into(),
        source_office: "局".into(),
        publishing_office: "办".into(),
    }
}

fn figures() -> Vec<Figure> {
    let fig = |id: &str, value: f64, quantity: Quantity, quote: &str| Figure {
        id: id.into(),
        value,
        quantity,
        approx: None,
        label: Bilingual {
            zh: id.into(),
            en: id.into(),
        },
        paragraph: "p1".into(),
        quote: quote.into(),
        period: crate::report::Period::Year { year: 2023 },
        period_quote: None,
    };
    let zong = Quantity::count(Measure::Zong);
    vec![
        fig("disputes", 1300.0, zong, "调解纠纷1300宗"),
        fig("success", 1268.0, zong, "调解成功1268宗"),
        fig("rate", 97.5, Quantity::Percent, "调解成功率97.5%"),
        fig("a", 6.0, Quantity::count(Measure::Fen), "甲6份"),
        fig("b", 6.0, Quantity::count(Measure::Fen), "乙6份"),
        fig("total", 12.0, Quantity::count(Measure::Fen), "共12份"),
    ]
}

fn relations() -> Vec<Relation> {
    vec![
        Relation::Rate {
            basis: Basis::Stated,
            id: "r".into(),
            part: "success".into(),
            whole: "disputes".into(),
            rate: "rate".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        },
        Relation::Sum {
            basis: Basis::Stated,
            id: "s".into(),
            parts: vec!["a".into(), "b".into()],
            total: "total".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        },
        Relation::AtMost {
            basis: Basis::Stated,
            id: "m".into(),
            part: "success".into(),
            whole: "disputes".into(),
            note: Bilingual {
                zh: "".into(),
                en: "".into(),
            },
        },
    ]
}

/// The kinds of problem `check` finds in `r`, in order.
pub(super) fn kinds(r: &Report) -> Vec<ProblemKind> {
    check(r).into_iter().map(|p| p.kind).collect()
}
