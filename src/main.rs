//! Entry point: install the panic panel, then start the app.

/// The allocator: talc instead of Rust's default dlmalloc, which is larger (about
/// 1.5 KB brotli more wasm) and slower.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        law_report::panic_panel::install();
        law_report::start::start();
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("law-report is the web app: build it with `trunk build` (README: \"Two commands\")");
}
