//! Keys on a chart: the arrows, Home and End walk its points, Enter or Space goes to
//! the active point's sentence, and Escape hides the tooltip. Which key does what is
//! plain Rust, tested natively.

use leptos::ev;
use leptos::prelude::*;

use super::chart_points::ChartPoints;

/// What a key does on a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Makes this point active, showing its tooltip.
    Show(usize),
    /// Goes to the sentence that states this point.
    ShowInText(usize),
    /// Hides the tooltip.
    Hide,
}

/// The index a key press moves to, or `None` to leave it alone.
pub fn key_target(key: &str, current: Option<usize>, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match (key, current) {
        ("ArrowRight" | "ArrowDown", None) | ("Home", _) => Some(0),
        ("ArrowLeft" | "ArrowUp", None) | ("End", _) => Some(len - 1),
        ("ArrowRight" | "ArrowDown", Some(i)) => Some((i + 1).min(len - 1)),
        ("ArrowLeft" | "ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
        _ => None,
    }
}

/// What `key` does on a chart of `len` points while `active` is the active one, or
/// `None` when the key is left to the browser.
pub fn key_action(key: &str, active: Option<usize>, len: usize) -> Option<KeyAction> {
    if let Some(i) = key_target(key, active, len) {
        return Some(KeyAction::Show(i));
    }
    match key {
        "Enter" | " " => active.map(KeyAction::ShowInText),
        "Escape" => Some(KeyAction::Hide),
        _ => None,
    }
}

/// The chart's key handler. The keys it uses are not also the page's (no scrolling by
/// arrow or Space); Escape is, so that it still closes a panel.
pub fn on_chart_key(points: ChartPoints) -> impl FnMut(ev::KeyboardEvent) + 'static {
    move |ev| match key_action(&ev.key(), points.active.get_untracked(), points.count()) {
        Some(KeyAction::Show(i)) => {
            ev.prevent_default();
            points.active.set(Some(i));
        }
        Some(KeyAction::ShowInText(i)) => {
            ev.prevent_default();
            points.show_in_text(i);
        }
        Some(KeyAction::Hide) => points.active.set(None),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{key_action, key_target, KeyAction};

    #[test]
    fn arrow_keys_walk_every_point_and_stop_at_the_ends() {
        let mut at = None;
        let mut seen = Vec::new();
        for _ in 0..5 {
            at = key_target("ArrowRight", at, 3);
            seen.push(at.unwrap());
        }
        assert_eq!(seen, [0, 1, 2, 2, 2]);
        assert_eq!(key_target("ArrowLeft", Some(2), 3), Some(1));
        assert_eq!(key_target("ArrowUp", Some(0), 3), Some(0));
        assert_eq!(key_target("Home", Some(2), 3), Some(0));
        assert_eq!(key_target("End", None, 3), Some(2));
        assert_eq!(key_target("a", Some(1), 3), None);
        assert_eq!(key_target("ArrowRight", None, 0), None);
    }

    #[test]
    fn enter_and_space_go_to_the_active_points_sentence_and_escape_hides_it() {
        assert_eq!(
            key_action("Enter", Some(1), 3),
            Some(KeyAction::ShowInText(1))
        );
        assert_eq!(key_action(" ", Some(0), 3), Some(KeyAction::ShowInText(0)));
        // With no point active, Enter and Space are left to the browser.
        assert_eq!(key_action("Enter", None, 3), None);
        assert_eq!(key_action(" ", None, 3), None);
        assert_eq!(key_action("Escape", Some(1), 3), Some(KeyAction::Hide));
        assert_eq!(
            key_action("ArrowDown", Some(1), 3),
            Some(KeyAction::Show(2))
        );
        assert_eq!(key_action("Tab", Some(1), 3), None);
    }
}
