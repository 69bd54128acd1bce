//! Entry point: install the panic panel, then mount the app.

fn main() {
    law_report::panic_panel::install();
    law_report::mount();
}
