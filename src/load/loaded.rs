//! A report that parsed (with its consistency problems where the checks run), the
//! report a page shows with its catalog, and the fingerprint that ties a page to both.

use std::collections::HashSet;
use std::sync::Arc;

use crate::report::{parse_report, Catalog, CatalogEntry, ParseError, Problem, Report};

/// A report that parsed, with whatever consistency problems the checks found in it.
/// The checks run natively only (the build, the validator, the tests): in the browser
/// `problems` and `suspect` are empty (see [`checked`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedReport {
    /// Shared by every view, never copied.
    pub report: Arc<Report>,
    pub problems: Vec<Problem>,
    /// Figures the problems cast doubt on; the page marks them as unverified.
    pub suspect: HashSet<String>,
}

impl LoadedReport {
    /// Parses report JSON text, and natively checks it: the one path from text to a
    /// shown report.
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        let report = parse_report(text)?;
        let (problems, suspect) = checked(&report);
        Ok(LoadedReport {
            report: Arc::new(report),
            problems,
            suspect,
        })
    }
}

/// The consistency problems of `report`, and the figures they cast doubt on.
#[cfg(not(target_arch = "wasm32"))]
fn checked(report: &Report) -> (Vec<Problem>, HashSet<String>) {
    let problems = crate::report::check(report);
    let suspect = crate::report::suspect_figures(report, &problems);
    (problems, suspect)
}

/// None in the browser: every report the site ships was checked by the build, which
/// stops on a problem (src/bin/prerender.rs), so the reader's wasm carries no checks
/// (docs/decisions.md, "Reports are checked at build time"). A report put on the server
/// without a build is shown as it is; one that does not parse is explained.
#[cfg(target_arch = "wasm32")]
fn checked(_: &Report) -> (Vec<Problem>, HashSet<String>) {
    (Vec::new(), HashSet::new())
}

/// The report a page shows, and the catalog it was chosen from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenReport {
    pub catalog: Arc<Catalog>,
    /// The catalog's entry for the report shown.
    pub entry: CatalogEntry,
    pub loaded: Arc<LoadedReport>,
    /// The [`fingerprint`] of the catalog and report texts it was made from.
    pub fingerprint: String,
}

/// A fingerprint of the catalog and report texts a page is made from (64-bit FNV-1a,
/// in hex). The build writes it into the page; the browser attaches to the page only
/// when the texts it fetched have the same one, and otherwise builds the page anew
/// (a report or catalog changed since the page was built would not match its HTML).
pub fn fingerprint(catalog: &str, report: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in catalog.bytes().chain([0xff]).chain(report.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
