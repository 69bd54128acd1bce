//! The report as a document: masthead, key figures, sections and their paragraphs,
//! sign-off, and the notes about its translation and its data.

mod charts_overview;
mod data_problems;
mod key_figures;
mod paragraph_text;
mod paragraph_view;
mod report_footer;
mod report_header;
mod report_text;
mod report_view;
mod section_heading;
mod section_view;
mod suspect_figures;
mod translation_notice;

pub use charts_overview::ChartsOverview;
pub use data_problems::DataProblems;
pub use key_figures::KeyFigures;
pub use paragraph_view::ParagraphView;
pub use report_footer::ReportFooter;
pub use report_header::ReportHeader;
pub use report_text::ReportText;
pub use report_view::ReportView;
pub use section_view::SectionView;
pub use suspect_figures::{provide_suspect_figures, use_suspect_figures, SuspectFigures};
pub use translation_notice::TranslationNotice;
