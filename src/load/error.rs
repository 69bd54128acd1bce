//! Every way loading the report can fail, as a [`LoadError`] with a message for the
//! reader in either language.

use std::time::Duration;

use thiserror::Error;

use super::seconds;
use crate::i18n::Lang;
use crate::report::{CatalogError, ParseError};

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
