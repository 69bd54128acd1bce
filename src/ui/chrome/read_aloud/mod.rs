//! Read-aloud (朗读): the browser's speech synthesis reads the report, or one section,
//! in a Chinese voice, one sentence at a time ([`crate::report::speech`]). The
//! paragraph being read is highlighted and kept in view; a player bar at the foot of
//! the screen pauses, resumes, stops and changes the speed, and says what it is doing
//! to screen readers. Where the browser has no speech synthesis or no Chinese voice,
//! nothing offers to read: a note says why.
//!
//! The reading itself (what is said next, pausing, late events of cancelled speech)
//! and the choice of a voice are plain Rust, tested natively (`engine`, `voice`); the
//! browser's speech synthesis is called from one file (`synthesis`).

mod engine;
mod highlight;
mod read_aloud_panel;
mod read_aloud_player;
mod read_section_button;
mod speed_choice;
mod state;
mod synthesis;
mod voice;

pub use engine::Playing;
pub use read_aloud_panel::ReadAloudPanel;
pub use read_aloud_player::ReadAloudPlayer;
pub use read_section_button::{ReadSectionButton, SPEAKER_ICON};
pub use state::{provide_read_aloud, use_read_aloud, ReadAloud};
pub use voice::Voice;
