//! The work kept in the browser's storage: written on every change, read when the
//! studio starts. Saved work that cannot be read is set aside, never overwritten, so
//! the editor can still download it.

use super::work::{Work, WorkError};

/// Where the work is kept (localStorage).
pub const WORK_KEY: &str = "law-report-studio-work";
/// Where saved work that could not be read is set aside.
pub const UNREADABLE_KEY: &str = "law-report-studio-unreadable-work";

/// What the studio found saved when it started.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Nothing,
    Work(Box<Work>),
    /// Saved work that cannot be read; its text is set aside under [`UNREADABLE_KEY`].
    Unreadable(WorkError),
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved work.
pub fn load() -> Saved {
    let Some(storage) = storage() else {
        return Saved::Nothing;
    };
    let Some(text) = storage.get_item(WORK_KEY).ok().flatten() else {
        return Saved::Nothing;
    };
    match Work::from_json(&text) {
        Ok(work) => Saved::Work(Box::new(work)),
        Err(error) => {
            let _ = storage.set_item(UNREADABLE_KEY, &text);
            let _ = storage.remove_item(WORK_KEY);
            Saved::Unreadable(error)
        }
    }
}

/// The saved work, read without changing anything (a preview frame reads it; only
/// the studio sets unreadable work aside).
pub fn peek() -> Option<Work> {
    let text = storage()?.get_item(WORK_KEY).ok().flatten()?;
    Work::from_json(&text).ok()
}

/// The text of saved work that could not be read, if any was set aside.
pub fn unreadable_text() -> Option<String> {
    storage()?.get_item(UNREADABLE_KEY).ok().flatten()
}

/// Saves `work`; `Err` when the browser refuses (private mode, storage full).
pub fn save(work: &Work) -> Result<(), String> {
    let storage = storage().ok_or_else(|| "no storage".to_string())?;
    storage
        .set_item(WORK_KEY, &work.to_json())
        .map_err(|e| format!("{e:?}"))
}
