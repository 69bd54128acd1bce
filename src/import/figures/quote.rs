//! Where a figure's words are: the clause around the number (short parentheticals
//! such as `(社区)` keep their punctuation), widened until the quote is unique in the
//! paragraph.

/// Characters that end a clause, for quotes and labels.
pub(super) const CLAUSE_ENDS: &str =
    ",\u{ff0c}。;\u{ff1b}:\u{ff1a}、!\u{ff01}?\u{ff1f}(\u{ff08})\u{ff09}+";
/// Spans of short parentheticals (`(社区)`, `(市、区)`, `(依职权除外)`): their
/// punctuation belongs to a name, not to the clause.
pub(super) fn protected_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (open, c) in text.char_indices() {
        if !matches!(c, '(' | '\u{ff08}') {
            continue;
        }
        let inner = &text[open + c.len_utf8()..];
        let close = inner
            .char_indices()
            .take(7)
            .find(|(_, c)| matches!(c, ')' | '\u{ff09}' | '(' | '\u{ff08}'));
        if let Some((at, close @ (')' | '\u{ff09}'))) = close {
            let end = open + c.len_utf8() + at + close.len_utf8();
            spans.push((open, end));
        }
    }
    spans
}

/// Where the clause holding `at` starts: just after the last clause end before it.
pub(super) fn clause_start(text: &str, at: usize, protected: &[(usize, usize)]) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_clause(i, c, protected))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the clause holding `at` ends: at the first clause end from it on.
pub(super) fn clause_end(text: &str, at: usize, protected: &[(usize, usize)]) -> usize {
    text[at..]
        .char_indices()
        .find(|&(i, c)| ends_clause(at + i, c, protected))
        .map_or(text.len(), |(i, _)| at + i)
}

fn ends_clause(at: usize, c: char, protected: &[(usize, usize)]) -> bool {
    CLAUSE_ENDS.contains(c) && !protected.iter().any(|&(s, e)| (s..e).contains(&at))
}

/// Widens a quote that occurs more than once in the paragraph, a clause at a time
/// backwards (never into the previous figure's words), then forwards.
pub(super) fn unique_quote(
    text: &str,
    mut start: usize,
    mut end: usize,
    floor: usize,
) -> (usize, usize) {
    let occurs = |s: usize, e: usize| text.matches(&text[s..e]).count();
    while occurs(start, end) > 1 {
        if start > floor {
            let before = &text[floor..start];
            let step = before
                .char_indices()
                .rev()
                .skip(1)
                .find(|&(_, c)| CLAUSE_ENDS.contains(c))
                .map_or(floor, |(i, c)| floor + i + c.len_utf8());
            start = step.max(floor);
        } else if end < text.len() {
            let rest = &text[end..];
            end += rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| CLAUSE_ENDS.contains(c))
                .map_or(rest.len(), |(i, _)| i);
        } else {
            break;
        }
    }
    (start, end)
}
