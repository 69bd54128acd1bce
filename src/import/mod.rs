//! The importer: a published report page (its plain text, or its HTML saved from a
//! browser) made into a draft report JSON in the current format, with a review list of
//! what a person must fill or confirm. The CLI (src/bin/import.rs) and the studio
//! (src/studio/) run the same code; the reader never links it.

pub mod draft;
pub mod figures;
pub mod page;
pub mod sections;

pub use draft::{import, import_keeping, Draft};
pub use page::{PageError, RemovedLine, RemovedReason};
