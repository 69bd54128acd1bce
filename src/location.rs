//! The part of the page address that names what the reader is looking at. Deep links
//! use the hash (`#s1-5`, `#p1-5-1`) so that they survive a reload on any static host,
//! under any sub-path, without server rewrite rules.

/// Reads a link target from a location hash: `#s1-5` → `Some("s1-5")`.
/// Only ids made of ASCII letters, digits, `-`, `_` and `.` are accepted.
pub fn target_from_hash(hash: &str) -> Option<String> {
    let id = hash.strip_prefix('#').unwrap_or(hash);
    let id = id.strip_prefix('/').unwrap_or(id);
    let valid = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    valid.then(|| id.to_string())
}

/// The hash that links to a section or paragraph.
pub fn hash_for(id: &str) -> String {
    format!("#{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_hash_names_its_section() {
        assert_eq!(target_from_hash("#s1-5"), Some("s1-5".into()));
        assert_eq!(target_from_hash("#/p1-5-1"), Some("p1-5-1".into()));
    }

    #[test]
    fn an_empty_or_hostile_hash_names_nothing() {
        assert_eq!(target_from_hash(""), None);
        assert_eq!(target_from_hash("#"), None);
        assert_eq!(target_from_hash("#<img src=x>"), None);
    }

    #[test]
    fn hash_for_round_trips() {
        assert_eq!(target_from_hash(&hash_for("s3")), Some("s3".into()));
    }
}
