//! Finding a reader's query in the report's paragraphs: Chinese substrings as typed,
//! digits with or without thousands separators, full-width or half-width, Latin letters
//! in any case. Returns byte ranges in the original text.

use super::model::Report;

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub paragraph: String,
    /// Byte range in the paragraph's text.
    pub start: usize,
    pub end: usize,
}

fn fold(c: char) -> char {
    match c {
        // Full-width ASCII (digits, letters, punctuation) to half-width.
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// The query as it is matched: folded, and with separators inside numbers removed
/// (`1,300` and `1 300` find `1300`).
pub fn normalize_query(query: &str) -> String {
    let chars: Vec<char> = query.trim().chars().map(fold).collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_ascii_digit()
            && chars[i + 1].is_ascii_digit();
        if between_digits && matches!(c, ',' | ' ' | '\'') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Every non-overlapping occurrence of `query` in `text`, as byte ranges of `text`.
pub fn find_in(text: &str, query: &str) -> Vec<(usize, usize)> {
    let needle = normalize_query(query);
    if needle.is_empty() {
        return Vec::new();
    }
    // Fold the text char by char, remembering where each folded char came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let f = fold(c);
        for _ in 0..f.len_utf8() {
            origin.push(at);
        }
        folded.push(f);
    }
    origin.push(text.len());
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = folded[from..].find(&needle) {
        let start = from + i;
        let end = start + needle.len();
        // Map back: the original char that produced the last folded byte ends the match.
        let last = origin[end - 1];
        let last_len = text[last..].chars().next().map_or(0, char::len_utf8);
        found.push((origin[start], last + last_len));
        from = end;
    }
    found
}

/// Every match of `query` in the report, in reading order.
pub fn search(report: &Report, query: &str) -> Vec<Match> {
    report
        .paragraphs()
        .into_iter()
        .flat_map(|p| {
            find_in(&p.text, query)
                .into_iter()
                .map(|(start, end)| Match {
                    paragraph: p.id.clone(),
                    start,
                    end,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_substrings_are_found_where_they_stand() {
        let text = "开展行政调解,调解成功1268宗。";
        let found = find_in(text, "调解");
        assert_eq!(found.len(), 2);
        for (s, e) in found {
            assert_eq!(&text[s..e], "调解");
        }
    }

    #[test]
    fn digits_are_found_with_or_without_separators_and_in_full_width() {
        let text = "共调解各类纠纷1300宗";
        for q in ["1300", "1,300", "1 300", "１３００", "１，３００"] {
            let found = find_in(text, q);
            assert_eq!(found.len(), 1, "{q}");
            assert_eq!(&text[found[0].0..found[0].1], "1300");
        }
        assert!(find_in(text, "1,301").is_empty());
    }

    #[test]
    fn latin_letters_match_in_any_case_and_empty_queries_find_nothing() {
        assert_eq!(find_in("“互联网+监管”与 Internet", "internet").len(), 1);
        assert!(find_in("任何文字", "").is_empty());
        assert!(find_in("任何文字", "   ").is_empty());
    }

    #[test]
    fn matches_do_not_overlap() {
        assert_eq!(find_in("aaaa", "aa"), vec![(0, 2), (2, 4)]);
    }

    #[test]
    fn a_list_separator_between_words_is_kept() {
        assert_eq!(normalize_query("调解、复议"), "调解、复议");
        assert_eq!(normalize_query("1、2"), "1、2");
    }
}
