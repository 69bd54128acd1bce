//! Where the report ends: its signatories, its signing date and what the page puts
//! after them (attachments, chrome).

/// A date written `2023年12月29日` as `2023-12-29`.
pub fn iso_date(written: &str) -> Option<String> {
    let (year, rest) = written.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (y, m, d) = (number(year)?, number(month)?, number(day)?);
    (year.len() == 4 && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A signing line names bodies: short, no sentence, no numbering.
fn is_signatory_line(line: &str) -> bool {
    line.chars().count() <= 40
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && !line.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '\u{ff08}')
}

/// The lines after the header cut at the signing date: the body before the signing
/// lines, the signatories they name, the date as written, and the page's tail.
pub(super) struct SignOff<'a> {
    pub body: &'a [String],
    pub signatories: Vec<String>,
    pub signed_on_text: Option<String>,
    pub tail: &'a [String],
}

/// The report ends at its signing date; the lines just before it that are not
/// sentences are the signatories. Everything after the date is the page's.
pub(super) fn split_sign_off(rest: &[String]) -> SignOff<'_> {
    let Some(date_at) = rest.iter().rposition(|l| iso_date(l).is_some()) else {
        return SignOff {
            body: rest,
            signatories: Vec::new(),
            signed_on_text: None,
            tail: &rest[rest.len()..],
        };
    };
    let signing_lines = rest[..date_at]
        .iter()
        .rev()
        .take(3)
        .take_while(|l| is_signatory_line(l))
        .count();
    let body_end = date_at - signing_lines;
    let signatories = rest[body_end..date_at]
        .iter()
        .flat_map(|l| l.split(char::is_whitespace))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    SignOff {
        body: &rest[..body_end],
        signatories,
        signed_on_text: Some(rest[date_at].clone()),
        tail: &rest[date_at + 1..],
    }
}

/// What the attachments after the signing date are named (`附件:` with something after it).
pub(super) fn attachments(tail: &[String]) -> Vec<String> {
    tail.iter()
        .filter_map(|l| {
            l.strip_prefix("附件:")
                .or_else(|| l.strip_prefix("附件\u{ff1a}"))
                .map(|a| a.trim_matches(char::is_whitespace).to_string())
        })
        .filter(|a| !a.is_empty())
        .collect()
}
