//! Long tasks and total blocking time: of a load, by phase of the app's start.

use serde_json::Value;

use super::AppLoad;

/// A task is long from 50 ms; what is beyond blocks input (Lighthouse's TBT).
const LONG_TASK: f64 = 50.0;

/// Long tasks `(start, duration)` after first contentful paint at `fcp`: only the part
/// after the paint of one that began before it.
pub(super) fn after_paint(fcp: f64, tasks: &[(f64, f64)]) -> impl Iterator<Item = (f64, f64)> + '_ {
    tasks
        .iter()
        .map(move |&(start, duration)| {
            let from = start.max(fcp);
            (from, start + duration - from)
        })
        .filter(|&(_, d)| d > 0.0)
}

/// Total blocking time of `tasks`: each one's time beyond 50 ms (Lighthouse's TBT).
pub(super) fn blocking(tasks: impl Iterator<Item = (f64, f64)>) -> f64 {
    tasks.fold(0.0, |sum, (_, d)| sum + (d - LONG_TASK).max(0.0))
}

pub(super) fn pairs(v: &Value) -> Vec<(f64, f64)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}

impl AppLoad {
    /// The long tasks after first contentful paint, as `(start, duration)`: only the
    /// part after the paint of one that began before it.
    fn tasks_after_paint(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        after_paint(self.fcp, &self.long_tasks)
    }

    /// Total blocking time after first contentful paint: each long task's time beyond
    /// 50 ms, counting only its part after the paint.
    pub fn tbt(&self) -> f64 {
        self.tbt_of(|_| true)
    }

    /// The part of [`AppLoad::tbt`] in tasks that start when `when` says.
    fn tbt_of(&self, when: impl Fn(f64) -> bool) -> f64 {
        blocking(self.tasks_after_paint().filter(|&(start, _)| when(start)))
    }

    /// When the app began to attach to the page: its `app-attach` mark, or (a page the
    /// app built itself) the ready time.
    fn attach_start(&self) -> f64 {
        self.attach.unwrap_or(self.ready)
    }

    /// [`AppLoad::tbt`] by phase: while the HTML was parsed (to DOMContentLoaded), then
    /// until the app began to attach to the page, while it attached (its frame, then its
    /// parts, to `data-ready`), and after.
    pub fn tbt_phases(&self) -> [f64; 4] {
        let (parsed, attach) = (self.dom_content_loaded, self.attach_start());
        [
            self.tbt_of(|t| t < parsed),
            self.tbt_of(|t| t >= parsed && t < attach),
            self.tbt_of(|t| t >= attach && t <= self.ready),
            self.tbt_of(|t| t > self.ready),
        ]
    }

    /// The phase of [`AppLoad::tbt_phases`] a task starting at `start` belongs to.
    pub fn phase_of(&self, start: f64) -> &'static str {
        if start < self.fcp {
            "before first contentful paint"
        } else if start < self.dom_content_loaded {
            "HTML being parsed"
        } else if start < self.attach_start() {
            "until the app began to attach"
        } else if start <= self.ready {
            "attaching (frame, then parts)"
        } else {
            "after ready"
        }
    }

    pub fn long_tasks_after_paint(&self) -> usize {
        self.tasks_after_paint()
            .filter(|&(_, d)| d > LONG_TASK)
            .count()
    }

    pub fn longest_task(&self) -> f64 {
        self.long_tasks.iter().map(|t| t.1).fold(0.0, f64::max)
    }

    /// The longest task while the app attached to the page (its frame, then its
    /// parts), if any was long.
    pub fn longest_attach_task(&self) -> Option<f64> {
        let attach = self.attach_start();
        self.long_tasks
            .iter()
            .filter(|&&(start, duration)| start + duration >= attach && start <= self.ready)
            .map(|t| t.1)
            .reduce(f64::max)
    }
}
