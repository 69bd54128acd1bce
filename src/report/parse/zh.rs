//! Why a report file could not be read, in Chinese: the frame of each [`ParseError`] in
//! Chinese words, and serde's own detail translated where it follows a known pattern
//! (a missing, repeated or unknown field or value), quoted as it is otherwise.

use super::{ParseError, Position};

pub(super) fn message(error: &ParseError) -> String {
    match error {
        ParseError::Truncated { at } => {
            format!(
                "报告文件在{}处提前结束，可能在传输中被截断了。",
                position(at)
            )
        }
        ParseError::Syntax { at, message } => format!(
            "报告文件不是有效的 JSON 文件（{}）：{}。",
            position(at),
            detail(message)
        ),
        ParseError::SchemaVersion { found, expected } => {
            format!("报告文件使用的是第 {found} 版数据格式，而本应用读取的是第 {expected} 版。")
        }
        ParseError::Field { path, message, at } => format!(
            "报告字段“{path}”有误{}：{}。",
            at.map(|p| format!("（{}）", position(&p)))
                .unwrap_or_default(),
            detail(message)
        ),
    }
}

/// `第 54 行第 19 列`.
fn position(at: &Position) -> String {
    format!("第 {} 行第 {} 列", at.line, at.column)
}

/// serde's detail (`missing field `source_office``) in Chinese where it is one of the
/// patterns a hand-edited file usually meets; otherwise quoted as serde wrote it.
pub(super) fn detail(message: &str) -> String {
    let sole = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .map(quoted)
            .filter(|names| names.len() == 1)
            .map(|names| names[0])
    };
    if let Some(field) = sole("missing field ") {
        return format!("缺少字段“{field}”");
    }
    if let Some(field) = sole("duplicate field ") {
        return format!("字段“{field}”重复出现");
    }
    let unknown = [
        ("unknown field ", "字段"),
        ("unknown variant ", "取值"),
        ("unknown measure word ", "量词"),
        ("unknown money unit ", "金额单位"),
    ];
    for (prefix, what) in unknown {
        let Some(rest) = message.strip_prefix(prefix) else {
            continue;
        };
        if let Some((name, known)) = quoted(rest).split_first() {
            let known: Vec<String> = known.iter().map(|k| format!("“{k}”")).collect();
            if known.is_empty() {
                return format!("无法识别的{what}“{name}”");
            }
            return format!("无法识别的{what}“{name}”，可用的有：{}", known.join("、"));
        }
    }
    match message {
        "expected value" => "此处应当是一个值".to_string(),
        "number out of range" => "数字超出了可以表示的范围".to_string(),
        _ => format!("解析程序的英文提示为“{message}”"),
    }
}

/// The names between backticks in `text`, in order.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}
