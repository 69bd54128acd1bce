//! Makes a draft report JSON from a published report page: the draft on stdout, the
//! review list (what a person must fill or confirm) on stderr, then every line of the
//! page the draft left out, with why. Exit status: 0 a draft
//! was written, 1 the page holds no report, 2 usage or I/O error.
//!
//! Usage: cargo run --release --bin import -- PAGE > draft.json
//! (PAGE: the page's plain text, or its HTML saved from a browser)

use std::process::ExitCode;

/// The importer is a tool for the staff's machine; the web app never carries it.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::from(2)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    use law_report::import::import;
    use std::time::Instant;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: import PAGE > draft.json");
        eprintln!("PAGE is a published report page as plain text or saved HTML.");
        return ExitCode::from(2);
    };
    if path == "-h" || path == "--help" {
        eprintln!("usage: import PAGE > draft.json");
        return ExitCode::from(2);
    }
    let input = match std::fs::read_to_string(path) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("{path}: cannot read the page: {e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let draft = match import(&input) {
        Ok(draft) => draft,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    let json = serde_json::to_string_pretty(&draft.report).expect("a report always serialises");
    let elapsed = started.elapsed();
    println!("{json}");
    eprintln!(
        "review list for {path} (imported in {} ms):",
        elapsed.as_millis()
    );
    for line in &draft.review {
        eprintln!("{line}");
    }
    eprintln!(
        "removed from the page ({} line(s); each is left out of the draft's text):",
        draft.removed.len()
    );
    for line in &draft.removed {
        eprintln!("  [{}] {}", line.reason.label_en(), line.text);
    }
    ExitCode::SUCCESS
}
