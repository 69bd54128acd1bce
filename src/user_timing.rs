//! User Timing marks around the app's costly steps, which the benchmark reads
//! (`scripts/bench`); natively (prerender, tests) a step just runs.

/// Runs `f` between two performance marks and records a User Timing measure named
/// `name`.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    #[cfg(target_arch = "wasm32")]
    {
        let performance = web_sys::window().and_then(|w| w.performance());
        let (start, end) = (format!("{name}:start"), format!("{name}:end"));
        if let Some(p) = &performance {
            let _ = p.mark(&start);
        }
        let out = f();
        if let Some(p) = &performance {
            let _ = p.mark(&end);
            let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        }
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        f()
    }
}
