//! Performance benchmark (not a test): sizes of the release build, cold loads of the
//! prerendered page on two phone profiles compared with a plain static HTML page of the
//! same report — and of the same page grown to 10 × the report — a search timed from
//! keystroke to marks, chart re-draw times on a desktop, and the budgets of the
//! performance issue, printed as Markdown tables with PASS/FAIL. Run through
//! `scripts/bench`, which builds the site into `LAW_REPORT_DIST` first; `BENCH_LOADS=N`
//! changes the number of loads per measurement (default 5). Exits 0 whether or not the
//! budgets are met: it is a report.
//!
//! - Phone: 390 × 844 CSS px at device pixel ratio 2, mobile viewport with touch, CPU
//!   slowed 4×; "phone + mobile network" adds Lighthouse's mobile network (150 ms round
//!   trip, 1.6 Mbps down, 750 Kbps up) — both set through DevTools before navigating, in
//!   a fresh Chromium (new profile, cache disabled) for every load. The budgets are
//!   checked on the network profile. Today's app, the baseline and the 10 × app
//!   alternate, so that noise from other work on the machine falls on all three.
//! - Files are served brotli-compressed, as deploy/nginx.conf serves the `.br` copies.
//! - The 10 × report (`tenfold.rs`) exists only here, in `target/bench/dist-10x`.
//! - Desktop: a 1280 × 900 window at device pixel ratio 1 and full CPU speed.
//! - The baseline is served from memory by the same server, at `/baseline.html`.
//! - `BENCH_BASE_DIST`, if set, names a built site of an earlier commit (`scripts/bench
//!   --base REV` builds one): it is served too, loaded in every round after the
//!   baseline, and this build's interactive time and bytes until interactive are
//!   compared with its own.
//! - Lighthouse's mobile run (`lighthouse.rs`), 3 times on this build and on the base.
//! - The publishing studio (`studio.rs`): the source page's import on the phone's CPU,
//!   and the studio usable on a 10 Mbps desktop. `BENCH_ONLY=studio` measures only it.

#[path = "../../tests/support/mod.rs"]
mod support;

mod baseline;
mod budgets;
mod lighthouse;
mod measure;
mod profile;
mod server;
mod sizes;
mod stats;
mod studio;
mod tables;
mod tenfold;

use std::path::{Path, PathBuf};

use law_report::report::{parse_report, Report};
use measure::{AppLoad, BaselineLoad, Redraw};
use profile::Profile;
use server::SiteServer;
use support::{dist, root};

const DEFAULT_LOADS: usize = 5;
/// How many times over the grown report repeats today's.
pub const GROWTH: usize = 10;
/// What the search times: a word of the report (51 times in it), as one input.
pub const QUERY: &str = "调解";

fn loads() -> usize {
    std::env::var("BENCH_LOADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_LOADS)
}

fn report_in(site: &Path) -> Report {
    let path = site.join(tenfold::REPORT_FILE);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_report(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The built site to compare with, from `BENCH_BASE_DIST`, if set.
fn base_site() -> Option<PathBuf> {
    let site = PathBuf::from(std::env::var_os("BENCH_BASE_DIST")?);
    assert!(
        site.join("index.html").is_file(),
        "BENCH_BASE_DIST={} holds no index.html: it should name a built site",
        site.display()
    );
    Some(site)
}

/// The loads of one phone profile: today's app, the baseline, the base app (when
/// given; else empty), the 10 × app and the plain page of the 10 × text.
pub struct PhoneRun {
    pub profile: Profile,
    pub app: Vec<AppLoad>,
    pub baseline: Vec<BaselineLoad>,
    pub base: Vec<AppLoad>,
    pub grown: Vec<AppLoad>,
    pub grown_baseline: Vec<BaselineLoad>,
}

/// Lighthouse's runs on `server`'s app, off the server's threads.
async fn lighthouse_runs(server: &SiteServer, name: &str) -> lighthouse::Runs {
    let url = server.url("/");
    let scratch = root().join("target/bench/lighthouse").join(name);
    tokio::task::spawn_blocking(move || lighthouse::runs(&url, &scratch))
        .await
        .expect("the Lighthouse runs")
}

/// `loads` cold loads on `profile`, each round loading today's app, the baseline, the
/// base app (when given) and the grown app; `charts` is how many charts today's app
/// and the grown one draw.
async fn phone_run(
    profile: Profile,
    loads: usize,
    rounds: &str,
    (server, base_server, grown_server): (&SiteServer, Option<&SiteServer>, &SiteServer),
    (charts, grown_charts): (usize, usize),
) -> PhoneRun {
    let mut run = PhoneRun {
        profile,
        app: Vec::new(),
        baseline: Vec::new(),
        base: Vec::new(),
        grown: Vec::new(),
        grown_baseline: Vec::new(),
    };
    for i in 1..=loads {
        eprintln!("{} cold load {i}/{loads}: {rounds}…", profile.name());
        run.app
            .push(measure::app_load(server, profile, charts, QUERY).await);
        run.baseline
            .push(measure::baseline_load(server, profile).await);
        if let Some(base) = base_server {
            // The same report: the same charts to wait for.
            run.base
                .push(measure::app_load(base, profile, charts, QUERY).await);
        }
        run.grown
            .push(measure::app_load(grown_server, profile, grown_charts, QUERY).await);
        run.grown_baseline
            .push(measure::baseline_load(grown_server, profile).await);
    }
    run
}

/// Serves today's site and the grown report's site, each with the plain page of its
/// text, and the base site, when one is given.
async fn start_servers(
    (site, report): (&Path, &Report),
    (grown_site, grown): (&Path, &Report),
) -> (SiteServer, SiteServer, Option<SiteServer>) {
    eprintln!("compressing both sites for serving…");
    let server = SiteServer::start(site).await;
    server.add_page(
        baseline::PATH,
        baseline::page(report, &baseline::app_stylesheet(site)),
    );
    let grown_server = SiteServer::start(grown_site).await;
    grown_server.add_page(
        baseline::PATH,
        baseline::page(grown, &baseline::app_stylesheet(grown_site)),
    );
    let base_server = match base_site() {
        Some(base) => {
            eprintln!("serving the base site {}…", base.display());
            Some(SiteServer::start(&base).await)
        }
        None => None,
    };
    (server, grown_server, base_server)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let loads = loads();
    let site = dist();
    if std::env::var("BENCH_ONLY").as_deref() == Ok("studio") {
        let server = SiteServer::start(&site).await;
        let mut budgets = budgets::Budgets::default();
        studio::print(&studio::run(&server, loads).await, &mut budgets);
        println!("### Budgets");
        println!();
        budgets.print();
        return;
    }
    let report = report_in(&site);
    let charts: Vec<String> = report.charts.iter().map(|c| c.id.clone()).collect();

    let grown_site = root().join("target/bench/dist-10x");
    eprintln!(
        "writing the {GROWTH} × report's site into {}…",
        grown_site.display()
    );
    let grown = tenfold::grown(&report, GROWTH);
    tenfold::write_site(&site, &grown_site, &tenfold::json(&grown));

    eprintln!("sizing {} (gzip -9, brotli -q 11)…", site.display());
    let assets = sizes::assets(&site);
    let (server, grown_server, base_server) =
        start_servers((&site, &report), (&grown_site, &grown)).await;
    let rounds = if base_server.is_some() {
        format!("app, baseline, base app, {GROWTH} × app, {GROWTH} × baseline")
    } else {
        format!("app, baseline, {GROWTH} × app, {GROWTH} × baseline")
    };

    let mut runs = Vec::new();
    for profile in Profile::PHONES {
        let charts = (charts.len(), grown.charts.len());
        let servers = (&server, base_server.as_ref(), &grown_server);
        runs.push(phone_run(profile, loads, &rounds, servers, charts).await);
    }
    let mut redraws: Vec<Redraw> = Vec::new();
    for i in 1..=loads {
        eprintln!("desktop re-draw {i}/{loads}…");
        redraws.push(measure::redraw(&server, &charts).await);
    }
    let studio_run = studio::run(&server, loads).await;
    let lighthouse_app = lighthouse_runs(&server, "app").await;
    let lighthouse_base = match &base_server {
        Some(base) => Some(lighthouse_runs(base, "base").await),
        None => None,
    };

    let network = runs
        .iter()
        .find(|r| r.profile.emulates_network())
        .expect("the network profile's loads");
    let mut budgets = budgets::Budgets::default();
    tables::print_sizes(&assets, network, &server.origin(), &mut budgets);
    tables::print_grown_sizes(&grown_site, &grown, network, &grown_server.origin());
    for run in &runs {
        tables::print_loads(loads, run, charts.len());
    }
    tables::print_requests(network, &server.origin());
    tables::print_shifts(network);
    tables::print_long_tasks(network);
    for run in &runs {
        tables::print_against_base(loads, run);
    }
    tables::check_loads(network, &mut budgets);
    tables::check_against_base(network, &mut budgets);
    tables::print_lighthouse(&lighthouse_app, lighthouse_base.as_ref(), &mut budgets);
    tables::print_redraws(loads, charts.len(), &redraws, &mut budgets);
    studio::print(&studio_run, &mut budgets);
    println!("### Budgets (1 KB = 1,000 bytes, as in the README; times on the phone + mobile network profile)");
    println!();
    budgets.print();
}
