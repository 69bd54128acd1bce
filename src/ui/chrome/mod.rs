//! The reader's chrome around the report: the top bar and its panels (contents,
//! search, settings, read-aloud), sharing, QR codes and the switch between reports.

mod qr_code;
mod read_aloud;
mod reader_settings;
mod reader_toolbar;
mod report_switch;
mod search_box;
mod search_state;
mod share_fields;
mod share_panel;
mod table_of_contents;

pub use qr_code::QrCode;
pub use read_aloud::{
    provide_read_aloud, use_read_aloud, Playing, ReadAloud, ReadAloudPanel, ReadAloudPlayer,
    ReadSectionButton, Voice,
};
pub use reader_settings::ReaderSettings;
pub use reader_toolbar::{provide_open_panel, use_open_panel, OpenPanel, Panel, ReaderToolbar};
pub use report_switch::{expect_report_id, provide_report_choice, ReportChoice, ReportSwitch};
pub use search_box::SearchBox;
pub use search_state::{provide_search_state, use_search_state, SearchState};
pub use share_panel::SharePanel;
pub use table_of_contents::TableOfContents;
