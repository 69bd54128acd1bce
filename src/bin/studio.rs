//! The publishing studio's entry point (studio/index.html): a page of its own with a
//! wasm of its own, so the reader never loads the studio's code.

/// The allocator, as the reader's (src/main.rs).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        law_report::panic_panel::install();
        law_report::studio::start();
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "studio is the publishing studio's web app: `trunk build` builds it into dist/studio/"
    );
}
