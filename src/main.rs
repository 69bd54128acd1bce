//! Entry point: install the panic panel, then mount the app.

/// The allocator: talc instead of Rust's default dlmalloc, which is larger (about
/// 1.5 KB brotli more in the first view's wasm) and slower.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    law_report::panic_panel::install();
    law_report::mount();
}
