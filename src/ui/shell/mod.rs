//! The app's shell: app-wide state shared through context (preferences, what the
//! reader has open, whether the app is live), attaching to the built page, browser
//! helpers, and the notices shown instead of a report.

mod attaching;
pub(crate) mod dom;
mod error_panel;
mod live;
mod loading_notice;
pub mod preferences;
mod reader_state;

pub use attaching::{attach_in_parts, attach_later, attaching, list_attached_later, on_attached};
pub use error_panel::ErrorPanel;
pub use live::{provide_live, use_live, use_page_address};
pub use loading_notice::LoadingNotice;
pub use preferences::{provide_preferences, use_lang, use_preferences, Preferences, Theme};
pub use reader_state::{
    expect_reader_state, provide_reader_state, FigureFocus, FocusOrigin, ReaderState,
};
