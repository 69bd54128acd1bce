//! What time a figure covers, in words: nothing for the report's own year, otherwise
//! a short phrase that labels, tooltips, tables, CSV and screen-reader text carry.

use crate::i18n::Lang;

use super::model::Period;

/// `2023-12-31` as `2023年12月31日` or `31 December 2023`; anything else as written.
pub fn written_date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let Some(month) = MONTHS.get(usize::from(m).wrapping_sub(1)) else {
        return iso.to_string();
    };
    if !(1..=31).contains(&d) {
        return iso.to_string();
    }
    match lang {
        Lang::Zh => format!("{y}年{m}月{d}日"),
        Lang::En => format!("{d} {month} {y}"),
    }
}

/// `text` followed by `period` in the language's parentheses (`9,178宗(截至…累计)`,
/// `9,178 (cumulative to …)`), or `text` alone when there is no period to say.
pub fn with_period(text: &str, period: Option<&str>, lang: Lang) -> String {
    match (period, lang) {
        (None, _) => text.to_string(),
        (Some(period), Lang::Zh) => format!("{text}({period})"),
        (Some(period), Lang::En) => format!("{text} ({period})"),
    }
}

impl Period {
    /// Whether this is the report's own year, the period every figure is read in
    /// unless it says otherwise.
    pub fn is_year(&self, report_year: u16) -> bool {
        matches!(self, Period::Year { year } if *year == report_year)
    }

    /// How the period reads beside a figure of a report on `report_year`: `None` for
    /// that year, which goes without saying.
    pub fn describe(&self, report_year: u16, lang: Lang) -> Option<String> {
        if self.is_year(report_year) {
            return None;
        }
        Some(self.name(lang))
    }

    /// The period in words, whatever the report's year (`2023年度`, `截至2023年12月31日累计`).
    pub fn name(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Period::Year { year } if en => format!("in {year}"),
            Period::Year { year } => format!("{year}年度"),
            Period::Cumulative { since, until } => {
                let since = since.as_ref().map(|s| s.get(lang));
                let until = until.as_deref().map(|u| written_date(u, lang));
                match (since, until, en) {
                    (Some(s), Some(u), false) => format!("{s},截至{u}累计"),
                    (None, Some(u), false) => format!("截至{u}累计"),
                    (Some(s), None, false) => format!("{s}累计"),
                    (None, None, false) => "累计数,起止时间未注明".into(),
                    (Some(s), Some(u), true) => format!("cumulative {s}, to {u}"),
                    (None, Some(u), true) => format!("cumulative to {u}"),
                    (Some(s), None, true) => format!("cumulative {s}"),
                    (None, None, true) => "cumulative, dates not stated".into(),
                }
            }
            Period::AsOf { date: Some(d) } if en => format!("as of {}", written_date(d, lang)),
            Period::AsOf { date: Some(d) } => format!("截至{}", written_date(d, lang)),
            Period::AsOf { date: None } if en => "as of the report's writing".into(),
            Period::AsOf { date: None } => "截至报告成文时".into(),
            Period::NotStated {} if en => "period not stated".into(),
            Period::NotStated {} => "报告未写明时段".into(),
        }
    }

    /// The period's `kind` as the JSON writes it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Period::Year { .. } => "year",
            Period::Cumulative { .. } => "cumulative",
            Period::AsOf { .. } => "as_of",
            Period::NotStated {} => "not_stated",
        }
    }

    /// The dates the period names, with the field that names each, for the checks.
    pub fn dates(&self) -> Vec<(&'static str, &str)> {
        match self {
            Period::Cumulative { until: Some(d), .. } => vec![("until", d)],
            Period::AsOf { date: Some(d) } => vec![("date", d)],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Bilingual;

    #[test]
    fn the_reports_own_year_goes_without_saying() {
        let year = Period::Year { year: 2023 };
        assert_eq!(year.describe(2023, Lang::Zh), None);
        assert_eq!(
            Period::Year { year: 2022 }
                .describe(2023, Lang::Zh)
                .as_deref(),
            Some("2022年度")
        );
        assert_eq!(
            Period::Year { year: 2022 }
                .describe(2023, Lang::En)
                .as_deref(),
            Some("in 2022")
        );
    }

    #[test]
    fn a_running_total_says_until_when_and_since_when() {
        let until = Period::Cumulative {
            since: None,
            until: Some("2023-12-31".into()),
        };
        assert_eq!(until.name(Lang::Zh), "截至2023年12月31日累计");
        assert_eq!(until.name(Lang::En), "cumulative to 31 December 2023");
        let both = Period::Cumulative {
            since: Some(Bilingual {
                zh: "平台上线以来".into(),
                en: "since the platform went live".into(),
            }),
            until: Some("2023-12-31".into()),
        };
        assert_eq!(both.name(Lang::Zh), "平台上线以来,截至2023年12月31日累计");
        assert_eq!(
            both.name(Lang::En),
            "cumulative since the platform went live, to 31 December 2023"
        );
        let neither = Period::Cumulative {
            since: None,
            until: None,
        };
        assert_eq!(
            neither.describe(2023, Lang::Zh).as_deref(),
            Some("累计数,起止时间未注明")
        );
    }

    #[test]
    fn standing_numbers_and_unstated_periods_are_named() {
        assert_eq!(Period::AsOf { date: None }.name(Lang::Zh), "截至报告成文时");
        assert_eq!(
            Period::AsOf {
                date: Some("2023-12-29".into())
            }
            .name(Lang::En),
            "as of 29 December 2023"
        );
        assert_eq!(Period::NotStated {}.name(Lang::Zh), "报告未写明时段");
        assert_eq!(Period::NotStated {}.name(Lang::En), "period not stated");
    }

    #[test]
    fn a_period_follows_its_text_in_the_languages_parentheses() {
        assert_eq!(with_period("13宗", None, Lang::Zh), "13宗");
        assert_eq!(
            with_period("2,159宗", Some("报告未写明时段"), Lang::Zh),
            "2,159宗(报告未写明时段)"
        );
        assert_eq!(
            with_period("2,159", Some("period not stated"), Lang::En),
            "2,159 (period not stated)"
        );
    }

    #[test]
    fn a_date_that_is_not_iso_is_shown_as_written() {
        assert_eq!(written_date("2023-13-01", Lang::En), "2023-13-01");
        assert_eq!(written_date("2023-13-01", Lang::Zh), "2023-13-01");
        assert_eq!(written_date("end of 2023", Lang::Zh), "end of 2023");
    }
}
