//! The page address's query: every parameter the app reads or writes (`report`,
//! `embed`, `q`, `lang` and the test-only time-outs), parsed and written here only.
//!
//! In the browser the query goes through `URLSearchParams`; natively (prerender and
//! tests) through the same rules of `application/x-www-form-urlencoded`: `+` is a
//! space, `%XX` are UTF-8 bytes, the first of repeated keys wins (as
//! `URLSearchParams.get`), unknown keys are ignored.

use std::time::Duration;

use crate::i18n::Lang;
use crate::report::catalog::is_report_id;

/// The report a link names: `report=huiyang-2023`.
pub const REPORT: &str = "report";
/// The chart or section an embed page shows: `embed=chart/mediation-funnel`.
pub const EMBED: &str = "embed";
/// The reader's search: `q=调解`.
pub const SEARCH: &str = "q";
/// The interface language: `lang=en`.
pub const LANG: &str = "lang";
/// Test-only: how long one attempt to fetch the report waits, in milliseconds.
pub const REPORT_TIMEOUT_MS: &str = "report_timeout_ms";
/// Test-only: the first automatic retry's wait, in milliseconds.
pub const RETRY_MS: &str = "retry_ms";

/// What an address's query asks for, each parameter checked: a value that is not
/// valid for its parameter is as if it were absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    /// `report=`: a report id of the catalog's form.
    pub report: Option<String>,
    /// `embed=chart/<id>` or `embed=section/<id>`.
    pub embed: Option<EmbedTarget>,
    /// `q=`: the search, as typed.
    pub search: Option<String>,
    /// `lang=zh` or `lang=en`.
    pub lang: Option<Lang>,
    /// `report_timeout_ms=` (1 ms to 10 min), for tests only.
    pub report_timeout: Option<Duration>,
    /// `retry_ms=` (1 ms to 10 min), for tests only.
    pub retry_unit: Option<Duration>,
}

impl Address {
    /// Reads a query string, with or without its leading `?`.
    pub fn parse(search: &str) -> Self {
        let get = |key: &str| first_value(search, key);
        let millis = |key: &str| {
            get(key)
                .and_then(|v| v.parse::<u64>().ok())
                .filter(|ms| (1..=600_000).contains(ms))
                .map(Duration::from_millis)
        };
        Address {
            report: get(REPORT).filter(|id| is_report_id(id)),
            embed: get(EMBED).and_then(|v| EmbedTarget::from_param(&v)),
            search: get(SEARCH).filter(|q| !q.is_empty()),
            lang: get(LANG).and_then(|k| Lang::from_key(&k)),
            report_timeout: millis(REPORT_TIMEOUT_MS),
            retry_unit: millis(RETRY_MS),
        }
    }

    /// The address of the page the reader is on (browser only).
    pub fn current() -> Self {
        Self::parse(&current_search())
    }
}

/// The ids a link may name (sections, paragraphs, charts): ASCII letters, digits,
/// `-`, `_` and `.`.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// What an embedding page asked for with `?embed=…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedTarget {
    /// `?embed=chart/<id>`: one chart.
    Chart(String),
    /// `?embed=section/<id>`: one section with its charts.
    Section(String),
}

impl EmbedTarget {
    /// Reads an `embed` parameter's value: `chart/<id>` or `section/<id>`.
    pub fn from_param(value: &str) -> Option<Self> {
        let (kind, id) = value.split_once('/')?;
        if !is_id(id) {
            return None;
        }
        match kind {
            "chart" => Some(EmbedTarget::Chart(id.to_string())),
            "section" => Some(EmbedTarget::Section(id.to_string())),
            _ => None,
        }
    }

    /// The `embed` parameter's value for this target.
    pub fn param(&self) -> String {
        match self {
            EmbedTarget::Chart(id) => format!("chart/{id}"),
            EmbedTarget::Section(id) => format!("section/{id}"),
        }
    }

    /// The link target of the same thing in the full report.
    pub fn anchor(&self) -> String {
        match self {
            EmbedTarget::Chart(id) => format!("chart-{id}"),
            EmbedTarget::Section(id) => id.clone(),
        }
    }
}

/// A query naming one report: `?report=huiyang-2023`.
pub fn report_query(id: &str) -> String {
    format!("?{REPORT}={}", encode(id))
}

/// The query string of the page the reader is on (browser only).
pub fn current_search() -> String {
    leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Sets `key` to `value` in the address bar's query, or removes it with `None`,
/// without a new history entry or a reload (browser only).
pub fn replace_in_address(key: &str, value: Option<&str>) {
    let window = leptos::prelude::window();
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    match value {
        Some(value) => url.search_params().set(key, value),
        None => url.search_params().delete(key),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// The first value of `key` in `search`, decoded.
#[cfg(target_arch = "wasm32")]
fn first_value(search: &str, key: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(search)
        .ok()?
        .get(key)
}

/// The first value of `key` in `search`, decoded.
#[cfg(not(target_arch = "wasm32"))]
fn first_value(search: &str, key: &str) -> Option<String> {
    pairs(search)
        .into_iter()
        .find_map(|(k, v)| (k == key).then_some(v))
}

/// Every `key=value` pair of a query string, decoded, in order.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let query = search.strip_prefix('?').unwrap_or(search);
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// One component of a query, form-encoded as `URLSearchParams` writes it.
pub fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_read_from_one_query() {
        let address = Address::parse(
            "?report=huiyang-2023&embed=chart/mediation-funnel&q=调解&lang=en&report_timeout_ms=300&retry_ms=50",
        );
        assert_eq!(
            address,
            Address {
                report: Some("huiyang-2023".into()),
                embed: Some(EmbedTarget::Chart("mediation-funnel".into())),
                search: Some("调解".into()),
                lang: Some(Lang::En),
                report_timeout: Some(Duration::from_millis(300)),
                retry_unit: Some(Duration::from_millis(50)),
            }
        );
        assert_eq!(Address::parse(""), Address::default());
        assert_eq!(Address::parse("?"), Address::default());
    }

    #[test]
    fn percent_encoded_chinese_and_plus_are_decoded() {
        let address =
            Address::parse("?q=%E8%A1%8C%E6%94%BF+%E5%A4%8D%E8%AE%AE&embed=section%2Fs1-5");
        assert_eq!(address.search.as_deref(), Some("行政 复议"));
        assert_eq!(address.embed, Some(EmbedTarget::Section("s1-5".into())));
        assert_eq!(Address::parse("?q=a%2Bb").search.as_deref(), Some("a+b"));
        assert_eq!(Address::parse("?q=100%").search.as_deref(), Some("100%"));
        assert_eq!(
            Address::parse("?q=%FF").search.as_deref(),
            Some("\u{FFFD}"),
            "bytes that are not UTF-8"
        );
    }

    #[test]
    fn the_first_of_repeated_keys_wins_and_unknown_keys_are_ignored() {
        let address = Address::parse("?lang=en&lang=zh&utm_source=wechat&xreport=a&from=timeline");
        assert_eq!(address.lang, Some(Lang::En));
        assert_eq!(address.report, None);
        assert_eq!(
            Address::parse("?q=lang=en").lang,
            None,
            "a value is not a key"
        );
    }

    #[test]
    fn values_not_valid_for_their_parameter_count_as_absent() {
        let address = Address::parse(
            "?report=%3Cscript%3E&embed=map/x&lang=fr&q=&report_timeout_ms=0&retry_ms=x",
        );
        assert_eq!(address, Address::default());
        assert_eq!(Address::parse("?embed=chart/<svg>").embed, None);
        assert_eq!(Address::parse("?report=").report, None);
        assert_eq!(
            Address::parse("?report_timeout_ms=600001").report_timeout,
            None,
            "over ten minutes"
        );
    }

    #[test]
    fn written_values_read_back() {
        for text in ["调解 委员会", "a+b&c=d", "100%", "chart/x", "*-._~"] {
            let query = format!("?{SEARCH}={}", encode(text));
            assert_eq!(
                Address::parse(&query).search.as_deref(),
                Some(text),
                "{query}"
            );
        }
        assert_eq!(encode("调解"), "%E8%B0%83%E8%A7%A3");
        assert_eq!(encode("a b"), "a+b");
        assert_eq!(report_query("huiyang-2022"), "?report=huiyang-2022");
        assert_eq!(
            Address::parse(&report_query("huiyang-2022"))
                .report
                .as_deref(),
            Some("huiyang-2022")
        );
    }

    #[test]
    fn an_embed_target_round_trips_through_its_parameter() {
        for target in [
            EmbedTarget::Chart("mediation-funnel".into()),
            EmbedTarget::Section("s1-5".into()),
        ] {
            let query = format!("?{EMBED}={}", encode(&target.param()));
            assert_eq!(Address::parse(&query).embed, Some(target));
        }
    }
}
