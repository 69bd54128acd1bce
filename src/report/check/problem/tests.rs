//! Every problem is said in both languages with the same facts: English as `Display`
//! writes it, Chinese in Chinese words and punctuation around the same ids, quotes and
//! numbers.

mod values;

use super::zh::{chart_kind, period_kind};
use super::*;
use crate::report::model::ChartKind;
use values::{every_kind, every_period, facts, s, variant, A, B, VARIANTS};

use ProblemKind as K;

/// `message` with every fact taken out: what the message says in its own words.
fn own_words(message: &str, facts: &[String]) -> String {
    let mut facts = facts.to_vec();
    facts.sort_by_key(|f| std::cmp::Reverse(f.len()));
    facts
        .iter()
        .fold(message.to_string(), |m, fact| m.replace(fact.as_str(), ""))
}

#[test]
fn every_variant_is_built() {
    let mut seen = [false; VARIANTS];
    for kind in every_kind() {
        seen[variant(&kind)] = true;
    }
    let missing: Vec<usize> = (0..VARIANTS).filter(|&i| !seen[i]).collect();
    assert!(missing.is_empty(), "no value of variants {missing:?}");
}

#[test]
fn the_english_message_is_the_display_text() {
    for kind in every_kind() {
        assert_eq!(kind.message(Lang::En), kind.to_string());
        let problem = Problem {
            path: s("figures[3].quote"),
            kind,
        };
        assert_eq!(problem.message(Lang::En), problem.to_string());
    }
}

#[test]
fn both_messages_state_the_same_ids_quotes_and_numbers() {
    for kind in every_kind() {
        let (zh, en) = (kind.message(Lang::Zh), kind.message(Lang::En));
        for fact in facts(&kind) {
            assert!(zh.contains(&fact), "{zh} lacks {fact}");
            assert!(en.contains(&fact), "{en} lacks {fact}");
        }
    }
}

#[test]
fn chinese_messages_are_chinese_sentences_in_their_own_words() {
    for kind in every_kind() {
        let zh = kind.message(Lang::Zh);
        let mut facts = facts(&kind);
        if let K::ChartMixesPeriods {
            first_period,
            other_period,
            ..
        } = &kind
        {
            // The periods' Chinese names, as the page writes them.
            facts.extend([first_period, other_period].map(|p| p.0.name(Lang::Zh)));
        }
        let own = own_words(&zh, &facts);
        let latin = |c: char| c.is_ascii_alphabetic() || ",:;()?!\"`".contains(c);
        assert!(!own.contains(latin), "Latin letters or punctuation in {zh}");
        assert!(zh.ends_with('。'), "{zh}");
        assert_ne!(zh, kind.message(Lang::En));
    }
}

#[test]
fn the_chinese_problem_names_its_place_first() {
    let problem = Problem {
        path: s("charts[0].figures[1]"),
        kind: K::EmptyChart,
    };
    assert_eq!(
        problem.message(Lang::Zh),
        "位置 charts[0].figures[1]：图表中没有列出任何数字。"
    );
}

#[test]
fn a_chart_of_mixed_units_or_periods_names_both_in_chinese() {
    let kinds = every_kind();
    let find = |i: usize| kinds.iter().find(|k| variant(k) == i).unwrap();
    assert_eq!(
        find(29).message(Lang::Zh),
        "条形图按长短比较各项数字，因此各项必须统计同一类事物、使用同一单位；但“调解.纠纷1”以“宗”计，“调解.成功2”以名次计。请改用数字卡片，或每个单位各用一幅图表。"
    );
    let periods = find(30);
    assert_eq!(
        periods.message(Lang::Zh),
        "漏斗图按长短比较各项数字，因此各项必须属于同一时段；但“调解.纠纷1”的时段是“2023年度”，“调解.成功2”的时段是“2019年以来,截至2023年12月31日累计”。请改用数字卡片，或每个时段各用一幅图表。"
    );
    assert!(periods
        .message(Lang::En)
        .contains("is in 2023 and `调解.成功2` cumulative since 2019, to 31 December 2023;"));
}

#[test]
fn a_funnel_stage_not_tied_and_a_growing_funnel_in_chinese() {
    let stage = K::UnstatedFunnelStage {
        earlier: s(A),
        later: s(B),
    };
    assert_eq!(
        stage.message(Lang::Zh),
        "漏斗图的每一级都必须由报告写明的数字关系与上一级相连（比率关系，或为“其中”而设、依据为“原文写明”的“不超过”关系），但没有任何数字关系把“调解.成功2”与“调解.纠纷1”连起来。"
    );
    let grows = K::FunnelGrows {
        earlier: 1268.0,
        later: 1300.0,
    };
    assert_eq!(
        grows.message(Lang::Zh),
        "漏斗图中每一级的数字都不能大于上一级，但 1300 排在 1268 之后。"
    );
}

#[test]
fn numbers_are_written_as_the_english_writes_them() {
    let rate = K::RateMismatch {
        part: 1268.0,
        whole: 1300.0,
        computed: 1268.0 / 1300.0 * 100.0,
        stated: 97.5,
    };
    assert_eq!(
        rate.message(Lang::Zh),
        "1268 占 1300 的 97.538%，但报告写的是 97.5%。"
    );
    let large = K::TooLarge {
        what: Size::Value,
        size: 1.3e15,
        limit: 1e12,
    };
    assert_eq!(
        large.message(Lang::Zh),
        "数值为 1300000000000000，超过了一份报告合理的上限 1000000000000。"
    );
}

#[test]
fn every_chart_and_period_kind_has_a_chinese_name() {
    for kind in [
        ChartKind::Bars,
        ChartKind::Funnel,
        ChartKind::Rates,
        ChartKind::Cards,
    ] {
        let json = serde_json::to_value(kind).unwrap();
        let name = chart_kind(json.as_str().unwrap());
        assert!(!name.contains(|c: char| c.is_ascii()), "{kind:?}: {name}");
    }
    for period in every_period() {
        let name = period_kind(period.kind_name());
        assert!(!name.contains(|c: char| c.is_ascii()), "{period:?}: {name}");
    }
}

#[test]
fn the_small_phrases_differ_in_chinese_as_in_english() {
    let kinds = every_kind();
    let mut zh: Vec<String> = kinds.iter().map(|k| k.message(Lang::Zh)).collect();
    let mut en: Vec<String> = kinds.iter().map(|k| k.message(Lang::En)).collect();
    zh.sort();
    zh.dedup();
    en.sort();
    en.dedup();
    assert_eq!(zh.len(), en.len(), "two problems read alike in Chinese");
}
