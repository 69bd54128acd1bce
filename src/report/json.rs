//! A small JSON reader (RFC 8259) for the report file, so that the wasm app does not
//! link serde_json: the report only needs a tree to convert by hand (see `parse.rs`).
//!
//! It follows serde_json's `Value` closely, because the app's error messages were
//! written against it: the same wording ("expected value", "EOF while parsing a
//! string", …), the same line/column conventions (a character looked at but not
//! consumed is reported at its own column; one consumed, at the column of the last
//! character read; the end of the text at the column of its last character), the same
//! nesting limit (128) and the same refusals (control characters in strings, lone
//! surrogates, leading zeros, `NaN`, numbers too large for an `f64`).
//!
//! Where it differs, on purpose:
//! - columns count characters, not bytes, so they match what an editor shows on a line
//!   with Chinese text (serde_json counts bytes);
//! - a key repeated within one object is refused ("duplicate key `k`", at the second
//!   occurrence) instead of the last value silently winning: a report is edited by
//!   hand, and a repeated key is an editing mistake the validator should name;
//! - a number keeps the literal text as written, so messages show `1.50` or `1e3`
//!   where serde_json would re-format the float (`1.5`, `1000.0`), and its value is
//!   correctly rounded (serde_json's default float parsing is not, in rare cases).
//!
//! Converting a literal to `f64` uses the browser's `Number.parseFloat` on wasm and
//! `str::parse` elsewhere (both correctly rounded), which keeps core's float parser
//! out of the wasm.

use std::fmt;

/// A JSON document or one of its values. Object members keep their document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A JSON number: the literal as written and its (finite) `f64` value.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    text: String,
    value: f64,
}

/// Why a text is not JSON, and where, in serde_json's words and positions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at line {line} column {column}")]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// Characters into the line (see the module comment for which character).
    pub column: usize,
    pub message: String,
    /// The text ended before the JSON did (a cut-off download, typically).
    pub eof: bool,
}

impl Json {
    /// Reads a whole text as one JSON value; only whitespace may follow it.
    pub fn parse(text: &str) -> Result<Json, SyntaxError> {
        let mut parser = Parser {
            text,
            bytes: text.as_bytes(),
            index: 0,
            depth_left: MAX_DEPTH,
        };
        let value = parser.value()?;
        match parser.skip_whitespace() {
            None => Ok(value),
            Some(_) => Err(parser.peek_error(Code::TrailingCharacters)),
        }
    }

    /// The value of `key` if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(n.as_f64()),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// Compact JSON, as serde_json's `Value::to_string` writes it (object keys sorted,
    /// the same string escapes), except that numbers are written as they were read.
    /// Error messages quote a value with it.
    pub fn to_json_string(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&n.text),
            Json::String(s) => write_json_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (k, v)) in key_order(members)
                    .into_iter()
                    .map(|m| &members[m])
                    .enumerate()
                {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(k, out);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// A string in quotes with serde_json's escapes: the two short forms for `"` and `\`,
/// the named control characters, `\u00xx` for the others.
fn write_json_string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xF] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Number {
    /// The literal exactly as written in the document.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The nearest `f64`; always finite (larger literals are refused when read).
    pub fn as_f64(&self) -> f64 {
        self.value
    }

    /// The value, for a literal written as a non-negative integer (no fraction, no
    /// exponent) that fits a `u64`; `None` otherwise, as with serde_json.
    pub fn as_u64(&self) -> Option<u64> {
        if self.is_plain_integer() {
            self.text.parse().ok()
        } else {
            None
        }
    }

    /// Whether serde_json would hold this number as an integer: written without
    /// fraction or exponent and fitting a `u64` or (when negative) an `i64`. `-0` and
    /// integers beyond 64 bits are floating point there, and so here.
    pub fn is_integer(&self) -> bool {
        self.as_u64().is_some()
            || (self.is_plain_integer() && self.text.parse::<i64>().is_ok_and(|n| n < 0))
    }

    fn is_plain_integer(&self) -> bool {
        !self.text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// How deep arrays and objects may nest: serde_json's limit, which also keeps the
/// recursive reader's stack use bounded on hostile input.
const MAX_DEPTH: usize = 128;

/// What went wrong; the messages are serde_json's, word for word.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Code {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    InvalidUnicodeCodePoint,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimitExceeded,
    /// Not in serde_json, whose `Value` keeps the last of repeated members.
    DuplicateKey(String),
}

impl Code {
    fn message(&self) -> String {
        match self {
            Code::EofWhileParsingList => "EOF while parsing a list",
            Code::EofWhileParsingObject => "EOF while parsing an object",
            Code::EofWhileParsingString => "EOF while parsing a string",
            Code::EofWhileParsingValue => "EOF while parsing a value",
            Code::ExpectedColon => "expected `:`",
            Code::ExpectedListCommaOrEnd => "expected `,` or `]`",
            Code::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            Code::ExpectedSomeIdent => "expected ident",
            Code::ExpectedSomeValue => "expected value",
            Code::InvalidEscape => "invalid escape",
            Code::InvalidNumber => "invalid number",
            Code::NumberOutOfRange => "number out of range",
            Code::InvalidUnicodeCodePoint => "invalid unicode code point",
            Code::ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Code::KeyMustBeAString => "key must be a string",
            Code::LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingCharacters => "trailing characters",
            Code::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Code::RecursionLimitExceeded => "recursion limit exceeded",
            Code::DuplicateKey(key) => return format!("duplicate key `{key}` in an object"),
        }
        .to_string()
    }

    fn is_eof(&self) -> bool {
        matches!(
            self,
            Code::EofWhileParsingList
                | Code::EofWhileParsingObject
                | Code::EofWhileParsingString
                | Code::EofWhileParsingValue
        )
    }
}

/// A reader over the bytes of the text. `index` is the next byte to read; it only
/// stops on character boundaries except just before an error is returned.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    index: usize,
    depth_left: usize,
}

type R<T> = Result<T, SyntaxError>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.index += 1;
        Some(b)
    }

    fn eat(&mut self) {
        self.index += 1;
    }

    fn peek_is_digit(&self) -> bool {
        self.peek().is_some_and(|b| b.is_ascii_digit())
    }

    /// Skips whitespace and returns the next byte without consuming it.
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.eat();
        }
        self.peek()
    }

    /// An error about the character just consumed (serde_json's `error`).
    fn error(&self, code: Code) -> SyntaxError {
        self.error_at(self.index, code)
    }

    /// An error about the character looked at but not consumed (serde_json's
    /// `peek_error`): the end of the text when there is none.
    fn peek_error(&self, code: Code) -> SyntaxError {
        self.error_at((self.index + 1).min(self.bytes.len()), code)
    }

    /// Line and column of the character that ends just before byte `end`: the
    /// characters before `end` on its line. A line starts after a `\n`, so a
    /// position just past one is column 0 of the next line, as in serde_json.
    fn error_at(&self, end: usize, code: Code) -> SyntaxError {
        let before = self.bytes.get(..end).unwrap_or(self.bytes);
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
        // Each character has exactly one byte that is not a continuation byte.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        SyntaxError {
            line,
            column,
            message: code.message(),
            eof: code.is_eof(),
        }
    }

    fn value(&mut self) -> R<Json> {
        let Some(peek) = self.skip_whitespace() else {
            return Err(self.peek_error(Code::EofWhileParsingValue));
        };
        match peek {
            b'n' => self.ident(b"null", Json::Null),
            b't' => self.ident(b"true", Json::Bool(true)),
            b'f' => self.ident(b"false", Json::Bool(false)),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            b'"' => {
                self.eat();
                self.string().map(Json::String)
            }
            b'[' => self.nested(Self::array),
            b'{' => self.nested(Self::object),
            _ => Err(self.peek_error(Code::ExpectedSomeValue)),
        }
    }

    /// The rest of `null`, `true` or `false`, whose first letter was peeked.
    fn ident(&mut self, word: &[u8], value: Json) -> R<Json> {
        self.eat();
        for &expected in &word[1..] {
            match self.next() {
                None => return Err(self.error(Code::EofWhileParsingValue)),
                Some(b) if b != expected => return Err(self.error(Code::ExpectedSomeIdent)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// An array or object, one level deeper; the opening bracket is peeked.
    fn nested(&mut self, read: fn(&mut Self) -> R<Json>) -> R<Json> {
        self.depth_left -= 1;
        if self.depth_left == 0 {
            return Err(self.peek_error(Code::RecursionLimitExceeded));
        }
        self.eat();
        let value = read(self);
        self.depth_left += 1;
        value
    }

    /// The members of an array after its `[`, through its `]`.
    fn array(&mut self) -> R<Json> {
        let mut items = Vec::new();
        loop {
            match self.skip_whitespace() {
                None => return Err(self.peek_error(Code::EofWhileParsingList)),
                Some(b']') => break,
                Some(_) if items.is_empty() => {}
                Some(b',') => {
                    self.eat();
                    match self.skip_whitespace() {
                        Some(b']') => return Err(self.peek_error(Code::TrailingComma)),
                        Some(_) => {}
                        None => return Err(self.peek_error(Code::EofWhileParsingValue)),
                    }
                }
                Some(_) => return Err(self.peek_error(Code::ExpectedListCommaOrEnd)),
            }
            items.push(self.value()?);
        }
        self.eat();
        Ok(Json::Array(items))
    }

    /// The members of an object after its `{`, through its `}`.
    fn object(&mut self) -> R<Json> {
        let mut members: Vec<(String, Json)> = Vec::new();
        // Where each key starts, to name a repeated one at its second occurrence.
        let mut key_starts = Vec::new();
        loop {
            match self.skip_whitespace() {
                None => return Err(self.peek_error(Code::EofWhileParsingObject)),
                Some(b'}') => break,
                Some(b'"') if members.is_empty() => {}
                Some(_) if members.is_empty() => {
                    return Err(self.peek_error(Code::KeyMustBeAString))
                }
                Some(b',') => {
                    self.eat();
                    match self.skip_whitespace() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.peek_error(Code::TrailingComma)),
                        Some(_) => return Err(self.peek_error(Code::KeyMustBeAString)),
                        None => return Err(self.peek_error(Code::EofWhileParsingValue)),
                    }
                }
                Some(_) => return Err(self.peek_error(Code::ExpectedObjectCommaOrEnd)),
            }
            key_starts.push(self.index);
            self.eat();
            let key = self.string()?;
            self.colon()?;
            members.push((key, self.value()?));
        }
        self.refuse_duplicate_keys(&members, &key_starts)?;
        self.eat();
        Ok(Json::Object(members))
    }

    fn colon(&mut self) -> R<()> {
        match self.skip_whitespace() {
            Some(b':') => {
                self.eat();
                Ok(())
            }
            Some(_) => Err(self.peek_error(Code::ExpectedColon)),
            None => Err(self.peek_error(Code::EofWhileParsingObject)),
        }
    }

    /// Refuses an object with a repeated key, naming the repetition that comes first
    /// in the text. Sorting keeps this O(n log n) for objects with very many members.
    fn refuse_duplicate_keys(&self, members: &[(String, Json)], key_starts: &[usize]) -> R<()> {
        if members.len() < 2 {
            return Ok(());
        }
        let order = key_order(members);
        let repeated = order
            .windows(2)
            .filter(|w| members[w[0]].0 == members[w[1]].0)
            .map(|w| w[1])
            .min();
        match repeated {
            None => Ok(()),
            Some(i) => {
                let start = key_starts.get(i).copied().unwrap_or(self.index);
                Err(self.error_at(start + 1, Code::DuplicateKey(members[i].0.clone())))
            }
        }
    }

    /// A string's contents after its opening quote, through its closing quote.
    fn string(&mut self) -> R<String> {
        let mut out = String::new();
        let mut start = self.index;
        loop {
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.eat();
            }
            let Some(b) = self.peek() else {
                return Err(self.error(Code::EofWhileParsingString));
            };
            // `start` and `index` sit on ASCII bytes or the end, so on char boundaries.
            let run = self
                .text
                .get(start..self.index)
                .ok_or_else(|| self.error(Code::InvalidUnicodeCodePoint))?;
            out.push_str(run);
            self.eat();
            match b {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.error(Code::ControlCharacterWhileParsingString)),
            }
            start = self.index;
        }
    }

    /// One escape after its backslash.
    fn escape(&mut self, out: &mut String) -> R<()> {
        let Some(b) = self.next() else {
            return Err(self.error(Code::EofWhileParsingString));
        };
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(self.error(Code::InvalidEscape)),
        };
        out.push(c);
        Ok(())
    }

    /// The character of a `\uXXXX` escape after its `u`; one outside the Basic
    /// Multilingual Plane is written as a surrogate pair, `\uD83D\uDE00`.
    fn unicode_escape(&mut self) -> R<char> {
        let first = self.hex4()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.error(Code::LoneLeadingSurrogateInHexEscape)),
            0xD800..=0xDBFF => {
                self.expect_escape_byte(b'\\')?;
                self.expect_escape_byte(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error(Code::LoneLeadingSurrogateInHexEscape));
                }
                0x1_0000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00)
            }
            _ => u32::from(first),
        };
        char::from_u32(code).ok_or_else(|| self.error(Code::InvalidUnicodeCodePoint))
    }

    /// The `\` or `u` that must follow a leading surrogate.
    fn expect_escape_byte(&mut self, expected: u8) -> R<()> {
        match self.next() {
            None => Err(self.error(Code::EofWhileParsingString)),
            Some(b) if b == expected => Ok(()),
            Some(_) => Err(self.error(Code::UnexpectedEndOfHexEscape)),
        }
    }

    /// Four hex digits, upper or lower case.
    fn hex4(&mut self) -> R<u16> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(Code::EofWhileParsingString));
        };
        self.index += 4;
        let mut n = 0u16;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error(Code::InvalidEscape))?;
            n = n * 16 + v as u16;
        }
        Ok(n)
    }

    /// A number whose first character (`-` or a digit) was peeked: the grammar is
    /// checked here, with serde_json's errors; the value is the correctly rounded
    /// `f64`, refused if it is infinite.
    fn number(&mut self) -> R<Number> {
        let start = self.index;
        if self.peek() == Some(b'-') {
            self.eat();
        }
        let mut all_zero = true;
        match self.next() {
            None => return Err(self.error(Code::EofWhileParsingValue)),
            Some(b'0') if self.peek_is_digit() => return Err(self.peek_error(Code::InvalidNumber)),
            Some(b'0') => {}
            Some(b'1'..=b'9') => {
                all_zero = false;
                self.digits(&mut all_zero);
            }
            Some(_) => return Err(self.error(Code::InvalidNumber)),
        }
        if self.peek() == Some(b'.') {
            self.eat();
            if !self.peek_is_digit() {
                return Err(match self.peek() {
                    Some(_) => self.peek_error(Code::InvalidNumber),
                    None => self.peek_error(Code::EofWhileParsingValue),
                });
            }
            self.digits(&mut all_zero);
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.eat();
            self.exponent(all_zero)?;
        }
        // The literal is ASCII from a char boundary to the next non-digit byte.
        let text = self
            .text
            .get(start..self.index)
            .ok_or_else(|| self.error(Code::InvalidNumber))?;
        let value = parse_f64(text).ok_or_else(|| self.error(Code::InvalidNumber))?;
        if value.is_infinite() {
            return Err(self.error(Code::NumberOutOfRange));
        }
        Ok(Number {
            text: text.to_string(),
            value,
        })
    }

    /// A run of decimal digits, noting whether any is not zero.
    fn digits(&mut self, all_zero: &mut bool) {
        while let Some(b @ b'0'..=b'9') = self.peek() {
            *all_zero &= b == b'0';
            self.eat();
        }
    }

    /// An exponent after its `e`. Like serde_json, a positive exponent that overflows
    /// an `i32` on a non-zero number is out of range at the digit where it overflows;
    /// otherwise the number's value settles it.
    fn exponent(&mut self, zero_significand: bool) -> R<()> {
        let positive = match self.peek() {
            Some(b'+') => {
                self.eat();
                true
            }
            Some(b'-') => {
                self.eat();
                false
            }
            _ => true,
        };
        let mut exp: Option<i32> = match self.next() {
            None => return Err(self.error(Code::EofWhileParsingValue)),
            Some(d @ b'0'..=b'9') => Some(i32::from(d - b'0')),
            Some(_) => return Err(self.error(Code::InvalidNumber)),
        };
        while let Some(d @ b'0'..=b'9') = self.peek() {
            self.eat();
            exp = exp.and_then(|e| e.checked_mul(10)?.checked_add(i32::from(d - b'0')));
            if exp.is_none() && positive && !zero_significand {
                return Err(self.error(Code::NumberOutOfRange));
            }
        }
        Ok(())
    }
}

/// The indices of an object's members in the order of their keys; among equal keys,
/// the later member comes later. The one sort in the reader, so that its code is in
/// the wasm once.
fn key_order(members: &[(String, Json)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by(|&a, &b| members[a].0.cmp(&members[b].0));
    order
}

/// The correctly rounded `f64` of a JSON number literal (infinite if too large).
#[cfg(target_arch = "wasm32")]
fn parse_f64(text: &str) -> Option<f64> {
    let value = js_sys::Number::parse_float(text);
    (!value.is_nan()).then_some(value)
}

/// The correctly rounded `f64` of a JSON number literal (infinite if too large).
#[cfg(not(target_arch = "wasm32"))]
fn parse_f64(text: &str) -> Option<f64> {
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Json {
        Json::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    /// The error as "line:column message", with `(eof)` for a cut-off text.
    fn fail(text: &str) -> String {
        match Json::parse(text) {
            Ok(v) => panic!("{text:?} was accepted as {v:?}"),
            Err(e) => format!(
                "{}:{} {}{}",
                e.line,
                e.column,
                e.message,
                if e.eof { " (eof)" } else { "" }
            ),
        }
    }

    fn num(text: &str) -> Number {
        match parse(text) {
            Json::Number(n) => n,
            other => panic!("{text:?} is {other:?}"),
        }
    }

    fn s(text: &str) -> String {
        match parse(text) {
            Json::String(s) => s,
            other => panic!("{text:?} is {other:?}"),
        }
    }

    #[test]
    fn scalars() {
        assert_eq!(parse("null"), Json::Null);
        assert_eq!(parse("true"), Json::Bool(true));
        assert_eq!(parse(" \t\r\nfalse \n"), Json::Bool(false));
        assert_eq!(parse("\"\""), Json::String(String::new()));
    }

    #[test]
    fn nesting_keeps_document_order() {
        let v = parse(r#"{"b": [1, {"c": null}, []], "a": {}}"#);
        let Json::Object(members) = &v else {
            panic!("{v:?}")
        };
        assert_eq!(members[0].0, "b");
        assert_eq!(members[1], ("a".to_string(), Json::Object(vec![])));
        let Some(Json::Array(items)) = v.get("b") else {
            panic!("{v:?}")
        };
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].get("c"), Some(&Json::Null));
        assert_eq!(items[2], Json::Array(vec![]));
        assert_eq!(v.get("z"), None);
        assert_eq!(items[0].get("a"), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(num("0").as_u64(), Some(0));
        assert_eq!(num("1300").as_u64(), Some(1300));
        assert_eq!(num("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(num("18446744073709551616").as_u64(), None);
        assert!(!num("18446744073709551616").is_integer());
        assert_eq!(num("-5").as_u64(), None);
        assert!(num("-5").is_integer());
        assert!(num("-9223372036854775808").is_integer());
        assert!(!num("-9223372036854775809").is_integer());
        assert_eq!(num("-5").as_f64(), -5.0);
        assert_eq!(num("5.5").as_f64(), 5.5);
        assert!(!num("5.0").is_integer());
        assert_eq!(num("5.0").as_u64(), None);
        assert_eq!(num("1e3").as_f64(), 1000.0);
        assert_eq!(num("1E+3").as_f64(), 1000.0);
        assert_eq!(num("25e-1").as_f64(), 2.5);
        assert_eq!(num("-0.125").as_f64(), -0.125);
        assert!(!num("1e3").is_integer());
        assert_eq!(num("1e-400").as_f64(), 0.0);
        assert_eq!(num("0e99999999999999").as_f64(), 0.0);
        assert_eq!(num("1e-99999999999999").as_f64(), 0.0);
        assert_eq!(num("0.1").as_f64(), 0.1);
        assert_eq!(num("1.7976931348623157e308").as_f64(), f64::MAX);
        assert_eq!(num("5e-324").as_f64(), 5e-324);
    }

    #[test]
    fn minus_zero_is_floating_point_and_negative() {
        let n = num("-0");
        assert!(!n.is_integer());
        assert_eq!(n.as_u64(), None);
        assert!(n.as_f64() == 0.0 && n.as_f64().is_sign_negative());
    }

    #[test]
    fn a_number_keeps_its_literal() {
        for text in ["1.50", "1e3", "-0", "0.000", "12345678901234567890123"] {
            assert_eq!(num(text).text(), text);
            assert_eq!(num(text).to_string(), text);
        }
    }

    #[test]
    fn number_errors_as_serde_json() {
        assert_eq!(fail("01"), "1:2 invalid number");
        assert_eq!(fail("-01"), "1:3 invalid number");
        assert_eq!(fail("-"), "1:1 EOF while parsing a value (eof)");
        assert_eq!(fail("-a"), "1:2 invalid number");
        assert_eq!(fail("1."), "1:2 EOF while parsing a value (eof)");
        assert_eq!(fail("1.x"), "1:3 invalid number");
        assert_eq!(fail("[1.]"), "1:4 invalid number");
        assert_eq!(fail("1e"), "1:2 EOF while parsing a value (eof)");
        assert_eq!(fail("1e+"), "1:3 EOF while parsing a value (eof)");
        assert_eq!(fail("1ex"), "1:3 invalid number");
        assert_eq!(fail("[1e400]"), "1:6 number out of range");
        assert_eq!(fail("-1e400"), "1:6 number out of range");
        assert_eq!(
            fail(&format!("1{}", "0".repeat(400))),
            "1:401 number out of range"
        );
        assert_eq!(fail("1e99999999999999"), "1:12 number out of range");
        assert_eq!(fail("+1"), "1:1 expected value");
        assert_eq!(fail(".5"), "1:1 expected value");
        assert_eq!(fail("NaN"), "1:1 expected value");
        assert_eq!(fail("Infinity"), "1:1 expected value");
        assert_eq!(fail("1x"), "1:2 trailing characters");
        assert_eq!(fail("0x10"), "1:2 trailing characters");
    }

    #[test]
    fn escapes() {
        assert_eq!(s(r#""a\"b\\c\/d""#), "a\"b\\c/d");
        assert_eq!(s(r#""\b\f\n\r\t""#), "\u{8}\u{c}\n\r\t");
        assert_eq!(s(r#""\u0041\u00e9\u4E2D""#), "Aé中");
        assert_eq!(s(r#""\ud83d\ude00!""#), "😀!");
        assert_eq!(s(r#""x\u0000y""#), "x\0y");
        assert_eq!(s("\"中文 😀\""), "中文 😀");
        assert_eq!(s("\"\u{7f}\""), "\u{7f}");
    }

    #[test]
    fn string_errors_as_serde_json() {
        assert_eq!(fail("\"abc"), "1:4 EOF while parsing a string (eof)");
        assert_eq!(fail("\"a\\"), "1:3 EOF while parsing a string (eof)");
        assert_eq!(
            fail("\"a\tb\""),
            "1:3 control character (\\u0000-\\u001F) found while parsing a string"
        );
        // A raw newline ends the line, so serde_json's position is column 0 of the next.
        assert_eq!(
            fail("\"a\nb\""),
            "2:0 control character (\\u0000-\\u001F) found while parsing a string"
        );
        assert_eq!(fail(r#""\x""#), "1:3 invalid escape");
        assert_eq!(fail(r#""\u12G4""#), "1:7 invalid escape");
        assert_eq!(fail(r#""\u12"#), "1:5 EOF while parsing a string (eof)");
        assert_eq!(
            fail(r#""\ude00""#),
            "1:7 lone leading surrogate in hex escape"
        );
        assert_eq!(fail(r#""\ud83dx""#), "1:8 unexpected end of hex escape");
        assert_eq!(fail(r#""\ud83d\n""#), "1:9 unexpected end of hex escape");
        assert_eq!(
            fail(r#""\ud83d\u0041""#),
            "1:13 lone leading surrogate in hex escape"
        );
        assert_eq!(fail(r#""\ud83d"#), "1:7 EOF while parsing a string (eof)");
    }

    #[test]
    fn structure_errors_as_serde_json() {
        assert_eq!(fail(""), "1:0 EOF while parsing a value (eof)");
        assert_eq!(fail("   "), "1:3 EOF while parsing a value (eof)");
        assert_eq!(fail("<!DOCTYPE html>"), "1:1 expected value");
        assert_eq!(fail("nul"), "1:3 EOF while parsing a value (eof)");
        assert_eq!(fail("nulx"), "1:4 expected ident");
        assert_eq!(fail("tru"), "1:3 EOF while parsing a value (eof)");
        assert_eq!(fail("[1"), "1:2 EOF while parsing a list (eof)");
        assert_eq!(fail("[1,"), "1:3 EOF while parsing a value (eof)");
        assert_eq!(fail("[1,]"), "1:4 trailing comma");
        assert_eq!(fail("[1 2]"), "1:4 expected `,` or `]`");
        assert_eq!(fail("[,1]"), "1:2 expected value");
        assert_eq!(fail("{"), "1:1 EOF while parsing an object (eof)");
        assert_eq!(fail("{1:2}"), "1:2 key must be a string");
        assert_eq!(fail(r#"{"a""#), "1:4 EOF while parsing an object (eof)");
        assert_eq!(fail(r#"{"a" 1}"#), "1:6 expected `:`");
        assert_eq!(fail(r#"{"a":}"#), "1:6 expected value");
        assert_eq!(fail(r#"{"a":1"#), "1:6 EOF while parsing an object (eof)");
        assert_eq!(fail(r#"{"a":1 "b":2}"#), "1:8 expected `,` or `}`");
        assert_eq!(fail(r#"{"a":1,}"#), "1:8 trailing comma");
        assert_eq!(fail(r#"{"a":1,2}"#), "1:8 key must be a string");
        assert_eq!(fail(r#"{"a":1,"#), "1:7 EOF while parsing a value (eof)");
        assert_eq!(fail("{} {}"), "1:4 trailing characters");
        assert_eq!(fail("[]]"), "1:3 trailing characters");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(fail("{\n  \"a\": NaN\n}"), "2:8 expected value");
        // Columns are characters: 中 and é are one column each, not three and two bytes.
        assert_eq!(fail("[\"中é\", x]"), "1:8 expected value");
        assert_eq!(fail("[\"中\",\n \"é\" x]"), "2:6 expected `,` or `]`");
        assert_eq!(fail("[\n1,\n"), "3:0 EOF while parsing a value (eof)");
        assert_eq!(fail("\u{feff}{}"), "1:1 expected value");
        assert_eq!(fail("[\"\\中\"]"), "1:4 invalid escape");
    }

    #[test]
    fn nesting_is_limited_like_serde_json() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(Json::parse(&deep(127)).is_ok());
        assert_eq!(fail(&deep(128)), "1:128 recursion limit exceeded");
        assert_eq!(
            fail(&"{\"a\":".repeat(200)),
            "1:636 recursion limit exceeded"
        );
        // Far deeper input is refused, not a stack overflow.
        assert!(Json::parse(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn a_repeated_key_is_refused_at_its_second_occurrence() {
        assert_eq!(
            fail("{\"b\": 1, \"a\": 2,\n \"b\": 3, \"a\": 4}"),
            "2:2 duplicate key `b` in an object"
        );
        assert!(Json::parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
        assert!(Json::parse(r#"{"a": {"a": 1}}"#).is_ok());
    }

    #[test]
    fn to_json_string_writes_as_serde_json() {
        let v = parse(r#"{"b": [1, 2.50, null, true], "a": "q\"\\\n\u0001é"}"#);
        assert_eq!(
            v.to_json_string(),
            r#"{"a":"q\"\\\n\u0001é","b":[1,2.50,null,true]}"#
        );
        let serde: serde_json::Value =
            serde_json::from_str(r#"{"b": [1, 2, null, true], "a": "q\"\\\n\u0001\u001fé"}"#)
                .unwrap();
        let ours = parse(r#"{"b": [1, 2, null, true], "a": "q\"\\\n\u0001\u001fé"}"#);
        assert_eq!(ours.to_json_string(), serde.to_string());
    }

    mod against_serde_json {
        use super::*;
        use proptest::prelude::*;
        use serde_json::Value;

        /// Random JSON documents, with strings that need escaping and numbers of every
        /// kind serde_json holds.
        fn document() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<u64>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>()
                    .prop_filter("JSON numbers are finite", |f| f.is_finite())
                    .prop_map(Value::from),
                "\\PC{0,8}|[\\x00-\\x1f\"\\\\/]{0,4}|[\u{10000}-\u{10FFFF}]{0,3}"
                    .prop_map(Value::String),
            ];
            leaf.prop_recursive(6, 64, 8, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                    prop::collection::btree_map(".{0,6}", inner, 0..8)
                        .prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            })
        }

        /// Whether our tree holds what serde_json's does: the same structure and
        /// strings, integers where serde_json has integers, and `f64`s at most `ulps`
        /// apart (serde_json's own float parsing is not always correctly rounded).
        fn same(ours: &Json, theirs: &Value, ulps: u64) -> bool {
            match (ours, theirs) {
                (Json::Null, Value::Null) => true,
                (Json::Bool(a), Value::Bool(b)) => a == b,
                (Json::Number(a), Value::Number(b)) => {
                    b.as_f64().is_some_and(|b| {
                        let a = a.as_f64();
                        a.is_sign_negative() == b.is_sign_negative()
                            && a.to_bits().abs_diff(b.to_bits()) <= ulps
                    }) && a.is_integer() == (b.is_u64() || b.is_i64())
                        && a.as_u64() == b.as_u64()
                }
                (Json::String(a), Value::String(b)) => a == b,
                (Json::Array(a), Value::Array(b)) => {
                    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y, ulps))
                }
                (Json::Object(a), Value::Object(b)) => {
                    a.len() == b.len()
                        && a.iter()
                            .all(|(k, v)| b.get(k).is_some_and(|w| same(v, w, ulps)))
                }
                _ => false,
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            #[test]
            fn compact_documents_read_as_serde_json_wrote_them(doc in document()) {
                let text = serde_json::to_string(&doc).unwrap();
                let ours = Json::parse(&text).unwrap();
                prop_assert!(same(&ours, &doc, 0), "{text}");
            }

            #[test]
            fn pretty_documents_read_as_serde_json_wrote_them(doc in document()) {
                let text = serde_json::to_string_pretty(&doc).unwrap();
                let ours = Json::parse(&text).unwrap();
                prop_assert!(same(&ours, &doc, 0), "{text}");
            }

            #[test]
            fn mangled_documents_fail_where_serde_json_does(
                doc in document(), cut in 0usize..400, insert in "[ ,:\\[\\]{}\"\\\\0-9eE.+-]{0,2}"
            ) {
                // Byte-level damage: the same verdict, and for a refusal the same message
                // and position (the text is ASCII, so columns agree with bytes).
                let text = serde_json::to_string(&tame(&doc)).unwrap();
                let cut = cut.min(text.len());
                let mangled = format!("{}{}{}", &text[..cut], insert, &text[cut..]);
                let theirs: Result<Value, _> = serde_json::from_str(&mangled);
                match (Json::parse(&mangled), theirs) {
                    (Ok(ours), Ok(theirs)) => prop_assert!(same(&ours, &theirs, 4), "{mangled}"),
                    // A digit added to a key can repeat another key; we refuse that first.
                    (Err(ours), Err(_)) if ours.message.starts_with("duplicate key") => {}
                    (Err(ours), Err(theirs)) => {
                        let theirs_message = theirs.to_string();
                        prop_assert_eq!(ours.to_string(), theirs_message, "{}", mangled);
                        prop_assert_eq!(ours.eof, theirs.is_eof(), "{}", mangled);
                    }
                    (Err(ours), Ok(_)) => prop_assert!(
                        ours.message.starts_with("duplicate key"),
                        "{mangled}: {ours}"
                    ),
                    (Ok(ours), Err(theirs)) => {
                        prop_assert!(false, "{mangled}: we read {ours:?}, serde_json: {theirs}")
                    }
                }
            }
        }

        /// The document with every string and key made ASCII (so that byte and
        /// character columns agree) and no float near `f64::MAX` (where serde_json's
        /// rounding can overflow to infinity while the correctly rounded value does not).
        fn tame(v: &Value) -> Value {
            let ascii = |s: &str| s.chars().filter(char::is_ascii).collect::<String>();
            match v {
                Value::String(s) => Value::String(ascii(s)),
                Value::Number(n) if n.as_f64().is_some_and(|f| f.abs() > 1e300) => {
                    Value::from(1e300)
                }
                Value::Array(items) => Value::Array(items.iter().map(tame).collect()),
                Value::Object(m) => {
                    Value::Object(m.iter().map(|(k, v)| (ascii(k), tame(v))).collect())
                }
                other => other.clone(),
            }
        }
    }
}
