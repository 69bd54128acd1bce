//! Lighthouse's mobile performance run (its default simulated throttling) against a site
//! the bench serves: the number a web team checks first. Run through the `lighthouse`
//! command that scripts/bench installs (pinned in scripts/tools.sh), with Chromium at
//! `CHROMIUM` (default `/usr/bin/chromium`), each run in a fresh browser profile.

use std::path::Path;
use std::process::Command;

use serde::Deserialize;

use crate::stats::Samples;

/// Runs per site; the budget is on their median.
pub const RUNS: usize = 3;

/// What one Lighthouse run reports, as its JSON has it.
#[derive(Debug, Deserialize)]
struct Lhr {
    categories: Categories,
    audits: Audits,
}

#[derive(Debug, Deserialize)]
struct Categories {
    performance: Category,
}

#[derive(Debug, Deserialize)]
struct Category {
    score: Option<f64>,
}

#[derive(Debug, Deserialize)]
struct Audits {
    #[serde(rename = "largest-contentful-paint")]
    lcp: Audit,
    #[serde(rename = "total-blocking-time")]
    tbt: Audit,
}

#[derive(Debug, Deserialize)]
struct Audit {
    #[serde(rename = "numericValue")]
    numeric_value: Option<f64>,
}

/// One run: performance score (0–1), largest contentful paint and total blocking
/// time (ms), as Lighthouse simulates them.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub score: f64,
    pub lcp: f64,
    pub tbt: f64,
}

/// The runs of one site.
#[derive(Debug)]
pub struct Runs(pub Vec<Run>);

impl Runs {
    pub fn score(&self) -> Option<Samples> {
        Samples::new(self.0.iter().map(|r| r.score))
    }

    pub fn lcp(&self) -> Option<Samples> {
        Samples::new(self.0.iter().map(|r| r.lcp))
    }

    pub fn tbt(&self) -> Option<Samples> {
        Samples::new(self.0.iter().map(|r| r.tbt))
    }
}

/// [`RUNS`] Lighthouse runs against `url`, each in a fresh Chromium profile under
/// `scratch`. Panics, with Lighthouse's own message, when a run fails.
pub fn runs(url: &str, scratch: &Path) -> Runs {
    Runs(
        (1..=RUNS)
            .map(|i| {
                eprintln!("Lighthouse {i}/{RUNS}: {url}…");
                run(url, &scratch.join(format!("profile-{i}")))
            })
            .collect(),
    )
}

fn run(url: &str, profile: &Path) -> Run {
    if profile.exists() {
        std::fs::remove_dir_all(profile)
            .unwrap_or_else(|e| panic!("cannot remove {}: {e}", profile.display()));
    }
    std::fs::create_dir_all(profile)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", profile.display()));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let flags = format!(
        "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
         --disable-background-networking --disable-component-update --disable-sync \
         --user-data-dir={}",
        profile.display()
    );
    let out = Command::new("lighthouse")
        .arg(url)
        .args([
            "--only-categories=performance",
            "--form-factor=mobile",
            "--throttling-method=simulate",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
        ])
        .arg(format!("--chrome-path={chromium}"))
        .arg(format!("--chrome-flags={flags}"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run lighthouse (scripts/bench installs it): {e}"));
    assert!(
        out.status.success(),
        "lighthouse failed on {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lhr: Lhr = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("lighthouse's JSON for {url}: {e}"));
    let _ = std::fs::remove_dir_all(profile);
    Run {
        score: lhr.categories.performance.score.unwrap_or_else(|| {
            panic!("lighthouse gave no performance score for {url} (a run error)")
        }),
        lcp: lhr
            .audits
            .lcp
            .numeric_value
            .expect("lighthouse's largest-contentful-paint"),
        tbt: lhr
            .audits
            .tbt
            .numeric_value
            .expect("lighthouse's total-blocking-time"),
    }
}
