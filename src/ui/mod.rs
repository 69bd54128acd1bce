//! Leptos components, one per file, each named for what it shows.

mod attaching;
mod chart_card;
mod charts_overview;
mod data_problems;
pub(crate) mod dom;
mod download;
mod embed_view;
mod error_panel;
mod key_figures;
mod live;
mod loading_notice;
mod paragraph_view;
pub mod preferences;
mod qr_code;
mod read_aloud;
mod reader_settings;
mod reader_state;
mod reader_toolbar;
mod report_footer;
mod report_header;
mod report_switch;
mod report_text;
mod report_view;
mod search_box;
mod section_view;
mod share_panel;
mod suspect_figures;
mod table_of_contents;
mod translation_notice;

pub use attaching::{attach_in_parts, attach_later, attaching, list_attached_later, on_attached};
pub use chart_card::{ChartCard, BUILD_WIDTH};
pub use charts_overview::ChartsOverview;
pub use data_problems::DataProblems;
pub use embed_view::{is_embedded, EmbedView, Embedded, HEIGHT_MESSAGE};
pub use error_panel::ErrorPanel;
pub use key_figures::KeyFigures;
pub use live::{provide_live, use_live, use_page_address};
pub use loading_notice::LoadingNotice;
pub use paragraph_view::ParagraphView;
pub use preferences::{provide_preferences, use_lang, use_preferences, Preferences, Theme};
pub use qr_code::QrCode;
pub use read_aloud::{
    provide_read_aloud, use_read_aloud, Playing, ReadAloud, ReadAloudPanel, ReadAloudPlayer,
    ReadSectionButton, Voice,
};
pub use reader_settings::ReaderSettings;
pub use reader_state::{
    expect_reader_state, provide_reader_state, FigureFocus, FocusOrigin, ReaderState,
};
pub use reader_toolbar::{provide_open_panel, use_open_panel, OpenPanel, Panel, ReaderToolbar};
pub use report_footer::ReportFooter;
pub use report_header::ReportHeader;
pub use report_switch::{expect_report_id, provide_report_choice, ReportChoice, ReportSwitch};
pub use report_text::ReportText;
pub use report_view::ReportView;
pub use search_box::{provide_search_state, use_search_state, SearchBox, SearchState};
pub use section_view::SectionView;
pub use share_panel::SharePanel;
pub use suspect_figures::{provide_suspect_figures, use_suspect_figures, SuspectFigures};
pub use table_of_contents::TableOfContents;
pub use translation_notice::TranslationNotice;
