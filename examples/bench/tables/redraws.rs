//! Chart re-draw times on the desktop profile, and their budget.

use crate::budgets::Budgets;
use crate::measure::Redraw;
use crate::profile::Profile;
use crate::stats::Samples;

/// Strictly less than, ms: one frame at 60 Hz is 16.7 ms.
const NARROW_REDRAW_BUDGET: f64 = 16.0;

pub fn print_redraws(loads: usize, charts: usize, redraws: &[Redraw], budgets: &mut Budgets) {
    println!(
        "### Chart re-draw on the desktop profile: {}",
        Profile::Desktop.description()
    );
    println!();
    println!(
        "Median (min–max) of {loads} page loads, after the charts have settled at their \
         width; the sum of the `chart-draw:*` measures the change caused (layout + \
         plotters SVG, ms), with the report's middle chart in the middle of the screen. Only \
         the charts within a screen's height of the view re-draw; the others when the \
         reader scrolls to them."
    );
    println!();
    println!("| change | charts re-drawn | drawings | layout + plotters SVG, ms |");
    println!("| --- | --- | --- | --- |");
    let elderly: Vec<_> = redraws.iter().filter_map(|r| r.elderly).collect();
    let narrow: Vec<_> = redraws.iter().map(|r| r.narrow).collect();
    let row = |label: &str, bursts: &[crate::measure::Burst]| match Samples::new(
        bursts.iter().map(|b| b.work),
    ) {
        Some(work) => println!(
            "| {label} | {:.0} of {charts} | {:.0} | {} |",
            Samples::new(bursts.iter().map(|b| b.charts as f64))
                .expect("bursts")
                .median(),
            Samples::new(bursts.iter().map(|b| b.draws as f64))
                .expect("bursts")
                .median(),
            work.show(1)
        ),
        None => println!("| {label} | no elderly-mode toggle (`.elderly-toggle`) found | | |"),
    };
    row("长辈模式 switched on, at 1280 px", &elderly);
    row("window narrowed 1280 → 390 px", &narrow);
    println!();
    let work = Samples::new(narrow.iter().map(|b| b.work)).expect("re-draw loads");
    budgets.check(
        "re-draw of the charts near the view after 1280 → 390 px (desktop profile)",
        format!("< {NARROW_REDRAW_BUDGET} ms"),
        format!("{:.1} ms", work.median()),
        work.median() < NARROW_REDRAW_BUDGET,
    );
}
