//! Checks report JSON files against the contract the app reads, printing every problem
//! with its JSON path. Exit status: 0 all valid, 1 problems found, 2 usage or I/O error.
//!
//! Usage: cargo run --bin validate -- path/to/report.json [more.json …]
//! A catalog (`public/data/reports.json`) is checked with every report it lists.

use std::process::ExitCode;

use law_report::report::validate::{looks_like_catalog, validate, validate_catalog};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: validate REPORT.json [MORE.json …]");
        eprintln!("Checks each file against the report contract and prints every problem.");
        return ExitCode::from(2);
    }
    let mut status = ExitCode::SUCCESS;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{path}: cannot read the file: {e}");
                return ExitCode::from(2);
            }
        };
        if looks_like_catalog(&text) {
            let folder = std::path::Path::new(path)
                .parent()
                .unwrap_or(std::path::Path::new("."))
                .to_path_buf();
            let read =
                |file: &str| std::fs::read_to_string(folder.join(file)).map_err(|e| e.to_string());
            match validate_catalog(&text, read) {
                Ok(catalog) => println!(
                    "{path}: valid catalog — {} report(s), each valid; newest: {}",
                    catalog.reports.len(),
                    catalog.newest().map_or("", |e| e.id.as_str())
                ),
                Err(findings) => {
                    println!("{path}: {} problem(s)", findings.len());
                    for finding in findings {
                        println!("  {finding}");
                    }
                    status = ExitCode::from(1);
                }
            }
            continue;
        }
        match validate(&text) {
            Ok(report) => println!(
                "{path}: valid — {} sections, {} paragraphs, {} figures, {} relations, {} charts",
                report.all_sections().len(),
                report.paragraphs().len(),
                report.figures.len(),
                report.relations.len(),
                report.charts.len()
            ),
            Err(findings) => {
                println!("{path}: {} problem(s)", findings.len());
                for finding in findings {
                    println!("  {finding}");
                }
                status = ExitCode::from(1);
            }
        }
    }
    status
}
