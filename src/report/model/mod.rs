//! The report JSON contract: typed records for metadata, sections, figures and the
//! relations between figures, with the lookups the rest of the app needs. How a figure
//! is written for display is `super::format`'s business; the model needs only
//! `super::number` (to read a Chinese ordinal).

mod bilingual;
mod chart;
mod figure;
mod meta;
mod quantity;
mod relation;
mod report;
mod section;
mod units;

pub use bilingual::Bilingual;
pub use chart::{ChartKind, ChartSpec, Scale, WithdrawnChart};
pub use figure::{Approx, Figure, Period};
pub use meta::Meta;
pub use quantity::Quantity;
pub use relation::{Basis, Relation};
pub use report::{Report, ReviewItem, SCHEMA_VERSION};
pub use section::{Paragraph, Section};
pub use units::{ChangeWord, Magnitude, Measure, MoneyUnit, UnknownUnit};
