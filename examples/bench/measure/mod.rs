//! What one browser session measures: a cold load of the app (and then a search) or of
//! the baseline on a phone profile, and the charts' re-draw work on the desktop profile.
//! Times are read from the page's own Performance timeline, in ms after navigation
//! start, by a script installed before the page's own (`INSTRUMENT`); chart drawing from
//! the app's User Timing marks `chart-draw:<id>:end` and measures `chart-draw:<id>`.
//!
//! One file per concern: the script that records the page's timeline (`timeline`), the
//! checks and the wait until a page has settled (`settle`), the app's load (`app_load`)
//! and the baseline's (`baseline_load`), what a load's timeline holds — long tasks and
//! blocking time (`blocking`), layout shifts (`shifts`), requests (`requests`) — the
//! search (`search`) and the charts' re-draws (`redraw`).

mod app_load;
mod baseline_load;
mod blocking;
mod redraw;
mod requests;
mod search;
mod settle;
mod shifts;
mod timeline;

pub use app_load::{app_load, AppLoad};
pub use baseline_load::{baseline_load, BaselineLoad};
pub use redraw::{redraw, Burst, Redraw};
pub use requests::Request;
pub use settle::AFTER_READY;
