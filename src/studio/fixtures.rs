//! The files the studio's unit tests read: the bundled report and the source page.

use crate::report::{parse_report, Report};

fn read(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The bundled report, parsed.
pub fn bundled() -> Report {
    parse_report(&read("public/data/huiyang-2023.json")).expect("the bundled report parses")
}

/// The source page, as text.
pub fn source_page() -> String {
    read("tests/fixtures/source-page.txt")
}
