//! Fetching the bundled report over HTTP and turning every way that can fail into a
//! [`LoadError`] the page can explain.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::{select, Either};
use thiserror::Error;

use crate::address::Address;
use crate::i18n::Lang;
use crate::report::{
    parse_report, Catalog, CatalogEntry, CatalogError, ParseError, Problem, Report,
};

/// Where the catalog of reports lives, relative to the page so that the app works
/// under any sub-path; each report file sits next to it.
pub const CATALOG_URL: &str = "data/reports.json";

/// The address of a report file the catalog names.
pub fn report_url(entry: &CatalogEntry) -> String {
    format!("data/{}", entry.file)
}

/// Automatic retries after a failure that may pass (network, timeout, offline).
pub const AUTO_RETRIES: u32 = 3;

/// How long the app waits for the report, and between automatic retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// One attempt gives up after this long.
    pub report_timeout: Duration,
    /// The first automatic retry waits this long; each later one twice the one before.
    pub retry_unit: Duration,
}

impl Default for Timing {
    /// 15 s per attempt; retries after 1, 2 and 4 s.
    fn default() -> Self {
        Timing {
            report_timeout: Duration::from_secs(15),
            retry_unit: Duration::from_secs(1),
        }
    }
}

impl Timing {
    /// The timing an address asks for: its test-only `report_timeout_ms=` and
    /// `retry_ms=` replace the defaults, so that tests exercise a time-out in well
    /// under a second instead of waiting out 15 s. Readers' links never carry them.
    pub fn from_address(address: &Address) -> Self {
        let default = Timing::default();
        Timing {
            report_timeout: address.report_timeout.unwrap_or(default.report_timeout),
            retry_unit: address.retry_unit.unwrap_or(default.retry_unit),
        }
    }

    /// The wait before automatic retry `attempt` (1-based): 1, 2, 4, … retry units.
    pub fn backoff(&self, attempt: u32) -> Duration {
        self.retry_unit * (1u32 << attempt.saturating_sub(1).min(6))
    }
}

/// A duration in seconds as a reader is told it: `15`, `0.3`.
pub fn seconds(duration: Duration) -> String {
    crate::report::format::plain_number(duration.as_millis() as f64 / 1000.0)
}

/// Why the report could not be shown.
/// Its `Display` is the Chinese message; [`LoadError::message`] gives either language.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{}", self.message(Lang::Zh))]
pub enum LoadError {
    Network(String),
    Http {
        status: u16,
        status_text: String,
    },
    Timeout(Duration),
    Offline,
    /// The server's content type for the report; `None` when it sent none.
    ContentType(Option<String>),
    Parse(#[from] ParseError),
    /// The catalog of reports is not valid JSON of its kind.
    Catalog(ParseError),
    /// The catalog lists no report, or not the one the address asks for.
    NoSuchReport(CatalogError),
}

/// Which JSON file a parse error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonFile {
    Report,
    Catalog,
}

/// What is wrong with the report's or the catalog's JSON, in the reader's language,
/// naming the field where there is one.
fn parse_summary(error: &ParseError, file: JsonFile, lang: Lang) -> String {
    let catalog = file == JsonFile::Catalog;
    match (lang, error) {
        (Lang::Zh, ParseError::Truncated { .. }) => "报告数据在传输中被截断,内容不完整".into(),
        (Lang::En, ParseError::Truncated { .. }) => {
            "the report data end too early: they were probably cut off in transfer".into()
        }
        (Lang::Zh, ParseError::SchemaVersion { found, expected }) => {
            format!("报告数据采用第 {found} 版格式,本网页只能读取第 {expected} 版")
        }
        (Lang::En, ParseError::SchemaVersion { found, expected }) => format!(
            "the report data use format version {found}; this page reads version {expected}"
        ),
        (Lang::Zh, ParseError::Field { path, .. }) if catalog => {
            format!("报告目录(data/reports.json)中的字段 {path} 有误")
        }
        (Lang::Zh, ParseError::Field { path, .. }) => format!("报告数据中的字段 {path} 有误"),
        (Lang::En, ParseError::Field { path, .. }) if catalog => {
            format!("the field `{path}` of the list of reports (data/reports.json) is wrong")
        }
        (Lang::En, ParseError::Field { path, .. }) => {
            format!("the report data's field `{path}` is wrong")
        }
        (Lang::Zh, ParseError::Syntax { at, .. }) if catalog => format!(
            "报告目录(data/reports.json)不是有效的 JSON(第 {} 行第 {} 列)",
            at.line, at.column
        ),
        (Lang::Zh, ParseError::Syntax { at, .. }) => format!(
            "报告数据不是有效的 JSON(第 {} 行第 {} 列)",
            at.line, at.column
        ),
        (Lang::En, ParseError::Syntax { at, .. }) if catalog => {
            format!("the list of reports (data/reports.json) is not valid JSON ({at})")
        }
        (Lang::En, ParseError::Syntax { at, .. }) => {
            format!("the report data are not valid JSON ({at})")
        }
    }
}

fn status_text_suffix(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" {text}")
    }
}

impl LoadError {
    /// A short heading for the error panel.
    pub fn heading(&self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            LoadError::Network(_) => ("无法连接到服务器", "Cannot reach the server"),
            LoadError::Http { status: 404, .. } => {
                ("找不到报告数据", "The report data were not found")
            }
            LoadError::Http { .. } => ("服务器出错", "The server failed"),
            LoadError::Timeout(_) => ("加载超时", "Loading timed out"),
            LoadError::Offline => ("网络已断开", "You are offline"),
            LoadError::ContentType(_) => {
                ("报告数据类型不对", "The report data have the wrong type")
            }
            LoadError::Parse(ParseError::Truncated { .. }) => {
                ("报告数据不完整", "The report data are incomplete")
            }
            LoadError::Parse(_) => ("报告数据格式错误", "The report data are malformed"),
            LoadError::Catalog(_) => ("报告目录格式错误", "The list of reports is malformed"),
            LoadError::NoSuchReport(CatalogError::UnknownReport(_)) => {
                ("找不到这份报告", "There is no such report")
            }
            LoadError::NoSuchReport(_) => ("没有可显示的报告", "There is no report to show"),
        };
        lang.pick(zh, en)
    }

    /// What exactly failed, in the reader's language. The parser's and the browser's
    /// own wording, which is English, is left to [`LoadError::technical`].
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            LoadError::Network(_) if en => "the network request failed".into(),
            LoadError::Network(_) => "网络请求失败".into(),
            LoadError::Http {
                status,
                status_text,
            } => {
                let suffix = status_text_suffix(status_text);
                if en {
                    format!("the server answered HTTP {status}{suffix}")
                } else {
                    format!("服务器返回 HTTP {status}{suffix}")
                }
            }
            LoadError::Timeout(limit) if en => {
                format!("no report data arrived within {} seconds", seconds(*limit))
            }
            LoadError::Timeout(limit) => {
                format!("请求超时:{} 秒内没有收到报告数据", seconds(*limit))
            }
            LoadError::Offline if en => {
                "this device is offline, so the report data cannot be downloaded".into()
            }
            LoadError::Offline => "设备目前处于离线状态,无法下载报告数据".into(),
            LoadError::ContentType(kind) if en => format!(
                "the server sent something other than report data (content type {})",
                kind.as_deref().unwrap_or("not given")
            ),
            LoadError::ContentType(kind) => format!(
                "服务器返回的不是报告数据(内容类型为 {})",
                kind.as_deref().unwrap_or("未注明")
            ),
            LoadError::Parse(error) => parse_summary(error, JsonFile::Report, lang),
            LoadError::Catalog(error) => parse_summary(error, JsonFile::Catalog, lang),
            LoadError::NoSuchReport(CatalogError::UnknownReport(id)) if en => format!(
                "the address asks for the report `{id}`, which this site does not have; remove ?report= from the address to see the newest report"
            ),
            LoadError::NoSuchReport(CatalogError::UnknownReport(id)) => format!(
                "网址中的报告编号 `{id}` 在本站不存在;去掉网址中的 ?report= 即可查看最新的报告"
            ),
            LoadError::NoSuchReport(_) if en => {
                "the list of reports (data/reports.json) cannot be used".into()
            }
            LoadError::NoSuchReport(_) => "报告目录(data/reports.json)无法使用".into(),
        }
    }

    /// The technical detail, in English, for the staff who maintain the data and the
    /// site: the parser's or the browser's own words. None where the message says it all.
    pub fn technical(&self) -> Option<String> {
        match self {
            LoadError::Network(detail) => Some(detail.clone()).filter(|d| !d.is_empty()),
            LoadError::Parse(error) | LoadError::Catalog(error) => Some(error.to_string()),
            LoadError::NoSuchReport(CatalogError::UnknownReport(_)) => None,
            LoadError::NoSuchReport(error) => Some(error.to_string()),
            _ => None,
        }
    }

    /// Whether trying again unchanged may succeed without anyone fixing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LoadError::Network(_) | LoadError::Timeout(_) | LoadError::Offline
        )
    }
}

/// A report that parsed, with whatever consistency problems the checks found in it.
/// The checks run natively only (the build, the validator, the tests): in the browser
/// `problems` and `suspect` are empty (see [`checked`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedReport {
    /// Shared by every view, never copied.
    pub report: Arc<Report>,
    pub problems: Vec<Problem>,
    /// Figures the problems cast doubt on; the page marks them as unverified.
    pub suspect: HashSet<String>,
}

impl LoadedReport {
    /// Parses report JSON text, and natively checks it: the one path from text to a
    /// shown report.
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        let report = parse_report(text)?;
        let (problems, suspect) = checked(&report);
        Ok(LoadedReport {
            report: Arc::new(report),
            problems,
            suspect,
        })
    }
}

/// The consistency problems of `report`, and the figures they cast doubt on.
#[cfg(not(target_arch = "wasm32"))]
fn checked(report: &Report) -> (Vec<Problem>, HashSet<String>) {
    let problems = crate::report::check(report);
    let suspect = crate::report::suspect_figures(report, &problems);
    (problems, suspect)
}

/// None in the browser: every report the site ships was checked by the build, which
/// stops on a problem (src/bin/prerender.rs), so the reader's wasm carries no checks
/// (docs/decisions.md, "Reports are checked at build time"). A report put on the server
/// without a build is shown as it is; one that does not parse is explained.
#[cfg(target_arch = "wasm32")]
fn checked(_: &Report) -> (Vec<Problem>, HashSet<String>) {
    (Vec::new(), HashSet::new())
}

/// The report a page shows, and the catalog it was chosen from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenReport {
    pub catalog: Arc<Catalog>,
    /// The catalog's entry for the report shown.
    pub entry: CatalogEntry,
    pub loaded: Arc<LoadedReport>,
    /// The [`fingerprint`] of the catalog and report texts it was made from.
    pub fingerprint: String,
}

/// A fingerprint of the catalog and report texts a page is made from (64-bit FNV-1a,
/// in hex). The build writes it into the page; the browser attaches to the page only
/// when the texts it fetched have the same one, and otherwise builds the page anew
/// (a report or catalog changed since the page was built would not match its HTML).
pub fn fingerprint(catalog: &str, report: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in catalog.bytes().chain([0xff]).chain(report.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Fetches the catalog, chooses the report `requested` names (the newest when it
/// names none), and fetches and parses that report; each request gives up
/// after `timeout`.
pub async fn fetch_chosen(
    requested: Option<&str>,
    timeout: Duration,
) -> Result<ChosenReport, LoadError> {
    let catalog_text = fetch_with_timeout(CATALOG_URL, timeout).await?;
    let catalog = Catalog::parse(&catalog_text).map_err(LoadError::Catalog)?;
    let entry = catalog
        .select(requested)
        .map_err(LoadError::NoSuchReport)?
        .clone();
    let text = fetch_with_timeout(&report_url(&entry), timeout).await?;
    // Timed for the benchmark: text to a parsed report.
    let loaded = crate::user_timing::timed("report-parse", || LoadedReport::from_json(&text))?;
    Ok(ChosenReport {
        catalog: Arc::new(catalog),
        entry,
        loaded: Arc::new(loaded),
        fingerprint: fingerprint(&catalog_text, &text),
    })
}

/// The text at `url`, or why there is none within `timeout`.
async fn fetch_with_timeout(url: &str, timeout: Duration) -> Result<String, LoadError> {
    // Aborting a timed-out request frees the browser to send the retry at once
    // (Chrome otherwise holds a second request for the same URL behind the first).
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let request = Box::pin(fetch_text(url, signal.as_ref()));
    let timer = Box::pin(gloo_timers::future::sleep(timeout));
    let outcome = match select(request, timer).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            if let Some(abort) = abort {
                abort.abort();
            }
            Err(LoadError::Timeout(timeout))
        }
    };
    outcome
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// The addresses this page has requested.
static REQUESTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Whether this is the page's first request for `url`, noting that it has been made.
fn first_request_for(url: &str) -> bool {
    let mut requested = REQUESTED.lock().unwrap_or_else(|e| e.into_inner());
    let first = !requested.iter().any(|u| u == url);
    if first {
        requested.push(url.to_string());
    }
    first
}

async fn fetch_text(url: &str, signal: Option<&web_sys::AbortSignal>) -> Result<String, LoadError> {
    if is_offline() {
        return Err(LoadError::Offline);
    }
    // The first request for a URL takes over public/boot.js's preload of it (the
    // catalog, the report the page holds). Every later one bypasses the HTTP cache: Chrome holds a
    // request for a URL behind a stalled earlier one (the preload cannot be aborted),
    // so a retry would wait for it.
    let cache = if first_request_for(url) {
        web_sys::RequestCache::Default
    } else {
        web_sys::RequestCache::NoStore
    };
    let response = gloo_net::http::Request::get(url)
        .cache(cache)
        .abort_signal(signal)
        .send()
        .await
        .map_err(|e| {
            if is_offline() {
                LoadError::Offline
            } else {
                LoadError::Network(e.to_string())
            }
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !content_type.contains("json") {
        return Err(LoadError::ContentType(
            (!content_type.is_empty()).then_some(content_type),
        ));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
