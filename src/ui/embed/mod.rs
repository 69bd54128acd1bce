//! The embed view: one chart or section on a page of its own, for other sites.

mod embed_source;
mod embed_view;

pub use embed_view::{is_embedded, EmbedView, Embedded, HEIGHT_MESSAGE};
