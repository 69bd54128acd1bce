//! The importer: a published report page (its plain text, or its HTML saved from a
//! browser) made into a draft report JSON in the current format, with a review list of
//! what a person must fill or confirm. Native only; the app never imports.

pub mod draft;
pub mod figures;
pub mod page;
pub mod sections;

pub use draft::{import, Draft};
pub use page::PageError;
