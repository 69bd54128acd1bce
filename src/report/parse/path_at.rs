//! The JSON path of the field serde_json stopped at, found from the error's position.
//!
//! Natively the parser tracks paths as it reads, with serde_path_to_error. In the
//! browser it does not: tracking wraps every type of the model in a second copy of its
//! deserializer, about a tenth of the reader's wasm (docs/performance.md). A report the
//! browser cannot read is rare (the build checks every shipped one), so there the path
//! is worked out only after a failure, by reading the text again up to where serde_json
//! stopped. The tests check that both give the same paths (`tests::the_path_*`).

use super::Position;

/// One open map or array between the document's start and the error.
struct Level {
    /// An array's current index; `None` for a map.
    index: Option<usize>,
    /// A map's current key, once read.
    key: Option<String>,
    /// In an array: its current item has begun.
    item_begun: bool,
    /// In an array: its last finished item was a map.
    last_item_map: bool,
    /// In a map: the next string is a key.
    expect_key: bool,
    /// In a map: the key was read and its colon not yet.
    after_key: bool,
}

/// The path (`figures[3].value`, `.` for the whole document) of what serde_json was
/// reading when it reported `message` at `at` in `json`, written as
/// serde_path_to_error writes it.
///
/// serde_json reports a wrong value after reading it, except a map or an array, which
/// it reports before; a missing field after the map's `}`. An error inside an item
/// that is read whole before it is looked at (an internally tagged enum, as a
/// relation) has no position of its own: serde_json gives it the end of the array the
/// item is in, past the `,` or `]` that follows it.
pub(crate) fn path_at(json: &str, at: Position, message: &str) -> String {
    let end = offset_of(json, at);
    let bytes = &json.as_bytes()[..end];
    let mut levels: Vec<Level> = Vec::new();
    // The last byte read that is not white space, and the level its `]` or `}` closed.
    let mut last = 0u8;
    let mut closed: Option<Level> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            last = b;
            closed = None;
        }
        match b {
            b'{' | b'[' => {
                begin_value(&mut levels);
                levels.push(Level {
                    index: (b == b'[').then_some(0),
                    key: None,
                    item_begun: false,
                    last_item_map: false,
                    expect_key: b == b'{',
                    after_key: false,
                });
            }
            b'}' | b']' => {
                closed = levels.pop();
                if let Some(parent) = levels.last_mut() {
                    parent.last_item_map = b == b'}';
                }
            }
            b',' => {
                if let Some(level) = levels.last_mut() {
                    match &mut level.index {
                        Some(index) => {
                            *index += 1;
                            level.item_begun = false;
                        }
                        None => {
                            level.key = None;
                            level.expect_key = true;
                        }
                    }
                }
            }
            b':' => {
                if let Some(level) = levels.last_mut() {
                    level.after_key = false;
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let text = json
                    .get(start..(i + 1).min(bytes.len()))
                    .unwrap_or_default();
                match levels.last_mut() {
                    Some(level) if level.expect_key => {
                        // Keys are written as they read, escapes undone.
                        level.key = Some(
                            serde_json::from_str::<String>(text)
                                .unwrap_or_else(|_| text.trim_matches('"').to_string()),
                        );
                        level.expect_key = false;
                        level.after_key = true;
                    }
                    _ => begin_value(&mut levels),
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            // A number, true, false or null.
            _ => begin_value(&mut levels),
        }
        i += 1;
    }
    let rest = json[end..].trim_start();
    match (last, closed) {
        // Past the `]` after a map item: that item, the array's last.
        (b']', Some(mut array)) if array.last_item_map => {
            array.item_begun = true;
            levels.push(array);
        }
        // Past the `,` after a map item, and not before an array: the map item.
        (b',', _) => {
            if let Some(level) = levels.last_mut() {
                match level.index {
                    Some(index @ 1..) if level.last_item_map && !rest.starts_with('[') => {
                        level.index = Some(index - 1);
                        level.item_begun = true;
                    }
                    _ => begin_item(level, rest),
                }
            }
        }
        _ => {
            if let Some(level) = levels.last_mut() {
                begin_item(level, rest);
            }
        }
    }
    // serde_path_to_error names the map, not the key, of a repeated field.
    if message.starts_with("duplicate field") {
        if let Some(level) = levels.last_mut().filter(|l| l.after_key) {
            level.key = None;
        }
    }
    let mut path = String::new();
    for level in &levels {
        match (level.index, &level.key) {
            (Some(index), _) if level.item_begun => path.push_str(&format!("[{index}]")),
            (None, Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            _ => {}
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// A value begins in the innermost array: its current item has begun.
fn begin_value(levels: &mut [Level]) {
    if let Some(level) = levels.last_mut() {
        level.item_begun = true;
        level.last_item_map = false;
    }
}

/// Before a map or an array, or any value, in an array: that item is the one meant.
fn begin_item(level: &mut Level, rest: &str) {
    if !rest.is_empty() && !rest.starts_with([']', ',']) {
        level.item_begun = true;
    }
}

/// The byte offset of `at` in `json`: serde_json counts lines from 1 and columns as
/// the bytes read of that line.
fn offset_of(json: &str, at: Position) -> usize {
    let line_start = if at.line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(at.line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (line_start + at.column).min(json.len())
}
