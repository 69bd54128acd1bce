//! Leptos components, one per file, each named for what it shows, grouped in rooms:
//! the reader's chrome around the report, the report's document, the chart card, the
//! embed view, and the shell of app-wide state and browser helpers they share.

mod chart;
mod chrome;
mod document;
mod embed;
mod shell;

pub(crate) use shell::dom;
pub use shell::preferences;

pub use chart::{save_text, ChartCard, BUILD_WIDTH};
pub use chrome::{
    expect_report_id, provide_open_panel, provide_read_aloud, provide_report_choice,
    provide_search_state, use_open_panel, use_read_aloud, use_search_state, OpenPanel, Panel,
    Playing, QrCode, ReadAloud, ReadAloudPanel, ReadAloudPlayer, ReadSectionButton, ReaderSettings,
    ReaderToolbar, ReportChoice, ReportSwitch, SearchBox, SearchState, SharePanel, TableOfContents,
    Voice,
};
pub use document::{
    provide_suspect_figures, use_suspect_figures, ChartsOverview, DataProblems, KeyFigures,
    ParagraphView, ReportFooter, ReportHeader, ReportText, ReportView, SectionView, SuspectFigures,
    TranslationNotice,
};
pub use embed::{is_embedded, EmbedView, Embedded, HEIGHT_MESSAGE};
pub use shell::{
    attach_in_parts, attach_later, attaching, expect_reader_state, list_attached_later,
    on_attached, provide_live, provide_preferences, provide_reader_state, use_lang, use_live,
    use_page_address, use_preferences, ErrorPanel, FigureFocus, FocusOrigin, LoadingNotice,
    Preferences, ReaderState, Theme,
};
