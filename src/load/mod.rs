//! Fetching the bundled report over HTTP and turning every way that can fail into a
//! [`LoadError`] the page can explain.

mod error;
mod fetch;
mod loaded;
mod timing;

pub use error::LoadError;
pub use fetch::fetch_chosen;
pub use loaded::{fingerprint, ChosenReport, LoadedReport};
pub use timing::{seconds, Timing};

use crate::report::CatalogEntry;

/// Where the catalog of reports lives, relative to the page so that the app works
/// under any sub-path; each report file sits next to it.
pub const CATALOG_URL: &str = "data/reports.json";

/// The address of a report file the catalog names.
pub fn report_url(entry: &CatalogEntry) -> String {
    format!("data/{}", entry.file)
}

/// Automatic retries after a failure that may pass (network, timeout, offline).
pub const AUTO_RETRIES: u32 = 3;

#[cfg(test)]
mod tests;
