use super::*;

/// Every string of a table, for checks that must not miss a field.
fn all(t: &Texts) -> Vec<String> {
    // Debug lists every field; parsing it back keeps this in step with the struct.
    format!("{t:#?}")
        .lines()
        .filter_map(|l| l.split_once(": \""))
        .map(|(_, v)| v.trim_end_matches(',').trim_end_matches('"').to_string())
        .collect()
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn keys_round_trip_and_unknown_keys_are_refused() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_key(lang.key()), Some(lang));
        assert_ne!(lang.other(), lang);
    }
    assert_eq!(Lang::from_key("fr"), None);
    assert_eq!(Lang::default(), Lang::Zh);
    assert_eq!(Lang::Zh.tag(), SOURCE_LANG);
}

#[test]
fn english_strings_contain_no_chinese_except_the_search_example() {
    let strings = all(&EN);
    assert!(strings.len() > 40, "found only {} strings", strings.len());
    for s in strings {
        if s != EN.search_placeholder {
            assert!(!has_han(&s), "untranslated English string: {s}");
        }
    }
    for s in [
        Lang::En.search_status(0, 0, "x"),
        Lang::En.charts_overview(3),
        Lang::En.data_problems(2),
        Lang::En.chart_label("T"),
        Lang::En.derived_from("1 ÷ 2"),
        Lang::En.retrying("H", "d", "2", 1, 3),
        Lang::En.embed_missing(true, "x"),
        Lang::En.chart_withdrawn("R"),
        Lang::En.excerpt_of("T"),
        Lang::En.district_year("D", 2023),
    ] {
        assert!(!has_han(&s), "untranslated English message: {s}");
    }
}

#[test]
fn chinese_strings_are_all_filled_and_differ_from_english() {
    let (zh, en) = (all(&ZH), all(&EN));
    assert_eq!(zh.len(), en.len());
    for (z, e) in zh.iter().zip(&en) {
        assert!(has_han(z), "Chinese string without Chinese: {z}");
        assert_ne!(z, e);
    }
    assert_eq!(Lang::Zh.translation_notice(), None);
    assert!(Lang::En.translation_notice().is_some_and(|n| !has_han(n)));
}

#[test]
fn search_status_counts_from_one() {
    assert_eq!(Lang::Zh.search_status(3, 0, "调解"), "第 1 处,共 3 处");
    assert_eq!(Lang::En.search_status(3, 2, "x"), "Match 3 of 3");
    assert!(Lang::Zh.search_status(0, 0, "调解").contains("调解"));
}

#[test]
fn pick_falls_back_to_chinese_when_a_translation_is_missing() {
    assert_eq!(Lang::En.pick("中", "Middle"), "Middle");
    assert_eq!(Lang::En.pick("中", " "), "中");
    assert_eq!(Lang::Zh.pick("中", "Middle"), "中");
}
