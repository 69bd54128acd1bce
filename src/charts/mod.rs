//! Charts of the report's figures: spec → view model → layout → plotters drawing,
//! plus hit-testing and exports. Pure Rust, tested natively.

pub mod draw;
pub mod export;
pub mod layout;
pub mod model;

pub use draw::{render_svg, Palette};
pub use layout::Layout;
pub use model::{ChartError, ChartModel, Point, Step, StepSource};
