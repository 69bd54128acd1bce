//! The chart card: one chart of the report with its drawing, tooltip, table and
//! downloads.

mod chart_card;
mod download;

pub use chart_card::{ChartCard, BUILD_WIDTH};
