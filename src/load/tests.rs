use std::time::Duration;

use super::*;
use crate::address::Address;
use crate::i18n::Lang;
use crate::report::ParseError;

#[test]
fn the_fingerprint_changes_with_either_text_and_with_where_they_meet() {
    let base = fingerprint("{\"reports\":[]}", "{}");
    assert_eq!(base, fingerprint("{\"reports\":[]}", "{}"));
    assert_eq!(base.len(), 16);
    assert_ne!(base, fingerprint("{\"reports\":[1]}", "{}"));
    assert_ne!(base, fingerprint("{\"reports\":[]}", "{ }"));
    assert_ne!(fingerprint("ab", "c"), fingerprint("a", "bc"));
}

#[test]
fn backoff_doubles_from_one_second() {
    let timing = Timing::default();
    let waits: Vec<u64> = (1..=4).map(|a| timing.backoff(a).as_secs()).collect();
    assert_eq!(waits, [1, 2, 4, 8]);
    assert_eq!(timing.backoff(40), Duration::from_secs(64), "capped");
}

#[test]
fn tests_can_shorten_the_time_out_and_the_retry_waits_through_the_query() {
    let timing = |search| Timing::from_address(&Address::parse(search));
    let fast = timing("?embed=chart/x&report_timeout_ms=300&retry_ms=50");
    assert_eq!(fast.report_timeout, Duration::from_millis(300));
    assert_eq!(fast.backoff(2), Duration::from_millis(100));
    assert_eq!(timing(""), Timing::default());
    let nonsense = timing("?report_timeout_ms=0&retry_ms=x&xretry_ms=5");
    assert_eq!(
        nonsense,
        Timing::default(),
        "out of range or malformed: defaults"
    );
}

#[test]
fn a_time_out_says_how_long_it_waited() {
    let err = LoadError::Timeout(Duration::from_secs(15));
    assert_eq!(err.message(Lang::Zh), "请求超时:15 秒内没有收到报告数据");
    let err = LoadError::Timeout(Duration::from_millis(300));
    assert_eq!(
        err.message(Lang::En),
        "no report data arrived within 0.3 seconds"
    );
}

#[test]
fn only_failures_that_may_pass_are_retried_automatically() {
    assert!(LoadError::Network("x".into()).is_transient());
    assert!(LoadError::Timeout(Duration::from_secs(15)).is_transient());
    assert!(LoadError::Offline.is_transient());
    let http = LoadError::Http {
        status: 500,
        status_text: String::new(),
    };
    assert!(
        !http.is_transient(),
        "the server answered; a person must fix it"
    );
    assert!(!LoadError::ContentType(Some("text/html".into())).is_transient());
    // A missing content type is said in the reader's language.
    let none = LoadError::ContentType(None);
    assert!(none.message(Lang::Zh).contains("未注明"));
    assert!(none.message(Lang::En).contains("not given"));
    assert!(!none.message(Lang::En).contains("未注明"));
}

#[test]
fn a_truncated_body_is_named_as_such() {
    let err = LoadError::from(ParseError::Truncated {
        at: crate::report::Position { line: 1, column: 9 },
    });
    assert_eq!(err.heading(Lang::Zh), "报告数据不完整");
    assert_eq!(err.heading(Lang::En), "The report data are incomplete");
    assert!(err.message(Lang::En).contains("cut off in transfer"));
    assert_eq!(err.to_string(), err.message(Lang::Zh));
    assert!(err.technical().unwrap().contains("line 1, column 9"));
}

/// No English reaches the Chinese message: the parser's words are the technical
/// detail, and a field is named by its path.
#[test]
fn parse_errors_are_told_in_the_readers_language_with_the_detail_apart() {
    let field = LoadError::from(ParseError::Field {
        path: "figures[3].value".into(),
        message: "invalid type: string \"three\", expected f64".into(),
        at: Some(crate::report::Position {
            line: 40,
            column: 2,
        }),
    });
    let zh = field.message(Lang::Zh);
    assert_eq!(zh, "报告数据中的字段 figures[3].value 有误");
    assert!(field.message(Lang::En).contains("`figures[3].value`"));
    assert!(field.technical().unwrap().contains("invalid type"));
    let syntax = LoadError::Catalog(ParseError::Syntax {
        at: crate::report::Position { line: 2, column: 5 },
        message: "expected value".into(),
    });
    assert!(syntax.message(Lang::Zh).contains("第 2 行第 5 列"));
    assert!(!syntax.message(Lang::Zh).contains("expected value"));
    let network = LoadError::Network("TypeError: Failed to fetch".into());
    assert_eq!(network.message(Lang::Zh), "网络请求失败");
    assert_eq!(
        network.technical().as_deref(),
        Some("TypeError: Failed to fetch")
    );
    assert_eq!(LoadError::Offline.technical(), None);
}
