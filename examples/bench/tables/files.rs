//! The build's files and their sizes, which of them the first view asked for, and the
//! first view of the grown report's site.

use std::path::Path;

use law_report::report::Report;

use super::{requested, total, KB};
use crate::budgets::Budgets;
use crate::sizes::{self, Asset};
use crate::stats::bytes;
use crate::{PhoneRun, GROWTH};

const FIRST_VIEW_BROTLI_BUDGET: u64 = 200 * KB;

pub fn print_sizes(assets: &[Asset], run: &PhoneRun, origin: &str, budgets: &mut Budgets) {
    let (all, first) = requested(&run.app, origin);
    println!("### Files of the build (bytes)");
    println!();
    println!(
        "The first view is every file the page asked for before the app was ready \
         (`<html data-ready>`), on the {} profile.",
        run.profile.name()
    );
    println!();
    println!("| file | raw | gzip -9 | brotli -q 11 | requested at load |");
    println!("| --- | ---: | ---: | ---: | --- |");
    print_file_rows(assets, &all, &first);
    let brotli = print_totals(assets, &all, &first);
    print_missing(assets, &all);
    let html = first
        .iter()
        .find(|p| p.as_str() == "index.html")
        .and_then(|p| assets.iter().find(|a| &a.path == p))
        .map_or(0, |a| a.brotli);
    budgets.check(
        "first view, brotli (the HTML with every chart included)",
        format!("≤ {} B", bytes(FIRST_VIEW_BROTLI_BUDGET)),
        format!("{} B, of which index.html {} B", bytes(brotli), bytes(html)),
        brotli <= FIRST_VIEW_BROTLI_BUDGET,
    );
}

/// A row per file, the embed pages as one unless a load asked for one.
fn print_file_rows(assets: &[Asset], all: &[String], first: &[String]) {
    // The embed pages, for other sites, as one row unless a load asked for one.
    let is_embed = |a: &&Asset| a.path.starts_with("embed/") && !all.contains(&a.path);
    let embeds: Vec<&Asset> = assets.iter().filter(is_embed).collect();
    if !embeds.is_empty() {
        let (n, raw, gzip, brotli) = total(&embeds);
        println!(
            "| `embed/<report>/<chart or section>.html` ({n} pages, for other sites; sum) | {} | {} | {} | |",
            bytes(raw),
            bytes(gzip),
            bytes(brotli)
        );
    }
    for a in assets.iter().filter(|a| !is_embed(a)) {
        println!(
            "| `{}` | {} | {} | {} | {} |",
            sizes::display_name(&a.path),
            bytes(a.raw),
            bytes(a.gzip),
            bytes(a.brotli),
            if first.contains(&a.path) {
                "first view"
            } else if all.contains(&a.path) {
                "after the app was ready"
            } else {
                ""
            }
        );
    }
}

/// The first view's and everything's totals; returns the first view's brotli bytes.
fn print_totals(assets: &[Asset], all: &[String], first: &[String]) -> u64 {
    let pick = |paths: &[String]| -> Vec<&Asset> {
        assets.iter().filter(|a| paths.contains(&a.path)).collect()
    };
    let (n, raw, gzip, brotli) = total(&pick(first));
    println!(
        "| **first view** ({n} files) | **{}** | **{}** | **{}** | |",
        bytes(raw),
        bytes(gzip),
        bytes(brotli)
    );
    let (n_all, raw_all, gzip_all, brotli_all) = total(&pick(all));
    println!(
        "| everything loaded ({n_all} files) | {} | {} | {} | |",
        bytes(raw_all),
        bytes(gzip_all),
        bytes(brotli_all)
    );
    println!();
    brotli
}

/// What the loads asked for that the build does not have.
fn print_missing(assets: &[Asset], all: &[String]) {
    let missing: Vec<String> = all
        .iter()
        .filter(|p| !assets.iter().any(|a| &a.path == *p))
        .map(|p| format!("`{p}`"))
        .collect();
    if !missing.is_empty() {
        println!(
            "Also requested at load, not files of the build (404, not counted): {}.",
            missing.join(", ")
        );
        println!();
    }
}

/// The first view of the grown report's site: its page and report grow, the code not.
pub fn print_grown_sizes(site: &Path, grown: &Report, run: &PhoneRun, origin: &str) {
    let (_, first) = requested(&run.grown, origin);
    let assets: Vec<Asset> = first
        .iter()
        .filter(|p| site.join(p).is_file())
        .map(|p| sizes::asset(site, p))
        .collect();
    println!("### The {GROWTH} × report (benchmark only: `target/bench/dist-10x`, never shipped)");
    println!();
    println!(
        "Today's sections, figures, relations and charts {GROWTH} times over with suffixed ids \
         ({} charts, {} figures, {} paragraphs), checked by the app's own checks, its page \
         written by the build's prerenderer. Its copies repeat the same text, which brotli \
         compresses far better than {GROWTH} × different text would: judge its network \
         times with that in mind.",
        grown.charts.len(),
        grown.figures.len(),
        grown.paragraphs().len()
    );
    println!();
    println!("| first-view file | raw | gzip -9 | brotli -q 11 |");
    println!("| --- | ---: | ---: | ---: |");
    for a in &assets {
        println!(
            "| `{}` | {} | {} | {} |",
            sizes::display_name(&a.path),
            bytes(a.raw),
            bytes(a.gzip),
            bytes(a.brotli)
        );
    }
    let (n, raw, gzip, brotli) = total(&assets.iter().collect::<Vec<_>>());
    println!(
        "| **first view** ({n} files) | **{}** | **{}** | **{}** |",
        bytes(raw),
        bytes(gzip),
        bytes(brotli)
    );
    println!();
}
